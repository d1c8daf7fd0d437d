"""Exports for analysts on a store of the bundled samples plus a web archive: ISO-TimeML read back
by the French TimeBank reader, PLOVER event records, quotation tables with real Parquet types,
and the filters of every export."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import quote

import pytest
from web_fixtures import REPO, article_page, write_warc

from chronique.cli.main import main
from chronique.corpus.timeml import validate_timeml
from chronique.evaluate.timebank import read_tml

pytestmark = pytest.mark.slow
KINDS = ("articles", "entities", "quotes", "events", "stories", "timeline")
WEB_TEXTS = (
    "« Nous ne céderons pas sur la sobriété », a déclaré mardi le maire de Lyon, Grégory Doucet, devant le "
    "conseil municipal. La ville fermera trois piscines cet hiver pour réduire sa facture d'énergie.",
    "« Les retards sont devenus insupportables », a affirmé jeudi Sophie Lemaire, présidente de l'association "
    "des usagers de la ligne Paris-Granville. L'association demande à la région un plan d'urgence.",
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from chronique.corpus import Corpus

    folder = tmp_path_factory.mktemp("exports")
    write_warc(folder / "web.warc.gz", [
        ("response", "https://exemple.fr/dated", "text/html",
         article_page("Lyon ferme trois piscines", WEB_TEXTS[0], "2022-10-04").encode()),
        ("response", "https://exemple.fr/undated", "text/html",
         article_page("Les usagers du train protestent", WEB_TEXTS[1]).encode())])
    url = f"sqlite:///{folder / 'exports.db'}"
    with Corpus.open(url) as corpus:
        report = corpus.ingest_paths([str(REPO / "samples"), str(folder / "web.warc.gz")])
        assert report.failed == 0
    return url


def export(capsys, db, *argv) -> list[dict]:
    code = main(["export", "--db", db, *argv])
    out = capsys.readouterr().out
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_timeml_validates_and_reads_back_with_the_timebank_reader(db, capsys, tmp_path):
    articles = {a["id"]: a for a in export(capsys, db, "--what", "articles")}
    assert main(["export", "--db", db, "--format", "timeml", "-o", str(tmp_path)]) == 0
    files = sorted(tmp_path.glob("*.tml"))
    assert len(files) == len(articles)
    n_timexes = n_events = 0
    for path in files:
        document = path.read_text(encoding="utf-8")
        assert validate_timeml(document) == [], path.name
        article = articles[next(i for i in articles if quote(i, safe="") + ".tml" == path.name)]
        doc = read_tml(path)
        assert doc.text == article["text"]
        assert doc.dct == (article["published"]["value"] or "")[:10] or doc.dct is None
        exported = [(t.start, t.end, t.value) for t in doc.timexes]
        stored = sorted((t["start"], t["end"], t["value"]) for t in article["timexes"])
        assert exported and set(exported) <= set(stored) or not stored
        n_timexes += len(exported)
        n_events += document.count("<EVENT ")
    assert n_timexes >= 10 and n_events >= 10


@pytest.mark.parametrize("document, problem", [
    ("<TimeML><TEXT>a <TIMEX3 tid='t1' type='DATE' value='2023-10-12'>b</TIMEX3></TEXT>", "well-formed"),
    ("<TimeML><TEXT><TIMEX3 tid='t1' type='DATE' value='hier'>hier</TIMEX3></TEXT></TimeML>", "value 'hier'"),
    ("<TimeML><TEXT><TIMEX3 tid='t1' type='DAY' value='2023'>x</TIMEX3></TEXT></TimeML>", "type 'DAY'"),
    ("<TimeML><TEXT><EVENT eid='e1' class='HAPPENING'>x</EVENT></TEXT></TimeML>", "class 'HAPPENING'"),
    ("<TimeML><TEXT><EVENT eid='e1' class='STATE'>x</EVENT><EVENT eid='e1' class='STATE'>y</EVENT></TEXT></TimeML>",
     "used twice"),
    ("<TimeML><TEXT><EVENT eid='e1' class='STATE'>x <TIMEX3 tid='t1' type='DATE' value='2023'>y</TIMEX3></EVENT>"
     "</TEXT></TimeML>", "holds another tag"),
    ("<TimeML><DCT><TIMEX3 tid='t0' type='DATE' value='2023-01-01'>x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>",
     "CREATION_TIME"),
    ("<Doc><TEXT>a</TEXT></Doc>", "root element"),
])
def test_timeml_validator_names_each_problem(document, problem):
    assert any(problem in p for p in validate_timeml(document))


def test_plover_records(db, capsys):
    events = {e["id"]: e for e in export(capsys, db, "--what", "events")}
    records = export(capsys, db, "--format", "plover")
    assert records and {r["event_id"] for r in records} == set(events)
    for r in records:
        assert r["event_type"] == events[r["event_id"]]["type"] and r["trigger"] in r["sentence"]
        actors = {a["entity"] for a in r["source_actors"] + r["target_actors"] + r["other_actors"]}
        assert actors <= set(events[r["event_id"]]["participants"])
        assert all(a["type"] in ("PER", "ORG", "LOC", "MISC") and a["name"] for a in r["source_actors"])
        assert r["article"]
        # the date is the event's own or its article's; an article whose year the text does not give
        # ("Francfort, 16 mars (Reuters)") leaves it unknown, and says so
        assert r["date"] or (r["published"] is None and r["date_source"] is None)
    assert sum(bool(r["date"]) for r in records) > len(records) / 2
    assert any(r["source_actors"] and r["target_actors"] for r in records)
    assert main(["export", "--db", db, "--what", "quotes", "--format", "plover"]) == 2


def test_quote_tables_carry_speaker_article_and_date_source(db, capsys, tmp_path):
    rows = export(capsys, db, "--what", "quotes")
    named = [r for r in rows if r["speaker"] is not None]
    assert named and all(r["speaker_name"] and r["cue"] and r["text"] in r["sentence"] for r in named)
    by_article = {r["article"]: r for r in rows}
    assert by_article["https://exemple.fr/dated"]["published_source"] == "html"
    assert by_article["https://exemple.fr/undated"]["published_source"] == "warc"
    assert by_article["https://exemple.fr/undated"]["url"] == "https://exemple.fr/undated"
    assert main(["export", "--db", db, "--what", "quotes", "--format", "csv", "-o", str(tmp_path / "q.csv")]) == 0
    table = list(csv.DictReader(io.StringIO((tmp_path / "q.csv").read_text(encoding="utf-8"))))
    assert {"speaker_name", "speaker", "cue", "kind", "sentence", "title", "url", "published",
            "published_source"} <= set(table[0]) and len(table) == len(rows)

    import pyarrow as pa
    import pyarrow.parquet as pq

    assert main(["export", "--db", db, "--what", "quotes", "--format", "parquet", "-o", str(tmp_path / "q.pq")]) == 0
    quotes = pq.read_table(tmp_path / "q.pq")
    assert quotes.schema.field("published").type == pa.date32() and quotes.schema.field("speaker").type == pa.int64()
    assert quotes.num_rows == len(rows)
    assert main(["export", "--db", db, "--what", "events", "--format", "parquet", "-o", str(tmp_path / "e.pq")]) == 0
    events = pq.read_table(tmp_path / "e.pq").schema
    assert events.field("participants").type == pa.list_(pa.int64())
    assert pa.types.is_struct(events.field("mentions").type.value_type)


def test_filters_on_every_export(db, capsys):
    articles = export(capsys, db, "--what", "articles")
    dates = sorted(a["published"]["value"][:10] for a in articles if a["published"]["value"])
    since = dates[len(dates) // 2]
    kept = {a["id"] for a in export(capsys, db, "--what", "articles", "--since", since)}
    assert kept == {a["id"] for a in articles if (a["published"]["value"] or "")[:10] >= since} and kept
    for kind in KINDS:
        assert len(export(capsys, db, "--what", kind, "--since", since)) <= len(export(capsys, db, "--what", kind))
    assert all(q["published"] >= since for q in export(capsys, db, "--what", "quotes", "--since", since))
    assert all(q["published"][:10] <= since for q in export(capsys, db, "--what", "quotes", "--until", since))

    scholz = export(capsys, db, "--what", "entities", "--entity", "Olaf Scholz")
    sid = next(e["id"] for e in scholz if e["name"] == "Olaf Scholz")
    said = export(capsys, db, "--what", "quotes", "--entity", str(sid))
    assert said and all(q["speaker"] == sid for q in said)
    assert all(r["entity"] == sid for r in export(capsys, db, "--what", "timeline", "--entity", str(sid)))
    assert all(sid in e["participants"] for e in export(capsys, db, "--what", "events", "--entity", str(sid)))
    mentioning = export(capsys, db, "--what", "articles", "--entity", str(sid))
    assert mentioning and all(any(m["text"].endswith("Scholz") for e in a["entities"] for m in e["mentions"])
                              for a in mentioning)

    story = export(capsys, db, "--what", "stories")[0]
    in_story = export(capsys, db, "--what", "articles", "--story", str(story["id"]))
    assert sorted(a["id"] for a in in_story) == sorted(story["articles"])
    assert [s["id"] for s in export(capsys, db, "--what", "stories", "--story", str(story["id"]))] == [story["id"]]

    gaz = export(capsys, db, "--what", "articles", "--query", "gaz")
    assert gaz and all("gaz" in a["text"].lower() for a in gaz) and len(gaz) < len(articles)
    assert {q["article"] for q in export(capsys, db, "--what", "quotes", "--query", "gaz")} <= {a["id"] for a in gaz}
    assert export(capsys, db, "--what", "quotes", "--entity", "Personne Inconnue") == []
    assert main(["export", "--db", db, "--what", "quotes", "--since", "hier"]) == 2
