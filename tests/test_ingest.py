"""Readers: .txt, .html, .json, .jsonl, directories, stdin; encodings; metadata."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest

from chronique.errors import EmptyInputError, EncodingError, FormatError, InputError, TooLargeError
from chronique.ingest import RawArticle, read_inputs
from chronique.ingest.decode import decode_bytes
from chronique.ingest.metadata import normalise_published
from chronique.ingest.readers import read_bytes

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "dispatches"
FRENCH = ("Le ministre de l'Économie a présenté mercredi à Paris un budget en hausse de 3 %, "
          "a-t-il précisé devant les députés. « Nous tiendrons nos engagements », a-t-il déclaré.")


def articles(items):
    return [x for x in items if isinstance(x, RawArticle)]


def errors(items):
    return [x for x in items if isinstance(x, InputError)]


# -- decoding ----------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_french_text_is_decoded_in_every_usual_encoding(encoding):
    assert decode_bytes(FRENCH.encode(encoding), "f.txt") == FRENCH


def test_windows_1252_quotes_and_euro_are_decoded():
    text = "Le budget atteint 200 millions d’euros, soit 5 € par habitant — « un record »."
    assert decode_bytes(text.encode("cp1252"), "f.txt") == text


def test_a_utf8_file_with_a_stray_windows_1252_byte_keeps_its_accents():
    data = "Le ministre a présenté le budget ".encode() + "’".encode("cp1252") + " été.".encode()
    assert decode_bytes(data, "f.txt") == "Le ministre a présenté le budget ’ été."


def test_the_utf8_bom_is_removed():
    assert decode_bytes(codecs.BOM_UTF8 + "Été".encode(), "f.txt") == "Été"


@pytest.mark.parametrize("data, error", [
    (b"", EmptyInputError), (b"  \n\t ", EmptyInputError),
    (bytes(range(256)) * 10, EncodingError), (b"\x89PNG\r\n\x1a\n" + bytes(500), EncodingError),
])
def test_empty_and_binary_bytes_are_input_errors(data, error):
    with pytest.raises(error):
        decode_bytes(data, "f.txt")


# -- text files --------------------------------------------------------------------------------
def test_a_txt_file_keeps_its_title_line_for_the_cleaner(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Le titre\n\n" + FRENCH, "utf-8")
    (raw,) = read_inputs([str(path)])
    assert raw.title is None and raw.title_in_text and raw.text.startswith("Le titre\n\n")
    assert raw.source == str(path) and raw.format == "text"


def test_an_unknown_extension_is_a_format_error(tmp_path):
    path = tmp_path / "a.docx"
    path.write_bytes(b"PK\x03\x04")
    (err,) = read_inputs([str(path)])
    assert isinstance(err, FormatError) and "unknown file type" in err.reason


def test_a_missing_file_is_named(tmp_path):
    (err,) = read_inputs([str(tmp_path / "absent.txt")])
    assert isinstance(err, InputError) and err.source.endswith("absent.txt")


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    from chronique.ingest import readers

    monkeypatch.setattr(readers, "MAX_INPUT_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text(FRENCH * 3, "utf-8")
    (err,) = read_inputs([str(path)])
    assert isinstance(err, TooLargeError)


# -- JSON and JSON lines -----------------------------------------------------------------------
def test_json_lines_give_one_article_per_line_and_name_the_broken_one(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": "a", "text": FRENCH, "title": "Titre A", "published": "2023-03-08",
                         "url": "https://exemple.fr/a", "outlet": "Exemple"}),
             '{"id": "b", "text": ',
             "",
             json.dumps({"id": "c", "text": "Un titre\n\n" + FRENCH})]
    path.write_text("\n".join(lines), "utf-8")
    items = list(read_inputs([str(path)]))
    a, c = articles(items)
    (err,) = errors(items)
    assert (a.id, a.title, a.published, a.url, a.outlet, a.title_in_text) == (
        "a", "Titre A", "2023-03-08", "https://exemple.fr/a", "Exemple", False)
    assert c.title is None and c.title_in_text  # no title field: the first-line rule applies
    assert err.source == f"{path}:2" and "broken JSON" in err.reason


@pytest.mark.parametrize("obj, reason", [
    ({"id": "x"}, "no 'text' or 'html'"), ({"id": "x", "text": "   "}, "no 'text' or 'html'"),
    ({"id": "x", "text": ["a"]}, "must be a string"), (["x"], "expected a JSON object"),
])
def test_bad_json_objects_are_format_errors(obj, reason):
    (err,) = read_bytes(json.dumps(obj).encode(), "f.jsonl", ".jsonl")
    assert isinstance(err, FormatError) and reason in err.reason


def test_a_json_document_may_hold_a_list_of_articles():
    data = json.dumps([{"id": "a", "text": FRENCH}, {"id": "b", "text": FRENCH}]).encode()
    assert [r.id for r in read_bytes(data, "f.json", ".json")] == ["a", "b"]


def test_a_json_object_with_html_is_extracted(tmp_path):
    html = (SAMPLES / "tokyo-commerce.html").read_text("utf-8")
    (raw,) = read_bytes(json.dumps({"id": "h", "html": html}).encode(), "f.jsonl", ".jsonl")
    assert raw.id == "h" and raw.format == "html" and "Fumio Kishida" in raw.text


# -- HTML --------------------------------------------------------------------------------------
def test_html_gives_main_text_title_and_date_without_scripts_or_navigation():
    (raw,) = read_inputs([str(SAMPLES / "tokyo-commerce.html")])
    assert raw.title == "Tokyo et Bruxelles signent un accord sur les semi-conducteurs"
    assert raw.published == "2023-07-13"
    assert "Fumio Kishida" in raw.text and "Thierry Breton" in raw.text
    for noise in ("gtag", "script", "Accueil", "Les plus lus", "Mentions légales", "Publicité", "injecté"):
        assert noise not in raw.text


def test_a_page_of_scripts_has_no_article():
    page = "<html><body>" + "<script>var t = 'Le président a parlé mercredi à Paris.';</script>" * 20
    page += "<noscript>Activez JavaScript pour lire la suite</noscript></body></html>"
    (err,) = read_bytes(page.encode(), "p.html", ".html")
    assert isinstance(err, EmptyInputError) and "no article text" in err.reason


# -- directories and stdin ---------------------------------------------------------------------
def test_directories_are_walked_recursively_in_order_skipping_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(FRENCH, "utf-8")
    (tmp_path / "a.txt").write_text(FRENCH, "utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text(FRENCH, "utf-8")
    sources = [r.source for r in read_inputs([str(tmp_path)])]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt")]


def test_the_sample_directory_reads_without_errors():
    items = list(read_inputs([str(SAMPLES)]))
    assert not errors(items) and len(articles(items)) == 5


@pytest.mark.parametrize("data, fmt", [
    (("Titre\n\n" + FRENCH).encode("cp1252"), "text"),
    (json.dumps({"id": "s", "text": FRENCH}).encode(), "jsonl"),
])
def test_stdin_is_read_as_text_or_json_lines(data, fmt):
    (raw,) = read_inputs(["-"], stdin=io.BytesIO(data))
    assert raw.source.startswith("<stdin>") and raw.format == fmt and "Économie" in raw.text


# -- metadata ----------------------------------------------------------------------------------
@pytest.mark.parametrize("value, normalised", [
    ("2023-03-08", "2023-03-08"), ("2023-03-08T10:15:00Z", "2023-03-08T10:15:00Z"),
    ("2023-03-08 10:15:00+01:00", "2023-03-08T10:15:00+01:00"), ("08/03/2023", "2023-03-08"),
    ("2023-02-30", None), ("mercredi dernier", None), ("", None), (None, None),
])
def test_published_metadata_is_normalised_to_iso(value, normalised):
    assert normalise_published(value) == normalised


def test_a_directory_skips_files_that_are_not_articles(tmp_path):
    (tmp_path / "README.md").write_text("# Notes", "utf-8")
    (tmp_path / "LICENSE").write_text("MIT", "utf-8")
    (tmp_path / "a.txt").write_text(FRENCH, "utf-8")
    assert [r.source for r in read_inputs([str(tmp_path)])] == [str(tmp_path / "a.txt")]
    (tmp_path / "a.txt").unlink()
    (err,) = read_inputs([str(tmp_path)])
    assert isinstance(err, EmptyInputError) and "holds no" in err.reason


def test_lone_surrogates_escaped_in_json_are_replaced():
    line = b'{"id": "x\\ud800", "text": "Le budget \\udfff augmente."}'
    (raw,) = read_bytes(line, "f.jsonl", ".jsonl")
    assert raw.id == "x\ufffd" and raw.text == "Le budget \ufffd augmente."


def test_a_json_lines_corpus_over_the_input_limit_is_read_line_by_line(tmp_path, monkeypatch):
    import gzip
    import json as _json
    import random

    from chronique.ingest import readers

    monkeypatch.setattr(readers, "MAX_INPUT_BYTES", 20_000)
    rng = random.Random(7)
    words = ["ministre", "Lyon", "réforme", "mardi", "syndicats", "accord", "budget", "région", "Paris"]
    lines = [_json.dumps({"id": f"a{i}", "text": " ".join(rng.choice(words) for _ in range(200))}) for i in range(60)]
    lines.insert(30, _json.dumps({"id": "huge", "text": "mot " * 10_000}))  # one article over the limit
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    items = list(readers.read_file(path))
    assert len(items) == 61
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.source for e in errors] == [f"{path}:31"] and "line over" in errors[0].reason
