"""Anonymous analysis over HTTP cannot tie up the server (issue #19, item 7): a size limit per
request, a rate limit per client, a bounded queue, and a worker process that is really stopped
at the time limit while readers keep being answered."""

from __future__ import annotations

import os
import threading
import time
import warnings

import pytest

from chronique.api.limits import RateLimit
from chronique.api.worker import ANALYSIS_NICENESS, WorkerProcess, WorkerTimeout
from chronique.article import Article
from chronique.errors import LanguageError
from chronique.server import Settings, create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SLOW = "lent"


# Top-level functions: the worker process imports them by name.
def busy_analysis(text: str, title: str | None, published: str | None) -> Article:
    """Spins (holding a core and the interpreter lock) for the slow text, answers at once otherwise."""
    if text == SLOW:
        end = time.monotonic() + 120
        while time.monotonic() < end:
            pass
    if text == "anglais":
        raise LanguageError("not French (detected 'en')", "<text>")
    return Article(id=f"pid-{os.getpid()}", text=text)


def pid() -> int:
    return os.getpid()


def is_alive(process_id: int) -> bool:
    try:
        os.kill(process_id, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead too
        with open(f"/proc/{process_id}/stat") as f:
            return f.read().split(") ")[1][0] != "Z"
    except OSError:
        return True


@pytest.fixture
def settings(tmp_path):
    return Settings(db_url=f"sqlite:///{tmp_path / 'c.db'}", analyze_timeout_s=60.0, analysis_process=True)


def test_an_overrunning_analysis_is_stopped_with_its_worker_and_readers_are_answered(settings):
    with TestClient(create_app(settings, analyze=busy_analysis)) as client:
        first = client.post("/api/v1/analyze", json={"text": "vite"})
        assert first.status_code == 200, first.text
        worker_pid = int(first.json()["id"].removeprefix("pid-"))
        assert worker_pid != os.getpid()  # analysed in the worker process, now started
        client.app.state.analyzer.timeout_s = 3.0

        answers: dict[str, object] = {}
        slow = threading.Thread(target=lambda: answers.setdefault("slow", client.post(
            "/api/v1/analyze", json={"text": SLOW})))
        began = time.monotonic()
        slow.start()
        time.sleep(0.5)
        latencies = []
        while slow.is_alive() and time.monotonic() - began < 10:
            t = time.monotonic()
            assert client.get("/api/v1/health").status_code == 200
            latencies.append(time.monotonic() - t)
            time.sleep(0.1)
        slow.join(30)
        response = answers["slow"]
        assert response.status_code == 503 and response.json()["error"]["code"] == "timeout"
        assert time.monotonic() - began < 10  # answered at the limit (3 s), not after the 120 s spin
        assert latencies and max(latencies) < 1.0  # readers did not wait for the analysis
        assert not is_alive(worker_pid)  # the work was stopped, not left running
        client.app.state.analyzer.timeout_s = 60.0  # the new worker starts
        again = client.post("/api/v1/analyze", json={"text": "encore"})
        assert again.status_code == 200 and again.json()["id"] != f"pid-{worker_pid}"  # a new worker


def test_errors_of_the_worker_keep_their_meaning(settings):
    with TestClient(create_app(settings, analyze=busy_analysis)) as client:
        r = client.post("/api/v1/analyze", json={"text": "anglais"})
        assert r.status_code == 422 and r.json()["error"]["code"] == "not_french"


def test_a_text_over_the_analysis_size_limit_is_413_before_any_work(settings):
    limited = Settings(**{**settings.__dict__, "max_analyze_chars": 1000})
    with TestClient(create_app(limited, analyze=busy_analysis)) as client:
        r = client.post("/api/v1/analyze", json={"text": "a" * 1001})
        assert r.status_code == 413 and "1,000-character limit" in r.json()["error"]["message"]
        page = client.post("/analyser", content="text=" + "a" * 1001,
                           headers={"content-type": "application/x-www-form-urlencoded"})
        assert page.status_code == 413 and "content-security-policy" in page.headers
        assert client.post("/api/v1/analyze", json={"text": "a" * 1000}).status_code == 200


def test_each_client_is_held_to_its_rate(tmp_path):
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'c.db'}", analyze_per_minute=6, analyze_burst=2,
                        analysis_process=False)
    with TestClient(create_app(settings, analyze=busy_analysis)) as client:
        codes = [client.post("/api/v1/analyze", json={"text": "vite"}).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        r = client.post("/api/v1/analyze", json={"text": "vite"})
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
        assert client.get("/api/v1/health").status_code == 200  # readers are not rate-limited


def test_the_rate_limit_refills_and_keeps_clients_apart():
    rate = RateLimit(per_minute=60, burst=2)
    rate.check("a", now=0.0)
    rate.check("a", now=0.0)
    with pytest.raises(Exception, match="analyses a minute"):
        rate.check("a", now=0.5)
    rate.check("b", now=0.5)  # another address has its own bucket
    rate.check("a", now=1.5)  # a token a second


def test_the_worker_runs_calls_in_turn_and_a_waiting_call_times_out_without_a_kill():
    worker = WorkerProcess()
    try:
        first = worker.call(pid, timeout=60)
        assert first != os.getpid() and worker.call(pid, timeout=60) == first
        results = {}
        t = threading.Thread(target=lambda: results.setdefault("slow", _catch(
            lambda: worker.call(busy_analysis, SLOW, None, None, timeout=2))))
        t.start()
        time.sleep(0.5)
        waited = _catch(lambda: worker.call(pid, timeout=0.5))
        assert isinstance(waited, WorkerTimeout) and not waited.started
        t.join(30)
        assert isinstance(results["slow"], WorkerTimeout) and results["slow"].started
        assert not is_alive(first) and worker.call(pid, timeout=60) != first
    finally:
        worker.close()


def niceness() -> int:
    return os.nice(0)


def test_the_worker_yields_the_cores_to_the_readers():
    worker = WorkerProcess()
    try:
        assert worker.call(niceness, timeout=60) == min(os.nice(0) + ANALYSIS_NICENESS, 19)  # 19: the lowest
    finally:
        worker.close()


def _catch(fn):
    try:
        return fn()
    except Exception as err:  # noqa: BLE001 - the test inspects it
        return err
