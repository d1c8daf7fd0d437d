"""Attribution read right after the closing mark: an incise (``», précise ainsi X``,
``», a-t-il ajouté``), a source preposition (``» selon X``) or a colon then the subject
(``« Nous ne céderons pas » : la ministre…``)."""

from __future__ import annotations

from ...knowledge.seats import seat
from ...lang.fr.calendar import WEEKDAYS
from .attribution_record import Attribution, make_cue
from .complement_skipping import ComplementSkipper, skip_aside
from .cues import preposition_cue, verb_cue
from .marks import MarkSpan
from .speaker_phrases import postposed_np, trim_subject
from .tables import (AVOIR_FORMS, CLEFT_SPEECH_OPENERS, CUE_ADVERBS, DEMONSTRATIVES, IMPERSONAL_ETRE_FORMS,
                     INCISE_SEMI_AUXILIARIES, NAME_TITLES, PRONOUN_GENDER, ORGANISATION_HEAD_NOUNS, QUE_FORMS,
                     REFLEXIVE_CLITICS, SENTENCE_ENDS, SETTING_PREPOSITIONS, STATEMENT_NOUNS)
from .verb_forms import is_gerund, split_euphonic_t

# How many tokens an incise may hold before its verb ("a pour sa part indiqué" has 5).
INCISE_WINDOW = 7
# The longest noun phrase (tokens) explaining a quotation between it and its incise.
GLOSS_TOKENS = 15
# The longest verbless phrase between commas set aside in an incise ("…, au cours d'une visite au Sahel, …").
PARENTHETICAL_TOKENS = 10
# Longest bracket (tokens) holding a translation of the quotation, skipped before its incise.
TRANSLATION_TOKENS = 40
# The longest prepositional phrase between a closing mark and an incise's comma ("» sur ce point, a dit X");
# longer, names included, after a quotation that opens its sentence ("« … » pour la paix dans l'est de
# l'Ukraine, estime X"): inside a sentence, the incise reports the whole sentence.
SHORT_PHRASE_TOKENS = 5
OPENING_PHRASE_TOKENS = 9
_CLITICS = frozenset({"-t", "t", "t'", "t’", "-il", "-elle", "-ils", "-elles", "-on", "il", "elle", "ils", "elles", "on",
                      "se", "s'", "s’", "lui", "leur", "en", "y", "-t-il", "-t-elle", "ne", "n'", "pas"})
# A subject pronoun written before its verb opens a clause of its own, not an incise.
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on"})
_AUX_FORMS = AVOIR_FORMS | {"est", "était", "sont", "étaient", "a-t-il", "a-t-elle", "avait-il", "avait-elle", "eut"}


class InciseAttribution(ComplementSkipper):
    """Reads the attribution that follows a quotation."""

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

    def _past_translation(self, i: int, limit: int) -> int:
        """Past a bracket right after the quotation, or closing around it: "« … » (« a translation »),
        a lancé X" — the incise after the bracket reports both."""
        doc = self.doc
        if doc[i].text == ")":
            return i + 1
        if doc[i].text == "(":
            close = next((x for x in range(i + 1, min(limit, i + TRANSLATION_TOKENS)) if doc[x].text == ")"), None)
            if close is not None and any(self.in_quote[x] for x in range(i + 1, close)):
                return close + 1
        return i

    def _past_gloss(self, j: int, limit: int) -> int:
        """Past a verbless noun phrase explaining the quotation, closed by a comma right before the
        incise's verb ("« … les autres shed », ces toits en dents de scie des anciennes usines,
        souligne X"), or a verbless "dont" phrase ("« 237 ont été blessées », dont 28 gravement, a
        souligné X"): the token after that comma; else ``j``."""
        doc = self.doc
        if j >= limit or doc[j].pos_ != "DET" and doc[j].lower_ != "dont":
            return j
        for c in range(j + 1, min(limit - 1, j + GLOSS_TOKENS)):
            if self.in_quote[c] or doc[c].pos_ == "AUX" or doc[c].pos_ == "VERB" and "Part" not in doc[c].morph.get("VerbForm"):
                return j
            if doc[c].text == ",":
                v = c + 1 + (doc[c + 1].pos_ == "AUX" and c + 2 < limit)
                return c + 1 if verb_cue(doc, v, incise=True) is not None else j
        return j

    def _past_parenthetical(self, k: int, limit: int) -> int:
        """After a comma at ``k`` opening a verbless prepositional phrase closed by another comma
        ("…, au cours d'une visite au Sahel, …", "…, autant pour les élèves que pour les parents, …"):
        the token after the closing comma; else ``k``."""
        doc = self.doc
        if k + 2 >= limit or doc[k].text != "," or not self._opens_parenthetical(k + 1):
            return k
        for c in range(k + 2, min(limit, k + 2 + PARENTHETICAL_TOKENS)):
            if doc[c].text == ",":
                return c + 1
            if doc[c].pos_ in ("VERB", "AUX") and doc[c].lower_ not in WEEKDAYS \
                    and doc[c].morph.get("VerbForm") != ["Inf"] or self.in_quote[c]:
                break  # (a weekday tagged a verb: "lors d'une cérémonie dimanche"; "pour faire respecter …")
        return k

    def _opens_parenthetical(self, i: int) -> bool:
        """A preposition ("lors", tagged an adverb, too), or an adverb before one ("notamment pour",
        "loin des", "autant pour … que pour")."""
        doc = self.doc
        return doc[i].pos_ == "ADP" or doc[i].lower_ in SETTING_PREPOSITIONS \
            or doc[i].pos_ == "ADV" and doc[i + 1].pos_ == "ADP"

    def _statement_owner(self, i: int, limit: int) -> tuple[int, int] | None:
        """"« … » Cette phrase du maire de Saint-Denis, …": the owner a statement noun names."""
        doc = self.doc
        if i + 2 >= limit or doc[i].lower_ not in DEMONSTRATIVES or doc[i + 1].lower_ not in STATEMENT_NOUNS:
            return None
        for c in doc[i + 1].children:
            if c.dep_ == "nmod" and c.i < limit and any(x.dep_ == "case" and x.lower_ in ("de", "du", "d'", "d’")
                                                        for x in c.children):
                a, b = trim_subject(c)
                return (a, b) if a < b else None
        return None

    def _phrase_before_comma(self, i: int, limit: int, opening: bool) -> int | None:
        """The comma closing a verbless prepositional phrase that starts at ``i`` ("sur ce point,",
        "à ce sujet,"), if one closes it within a few words (more, names included, after a quotation
        that ``opening`` its sentence)."""
        doc = self.doc
        words = ("DET", "NOUN", "PROPN", "ADJ", "ADP", "PRON", "NUM") if opening else ("DET", "NOUN", "ADJ", "ADP", "PRON", "NUM")
        for c in range(i + 1, min(limit, i + 1 + (OPENING_PHRASE_TOKENS if opening else SHORT_PHRASE_TOKENS))):
            if doc[c].text == ",":
                return c if c > i + 1 else None
            # "« … » à limiter les contacts, a dit X": an infinitive completing the quotation
            infinitive = opening and "Inf" in doc[c].morph.get("VerbForm")
            if doc[c].pos_ not in words and not (opening and doc[c - 1].pos_ == "DET") and not infinitive \
                    or self.in_quote[c]:
                return None  # (a word after a determiner is a noun, whatever its tag: "dans l'est")
        return None

    def _opens_sentence(self, span: MarkSpan) -> bool:
        """Does the quotation open its sentence (nothing but spaces since the last full stop or line)?"""
        k = span.open - 1
        while k >= 0 and self.text[k] in " \t\xa0":
            k -= 1
        return k < 0 or self.text[k] in ".!?…\n:»\""

    def attribution_after(self, span: MarkSpan, term: bool) -> Attribution | None:
        """The attribution right after the quotation's end (closing mark, or where it was lost)."""
        doc = self.doc
        i = self._first_token_after(span.outer_end)
        if i >= len(doc) or "\n" in self.text[span.outer_end:doc[i].idx]:
            return None
        limit = self._sentence_end(i)
        i = self._past_translation(i, limit)
        if i >= limit:
            return None
        tok = doc[i]
        prep = preposition_cue(doc, i)
        if prep is not None and tok.text[:1].isupper() \
                and self.text[span.start:span.end].rstrip().endswith(SENTENCE_ENDS):
            return None  # "« J'adore WikiLeaks ! » Selon la CIA, ces documents …": a new sentence
        if prep is not None:
            np = postposed_np(doc, self.skip_source_nouns(prep[1], limit), limit, after_preposition=True)
            if np:
                return Attribution("selon", np, make_cue(doc, i, prep[1], prep[0].lemma), doc[np[0]].idx)
            return None
        if tok.text == ":" and not term:
            cleft = _after_cleft_opener(doc, i + 1, limit)
            if cleft is not None:
                # "« … » : c'est par ces mots que l'actrice X a ouvert la soirée"
                np = postposed_np(doc, cleft, limit)
                verb = next((t for t in doc[np[1]:limit] if t.pos_ == "VERB"), None) if np else None
                if np and verb is not None:
                    return Attribution("incise", np, make_cue(doc, verb.i, verb.i + 1, verb.lemma_.lower()),
                                       doc[np[0]].idx)
            np = postposed_np(doc, i + 1, limit)
            if np and (doc[np[0]].pos_ in ("PROPN", "DET") or doc[np[0]].ent_type_):
                verb = next((t for t in doc[np[1]:min(limit, np[1] + 6)] if t.pos_ == "VERB"), None)
                if verb is not None and verb_cue(doc, verb.i):
                    return Attribution("incise", np, make_cue(doc, verb.i, verb.i + 1, verb_cue(doc, verb.i)[0].base),
                                       doc[np[0]].idx)
            return None
        owner = self._statement_owner(i, limit) if not term else None
        if owner is not None:
            return Attribution("selon", owner, make_cue(doc, i, i + 2, doc[i + 1].lower_), doc[owner[0]].idx)
        if tok.pos_ == "ADP" and not term:
            # "« … » sur ce point, a déclaré X": a short prepositional phrase before the incise's comma
            comma = self._phrase_before_comma(i, limit, self._opens_sentence(span))
            if comma is not None:
                i, tok = comma, doc[comma]
        if tok.text not in (",", "—", "–") and not (tok.pos_ in ("VERB", "AUX") and not term):
            return None
        j = i + 1 if tok.text in (",", "—", "–") else i
        if tok.text == ",":
            j = self._past_gloss(j, limit)
        pronoun = None
        k = j
        stop = min(limit, j + INCISE_WINDOW)
        while k < stop:
            t = doc[k]
            low = t.lower_
            if low.lstrip("-") in PRONOUN_GENDER and low.startswith("-"):
                pronoun = k
                k += 1
                continue
            past = self._past_parenthetical(k - 1, limit) if k == j else k
            if past > k:  # "», en raison de la pandémie, a indiqué X"
                k, stop = past, min(limit, past + INCISE_WINDOW)
                continue
            cue = verb_cue(doc, k, incise=True)
            if cue is not None:
                entry, after = cue
                m = after
                while m < limit:
                    aside = skip_aside(doc, m, limit)
                    if aside > m:
                        m = aside  # "estime quant à lui X"
                        continue
                    if not (doc[m].lower_ in CUE_ADVERBS or doc[m].lower_ in _CLITICS
                            and (doc[m].text.startswith("-") or split_euphonic_t(doc, m))):
                        break
                    if doc[m].lower_.lstrip("-") in PRONOUN_GENDER and doc[m].text.startswith("-"):
                        pronoun = m
                    m += 1
                cue_obj = make_cue(doc, k, after, entry.base)
                if pronoun is not None and doc[pronoun].lower_ == "-on":
                    # "s'agace-t-on dans l'entourage du ministre", "indique-t-on à Matignon": the phrase
                    # after says who "on" is; alone ("poursuit-on"), an organisation quoted just before may
                    # go on (the resolver), else nobody named
                    if m < limit and (doc[m].lower_ in ("dans", "chez", "parmi") or _at_seat(doc, m, limit)):
                        np = postposed_np(doc, m + 1, limit)
                        if np:
                            return Attribution("incise", np, cue_obj, doc[np[0]].idx)
                    if m >= limit or doc[m].is_punct:
                        return Attribution("on", (pronoun, pronoun + 1), cue_obj, doc[pronoun].idx)
                    return Attribution("orphan", None, cue_obj, doc[pronoun].idx)
                if pronoun is not None and doc[pronoun].lower_ == "-il" and pronoun > j and pronoun >= 2 \
                        and doc[pronoun - 1].lower_ in IMPERSONAL_ETRE_FORMS \
                        and doc[pronoun - 2].lower_ not in REFLEXIVE_CLITICS and "Part" in doc[k].morph.get("VerbForm"):
                    # "« … », est-il écrit / précisé" (not "s'est-il insurgé"): an impersonal "il"; the
                    # document named after ("est-il indiqué dans un communiqué") speaks, else the source
                    # quoted before goes on
                    np = postposed_np(doc, m + 1, limit) if m < limit and doc[m].lower_ == "dans" else None
                    if np:
                        return Attribution("incise", np, cue_obj, doc[np[0]].idx)
                    return Attribution("continue", None, cue_obj, span.start)
                if pronoun is not None:
                    return Attribution("incise", (pronoun, pronoun + 1), cue_obj, doc[pronoun].idx)
                if is_gerund(doc[k]):
                    # "« … », énumérant certaines niches": what follows a gerund is its object; it
                    # speaks for the speaker the article goes on with
                    return Attribution("continue", None, cue_obj, span.start)
                if m + 2 < limit and doc[m + 1].text == "," and doc[m + 2].pos_ in ("DET", "PROPN") \
                        and doc[m].text.islower() and (doc[m].pos_ == "ADJ" or "Part" in doc[m].morph.get("VerbForm")):
                    m += 1  # "raconte ému, Harry": the speaker's state, then the speaker
                while m + 2 < limit and doc[m].text == "," and doc[m + 2].text == "," \
                        and (doc[m + 1].pos_ == "ADJ" or "Part" in doc[m + 1].morph.get("VerbForm")):
                    m += 2  # "a réagi, attristée, Marie Lenoir": the speaker's state between commas
                m = self._past_parenthetical(m, limit)  # "a admis, au cours d'une visite, la ministre"
                while m + 1 < limit and doc[m].text == "," and (doc[m + 1].pos_ in ("DET", "PROPN")
                                                                  or doc[m + 1].lower_ in NAME_TITLES):
                    m += 1  # "a déclaré lundi, Leonor Briones, la ministre"
                m = self.skip_complements(m, limit)
                np = postposed_np(doc, m, limit)
                if np:
                    return Attribution("incise", np, cue_obj, doc[np[0]].idx)
                return None
            if k == j and low in _SUBJECT_PRONOUNS:
                break  # "…», il veut toutefois mettre en garde le président": a clause, no incise
            aside = skip_aside(doc, k, stop)
            if aside > k or low in _AUX_FORMS or low in _CLITICS or low in CUE_ADVERBS or t.pos_ == "ADV":
                k = max(aside, k + 1)  # ("», a pour sa part estimé X")
                continue
            if t.lemma_ in INCISE_SEMI_AUXILIARIES and t.pos_ in ("VERB", "AUX"):
                k += 1  # "», voulait croire un ministre", "», a tenu à préciser X"
                if k < limit and doc[k].lower_ in ("à", "de", "d'", "d’"):
                    k += 1
                continue
            break
        return None


def _after_cleft_opener(doc: Doc, k: int, limit: int) -> int | None:
    """"c'est par ces mots que", "c'est en ces termes qu'" at token ``k``: the token after "que"."""
    for words in CLEFT_SPEECH_OPENERS:
        end = k + len(words)
        if end + 1 < limit and tuple(t.lower_ for t in doc[k:end]) == words and doc[end].lower_ in QUE_FORMS:
            return end + 1
    return None


def _at_seat(doc: Doc, m: int, limit: int) -> bool:
    """"à Matignon", "au Château", "au ministère": "à" and a seat of power (``knowledge/seats.tsv``) or
    an organisation's noun, where "on" speaks — not "à Lyon"."""
    if doc[m].lower_ not in ("à", "au", "aux"):
        return False
    k = m + 1 + (m + 1 < limit and doc[m + 1].pos_ == "DET")
    if k >= limit:
        return False
    np = postposed_np(doc, k, limit)
    return doc[k].lower_ in ORGANISATION_HEAD_NOUNS or np is not None and seat(doc[np[0]:np[1]].text) is not None
