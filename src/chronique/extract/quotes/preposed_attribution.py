"""Attribution read before the opening mark: an introduction ending in a colon (``X a déclaré :``,
``Et X de rappeler :``), a relative ``pour qui``, a ``selon X`` in the same sentence, or a
pronoun or name whose predicate the quotation is (``Il « refuse de céder »``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...nlp.syntax import impersonal_verb
from .attribution_record import Attribution, make_cue
from .complement_skipping import ComplementSkipper
from .cues import preposition_cue, verb_cue
from .marks import MarkSpan
from .speaker_phrases import names_speaker, np_before, plausible_speaker, postposed_np, subject_np, trim_subject
from .tables import (CLOSING_MARKS, HUMAN_GROUP_NOUNS, INDEFINITE_DETERMINERS, REFLEXIVE_CLITICS, RELATIVE_OPENERS,
                     RELATIVE_SOURCE_PREPOSITIONS, SELF_DESCRIPTION_VERBS, STRESSED_PRONOUNS)

# Subject pronouns of a quoted predicate ("Il « refuse de céder »").
PREDICATE_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
# A sentence ends inside the quotation and another begins: a whole utterance, not a term (the
# word before the stop is not an abbreviation: "« Dr. House »" is a title).
UTTERANCE_INSIDE = re.compile(r"\w{3,}[.!?…]\s+[A-ZÀ-Ý]")
# How many tokens a parenthetical between an auxiliary and its participle may hold ("a, à l'inverse,").
INSERTION_TOKENS = 5
# A dash set apart by spaces opens an item of a list run into one paragraph ("… (Twitter) - X : « … »").
BULLETS = frozenset({"-", "–", "—", "•"})
# Dependencies of a verb's said content: a speech verb holding one has said what it says.
CONTENT_DEPS = frozenset({"obj", "ccomp", "xcomp"})
# Dependencies of a main verb's own arguments (its object, its addressee).
ARGUMENT_DEPS = frozenset({"obj", "iobj", "obl:arg", "obl", "obl:mod"})


def is_bullet(token) -> bool:
    return token.text in BULLETS and bool(token.whitespace_) and (token.i == 0 or bool(token.nbor(-1).whitespace_))


# A quotation of at most this many tokens inside a label is a term, not words said.
TERM_TOKENS = 6
# How many words up the parse a quotation's words may hang below the verb of the writer's clause.
CLAUSE_DEPTH = 4


class PreposedAttribution(ComplementSkipper):
    """Reads the attribution that precedes a quotation."""

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
            if a > 0 and doc[a - 1].pos_ == "ADP" and doc[k].ent_type_ != "PER":
                # "un commandant basé au Pakistan, pour qui", "le chercheur X sur franceinfo, pour qui":
                # the place or the channel is a complement of the phrase (not "hommage à X, pour qui")
                np = _phrase_ending_at(doc, k) or np
        else:
            np = np_before(doc, k + 1, doc[k].sent.start)
        if np is None or not plausible_speaker(doc, *np):
            return None
        return Attribution("selon", np, make_cue(doc, i - 1, i + 1, doc[i - 1].lower_), doc[np[0]].idx)

    def _intro(self, span: MarkSpan) -> Attribution | None:
        """``X a déclaré : « … »`` — the clause before a colon that opens the quotation."""
        doc = self.doc
        i = self.token_at(span.open) - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or doc[i].text != ":":
            return None
        colon = i
        first = self._clause_start(colon)
        relative = None  # a person's relative clause of speech, when no verb of the main clause speaks
        nearest = True
        for v in range(colon - 1, first - 1, -1):
            if self.in_quote[v]:
                break
            cue = verb_cue(doc, v)
            if cue is None:
                continue
            person = self._relative_person(doc[v])
            if person is not None and relative is None:  # "… du candidat X qui a lancé : « … »"
                relative = Attribution("intro", person, make_cue(doc, v, cue[1], cue[0].base), doc[person[0]].idx)
                if nearest and not any(c.dep_ in CONTENT_DEPS for c in doc[v].children) \
                        and self._relative_of_a_complement(doc[v], *person):
                    # "a fustigé les critiques de X, qui a déclaré au Figaro : « … »": the colon brings
                    # the content of the nearest verb (not "… à X, qui l'accusait de mentir : « … »",
                    # nor "a répondu au député X, qui protestait : « … »": the main verb's addressee)
                    return relative
            nearest = False
            if doc[v].dep_ in ("acl:relcl", "acl") and doc[v].morph.get("VerbForm") != ["Part"]:
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
            after_verb = postposed_np(doc, self.skip_adverbs(after, colon), colon) if v + 1 < colon else None
            # ("« … », a souligné le magistrat : « … »": an incise's subject follows its verb, whatever the
            # parse hung before it)
            np = after_verb if after_verb and self._inverted(v, first) else self.preposed_subject(doc[v]) or after_verb
            if np is not None:
                return Attribution("intro", np, cue_obj, doc[np[0]].idx)
            return Attribution("continue", None, cue_obj, span.start)
        if relative is not None:
            return relative
        # No speech verb: the subject of the clause before the colon speaks — unless the
        # quotation names it ("X aurait changé la donne : « J'ai écrit à X … »").
        quoted = self.text[span.start:span.end]
        for t in doc[first:colon]:
            if t.dep_ == "nsubj" and first <= t.head.i < colon and not self.in_quote[t.i]:
                np = subject_np(t.head)
                if np is not None and t.lower_ in RELATIVE_OPENERS and not (
                        plausible_speaker(doc, *np) and doc[np[0]].lower_ not in INDEFINITE_DETERMINERS):
                    continue  # a relative clause describing a thing: "Une situation qui tourne au cauchemar :"
                if np is not None and doc[np[0]].lower_ not in ("c'", "ce", "cela", "ça", "qui"):
                    names = [x.text for x in doc[np[0]:np[1]] if x.pos_ == "PROPN"]
                    if names and any(n in quoted for n in names):
                        return None
                    return Attribution("intro", np, None, doc[np[0]].idx)
        label = self._label(first, colon)
        return Attribution("intro", label, None, doc[label[0]].idx) if label else None

    def _inverted(self, v: int, first: int) -> bool:
        """The verb group of ``v`` (its auxiliaries and clitics) opens right after a quotation's closing
        mark and its comma: an incise ("« … », a souligné X :"), whose subject follows it (not "Le maire,
        ému, a dit sa colère :")."""
        doc = self.doc
        s = v
        while s - 1 > first and (doc[s - 1].pos_ == "AUX" or doc[s - 1].lower_ in REFLEXIVE_CLITICS):
            s -= 1
        s -= doc[s - 1].text == ","
        return s - 1 >= first and doc[s - 1].text in CLOSING_MARKS and self.in_quote[s - 1]

    @staticmethod
    def _relative_person(verb) -> tuple[int, int] | None:
        """The person a relative "qui" subject of ``verb`` stands for, when a person's name: "du
        candidat X qui a lancé :" (not "un texte qui prévoit :")."""
        qui = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "qui"), None)
        if qui is None:
            return None
        a, b = trim_subject(qui)
        return (a, b) if any(t.ent_type_ == "PER" for t in verb.doc[a:b]) else None

    @staticmethod
    def _relative_of_a_complement(verb, a: int, b: int) -> bool:
        """The relative clause of ``verb`` hangs on the person's name in tokens ``[a, b)`` (or the noun
        it names: "du député Louis Morin, qui"), and that noun is no argument of the main verb ("a
        répondu au député X, qui protestait :" is the addressee; "les critiques de X, qui" the critiques)."""
        doc = verb.doc
        name = next((t for t in doc[a:b] if t.ent_type_ == "PER"), None)
        if name is None:
            return False
        noun = name
        while noun.dep_ in ("appos", "flat:name") and noun.head is not noun:
            noun = noun.head
        return verb.head in (name, noun) and noun.dep_ not in ARGUMENT_DEPS

    def _clause_start(self, colon: int) -> int:
        """The first token of the sentence, list item or clause after a quotation that ends before
        ``colon`` (a term in quotation marks is part of it: "chef de file des « frondeurs »")."""
        doc = self.doc
        k = colon - 1
        while k >= 0 and not doc[k].is_sent_start and not is_bullet(doc[k]):
            if self.in_quote[k]:
                run = k
                while run >= 0 and self.in_quote[run]:
                    run -= 1
                if k - run > TERM_TOKENS or run < 0 or doc[run].is_sent_start or is_bullet(doc[run]):
                    break
                k = run
                continue
            k -= 1
        return max(k, 0)

    def _item_label(self, span: MarkSpan) -> Attribution | None:
        """``- X, députée : cette décision est « un acte grave »``: a fragment in the writer's words
        after a list item's label is the labelled person's."""
        doc = self.doc
        k = self.token_at(span.open) - 1
        while k >= 0 and doc[k].text != ":" and not self.in_quote[k] and not doc[k].is_sent_start \
                and not is_bullet(doc[k]):
            k -= 1
        if k <= 0 or doc[k].text != ":":
            return None
        label = self._label(self._clause_start(k), k)
        return Attribution("intro", label, None, doc[label[0]].idx) if label else None

    def _label(self, first: int, colon: int) -> tuple[int, int] | None:
        """``- X, député de Paris : « … »``: a name opening a line or an item of a list, with its
        description, labels the quotation after the colon (reaction round-ups, transcripts)."""
        doc = self.doc
        a = first + 1 if is_bullet(doc[first]) or self.in_quote[first] else first
        b = a
        while b < colon and (doc[b].pos_ == "PROPN" or doc[b].ent_type_) and doc[b].text != ",":
            b += 1
        if b == a or b < colon and doc[b].text not in (",", "("):
            return None
        return a, b

    def preposed_subject(self, verb) -> tuple[int, int] | None:
        """The subject before a cue verb: the parse's, else the noun phrase just before it."""
        np = subject_np(verb)
        if np is not None and np[0] < verb.i and not self.in_quote[np[0]] or \
                np is not None and np[0] < verb.i and self.doc[np[0]].text == "«":
            return np
        floor = verb.sent.start
        start = self._before_insertion(verb.i, floor)
        return np_before(self.doc, start, floor) or self.apposed_name_subject(start, floor)

    def apposed_name_subject(self, i: int, floor: int) -> tuple[int, int] | None:
        """"Trois ans après …, X, perçu comme un réformateur, proche des milieux d'affaires, a
        promis …": the parse found no subject; the name set between commas before the verb's
        appositions is it (no finite verb between them)."""
        doc = self.doc
        while i > floor and doc[i - 1].pos_ == "AUX":
            i -= 1
        if i - 1 <= floor or doc[i - 1].text != ",":
            return None
        for k in range(i - 2, floor - 1, -1):
            t = doc[k]
            if t.text in (";", ":") or t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]:
                return None
            if t.pos_ == "PROPN" and t.dep_ != "flat:name" and (k == floor or doc[k - 1].text == ","):
                end = k + 1
                while end < i and doc[end].dep_ == "flat:name":
                    end += 1
                return (k, end) if doc[end].text == "," else None
        return None

    def _before_insertion(self, i: int, floor: int) -> int:
        """Where the verb group of token ``i`` starts once a parenthetical between the auxiliary and
        the participle is set aside: "X a, à l'inverse, répondu" → "a"."""
        doc = self.doc
        if i - 1 <= floor or doc[i - 1].text != ",":
            return i
        for k in range(i - 2, max(floor, i - 2 - INSERTION_TOKENS) - 1, -1):
            if doc[k].text == ",":
                return k - 1 if k - 1 >= floor and doc[k - 1].pos_ == "AUX" else i
        return i

    def outermost_cue(self, verb):
        """``X a martelé qu'il ne souhaitait …``: the speech verb of X, not the one it reports — unless
        that one has a person's name for its subject ("X souligne que Y assurait qu'« … »": Y's words; not "que
        le gouvernement avait reconnu « son échec »", X's word for it)."""
        if any(c.dep_ == "nsubj" and not self.in_quote[c.i] and (c.pos_ == "PROPN" or c.ent_type_ == "PER")
               for c in verb.children):
            return verb
        node = verb
        for _ in range(6):
            if node.head is node or node.dep_ not in ("ccomp", "xcomp", "obj", "csubj") \
                    or node.dep_ == "xcomp" and any(c.dep_ in ("nsubj", "nsubj:pass") for c in node.children):
                break  # (an "xcomp" with a subject of its own is a main clause the parser hung on a
                # fronted participle: "Promettant d'être « … », M. Castex a assuré que …")
            node = node.head
            if node.i < verb.i and not self.in_quote[node.i] and verb_cue(self.doc, node.i) is not None \
                    and verb_cue(self.doc, node.i)[0].use == "any":
                verb = node
        return verb

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

    def _subject_of_quoted_predicate(self, span: MarkSpan) -> tuple[int, int] | None:
        """``Il « refuse de céder »``, ``Marc Lenoir « ne lâchera rien »``: the quotation is the
        predicate of a pronoun or a name written just before it, who speaks the words (a common
        noun is left alone: ``l'enquête « s'inscrit dans … »`` quotes someone else) — unless the
        words speak of their speaker in the first person (``Elle « me faisait remonter … »``: she
        is talked about). A verb of self-description before the words is the subject's own
        (``X se sent « libéré de revoir des gens à qui je peux parler »``)."""
        doc = self.doc
        i = self.token_at(span.open) - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        described = self._self_description_subject(i)
        if described is not None:
            return described
        if self.speaker_says_i(span):
            return None
        if i >= 0 and doc[i].ent_type_ in ("PER", "ORG"):
            first = doc[min(len(doc) - 1, self.token_at(span.start))]
            name = next((e for e in doc.ents if e.start <= i < e.end), None)
            if name is not None and name.end == i + 1 and first.morph.get("VerbForm") == ["Fin"]:
                return name.start, name.end  # "L'Ordre des médecins « appelle … »", however parsed
        auxiliary = self._auxiliary_subject(i, span)
        if auxiliary is not None:
            return auxiliary
        if i < 0 or doc[i].dep_ not in ("nsubj", "nsubj:pass") or not self.in_quote[doc[i].head.i] \
                or doc[i].head.i < self.token_at(span.open):
            return None
        tok = doc[i]
        if not (tok.lower_ in PREDICATE_PRONOUNS or tok.pos_ == "PROPN"):
            return None
        return trim_subject(tok)

    def _self_description_subject(self, i: int) -> tuple[int, int] | None:
        """``X, qui se veut « très ferme »``, ``elle se montre « confiante »``: a reflexive verb of
        self-description (token ``i``) whose subject, a name or a pronoun (or "qui" after one), says
        the words that describe them."""
        doc = self.doc
        verb = doc[i] if i >= 1 else None
        if verb is None or verb.lemma_.lower() not in SELF_DESCRIPTION_VERBS or self.in_quote[i] \
                or doc[i - 1].lower_ not in REFLEXIVE_CLITICS:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < i), None)
        if subj is None or subj.lower_ not in PREDICATE_PRONOUNS and subj.lower_ != "qui" and subj.pos_ != "PROPN":
            return None
        a, b = trim_subject(subj)
        named = any(t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in doc[a:b])
        return (a, b) if named or subj.lower_ in PREDICATE_PRONOUNS else None

    def _auxiliary_subject(self, i: int, span: MarkSpan) -> tuple[int, int] | None:
        """``Donald Trump a lui aussi « condamné l'attaque »``: the quotation opens on the participle
        of an auxiliary written before it (token ``i``, or before a stressed pronoun and adverbs); the subject
        of that verb, a name or a pronoun (or a description holding a name), speaks the words."""
        doc = self.doc
        while i >= 0 and (doc[i].pos_ == "ADV" or doc[i].lower_ in STRESSED_PRONOUNS):
            i -= 1
        if i < 0 or doc[i].pos_ != "AUX" or self.in_quote[i]:
            return None
        verb = doc[min(len(doc) - 1, self.token_at(span.start))]
        if verb.morph.get("VerbForm") != ["Part"] or not self.in_quote[verb.i]:
            return None
        # the parser may hang the auxiliary and the subject on the clitic ("a lui aussi")
        subj = next((c for h in (verb, doc[i].head) for c in h.children if c.dep_ in ("nsubj", "nsubj:pass")
                     and c.i < i and not self.in_quote[c.i]), None)
        if subj is None or not (subj.lower_ in PREDICATE_PRONOUNS or any(t.pos_ == "PROPN" for t in subj.subtree)):
            return None
        return trim_subject(subj)

    def _subject_of_embedding_clause(self, span: MarkSpan) -> tuple[int, int] | None:
        """``Elle a encouragé ses followers à respecter « les instructions de X. Restez chez vous… »``:
        an utterance (a sentence ends inside it) set in the writer's clause without a cue is the
        words of that clause's subject, when the subject is a person's name or pronoun."""
        if not UTTERANCE_INSIDE.search(self.text, span.start, span.end):
            return None
        return self.clause_subject(span)

    def clause_subject(self, span: MarkSpan, predicate: bool = False, people: bool = False) -> tuple[int, int] | None:
        """The subject of the clause a quotation is set in, when it is a person's name or pronoun
        (or of the quoted ``predicate`` itself: "il était « trop chaud »"; or, with ``people``, a
        plural noun of people, "les familles", or whoever is the subject of a speech verb)."""
        doc = self.doc
        tok = doc[self.token_at(span.start)]
        for _ in range(CLAUSE_DEPTH):
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            if self.in_quote[tok.i] and not predicate or tok.pos_ not in ("VERB", "AUX") \
                    and not (predicate and tok.pos_ == "ADJ"):
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj" and not self.in_quote[c.i]), None)
            if subj is None:
                continue
            if impersonal_verb(tok):
                return None  # "il faudrait « 18 millions »", "il y a": nobody
            if subj.lower_ in PREDICATE_PRONOUNS or subj.pos_ == "PROPN" \
                    or people and subj.lemma_.lower() in HUMAN_GROUP_NOUNS and subj.morph.get("Number") == ["Plur"]:
                return trim_subject(subj)
            if people and subj.i < tok.i and verb_cue(doc, tok.i) is not None and names_speaker(subj):
                return trim_subject(subj)  # "Selon Le Parisien, la patiente aurait évoqué « … »": who speaks
            return None
        return None


def _phrase_ending_at(doc: Doc, k: int) -> tuple[int, int] | None:
    """The noun phrase whose last word is token ``k``: from its head's first word (after a
    preposition such as "selon") to ``k``, the head being ``k``'s furthest ancestor before it
    within the clause (after the last comma)."""
    floor = next((j for j in range(k - 1, doc[k].sent.start - 1, -1) if doc[j].text == ","), doc[k].sent.start - 1)
    t = doc[k]
    while t.head.i < t.i and t.head.i > floor:
        t = t.head
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    a = max(t.left_edge.i, floor + 1)
    while a < t.i and doc[a].pos_ == "ADP":
        a += 1
    return a, k + 1
