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

from ..entities.tables import is_media_name
from .attribution_record import Attribution, make_cue
from .cues import verb_cue
from .governed_attribution import GovernedAttribution
from .incise_attribution import InciseAttribution
from .legal_wording import LegalWordingReader
from .marks import MarkSpan
from .speaker_phrases import plausible_speaker
from .tables import CHANNEL_NOUNS, RELAY_VERBS
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
        # (a meaning may read as a verb)
        if term and self.after_naming_noun(span) or self.titles_a_work(span) or self.glossed(span):
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
        elif found is not None and self._relays(found):
            found = self.relayed(span, found)
        if found is None and direct:
            found = self._intro(span)
        if found is None and not direct:
            found = self._governed(span, term)
        if found is None and not (term and self.after_determiner(span)):
            found = self._selon_in_sentence(span)
            if found is not None and not direct and self.channel(found.np):
                # "les familles ont porté plainte pour « enlèvement », selon les informations du Parisien"
                found = self.relayed(span, found, people=True)
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

    def relayed(self, span: MarkSpan, found: Attribution, people: bool = False) -> Attribution:
        """A fragment relayed by an outlet ("il avait « trop chaud », rapporte le journal"): the words
        of the subject of the clause it is set in, when a person's name or pronoun (or a noun of
        ``people``: "les familles"); else ``found``."""
        subject = self.clause_subject(span, predicate=True, people=people) if found.np is not None else None
        if subject is None or found.np[0] <= subject[0] < found.np[1] \
                or self.doc[subject[0]].ent_type_ in ("LOC", "MISC"):  # (a place is no speaker)
            return found
        verb = next(t.head for t in self.doc[subject[0]:subject[1]] if not subject[0] <= t.head.i < subject[1])
        cue = verb_cue(self.doc, verb.i)
        if cue is not None:
            # "Selon Le Parisien, la patiente aurait évoqué « … »", "Il a évoqué une « erreur », cite X":
            # the words of the subject of their own speech verb, which the outlet reports
            return Attribution("governed", subject, make_cue(self.doc, verb.i, cue[1], cue[0].base),
                               self.doc[subject[0]].idx)
        return Attribution("relayed", subject, found.cue, self.doc[subject[0]].idx)

    def channel(self, np: tuple[int, int] | None) -> bool:
        """"selon les informations du Parisien", "selon Le Figaro": an outlet that tells, not a source."""
        if np is None:
            return False
        words = self.doc[np[0]:np[1]]
        return any(t.lower_ in CHANNEL_NOUNS for t in words) or is_media_name(words.text) \
            or is_media_name(words[1:].text)

    @staticmethod
    def _relays(found: Attribution) -> bool:
        """An incise that names who relays the words ("rapporte X"), not who said them."""
        return found.how == "incise" and found.cue is not None and found.cue.lemma in RELAY_VERBS
