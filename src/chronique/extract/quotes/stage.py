"""The quotation stage: direct and partial quotations, reported speech, and who said them."""

from __future__ import annotations

import re

from bisect import bisect_right

from spacy.tokens import Doc

from ...article import Article, Quote, Speaker
from ...nlp.offsets import token_starts
from ..registry import register
from ..stage import Stage
from .attribution import Attribution, QuoteReader
from .indirect import IndirectFinder, IndirectItem, trim_content
from .inner_incises import leading_incise, split_at_inner_incises
from .marks import MarkSpan, find_quote_marks
from .referent import Referent
from .speakers import SpeakerResolver
from .tables import DEFINITE_DETERMINERS, DEMONSTRATIVES, RELAY_VERBS, UNNAMED_SOURCE_NOUNS


# A quotation with no attribution of its own continues the previous speaker when that speaker's
# last attribution is at most this many characters before it (calibrated on gold/dev: runs of
# quotations across one or two paragraphs; farther back the writer names the speaker again).
CONTINUATION_WINDOW = 900
# Names, terms and scare quotes are dropped rather than emitted speakerless: the guidelines
# do not count them as quotations.
KEEP_TERMS = False
# A bare noun term inside reported speech counts as the source's words from this many words on
# (one noun, "« universel »" as a name, is a term); an adjective, adverb or prepositional phrase
# qualifies something the source says ("s'est dite « favorable »": held-out 5's annotators).
TERM_MIN_WORDS = 2
# A fragment complement of a verb of state in a report is the source's wording ("a dit avoir « la
# conscience tranquille »"), unlike the object of an act, often a label ("réformer « l'allocation … »").
VERB_ARGUMENT_DEPS = frozenset({"obj", "xcomp", "obl:arg"})
STATE_VERBS = frozenset({"avoir", "être", "rester", "demeurer", "sembler", "paraître"})
# Attributions the text states (a cue and its speaker), as opposed to continuations and guesses.
EXPLICIT_ATTRIBUTIONS = ("incise", "intro", "governed", "selon")
# A quotation repeating at least this many words of an explicitly attributed one within this many
# characters is that speaker's (a heading over its paragraph; short words like "non" repeat by chance).
REPEAT_MIN_WORDS = 3
REPEAT_WINDOW = 1500
# What may stand between two coordinated quotations.
COORDINATORS = frozenset({"et", "ou", ","})
# Words a lead before a quotation may hold and the report still be that quotation ("Somme toute, « … »").
LEAD_WORDS = 6
# Tags of the writer's words that make a clause around a quoted fragment ("Il « … »", "X « … »").
CLAUSE_TAGS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "PRON"})
# Words an incise's cue may stand after, past the comma that ends a fragment ("», a par ailleurs estimé").
INCISE_GAP_WORDS = 3


@register
class QuoteStage(Stage):
    name = "quotes"
    requires = ("entities", "timexes")  # a date between a cue and its speaker is skipped
    assigns = ("quotes",)

    def __call__(self, article: Article, doc: Doc) -> Article:
        return article.with_layers(quotes=tuple(extract_quotes(article, doc)))


def in_quote_flags(doc: Doc, spans: list[MarkSpan], starts: list[int]) -> list[bool]:
    flags = [False] * len(doc)
    for s in spans:
        a = bisect_right(starts, s.open) - 1
        b = bisect_right(starts, max(s.open, s.outer_end - 1))
        for i in range(max(a, 0), b):
            flags[i] = True
    return flags


def _words_key(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def _repeated_words(text: str, resolved: list) -> list:
    """A quotation repeating words that another quotation nearby explicitly attributes (a heading
    quoting a sentence of the paragraph under it, a fragment quoted twice) is the same speaker's:
    its own guess (a continuation, or none) yields to the explicit one, and so does a definite
    description naming nobody (the lead's "…, a annoncé sa porte-parole" for the body's "…, a affirmé
    X"; not "un manifestant" nor "les manifestants", one of many)."""
    explicit = [(payload, ref, _words_key(text[payload.start:payload.end])) for kind, payload, att, ref in resolved
                if isinstance(payload, MarkSpan) and ref is not None and att.how in EXPLICIT_ATTRIBUTIONS]
    if not explicit:
        return resolved
    out = []
    for kind, payload, att, ref in resolved:
        unnamed = ref is not None and ref.entity is None and _one_definite(ref.text)
        if isinstance(payload, MarkSpan) and (att.how not in EXPLICIT_ATTRIBUTIONS or unnamed):
            key = _words_key(text[payload.start:payload.end])
            if len(key.split()) >= REPEAT_MIN_WORDS:
                source = next((r for other, r, words in explicit if other is not payload and key in words
                               and abs(other.start - payload.start) <= REPEAT_WINDOW
                               and (not unnamed or r.entity is not None)), None)
                if source is not None:
                    ref = source
        out.append((kind, payload, att, ref))
    return out


_DE = re.compile(r"(?:de|d['’])\s*", re.I)


def _past_de(text: str, start: int) -> int:
    """Where reported words start past a "de" that only introduces them ("de « champion du déni »")."""
    m = _DE.match(text, start)
    return m.end() if m else start


def _lead_only(words: str) -> bool:
    """The words of a report before a quotation's mark are a short phrase set off by a comma or a
    label in capitals ("Somme toute, « … »", "En France, « … »", "ISLANDE « … »"): the report is the
    quotation."""
    words = words.strip()
    return len(words.split()) <= LEAD_WORDS and (words.endswith(",") or words.isupper())


def _only_connectors(text: str, start: int, end: int, marked: list[tuple[int, int]]) -> bool:
    """Outside the quotations it holds, the report's words ``[start, end)`` only join them ("fait part « de
    ses vives inquiétudes », et de « la perte … »"): the quotations are the statement."""
    rest, k = [], start
    for a, b in sorted(marked):
        if a < end and b > k:
            rest.append(text[k:max(k, a)])
            k = b
    if k == start:
        return False
    rest.append(text[k:end])
    return all(w in COORDINATORS or w in ("de", "d'", "d’") for w in " ".join(rest).replace(",", " , ").split())


def _one_definite(phrase: str) -> bool:
    """A definite singular description ("sa porte-parole", "le maire"): one person the body may name."""
    words = phrase.lower().replace("’", "'").split()
    return bool(words) and (words[0] in ("le", "la", "son", "sa") or words[0].startswith("l'"))


def _holds(report, span: MarkSpan) -> bool:
    """The reported speech's content holds the whole quotation."""
    return report.start <= span.open and span.outer_end <= report.end + 1


def _clauses_with_fragments(text: str, doc: Doc, read: list[tuple[MarkSpan, bool, Attribution]], token_at,
                            reports: list[IndirectItem]) -> list[IndirectItem]:
    """"Ces aides résultent d'une « bonne philosophie », a estimé X": the writer's clause that holds
    quoted fragments, with the cue of an incise right after its last one, is X's reported speech
    too — from the sentence's start to that fragment, one per cue. Not when a whole quotation opens
    the sentence (someone's own words), nor when the writer's words before the fragment hold no verb,
    noun or pronoun ("Une « bonne idée », a estimé X": the fragment is all), nor when another report
    holds it ("Pour Y, la réforme est « injuste », a ajouté X"). A fronted phrase before the words
    ("Mardi, « … », a prévenu X") is part of the report, as the held-out sets' annotators wrote it
    (leaving it out lowered reported-speech F1 on five of them)."""
    by_cue: dict[int, IndirectItem] = {}
    for span, direct, att in read:
        if direct or att.how != "incise" or att.cue is None or att.np is None or _report_holding(reports, span):
            continue
        between = text[span.outer_end:att.cue.start].lstrip()
        if not between.startswith(",") or len(between[1:].split()) > INCISE_GAP_WORDS:
            continue  # the incise right after the fragment: "…, a estimé", "…, a par ailleurs estimé"
        sent = doc[token_at(span.open)].sent
        if any(d and sent.start_char <= s.open < span.open for s, d, _ in read) \
                or not any(t.pos_ in CLAUSE_TAGS for t in doc[sent.start:token_at(span.open)]):
            continue
        known = by_cue.get(att.cue.start)
        start, end = trim_content(text, sent.start_char, span.outer_end)
        if end > start and (known is None or known.end < end):
            by_cue[att.cue.start] = IndirectItem(att.cue, att.np, start, end, att.offset)
    return list(by_cue.values())


def _report_holding(reports, span: MarkSpan):
    """The reported speech whose content holds the whole quotation, if any."""
    return next((ind for ind in reports if _holds(ind, span)), None)


def _inner_report(doc: Doc, token_at, reports, span: MarkSpan, att: Attribution):
    """The reported speech that holds the quotation inside the one its attribution tells, told by a
    verb or noun before it ("demandent …", "pour lui faire part de sa « … »") and by someone else: the
    innermost one, or None."""
    inner = None
    for ind in reports:
        if _holds(ind, span) and ind.cue.end <= span.open \
                and ind.np != att.np and doc[token_at(ind.cue.start)].pos_ in ("VERB", "NOUN") \
                and (inner is None or ind.start > inner.start):
            inner = ind
    return inner


def _term_of_report(reader: QuoteReader, span: MarkSpan, report) -> bool:
    """A short verbless fragment is the source's words when it qualifies something (an adjective,
    adverb or prepositional phrase), when it is a noun after a determiner quoted once, alone or led
    by an adjective ("un « espoir »"; not a label: "les « zones blanches »", "les « gilets jaunes »"
    again and again), or when it is a phrase of some length whose report names its source by a
    preposition ("Pour X, …", "selon X") or after it ("…, a estimé X") — a forward cue ("X anticipe
    la suppression de « … »") reads a noun phrase as a term."""
    words = reader.text[span.start:span.end]
    first = reader.doc[reader.token_at(span.start)]
    det = reader.determiner_before(span)
    if det is not None:
        # "c'était un « espoir »", "une « première bataille »": one word or a qualified noun, quoted
        # once, is the source's; a label is a noun phrase ("les « zones blanches »", "au « stade 3 »")
        # or comes back in the article ("les « gilets jaunes »"); after "un"/"une", a noun phrase the
        # source is named after is its judgement ("une « menace en suspens » pour X, remarque Y")
        judged = det.lower_ in ("un", "une") and report.cue.start > span.end
        return (len(words.split()) == 1 or first.pos_ == "ADJ" or judged) \
            and reader.text.lower().count(words.lower()) == 1
    if first.pos_ in ("ADJ", "ADV", "ADP"):
        return True  # "s'est dite « favorable »", "réduire « fortement »", "pas « sans garanties »"
    head = reader.quote_head(span)
    if len(words.split()) >= TERM_MIN_WORDS and head is not None and head.dep_ in VERB_ARGUMENT_DEPS \
            and head.head.lemma_.lower() in STATE_VERBS and not reader.in_quote[head.head.i]:
        return True  # "a dit avoir « la conscience tranquille »": the state the source gives itself
    if len(words.split()) < TERM_MIN_WORDS:
        return False
    return report.cue.start > span.end or reader.doc[reader.token_at(report.cue.start)].pos_ == "ADP"


# Determiners of one: "une source", "l'entourage", "cette source" (not "les", "ces", "des").
_SINGULAR_DETERMINERS = (DEFINITE_DETERMINERS | DEMONSTRATIVES | {"un", "une"}) - {"les", "ces"}


def _one_unnamed_source(ref: Referent, att: Attribution) -> bool:
    """"comme l'a confirmé une source proche de la famille", "a assuré l'entourage de la ministre": one
    unnamed source, reporting with a verb of its own, who may go on in the quotation that follows."""
    words = ref.text.lower().replace("’", "'").replace("'", "' ").split()
    return ref.entity is None and ref.person is True and len(words) > 1 and words[0] in _SINGULAR_DETERMINERS \
        and words[1] in UNNAMED_SOURCE_NOUNS and att.cue is not None and att.cue.lemma not in ("selon", "d'après")


def _speaker(ref: Referent | None) -> Speaker | None:
    if ref is None:
        return None
    return Speaker(text=ref.text, start=ref.start, end=ref.end, entity=ref.entity)


def extract_quotes(article: Article, doc: Doc) -> list[Quote]:
    text = article.text
    if not text or not len(doc):
        return []
    spans = find_quote_marks(text)
    starts = token_starts(doc)
    in_quote = in_quote_flags(doc, spans, starts)

    def token_at(offset: int) -> int:
        return min(len(doc) - 1, max(0, bisect_right(starts, offset) - 1))

    time_tokens = frozenset(i for t in article.timexes
                            for i in range(token_at(t.start), token_at(max(t.start, t.end - 1)) + 1))
    person_starts = frozenset(m.start for e in article.entities if e.type == "PER" for m in e.mentions)
    reader = QuoteReader(doc, text, spans, token_at, in_quote, time_tokens, person_starts)
    split = split_at_inner_incises(reader, spans)
    if len(split) != len(spans):  # the incises' words are the writer's, not quoted
        spans = split
        in_quote = in_quote_flags(doc, spans, starts)
        reader = QuoteReader(doc, text, spans, token_at, in_quote, time_tokens, person_starts)
    resolver = SpeakerResolver(article, doc, in_quote, starts, speakers=True)

    # 1. Read each quotation's kind and attribution.
    read: list[tuple[MarkSpan, bool, Attribution]] = []
    for span in spans:
        direct = reader.starts_utterance(span)
        term = reader.is_term(span)
        att = reader.attribute(span, direct, term)
        if att.np is None and att.how != "none":
            att = leading_incise(reader, span) or att
        if direct and term and att.np is None:
            att = Attribution("none", None, None, span.start)  # a short verbless heading: « Magnifique propriété »
        read.append((span, direct, att))
    # A quotation without attribution takes the one of the next quotation in its sentence:
    # X « … », et « … », a souligné Y; so does a short one listed right before it:
    # « … », « … », a écrit Y.
    for n in range(len(read) - 2, -1, -1):
        span, direct, att = read[n]
        nxt_span, _, nxt = read[n + 1]
        listed = att.how == "term" and text[span.outer_end:nxt_span.open].strip(" ,") in ("", *COORDINATORS)
        unattributed = att.how in ("continue", "orphan", "on") or listed
        if unattributed and nxt.np is not None and nxt.how in ("incise", "selon") \
                and doc[token_at(span.outer_end - 1)].sent.start == doc[token_at(nxt_span.start)].sent.start:
            # (the sentence the quotation closes in: it may hold several of the speaker's)
            read[n] = (span, direct, Attribution(nxt.how, nxt.np, nxt.cue, nxt.offset))
    # ... and a fragment coordinated with a governed one shares its source: fustigeant « le cynisme »
    # et « l'indifférence ».
    for n in range(1, len(read)):
        span, direct, att = read[n]
        prev_span, _, prev = read[n - 1]
        if att.how in ("term", "orphan", "on") and prev.how == "governed" and prev.np is not None \
                and text[prev_span.outer_end:span.open].strip() in COORDINATORS:
            read[n] = (span, direct, prev)
    items: list[tuple[int, str, object, Attribution]] = []  # (order offset, kind, payload, attribution)
    quote_cues: set[int] = set()
    for span, direct, att in read:
        if att.how == "incise" and att.cue is not None:
            quote_cues.add(token_at(att.cue.start))

    # 2. Reported speech, skipping the cues that introduce whole quotations.
    reports = IndirectFinder(doc, text, reader, in_quote, quote_cues).find()
    reports += _clauses_with_fragments(text, doc, read, token_at, reports)
    for ind in reports:
        att = Attribution("indirect", ind.np, ind.cue, ind.offset)
        items.append((ind.offset, "indirect", ind, att))
    for span, direct, att in read:
        if att.how in ("orphan", "term", "on") or att.how == "continue" and not direct:
            # A fragment without a cue of its own inside someone's reported speech is theirs:
            # "…, « deux ans » au moins, a estimé X" / "Pour X, cette décision « très lourde » …".
            report = _report_holding(reports, span)
            if report is not None and (att.how == "term" and not _term_of_report(reader, span, report)
                                       or reader.after_naming_noun(span)):
                report = None  # "la banderole « Europe first »": a name, nobody's words
            if report is not None:
                att = Attribution("governed", report.np, report.cue, report.offset)
                if report.cue is not None and report.cue.lemma in RELAY_VERBS:
                    att = reader.relayed(span, att)
                elif report.cue is not None and report.cue.lemma == "selon" and reader.channel(report.np):
                    att = reader.relayed(span, att, people=True)  # "Selon Le Figaro, le ministre juge … « … »"
        elif not direct and att.how in ("selon", "incise"):
            # "X demandent une requalification pour « assassinat », selon Y": the words are X's,
            # Y (or the spokesman of "…, a indiqué Y") only reports them.
            report = _inner_report(doc, token_at, reports, span, att)
            if report is not None:
                att = Attribution("governed", report.np, report.cue, report.offset)
        if att.how == "term" or att.how == "none" and not KEEP_TERMS:
            continue
        items.append((att.offset, "direct" if direct else "partial", span, att))

    # 3. Resolve speakers in text order, so that pronouns and continuations see what came before.
    items.sort(key=lambda x: x[0])
    resolved: list[tuple[str, object, Attribution, Referent | None]] = []
    last: tuple[int, Referent] | None = None
    for offset, kind, payload, att in items:
        ref: Referent | None = None
        if att.np is not None:
            ref = resolver.resolve_span(*att.np)
            if att.how == "predicate" and (ref is None or ref.entity is None):
                ref = None  # "elle « accélère »": a pronoun for a thing, or no one named
        elif att.how == "continue":
            fresh = resolver.new_subject_between(last[0] if last else -1, offset)
            if fresh is not None and kind == "partial" and fresh.text.lower() in ("il", "elle") \
                    and reader.speaker_says_i(payload) \
                    and doc[token_at(fresh.start)].sent.start == doc[token_at(payload.open)].sent.start:
                # "Elle l'a fait « … » et « j'ai … »": the person the sentence's pronoun designates
                # is talked about, in the words of the speaker before
                fresh = None
            if fresh is not None and (last is None or fresh.entity != last[1].entity):
                ref = fresh
            elif last is not None and offset - last[0] <= CONTINUATION_WINDOW:
                ref = last[1]
            elif last is None:
                ref = resolver.opening_speaker()
        if ref is not None:
            resolver.remember(offset, ref)
            if isinstance(payload, MarkSpan):
                last = (max(payload.outer_end, offset), ref)
            elif (ref.entity is not None or _one_unnamed_source(ref, att) and not (last and last[1].person)) \
                    and not (last is not None and last[1].person and resolver.is_outlet(ref)
                             and att.cue is not None and att.cue.start >= payload.end):
                last = (offset, ref)  # "X a affirmé que …" then a quotation: X goes on (not an outlet
                # retelling the facts between a person's quotations, its cue after them: "… », explique le
                # quotidien. « … »"; "Le Figaro maintient que …" takes a stance and goes on; "comme l'a
                # confirmé une source proche de X au Sunday Times. « … »": the unnamed source goes on,
                # unless a named person spoke last — "a confié un proche" does not take over their words)
        resolved.append((kind, payload, att, ref))

    resolved = _repeated_words(text, resolved)

    # 4. The paragraphs of one multi-paragraph quotation share speaker and cue.
    by_group: dict[int, tuple[Referent, Attribution]] = {}
    for kind, payload, att, ref in resolved:
        if isinstance(payload, MarkSpan) and ref is not None and payload.group not in by_group:
            by_group[payload.group] = (ref, att)

    quotes: list[Quote] = []
    for kind, payload, att, ref in resolved:
        if isinstance(payload, MarkSpan):
            if ref is None and payload.group in by_group:
                ref, shared = by_group[payload.group]
                att = Attribution(att.how, att.np, att.cue or shared.cue, att.offset)
            start, end = payload.start, payload.end
        else:
            start, end = payload.start, payload.end
        quotes.append(Quote(id="", kind=kind, text=text[start:end], start=start, end=end,
                            speaker=_speaker(ref), cue=att.cue))
    # One statement is stored once: reported speech whose words are all inside a quotation's marks
    # ("l'a jugée « sage et mesurée »", "l'a qualifié de « champion du déni »") is that quotation.
    marked = [(p.open, p.outer_end) for _, p, _, _ in resolved if isinstance(p, MarkSpan)]

    def inside_marks(q: Quote) -> bool:
        words = _past_de(text, q.start)
        return any(q.end <= b and (a <= words or q.start < a and _lead_only(text[q.start:a])) for a, b in marked) \
            or _only_connectors(text, q.start, q.end, marked)

    quotes = [q for q in quotes if q.kind != "indirect" or not inside_marks(q)]
    quotes.sort(key=lambda q: (q.start, q.end))
    return [Quote(id=f"q{i}", kind=q.kind, text=q.text, start=q.start, end=q.end, speaker=q.speaker, cue=q.cue)
            for i, q in enumerate(quotes, 1)]
