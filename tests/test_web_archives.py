"""Web archives read record by record (no language model): WARC gzipped per record or as a whole,
plain WARC, ARC, skipped records by reason, truncation anywhere, the per-record size limit."""

from __future__ import annotations

import gzip

import pytest
from web_fixtures import article_page, write_warc

from chronique.errors import FormatError, SkippedInput, TooLargeError
from chronique.ingest import RawArticle, read_inputs
from chronique.ingest.warc import read_archive

TEXT = ("Les syndicats ont appelé mardi à une nouvelle journée de mobilisation contre la réforme des retraites, "
        "a annoncé la CGT dans un communiqué publié à Paris.")
PAGE = article_page("Grève à Paris", TEXT).encode("utf-8")


def arc_file(records: list[tuple[str, str, bytes]]) -> bytes:
    """An ARC v1 file of (url, content type, HTTP body) records."""
    version = b"1 0 Chronique\nURL IP-address Archive-date Content-type Archive-length\n"
    out = b"filedesc://test.arc 0.0.0.0 20231015080000 text/plain %d\n" % len(version) + version + b"\n"
    for url, content_type, body in records:
        http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
        out += f"{url} 127.0.0.1 20231015080000 {content_type} {len(http)}\n".encode() + http + b"\n"
    return out


def kinds(items) -> list[str]:
    return [type(i).__name__ for i in items]


@pytest.mark.parametrize("layout", ["per-record gzip", "plain", "whole-file gzip"])
def test_warc_layouts(tmp_path, layout):
    records = [("response", "https://exemple.fr/a?utm_source=x", "text/html; charset=utf-8", PAGE),
               ("request", "https://exemple.fr/a", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"),
               ("metadata", "https://exemple.fr/a", "application/warc-fields", b"via: test\r\n")]
    path = tmp_path / ("crawl.warc" if layout == "plain" else "crawl.warc.gz")
    write_warc(path, records, gzip=layout == "per-record gzip")
    if layout == "whole-file gzip":
        path.write_bytes(gzip.compress(path.read_bytes()))
    items = list(read_inputs([str(path)]))
    assert kinds(items) == ["RawArticle", "SkippedInput", "SkippedInput"]
    page = items[0]
    assert page.id == page.url == "https://exemple.fr/a" and page.format == "warc" and page.title == "Grève à Paris"
    assert page.published == "2023-10-15" and page.published_from == "warc"
    assert [i.reason for i in items[1:]] == ["request record", "metadata record"]


def test_arc_files_plain_and_gzipped(tmp_path):
    data = arc_file([("http://exemple.fr/a", "text/html", PAGE), ("http://exemple.fr/i.png", "image/png", b"\x89PNG")])
    (tmp_path / "old.arc").write_bytes(data)
    (tmp_path / "old.arc.gz").write_bytes(gzip.compress(data))
    for name in ("old.arc", "old.arc.gz"):
        items = list(read_inputs([str(tmp_path / name)]))
        assert kinds(items) == ["SkippedInput", "RawArticle", "SkippedInput"], name
        assert items[1].url == "http://exemple.fr/a" and "mobilisation" in items[1].text
        assert items[2].reason == "not HTML (image/png)"


@pytest.mark.parametrize("gzipped", [True, False])
def test_truncated_archive_keeps_what_came_before(tmp_path, gzipped):
    second = article_page("Deuxième", TEXT.replace("mardi", "jeudi")).encode()
    path = tmp_path / "crawl.warc"
    write_warc(path, [("response", "https://exemple.fr/1", "text/html", PAGE),
                      ("response", "https://exemple.fr/2", "text/html", second)], gzip=gzipped)
    data = path.read_bytes()
    for cut in (len(data) - 40, len(data) * 3 // 4):
        (tmp_path / "cut.warc").write_bytes(data[:cut])
        items = list(read_inputs([str(tmp_path / "cut.warc")]))
        assert isinstance(items[0], RawArticle) and isinstance(items[-1], FormatError), (cut, items)
        assert "truncated" in items[-1].reason and len(items) == 2


def test_record_over_the_limit_and_an_empty_or_foreign_file(tmp_path):
    path = tmp_path / "big.warc.gz"
    write_warc(path, [("response", "https://exemple.fr/big", "text/html", PAGE + b"<p>" + b"x" * 5000 + b"</p>"),
                      ("response", "https://exemple.fr/a", "text/html", PAGE)])
    items = list(read_archive(path, "big.warc.gz", max_record_bytes=4000))
    assert isinstance(items[0], TooLargeError) and items[0].source == "big.warc.gz#1"
    assert isinstance(items[1], RawArticle)
    (tmp_path / "empty.warc").write_bytes(b"")
    (tmp_path / "text.warc").write_bytes(b"<html><p>Pas une archive.</p></html>\n")
    for name in ("empty.warc", "text.warc"):
        (err,) = read_inputs([str(tmp_path / name)])
        assert isinstance(err, FormatError), name
    assert not isinstance(err, SkippedInput)
