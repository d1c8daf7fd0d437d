"""Attributing one quotation: where its cue and speaker phrase are, and what kind of quotation it is.

Looked for in this order, as a reader would:
1. an incise right after the closing mark (``», précise ainsi X``, ``», a-t-il ajouté``,
   ``» selon X``) or a colon then the subject (titles: ``« Nous ne céderons pas » : la ministre…``);
2. an introduction before the opening mark ending in a colon (``X a déclaré :``,
   ``Et X de rappeler :``, ``l'épouse du chef de l'État semble à l'aise :``);
3. a speech verb governing a fragment in the writer's sentence (``X estime que … « … »``) or a
   ``selon X`` in the same sentence;
4. otherwise the quotation continues the previous speaker (resolved later, in text order).
Terms, names and scare quotes (``le plan « France 2030 »``) get no attribution at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ...article import Cue
from .cues import noun_cue, preposition_cue, verb_cue
from .marks import MarkSpan
from .speaker_phrases import np_before, plausible_speaker, postposed_np, subject_np, trim_subject
from .tables import (
    CHARGE_NOUNS, CHARGE_VERBS, CHARGE_WINDOW, COMPLEMENT_MARKERS, CUE_ADVERBS, LEGAL_TEXT_NOUNS, NAME_TITLES,
    NAMING_NOUNS, PENALTY_NOUNS, PRONOUN_GENDER, RELATIVE_SOURCE_PREPOSITIONS, RELAY_VERBS, SETTING_MAX_TOKENS,
    SETTING_PREPOSITIONS, UTTERANCE_COORDINATORS,
)

# A fragment of at most this many words without a conjugated verb is a term unless a speech verb
# governs it (calibrated on gold/dev: "LBD parlementaire", "cynisme" vs "stade 3", "gilets jaunes").
TERM_MAX_WORDS = 4
# How many tokens an incise may hold before its verb ("a pour sa part indiqué" has 5).
INCISE_WINDOW = 7
# How many heads a gerund climbs to find the subject of its clause (as in ``indirect``).
GERUND_HOPS = 4
# How far back (tokens) a speech verb may stand from the fragment it introduces.
GOVERNING_WINDOW = 40
_CLITICS = frozenset({"-t", "t", "-il", "-elle", "-ils", "-elles", "-on", "il", "elle", "ils", "elles", "on",
                      "se", "s'", "s’", "lui", "leur", "en", "y", "-t-il", "-t-elle", "ne", "n'", "pas"})
_AUX_FORMS = frozenset({"a", "avait", "aurait", "ont", "avaient", "auraient", "aura", "est", "était", "sont",
                        "étaient", "a-t-il", "a-t-elle", "avait-il", "avait-elle", "eut"})
# Subject pronouns of a quoted predicate ("Il « refuse de céder »").
PREDICATE_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
_ARGUMENT_DEPS = ("obj", "ccomp", "xcomp", "obl:arg", "obl", "iobj")
_INCIDENTAL_WORDS = frozenset({",", "elle", "lui", "eux", "elles", "aussi", "également", "ainsi", "encore", "alors",
                               "donc", "-t", "-il", "-elle", "-ils", "-elles"})


@dataclass
class Attribution:
    """What the text says about who uttered a quotation (speaker phrase not yet resolved)."""
    how: str                        # incise | intro | governed | selon | predicate | continue | orphan | term | none
    np: tuple[int, int] | None      # token range of the speaker phrase
    cue: Cue | None
    offset: int                     # where the attribution is read (orders resolution)


def make_cue(doc: Doc, i: int, end: int, lemma: str) -> Cue:
    span = doc[i:end]
    return Cue(text=span.text, lemma=lemma, start=span.start_char, end=span.end_char)


def is_passive(verb) -> bool:
    """``elle est accusée d'« avoir menti »``: the subject did not say it."""
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return True
    # The tagger marks some past participles passive after "a-t-il": the avoir auxiliary says otherwise.
    return verb.morph.get("Voice") == ["Pass"] and not any(
        c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children)


def is_adjectival(verb) -> bool:
    """``les plafonds proposés la semaine dernière``: a participle describing a noun."""
    return verb.dep_ in ("acl", "amod") and verb.morph.get("VerbForm") == ["Part"]


def first_or_second_person(verb) -> bool:
    """``notons une augmentation``: the writer addressing the reader, not a report."""
    return verb.morph.get("Person") in (["1"], ["2"])


def is_gerund(verb) -> bool:
    """``…, expliquant que …`` / ``en expliquant``: a present participle set off by a comma or "en",
    which tells what the subject of its clause does (not a participle describing a noun)."""
    return verb.morph.get("VerbForm") == ["Part"] and verb.morph.get("Tense") == ["Pres"] and verb.i > 0 \
        and verb.doc[verb.i - 1].lower_ in (",", "en")


def gerund_subject(verb) -> tuple[int, int] | None:
    """``X a réagi au fait que Y a …, déplorant « … »``: a gerund speaks for the subject of the
    clause it hangs on — not for the subject of a reported or subordinate clause on the way, which
    the parse often makes its head."""
    if not is_gerund(verb):
        return None
    node = verb.head
    for _ in range(GERUND_HOPS):
        # Skip reported and subordinate clauses ("que Y a présenté …"): their subject is not the one acting.
        if node.dep_ != "ccomp" and not any(c.dep_ == "mark" for c in node.children):
            subj = next((c for c in node.children if c.i < verb.i and (c.dep_ in ("nsubj", "nsubj:pass")
                         or c.dep_ == "expl:subj" and c.lower_ in PRONOUN_GENDER)), None)
            if subj is not None:
                return trim_subject(subj)
        if node.head is node:
            break
        node = node.head
    return None


def is_name_like(text: str) -> bool:
    """« Paris Respire », « Choose France »: every word capitalised (or a number)."""
    words = [w for w in text.replace("-", " ").split() if w[:1].isalnum()]
    small = {"de", "du", "des", "la", "le", "les", "et", "d'", "l'", "à", "en", "of", "the", "for"}
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w.lower() in small for w in words) \
        and (words[0][0].isupper() or words[0][0].isdigit())


class QuoteReader:
    """Reads kind and attribution of the quotations of one parsed article."""

    def __init__(self, doc: Doc, text: str, spans: list[MarkSpan], token_at, in_quote: list[bool]):
        self.doc = doc
        self.text = text
        self.spans = spans
        self.token_at = token_at
        self.in_quote = in_quote
        self._by_open = {s.open: s for s in spans}
        self._by_close = {s.close: s for s in spans if s.close is not None}

    # -- kind ----------------------------------------------------------------------------
    def starts_utterance_at(self, i: int) -> bool:
        """Whether token ``i`` opens a quotation that is a whole utterance."""
        span = self._by_open.get(self.doc[i].idx)
        return span is not None and self.starts_utterance(span)

    def closing_at(self, i: int) -> MarkSpan | None:
        """The quotation whose closing mark is token ``i``, if any."""
        return self._by_close.get(self.doc[i].idx)

    def is_noun_term(self, span: MarkSpan) -> bool:
        """A short verbless quotation after a determiner: a quoted noun (``un « marchandage »``)."""
        return self.is_term(span) and self.after_determiner(span)

    def starts_utterance(self, span: MarkSpan) -> bool:
        """Nothing of the writer's sentence before the opening mark (or only an introduction and a colon)."""
        i = self.token_at(span.open)
        doc = self.doc
        if i < len(doc) and doc[i].idx < span.open:
            return False  # the mark is glued inside a token
        j = i - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0:
            return True
        prev = doc[j]
        if "\n" in doc[j + 1].text if j + 1 < i else False:
            return True
        if prev.text == ")" and self.text[span.start:span.start + 1].isupper():
            return True  # "… (en français)« Mon vote … »": run-in text after a caption
        if prev.lower_ in UTTERANCE_COORDINATORS and j > 0:
            # "« A » et « B », a ajouté X": B coordinated with a whole utterance is one too.
            before = self._by_close.get(doc[j - 1].idx)
            if before is not None and before is not span and before.open < span.open:
                return self.starts_utterance(before)
        return prev.text in (":", ".", "!", "?", "…", "»", "”", '"', "—", "–", "-") \
            or self.doc[i].is_sent_start or "\n" in self.text[prev.idx:span.open]

    def content_tokens(self, span: MarkSpan) -> list:
        a = self.token_at(span.start)
        b = self.token_at(max(span.start, span.end - 1)) + 1
        return [t for t in self.doc[a:b] if not t.is_space]

    def has_finite_verb(self, span: MarkSpan) -> bool:
        return any(t.pos_ in ("VERB", "AUX") and (t.morph.get("VerbForm") or [""])[0] in ("Fin", "Inf")
                   for t in self.content_tokens(span))

    def is_term(self, span: MarkSpan) -> bool:
        """Short, verbless fragment: a name, a term, a slogan or a scare quote (until a cue claims it)."""
        content = self.text[span.start:span.end]
        if len(content.split()) > TERM_MAX_WORDS or self.has_finite_verb(span):
            return False
        return True

    def after_naming_noun(self, span: MarkSpan) -> bool:
        """le plan « … », le collectif « … », l'opération « … » — or a capitalised name."""
        i = self.token_at(span.open) - 1
        doc = self.doc
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i >= 0 and doc[i].lower_ in NAMING_NOUNS:
            return True
        return is_name_like(self.text[span.start:span.end])

    # -- attribution ---------------------------------------------------------------------
    def after_determiner(self, span: MarkSpan) -> bool:
        """``un « cartel »``, ``du « captagon »``, ``un « Que sais-je ? »``: the quotation is a noun."""
        i = self.token_at(span.open) - 1
        doc = self.doc
        while i >= 0 and doc[i].is_space:
            i -= 1
        return i >= 0 and (doc[i].pos_ == "DET" or doc[i].lower_ in ("du", "des", "au", "aux", "d'", "d’"))

    def is_dash_heading(self, span: MarkSpan) -> bool:
        """``- "Promotion remarquable" -``: a subheading of a dispatch, nobody's words."""
        before = self.text[max(0, span.open - 3):span.open].rstrip()
        after = self.text[span.outer_end:span.outer_end + 3].lstrip()
        return before[-1:] in ("-", "–", "—") and after[:1] in ("-", "–", "—")

    def _previous_word(self, span: MarkSpan) -> int:
        """The word before the opening mark (the token the mark is glued to: "d'«")."""
        i = self.token_at(span.open)
        if i < len(self.doc) and self.doc[i].idx < span.open:
            return i
        i -= 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return i

    def names_charge(self, span: MarkSpan) -> bool:
        """``condamnée à un an pour « espionnage »``, ``l'accusation de « … »``: the wording of a
        charge, nobody's words."""
        doc = self.doc
        i = self._previous_word(span)
        if i < 0 or self.in_quote[i] and doc[i].idx >= span.open:
            return False
        low = doc[i].lower_
        before = self.text[max(0, span.open - 4):span.open].rstrip().lower()
        if before.endswith((" de", " d'", " d’", "'d'", "’d’")) or low in COMPLEMENT_MARKERS:
            k = self.token_at(self.text.rfind("d", 0, span.open)) - 1  # the word before "de"/"d'"
            while k >= 0 and doc[k].pos_ == "ADJ":
                k -= 1
            return k >= 0 and doc[k].lower_ in CHARGE_NOUNS
        if low != "pour":
            return False
        floor = max(doc[i].sent.start, i - CHARGE_WINDOW)
        return any(doc[k].lemma_.lower() in CHARGE_VERBS and doc[k].pos_ in ("VERB", "AUX")
                   or doc[k].lower_ in PENALTY_NOUNS for k in range(floor, i))

    def is_legal_wording(self, span: MarkSpan) -> bool:
        """``un projet de loi « relatif à … »``: a fragment right after the noun of a legal text
        (maybe with an adjective or a complement: "loi d'urgence") is that text's own wording."""
        doc = self.doc
        i = self._previous_word(span)
        for k in range(i, max(-1, i - 4), -1):
            if doc[k].is_punct or self.in_quote[k]:
                return False
            if doc[k].lower_ in LEGAL_TEXT_NOUNS and doc[k].pos_ == "NOUN":
                return True
        return False

    def _relative_source(self, span: MarkSpan) -> Attribution | None:
        """``…, a affirmé la députée X, pour qui « … »``: a relative "pour qui"/"selon qui" before the
        quotation gives it to the antecedent of "qui", the phrase just before."""
        doc = self.doc
        i = self._previous_word(span)
        if i < 2 or doc[i].lower_ != "qui" or doc[i - 1].lower_ not in RELATIVE_SOURCE_PREPOSITIONS:
            return None
        k = i - 2
        while k >= 0 and (doc[k].is_space or doc[k].text == ","):
            k -= 1
        if k < 0 or self.in_quote[k]:
            return None
        if doc[k].pos_ == "PROPN" or doc[k].ent_type_ == "PER":
            a = k  # the name that ends the phrase ("la maire de Lille Claire Martin, pour qui")
            while a - 1 >= 0 and (doc[a - 1].pos_ == "PROPN" or doc[a - 1].ent_type_ == "PER") \
                    and doc[a - 1].ent_type_ == doc[k].ent_type_:
                a -= 1
            np = (a, k + 1)
        else:
            np = np_before(doc, k + 1, doc[k].sent.start)
        if np is None or not plausible_speaker(doc, *np):
            return None
        return Attribution("selon", np, make_cue(doc, i - 1, i + 1, doc[i - 1].lower_), doc[np[0]].idx)

    def attribute(self, span: MarkSpan, direct: bool, term: bool) -> Attribution:
        relative = self._relative_source(span)
        if relative is not None:
            return relative
        if self.is_dash_heading(span) or not direct and (self.names_charge(span) or self.is_legal_wording(span)):
            return Attribution("none", None, None, span.start)
        if term and self.after_naming_noun(span):
            return Attribution("none", None, None, span.start)
        if not direct and self.after_determiner(span) and self.text[span.start:span.start + 1].isupper():
            # A title (un « Que sais-je ? ») unless a speech verb takes it as its object
            # (évoque un « LBD parlementaire »).
            return self._governed(span, True) or Attribution("none", None, None, span.start)
        found = self._right(span, term)
        if found is not None and direct and self._relays(found):
            # "X monte au créneau : « … », rapporte Le Parisien": the outlet relays X's words.
            intro = self._intro(span)
            if intro is not None and intro.np is not None:
                found = Attribution(intro.how, intro.np, intro.cue or found.cue, intro.offset)
        if found is None and direct:
            found = self._intro(span)
        if found is None and not direct:
            found = self._governed(span, term)
        if found is None and not (term and self.after_determiner(span)):
            found = self._selon_in_sentence(span)
        if found is not None and found.np is not None and found.how != "incise" \
                and not plausible_speaker(self.doc, *found.np):
            found = Attribution("continue", None, found.cue, span.start) if not term else None
        if found is not None:
            return found
        if term:
            # A bare term: nobody's words, unless it lies in someone's reported speech (the stage
            # decides once reported speech is found: "Pour X, cette décision « très lourde » …").
            return Attribution("term", None, None, span.start)
        if not direct:
            subject = self._subject_of_quoted_predicate(span)
            if subject is not None:
                return Attribution("predicate", subject, None, self.doc[subject[0]].idx)
            # A fragment of the writer's sentence with no cue of its own: its speaker is not
            # said (the previous speaker is a guess too often wrong on unseen articles).
            return Attribution("orphan", None, None, span.start)
        return Attribution("continue", None, None, span.start)

    def _subject_of_quoted_predicate(self, span: MarkSpan) -> tuple[int, int] | None:
        """``Il « refuse de céder »``, ``Marc Lenoir « ne lâchera rien »``: the quotation is the
        predicate of a pronoun or a name written just before it, who speaks the words (a common
        noun is left alone: ``l'enquête « s'inscrit dans … »`` quotes someone else)."""
        doc = self.doc
        i = self.token_at(span.open) - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].dep_ not in ("nsubj", "nsubj:pass") or not self.in_quote[doc[i].head.i] \
                or doc[i].head.i < self.token_at(span.open):
            return None
        tok = doc[i]
        if not (tok.lower_ in PREDICATE_PRONOUNS or tok.pos_ == "PROPN"):
            return None
        return trim_subject(tok)

    @staticmethod
    def _relays(found: Attribution) -> bool:
        """An incise that names who relays the words ("rapporte X"), not who said them."""
        return found.how == "incise" and found.cue is not None and found.cue.lemma in RELAY_VERBS

    def _first_token_after(self, offset: int) -> int:
        doc = self.doc
        i = self.token_at(offset)
        while i < len(doc) and (doc[i].idx < offset or doc[i].is_space):
            i += 1
        return i

    def _sentence_end(self, i: int) -> int:
        doc = self.doc
        k = i
        while k < len(doc) and not (k > i and doc[k].is_sent_start) and "\n" not in doc[k].text:
            k += 1
        return k

    def _right(self, span: MarkSpan, term: bool) -> Attribution | None:
        doc = self.doc
        i = self._first_token_after(span.outer_end)
        if i >= len(doc) or "\n" in self.text[span.outer_end:doc[i].idx]:
            return None
        tok = doc[i]
        limit = self._sentence_end(i)
        prep = preposition_cue(doc, i)
        if prep is not None:
            np = postposed_np(doc, self.skip_source_nouns(prep[1], limit), limit, after_preposition=True)
            if np:
                return Attribution("selon", np, make_cue(doc, i, prep[1], prep[0].lemma), doc[np[0]].idx)
            return None
        if tok.text == ":" and not term:
            np = postposed_np(doc, i + 1, limit)
            if np and (doc[np[0]].pos_ in ("PROPN", "DET") or doc[np[0]].ent_type_):
                verb = next((t for t in doc[np[1]:min(limit, np[1] + 6)] if t.pos_ == "VERB"), None)
                if verb is not None and verb_cue(doc, verb.i):
                    return Attribution("incise", np, make_cue(doc, verb.i, verb.i + 1, verb_cue(doc, verb.i)[0].base),
                                       doc[np[0]].idx)
            return None
        if tok.text not in (",", "—", "–") and not (tok.pos_ in ("VERB", "AUX") and not term):
            return None
        j = i + 1 if tok.text in (",", "—", "–") else i
        pronoun = None
        k = j
        while k < min(limit, j + INCISE_WINDOW):
            t = doc[k]
            low = t.lower_
            if low.lstrip("-") in PRONOUN_GENDER and low.startswith("-"):
                pronoun = k
                k += 1
                continue
            cue = verb_cue(doc, k, incise=True)
            if cue is not None:
                entry, after = cue
                m = after
                while m < limit and (doc[m].lower_ in CUE_ADVERBS or doc[m].lower_ in _CLITICS
                                     and doc[m].text.startswith("-")):
                    if doc[m].lower_.lstrip("-") in PRONOUN_GENDER and doc[m].text.startswith("-"):
                        pronoun = m
                    m += 1
                cue_obj = make_cue(doc, k, after, entry.base)
                if pronoun is not None and doc[pronoun].lower_ == "-on":
                    # "s'agace-t-on dans l'entourage du ministre": the phrase after says who "on" is.
                    if m < limit and doc[m].lower_ in ("dans", "chez", "parmi"):
                        np = postposed_np(doc, m + 1, limit)
                        if np:
                            return Attribution("incise", np, cue_obj, doc[np[0]].idx)
                    return Attribution("orphan", None, cue_obj, doc[pronoun].idx)
                if pronoun is not None:
                    return Attribution("incise", (pronoun, pronoun + 1), cue_obj, doc[pronoun].idx)
                while m + 1 < limit and doc[m].text == "," and (doc[m + 1].pos_ in ("DET", "PROPN")
                                                                  or doc[m + 1].lower_ in NAME_TITLES):
                    m += 1  # "a déclaré lundi, Leonor Briones, la ministre"
                m = self.skip_complements(m, limit)
                np = postposed_np(doc, m, limit)
                if np:
                    return Attribution("incise", np, cue_obj, doc[np[0]].idx)
                return None
            if low in _AUX_FORMS or low in _CLITICS or low in CUE_ADVERBS or t.pos_ == "ADV":
                k += 1
                continue
            break
        return None

    def skip_complements(self, m: int, limit: int) -> int:
        """Skip addressee and setting complements, in any order, before a postposed subject:
        ``a affirmé sur Twitter le député``, ``a confié au Parisien dans un entretien la ministre``."""
        for _ in range(3):
            k = self.skip_setting(self.skip_addressee(m, limit), limit)
            if k == m:
                break
            m = k
        return m

    def skip_setting(self, m: int, limit: int) -> int:
        """``sur Twitter``, ``dans un communiqué``, ``lors d'une conférence de presse``: a complement
        of setting, skipped when a subject (a determiner, a title or a name) follows it."""
        doc = self.doc
        if m >= limit or doc[m].lower_ not in SETTING_PREPOSITIONS:
            return m
        k = m + 1
        if k < limit and doc[k].lower_ in COMPLEMENT_MARKERS:
            k += 1  # "lors d'une"
        if k < limit and doc[k].pos_ == "DET":
            k += 1
        start = k
        while k < limit and k - start < SETTING_MAX_TOKENS:
            t = doc[k]
            if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") and not (t.is_title and t.ent_type_):
                return m  # (a capitalised word of a name is no verb: "sur France Inter")
            if k > start and (t.lower_ in NAME_TITLES
                              or t.pos_ == "DET" and doc[k - 1].lower_ not in COMPLEMENT_MARKERS):
                return k  # "sur BFMTV la députée", "dans un communiqué M. X"
            if k > start and t.ent_iob_ == "B" and t.ent_type_ == "PER" and doc[k - 1].ent_type_ != "PER" \
                    and doc[k - 1].pos_ != "ADP":
                return k  # "sur Europe 1 Paul Girard"
            k += 1
        return m

    def skip_addressee(self, m: int, limit: int) -> int:
        """``confie à l'AFP le porte-parole``: skip the addressee before the subject."""
        doc = self.doc
        if m >= limit or doc[m].lower_ not in ("à", "au", "aux", "auprès"):
            return m
        k = m + 1
        if k < limit and doc[k].lower_ in COMPLEMENT_MARKERS:
            k += 1
        if k < limit and doc[k].pos_ == "DET":
            k += 1
        start = k
        while k < limit and k - start < 4 and (doc[k].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k].ent_type_) \
                and not (k > start and doc[k].pos_ == "DET"):
            k += 1
            if k < limit and doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PER" and doc[k - 1].ent_type_ != "PER":
                return k  # "a confié au Parisien Paul Girard": the outlet ends where the person begins
        if k < limit and k > start and (doc[k].pos_ == "DET" or doc[k].lower_ in NAME_TITLES or doc[k].is_title):
            return k
        return m

    def skip_source_nouns(self, i: int, limit: int) -> int:
        """After ``selon``: skip ``les informations du``, ``une information du journal`` → the source."""
        doc = self.doc
        k = i
        if k + 1 < limit and doc[k].pos_ == "DET" and noun_cue(doc[k + 1]) is not None:
            m = k + 2
            while m < limit and doc[m].pos_ == "ADJ":
                m += 1
            if m < limit and doc[m].lower_ in COMPLEMENT_MARKERS:
                m += 1
                if m < limit and doc[m].lower_ in ("journal", "quotidien", "magazine", "site", "hebdomadaire") and \
                        m + 1 < limit and (doc[m + 1].pos_ == "PROPN" or doc[m + 1].ent_type_):
                    m += 1
                return m
        return k

    def _intro(self, span: MarkSpan) -> Attribution | None:
        """``X a déclaré : « … »`` — the clause before a colon that opens the quotation."""
        doc = self.doc
        i = self.token_at(span.open) - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].text != ":":
            return None
        colon = i
        k = colon - 1
        while k >= 0 and not doc[k].is_sent_start and not self.in_quote[k]:
            k -= 1
        first = max(k, 0)
        for v in range(colon - 1, first - 1, -1):
            if self.in_quote[v]:
                break
            cue = verb_cue(doc, v)
            if cue is None or doc[v].dep_ in ("acl:relcl", "acl") and doc[v].morph.get("VerbForm") != ["Part"]:
                continue
            if any(c.dep_.startswith("nsubj") and c.lower_ in ("qui", "que", "qu'") for c in doc[v].children):
                continue
            entry, after = cue
            cue_obj = make_cue(doc, v, after, entry.base)
            # "Et X de rappeler :" (narrative infinitive) / "Et d'affirmer :" (same speaker).
            if v > 0 and doc[v - 1].lower_ in ("de", "d'", "d’") and (doc[v].morph.get("VerbForm") == ["Inf"]):
                a = first + (1 if doc[first].lower_ in ("et", "puis") else 0)
                if v - 1 > a:
                    return Attribution("intro", (a, v - 1), cue_obj, doc[a].idx)
                return Attribution("continue", None, cue_obj, span.start)
            np = self.preposed_subject(doc[v])
            if np is None and v + 1 < colon:
                np = postposed_np(doc, self.skip_adverbs(after, colon), colon)
            if np is not None:
                return Attribution("intro", np, cue_obj, doc[np[0]].idx)
            return Attribution("continue", None, cue_obj, span.start)
        # No speech verb: the subject of the clause before the colon speaks — unless the
        # quotation names it ("X aurait changé la donne : « J'ai écrit à X … »").
        quoted = self.text[span.start:span.end]
        for t in doc[first:colon]:
            if t.dep_ in ("nsubj",) and first <= t.head.i < colon and not self.in_quote[t.i]:
                np = subject_np(t.head)
                if np is not None and doc[np[0]].lower_ not in ("c'", "ce", "cela", "ça", "qui"):
                    names = [x.text for x in doc[np[0]:np[1]] if x.pos_ == "PROPN"]
                    if names and any(n in quoted for n in names):
                        return None
                    return Attribution("intro", np, None, doc[np[0]].idx)
        return None

    def preposed_subject(self, verb) -> tuple[int, int] | None:
        """The subject before a cue verb: the parse's, else the noun phrase just before it."""
        np = subject_np(verb)
        if np is not None and np[0] < verb.i and not self.in_quote[np[0]] or \
                np is not None and np[0] < verb.i and self.doc[np[0]].text == "«":
            return np
        floor = verb.sent.start
        return np_before(self.doc, verb.i, floor)

    def outermost_cue(self, verb):
        """``X a martelé qu'il ne souhaitait …``: the speech verb of X, not the one it reports."""
        node = verb
        for _ in range(6):
            if node.head is node or node.dep_ not in ("ccomp", "xcomp", "obj", "csubj"):
                break
            node = node.head
            if node.i < verb.i and not self.in_quote[node.i] and verb_cue(self.doc, node.i) is not None \
                    and verb_cue(self.doc, node.i)[0].use == "any":
                verb = node
        return verb

    def skip_adverbs(self, k: int, limit: int) -> int:
        doc = self.doc
        while k < limit and (doc[k].lower_ in CUE_ADVERBS or doc[k].pos_ == "ADV"):
            k += 1
        return k

    def _governed(self, span: MarkSpan, term: bool) -> Attribution | None:
        """A speech verb earlier in the sentence whose clause holds the fragment."""
        doc = self.doc
        q = self.token_at(span.start)
        if q >= len(doc):
            return None
        k = q - 1
        stop = max(-1, q - GOVERNING_WINDOW)
        head = self._quote_head(span)
        while k > stop:
            t = doc[k]
            if self.in_quote[k]:
                k -= 1
                continue
            cue = verb_cue(doc, k)
            if cue is not None and cue[0].use == "any" and not is_passive(t) and not is_adjectival(t):
                if term and not (self._governs(t, head) or self._in_reported_clause(t, head, span)):
                    return None
                outer = self.outermost_cue(t)
                if outer.i != t.i:
                    t, k = outer, outer.i
                    cue = verb_cue(doc, k)
                entry, after = cue
                cue_obj = make_cue(doc, k, after, entry.base)
                np = gerund_subject(t) or subject_np(t)
                if np is None or np[0] > k:
                    inverted = postposed_np(doc, self.skip_adverbs(after, q), q)
                    np = inverted if inverted else self.preposed_subject(t)
                elif self.in_quote[np[0]] and doc[np[0]].text != "«":
                    np = self.preposed_subject(t)
                if np is None:
                    return Attribution("continue", None, cue_obj, span.start)
                return Attribution("governed", np, cue_obj, doc[np[0]].idx)
            if t.is_sent_start:
                break
            k -= 1
        return None

    def _quote_head(self, span: MarkSpan):
        tokens = self.content_tokens(span)
        if not tokens:
            return None
        inside = {t.i for t in tokens}
        for t in tokens:
            if t.head.i not in inside or t.head is t:
                return t
        return tokens[0]

    def _governs(self, verb, head) -> bool:
        """The fragment is an argument of the verb (or of its argument): ``souligne le « cynisme »``."""
        if head is None:
            return False
        if self._first_phrase_after(verb, head):
            return True
        node = head
        for hop in range(2):
            if node.head is node:
                return False
            if node.head.i == verb.i:
                return node.dep_ in _ARGUMENT_DEPS
            if hop or node.dep_ not in ("amod", "appos", "conj", "flat:name"):
                return False
            node = node.head
        return False

    def _in_reported_clause(self, verb, head, span: MarkSpan) -> bool:
        """``estime que ce projet est « une faute politique »``: a fragment in the que-clause the verb
        reports, unless it is a noun after a determiner (``que les « gilets jaunes » …``)."""
        if head is None or self.after_determiner(span):
            return False
        node = head
        for _ in range(6):
            if node.head is node:
                break
            if node.head.i == verb.i:
                if node.dep_ == "ccomp":
                    return True
                break
            node = node.head
        # The parse lost the clause: a "que" between the verb and the fragment will do.
        return any(t.lower_ in ("que", "qu'", "qu’") for t in self.doc[verb.i + 1:head.i])

    def _first_phrase_after(self, verb, head) -> bool:
        """The fragment heads the first phrase after the verb, whatever the parse says:
        ``souligne, elle, le « cynisme »``, ``évoque un « LBD parlementaire »``, ``qualifiant de « … »``."""
        doc = self.doc
        k = verb.i + 1
        while k < head.i and (doc[k].lower_ in _INCIDENTAL_WORDS or doc[k].pos_ == "ADV"):
            k += 1
        if k < head.i and doc[k].pos_ == "DET" or k < head.i and doc[k].lower_ in ("de", "d'", "d’"):
            k += 1
        while k < head.i and doc[k].pos_ == "ADJ":
            k += 1
        return k < head.i and doc[k].text in ("«", "“", '"') and k + 1 >= head.i - 0 and \
            all(doc[x].text in ("«", "“", '"') or doc[x].is_space for x in range(k, head.i))

    def _selon_in_sentence(self, span: MarkSpan) -> Attribution | None:
        """``Selon X, … « … »`` anywhere in the quotation's sentence."""
        doc = self.doc
        q = self.token_at(span.start)
        if q >= len(doc):
            return None
        sent = doc[q].sent
        for t in sent:
            if self.in_quote[t.i]:
                continue
            prep = preposition_cue(doc, t.i)
            if prep is not None:
                limit = sent.end
                np = postposed_np(doc, self.skip_source_nouns(prep[1], limit), limit, after_preposition=True)
                if np:
                    return Attribution("selon", np, make_cue(doc, t.i, prep[1], prep[0].lemma), doc[np[0]].idx)
        return None
