"""The cast stage: in-article coreference, written as ``pronoun`` and ``nominal`` mentions.

It runs after the entity stage and before every stage that asks who is who. Each subject outside
quotations that is a third-person pronoun ("il", "-t-elle") or a definite or
demonstrative description ("le ministre", "cette centriste", "l'ancien maire de Lyon", "le
quotidien", "la direction") is resolved with the one resolution policy of the project (agreement
in gender from morphology, first names and honorifics; the subject chain; roles the article gave
by apposition; the last outlet or organisation named), the same code that resolves speakers
(``quotes.speakers``); a full office title without a name ("le chancelier allemand") is the office
holder of the article's date whom the article names (``office_holders``, world knowledge). A
person only the headline names ("Laurence Haïm quitte …" over a body that says "Elle") is a candidate
too, and an entity of the article when the body designates them (``headline.title_only_people``). A
resolved subject becomes a mention of its entity, with the evidence used;
quotations and events then read it from the entities layer (``EntityIndex``).
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy
from spacy.attrs import DEP, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ...article import Article, Mention
from ...lang.fr.names import SOURCE_PREPOSITIONS
from ...nlp.offsets import token_starts
from ...nlp.syntax import impersonal_passive_subject, morph_gender, noun_gender
from ..entities.index import EntityIndex
from ..entities.roles import PAREN_MAX_TOKENS, name_follows
from ..quotes.marks import find_quote_marks
from ..quotes.referent import Referent
from ..quotes.speaker_phrases import is_pronoun_phrase, is_role_word, trim_subject
from ..quotes.speakers import SpeakerResolver
from ..quotes.stage import in_quote_flags
from ..quotes.subject_chain import incise_subject, opens_reported_clause
from ..quotes.tables import DEFINITE_DETERMINERS, DEMONSTRATIVES, FORMER_WORDS, PERSON_LABELS
from ..registry import register
from ..stage import Stage
from .headline import title_only_people
from .office_holders import office_holder, publication_day, titled_mentions, unnamed_holders

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
OBJECT_DEPS = frozenset({"obj", "iobj", "obl:arg", "xcomp"})
# The dependencies of a source after "selon" ("Selon le ministre, …"; the root of a sentence whose
# verb is inside the quotation: "Selon l'ancien candidat, « … »").
SOURCE_DEPS = frozenset({"obl:mod", "obl", "ROOT"})
# The complement of a noun, read as a described owner ("un tweet du ministre des Comptes publics").
OWNER_DEP = "nmod"
# Determiners of a described object: definite, possessive, and the articles contracted with "à"/"de".
OBJECT_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les", "son", "sa", "ses", "leur", "au", "aux", "du"})
# Inverted subject clitics the tagger attaches with other labels ("déclare-t-il").
INVERTED = frozenset({"-t-il", "-t-elle", "-il", "-elle"})
# Quotation marks inside a description: a quoted term the mention stops before.
QUOTE_CHARS = re.compile(r"[«»\"“”]")
# Longest description (tokens) taken as a nominal mention; longer subjects are clauses or lists.
MAX_NOMINAL_TOKENS = 8
# Hashes of the dependencies and spellings that make a token worth a look (``_candidate_tokens``):
# a subject or object (or a subject the parser hung as an apposition), an inverted clitic, a
# demonstrative opening a labelled subject, a preposition of a source ("selon").
_CANDIDATE_DEPS = numpy.array(sorted(get_string_id(d) for d in SUBJECT_DEPS | OBJECT_DEPS | {"appos", OWNER_DEP}),
                              dtype=numpy.uint64)
_CANDIDATE_WORDS = numpy.array(sorted(get_string_id(w) for w in INVERTED | DEMONSTRATIVES | SOURCE_PREPOSITIONS),
                               dtype=numpy.uint64)


@register
class CastStage(Stage):
    name = "cast"
    requires = ("entities",)
    assigns = ("entities",)

    def __call__(self, article: Article, doc: Doc) -> Article:
        # People only the headline names take part in the resolution; they stay when the body
        # designates them ("Elle a simplement indiqué …" under "Laurence Haïm quitte …").
        headline_only = title_only_people(article, publication_day(article))
        if headline_only:
            article = article.with_layers(entities=article.entities + tuple(headline_only))
        # Holders of an office the article names only by its title ("le Premier ministre japonais").
        by_title = unnamed_holders(article, doc)
        if by_title:
            article = article.with_layers(entities=article.entities + tuple(by_title))
        titled = titled_mentions(article, doc)
        found = resolve_cast(article, doc, titled)
        had = [(m.start, m.end) for mentions in found.values() for m in mentions]
        for eid, mentions in titled.items():
            found.setdefault(eid, []).extend(m for m in mentions if not any(a < m.end and m.start < b for a, b in had))
        unnamed = {e.id for e in headline_only}
        entities = tuple(
            replace(e, mentions=tuple(sorted(e.mentions + tuple(found.get(e.id, ())), key=lambda m: (m.start, m.end))))
            if e.id in found else e for e in article.entities if e.id in found or e.id not in unnamed)
        return article.with_layers(entities=entities) if found or unnamed or by_title else article


def resolve_cast(article: Article, doc: Doc, titled: dict[str, list[Mention]] | None = None) -> dict[str, list[Mention]]:
    """Entity id → the pronoun and nominal mentions that designate it. The full office titles of
    people the article names (``titled``, from world knowledge) are their roles from where they stand."""
    if not article.text or not len(doc) or not article.entities:
        return {}
    starts = token_starts(doc)
    in_quote = in_quote_flags(doc, find_quote_marks(article.text), starts)
    resolver = SpeakerResolver(article, doc, in_quote, starts)
    covered = resolver.cast.index
    for eid, mentions in (titled or {}).items():
        for m in mentions:
            a, b = resolver.cast.token_at(m.start), resolver.cast.token_at(m.end - 1) + 1
            resolver.learn_role(a, b, m.start, None, eid)
    out: dict[str, list[Mention]] = {}
    for tok in _candidate_tokens(doc, in_quote):
        label = _labelled_subject(tok)
        if label is not None:
            a, b, kind = label, label + 2, "nominal"
        elif tok.dep_ in OBJECT_DEPS and tok.pos_ in ("NOUN", "VERB", "ADJ") and not incise_subject(tok) \
                or tok.dep_ == OWNER_DEP and tok.pos_ == "NOUN" and is_role_word(tok):
            # (an object tagged VERB: "son ancien associé"; an owner: "un tweet du ministre")
            _object_description(tok, resolver, covered, out)
            continue
        elif tok.lower_ in SOURCE_PREPOSITIONS and _source_description(tok.head, tok):
            # "Selon l'ancien candidat, « … »": the sentence's speaker, when the description is a former
            # office or a role the article gave (not a guess: "selon le chef de file")
            tok = tok.head
            a, b = trim_subject(tok)
            a = max(a, tok.left_edge.i + 1)
            kind = "nominal"
            if not any(t.lower_ in FORMER_WORDS for t in doc[a:b]) and not _one_role_holder(resolver, a, b, tok) \
                    and office_holder(article.text[doc[a].idx:doc[b - 1].idx + len(doc[b - 1].text)], article) is None:
                continue
        elif not (tok.dep_ in SUBJECT_DEPS or tok.lower_ in INVERTED or _subject_read_as_apposition(tok)
                  or incise_subject(tok)):  # "», a déclaré l'animateur": the speaker, read as an object
            continue
        elif is_pronoun_phrase(tok) and tok.lower_.lstrip("-") not in ("on", "ils", "elles", "eux"):
            if impersonal_passive_subject(tok):
                continue
            a, b, kind = tok.i, tok.i + 1, "pronoun"
        elif _description(tok):
            a, b = trim_subject(tok)
            kind = "nominal"
            if b - a > MAX_NOMINAL_TOKENS:
                continue
        else:
            continue
        known = None
        if kind == "nominal" and name_follows(doc, b):
            continue  # the parse cut the name off its title: "le ministre | chargé du Logement Julien X"
        span_start, span_end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        named_inside = covered.mentions_in(span_start, span_end) if kind == "nominal" else []
        if named_inside and not all(e.type in ("LOC", "MISC") for _, e in named_inside):
            # a name inside (not a place or a work: "l'animateur de « Secrets d'histoire »"): the
            # entity layer has it, unless it only completes an office title
            # ("le leader de La France insoumise"): then the office holder the article names
            known = office_holder(article.text[span_start:span_end], article)
            if known is None:
                continue
            span_end = _before_named_complement(covered, tok, span_end)
            ref = Referent(article.text[span_start:span_end], span_start, span_end, known[0], person=True)
        else:
            ref = resolver.resolve_span(a, b)
            if ref is None and kind == "nominal":
                # the article's own evidence first (apposition, subject chain); world knowledge after
                known = office_holder(article.text[span_start:span_end], article)
                if known is not None:
                    ref = Referent(article.text[span_start:span_end], span_start, span_end, known[0], person=True)
        if ref is None or ref.entity is None or ref.entity not in covered.by_id:
            continue
        if kind == "nominal" and _named_earlier_in_sentence(covered, ref.entity, doc[a]):
            continue  # "les intentions de X, le sénateur a dit": a description is not who its clause names
        if kind == "nominal":
            resolver.learn_role(a, b, span_start, ref.gender, ref.entity)
        if not (kind == "nominal" and opens_reported_clause(tok)):
            # the subject chain goes on through it, not through the subject of a reported clause
            # ("X indique que l'humoriste porte …", "Selon lui, l'accusé est …")
            resolver.remember(ref.start, ref)
        start, end = ref.start, ref.end
        if covered.mention_at(start) is not None:
            continue
        if kind == "nominal" and QUOTE_CHARS.search(article.text, start, end) and start < tok.idx < end:
            end = tok.idx + len(tok.text)  # "le père de la « révolution permanente »": the description, not the term
        elif any(e.id != ref.entity for _, e in named_inside) and start <= tok.idx < end:
            end = _before_named_complement(covered, tok, end)  # "le député des Alpes-Maritimes": "le député"
        evidence = "subject chain" if kind == "pronoun" else known[1] if known else "description"
        out.setdefault(ref.entity, []).append(Mention(start, end, article.text[start:end], kind, evidence))
    return out


def _candidate_tokens(doc: Doc, in_quote: list[bool]) -> list[Token]:
    """The tokens outside quotations that the loop of ``resolve_cast`` may take, read off the
    parse's arrays (a Token per word costs more than the test; the test in numpy, since a Python
    integer per hash measurably raises the resident memory that later batches leave behind)."""
    rows = doc.to_array([DEP, LOWER])
    wanted = numpy.isin(rows[:, 0], _CANDIDATE_DEPS) | numpy.isin(rows[:, 1], _CANDIDATE_WORDS)
    return [doc[i] for i in numpy.flatnonzero(wanted).tolist() if not in_quote[i]]


def _object_description(tok: Token, resolver: SpeakerResolver, index: EntityIndex,
                        out: dict[str, list[Mention]]) -> None:
    """An object or complement described rather than named ("a accusé son ancien associé",
    "reproche au numéro un du parti", "a interrogé l'ancien candidat"): the entity the article
    gave exactly that role, or, for a former office, the person the story is about."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if tok.dep_ == OWNER_DEP:  # the owner of a thing: "un tweet du ministre", "les propos de la ministre"
        case = next((c for c in tok.children if c.dep_ == "case"), None)
        if case is None or not (case.lower_ in ("du", "au") and det is None or case.lower_ in ("de", "d'", "d’", "à")
                                and det is not None and det.lower_ in DEFINITE_DETERMINERS):
            return  # (the one a thing goes to: "son soutien à l'ex-chef de l'État", "un hommage au ministre")
        det = det or case
    if det is None or det.lower_ not in OBJECT_DETERMINERS:
        return
    if not (is_role_word(tok) or tok.lower_ in PERSON_LABELS or tok.lemma_.lower() in PERSON_LABELS):
        return  # "les propos de son ancien parti", "les critiques du parti": a thing, not a person
    doc = tok.doc
    a, b = trim_subject(tok)
    while a < tok.i and (doc[a].lower_ not in OBJECT_DETERMINERS
                         or doc[a].lower_ in ("du", "au") and tok.dep_ == OWNER_DEP):
        a += 1  # the preposition of a complement ("à", "contre", "du") is not part of the description
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    if b - a > MAX_NOMINAL_TOKENS or index.mention_at(start) is not None or name_follows(doc, b):
        return
    gender = morph_gender(det) or noun_gender(tok)
    named_inside = bool(index.mentions_in(start, end))
    if named_inside:
        eid, evidence = None, ""
    elif any(t.lower_ in FORMER_WORDS for t in doc[a:b]):
        eid, evidence = resolver.resolve_role(a, b, start, gender), "former office"
    else:
        eid, evidence = resolver.role_holder(a, b, start, gender, same_head=False), "role given by apposition"
    if eid is None:  # the article's own evidence first; world knowledge after
        known = office_holder(resolver.text[start:end], resolver.article)
        if known is None:
            return
        eid, evidence = known
        if named_inside:
            end = _before_named_complement(index, tok, end)
    if eid is None or eid not in index.by_id or _named_earlier_in_sentence(index, eid, doc[a]):
        return
    text = resolver.text[start:end]
    out.setdefault(eid, []).append(Mention(start, end, text, "nominal", evidence))


def _before_named_complement(index: EntityIndex, head: Token, end: int) -> int:
    """The end of a title cut before the first name inside it ("le leader de La France insoumise"
    → "le leader"): the mention of the person does not overlap the organisation's."""
    inner = index.mentions_in(head.idx, end)
    return head.idx + len(head.text) if inner else end


def _named_earlier_in_sentence(index: EntityIndex, entity_id: str, first: Token) -> bool:
    return any(e.id == entity_id for _, e in index.mentions_in(first.sent.start_char, first.idx))


def _labelled_subject(tok: Token) -> int | None:
    """"Cette libérale reproche …" at a sentence start: a demonstrative and a person label, which
    the parser often reads as a modifier of the verb. Returns the determiner's index."""
    doc = tok.doc
    if tok.lower_ not in DEMONSTRATIVES or tok.lower_ == "ces" or tok.i + 1 >= len(doc):
        return None
    if not (tok.is_sent_start or tok.i > 0 and doc[tok.i - 1].text == ","):
        return None
    nxt = doc[tok.i + 1]
    if nxt.lower_ not in PERSON_LABELS or nxt.dep_ in SUBJECT_DEPS:
        return None  # a parsed subject is read by its head below
    return tok.i


def _subject_read_as_apposition(tok: Token) -> bool:
    """"Au contraire de X, le maire de Nice (Alpes-Maritimes) entend …": the parser hangs the
    subject on the name of a fronted complement as its apposition; a definite description after a
    complement's name, whose verb follows it (past a bracket), is the clause's subject."""
    if tok.dep_ != "appos" or not _description(tok):
        return False
    if not any(c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'") for c in tok.head.children):
        return False
    doc = tok.doc
    k = trim_subject(tok)[1]
    if k < len(doc) and doc[k].is_punct and doc[k].text != "(":
        return False  # "X, le maire de Nice, a dit": a true apposition, between commas
    if k < len(doc) and doc[k].text == "(":
        end = k
        while end < len(doc) and doc[end].text != ")" and end - k < PAREN_MAX_TOKENS:
            end += 1
        k = end + 1
    return k < len(doc) and doc[k].pos_ in ("VERB", "AUX")


def _one_role_holder(resolver: SpeakerResolver, a: int, b: int, head: Token) -> bool:
    """The article gave the role of tokens ``[a, b)`` to someone, and that head noun to no one else
    ("Selon le président" after two presidents is neither)."""
    holder = resolver.role_holder(a, b, head.doc[a].idx, None, same_head=False)
    others = {eid for _, role, _, eid in resolver.cast.roles if role.split()[:1] == [head.lower_]} - {holder}
    return holder is not None and not others


def _source_description(tok: Token, prep: Token) -> bool:
    """A person described after the preposition ``prep`` ("Selon l'ancien candidat à la présidentielle, …")."""
    return tok.dep_ in SOURCE_DEPS and tok.left_edge.i == prep.i and prep.dep_ == "case" \
        and _description(tok) and (is_role_word(tok) or tok.lower_ in PERSON_LABELS)


def _description(tok: Token) -> bool:
    """A common-noun subject opened by a definite or demonstrative determiner (a lowercase word
    the tagger called a proper noun is a common one: "le parti a décidé")."""
    if tok.pos_ not in ("NOUN", "ADJ") and not (tok.pos_ == "PROPN" and tok.text[:1].islower()):
        return False
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    return det is not None and (det.lower_ in DEFINITE_DETERMINERS or det.lower_ in DEMONSTRATIVES)
