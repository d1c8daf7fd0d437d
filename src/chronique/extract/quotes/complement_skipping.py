"""Complements skipped on the way from a cue to its speaker phrase: addressee and setting
(``a confié au Parisien dans un entretien la ministre``), adverbs and dates, and the nouns after ``selon``
(``selon les informations du journal X``)."""

from __future__ import annotations

from ..entities.tables import is_media_name
from .cues import noun_cue
from .quote_kind import QuoteKindReader
from .speaker_phrases import opens_partitive, opens_setting
from .tables import ASIDE_PHRASES, COMPLEMENT_MARKERS, CUE_ADVERBS, MEDIUM_NOUNS, NAME_TITLES, SETTING_MAX_TOKENS

# Words a source noun's participle may have before its agent ("une information révélée lundi 23 janvier par").
AGENT_GAP = 6


class ComplementSkipper(QuoteKindReader):
    """Skips the complements that stand between a cue and its speaker phrase."""

    def skip_complements(self, m: int, limit: int) -> int:
        """Skip addressee and setting complements, in any order, before a postposed subject:
        ``a affirmé sur Twitter le député``, ``a confié au Parisien dans un entretien la ministre``."""
        for _ in range(3):
            k = skip_aside(self.doc, m, limit)
            k = self.skip_setting(self.skip_addressee(self.skip_time(k, limit), limit), limit)
            if k == m:
                break
            m = k
        return m

    def skip_setting(self, m: int, limit: int) -> int:
        """``sur Twitter``, ``dans un communiqué``, ``lors d'une conférence de presse``: a complement
        of setting, skipped when a subject (a determiner, a title or a name) follows it."""
        doc = self.doc
        if m + 2 < limit and doc[m].lower_ == "par" and doc[m + 1].lower_ in MEDIUM_NOUNS:
            return m + 2  # "par téléphone"
        if m >= limit or not opens_setting(doc, m):
            return m
        k = m + 1
        if k < limit and doc[k].lower_ in COMPLEMENT_MARKERS:
            k += 1  # "lors d'une"
        if k < limit and doc[k].pos_ == "DET":
            k += 1
        start = k
        while k < limit and k - start < SETTING_MAX_TOKENS:
            t = doc[k]
            if k > start and opens_partitive(doc, k, limit):
                return k  # "sur BFM TV un de ses avocats"
            if k > start and t.text == "," and k + 1 < limit and (doc[k + 1].pos_ in ("DET", "PROPN")
                                                                   or doc[k + 1].lower_ in NAME_TITLES):
                return k + 1  # "lors d'un point presse, la responsable …": the setting closed by a comma
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
        """``confie à l'AFP le porte-parole``, ``souligne pour l'AFP X``: skip the addressee before the subject."""
        doc = self.doc
        if m >= limit or doc[m].lower_ not in ("à", "au", "aux", "auprès", "pour"):
            return m
        k = m + 1
        if k < limit and doc[k].lower_ in COMPLEMENT_MARKERS:
            k += 1
        if k < limit and doc[k].pos_ == "DET":
            k += 1
        start = k
        while k < limit and k - start < 4 and (doc[k].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k].ent_type_) \
                and not (k > start and doc[k].pos_ == "DET"):
            if k > start and doc[k].lower_ in NAME_TITLES:
                return k  # "à l'AFP Me X": the honorific opens the speaker, whatever the model joined
            k += 1
            # (a person's name the model took for a place too: "à l'AFP Santiago Ortez, infirmier")
            if k < limit and doc[k].ent_iob_ == "B" and doc[k].ent_type_ in ("PER", "LOC") \
                    and doc[k - 1].ent_type_ != doc[k].ent_type_ \
                    and any(doc[x].is_title or doc[x].is_upper for x in range(start, k)):
                # "a confié au Parisien Paul Girard", "à l'AFP X": the outlet ends where
                # the person begins; but "a répondu au journaliste Paul Girard": the name is the addressee's
                return k
            if doc[k].idx in self.person_starts and is_media_name(doc[start:k].text):
                return k  # "a dit à l'AFP Filinto Lima": an outlet the model ran into the name
        if k < limit and k > start and (doc[k].pos_ == "DET" or doc[k].lower_ in NAME_TITLES or doc[k].is_title):
            return k
        if k + 1 < limit and k > start and doc[k].text == "," and is_media_name(doc[start:k].text) \
                and (doc[k + 1].pos_ in ("DET", "PROPN") or doc[k + 1].lower_ in NAME_TITLES):
            # "s'est félicité auprès du Parisien, Rachid, un père de famille": an outlet closed by a comma
            # (not "a répondu au journaliste, X": the journalist's name)
            return k + 1
        return m

    def skip_source_nouns(self, i: int, limit: int) -> int:
        """After ``selon``: skip ``les informations du``, ``une information du journal``, ``une information
        révélée lundi par`` → the source."""
        doc = self.doc
        k = i
        if k + 1 < limit and doc[k].pos_ == "DET" and noun_cue(doc[k + 1]) is not None:
            m = k + 2
            while m < limit and doc[m].pos_ == "ADJ":
                m += 1
            if m < limit and doc[m].pos_ == "VERB" and doc[m].morph.get("VerbForm") == ["Part"]:
                agent = next((a for a in range(m + 1, min(limit, m + 1 + AGENT_GAP)) if doc[a].lower_ == "par"
                              or doc[a].is_punct), None)
                if agent is not None and doc[agent].lower_ == "par":
                    return agent + 1  # the agent of "révélée", "publiée", "rapportée"
            if m < limit and doc[m].lower_ in COMPLEMENT_MARKERS:
                m += 1
                if m < limit and doc[m].lower_ in ("journal", "quotidien", "magazine", "site", "hebdomadaire") and \
                        m + 1 < limit and (doc[m + 1].pos_ == "PROPN" or doc[m + 1].ent_type_):
                    m += 1
                return m
        return k

    def skip_time(self, k: int, limit: int) -> int:
        """A time expression: "a plaidé dimanche 21 janvier sur BFMTV le député"."""
        while k < limit and k in self.time_tokens:
            k += 1
        return k

    def skip_adverbs(self, k: int, limit: int) -> int:
        doc = self.doc
        while k < limit:
            aside = skip_aside(doc, k, limit)
            if aside > k:
                k = aside  # "a réagi de son côté le député"
            elif doc[k].lower_ in CUE_ADVERBS or doc[k].pos_ == "ADV" or k in self.time_tokens:
                k += 1  # adverbs and time expressions: "a plaidé dimanche 21 janvier le député"
            else:
                break
        return k


# The aside phrases by their first word: one look at token ``m`` rules most of them out.
_ASIDES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in ASIDE_PHRASES:
    _ASIDES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


def skip_aside(doc, m: int, limit: int) -> int:
    """Past an aside ("quant à lui", "de son côté") starting at token ``m``."""
    if m >= limit:
        return m
    for phrase in _ASIDES_BY_FIRST.get(doc[m].lower_, ()):
        end = m + len(phrase)
        if end <= limit and all(doc[m + x].lower_ == w for x, w in enumerate(phrase)):
            return end
    return m
