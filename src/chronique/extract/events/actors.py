"""Who takes part in an event: dependency-parse arguments of a trigger, resolved to entities.

Arguments are read off the parse (subject, agent, object, "avec X", "de X" …) and mapped to
named entities through the entities layer (``EntityIndex``): a title covered by a mention
resolves with it, a subject pronoun "il"/"elle" to the most recent person, a first-person
pronoun inside a quotation to the quotation's speaker, a relative "qui" to its antecedent.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Token

from ...article import Article, Entity, Quote
from ...nlp.syntax import impersonal_verb, in_clause, is_present_participle
from ..cast.office_holders import office_holder, titles_in
from ..entities.index import EntityIndex
from ..entities.tables import TITLE_HEADS, fold, is_channel_name
from ...lang.fr.demonyms import COUNTRY_NAMES, DEMONYM_COUNTRIES
from ...lang.fr.pronouns import FIRST_PERSON_PRONOUNS, REFLEXIVE_PRONOUNS, SUBJECT_PRONOUNS
from ...lang.fr.first_names import name_gender
from ...lang.fr.fold import fold_words
from ...lang.fr.gender import FEM, MASC, compatible
from ...lang.fr.honorifics import FOLDED_GENDER
from ...lang.fr.person_nouns import PERSON_NOUN_GENDER, RELATION_NOUNS
from .lexicon import ACTING_BODY_HEADS, INSTITUTION_HEADS, OBJECT_CONTROL_VERBS, PLACE_LOCUTION_NOUNS
from .trigger_syntax import fronted_participle_subject

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
OBJECT_DEPS = frozenset({"obj", "iobj"})
OBLIQUE_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod"})
# Dependencies through which a verb inherits the subject of its governor ("s'est chargée
# d'interroger", "compte rencontrer", "et a critiqué").
CONTROL_DEPS = frozenset({"xcomp", "conj", "obl:arg", "advcl"})
# Arguments not followed into: relative clauses, parentheticals, appositions after a comma.
CUT_DEPS = frozenset({"acl:relcl", "acl", "parataxis", "punct", "dep"})
# Words before a medium's or a platform's name that make it the channel of an act or of words.
CHANNEL_CASES = frozenset({"sur", "via"})
CHANNEL_CHARS = 6  # read back from the name for them ("via | Twitter")
THIRD_PERSON = frozenset({"il", "elle", "-t-il", "-t-elle", "-il", "-elle", "lui"})
OBJECT_CLITICS = frozenset({"l'", "l’", "le", "la"})
# "ce dernier", "cette dernière": the person named last.
LATTER_WORDS = frozenset({"dernier", "dernière"})
INVERTED_SUBJECTS = frozenset({"-t-il", "-t-elle", "-il", "-elle"})
PLURAL_PERSON = frozenset({"ils", "elles", "-ils", "-elles", "-t-ils", "-t-elles"})
# "ils" refers back at most this many sentences, looked for in this many tokens before it.
PLURAL_SENTENCES = 2
PLURAL_LOOKBACK_TOKENS = 150
FIRST_PERSON = FIRST_PERSON_PRONOUNS
# What may stand before a country opening a quotation ("« Le Royaume-Uni devra …»").
QUOTE_OPENING_ARTICLES = frozenset({"", "le", "la", "l'", "les"})
RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "lequel", "laquelle"})
PLACE_CASES = frozenset({"à", "en", "dans", "au", "aux"})
PARTNER_CASES = frozenset({"avec", "entre", "auprès"})
# Prepositions of a phrase of place inside an argument ("un policier devant la mairie de X"); "à" only
# before a noun of a locution of place ("une femme à la sortie du métro"): "un soutien à Bakou" is aid.
LOCATIVE_CASES = frozenset({"devant", "derrière", "près", "sous", "chez", "dans"})
BEFORE_CASES = frozenset({"devant"})
SOURCE_CASES = frozenset({"de", "du", "des", "d'", "d’", "par"})
TARGET_CASES = frozenset({"contre", "envers", "à", "au", "aux", "vers"})
# Clauses inside an argument that belong to another event.
NESTED_CLAUSE_DEPS = frozenset({"acl:relcl", "ccomp", "advcl", "parataxis", "csubj"})
# Words allowed between an unattached subject and its verb ("X ne lui a pas encore reproché").
GAP_POS = frozenset({"ADV", "AUX", "PRON", "PART"})
VERB_GAP_TOKENS = 5
# A role noun and its "de" right before a name: "député de la", "patron du", "présidente des".
ROLE_COMPLEMENT_RE = re.compile(r"(?P<head>[\w-]+)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$", re.IGNORECASE)
# Noun phrases longer than this are cut (keeps look-ups linear on run-on parses).
MAX_NP_TOKENS = 25
# Mentions further back than this many characters are not taken as a pronoun's antecedent.
PRONOUN_WINDOW = 600
# The story's first-named person is taken as a possessive's referent while named within this
# many characters (about two short paragraphs of a news story; set on the held-out samples).
PROTAGONIST_WINDOW = 1500


_ACTING_BODIES = frozenset(fold(w) for w in ACTING_BODY_HEADS)


class Resolver:
    """Entity look-ups for one article."""

    def __init__(self, article: Article):
        self.text = article.text
        self.article = article
        self.index = EntityIndex(article)
        self.quotes: list[Quote] = sorted(article.quotes, key=lambda q: q.start)
        # places by every name they go by, for nationality adjectives ("israélienne" → Israël)
        self.places = {fold(form): e for e in article.entities if e.type == "LOC"
                       for form in (e.name, *(m.text for m in e.mentions))}
        self._quote_starts = [q.start for q in self.quotes]

    def quote_at(self, offset: int) -> Quote | None:
        i = bisect_right(self._quote_starts, offset) - 1
        while i >= 0:
            q = self.quotes[i]
            if q.start <= offset < q.end:
                return q
            if q.end < offset - 5000:
                break
            i -= 1
        return None

    def _direct_at(self, offset: int) -> bool:
        q = self.quote_at(offset)
        return q is not None and q.kind == "direct"

    def cue_speaker(self, quote: Quote | None) -> Entity | None:
        """The entity that speaks ``quote`` (the quotation a cue introduces), if named."""
        if quote is None or quote.speaker is None or not quote.speaker.entity:
            return None
        return self.index.by_id.get(quote.speaker.entity)

    def quote_with_cue(self, start: int, end: int) -> Quote | None:
        for q in self.quotes:
            if q.cue is not None and q.cue.start < end and start < q.cue.end:
                return q
        return None

    def demonym_actor(self, tok: Token) -> Entity | None:
        """The country named by a nationality adjective on ``tok`` ("frappes israéliennes",
        "l'armée française"), when the article names that country."""
        for c in tok.children:
            if c.dep_ == "amod":
                for name in DEMONYM_COUNTRIES.get(fold(c.text), ()):
                    ent = self.places.get(fold(name))
                    if ent is not None:
                        return ent
        return None

    def entities_of(self, tok: Token, trigger: Token, subject: bool = False) -> list[Entity]:
        """The entities an argument token stands for (several for "X et Y"). For a subject,
        a definite title without a name ("l'ancien ministre") refers back to the last person."""
        low = tok.lower_
        if subject and low in PLURAL_PERSON:
            return self._plural_antecedent(tok, trigger)
        if subject and tok.pos_ == "NOUN" and any(c.lower_ == "deux" for c in tok.children) \
                and any(c.lower_ == "les" for c in tok.children) and self.index.mention_at(tok.idx) is None:
            return self._two_named_before(tok)  # "Les deux hommes se retrouveront": the two just named
        if tok.pos_ == "PRON" or low in THIRD_PERSON or low in FIRST_PERSON:
            ent = self._pronoun(tok, trigger, subject)
            return [ent] if ent else []
        if low in LATTER_WORDS and any(c.dep_ == "det" and c.lower_ in ("ce", "cette") for c in tok.children):
            # "ce dernier": the person named last
            det = next(c for c in tok.children if c.dep_ == "det")
            hit = self.index.mention_at(det.idx)
            ent = hit[1] if hit is not None else self._last_person(det.idx, self.quote_at(det.idx))
            return [ent] if ent else []
        hit = self.index.mention_at(tok.idx)
        if hit is not None:
            out = [hit[1]]
        else:
            found: list[Entity] = []
            placed: set[str] = set()  # places named only in a phrase of place inside the argument
            relation = _relation_complements(tok)
            for t in _np_tokens(tok, skip=relation | self._channel_complements(tok)):
                h = self.index.mention_at(t.idx)
                if h is not None and h[1] not in found:
                    found.append(h[1])
                    if h[1].type == "LOC" and _in_locative_phrase(t, tok):
                        placed.add(h[1].id)
            people = [e for e in found if e.type == "PER"]
            titled = fold(tok.text) in TITLE_HEADS
            if titled and people:
                out = people  # "le porte-parole du gouvernement Gabriel Attal"
            elif titled and subject and _definite(tok) and not relation:
                # "La sénatrice du parti X (PX) Anne Dupont a critiqué": the name between the
                # title and its verb, which the parser may hang elsewhere; a description alone was
                # resolved by the cast stage (a nominal mention) or is nobody the article names
                ent = self._person_before_verb(tok)
                if ent is None and self.quote_at(tok.idx) is not None:
                    ent = self._last_person(tok.idx, self.quote_at(tok.idx))
                out = [ent] if ent else []
            elif titled and (apposed := self._person_apposed_after(tok)) is not None:
                out = [apposed]  # "les critiques du patron de LR, Laurent Wauquiez, …" parsed apart
            elif subject and tok.lower_ not in INSTITUTION_HEADS:
                # "un ami de l'ancien maire du Havre": places inside a subject do not act,
                # unless they name an institution ("le parquet de Nanterre")
                out = [e for e in found if e.type != "LOC"]
            else:
                # "a agressé une femme à la sortie du métro, place de la République": where, not whom
                out = [e for e in found if e.id not in placed]
            if not out and titled:
                # "un appel du Premier ministre" inside a quotation, where the cast names no one:
                # the holder of that office on the article's date, when the article names them
                words = [t for t in _np_tokens(tok, skip=relation) if t.pos_ != "ADV"]  # not "hier"
                for phrase in (" ".join(t.text for t in words if t.i <= tok.i), " ".join(t.text for t in words)):
                    known = office_holder(phrase, self.article)
                    if known is not None and known[0] in self.index.by_id:
                        out = [self.index.by_id[known[0]]]
                        break
            if not out and tok.pos_ == "NOUN" and fold(tok.text) in _ACTING_BODIES:
                ent = self.demonym_actor(tok)  # "le gouvernement français", "l'armée israélienne"
                out = [ent] if ent is not None else []
        # "X et Y": conjuncts of the argument, or the conjunct right after the name it belongs to
        # (a multi-word name the parser split: "entre Lamborghini Automobili et Ravensburger")
        conjuncts = [c for c in tok.children if c.dep_ == "conj"]
        # "la Lituanie, l'Estonie et la Lettonie": a list the parser hung on its first item as an
        # apposition carrying the rest as conjuncts
        conjuncts += [x for c in tok.children if c.dep_ == "appos" and any(y.dep_ == "conj" for y in c.children)
                      for x in (c, *(y for y in c.children if y.dep_ == "conj"))]
        # "aux patrons de la CFTC, de l'Unsa et de la CGT": the list's items the parser hung on the verb
        cases = {case_of(c) for c in tok.children if c.dep_ == "nmod"} - {""}
        if cases and tok.head.i != tok.i:
            conjuncts += [x for x in tok.head.children if x.dep_ == "conj" and x.pos_ == "PROPN"
                          and tok.i < x.i <= tok.i + MAX_NP_TOKENS and case_of(x) in cases]
        if hit is not None:
            after = next((t for t in tok.doc[tok.i:tok.i + MAX_NP_TOKENS] if t.idx >= hit[0].end), None)
            if after is not None and after.dep_ == "cc" and after.i + 1 < len(tok.doc) \
                    and tok.doc[after.i + 1].dep_ == "conj":
                conjuncts.append(tok.doc[after.i + 1])
        for conj in conjuncts:
            if conj.pos_ in ("PROPN", "NOUN"):
                named = self.index.mention_at(conj.idx)
                if named is not None and named[1] not in out:
                    out.append(named[1])
        return out

    def named_in_quote(self, quote: Quote, exclude: set[str]) -> Entity | None:
        """The first person or organisation named in a quotation, other than ``exclude`` (its
        speaker): whom the words are about."""
        for m, e in self.index.mentions_in(quote.start, quote.end):
            if e.id not in exclude and e.type in ("PER", "ORG") and m.kind != "pronoun" \
                    and not (e.type == "ORG" and self._role_complement(m.start)) and not self.is_channel(m.start):
                return e
        # "« Le Premier ministre a raison… »": a title in the quotation names its holder
        for title in titles_in(self.text[quote.start:quote.end]):
            hit = office_holder(title, self.article)
            if hit is not None and hit[0] not in exclude:
                return self.index.by_id.get(hit[0])
        # "« Le Royaume-Uni devra accepter … », a-t-il mis en garde": the country the words open on
        for m, e in self.index.mentions_in(quote.start, quote.end):
            if e.type == "LOC" and e.id not in exclude and m.kind == "name" \
                    and self.text[quote.start:m.start].strip().lower().replace("’", "'") in QUOTE_OPENING_ARTICLES:
                return e
        return None

    def is_channel(self, offset: int) -> bool:
        """A medium or platform after "sur" or "via" ("dénonce cette agression sur Twitter"): the
        channel of the words, not whom they are about ("les propos sur X" are about X)."""
        hit = self.index.mention_at(offset)
        before = self.text[max(0, offset - CHANNEL_CHARS):offset].split()
        return hit is not None and is_channel_name(hit[1].name) and bool(before) and before[-1].lower() in CHANNEL_CASES

    def _channel_complements(self, tok: Token) -> frozenset[int]:
        """"les propos de X sur Twitter", "son soutien via Facebook": the channel of the act, not a
        party to it."""
        return frozenset(c.i for c in tok.children if c.dep_ == "nmod" and case_of(c) in CHANNEL_CASES
                         and (hit := self.index.mention_at(c.idx)) is not None and is_channel_name(hit[1].name))

    def _role_complement(self, offset: int) -> bool:
        """The organisation is the complement of a role ("le député de LFI", "le patron du Medef"):
        the words are about a person, not about the organisation."""
        m = ROLE_COMPLEMENT_RE.search(self.text, max(0, offset - 40), offset)
        return m is not None and fold(m.group("head")) in TITLE_HEADS

    def possessor(self, det: Token, exclude: set[str] = frozenset()) -> Entity | None:
        """The person a third-person possessive refers to ("son arrestation", "sa libération"):
        the last person named earlier in its sentence ("X, dont l'affaire … sa libération"),
        else the story's protagonist, the first person it names, while still talked about
        (named within ``PROTAGONIST_WINDOW``): a lawyer or spokesman quoted in between is rarely
        the one meant; else the last person named. People named inside direct quotations are
        left out, as for "il"; reported speech ("X a été condamné, a dit son avocat") tells the story."""
        quote = self.quote_at(det.idx)
        people = [(m, e) for m, e in self.index.mentions_in(0, det.idx)
                  if e.type == "PER" and m.kind != "pronoun" and e.id not in exclude
                  and (quote is not None or not self._direct_at(m.start))]
        if not people:
            return None
        sent_start = det.sent.start_char
        in_sentence = [e for m, e in people if m.start >= sent_start]
        if in_sentence:
            return in_sentence[-1]
        first = people[0][1]
        if any(e.id == first.id and m.end >= det.idx - PROTAGONIST_WINDOW for m, e in people):
            return first
        last_m, last = people[-1]
        return last if last_m.end >= det.idx - PRONOUN_WINDOW else None

    def _two_named_before(self, tok: Token) -> list[Entity]:
        """The last two people named before ``tok``, in its sentence or the two before."""
        first = tok.sent.start
        for _ in range(2):
            if first > 0:
                first = tok.doc[first - 1].sent.start
        people: list[Entity] = []
        for m, e in reversed(self.index.mentions_in(tok.doc[first].idx, tok.idx)):
            if e.type == "PER" and e not in people and not self._direct_at(m.start):
                people.append(e)
        return people[:2][::-1] if len(people) >= 2 else []

    def _plural_antecedent(self, tok: Token, trigger: Token) -> list[Entity]:
        """"ils"/"elles" as a subject: the named entities of the last subject naming several
        ("X et Y demandent … Ils ont écrit"), looked for in this sentence and the ones before."""
        if self.quote_at(tok.idx) is not None:
            return []  # "ils" inside a quotation is the speaker's, not the narrator's
        sents = list(tok.doc[max(0, tok.sent.start - PLURAL_LOOKBACK_TOKENS):tok.i].sents)
        for sent in reversed(sents[-(PLURAL_SENTENCES + 1):]):
            for t in reversed(sent):
                if t.i < tok.i and t.dep_ in SUBJECT_DEPS and t.pos_ in ("PROPN", "NOUN"):
                    ents = self.entities_of(t, trigger, subject=True)
                    if len(ents) >= 2:
                        return ents
        return []

    def mention_before_verb(self, verb: Token) -> Entity | None:
        """The entity whose mention ends right before ``verb`` in its clause, across adverbs,
        auxiliaries and clitics only: the subject the parser failed to attach."""
        doc = verb.doc
        i = verb.i - 1
        while i >= verb.sent.start and verb.i - i <= VERB_GAP_TOKENS and doc[i].pos_ in GAP_POS:
            i -= 1
        if i < verb.sent.start or doc[i].is_punct:
            return None
        hit = self.index.mention_at(doc[i].idx)
        if hit is None or self.quote_at(doc[i].idx) is not None:
            return None
        # a place acts only as the subject of a present participle, set off by a comma ("…, Kiev
        # accusant Minsk de …"; not "défilé à Paris dénonçant …")
        if hit[1].type == "LOC":
            first = i
            while first > verb.sent.start and doc[first].idx > hit[0].start:
                first -= 1  # the place's first word
            participle = i == verb.i - 1 and is_present_participle(verb) and first > verb.sent.start \
                and doc[first - 1].text == ","
            # or a country opening its clause as the subject of a verb in a simple tense ("Pour X, le
            # Royaume-Uni travaille")
            state = fold(hit[1].name) in COUNTRY_NAMES \
                and first > verb.sent.start and doc[first - 1].lower_ in ("le", "la", "l'", "l’", "les") \
                and (first - 1 == verb.sent.start or doc[first - 2].text == ",") \
                and verb.morph.get("VerbForm") == ["Fin"]
            if not (participle or state):
                return None
        return hit[1]

    def _person_apposed_after(self, tok: Token) -> Entity | None:
        """The person named between commas right after the noun phrase of a title ``tok``."""
        doc = tok.doc
        last = _np_tokens(tok)[-1].i
        if last + 2 >= len(doc) or doc[last + 1].text != ",":
            return None
        hit = self.index.mention_at(doc[last + 2].idx)
        return hit[1] if hit is not None and hit[1].type == "PER" else None

    def _person_before_verb(self, subj: Token) -> Entity | None:
        """The last person named between a title subject and the verb it is the subject of."""
        verb = subj.head
        if verb.i <= subj.i:
            return None
        # not a name inside a clause on the subject ("Le veuf d'une femme … relayée par X a appelé")
        a, b = subj.left_edge.i, subj.right_edge.i + 1
        inner = {t.idx for t in subj.doc[a:b] if in_clause(t, a, b)}
        people = [e for m, e in self.index.mentions_in(subj.idx, verb.idx) if e.type == "PER" and m.start not in inner]
        return people[-1] if people else None

    def _pronoun(self, tok: Token, trigger: Token, subject: bool = False) -> Entity | None:
        low = tok.lower_
        quote = self.quote_at(tok.idx)
        if low in FIRST_PERSON:
            if quote is not None and quote.speaker is not None and quote.speaker.entity:
                return self.index.by_id.get(quote.speaker.entity)
            return None
        # an object clitic acting as a subject is the controller of an infinitive: "l'a poussé à
        # comparer …" (a person is pushed to act)
        if low not in THIRD_PERSON and not (subject and low in OBJECT_CLITICS):
            return None
        cue_quote = self.quote_with_cue(trigger.idx, trigger.idx + len(trigger.text))
        if cue_quote is not None and cue_quote.speaker is not None and cue_quote.speaker.entity:
            return self.index.by_id.get(cue_quote.speaker.entity)
        cast = self.index.mention_at(tok.idx + len(tok.text) - 1)
        if cast is not None and cast[0].kind == "pronoun":
            return cast[1]  # resolved by the cast stage: agreement and the subject chain
        if subject and quote is None and low in THIRD_PERSON:
            return None  # a narrative "il"/"elle" the cast could not resolve (no agreeing antecedent): no guess
        # the gender of "il", "-t-elle": of the pronoun past its inversion hyphens ("lui" has none)
        return self._last_person(tok.idx, quote, SUBJECT_PRONOUNS.get(low.rsplit("-", 1)[-1]))

    def clitic_object(self, tok: Token, exclude: set[str]) -> Entity | None:
        """An object clitic ("l'a menacé", "la reçoit", "lui a demandé"): the person the cast
        resolved it to, else the last person named before it who is not the act's source ("X s'est
        énervé et l'aurait menacé": not X)."""
        cast = self.index.mention_at(tok.idx + len(tok.text) - 1)
        if cast is not None and cast[0].kind == "pronoun" and cast[1].id not in exclude:
            return cast[1]
        quote = self.quote_at(tok.idx)
        gender = _clitic_gender(tok)
        for mention, ent in self.index.mentions_before(tok.idx, limit=20):
            if mention.end < tok.idx - PRONOUN_WINDOW:
                break
            if ent.type != "PER" or ent.id in exclude or mention.kind == "pronoun":
                continue
            if quote is None and self.quote_at(mention.start) is not None:
                continue
            if not compatible(gender, _person_gender(ent)):
                continue  # "X l'avait accusé": a man, not the woman named last
            return ent
        return None

    def _last_person(self, offset: int, quote: Quote | None, gender: str | None = None) -> Entity | None:
        """The last person named before ``offset`` whose gender agrees with ``gender`` (the pronoun's)."""
        for mention, ent in self.index.mentions_before(offset, limit=20):
            if mention.end < offset - PRONOUN_WINDOW:
                break
            if ent.type != "PER" or mention.kind == "pronoun" or not compatible(gender, _person_gender(ent)):
                continue
            if quote is None and self.quote_at(mention.start) is not None:
                continue  # a person named inside a quotation is not the narrator's "il"
            return ent
        return None


def _clitic_gender(clitic: Token) -> str | None:
    """The gender of an object clitic: its own ("la", "le"), or for "l'" the agreement of a past
    participle in a compound tense ("l'a accusée" a woman, "l'a accusé" a man)."""
    if clitic.lower_ in ("la", "le"):
        return FEM if clitic.lower_ == "la" else MASC
    verb = clitic.head
    compound = any(c.lemma_ == "avoir" and c.dep_ == "aux:tense" for c in verb.children)
    if not compound or "Part" not in verb.morph.get("VerbForm"):
        return None
    # the spelling, surer than the tagger's guess: a past participle ends in "e" only in the
    # feminine ("tuée", "prise", "battues"; "tué", "pris", "battus")
    return FEM if verb.lower_.endswith(("e", "es")) else MASC


def _person_gender(ent: Entity) -> str | None:
    """The gender a person's honorific, title noun or first name says."""
    for m in ent.mentions:
        if m.kind == "title":  # "Mme", "présidente de la région"
            gender = FOLDED_GENDER.get(fold_words(m.text)) \
                or next((PERSON_NOUN_GENDER[w] for w in m.text.lower().split() if w in PERSON_NOUN_GENDER), None)
        else:
            gender = name_gender(m.text) if m.kind == "name" else None
        if gender in (MASC, FEM):
            return gender
    return None


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "les") for c in tok.children)


def _np_tokens(tok: Token, skip: frozenset[int] = frozenset()) -> list[Token]:
    """Tokens of the noun phrase headed by ``tok``, without clauses hanging off it (nor the
    branches whose heads are in ``skip``), in order."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CUT_DEPS and c.i not in skip)
    out.sort(key=lambda t: t.i)
    return out[:MAX_NP_TOKENS]


def _relation_complements(tok: Token) -> frozenset[int]:
    """"le proche de X", "l'avocat de X": the complement names someone else than the phrase does."""
    if tok.lower_ not in RELATION_NOUNS:
        return frozenset()
    return frozenset(c.i for c in tok.children if c.dep_ == "nmod" and case_of(c) in SOURCE_CASES - {"par"})


def partner_tokens(verb: Token, cases: frozenset[str] = PARTNER_CASES) -> list[Token]:
    """Heads of "avec X" / "entre X" groups (or of other ``cases``) anywhere in the verb's clause
    ("évoquer la possibilité de ces tests avec Olivier Véran"), not inside nested clauses."""
    out, stack = [], list(verb.children)
    while stack:
        t = stack.pop()
        if t.dep_ in NESTED_CLAUSE_DEPS:
            continue
        if t.lower_ in cases and t.dep_ == "case" and t.head.i != verb.i:
            out.append(t.head)
        stack.extend(t.children)
    return out


def _object_controller(inf: Token) -> Token | None:
    """The object of a verb like "convaincre X de", "appeler X à": X does what the infinitive
    ``inf`` says, not the subject of the governing verb."""
    gov = inf.head
    if inf.dep_ not in ("xcomp", "obl:arg") or "Inf" not in inf.morph.get("VerbForm") \
            or gov.lemma_ not in OBJECT_CONTROL_VERBS:
        return None
    # the parser often labels a name object after the verb "nsubj" ("pousse Paul à …")
    return next((c for c in gov.children if (c.dep_ in ("obj", "iobj") or c.dep_ == "nsubj" and c.i > gov.i)
                 and c.i < inf.i and c.lower_ not in ("se", "s'", "s’")), None)


def _in_locative_phrase(t: Token, head: Token) -> bool:
    """Is ``t`` reached from ``head`` through a phrase of place ("une femme à la sortie du métro de
    la place de la République", "un policier devant la mairie de Nantes")?"""
    while t.i != head.i and t.head.i != t.i:
        case = case_of(t) if t.dep_ in ("nmod", "obl", "obl:mod") else ""
        if case in LOCATIVE_CASES or case in PLACE_CASES and t.lemma_.lower() in PLACE_LOCUTION_NOUNS:
            return True
        t = t.head
    return False


def case_of(tok: Token) -> str:
    for c in tok.children:
        if c.dep_ in ("case", "fixed") or (c.dep_ == "det" and c.lower_ in ("au", "aux", "du", "des")):
            return c.lower_
    return ""


def _name_apposed_to_fronted_complement(verb: Token) -> Token | None:
    """"Sur Twitter, Pierre Lescure, président du festival, a rendu hommage …": the parser hangs the
    subject, a name between commas, on the fronted complement as its apposition."""
    for c in verb.children:
        if c.i < verb.i and c.dep_ in ("obl", "obl:mod") and any(x.dep_ == "case" for x in c.children):
            name = next((x for x in c.children if x.dep_ == "appos" and x.pos_ == "PROPN" and x.i > c.i
                         and x.doc[x.i - 1].text == ","), None)
            if name is not None:
                return name
    return None


# Verbs of "se faire / se voir / se laisser + infinitive": a pronominal passive.
CAUSATIVE_VERBS = frozenset({"faire", "voir", "laisser"})


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject token of ``verb`` (climbing through control and coordination) and whether
    the clause is passive."""
    fronted = fronted_participle_subject(verb)
    if fronted is not None:
        return fronted, True  # "Critiqué par X, Y a répondu": Y undergoes it, X does it
    t = verb
    if verb.dep_ == "conj" and is_present_participle(verb) and not is_present_participle(verb.head):
        # "X a dénoncé …, affirmant qu'il … et appelant à …", the second participle hung on the
        # first one's clause: it goes with the first participle
        t = next((a for a in verb.ancestors if is_present_participle(a)), verb)
    # a passive trigger stays one however its subject is reached ("X affirme avoir été menacé par Y");
    # an active one takes the voice of the verb it climbs to, as before
    voice = None
    for _ in range(4):
        # a compound tense with "avoir" and no "être" is active whatever the subject's label
        # ("X a critiqué"); "X a été auditionné" is passive
        passive = any(c.dep_ == "aux:pass" or c.lower_ == "été" and c.pos_ == "AUX" for c in t.children) \
            or any(c.dep_ == "nsubj:pass" for c in t.children) \
            and not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in t.children)  # "X a été insulté" too
        if passive and any(c.lower_ in REFLEXIVE_PRONOUNS and c.i < t.i
                           and (c.dep_.startswith(("expl", "obj", "iobj")) or c.dep_ == "mark" and c.lemma_ == "se")
                           for c in t.children) \
                and not any(c.lower_ == "été" or c.dep_ == "obl:agent" or c.lemma_ in CAUSATIVE_VERBS
                            for c in t.children):
            # "X s'en est pris à Y", "X s'est entretenu avec Y": a pronominal verb, not a passive
            # ("X s'est fait agresser par Y" is one)
            passive = False
        if voice is None:
            voice = passive
        passive = passive or voice
        for c in t.children:
            if c.dep_ in SUBJECT_DEPS and c.lower_ == "il" and impersonal_verb(t):
                return None, passive  # "il y a eu des menaces", "il faut des sanctions": no one
            if c.dep_ in SUBJECT_DEPS and c.lower_ not in ("se", "s'", "s’", "y", "en", "ce", "c'", "cela", "-t"):
                if c.lower_ in RELATIVES and (t.dep_ == "acl:relcl" or t.head.pos_ == "PROPN"):
                    return t.head, passive  # "X, qui a rencontré", "c'est X qui a rencontré"
                named = next((x for x in t.children if x.dep_ == c.dep_ and x.i > c.i and x.pos_ == "PROPN"
                              and x.i > 0 and x.doc[x.i - 1].text == ","), None)
                # "Une directrice de la banque (BNB), X, a appelé": the apposed name, parsed as a second subject
                return (named if c.pos_ == "NOUN" and named is not None else c), passive
        for c in t.children:
            if c.lower_ in INVERTED_SUBJECTS:
                return c, passive  # "dénonce-t-il": the tagger often calls "-il" dep
        hung = next((g for c in t.children if c.dep_ in ("advmod", "aux:tense") and c.i < t.i
                     for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
        if hung is not None:
            return hung, passive  # "X a d'abord refusé": the subject hung by the parse on "d'abord"
        fronted = _name_apposed_to_fronted_complement(t)
        if fronted is not None:
            return fronted, passive
        if t.dep_ == "parataxis" and t.head.pos_ == "PROPN" and t.head.i < t.i \
                and any(x.dep_ == "appos" for x in t.head.children):
            return t.head, passive  # "X, secrétaire général de Y, dénonce": parsed as X's parataxis
        if t.dep_ == "acl" and any(c.dep_ == "obl:agent" for c in t.children):
            return None, True  # "la décision de X, saluée par Y": a passive participle, Y acts
        if t.dep_ == "acl" and t.head.pos_ == "NOUN":
            # "sa décision de se retirer", "la décision de X de suspendre": through the noun
            named = next((c for c in t.head.children if c.dep_ == "nmod" and c.pos_ == "PROPN"
                          and c.i < t.i), None)
            if named is not None:
                return named, False
            t = t.head
            if t.dep_ in ("obj", "obl", "obl:arg", "obl:mod") and t.head.i != t.i:
                t = t.head
                continue
            break
        if t.dep_ in CONTROL_DEPS and t.head.i != t.i:
            controller = _object_controller(t)
            if controller is not None:
                return controller, False
            t = t.head
            continue
        break
    return None, False
