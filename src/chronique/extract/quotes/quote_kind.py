"""The kind of a quotation: a whole utterance, a fragment of the writer's sentence, or a term,
a name or a heading (the base of the quotation reader, holding the parsed article)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .marks import MarkSpan
from .tables import (GLOSS_VERBS, NAMING_NOUNS, NAMING_VERBS, REFLEXIVE_CLITICS, SPEAKER_PERSON_WORDS, SPEAKER_SELF_WORDS,
                     SLOGAN_NOUNS, UTTERANCE_COORDINATORS, WORK_TITLE_NOUNS)

# A fragment of at most this many words without a conjugated verb is a term unless a speech verb
# governs it (calibrated on gold/dev: "LBD parlementaire", "cynisme" vs "stade 3", "gilets jaunes").
TERM_MAX_WORDS = 4
# The longest quoted fragment read as letters or a sound, not words ("en « a »", "« ia »").
LETTERS_MAX_CHARS = 2
# Words before such letters: a spelling, an ending, or another of the letters listed.
LETTER_CUES = frozenset({"en", "lettre", "lettres", "terminaison", "suffixe", "préfixe", "ou", "et"})
# Tokens looked back from a quotation for a verb of meaning ("signifie aussi « … » et « … »").
GLOSS_LOOKBACK = 8


def is_name_like(text: str) -> bool:
    """« Paris Respire », « Choose France »: every word capitalised (or a number)."""
    words = [w for w in text.replace("-", " ").split() if w[:1].isalnum()]
    small = {"de", "du", "des", "la", "le", "les", "et", "d'", "l'", "à", "en", "of", "the", "for"}
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w.lower() in small for w in words) \
        and (words[0][0].isupper() or words[0][0].isdigit())


class QuoteKindReader:
    """Reads the kind of the quotations of one parsed article."""

    def __init__(self, doc: Doc, text: str, spans: list[MarkSpan], token_at, in_quote: list[bool],
                 time_tokens: frozenset[int] = frozenset(), person_starts: frozenset[int] = frozenset()):
        self.doc = doc
        self.time_tokens = time_tokens  # tokens of time expressions ("a plaidé dimanche 21 janvier le député")
        self.person_starts = person_starts  # where the entity layer's people are named
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

    def reads_as_speech(self, span: MarkSpan) -> bool:
        """A fragment that is someone's words rather than a name or a title: it opens in lowercase,
        follows no determiner or naming noun, and holds a finite verb or a first- or second-person
        word."""
        content = self.text[span.start:span.end]
        if not content[:1].islower() or self.after_determiner(span) or self.after_naming_noun(span):
            return False
        return self.has_finite_verb(span) or any(t.lower_ in SPEAKER_PERSON_WORDS for t in self.content_tokens(span))

    def speaker_says_i(self, span: MarkSpan) -> bool:
        """The quoted words speak of their speaker in the first person singular ("me", "j'ai")."""
        return any(t.lower_ in SPEAKER_SELF_WORDS for t in self.content_tokens(span))

    def is_term(self, span: MarkSpan) -> bool:
        """Short, verbless fragment: a name, a term, a slogan or a scare quote (until a cue claims it)."""
        content = self.text[span.start:span.end]
        if len(content.split()) > TERM_MAX_WORDS or self.has_finite_verb(span):
            return False
        return True

    def after_naming_noun(self, span: MarkSpan) -> bool:
        """le plan « … », le collectif « … », l'opération « … », qui s'appellera « … » — or a capitalised name."""
        i = self.token_at(span.open) - 1
        doc = self.doc
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i >= 0 and doc[i].lower_ in NAMING_NOUNS and not (i > 0 and doc[i - 1].lower_ in REFLEXIVE_CLITICS):
            return True  # (not "se dit « inquiète »", "s'est dite « favorable »": the subject's words)
        if i > 0 and doc[i].lemma_.lower() in NAMING_VERBS and (
                doc[i - 1].lower_ in REFLEXIVE_CLITICS or doc[i].morph.get("VerbForm") == ["Part"]):
            return True  # "qui s'appellera « … »", "un texte intitulé « … »" (not "ce qu'ils appellent « … »")
        return is_name_like(self.text[span.start:span.end])

    def titles_a_work(self, span: MarkSpan) -> bool:
        """"un ouvrage au titre évocateur : « Ce que je ne pouvais pas dire »", "le slogan « On ne lâche
        rien »": after "titre", its adjectives and a colon, or right after a slogan's noun, the quotation
        is a title or a name, whatever verb it holds."""
        i = self.token_at(span.open) - 1
        doc = self.doc
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i >= 0 and doc[i].lower_ in SLOGAN_NOUNS:
            return True
        if i <= 0 or doc[i].text != ":":
            return False
        i -= 1
        while i > 0 and doc[i].pos_ == "ADJ":
            i -= 1
        return doc[i].lower_ in WORK_TITLE_NOUNS

    def glossed(self, span: MarkSpan) -> bool:
        """The quotation gives the meaning of a word ("« calhorda » signifie aussi « tricheur » et
        « connard »"): a term, nobody's words. Looks back past adverbs, "et", "ou" and the other
        quoted meanings to a verb of meaning."""
        if len(self.text[span.start:span.end].split()) > TERM_MAX_WORDS:
            return False
        doc = self.doc
        i = self._previous_word(span)
        floor = max(doc[max(i, 0)].sent.start, i - GLOSS_LOOKBACK)
        for k in range(i, floor - 1, -1):
            t = doc[k]
            if t.lemma_.lower() in GLOSS_VERBS:
                return True
            if not (t.pos_ in ("ADV", "CCONJ") or t.text in (",", "«", "»", '"', "“", "”") or self.in_quote[k]):
                return False
        return False

    def after_determiner(self, span: MarkSpan) -> bool:
        """``un « cartel »``, ``du « captagon »``, ``un « Que sais-je ? »``: the quotation is a noun."""
        return self.determiner_before(span) is not None

    def determiner_before(self, span: MarkSpan) -> Token | None:
        """The determiner right before the opening mark (past spaces), if any."""
        i = self.token_at(span.open) - 1
        doc = self.doc
        while i >= 0 and doc[i].is_space:
            i -= 1
        found = i >= 0 and (doc[i].pos_ == "DET" or doc[i].lower_ in ("du", "des", "au", "aux", "d'", "d’"))
        return doc[i] if found else None

    def is_letters(self, span: MarkSpan) -> bool:
        """``une terminaison en « a » ou « ia »``: letters or a sound, nobody's words (not "a répondu « ok »")."""
        i = self._previous_word(span)
        return len(self.text[span.start:span.end].strip()) <= LETTERS_MAX_CHARS and i >= 0 \
            and self.doc[i].lower_ in LETTER_CUES

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
