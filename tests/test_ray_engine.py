"""``--engine ray``: a real local Ray cluster (2 CPUs, no dashboard) and the real stores.

The store after a Ray ingest must equal the store after a local ingest of the same inputs (every
export: articles, entities, quotes, events, stories, timeline), on SQLite and on the PostgreSQL
server that ``scripts/run-tests.sh`` starts; a re-run stores nothing twice; an actor killed in the
middle of a run loses nothing and repeats nothing. Skipped when the ``ray`` extra is missing.
"""

from __future__ import annotations

import io
import logging
import os
import signal
import threading
import time
from contextlib import redirect_stdout
from itertools import islice
from pathlib import Path

import pytest

pytest.importorskip("ray", reason="the 'ray' extra is not installed")

from corpus_fixtures import empty_pg_url_or_skip  # noqa: E402

pytestmark = [pytest.mark.ray, pytest.mark.slow]

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ORANGESUM = "orangesum/orangesum-5k.jsonl.gz"


@pytest.fixture(scope="module")
def ray_cluster():
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
    yield ray
    ray.shutdown()


def exports(url: str) -> dict[str, list]:
    from chronique.corpus import Corpus
    from chronique.corpus.service import EXPORTABLE

    with Corpus.open(url) as corpus:
        return {what: list(corpus.export(what)) for what in EXPORTABLE}


def fresh_url(backend: str, tmp_path: Path, name: str) -> str:
    return f"sqlite:///{tmp_path / name}.db" if backend == "sqlite" else empty_pg_url_or_skip()


def local_exports(backend: str, tmp_path: Path, inputs: list[str], limit: int | None = None) -> dict[str, list]:
    from chronique.corpus import Corpus
    from chronique.ingest import read_inputs

    url = fresh_url(backend, tmp_path, "local")
    with Corpus.open(url) as corpus:
        report = corpus.ingest(islice(read_inputs(inputs), limit))
    assert report.failed == 0 and report.added > 0
    return exports(url)


def assert_same_store(got: dict[str, list], want: dict[str, list]) -> None:
    for what in want:
        assert len(got[what]) == len(want[what]), what
        assert got[what] == want[what], what


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_ray_ingest_equals_local_ingest_and_is_idempotent(ray_cluster, backend, tmp_path, monkeypatch):
    from chronique.cluster import RayRun, ingest_on_ray
    from chronique.corpus import Corpus

    monkeypatch.chdir(SAMPLES.parent)  # relative names, stored as sources, must read the same both ways
    inputs = ["samples"]
    want = local_exports(backend, tmp_path, inputs)
    url = fresh_url(backend, tmp_path, "ray")
    run = RayRun(2)
    with Corpus.open(url) as corpus:
        # small batches: the samples' linked story is split over both actors and several transactions
        report = ingest_on_ray(corpus, inputs, processes=2, batch_size=2, run=run)
    assert report.failed == 0 and report.added == len(want["articles"])
    assert 1 <= len(run.actors) <= 2  # an actor still loading its model may find no batch left
    assert_same_store(exports(url), want)

    with Corpus.open(url) as corpus:
        again = ingest_on_ray(corpus, inputs, processes=2, batch_size=2)
    assert again.unchanged == len(want["articles"]) and again.added == again.replaced == 0
    assert_same_store(exports(url), want)


ANALYZER_AT_WORK = "ray::MapWorker(MapBatches(ArticleAnalyzer)).submit"  # Ray's title for an actor in a task


def busy_analyzers() -> list[int]:
    """Analysing actors of this test's own cluster (descendants of this process) inside a batch."""
    parent, title = {}, {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                title[int(entry.name)] = (entry / "cmdline").read_bytes().split(b"\0")[0].decode(errors="replace")
            except (OSError, IndexError, ValueError):
                continue

    def ours(pid: int) -> bool:
        while pid > 1:
            pid = parent.get(pid, 0)
            if pid == os.getpid():
                return True
        return False

    return [pid for pid, t in title.items() if t.startswith(ANALYZER_AT_WORK) and ours(pid)]


def test_killed_actor_loses_nothing_and_stores_nothing_twice(ray_cluster, shared_data_dir, tmp_path):
    """One actor's process is killed (SIGKILL) inside its first batch: Ray restarts it and runs
    the batch again; the store ends equal to a local ingest's, each article once."""
    from chronique.cluster import RayRun, ingest_on_ray
    from chronique.corpus import Corpus

    inputs, n = [str(shared_data_dir / ORANGESUM)], 40
    want = local_exports("postgresql", tmp_path, inputs, limit=n)
    url = fresh_url("postgresql", tmp_path, "ray")
    run, stored, killed, done = RayRun(2), [], [], threading.Event()

    def kill_one_busy_actor() -> None:
        while not done.is_set() and not killed:
            for pid in busy_analyzers():
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
                break
            time.sleep(0.1)

    killer = threading.Thread(target=kill_one_busy_actor, daemon=True)
    killer.start()
    with Corpus.open(url) as corpus:
        report = ingest_on_ray(corpus, inputs, processes=2, limit=n, batch_size=4, run=run,
                               on_article=lambda status, name: stored.append(name))
        stats = corpus.stats()
    done.set()
    killer.join()
    assert killed, "no actor was killed"
    assert report.failed == 0 and report.added + report.duplicates == n
    assert len(stored) == n and len(set(stored)) == n  # each article reported once
    assert stats["articles"] + stats["duplicates"] == n
    assert_same_store(exports(url), want)


def test_analyze_engine_ray_prints_what_the_local_engine_prints(ray_cluster, monkeypatch, capsys):
    from chronique.cli.main import main

    monkeypatch.chdir(SAMPLES.parent)
    outputs = []
    for engine in (["--engine", "ray", "--processes", "2"], []):
        buf = io.StringIO()
        with redirect_stdout(buf):
            assert main(["analyze", "samples/dispatches", *engine]) == 0
        outputs.append(buf.getvalue().splitlines())
    ray_lines, local_lines = outputs
    assert len(local_lines) == 5 and ray_lines == local_lines


def test_ray_engine_reports_bad_inputs_and_goes_on(ray_cluster, tmp_path, monkeypatch, capsys):
    from chronique.cli.main import main
    from chronique.corpus import Corpus

    monkeypatch.chdir(SAMPLES.parent)
    (tmp_path / "vide.txt").write_text("   \n", encoding="utf-8")  # refused by the reading task
    (tmp_path / "english.txt").write_text(  # refused by the analysing actor
        "The committee met on Tuesday to discuss the budget, and the members agreed to meet again "
        "next month after the report is published by the finance office.\n", encoding="utf-8")
    code = main(["ingest", "--engine", "ray", "--db", f"sqlite:///{tmp_path / 'c.db'}", str(tmp_path / "vide.txt"),
                 str(tmp_path / "english.txt"), str(tmp_path / "absent.txt"), "samples/dispatches/berlin-gazoduc.txt"])
    err = capsys.readouterr().err
    assert code == 1
    assert "vide.txt: empty input" in err and "absent.txt: no such file or directory" in err
    assert "english.txt: not French (detected 'en'" in err
    assert "1 added" in err and "3 failed" in err
    with Corpus.open(f"sqlite:///{tmp_path / 'c.db'}") as corpus:
        assert corpus.list_errors()["total"] == 3


def test_ray_engine_refuses_stdin_and_address_without_ray(ray_cluster, capsys):
    from chronique.cli.main import main

    assert main(["analyze", "--engine", "ray", "-"]) == 2
    assert "not standard input" in capsys.readouterr().err
    assert main(["analyze", "--address", "auto", "samples"]) == 2
    assert "--address needs --engine ray" in capsys.readouterr().err
