"""What the article tells about the people, outlets and documents that may speak in it.

Built once per article from the entity layer and the parse: the mentions of people and
organisations outside quotations, each person's gender (first name, title, role), the roles the
article attached to names, and the documents it attributed to a producer ("une étude de l'Insee").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from ...article import Article, Entity
from ...lang.fr.fold import fold
from ...nlp.offsets import token_starts
from ...knowledge.media import outlet_kind
from ...knowledge.organisations import kind_of
from ..entities.tables import PARTIES, is_media_name
from ..entities.index import EntityIndex
from ..cast.office_holders import publication_day, titles_held
from ...lang.fr.first_names import name_gender
from ...lang.fr.person_nouns import (CHAIR_NOUNS, EXPERTISE_NOUNS, FAMILY_NOUNS, LEARNED_NOUNS, MANDATE_NOUNS,
                                     PARTY_POSITION_PHRASES, PARTY_POSITION_WORDS, RELATION_NOUNS, ROLE_NOUNS,
                                     STATUS_NOUNS, TRADE_NOUNS, ranked_office)
from ...lang.fr.gender import FEM, compatible
from .referent import norm_phrase
from .role_phrases import role_after, role_before, role_taken
from ...lang.fr.honorifics import HONORIFIC_ROLES, HONORIFICS
from .tables import (COMPLEMENT_MARKERS, DOCUMENT_SYNONYMS, MAKER_VERBS, MEDIA_NOUN_KINDS, ORGANISATION_KINDS,
                     ORGANISATION_NOUNS, POSSESSIVE_DETERMINERS, PUBLICATION_NOUNS)

# How far back (characters) a pronoun or role looks for its antecedent: about three paragraphs.
ANTECEDENT_WINDOW = 1500
# Verbs by which a body makes a document or a study ("publiée par", "menée par", "commandée par").
_DOCUMENT_MAKING_VERBS = MAKER_VERBS | {"mener", "conduire", "établir", "produire", "commander", "effectuer",
                                       "coordonner"}
# Tokens before an organisation's name searched for the noun of its kind ("la fédération des X | Y").
KIND_WINDOW = 4
# An outlet name: an article and one capitalised word ("Le Parisien", "Les Echos").
_OUTLET_NAME = re.compile(r"^(?:Le|La|Les|L['’])\s?[A-Z][\w-]+$")
_GENDERED_HONORIFICS = {h: g for h, g in HONORIFICS.items() if g is not None}
# String hashes of the publication nouns (and of their capitalised lemma forms), for the array scan.
_PUBLICATION_HASHES = numpy.array(sorted({get_string_id(w) for n in PUBLICATION_NOUNS for w in (n, n.capitalize())}),
                                  dtype=numpy.uint64)

Mention = tuple[int, int, Entity]  # (start, end, entity) of one mention outside quotations


class ArticleCast:
    """People, organisations, genders, roles and documents of one article, by offset."""

    def __init__(self, article: Article, doc: Doc, in_quote: list[bool], starts: list[int] | None = None):
        self.text = article.text
        self.doc = doc
        self.in_quote = in_quote
        self.index = EntityIndex(article)
        self._starts = starts if starts is not None else token_starts(doc)
        self.by_text: dict[str, Entity] = {}  # every mention's words → its entity
        people: list[Mention] = []
        orgs: list[Mention] = []
        self._quoted_people: list[Mention] = []  # (their roles by apposition are facts all the same)
        for e in article.entities:
            for m in e.mentions:
                self.by_text.setdefault(norm_phrase(m.text), e)
                if self.quoted_char(m.start):
                    if e.type == "PER":
                        self._quoted_people.append((m.start, m.end, e))
                    continue
                if e.type == "PER":
                    people.append((m.start, m.end, e))
                elif e.type == "ORG":
                    orgs.append((m.start, m.end, e))
        self._org_names = [(name, e.id) for name, e in self.by_text.items() if e.type == "ORG"]
        people.sort(key=lambda x: x[0])
        orgs.sort(key=lambda x: x[0])
        self.people, self.people_starts = people, [p[0] for p in people]
        # People the body never names (the headline does): the cast stage's candidates for its pronouns.
        self.unmentioned_people = [e.id for e in article.entities if e.type == "PER" and not e.mentions]
        self._orgs, self._org_starts = orgs, [o[0] for o in orgs]
        self.gender: dict[str, str | None] = {}
        self.roles: list[tuple[int, str, str | None, str]] = []  # (offset, role phrase, gender, entity id)
        # descriptions of an organisation's people resolved so far: (entity id, "le leader de la cgt")
        self.described: list[tuple[str, str]] = []
        self.offices: dict[str, tuple[str, ...]] = {}  # entity id → titles of the offices held that day (knowledge)
        self.taken: list[tuple[int, str, str | None, str]] = []  # roles the article says someone took: "X est élu …"
        self._learn_genders_and_roles(article)
        self.sents = [(x.start, x.end, x.start_char, x.end_char) for x in doc.sents] if len(doc) else []
        self._sent_starts = [x[0] for x in self.sents]
        self._publications: list[tuple[int, str, str]] | None = None  # built on first need

    # -- offsets -----------------------------------------------------------------------------
    def token_at(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def quoted_char(self, offset: int) -> bool:
        if not len(self.doc):
            return False
        return self.in_quote[self.token_at(offset)]

    def sentence_index(self, i: int) -> int:
        """Index in ``sents`` of the sentence holding token ``i``."""
        return max(0, bisect_right(self._sent_starts, i) - 1)

    # -- genders and roles -------------------------------------------------------------------
    def _learn_genders_and_roles(self, article: Article) -> None:
        doc = self.doc
        day = publication_day(article)
        for e in article.entities:
            if e.type == "PER":
                self.gender[e.id] = name_gender(e.name)
                if titles := titles_held(e, day):
                    self.offices[e.id] = titles
        for start, end, e in self.people:
            i = self.token_at(start)
            if i > 0 and doc[i - 1].lower_ in _GENDERED_HONORIFICS:
                self.gender[e.id] = _GENDERED_HONORIFICS[doc[i - 1].lower_]
            if i > 0 and doc[i - 1].lower_ in HONORIFIC_ROLES:  # "Me Marie Dupont": "l'avocate"
                masculine, feminine = HONORIFIC_ROLES[doc[i - 1].lower_]
                self.roles.append((start, feminine if self.gender.get(e.id) == FEM else masculine, None, e.id))
            taken = role_taken(doc, self.token_at(end - 1) + 1)
            if taken is not None:
                self.taken.append((start, taken[0], taken[1], e.id))
            before = role_before(doc, i)
            role = before or role_after(doc, self.token_at(end - 1) + 1)
            if role:
                phrase, gender = role
                if not compatible(gender, self.gender.get(e.id)) and not (before and _singular(phrase)):
                    continue  # "Face à Mme X, le porte-parole a …": the role is someone else's (one right
                    # before the name is theirs, whatever its gender: "le capitaine Céline X"; not "les
                    # rapporteurs Christine X et Nicole Y", a role of them all)
                self.roles.append((start, phrase, gender, e.id))
                if self.gender.get(e.id) is None and gender:
                    self.gender[e.id] = gender
        for start, _, e in self._quoted_people:
            # "« … Le maire de Londres Sadiq Khan dit que … »": the apposition in a quotation names him too
            # (an office of some place or body: not "mon ami le président X")
            role = role_before(doc, self.token_at(start))
            if role and " " in role[0] and compatible(role[1], self.gender.get(e.id)):
                self.roles.append((start, *role, e.id))
        self.roles.sort(key=lambda r: r[0])

    def holds_other_role(self, entity_id: str, head: str) -> bool:
        """The article attached roles to this entity (or the office table gives them one), and none
        of them has this head noun — compared without accents, in the singular or the plural of a
        body's members ("président de la fédération des médecins" is "le médecin"); chairing a body
        is no other role for an elected mandate ("présidente du groupe de travail" is "la députée")."""
        roles = [role for _, role, _, eid in self.roles if eid == entity_id] + list(self.offices.get(entity_id, ()))
        if head in MANDATE_NOUNS:  # "présidente du groupe de travail …", "chef de file …" is still "la députée"
            roles = [role for role in roles if not _chairs_a_body(role) and not _party_position(role)]
        if head in EXPERTISE_NOUNS:  # "le toxicologue X", then "le spécialiste": a learned profession is expertise
            roles = [role for role in roles if role.split()[0] not in LEARNED_NOUNS]
        folded = fold(head)
        forms = (folded, folded + "s", folded + "x")
        return bool(roles) and bool(head) and not any(f in _office_words(role) for role in roles for f in forms)

    def affiliations(self, entity_id: str) -> frozenset[str]:
        """The organisations named in the roles the article gave the person ("le leader de la CGT
        Philippe Martinez") or in the descriptions resolved to them so far: the CGT."""
        phrases = [role for _, role, _, eid in self.roles if eid == entity_id]
        phrases += [phrase for eid, phrase in self.described if eid == entity_id]
        return frozenset(oid for phrase in phrases for name, oid in self._org_names if f" {name} " in f" {phrase} ")

    # -- the most recent candidates ------------------------------------------------------------
    def latest_person(self, offset: int, gender: str | None, head: str = "",
                      exclude: frozenset[str] | set[str] = frozenset()) -> str | None:
        """The person named last before ``offset`` (gender-compatible, holding no other role)."""
        j = bisect_left(self.people_starts, offset) - 1
        while j >= 0 and offset - self.people[j][0] < ANTECEDENT_WINDOW:
            e = self.people[j][2]
            if compatible(self.gender.get(e.id), gender) and not self.holds_other_role(e.id, head) \
                    and e.id not in exclude:
                return e.id
            j -= 1
        return None

    def latest_outlet(self, offset: int, noun: str | None = None) -> Entity | None:
        """The outlet named last: a name of the media table ("Valeurs Actuelles", "JDD") or made of an
        article and a capitalised word ("Le Parisien", "Les Echos") whatever type the entity layer gave
        it, else the organisation named last. A noun of one kind ("l'hebdomadaire", "la chaîne")
        prefers the outlet of that kind named last."""
        kinds = MEDIA_NOUN_KINDS.get(noun or "")
        outlets = [e for m, e in self.index.mentions_before(offset, limit=40)
                   if offset - m.start <= ANTECEDENT_WINDOW * 2 and e.type != "LOC" and not self.quoted_char(m.start)
                   and (_OUTLET_NAME.match(e.name) or is_media_name(e.name))]
        if kinds is not None:
            of_kind = next((e for e in outlets if outlet_kind(e.name) in kinds), None)
            if of_kind is not None:
                return of_kind
        if outlets:
            return outlets[0]
        j = bisect_left(self._org_starts, offset) - 1
        if j >= 0 and offset - self._orgs[j][0] < ANTECEDENT_WINDOW * 2:
            return self._orgs[j][2]
        if j < 0:
            # "Le quotidien explique …" opening a body whose lead was cut: the outlet named after
            return next((e for _, _, e in self._orgs if is_media_name(e.name)), None)
        return None

    def latest_org_headed(self, offset: int, head: str) -> Entity | None:
        """The organisation named last before ``offset`` whose name opens on the noun ``head``
        ("le ministère" → "ministère de la Culture", "la banque" → "Banque de France")."""
        j = bisect_left(self._org_starts, offset) - 1
        while j >= 0 and offset - self._orgs[j][0] < ANTECEDENT_WINDOW * 2:
            e = self._orgs[j][2]
            words = norm_phrase(e.name).split()
            if words and words[0] == head:
                return e
            j -= 1
        return None

    def place_named(self, name: str) -> Entity | None:
        """The place of the article that goes by ``name`` ("Royaume-Uni"), if any."""
        entity = self.by_text.get(norm_phrase(name))
        return entity if entity is not None and entity.type == "LOC" else None

    def latest_org(self, offset: int) -> Entity | None:
        """The organisation named last before ``offset``, outlets aside: what "l'entreprise",
        "cette association" point back to when no name opens on that noun."""
        j = bisect_left(self._org_starts, offset) - 1
        while j >= 0 and offset - self._orgs[j][0] < ANTECEDENT_WINDOW:
            e = self._orgs[j][2]
            if not is_media_name(e.name):
                return e
            j -= 1
        return None

    def latest_org_of_kind(self, offset: int, kind: str) -> Entity | None:
        """The organisation named last before ``offset`` that the noun ``kind`` stands for ("le
        syndicat" → CGT, "le parti" → Les Républicains): listed of that kind in
        ``knowledge/organisations.tsv``, or a party of the entity tables (a name opening on the noun,
        "Syndicat national …", is ``latest_org_headed``'s)."""
        j = bisect_left(self._org_starts, offset) - 1
        while j >= 0 and offset - self._orgs[j][0] < ANTECEDENT_WINDOW * 2:
            e = self._orgs[j][2]
            if kind_of(e.name) == kind or kind == "parti" and fold(e.name) in PARTIES \
                    or self._introduced_as(e, kind):
                return e
            j -= 1
        return None

    def _introduced_as(self, e: Entity, kind: str) -> bool:
        """The article wrote a noun of that kind before one of the names ("le syndicat SGJ-FO")."""
        for m in e.mentions:
            noun = self.kind_noun_before(m.start) if m.kind == "name" else None
            if noun is not None and ORGANISATION_KINDS.get(noun.lemma_.lower()) == kind:
                return True
        return False

    def kind_noun_before(self, offset: int) -> Token | None:
        """The noun of a kind of organisation just before a name ("l'association de consommateurs |
        X", "le syndicat | SGJ-FO"), within the name's clause."""
        k = self.token_at(offset)
        for t in reversed(self.doc[max(0, k - KIND_WINDOW):k]):
            if t.pos_ == "NOUN" and (t.lemma_.lower() in ORGANISATION_NOUNS or t.lemma_.lower() in ORGANISATION_KINDS):
                return t
            if t.is_punct or t.is_sent_start:
                break
        return None

    # -- documents -----------------------------------------------------------------------------
    def document_producer(self, noun: Token, before: int) -> str | None:
        """The producer named the last time the article wrote this document noun with a complement
        ("une étude de l'Insee" … "l'étude"); None when no producer was named."""
        if self._publications is None:
            self._publications = self._find_publications()
        lemma = noun.lemma_.lower()
        same = {lemma}.union(*(group for group in DOCUMENT_SYNONYMS if lemma in group))
        best = None
        for offset, lem, eid in reversed(self._publications):
            if offset >= before or before - offset > ANTECEDENT_WINDOW * 2:
                continue
            if lem == lemma:
                return eid
            if best is None and lem in same:
                best = eid  # "un rapport de l'ONU" … "l'étude": the same document named otherwise
        return best

    def _find_publications(self) -> list[tuple[int, str, str]]:
        """(offset, noun lemma, producer entity) of each "rapport/étude/… de <organisation>"."""
        out = []
        doc = self.doc
        # read the parse as arrays: building a Token for every word costs more than the search
        rows = doc.to_array([POS, LOWER, LEMMA])
        for i in (int(k) for k in numpy.flatnonzero((rows[:, 0] == NOUN) & (
                numpy.isin(rows[:, 1], _PUBLICATION_HASHES) | numpy.isin(rows[:, 2], _PUBLICATION_HASHES)))):
            t = doc[i]
            lemma = t.lemma_.lower()
            if lemma not in PUBLICATION_NOUNS and t.lower_ not in PUBLICATION_NOUNS or self.in_quote[t.i]:
                continue
            for c in t.children:
                if c.i <= t.i or c.dep_ != "nmod" or not any(
                        x.dep_ == "case" and x.lower_ in COMPLEMENT_MARKERS for x in c.children):
                    continue
                # the name inside the complement, or the one its head opens ("du Centre d'analyse
                # du terrorisme": the parse hangs the rest of the name below "Centre")
                hit = next(((m, e) for m, e in self.index.mentions_in(c.left_edge.idx, c.idx + len(c.text))
                            if e.type in ("ORG", "PER")), None) or self.index.mention_at(c.idx)
                if hit is not None and hit[1].type not in ("ORG", "PER"):
                    hit = None
                if hit is not None:
                    out.append((t.idx, lemma, hit[1].id))
                    break
            else:
                agent = self._participle_agent(t)
                if agent is not None:  # "une enquête publiée jeudi par la FAS" … "le document"
                    out.append((t.idx, lemma, agent))
                elif any(c.dep_ == "det" and c.lower_ in POSSESSIVE_DETERMINERS for c in t.children):
                    # "l'OCDE, dans son rapport sur …": the organisation or person named before in
                    # the sentence
                    before = [e for _, e in self.index.mentions_in(t.sent.start_char, t.idx)
                              if e.type in ("ORG", "PER")]
                    if before:
                        out.append((t.idx, lemma, before[-1].id))
        return out

    def _participle_agent(self, noun: Token) -> str | None:
        """The organisation or person a participle of making on ``noun`` names as its agent
        ("réalisée par X"; not "consulté par l'AFP", "cité par X")."""
        for c in noun.children:
            if c.dep_ != "acl" or c.pos_ != "VERB" or c.i < noun.i or c.lemma_.lower() not in _DOCUMENT_MAKING_VERBS:
                continue
            for g in c.subtree:  # (the parse may hang it on a date: "publiée jeudi par X")
                if g.dep_ == "obl:agent" and (g.head.i == c.i or g.head.head.i == c.i and g.head.pos_ == "NOUN"):
                    hit = self.index.mention_at(g.idx) or next(iter(
                        self.index.mentions_in(g.left_edge.idx, g.idx + len(g.text))), None)
                    if hit is not None and hit[1].type in ("ORG", "PER"):
                        return hit[1].id
        return None


def _office_words(role: str) -> list[str]:
    """The folded words of a role that a bare head noun may name: not the rank and noun of a ranked
    office ("premier ministre" is not "le ministre"; "premier ministre de X" is still "de X")."""
    words = fold(role).split()
    return words[2:] if ranked_office(words) else words


def _party_position(role: str) -> bool:
    """"chef de file écologiste", "porte-parole du groupe": a position in a party or a campaign."""
    words = fold(role).split()
    return bool(words) and (words[0] in PARTY_POSITION_WORDS or " ".join(words[:2]) in PARTY_POSITION_PHRASES)


def _chairs_a_body(role: str) -> bool:
    """"présidente du groupe de travail", "président de la commission des lois": the chair of a
    body, not the head of a state or government ("président de la République", "du gouvernement")."""
    words = fold(role).split()
    return len(words) > 2 and words[0] in CHAIR_NOUNS and words[1] in ("de", "du", "des", "d'") \
        and not {"republique", "gouvernement"} & set(words)


# Singular nouns of people a role may be "of" ("le père de l'adolescente X": the name is hers).
_PEOPLE = ROLE_NOUNS | TRADE_NOUNS | STATUS_NOUNS | RELATION_NOUNS | MANDATE_NOUNS | FAMILY_NOUNS | {"victime"}


def _singular(phrase: str) -> bool:
    """A role phrase whose head noun is singular and whose last noun is no singular person of its own
    ("capitaine des pompiers"; not "rapporteurs", nor "père de l'adolescente", whom the name is)."""
    words = phrase.replace("’", "'").split()
    last = words[-1].split("'")[-1]
    of_someone = len(words) > 1 and last in _PEOPLE
    return not words[0].endswith(("s", "x")) and not of_someone
