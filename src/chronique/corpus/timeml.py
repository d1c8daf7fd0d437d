"""One ISO-TimeML document per article (``chronique export --format timeml``), and its validator.

    <TimeML>
      <DOCID>article id</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2023-10-12" functionInDocument="CREATION_TIME">…</TIMEX3></DCT>
      <TITLE>…</TITLE>
      <TEXT>the article's text with <TIMEX3 tid type value [mod]> and <EVENT eid class [polarity]> in line</TEXT>
    </TimeML>

The TEXT is the article's cleaned text character for character, so the offsets of every tag are
the article's (``evaluate.timebank.read_tml`` reads a document back to the same text and
timexes). Events are the article's events (their triggers) and its quotations' cues (reporting
events); TimeML tags do not overlap, so an event whose trigger overlaps a timex or an earlier
event is left out. The DCT is the publication date when there is one.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from ..article import Article
from ..errors import PipelineError

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
EVENT_CLASSES = ("OCCURRENCE", "PERCEPTION", "REPORTING", "ASPECTUAL", "STATE", "I_STATE", "I_ACTION")
# ISO-TimeML event class of each PLOVER type: acts that set up another event (asking, offering,
# threatening, agreeing to do) are I_ACTION; the rest happen (OCCURRENCE). Quotation cues are REPORTING.
EVENT_CLASS_OF_TYPE = {
    "REQUEST": "I_ACTION", "THREATEN": "I_ACTION", "AGREE": "I_ACTION", "CONCEDE": "I_ACTION",
    "SUPPORT": "I_ACTION", "REJECT": "I_ACTION",
}
DEFAULT_EVENT_CLASS = "OCCURRENCE"
# TIMEX3 values (TimeML 1.2 and ISO-TimeML): dates, weeks, times, durations, sets' periods, references.
_VALUE = re.compile(
    r"(?:[0-9X]{2,4}(?:-(?:[0-9X]{2}|W[0-9X]{2}|Q[1-4X]|H[12X]|SP|SU|FA|WI)(?:-(?:[0-9X]{2}|WE))?)?"
    r"(?:T(?:[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2})?)?|MO|AF|EV|NI|DT))?"
    r"|P(?:[0-9.X]+[YMWDHS]|T[0-9.X]+[HMS])+|PT?X+[YMWDHS]?"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF)")


def article_to_timeml(article: Article) -> str:
    """The ISO-TimeML document of ``article``."""
    spans = _tags(article)
    out, pos = [], 0
    for start, end, open_tag, close_tag in spans:
        out.append(escape(article.text[pos:start]))
        out.append(open_tag + escape(article.text[start:end]) + close_tag)
        pos = end
    out.append(escape(article.text[pos:]))
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>", f"<DOCID>{escape(article.id)}</DOCID>"]
    dct = article.published.value
    if dct:
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct[:10])} '
                     f'functionInDocument="CREATION_TIME">{escape(dct[:10])}</TIMEX3></DCT>')
    if article.title:
        parts.append(f"<TITLE>{escape(article.title)}</TITLE>")
    parts.append("<TEXT>" + "".join(out) + "</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts) + "\n"


def _tags(article: Article) -> list[tuple[int, int, str, str]]:
    """(start, end, open tag, close tag), in text order, none overlapping (timexes first)."""
    chosen: list[tuple[int, int, str, str]] = []

    def free(start: int, end: int) -> bool:
        return start < end and all(end <= s or start >= e for s, e, _, _ in chosen)

    for n, t in enumerate(sorted(article.timexes, key=lambda t: t.start), 1):
        if free(t.start, t.end) and _VALUE.fullmatch(t.value or "") and t.type in TIMEX_TYPES:
            mod = f" mod={quoteattr(t.mod)}" if t.mod else ""
            chosen.append((t.start, t.end, f'<TIMEX3 tid="t{n}" type="{t.type}" value={quoteattr(t.value)}{mod}>',
                           "</TIMEX3>"))
    events: list[tuple[int, int, str, str | None]] = [
        (e.trigger.start, e.trigger.end, EVENT_CLASS_OF_TYPE.get(e.type, DEFAULT_EVENT_CLASS),
         "NEG" if e.modality == "negated" else None) for e in article.events]
    events += [(q.cue.start, q.cue.end, "REPORTING", None) for q in article.quotes if q.cue is not None]
    n = 0
    for start, end, cls, polarity in sorted(events):
        if free(start, end):
            n += 1
            pol = f' polarity="{polarity}"' if polarity else ""
            chosen.append((start, end, f'<EVENT eid="e{n}" class="{cls}"{pol}>', "</EVENT>"))
    return sorted(chosen)


def validate_timeml(document: str) -> list[str]:
    """What is wrong with an ISO-TimeML document (empty when it is valid): well-formed XML, a
    ``TimeML`` root with one ``TEXT``, at most one DCT timex marked ``CREATION_TIME``, unique
    ``tid``/``eid``, TIMEX3 ``type`` and ``value`` and EVENT ``class`` from the standard's values,
    no tag inside another tag of the TEXT."""
    try:
        root = ET.fromstring(document.encode("utf-8"))
    except ET.ParseError as err:
        return [f"not well-formed XML: {err}"]
    problems = []
    if root.tag != "TimeML":
        problems.append(f"root element is {root.tag!r}, not 'TimeML'")
    texts = root.findall("TEXT")
    if len(texts) != 1:
        problems.append(f"{len(texts)} TEXT elements (expected 1)")
    dct = root.findall("DCT/TIMEX3")
    if len(dct) > 1 or any(t.get("functionInDocument") != "CREATION_TIME" for t in dct):
        problems.append("the DCT must hold one TIMEX3 with functionInDocument='CREATION_TIME'")
    ids: set[str] = set()
    for el in root.iter():
        if el.tag == "TIMEX3":
            problems += _check(el, "tid", r"t\d+", ids)
            if el.get("type") not in TIMEX_TYPES:
                problems.append(f"TIMEX3 {el.get('tid')}: type {el.get('type')!r}")
            if not _VALUE.fullmatch(el.get("value") or ""):
                problems.append(f"TIMEX3 {el.get('tid')}: value {el.get('value')!r}")
        elif el.tag == "EVENT":
            problems += _check(el, "eid", r"e\d+", ids)
            if el.get("class") not in EVENT_CLASSES:
                problems.append(f"EVENT {el.get('eid')}: class {el.get('class')!r}")
    for text in texts:
        for tag in text:
            if tag.tag not in ("TIMEX3", "EVENT"):
                problems.append(f"unexpected element {tag.tag!r} in TEXT")
            if len(tag):
                problems.append(f"{tag.tag} {tag.get('tid') or tag.get('eid')} holds another tag")
    return problems


def _check(el: ET.Element, attr: str, pattern: str, seen: set[str]) -> list[str]:
    value = el.get(attr) or ""
    if not re.fullmatch(pattern, value):
        return [f"{el.tag}: {attr} {value!r}"]
    if value in seen:
        return [f"{el.tag}: {attr} {value!r} used twice"]
    seen.add(value)
    return []


def timeml_documents(rows: Any) -> Any:
    """(article id, document) for each exported article row; a document that does not validate
    is a bug of this module (``PipelineError``), never written."""
    for row in rows:
        article = Article.from_json({k: v for k, v in row.items() if k not in ("story", "dup_of")})
        document = article_to_timeml(article)
        problems = validate_timeml(document)
        if problems:
            raise PipelineError(f"article {article.id}: the TimeML export does not validate: {problems[:3]}")
        yield article.id, document
