"""Quotations that are the wording of a charge, a penalty or a legal text (``condamnée pour
« espionnage »``, ``un projet de loi « relatif à … »``): nobody's words."""

from __future__ import annotations

from .marks import MarkSpan
from .quote_kind import QuoteKindReader
from .tables import CHARGE_NOUNS, CHARGE_VERBS, CHARGE_WINDOW, COMPLEMENT_MARKERS, LEGAL_TEXT_NOUNS, PENALTY_NOUNS


class LegalWordingReader(QuoteKindReader):
    """Recognises the wording of charges and legal texts."""

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
