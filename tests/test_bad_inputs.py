"""Bad inputs through the real command line: one clear error line each, the batch goes on.

One ``chronique analyze`` run over every bad input and two good ones (the model loads once);
each test reads its part of that run's stdout, stderr and exit status.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = Path(sys.executable).with_name("chronique")

GOOD = ("Le ministre de l'Économie a présenté mercredi à Paris un budget en hausse de 3 %, a-t-il "
        "précisé devant les députés. « Nous tiendrons nos engagements », a déclaré le ministre.")
LATIN1 = ("Budget : Bercy prévoit une hausse\n\nLe ministre français de l'Économie a présenté "
          "jeudi un budget prévoyant 12 milliards d'euros d'économies. « Les dépenses baisseront "
          "dès l'été », a-t-il assuré à l'Assemblée nationale.")
ENGLISH = ("The European Union leaders met in Brussels on Tuesday to discuss new sanctions against "
           "Russia, officials said, adding that a decision on steel imports was expected next week.")
SCRIPT_TEXT = "Emmanuel Macron a reçu Olaf Scholz pour parler du budget européen."


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([str(CLI), "analyze", *args], input=stdin, capture_output=True, env=env,
                          timeout=600)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    # 20 MB of text: refused on its size before it is read.
    with open(d / "huge.txt", "wb") as f:
        chunk = (GOOD + "\n").encode() * 1000
        while f.tell() < 20_000_000:
            f.write(chunk)
    # 1.2 MB: under the byte limit, over the length the parser is given.
    (d / "long.txt").write_text("Un long rapport\n\n" + (GOOD + "\n") * 4000, "utf-8")
    (d / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (d / "english.txt").write_text(ENGLISH, "utf-8")
    lines = [json.dumps({"id": "bon-1", "text": GOOD}), '{"id": "casse", "text": "Le début',
             json.dumps({"id": "bon-2", "text": GOOD, "published": "2023-03-08"})]
    (d / "mixed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    scripts = "".join(f"<script>document.write('{SCRIPT_TEXT}');</script>" for _ in range(200))
    (d / "scripts.html").write_text(f"<html><head><script>var x = '{SCRIPT_TEXT}';</script></head>"
                                    f"<body>{scripts}<noscript>Activez JavaScript</noscript></body></html>", "utf-8")
    names = ["empty.txt", "binary.txt", "huge.txt", "long.txt", "latin1.txt", "english.txt", "mixed.jsonl", "scripts.html"]
    proc = run_cli(*(str(d / n) for n in names))
    articles = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    errors = proc.stderr.decode("utf-8").splitlines()
    return d, proc, articles, errors


def error_for(errors: list[str], name: str) -> list[str]:
    return [e for e in errors if f"{name}" in e]


def test_exit_status_is_1_when_any_input_failed(batch):
    assert batch[1].returncode == 1


def test_good_inputs_are_analysed_in_order(batch):
    assert [a["id"] for a in batch[2][1:]] == ["bon-1", "bon-2"]
    assert batch[2][2]["published"] == {"value": "2023-03-08", "source": "metadata"}


def test_a_latin1_french_file_is_analysed_not_rejected(batch):
    latin = batch[2][0]
    assert latin["source"]["path"].endswith("latin1.txt")
    assert latin["title"] == "Budget : Bercy prévoit une hausse"
    assert "l'Économie" in latin["text"] and "«" in latin["text"]


@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty input"),
    ("binary.txt", "binary file"),
    ("huge.txt", "byte limit"),
    ("long.txt", "character limit"),
    ("english.txt", "not French (detected 'en'"),
    ("mixed.jsonl:2", "broken JSON line"),
    ("scripts.html", "no article text found in the HTML"),
])
def test_each_bad_input_gets_one_error_line_with_its_name_and_reason(batch, name, reason):
    lines = error_for(batch[3], name)
    assert len(lines) == 1, batch[3]
    assert lines[0].startswith("chronique analyze: ") and reason in lines[0]


def test_stderr_holds_only_the_error_lines(batch):
    assert len(batch[3]) == 7, batch[3]


def test_script_content_never_reaches_the_text(batch):
    assert all("document.write" not in a["text"] and SCRIPT_TEXT not in a["text"] for a in batch[2])


def test_a_bad_published_date_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    proc = run_cli("--published", "08/03/2023", str(tmp_path / "a.txt"))
    assert proc.returncode == 2 and b"YYYY-MM-DD" in proc.stderr and proc.stdout == b""


def test_published_given_on_the_command_line_and_stdin(tmp_path):
    proc = run_cli("--published", "2023-03-08", "-", stdin=("Le titre\n\n" + GOOD).encode("cp1252"))
    assert proc.returncode == 0, proc.stderr
    (article,) = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert article["published"] == {"value": "2023-03-08", "source": "given"}
    assert article["title"] == "Le titre" and "source" in article


def test_the_api_leaves_a_text_too_long_to_parse_unparsed_instead_of_raising():
    import chronique
    from chronique.pipeline import MAX_TEXT_CHARS

    article = chronique.analyze("Le ministre a parlé à Paris. " * (MAX_TEXT_CHARS // 20))
    assert len(article.text) > MAX_TEXT_CHARS and article.entities == () and article.sentences == ()
