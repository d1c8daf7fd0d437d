"""An attribution inside the quotation marks: « Il y a des messages qui stigmatisent, explique X
au Parisien. Il ne faut pas laisser penser … ». Scraped or hurried copy often drops the marks
around the incise, so the marks hold two utterances and, between them, who said them. Such a
quotation becomes two: the words before the incise, attributed by it as by an incise after a
closing mark, and the words after the incise's sentence, which continue that speaker."""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution import QuoteReader
from .attribution_record import Attribution
from .marks import MarkSpan

# The words before the incise must be an utterance of their own, not "« Oui, a-t-il dit »".
MIN_WORDS_BEFORE = 3
# How many tokens may follow the speaker phrase before the incise's full stop ("au Parisien",
# "sur son compte Twitter", "dans un communiqué").
COMPLEMENT_TOKENS = 6
_COMMA = re.compile(",")


def split_at_inner_incises(reader: QuoteReader, spans: list[MarkSpan]) -> list[MarkSpan]:
    """``spans`` with every quotation that holds an incise and goes on after it cut in two."""
    out: list[MarkSpan] = []
    for span in spans:
        out.extend(_split(reader, span))
    return out


def _split(reader: QuoteReader, span: MarkSpan) -> list[MarkSpan]:
    doc, text = reader.doc, reader.text
    # each comma of the quotation that is a token of its own (not the one of "2,5")
    for at in (m.start() for m in _COMMA.finditer(text, span.start, span.end)):
        tok = doc[reader.token_at(at)]
        if tok.idx == at and tok.text == "," and len(text[span.start:at].split()) >= MIN_WORDS_BEFORE:
            head = replace(span, end=at, close=None)
            found = reader.attribution_after(head, term=False)
            if found is not None and found.how == "incise" and found.np is not None:
                rest = _after_full_stop(reader, found.np[1], span.end)
                if rest is not None:
                    tail = replace(span, open=rest, start=rest)
                    return [head] + _split(reader, tail)
    return [span]


def _after_full_stop(reader: QuoteReader, np_end: int, end: int) -> int | None:
    """Where the words after the incise start: after a full stop a few tokens past the speaker
    phrase, on a capital letter, before the quotation's end; None when the incise ends the quotation."""
    doc, text = reader.doc, reader.text
    for k in range(np_end, min(len(doc), np_end + COMPLEMENT_TOKENS)):
        t = doc[k]
        if t.idx >= end or t.text in ("«", "»", '"', "“", "”"):
            return None
        if t.text == ".":
            nxt = t.idx + 1
            while nxt < end and text[nxt].isspace():
                nxt += 1
            return nxt if nxt < end and text[nxt].isupper() else None
    return None


def leading_incise(reader: QuoteReader, span: MarkSpan) -> Attribution | None:
    """« Finalement, dit-il, il m'a envoyé un texto »: an incise after the quotation's first words
    (too few to be an utterance of their own) attributes the whole quotation."""
    doc, text = reader.doc, reader.text
    for at in (m.start() for m in _COMMA.finditer(text, span.start, span.end)):
        if len(text[span.start:at].split()) >= MIN_WORDS_BEFORE:
            return None
        tok = doc[reader.token_at(at)]
        if tok.idx == at and tok.text == ",":
            found = reader.attribution_after(replace(span, end=at, close=None), term=False)
            if found is not None and found.how == "incise" and found.np is not None \
                    and doc[found.np[1] - 1].idx < span.end:
                return found
    return None
