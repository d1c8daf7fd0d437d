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

from .attribution_record import Attribution, make_cue
from .governed_attribution import GovernedAttribution
from .incise_attribution import InciseAttribution
from .legal_wording import LegalWordingReader
from .marks import MarkSpan
from .speaker_phrases import plausible_speaker
from .tables import RELAY_VERBS
from .verb_forms import first_or_second_person, gerund_subject, is_gerund, is_passive

__all__ = [
    "Attribution", "QuoteReader", "first_or_second_person", "gerund_subject", "is_gerund", "is_passive", "make_cue",
]


class QuoteReader(InciseAttribution, GovernedAttribution, LegalWordingReader):
    """Reads kind and attribution of the quotations of one parsed article."""

    def attribute(self, span: MarkSpan, direct: bool, term: bool) -> Attribution:
        relative = self._relative_source(span)
        if relative is not None:
            return relative
        epithet = self._epithet(span) if term else None
        if epithet is not None:
            return epithet
        if self.is_dash_heading(span) or not direct and (self.names_charge(span) or self.is_legal_wording(span)
                                                         or self.is_letters(span)):
            return Attribution("none", None, None, span.start)
        if term and self.after_naming_noun(span) or self.glossed(span):  # (a meaning may read as a verb)
            return Attribution("none", None, None, span.start)
        if not direct and self.after_determiner(span) and self.text[span.start:span.start + 1].isupper():
            # A title (un « Que sais-je ? ») unless a speech verb takes it as its object
            # (évoque un « LBD parlementaire »).
            return self._governed(span, True) or Attribution("none", None, None, span.start)
        found = self.attribution_after(span, term)
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
        if not direct:
            found = self._item_label(span)
            if found is not None:
                return found
        if term:
            # A bare term: nobody's words, unless it lies in someone's reported speech (the stage
            # decides once reported speech is found: "Pour X, cette décision « très lourde » …").
            return Attribution("term", None, None, span.start)
        if not direct:
            subject = self._subject_of_quoted_predicate(span) or self._subject_of_embedding_clause(span)
            if subject is not None:
                return Attribution("predicate", subject, None, self.doc[subject[0]].idx)
            # A fragment of the writer's sentence with no cue of its own: someone's words when it
            # reads as speech (a clause in lowercase, or words in the first or second person:
            # "Pour endiguer l'épidémie, « il est indispensable que … »", "« unir nos forces »"),
            # and then the previous speaker's; otherwise its speaker is not said (a name, a title,
            # a slogan or the wording of a text).
            if self.reads_as_speech(span):
                return Attribution("continue", None, None, span.start)
            return Attribution("orphan", None, None, span.start)
        return Attribution("continue", None, None, span.start)

    @staticmethod
    def _relays(found: Attribution) -> bool:
        """An incise that names who relays the words ("rapporte X"), not who said them."""
        return found.how == "incise" and found.cue is not None and found.cue.lemma in RELAY_VERBS
