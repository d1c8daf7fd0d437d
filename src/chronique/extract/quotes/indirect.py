"""Reported speech without quotation marks.

A speech verb of the lexicon (use ``any``) with a speaker introduces its complement:
``X a affirmé que …`` (que-clause), ``X promet de venir`` (infinitive), ``X nie toute rivalité``
(object), ``X a été clair : …`` (colon). Inverted and parenthetical cues report the writer's own
clause: ``Comme le révèle X, …``, ``…, rappelle X.``, ``C'est ce qu'a indiqué X`` (the sentence
before). ``selon X`` / ``d'après X`` report the rest of their sentence. A gerund set off by a
comma or "en" (``…, expliquant que …``) reports for the subject of its clause.

Not reports: the uses of speech verbs in ``non_speech``; verbs of perception or intention without
a clause (``a observé les radars``, tables.CLAUSE_ONLY_VERBS); a content that is a quotation
reporting itself (``X a prévenu : « … »``, ``« … » selon X``) or says nothing (a bare number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from ...article import Cue
from ...lang.fr.calendar import WEEKDAYS
from ..entities.tables import MEDIA, fold
from .attribution import QuoteReader, first_or_second_person, gerund_subject, is_gerund, is_passive, make_cue
from .cues import (PREPOSITION_STARTS, PREPOSITION_WORDS_AFTER, mistagged_present, preposition_cue,
                   preposition_may_follow, verb_cue)
from .lexicon import MULTIWORD_VERBS, PRESENT_FORMS, speech_verb
from .speaker_phrases import (is_role_word, name_run_end, np_before, plausible_speaker, postposed_np,
                              relative_antecedent, relative_que_subject, subject_np)
from .verb_forms import coordinated_gerund, inverted_clitic
from .non_speech import (infinitive_of_another_subject, not_asserted, pronominal_other_meaning, purpose_of_passive,
                         supports_someone)
from .tables import (
    CLAUSE_ALWAYS_VERBS, CLAUSE_ONLY_VERBS, CLOSING_MARKS, CONTENT_TAGS, CONTRAST_OPENERS, DE_CONTENT_CUES,
    DEGREE_ADVERBS, DOCUMENT_AUTHOR_NOUNS, FEELING_VERBS, HUMAN_GROUP_NOUNS, MEDIA_NOUNS, NAMING_VERBS,
    NO_NOUN_OBJECT_VERBS, ORGANISATION_HEAD_NOUNS, ORGANISATION_NOUNS, PAIRED_MARKS, PERSON_OBJECT_VERBS,
    PRONOUN_GENDER, PUBLICATION_NOUNS, ROLE_NOUNS, STRAIGHT_MARK, STRESSED_PRONOUNS, UNNAMED_SOURCE_NOUNS, WEEKDAYS,
)

_COMPLEMENT_DEPS = ("ccomp", "xcomp", "obj")
# Prepositions opening a phrase that names an addressee ("le révèle au grand public"), not a statement.
ADDRESSEE_WORDS = frozenset({"à", "au", "aux"})
# Longest speaker phrase after a cue that ends the sentence ("…, a annoncé le ministre de la Culture X").
MAX_POSTPOSED_SPEAKER_TOKENS = 10
# Words dating a cue that may stand between it and its content ("a déclaré mardi soir que").
CUE_TIME_WORDS = frozenset({"hier", "aujourd'hui", "soir", "matin", "midi", "dernier", "après-midi"})
_CLAUSE_BREAKS = frozenset({"mais", ";", ":"})
# Relative pronouns after a preposition ("durant lequel", "au cours de laquelle").
_PREPOSITIONAL_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "duquel", "auquel",
                                      "desquels", "desquelles", "auxquels", "auxquelles"})
# Words between a speech verb and its content that belong to neither ("souligne, elle, le …").
_INCIDENTALS = frozenset({",", "elle", "lui", "eux", "elles", "de", "son", "sa", "leur", "côté", "pour", "part",
                          "aussi", "également", "ainsi", "encore", "alors", "donc", "enfin", "quant", "à", "tour"})
_TRAILING = " \t\n,;:.!?…"
# Common nouns of those who speak: a gerund's subject must be one of them (or a name).
SPEAKING_NOUNS = ROLE_NOUNS | UNNAMED_SOURCE_NOUNS | HUMAN_GROUP_NOUNS | ORGANISATION_NOUNS | MEDIA_NOUNS \
    | PUBLICATION_NOUNS | DOCUMENT_AUTHOR_NOUNS
# Words after which "selon X," opens a new clause whose content follows it ("c'est parce que
# selon elles, …", "mais selon lui, …").
CLAUSE_OPENERS = frozenset({"que", "qu'", "qu’", "car", "mais", "et", "donc", "puisque", "or"})
# Punctuation after which a quotation stands on its own in the writer's sentence.
SETTING_OFF_MARKS = frozenset({",", ":", ";", "»", "”", '"', "(", "—", "–"})
# Opening and closing quotation marks (a straight " does both).
OPENING_MARKS = frozenset(PAIRED_MARKS) | {STRAIGHT_MARK}
# How many words may open a content before its infinitive ("ne pas le faire").
INFINITIVE_LOOKAHEAD = 4
# First words of the source phrases that may only relay someone else's report ("selon", "d'après").
SOURCE_PHRASE_WORDS = frozenset({"selon", "d'après"})
# "selon lequel/laquelle …": the source is the antecedent of the relative pronoun.
RELATIVE_PRONOUNS = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})


@dataclass
class IndirectItem:
    cue: Cue
    np: tuple[int, int]
    start: int
    end: int
    offset: int


# The ids the token arrays hold for the LOWER of the first words of source phrases (as written
# with either apostrophe: the test is on the word with a straight one) and of multi-word verbs:
# a string's hash, or a spaCy symbol's id ("aux" is one).
_PREPOSITION_START_HASHES = frozenset(get_string_id(form) for w in PREPOSITION_STARTS
                                      for form in {w, w.replace("'", "’")})
_MULTIWORD_HASHES = frozenset(get_string_id(w) for w in MULTIWORD_VERBS)
_PRESENT_HASHES = frozenset(get_string_id(w) for w in PRESENT_FORMS)
# "…, a-t-on appris auprès du parquet / de source policière": the wire's formula for a source.
_LEARN_HASH = get_string_id("apprendre")
_SOURCE_NOUNS = frozenset({"source", "sources"})


def _er_present(t: Token) -> bool:
    """"…, rappelle lundi Le Parisien": a present tense of a first-group verb the tagger calls a
    participle (whose participles end in "é", "ée", "és", "ées")."""
    low = t.lower_
    return t.lemma_.endswith("er") and low.endswith(("e", "es", "ent")) and not low.endswith(("ée", "ées"))


def _any_use(entry) -> bool:
    return entry is not None and entry.use == "any"


def trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without leading blanks and separators, nor trailing punctuation."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _without_channels(items: list[IndirectItem], doc: Doc) -> list[IndirectItem]:
    """"Selon Le Figaro, de nombreux experts réclament …": the experts speak and the paper is the
    channel. A source phrase ("selon X", "d'après X") naming an outlet, whose content holds the cue
    of another report, is not a statement of its own: the inner report is kept, once. A feeling
    ("selon Le Parisien, le maire s'inquiète de …") is what the outlet reports, not a report of its
    own; and a person or body ("selon le procureur, le suspect a affirmé …") reports, not relays.
    A pronoun source is the speaker of the inner report again ("X a estimé que …, selon elle")."""
    channels = [it for it in items if _outlet_source(it, doc) or _pronoun_source(it, doc)]
    if not channels:
        return items
    verbs = [it for it in items if it not in channels and it.cue.lemma not in FEELING_VERBS]
    return [it for it in items if not (it in channels and any(it.start <= v.cue.start < it.end for v in verbs))]


def _source_phrase(item: IndirectItem) -> bool:
    """A report by "selon X", "d'après X"."""
    return item.cue.lemma.replace("’", "'") in SOURCE_PHRASE_WORDS


def _pronoun_source(item: IndirectItem, doc: Doc) -> bool:
    """"selon elle", "d'après lui": a source phrase that is one stressed pronoun."""
    return _source_phrase(item) and item.np[1] - item.np[0] == 1 and doc[item.np[0]].lower_ in STRESSED_PRONOUNS


def _outlet_source(item: IndirectItem, doc: Doc) -> bool:
    """A "selon"/"d'après" phrase whose source is an outlet (a known one, or a media noun)."""
    if not _source_phrase(item):
        return False
    source = doc[item.np[0]:item.np[1]]
    return fold(source.text) in MEDIA or any(t.lower_ in MEDIA_NOUNS for t in source)


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
        if not len(doc):
            return out
        # Only a verb or a word opening a source phrase can be a cue: they are picked from the
        # token arrays, and those that cannot start one (``preposition_may_follow``, a verb of no
        # speech) are told from the arrays too, without a Token object and the checks of
        # ``_preposition`` and ``_verb``.
        strings = doc.vocab.strings
        lower_hashes, pos_ids, lemmas, orths = doc.to_array([LOWER, POS, LEMMA, ORTH]).T.tolist()
        candidates = [i for i, (h, p) in enumerate(zip(lower_hashes, pos_ids))
                      if p == VERB or h in _PREPOSITION_START_HASHES
                      or h in _PRESENT_HASHES and mistagged_present(doc[i])]
        if not candidates:
            return out
        in_quote, quote_cues = self.in_quote, self.quote_cues
        n, k = len(candidates), 0
        for sent in doc.sents:
            while k < n and candidates[k] < sent.end:
                i = candidates[k]
                k += 1
                if in_quote[i] or i in quote_cues:
                    continue
                prep = lower_hashes[i] in _PREPOSITION_START_HASHES
                if prep:
                    window = [strings[h].replace("’", "'") for h in lower_hashes[i:i + 1 + PREPOSITION_WORDS_AFTER]]
                    prep = preposition_may_follow(window, 0)  # else preposition_cue finds nothing
                verb = (pos_ids[i] == VERB or lower_hashes[i] in _PRESENT_HASHES) \
                    and (lower_hashes[i] in _MULTIWORD_HASHES or _any_use(
                    speech_verb(strings[lemmas[i]], strings[orths[i]])))  # else verb_cue finds no cue of use "any"
                learnt = lemmas[i] == _LEARN_HASH
                if not (prep or verb or learnt):
                    continue
                t = doc[i]
                item = (self._preposition(t, sent) if prep else None) or (self._verb(t, sent) if verb else None) \
                    or (self._learnt_from(t, sent) if learnt else None)
                if item is not None and item.end > item.start:
                    out.append(item)
        return _without_channels(out, doc)

    # -- selon X -------------------------------------------------------------------------
    def _preposition(self, t: Token, sent: Span) -> IndirectItem | None:
        doc = self.doc
        prep = preposition_cue(doc, t.i)
        if prep is None:
            return None
        entry, after = prep
        if after < sent.end and doc[after].lower_ in RELATIVE_PRONOUNS:
            return self._relative_source(t, after, entry, sent)
        if entry.lemma != "pour" and self._after_closing_mark(t.i, sent):
            # "… « ce qui est absurde » selon X": the source of the quotation, not of the sentence
            # ("Pour X, …" always opens its clause).
            return None
        np = postposed_np(doc, self.reader.skip_source_nouns(after, sent.end), sent.end, after_preposition=True)
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
        # "… parce que selon X, …", or after a verbless opener ("Par ailleurs, selon X, …")
        opens_clause = t.i > sent.start and (doc[t.i - 1].lower_ in CLAUSE_OPENERS or doc[t.i - 1].text == ","
                                             and not any(x.pos_ in ("VERB", "AUX") for x in doc[sent.start:t.i]))
        if after_phrase is not None and (phrase_start - s_start < 3 or opens_clause):
            start, end = after_phrase, s_end                    # Selon X, CONTENT. / … parce que selon X, CONTENT.
        elif k >= sent.end - 1 or (k < sent.end and doc[k].text == "."):
            start, end = s_start, phrase_start                  # CONTENT selon X.
        else:
            start = self._relative_clause_start(t) or self._clause_start(t.i, sent)  # … mais CONTENT, selon X, CONTENT.
            end = s_end
        start, end = trim_content(self.text, start, end)
        return IndirectItem(cue, np, start, end, doc[np[0]].idx)

    def _after_closing_mark(self, i: int, sent: Span) -> bool:
        """Token ``i`` follows the closing mark of a quotation (a comma between is allowed) that
        is the statement ``selon`` attributes: a quotation set off on its own (after a comma, a
        colon or the sentence start: ``…, « ce qui est absurde » selon X``) or making most of the
        sentence. Not a quoted noun (``Un « marchandage », selon lui.``) nor a fragment inside a
        longer clause of the writer (``… peut durer « deux ans » et …, selon lui.``): then
        ``selon`` reports the writer's sentence."""
        doc = self.doc
        k = i - 1
        while k >= 0 and (doc[k].is_space or doc[k].text == ","):
            k -= 1
        if k < 0 or doc[k].text not in CLOSING_MARKS or not self.in_quote[k]:
            return False
        span = self.reader.closing_at(k)
        if span is None:
            return True
        if self.reader.is_noun_term(span):
            return False
        before = self.text[sent.start_char:span.open]
        set_off = not before.strip() or before.rstrip()[-1:] in SETTING_OFF_MARKS
        return set_off or len(self.text[span.start:span.end].split()) >= len(before.split())

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
        start, stop = trim_content(self.text, doc[rel + 1].idx, doc[end - 1].idx + len(doc[end - 1].text))
        cue = make_cue(doc, t.i, rel + 1, entry.lemma)
        return IndirectItem(cue, (a, b), start, stop, doc[a].idx)

    def _relative_clause_start(self, t: Token) -> int | None:
        """"un voyage, durant lequel X s'est conduite, selon ses mots, …": a mid-sentence "selon" right
        after the verb of a relative clause qualifies that clause, from past its relative pronoun."""
        doc = self.doc
        k = t.i - 1
        if k < 1 or doc[k].text != ",":
            return None
        verb = doc[k - 1] if doc[k - 1].pos_ in ("VERB", "AUX") else doc[k - 1].head
        # (the relative pronoun hangs on that verb, whatever label the parse gave the clause; not "qui",
        # "que": "des os, qui ne se seraient pas développés, selon l'étude" is the study's whole sentence)
        rel = next((x for x in verb.children if x.i < verb.i and x.lower_ in _PREPOSITIONAL_RELATIVES), None)
        return doc[rel.i + 1].idx if rel is not None and rel.i + 1 < verb.i else None

    def _clause_start(self, i: int, sent: Span) -> int:
        doc = self.doc
        k = i - 1
        while k > sent.start:
            if doc[k].lower_ in _CLAUSE_BREAKS:
                return doc[k].idx + len(doc[k].text)
            k -= 1
        return sent.start_char

    def _learnt_from(self, t: Token, sent: Span) -> IndirectItem | None:
        """"Un détenu a été retrouvé mort, a-t-on appris auprès du parquet" (or "de source
        policière"): the clause before is what the source after "auprès de" / "de source" said."""
        doc = self.doc
        clitic = inverted_clitic(t)
        if clitic is None or doc[clitic].lower_.lstrip("-").removeprefix("t-") != "on":
            return None
        first = min(clitic, t.i)
        while first > sent.start and (doc[first - 1].pos_ == "AUX" or doc[first - 1].lower_ == "-t"):
            first -= 1
        k = t.i + 1
        if k + 1 < sent.end and doc[k].lower_ == "auprès" and doc[k + 1].lower_ in ("de", "du", "des", "d'", "d’"):
            np = postposed_np(doc, k + 2, sent.end)
        elif k + 1 < sent.end and doc[k].lower_ in ("de", "d'", "d’") and doc[k + 1].lower_ in _SOURCE_NOUNS:
            end = k + 2
            while end < sent.end and doc[end].pos_ == "ADJ":
                end += 1
            np = (k + 1, end)  # "de source policière", "de sources concordantes"
        else:
            return None
        if np is None or first <= sent.start or doc[first - 1].text != ",":
            return None
        start, end = trim_content(self.text, self._clause_start(first - 1, sent), doc[first - 1].idx)
        if end <= start:
            return None
        return IndirectItem(make_cue(doc, first, t.i + 1, "apprendre"), np, start, end, doc[np[0]].idx)

    # -- speech verbs ----------------------------------------------------------------------
    def _verb(self, t: Token, sent: Span) -> IndirectItem | None:
        doc = self.doc
        mistagged = mistagged_present(t)  # (a present the tagger read as a noun: "X dément une « baisse »")
        if t.pos_ != "VERB" and not mistagged:
            return None
        cue = verb_cue(doc, t.i)
        if cue is None or cue[0].use != "any":
            return None
        if t.i > 1 and doc[t.i - 1].lower_ in DEGREE_ADVERBS and doc[t.i - 2].pos_ == "NOUN":
            return None  # "une idée bien précise pour sa reconversion": an adjective
        entry, after = cue
        if is_passive(t) or first_or_second_person(t):
            return None
        if t.dep_ in ("acl", "amod") and t.morph.get("VerbForm") == ["Part"] and not is_gerund(t) \
                and not _er_present(t):
            return None  # "les plafonds proposés la semaine dernière": a participle describing a noun
        qui = next((c for c in t.children if c.dep_.startswith("nsubj") and c.lower_ == "qui"), None)
        if t.dep_ == "acl:relcl" and qui is not None:
            antecedent = relative_antecedent(qui)
            if not (antecedent.ent_type_ in ("PER", "ORG", "LOC") or antecedent.pos_ == "PROPN"
                    or antecedent.pos_ == "NOUN" and antecedent.lower_ in ORGANISATION_HEAD_NOUNS):
                return None  # "la première qui révèle son point de vue": not a speaker ("l'agence, qui" is)
        if self.reader.outermost_cue(t).i != t.i:
            return None  # reported inside another report: "X a dit qu'il regrettait"
        if relative_que_subject(t) is not None:
            return None  # "Une indifférence que confirme le maire": what is said is the noun before
        if not_asserted(t) or pronominal_other_meaning(t, entry.base) or infinitive_of_another_subject(t) \
                or purpose_of_passive(t):
            return None
        cue_obj = make_cue(doc, t.i, after, entry.base)
        clitic = self._clitic_subject(t, sent)
        inverted = clitic is not None or self._inverted_context(t, sent)
        subj = None if inverted else gerund_subject(t) or subject_np(t)
        # "« … », a expliqué le palais, ajoutant que …": the speaker of the incise goes on
        after_incise = is_gerund(t) and t.head.i in self.quote_cues and subj is not None and subj[0] > t.head.i
        if subj is not None and is_gerund(t) and not (after_incise or self._names_someone(*subj)):
            return None  # "Une chute …, rappelant que": the clause's subject is a thing
        if subj is not None and subj[0] > t.i:
            inverted = True
        elif subj is None or self.in_quote[subj[0]] and doc[subj[0]].text != "«":
            aux = next((c.i for c in t.children if c.dep_.startswith("aux") and c.i < t.i), None)
            subj = None if inverted else np_before(doc, t.i, sent.start) \
                if t.morph.get("VerbForm") == ["Fin"] or mistagged \
                else self.reader.apposed_name_subject(aux, sent.start) if aux is not None else None
            # ("Selon RTL, X, blessé au ventre, aurait déclaré …": the name the parse joined to the
            # source, set apart by commas before the auxiliary)
            inverted = inverted or subj is None
        if clitic is not None:
            subj = (clitic, clitic + 1)  # "…, a-t-il précisé."
        elif inverted:
            k = self.reader.skip_adverbs(after, sent.end)
            subj = postposed_np(doc, self.reader.skip_complements(k, sent.end), sent.end)  # "a indiqué à l'AFP X"
        if subj is None or not (after_incise or plausible_speaker(doc, *subj)):
            return None
        content = None
        if inverted:
            content = self._reported_clause(t, subj, sent)
        if content is None:
            content = self._complement(t, after, subj, sent)
            if content is not None and inverted and not self._clause_or_colon(content):
                # "« … » avait-elle écrit, une série de …", "…, résume-t-elle pour expliquer": after
                # an inverted cue, only a que-clause or a colon is what was said.
                return None
        if content is None and not inverted and entry.base in DE_CONTENT_CUES and after < sent.end \
                and doc[after].lower_ in ("de", "d'", "d’", "du", "des") and not self._negated(t, subj):
            content = doc[after].idx, sent.end_char  # "a fait état de trois nouveaux cas"
        if content is not None and not inverted and self._bare_name(content):
            # "…, rappelle lundi Le Parisien.", "L'Irak, qui …, rappelle Catherine Le Bris, « … »": a
            # name read as the verb's object is its postposed subject
            name = self._tokens_of(content)
            subj, inverted = (name.start, name.end), True
            content = self._reported_clause(t, subj, sent)
        if content is None or not self._says_something(content) or self._only_addressee(t, content):
            return None
        if doc[subj[0]].idx <= content[0] < doc[subj[1] - 1].idx + len(doc[subj[1] - 1].text):
            return None  # "…, rappelle un article du Point": the postposed subject is not what was said
        if entry.base in CLAUSE_ONLY_VERBS and (not inverted or entry.base in CLAUSE_ALWAYS_VERBS) \
                and not self._clause_or_colon(content):
            return None  # "a observé les radars", "souhaiterait reporter": not an utterance
        if entry.base in NAMING_VERBS and not inverted and self._names_pronoun(t, content):
            return None  # "elle l'appelle bébé": a name given, not a report
        if not inverted and self._negated(t, subj) and not self._clause_or_colon(content):
            return None  # "la police n'a pas écarté la piste criminelle": nothing was said
        if entry.base in NO_NOUN_OBJECT_VERBS and not inverted and not self._clause_or_colon(content) \
                and not self._infinitive(content):
            return None  # "en assurant un double rôle": providing, not saying
        if self._gerund_report(content):
            return None  # "conclut en expliquant que …": the gerund reports it
        if is_gerund(t) and not self._clause_or_colon(content) and not self._infinitive(content):
            return None  # "…, commentant ces résultats": a gerund with an object describes, it does not report
        start, end = trim_content(self.text, *content)
        end = self._content_end(t, start, end, relative=qui is not None and t.dep_ == "acl:relcl")
        if entry.base in PERSON_OBJECT_VERBS and not inverted and not self._clause_or_colon(content) \
                and supports_someone(t):
            return None  # "Téhéran soutient le régime syrien", "a félicité X": an act on someone
        start = self._past_time_words(start, end)
        return IndirectItem(cue_obj, subj, start, end, doc[subj[0]].idx)

    def _content_end(self, t: Token, start: int, end: int, relative: bool) -> int:
        """Where what ``t`` reports ends, short of the parse's subtree: before a present participle
        coordinated with it ("…, affirmant qu'il … et appelant à …", hung inside the first one's
        clause), and for a relative clause at the comma where the main verb resumes ("X, qui défend
        l'usage du vélo, déplore …")."""
        doc = self.doc
        k = self.reader.token_at(start) + 1
        clause = doc[k - 1].lower_ in ("que", "qu'", "qu’")  # (may go on: "…, alors qu'elle était à terre")
        while k < len(doc) and doc[k].idx < end:
            if k != t.i and coordinated_gerund(doc[k]):
                return trim_content(self.text, start, doc[k - 1].idx)[1]
            if relative and doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].pos_ in ("VERB", "AUX") \
                    and "Fin" in doc[k + 1].morph.get("VerbForm"):
                return trim_content(self.text, start, doc[k].idx)[1]
            if doc[k].text == "," and not self.in_quote[k] and k + 2 < len(doc) and not clause \
                    and doc[k + 2].lower_ in (CONTRAST_OPENERS.get(doc[k + 1].lower_) or ()):
                return trim_content(self.text, start, doc[k].idx)[1]  # "a dénoncé ces propos, tandis que Y …"
            k += 1
        return end

    def _past_time_words(self, start: int, end: int) -> int:
        """A content never opens on the day of the report ("a déclaré jeudi qu'…", "a dit mardi
        soir que"): those words date the cue."""
        k = self.reader.token_at(start)
        doc = self.doc
        while k < len(doc) and doc[k].idx < end and (doc[k].lower_ in WEEKDAYS or doc[k].lower_ in CUE_TIME_WORDS):
            k += 1
        return doc[k].idx if k < len(doc) and doc[k].idx < end else start

    # -- the shape of a report -------------------------------------------------------------
    def _names_someone(self, a: int, b: int) -> bool:
        """A name, a pronoun or a noun of someone who speaks (not just any indefinite phrase)."""
        doc = self.doc
        if any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PER", "ORG") for t in doc[a:b]):
            return True
        head = next((t for t in doc[a:b] if t.pos_ == "NOUN"), None)
        return head is not None and bool({head.lower_, head.lemma_.lower()} & SPEAKING_NOUNS)

    def _bare_name(self, content: tuple[int, int]) -> bool:
        """A name alone after the verb (a person's or an organisation's: "Catherine Le Bris",
        "Le Parisien"), as the parser may read a postposed subject."""
        words = [t for t in self._tokens_of(content) if not t.is_punct]
        if words and words[0].pos_ == "DET":
            words = words[1:]  # "Le Parisien", "l'AFP"
        return bool(words) and name_run_end(self.doc, words[0].i, words[-1].i + 1) == words[-1].i + 1 \
            and any(t.ent_type_ in ("PER", "ORG") for t in words)

    def _tokens_of(self, content: tuple[int, int]) -> Span:
        return self.doc[self.reader.token_at(content[0]):self.reader.token_at(max(content[0], content[1] - 1)) + 1]

    def _says_something(self, content: tuple[int, int]) -> bool:
        """A content with a word that carries meaning (not "en annonçait 21": a bare number)."""
        return any(t.pos_ in CONTENT_TAGS for t in self._tokens_of(content))

    def _names_pronoun(self, t: Token, content: tuple[int, int]) -> bool:
        """The verb's object is a pronoun (a clitic or a relative "que") and what follows it is no "à"
        or "pour" complement ("l'a appelé pour lui dire que …") nor a clause: the name given to them."""
        first = self._tokens_of(content)[0]
        return any(c.dep_ == "obj" and c.pos_ == "PRON" and c.i < t.i for c in t.children) \
            and not {first.lower_, self.doc[first.i - 1].lower_} & {"à", "au", "aux", "pour"} \
            and not self._clause_or_colon(content)

    def _negated(self, t: Token, subj: tuple[int, int]) -> bool:
        """"Aucun témoin n'a fait état de …": a negated cue or a subject that denies it."""
        return any(c.lower_ in ("ne", "n'", "n’") for c in t.children) \
            or self.doc[subj[0]].lower_ in ("aucun", "aucune", "personne", "nul", "nulle")

    def _only_addressee(self, t: Token, content: tuple[int, int]) -> bool:
        """``le révèle au grand public``: the verb has its object already, what follows is whom to."""
        words = self._tokens_of(content)
        return bool(len(words)) and words[0].lower_ in ADDRESSEE_WORDS \
            and any(c.dep_ == "obj" and c.i < t.i for c in t.children) \
            and not any(w.pos_ in ("VERB", "AUX") for w in words)

    def _clause_or_colon(self, content: tuple[int, int]) -> bool:
        """The content is a que-clause or follows a colon."""
        head = self.text[content[0]:content[0] + 4].lower().lstrip()
        before = self.text[max(0, content[0] - 3):content[0]].strip()
        return re.match(r"(?:que\b|qu['’])", head) is not None or before.endswith(":")

    def _infinitive(self, content: tuple[int, int]) -> bool:
        """The content opens on an infinitive ("ne pas le faire", "de venir")."""
        return any(t.morph.get("VerbForm") == ["Inf"] for t in self._tokens_of(content)[:INFINITIVE_LOOKAHEAD])

    def _gerund_report(self, content: tuple[int, int]) -> bool:
        """The content opens on "en" + a speech verb in the gerund, which reports it itself."""
        toks = self._tokens_of(content)
        return len(toks) > 1 and toks[0].lower_ == "en" and toks[1].morph.get("VerbForm") == ["Part"] \
            and verb_cue(self.doc, toks[1].i) is not None

    def _clitic_subject(self, t: Token, sent: Span) -> int | None:
        """``…, a-t-il précisé`` / ``…, estime-t-elle``: the inverted clitic subject of the verb."""
        doc = self.doc
        for k in (t.i - 1, inverted_clitic(t)):
            if k is not None and sent.start <= k < sent.end and doc[k].text.startswith("-") \
                    and doc[k].lower_.lstrip("-") in PRONOUN_GENDER and doc[k].lower_ != "-on":
                return k
        return None

    def _inverted_context(self, t: Token, sent: Span) -> bool:
        """``…, révèle X`` / ``comme le rappelle X`` / ``c'est ce qu'a indiqué X``: the subject follows."""
        doc = self.doc
        if is_gerund(t):
            return False  # "…, expliquant que": the gerund of the clause's subject
        k = t.i - 1
        while k >= sent.start and (doc[k].pos_ in ("AUX", "ADV") or doc[k].lower_ in ("-t", "a", "avait", "ont")):
            k -= 1  # (past adverbs in the verb group: "…, a encore indiqué X")
        if k < sent.start:
            return False
        prev = doc[k]
        subjects = [c for c in t.children if c.dep_.startswith("nsubj") and c.i < t.i]
        if subjects:
            # "Parmi les sites, aucun château, a annoncé le ministre X.": a verbless statement the
            # parser made the subject (no name, no speaker of its own); the person after the verb,
            # ending the sentence, says it
            return prev.text == "," and self._person_ends_sentence(t, sent) \
                and not any(is_role_word(c) or any(x.ent_type_ in ("PER", "ORG") for x in c.subtree) for c in subjects)
        if prev.text == ",":
            return True
        if prev.lower_ in ("le", "l'", "l’") and k - 1 >= sent.start \
                and doc[k - 1].lower_ in ("comme", "que", "qu'", "qu’"):
            return True
        return prev.lower_ in ("qu'", "qu’") and k - 1 >= sent.start and doc[k - 1].lower_ == "ce"

    def _person_ends_sentence(self, t: Token, sent: Span) -> bool:
        """The words after verb ``t`` up to the sentence's end name a person (a role or a person's name)."""
        rest = [x for x in self.doc[t.i + 1:sent.end] if not x.is_punct]
        return bool(rest) and len(rest) <= MAX_POSTPOSED_SPEAKER_TOKENS \
            and (rest[0].ent_type_ == "PER" or is_role_word(rest[0])
                 or rest[0].lower_ in ("le", "la", "l'") and len(rest) > 1 and is_role_word(rest[1]))

    def _complement(self, t: Token, after: int, subj: tuple[int, int], sent: Span) -> tuple[int, int] | None:
        doc = self.doc
        comps = [c for c in t.children if c.dep_ in _COMPLEMENT_DEPS and c.i >= after and not (subj[0] <= c.i < subj[1])]
        clause = next((c for c in comps if c.dep_ == "ccomp"), None)
        if clause is not None and all(c.i == c.left_edge.i == c.right_edge.i for c in comps if c.i < clause.i):
            comps = [clause]  # "a assuré mi-mars que …": a bare time word read as the object
        if comps:
            first = comps[0]
            a = max(first.left_edge.i, after)
            if first.lower_ in WEEKDAYS and first.i == a:
                # "a prévenu vendredi qu'on observait …": the day, read as an object with a relative
                # clause, is when it was said; the que-clause is what
                a = next((c.left_edge.i for c in first.children if c.dep_ == "acl:relcl"
                          and c.left_edge.lower_ in ("que", "qu'", "qu’")), a)
            b = max(first.right_edge.i, t.right_edge.i) + 1
            if self._is_whole_quote(a) or self._inside_whole_quote(a):
                return None  # "X a prévenu : « … »": the quotation reports itself
            # ... up to a verb coordinated to the cue ("… et appelle …") or a gerund of its own ("…, estimant que")
            b = min([b, sent.end] + [c.left_edge.i for c in t.children if c.i > a and (
                c.dep_ == "conj" and c.pos_ == "VERB" or c.dep_ == "advcl" and is_gerund(c))])
            if self.in_quote[a]:
                b = self._before_contrast(a, b)
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
        if t.morph.get("VerbForm") == ["Fin"] or mistagged_present(t):
            k = after
            while k < sent.end and (doc[k].lower_ in _INCIDENTALS or doc[k].pos_ == "ADV" and doc[k].lower_ != "ne"):
                k += 1
            if k < sent.end - 1 and not doc[k].is_punct or k < sent.end and doc[k].text in ("«", "“"):
                if not self._is_whole_quote(k):
                    return doc[k].idx, sent.end_char
        return None

    def _before_contrast(self, a: int, b: int) -> int:
        """The end of a content opening on a quoted fragment: before ", tandis que …", ", mais …"."""
        doc = self.doc
        for k in range(a + 1, b - 1):
            if doc[k].text == "," and not self.in_quote[k]:
                follows = CONTRAST_OPENERS.get(doc[k + 1].lower_, ())
                if follows is None or k + 2 < b and doc[k + 2].lower_ in follows:
                    return k
        return b

    def _fragment_closes_at(self, k: int) -> bool:
        """Token ``k`` closes a quotation that is a fragment of the writer's sentence."""
        span = self.reader.closing_at(k)
        return span is not None and not self.reader.starts_utterance(span)

    def _inside_whole_quote(self, k: int) -> bool:
        """Token ``k`` lies inside a quotation that is a whole utterance (not at its opening mark)."""
        doc = self.doc
        m = k
        while m >= 0 and self.in_quote[m] and doc[m].text not in OPENING_MARKS:
            m -= 1
        return m != k and m >= 0 and self.in_quote[m] and self._is_whole_quote(m)

    def _is_whole_quote(self, k: int) -> bool:
        doc = self.doc
        while k < len(doc) and doc[k].is_space:
            k += 1
        return k < len(doc) and doc[k].text in ("«", "“", '"') and self.reader.starts_utterance_at(k)

    def _reported_clause(self, t: Token, subj: tuple[int, int], sent: Span) -> tuple[int, int] | None:
        """The writer's clause that an inverted cue reports."""
        doc = self.doc
        v = t.i  # the verb group's first word: "comme l'a confirmé X" reads as "comme le confirme X"
        while v - 1 > sent.start and (doc[v - 1].pos_ in ("AUX", "ADV") or doc[v - 1].lower_ in ("a", "avait")):
            v -= 1
        prev = doc[v - 1] if v > sent.start else None
        prev2 = doc[v - 2] if v - 1 > sent.start else None
        # "Comme le révèle X, CONTENT"
        if prev is not None and prev.lower_ in ("le", "l'", "l’") and prev2 is not None and prev2.lower_ == "comme":
            k = subj[1]
            while k < sent.end and doc[k].text != ",":
                k += 1
            if (k + 1 >= sent.end - 1 or subj[1] < sent.end and doc[subj[1]].text == "," and v - 3 - sent.start >= 3) \
                    and v - 3 > sent.start and doc[v - 3].text == ",":  # (an apposition after X: "…, porte-parole")
                return sent.start_char, doc[v - 3].idx   # "CONTENT, comme le rapporte X."
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
        while comma > sent.start and (doc[comma].pos_ in ("AUX", "ADV") or doc[comma].text.startswith("-")
                                      and doc[comma].lower_.lstrip("-") in PRONOUN_GENDER or doc[comma].lower_ == "-t"):
            comma -= 1
        if comma > sent.start and doc[comma].text == "," and not self.in_quote[sent.start] \
                and (not self.in_quote[comma - 1] or self._fragment_closes_at(comma - 1)):
            # "« … », avait-il écrit, rappelle X": the quotation's business; but a fragment quoted
            # inside the writer's clause ("… condamné pour « … », a déclaré X") leaves it reported.
            return sent.start_char, doc[comma].idx
        return None
