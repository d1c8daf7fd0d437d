"""Attribution of a fragment of the writer's sentence to a speech verb earlier in it that governs
the fragment (``souligne le « cynisme »``) or reports the clause holding it (``X estime que … « … »``)."""

from __future__ import annotations

from .attribution_record import Attribution, make_cue
from .cues import verb_cue
from .marks import MarkSpan
from .preposed_attribution import PreposedAttribution
from .speaker_phrases import name_run_end, postposed_np, subject_np, trim_subject
from .tables import CLAUSE_ALWAYS_VERBS, CONTENT_TAGS, EPITHET_VERBS, EPITHET_WINDOW, NAMING_SPEECH_VERBS
from .verb_forms import gerund_subject, is_adjectival, is_gerund, is_passive

# How far back (tokens) a speech verb may stand from the fragment it introduces.
GOVERNING_WINDOW = 40
_ARGUMENT_DEPS = ("obj", "ccomp", "xcomp", "obl:arg", "obl", "iobj")
_INCIDENTAL_WORDS = frozenset({",", "elle", "lui", "eux", "elles", "aussi", "également", "ainsi", "encore", "alors",
                               "donc", "-t", "-il", "-elle", "-ils", "-elles"})
# Adverbial phrases between a verb and its object ("fustigeant au passage « le cynisme »").
_INCIDENTAL_PHRASES = (("au", "passage"), ("à", "nouveau"), ("de", "nouveau"), ("une", "fois", "de", "plus"))
_MARKS = ("«", "“", '"')


class GovernedAttribution(PreposedAttribution):
    """Finds the speech verb that governs a fragment."""

    def _governed(self, span: MarkSpan, term: bool) -> Attribution | None:
        """A speech verb earlier in the sentence whose clause holds the fragment."""
        doc = self.doc
        q = self.token_at(span.start)
        if q >= len(doc):
            return None
        k = q - 1
        stop = max(-1, q - GOVERNING_WINDOW)
        head = self.quote_head(span)
        while k > stop:
            t = doc[k]
            if self.in_quote[k]:
                k -= 1
                continue
            cue = verb_cue(doc, k)
            if cue is not None and (cue[0].use == "any" or cue[0].base in NAMING_SPEECH_VERBS
                                    and head is not None and self._first_phrase_after(t, head)
                                    # ("de « coup d'État judiciaire »" is wording, "de « l'affaire »" a topic)
                                    and sum(x.pos_ in CONTENT_TAGS for x in self.content_tokens(span)) >= 2) \
                    and not is_passive(t) and not is_adjectival(t) \
                    and not (cue[0].base in CLAUSE_ALWAYS_VERBS and not self._in_reported_clause(t, head, span)):
                # ("a lancé une campagne « Je porte un masque »": a noun object, no report)
                if t.dep_ == "acl:relcl" and not _dominates(t, head):
                    k -= 1  # "X, qui a appelé à …, « a donné … »": the relative clause reports nothing
                    continue
                if term and not (self._governs(t, head) or self._in_reported_clause(t, head, span)):
                    return None
                outer = self.outermost_cue(t)
                if outer.i != t.i:
                    t, k = outer, outer.i
                    cue = verb_cue(doc, k)
                entry, after = cue
                cue_obj = make_cue(doc, k, after, entry.base)
                # "L'Irak, qui …, rappelle Catherine Le Bris, « n'est pas obligé … »": the name after the verb
                # speaks the predicate that follows
                np = None if self._after_comma(t) and self._name_then_comma(self.skip_adverbs(after, q), q) \
                    and (doc[q].pos_ in ("VERB", "AUX") or doc[q].lower_ in ("ne", "n'", "n’")) \
                    else gerund_subject(t) or subject_np(t)
                fronted = np is not None and t.is_sent_start and is_gerund(t)  # "Évoquant « … », X a …"
                if np is None or np[0] > k and not fronted:
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

    def _after_comma(self, t) -> bool:
        """Verb ``t`` (with its auxiliaries and adverbs) opens an incise: a comma stands before it."""
        k = t.i - 1
        while k > 0 and self.doc[k].pos_ in ("AUX", "ADV"):
            k -= 1
        return k >= 0 and self.doc[k].text == ","

    def _name_then_comma(self, j: int, q: int) -> bool:
        """A person's name from token ``j``, closed by a comma before the fragment at ``q``: the
        postposed subject of the verb before ``j`` (which the parser may read as its object)."""
        doc = self.doc
        e = name_run_end(doc, j, q)
        return j < e < q and doc[e].text == "," and any(doc[x].ent_type_ == "PER" for x in range(j, e))

    def _epithet(self, span: MarkSpan) -> Attribution | None:
        """``a qualifié l'ouvrage de « mensonger »``, ``la qualifiant dans un communiqué de
        « réaliste »``, ``un texte jugé « liberticide » par ses détracteurs``: a quoted epithet is
        the words of who gives it (the verb's subject, or the agent of a passive participle)."""
        doc = self.doc
        q = self.token_at(span.start)
        before = doc[q - 1] if q > 0 and doc[q - 1].text in ("«", "“", '"') else None
        if before is None or before.i == 0:
            return None
        k = before.i - 1
        after_de = doc[k].lower_ in ("de", "d'", "d’")
        if after_de:
            k -= 1
        for i in range(k, max(doc[q].sent.start, k - EPITHET_WINDOW) - 1, -1):
            t = doc[i]
            if t.lemma_.lower() not in EPITHET_VERBS or t.pos_ not in ("VERB", "AUX") or self.in_quote[t.i]:
                continue
            if t.i != k and not after_de:
                return None  # "jugé" right before the epithet, or "qualifier X de « … »"
            agent = next((c for c in t.children if c.dep_ == "obl:agent"), None)
            np = trim_subject(agent) if agent is not None else gerund_subject(t) or subject_np(t)
            if np is None or np[0] > t.i and agent is None:
                return None
            if doc[np[0]].pos_ == "ADP" and np[1] > np[0] + 1:
                np = (np[0] + 1, np[1])  # "par ses détracteurs": the agent, not its preposition
            return Attribution("governed", np, make_cue(doc, t.i, t.i + 1, t.lemma_.lower()), doc[np[0]].idx)
        return None

    def quote_head(self, span: MarkSpan):
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
        ``souligne, elle, le « cynisme »``, ``évoque un « LBD parlementaire »``, ``qualifiant de « … »``,
        past a date between commas."""
        doc = self.doc
        k = verb.i + 1
        while k < head.i:  # ("a dénoncé, mardi 12 juin, le « cynisme »", "fustigeant au passage « … »")
            phrase = next((p for p in _INCIDENTAL_PHRASES
                           if tuple(t.lower_ for t in doc[k:k + len(p)]) == p and k + len(p) <= head.i), None)
            if phrase is None and not (doc[k].lower_ in _INCIDENTAL_WORDS or doc[k].pos_ == "ADV"
                                       or k in self.time_tokens):
                break
            k += len(phrase) if phrase else 1
        if k < head.i and doc[k].pos_ == "DET" or k < head.i and doc[k].lower_ in ("de", "d'", "d’"):
            k += 1
        while k < head.i and doc[k].pos_ == "ADJ":
            k += 1
        if not (k < head.i and doc[k].text in _MARKS):
            return False
        k += 1
        while k < head.i and (doc[k].text in _MARKS or doc[k].is_space or doc[k].pos_ in ("DET", "ADJ", "ADV")):
            k += 1  # the determiner and adjectives inside the marks: « le cynisme », « parfait coup d'État »
        return k == head.i


def _dominates(verb, tok) -> bool:
    """``tok`` lies in the clause of ``verb`` (its subtree)."""
    return tok is not None and any(a.i == verb.i for a in tok.ancestors)
