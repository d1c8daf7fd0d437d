"""Reported speech without quotation marks.

A speech verb of the lexicon (use ``any``) with a speaker introduces its complement:
``X a affirmé que …`` (que-clause), ``X promet de venir`` (infinitive), ``X nie toute rivalité``
(object), ``X a été clair : …`` (colon). Inverted and parenthetical cues report the writer's own
clause: ``Comme le révèle X, …``, ``…, rappelle X.``, ``C'est ce qu'a indiqué X`` (the sentence
before). ``selon X`` / ``d'après X`` report the rest of their sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...article import Cue
from .attribution import QuoteReader, first_or_second_person, is_passive, make_cue
from .cues import preposition_cue, verb_cue
from .speakers import np_before, plausible_speaker, postposed_np, subject_np
from .tables import (GROUP_OBJECT_NOUNS, HUMAN_GROUP_NOUNS, ORGANISATION_NOUNS, ROLE_NOUNS, SUPPORT_VERBS, NON_ASSERTIVE_GOVERNORS, NON_ASSERTIVE_SUBORDINATORS, PRONOUN_GENDER)

_COMPLEMENT_DEPS = ("ccomp", "xcomp", "obj")
_CLAUSE_BREAKS = frozenset({"mais", ";", ":"})
# Words between a speech verb and its content that belong to neither ("souligne, elle, le …").
_INCIDENTALS = frozenset({",", "elle", "lui", "eux", "elles", "de", "son", "sa", "leur", "côté", "pour", "part",
                          "aussi", "également", "ainsi", "encore", "alors", "donc", "enfin", "quant", "à", "tour"})
_TRAILING = " \t\n,;:.!?…"
# "selon lequel/laquelle …": the source is the antecedent of the relative pronoun.
RELATIVE_PRONOUNS = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})


@dataclass
class IndirectItem:
    cue: Cue
    np: tuple[int, int]
    start: int
    end: int
    offset: int


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


class IndirectFinder:
    def __init__(self, doc: Doc, text: str, reader: QuoteReader, in_quote: list[bool], quote_cues: set[int]):
        self.doc = doc
        self.text = text
        self.reader = reader
        self.in_quote = in_quote
        self.quote_cues = quote_cues  # tokens already serving as cue of a whole quotation

    def find(self) -> list[IndirectItem]:
        out: list[IndirectItem] = []
        doc = self.doc
        for sent in doc.sents:
            for t in sent:
                if self.in_quote[t.i] or t.i in self.quote_cues:
                    continue
                item = self._preposition(t, sent) or self._verb(t, sent)
                if item is not None and item.end > item.start:
                    out.append(item)
        return out

    # -- selon X -------------------------------------------------------------------------
    def _preposition(self, t: Token, sent: Span) -> IndirectItem | None:
        doc = self.doc
        prep = preposition_cue(doc, t.i)
        if prep is None:
            return None
        entry, after = prep
        if after < sent.end and doc[after].lower_ in RELATIVE_PRONOUNS:
            return self._relative_source(t, after, entry, sent)
        np = postposed_np(doc, self.reader._skip_source_nouns(after, sent.end), sent.end, after_preposition=True)
        if np is None or not plausible_speaker(doc, *np):
            return None
        cue = make_cue(doc, t.i, after, entry.lemma)
        np_end = np[1]
        phrase_start = t.idx
        # Extend the source phrase over a trailing complement ("… de son entourage au Parisien").
        k = np_end
        while k < sent.end and doc[k].text not in (",", ".", ";", ":") and k - np_end < 6:
            k += 1
        after_phrase = doc[k].idx + 1 if k < sent.end and doc[k].text == "," else None
        s_start, s_end = sent.start_char, sent.end_char
        if after_phrase is not None and phrase_start - s_start < 3:
            start, end = after_phrase, s_end                    # Selon X, CONTENT.
        elif k >= sent.end - 1 or (k < sent.end and doc[k].text == "."):
            start, end = s_start, phrase_start                  # CONTENT selon X.
        else:
            start = self._clause_start(t.i, sent)               # … mais CONTENT, selon X, CONTENT.
            end = s_end
        start, end = _trim(self.text, start, end)
        return IndirectItem(cue, np, start, end, doc[np[0]].idx)

    def _relative_source(self, t: Token, rel: int, entry, sent: Span) -> IndirectItem | None:
        """``un rapport de l'AIEA selon lequel l'Iran …``: the antecedent of the relative is the
        source (resolved to its producer), the relative clause is the content."""
        doc = self.doc
        verb = doc[rel].head
        noun = verb.head if verb.dep_ == "acl:relcl" else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= t.i:
            k = t.i - 1  # the parse lost the relative: the noun just before "selon"
            if k >= sent.start and doc[k].text == ",":
                k -= 1
            while k >= sent.start and doc[k].pos_ not in ("NOUN", "PROPN"):
                if doc[k].is_punct:
                    return None
                k -= 1
            if k < sent.start:
                return None
            noun = doc[k]
            while noun.dep_ in ("nmod", "flat:name", "appos") and noun.head.i < noun.i and noun.head.pos_ == "NOUN":
                noun = noun.head  # "un rapport de l'AIEA selon lequel": the report, not the agency
        a = noun.left_edge.i
        b = t.i
        while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
            b -= 1
        if b - a > 12 or not plausible_speaker(doc, a, b):
            return None
        # The relative runs to the next comma or the end of the sentence (the parse often loses it).
        end = sent.end
        comma = next((k for k in range(rel + 2, end) if doc[k].text in (",", ";", "(")), None)
        if comma is not None:
            end = comma  # "…, selon laquelle le chômage baisse, a été publiée": the relative ends there
        while end - 1 > rel and doc[end - 1].is_punct:
            end -= 1
        if end <= rel + 1:
            return None
        start, stop = _trim(self.text, doc[rel + 1].idx, doc[end - 1].idx + len(doc[end - 1].text))
        cue = make_cue(doc, t.i, rel + 1, entry.lemma)
        return IndirectItem(cue, (a, b), start, stop, doc[a].idx)

    def _clause_start(self, i: int, sent: Span) -> int:
        doc = self.doc
        k = i - 1
        while k > sent.start:
            if doc[k].lower_ in _CLAUSE_BREAKS:
                return doc[k].idx + len(doc[k].text)
            k -= 1
        return sent.start_char

    # -- speech verbs ----------------------------------------------------------------------
    def _verb(self, t: Token, sent: Span) -> IndirectItem | None:
        doc = self.doc
        if t.pos_ != "VERB":
            return None
        cue = verb_cue(doc, t.i)
        if cue is None or cue[0].use != "any":
            return None
        entry, after = cue
        if is_passive(t) or first_or_second_person(t):
            return None
        if t.dep_ in ("acl", "amod") and (t.morph.get("VerbForm") == ["Part"]):
            return None
        if t.dep_ == "acl:relcl" and any(c.dep_.startswith("nsubj") and c.lower_ == "qui" for c in t.children) \
                and not (t.head.ent_type_ in ("PER", "ORG") or t.head.pos_ == "PROPN"):
            return None  # "la première qui révèle son point de vue": not a speaker
        if self.reader.outermost_cue(t).i != t.i:
            return None  # reported inside another report: "X a dit qu'il regrettait"
        if self._not_asserted(t):
            return None
        cue_obj = make_cue(doc, t.i, after, entry.base)
        clitic = self._clitic_subject(t, sent)
        inverted = clitic is not None or self._inverted_context(t, sent)
        subj = None if inverted else subject_np(t)
        if subj is not None and subj[0] > t.i:
            inverted = True
        elif subj is None or self.in_quote[subj[0]] and doc[subj[0]].text != "«":
            subj = np_before(doc, t.i, sent.start) if t.morph.get("VerbForm") == ["Fin"] and not inverted else None
            inverted = inverted or subj is None
        if clitic is not None:
            subj = (clitic, clitic + 1)  # "…, a-t-il précisé."
        elif inverted:
            k = self.reader._skip_adverbs(after, sent.end)
            subj = postposed_np(doc, k, sent.end)
        if subj is None or not plausible_speaker(doc, *subj):
            return None
        content = None
        if inverted:
            content = self._reported_clause(t, subj, sent)
        if content is None:
            content = self._complement(t, after, subj, sent)
            if content is not None and clitic is not None and clitic < t.i \
                    and not self.text[content[0]:content[0] + 4].lower().startswith(("que", "qu'", "qu’")):
                return None  # "« … » avait-elle écrit, une série de …": what follows is not reported
        if content is None:
            return None
        start, end = _trim(self.text, *content)
        if entry.base in SUPPORT_VERBS and not inverted and self._supports_someone(t):
            return None  # "Téhéran soutient le régime syrien": support, not speech
        return IndirectItem(cue_obj, subj, start, end, doc[subj[0]].idx)

    def _supports_someone(self, verb: Token) -> bool:
        """The object of ``soutenir`` is a person or a group (a name, "le régime", "les rebelles"),
        not a clause or a proposition."""
        for c in verb.children:
            if c.dep_ not in ("obj", "xcomp", "dep") or c.i < verb.i or c.pos_ in ("VERB", "AUX", "ADJ"):
                continue  # (the parser often reads a name object as xcomp or dep)
            if c.pos_ == "PROPN" or c.ent_type_ in ("PER", "ORG", "LOC") or c.pos_ == "PRON":
                return True
            lemma = c.lemma_.lower()
            return lemma in ORGANISATION_NOUNS or lemma in HUMAN_GROUP_NOUNS or lemma in ROLE_NOUNS \
                or lemma in GROUP_OBJECT_NOUNS
        return False

    def _not_asserted(self, t: Token) -> bool:
        """``sans que l'armée confirme ou ne démente``, ``avant qu'il annonce``, ``sans préciser``:
        the verb is framed as not having been uttered."""
        doc = self.doc
        verb = t.head if t.dep_ == "conj" and t.head.i < t.i else t
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NON_ASSERTIVE_GOVERNORS:
            # "n'a pas hésité à critiquer": the negated governor asserts it after all.
            return not any(c.lower_ in ("pas", "jamais", "ne", "n'", "n’") for c in verb.head.children)
        k = verb.i - 1
        floor = max(verb.sent.start, verb.i - 8)
        while k >= floor and doc[k].text not in (",", ";", ":", "«", "»", "."):
            low = doc[k].lower_
            if low in NON_ASSERTIVE_SUBORDINATORS or low == "ni":  # "n'a ni confirmé ni démenti"
                return True
            if low in ("que", "qu'", "qu’") and k > floor and doc[k - 1].lower_ in NON_ASSERTIVE_SUBORDINATORS:
                return True
            k -= 1
        return False

    def _clitic_subject(self, t: Token, sent: Span) -> int | None:
        """``…, a-t-il précisé`` / ``…, estime-t-elle``: the inverted clitic subject of the verb."""
        doc = self.doc
        for k in (t.i - 1, t.i + 1, t.i + 2):
            if sent.start <= k < sent.end and doc[k].text.startswith("-") \
                    and doc[k].lower_.lstrip("-") in PRONOUN_GENDER and doc[k].lower_ != "-on":
                return k
        return None

    def _inverted_context(self, t: Token, sent: Span) -> bool:
        """``…, révèle X`` / ``comme le rappelle X`` / ``c'est ce qu'a indiqué X``: the subject follows."""
        doc = self.doc
        k = t.i - 1
        while k >= sent.start and (doc[k].pos_ == "AUX" or doc[k].lower_ in ("-t", "a", "avait", "ont")):
            k -= 1
        if k < sent.start:
            return False
        if any(c.dep_.startswith("nsubj") and c.i < t.i for c in t.children):
            return False
        prev = doc[k]
        if prev.text == ",":
            return True
        if prev.lower_ in ("le", "l'", "l’") and k - 1 >= sent.start \
                and doc[k - 1].lower_ in ("comme", "que", "qu'", "qu’"):
            return True
        return prev.lower_ in ("qu'", "qu’") and k - 1 >= sent.start and doc[k - 1].lower_ == "ce"

    def _complement(self, t: Token, after: int, subj: tuple[int, int], sent: Span) -> tuple[int, int] | None:
        doc = self.doc
        comps = [c for c in t.children if c.dep_ in _COMPLEMENT_DEPS and c.i >= after and not (subj[0] <= c.i < subj[1])]
        if comps:
            first = comps[0]
            a = max(first.left_edge.i, after)
            b = max(first.right_edge.i, t.right_edge.i) + 1
            if self._is_whole_quote(a):
                return None
            b = min(b, sent.end)
            return doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        # A que-clause the parser attached elsewhere ("a annoncé samedi soir aux Français, …, que").
        for k in range(after, min(sent.end, after + 30)):
            if self.in_quote[k]:
                break
            if doc[k].lower_ in ("que", "qu'", "qu’") and doc[k].pos_ in ("SCONJ", "PRON") and \
                    (k == after or doc[k - 1].text == "," or doc[k - 1].pos_ in ("NOUN", "PROPN", "ADV")):
                return doc[k].idx, sent.end_char
            if doc[k].text == ":" and not self._is_whole_quote(k + 1):
                return doc[k].idx + 1, sent.end_char
            if doc[k].pos_ == "VERB" and doc[k].morph.get("VerbForm") != ["Part"]:
                break
        # No complement in the parse: what follows the verb, past incidental words
        # ("souligne, elle, le « cynisme »", "promet de son côté publier un livre").
        if t.morph.get("VerbForm") == ["Fin"]:
            k = after
            while k < sent.end and (doc[k].lower_ in _INCIDENTALS or doc[k].pos_ == "ADV" and doc[k].lower_ != "ne"):
                k += 1
            if k < sent.end - 1 and not doc[k].is_punct or k < sent.end and doc[k].text in ("«", "“"):
                if not self._is_whole_quote(k):
                    return doc[k].idx, sent.end_char
        return None

    def _is_whole_quote(self, k: int) -> bool:
        doc = self.doc
        while k < len(doc) and doc[k].is_space:
            k += 1
        return k < len(doc) and doc[k].text in ("«", "“", '"') and self.reader.starts_utterance_at(k)

    def _reported_clause(self, t: Token, subj: tuple[int, int], sent: Span) -> tuple[int, int] | None:
        """The writer's clause that an inverted cue reports."""
        doc = self.doc
        prev = doc[t.i - 1] if t.i > sent.start else None
        prev2 = doc[t.i - 2] if t.i - 1 > sent.start else None
        # "Comme le révèle X, CONTENT"
        if prev is not None and prev.lower_ in ("le", "l'", "l’") and prev2 is not None and prev2.lower_ == "comme":
            k = subj[1]
            while k < sent.end and doc[k].text != ",":
                k += 1
            if k + 1 >= sent.end - 1 and t.i - 3 > sent.start and doc[t.i - 3].text == ",":
                return sent.start_char, doc[t.i - 3].idx   # "CONTENT, comme le rapporte X."
            if k + 1 < sent.end:
                clause_end = k + 1
                while clause_end < sent.end and not (doc[clause_end].text == "," and clause_end + 1 < sent.end
                                                     and doc[clause_end + 1].lower_ == "comme"):
                    clause_end += 1
                return doc[k + 1].idx, doc[clause_end - 1].idx + len(doc[clause_end - 1].text)
            return None
        # "C'est ce qu'a indiqué X" → the sentence before.
        window = [x.lower_ for x in doc[max(sent.start, t.i - 4):t.i]]
        if "ce" in window and any(w in ("qu'", "qu’", "que") for w in window) and sent.start > 0:
            before = doc[sent.start - 1].sent
            return before.start_char, before.end_char
        # "CONTENT, révèle X." / "CONTENT, a-t-il précisé."
        comma = t.i - 1
        while comma > sent.start and (doc[comma].pos_ == "AUX" or doc[comma].text.startswith("-")
                                      and doc[comma].lower_.lstrip("-") in PRONOUN_GENDER or doc[comma].lower_ == "-t"):
            comma -= 1
        if comma > sent.start and doc[comma].text == "," and not self.in_quote[comma - 1]:
            return sent.start_char, doc[comma].idx
        return None
