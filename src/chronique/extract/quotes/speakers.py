"""Who is speaking: speaker noun phrases read off the parse and resolved to entities.

A speaker phrase is read after an inverted cue (``», précise ainsi Christophe Castaner``), as the
subject of a cue verb, or after ``selon``. It is then resolved:
- a name inside it (not a complement: ``un proche du ministre X`` is not X) → that entity;
- a pronoun (``-t-il``, ``elle``) → the most recent compatible speaker or person;
- a definite role (``le ministre``, ``la porte-parole du gouvernement``) → the entity the article
  attached that role to (``le ministre de l'Intérieur Christophe Castaner``), else the most recent
  person; a media noun (``le quotidien``) → the last outlet named;
- an indefinite or possessive phrase (``un proche``, ``son entourage``) → an unnamed source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...article import Article, Entity
from ...nlp.offsets import token_starts
from ..entities.index import EntityIndex
from .tables import (
    DEFINITE_DETERMINERS, DOCUMENT_AUTHOR_NOUNS, FEMININE_FIRST_NAMES, HUMAN_GROUP_NOUNS, FEMININE_TITLES, INDEFINITE_DETERMINERS,
    MASCULINE_FIRST_NAMES, MASCULINE_TITLES, STRESSED_PRONOUNS, MEDIA_NOUNS, NAME_TITLES, NP_STOP_WORDS, ORGANISATION_NOUNS,
    PRONOUN_GENDER, PUBLICATION_NOUNS, ROLE_NOUNS, ROLE_SYNONYMS, UNNAMED_SOURCE_NOUNS,
)

SPEAKER_TYPES = ("PER", "ORG", "LOC")
# A speaker phrase longer than this many tokens is a misreading (calibrated on gold/dev: the
# longest real one, "un ami politique de l'ancien maire du Havre", has 9).
MAX_NP_TOKENS = 12
# How far back (characters) a pronoun or role looks for its antecedent: about three paragraphs.
ANTECEDENT_WINDOW = 1500
# A person outside main-subject position (complement, object, relative clause) is a weaker
# antecedent of "il/elle" than the subject chain: it counts as this many sentences farther back
# (calibrated on gold/dev and hand-written cases: 2 lets a subject one or two sentences back win
# over a nearer "du ministre Y").
NON_SUBJECT_PENALTY = 2
# How many sentences back a plural pronoun ("selon elles") looks for a plural subject.
PLURAL_SENTENCES_BACK = 3
_COMPLEMENT_MARKERS = frozenset({"de", "du", "des", "d'", "d’"})
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
_OUTLET_NAME = re.compile(r"^(?:Le|La|Les|L['’])\s?[A-Z][\w-]+$")
_DAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
GROUP_NOUNS = frozenset({"clan", "camp", "entourage", "équipe", "cabinet", "famille", "proches", "partisans", "fidèles"})


@dataclass(frozen=True)
class Referent:
    """A resolved speaker: the words naming it, where, and the entity (None for unnamed sources)."""
    text: str
    start: int
    end: int
    entity: str | None
    gender: str | None = None
    person: bool | None = None  # False for organisations and outlets: never the antecedent of "il"


def first_name_gender(name: str) -> str | None:
    first = name.split()[0].lower() if name.split() else ""
    for candidate in (first, first.split("-")[0]):
        fem, masc = candidate in FEMININE_FIRST_NAMES, candidate in MASCULINE_FIRST_NAMES
        if fem != masc:
            return "Fem" if fem else "Masc"
    return None


def compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


class SpeakerResolver:
    """Resolution of speaker phrases for one article, remembering the speakers found so far."""

    def __init__(self, article: Article, doc: Doc, in_quote: list[bool], starts: list[int] | None = None):
        self.text = article.text
        self.doc = doc
        self.in_quote = in_quote
        self.index = EntityIndex(article)
        self._starts = starts if starts is not None else token_starts(doc)
        self.by_text: dict[str, Entity] = {}
        people, orgs = [], []
        for e in article.entities:
            for m in e.mentions:
                self.by_text.setdefault(_norm(m.text), e)
                if self._quoted_char(m.start):
                    continue
                if e.type == "PER":
                    people.append((m.start, m.end, e))
                elif e.type in ("ORG",):
                    orgs.append((m.start, m.end, e))
        people.sort(key=lambda x: x[0])
        orgs.sort(key=lambda x: x[0])
        self._people, self._people_starts = people, [p[0] for p in people]
        self._orgs, self._org_starts = orgs, [o[0] for o in orgs]
        self.gender: dict[str, str | None] = {}
        self.roles: list[tuple[int, str, str | None, str]] = []  # (offset, role phrase, gender, entity id)
        self._learn_genders_and_roles(article)
        self.history: list[tuple[int, Referent]] = []  # speakers resolved so far, by attribution offset
        self._sents = [(x.start, x.end, x.start_char, x.end_char) for x in doc.sents] if len(doc) else []
        self._sent_starts = [x[0] for x in self._sents]
        self._publications: list[tuple[int, str, str]] | None = None  # built on first need

    # -- article-level knowledge -------------------------------------------------------
    def token_at(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def _quoted_char(self, offset: int) -> bool:
        if not len(self.doc):
            return False
        return self.in_quote[self.token_at(offset)]

    def _learn_genders_and_roles(self, article: Article) -> None:
        doc = self.doc
        for e in article.entities:
            if e.type == "PER":
                self.gender[e.id] = first_name_gender(e.name)
        for start, end, e in self._people:
            i = self.token_at(start)
            if i > 0 and doc[i - 1].lower_ in FEMININE_TITLES | MASCULINE_TITLES:
                self.gender[e.id] = "Fem" if doc[i - 1].lower_ in FEMININE_TITLES else "Masc"
            role = self._role_before(i) or self._role_after(self.token_at(end - 1) + 1)
            if role:
                phrase, gender = role
                if not compatible(gender, self.gender.get(e.id)):
                    continue  # "Face à Mme X, le porte-parole a …": the role is someone else's
                self.roles.append((start, phrase, gender, e.id))
                if self.gender.get(e.id) is None and gender:
                    self.gender[e.id] = gender

    def _role_before(self, i: int) -> tuple[str, str | None] | None:
        """``le ministre de l'Intérieur`` right before a name (a comma between is allowed)."""
        doc = self.doc
        j = i - 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j < 0 or doc[j].pos_ not in ("NOUN", "ADJ", "PROPN"):
            return None  # "la visite du X": a complement, not a title
        end = j + 1
        while j >= 0 and not doc[j].is_sent_start and doc[j].pos_ in ("NOUN", "ADJ", "ADP", "DET", "PROPN", "PUNCT") \
                and doc[j].text not in (",", ".", ":", ";", "«", "»", "(", ")") and end - j < 10:
            if doc[j].pos_ == "DET" and (j == 0 or doc[j - 1].lower_ not in _COMPLEMENT_MARKERS):
                return self._role_phrase(j, end)
            j -= 1
        if j >= 0 and doc[j].pos_ == "DET" and doc[j].is_sent_start:
            return self._role_phrase(j, end)
        return None

    def _role_after(self, i: int) -> tuple[str, str | None] | None:
        """``Olivier Véran, le ministre de la Santé`` / ``X, directrice générale de l'ARS``."""
        doc = self.doc
        if i >= len(doc) or doc[i].text != ",":
            return None
        j = i + 1
        if j >= len(doc) or doc[j].pos_ not in ("DET", "NOUN"):
            return None
        k = j
        while k < len(doc) and k - j < 10 and doc[k].pos_ in ("NOUN", "ADJ", "ADP", "DET", "PROPN") \
                and doc[k].text not in (",", "."):
            k += 1
        if k < len(doc) and doc[k].text not in (",", ".", ";", ")", "»", ":") and not doc[k].is_space:
            return None  # ", le porte-parole a assuré": the subject of the next clause
        if k > j and any(doc[x].pos_ == "NOUN" for x in range(j, k)):
            return self._role_phrase(j, k)
        return None

    def _role_phrase(self, a: int, b: int) -> tuple[str, str | None] | None:
        doc = self.doc
        toks = [t for t in doc[a:b]]
        if not toks or not any(t.pos_ == "NOUN" for t in toks):
            return None
        det = toks[0]
        gender = None
        if det.pos_ == "DET":
            gender = (det.morph.get("Gender") or [None])[0]
            toks = toks[1:]
        head = next((t for t in toks if t.pos_ == "NOUN"), None)
        if head is None or head.lower_ not in ROLE_NOUNS and head.lemma_.lower() not in ROLE_NOUNS:
            return None
        while toks and toks[-1].lower_ in _COMPLEMENT_MARKERS | {"l'", "l’", "la", "le", "les"}:
            toks = toks[:-1]
        if gender is None and head is not None:
            gender = (head.morph.get("Gender") or [None])[0]
        return _norm(" ".join(t.text for t in toks)), gender

    # -- resolution ----------------------------------------------------------------------
    def remember(self, offset: int, ref: Referent) -> None:
        self.history.append((offset, ref))

    def resolve_span(self, a: int, b: int) -> Referent | None:
        """Resolve the speaker phrase made of tokens ``[a, b)``."""
        doc = self.doc
        if a >= b:
            return None
        span = doc[a:b]
        start, end = span.start_char, span.end_char
        text = self.text[start:end]
        first = doc[a]
        if b - a == 1 and (first.lower_.lstrip("-") in PRONOUN_GENDER or first.lower_ in STRESSED_PRONOUNS):
            return self.resolve_pronoun(a)
        words = [t for t in span]
        k = 0
        while k < len(words) and (words[k].lower_ in NAME_TITLES or words[k].text in ("«", "»")):
            k += 1
        if k < len(words) and words[k].pos_ == "PROPN":
            # The phrase opens on a name the entity layer holds (maybe longer than the phrase).
            hit = self.index.mention_at(words[k].idx)
            if hit is not None and hit[1].type in SPEAKER_TYPES and hit[0].kind not in ("title", "nominal"):
                m, e = hit
                return Referent(m.text, m.start, m.end, e.id, self.gender.get(e.id), e.type == "PER")
        # A name not introduced by "de" is the speaker (head or apposition); people first,
        # because the parse often reads a role ("ministre de l'Intérieur") as an organisation.
        det_gender = (first.morph.get("Gender") or [None])[0] if first.pos_ == "DET" else None
        lead = next((t for t in words if t.pos_ == "NOUN"), None)
        if lead is not None and lead.i < b - 1 and lead.lower_ in GROUP_NOUNS and first.pos_ == "DET":
            # "le clan Philippe", "l'entourage de X": a group around someone, not that person.
            return Referent(text, start, end, None, None, True)
        named = []
        for m, e in self.index.mentions_in(start, end):
            if e.type not in SPEAKER_TYPES:
                continue
            mi = self.token_at(m.start)
            if self._complement_at(mi, a):
                continue
            nominal = m.kind in ("title", "nominal")
            if nominal and not compatible(det_gender, self.gender.get(e.id)):
                continue  # "le porte-parole" cannot be the woman the entity layer linked it to
            named.append((e.type != "PER", nominal, m.start, e))
        if named:
            _, nominal, ms, e = min(named, key=lambda x: (x[0], x[1], x[2]))
            if nominal:  # "le ministre", linked by the entity layer: the phrase names the speaker
                return Referent(text, start, end, e.id, self.gender.get(e.id), e.type == "PER")
            m = next(m for m in e.mentions if m.start == ms)
            s_, e_ = max(m.start, start), min(m.end, end)
            # The name is the words naming the speaker ("Christophe Castaner", not the whole title).
            return Referent(self.text[s_:e_], s_, e_, e.id, self.gender.get(e.id), e.type == "PER")
        known = self.by_text.get(_norm(" ".join(t.text for t in words[k:])))
        if known is not None and known.type in SPEAKER_TYPES:
            return Referent(text, start, end, known.id, self.gender.get(known.id), known.type == "PER")
        run = self._name_run(a, b)
        if run is not None:
            rs, re_ = doc[run[0]].idx, doc[run[1] - 1].idx + len(doc[run[1] - 1].text)
            known = self.by_text.get(_norm(self.text[rs:re_]))
            return Referent(self.text[rs:re_], rs, re_, known.id if known else None,
                            first_name_gender(self.text[rs:re_]), True if doc[run[0]].ent_type_ == "PER" else None)
        det = first.lower_
        head = next((t for t in words if t.pos_ == "NOUN"), None)
        head_text = head.lower_ if head is not None else ""
        gender = None
        if first.pos_ == "DET":
            gender = (first.morph.get("Gender") or [None])[0]
        if gender is None and head is not None:
            gender = (head.morph.get("Gender") or [None])[0]
        if det in DEMONSTRATIVES and b - a > 1 and (head_text in UNNAMED_SOURCE_NOUNS or head_text in ROLE_NOUNS):
            # "cette source", "ce proche": the speaker the article just mentioned.
            for _, ref in reversed(self.history):
                if compatible(ref.gender, gender) or ref.entity is None:
                    return ref if ref.entity is None else Referent(text, start, end, ref.entity, ref.gender)
        if head is not None and head_text in DOCUMENT_AUTHOR_NOUNS:
            # "les auteurs du rapport", "les experts de l'ONU": the document or body they write for.
            doc_noun = next((t for t in words if t.i > head.i and t.pos_ == "NOUN"
                             and (t.lower_ in PUBLICATION_NOUNS or t.lemma_.lower() in PUBLICATION_NOUNS)), None)
            for m, e in self.index.mentions_in(start, end):
                if e.type in ("ORG", "PER"):
                    return Referent(text, start, end, e.id, None, e.type == "PER")
            if doc_noun is not None:
                producer = self._document_producer(doc_noun, start)
                return Referent(text, start, end, producer, None, True)
        if head_text in PUBLICATION_NOUNS or head is not None and head.lemma_.lower() in PUBLICATION_NOUNS:
            # "un article du Point", "un communiqué de l'Élysée": the publisher speaks.
            for m, e in self.index.mentions_in(start, end):
                if e.type in SPEAKER_TYPES:
                    return Referent(text, start, end, e.id, None, e.type == "PER")
            if det in DEFINITE_DETERMINERS or det in DEMONSTRATIVES:
                # "le rapport", "cette étude": the one the article attributed to its producer before.
                return Referent(text, start, end, self._document_producer(head, start), None, False)
        if det in INDEFINITE_DETERMINERS or det in ("celui", "celle", "ceux"):
            human = head_text in UNNAMED_SOURCE_NOUNS or head_text in ROLE_NOUNS or head is None \
                or head.pos_ == "ADJ" or (head_text not in ORGANISATION_NOUNS and b - a <= 3)
            return Referent(text, start, end, None, gender, True if human and head_text not in ORGANISATION_NOUNS else None)
        if det in DEFINITE_DETERMINERS and head is not None:
            if head_text in MEDIA_NOUNS:
                org = self._latest_outlet(start)
                return Referent(text, start, end, org.id if org else None, None, False)
            if head_text in UNNAMED_SOURCE_NOUNS or (head.morph.get("Number") == ["Plur"]):
                return Referent(text, start, end, None, gender, head_text not in ORGANISATION_NOUNS)
            if head_text not in ROLE_NOUNS and head.lemma_.lower() not in ROLE_NOUNS:
                return Referent(text, start, end, None, gender, None)  # "le duc d'York": no guess
            entity = self.resolve_role(a, b, start, gender)
            return Referent(text, start, end, entity, gender, True)
        return Referent(text, start, end, None, gender)

    def _complement_at(self, i: int, a: int) -> bool:
        """Token ``i`` is introduced by "de" (possibly through a determiner): "de la République"."""
        doc = self.doc
        k = i - 1
        while k >= a and (doc[k].pos_ in ("DET", "PROPN") and doc[k].lower_ not in _COMPLEMENT_MARKERS
                          or doc[k].lower_ in ("l'", "l’")):
            k -= 1
        return k >= a and doc[k].lower_ in _COMPLEMENT_MARKERS | {"au", "aux", "à"}

    def _name_run(self, a: int, b: int) -> tuple[int, int] | None:
        """Proper-name tokens in the phrase that the entity layer did not list (not a complement)."""
        doc = self.doc
        i = a
        while i < b:
            t = doc[i]
            if (t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG")) and t.is_title and not self._complement_at(i, a):
                j = i
                while j < b and (doc[j].pos_ == "PROPN" or doc[j].ent_type_ in ("PER", "ORG")) and not doc[j].is_punct:
                    j += 1
                if j > i and not (i == a and j == b and doc[i].pos_ != "PROPN"):
                    return i, j
                i = j
            i += 1
        return None

    def resolve_role(self, a: int, b: int, start: int, gender: str | None) -> str | None:
        """The entity holding the role named by tokens ``[a, b)`` (a definite phrase)."""
        doc = self.doc
        phrase = _norm(" ".join(t.text for t in doc[a + 1:b]))
        keys = {phrase}
        for group in ROLE_SYNONYMS:
            if phrase in group:
                keys |= group
        head = next((t.lower_ for t in doc[a:b] if t.pos_ == "NOUN"), "")
        best = None
        for offset, role, g, eid in self.roles:
            if offset >= start + 400:
                continue
            exact = role in keys or any(role.startswith(k + " ") or role.endswith(" " + k) for k in keys)
            same_head = head and role.split()[:1] == [head] and compatible(g, gender)
            if exact or same_head:
                score = (2 if exact else 1, offset if offset < start else -offset)
                if best is None or score > best[0]:
                    best = (score, eid)
        if best:
            return best[1]
        if any(e.type == "LOC" and self._complement_at(self.token_at(m.start), a)
               for m, e in self.index.mentions_in(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))):
            return None  # "le duc d'York", "le maire de Paris": a specific office nobody was given
        # The person who spoke last, then the person named last — unless the article gave them
        # another role ("le porte-parole X" is not "le président").
        for offset, ref in reversed(self.history):
            if start - offset > ANTECEDENT_WINDOW:
                break
            if ref.entity is not None and ref.person and compatible(ref.gender, gender) \
                    and not self._holds_other_role(ref.entity, head):
                return ref.entity
        person = self._latest_person(start, gender, head)
        if person is not None:
            return person
        # Cataphora: the role is named just after ("a déclaré le chef de l'État. Emmanuel Macron ...").
        i = bisect_left(self._people_starts, start)
        for s, _, e in self._people[i:i + 3]:
            if s - start < 600 and compatible(self.gender.get(e.id), gender):
                return e.id
        return None

    def resolve_pronoun(self, i: int) -> Referent | None:
        tok = self.doc[i]
        word = tok.lower_.lstrip("-")
        gender = PRONOUN_GENDER.get(word, STRESSED_PRONOUNS.get(word))
        start = tok.idx + (len(tok.text) - len(tok.text.lstrip("-")))
        end = tok.idx + len(tok.text)
        here = self.text[start:end]
        if word in ("ils", "elles", "eux"):
            group = self._plural_topic(i, gender)
            if group is not None:
                return group
        # "on" is generic and a plural rarely has a single person as antecedent: recency only.
        topic = self._topic(i, start, gender) if word not in ("on", "ils", "elles", "eux") else None
        if topic is not None:
            s, e_end, eid, ref = topic
            if ref is not None:
                if ref.entity is None:
                    return ref  # an unnamed source: its own phrase says who it is
                return Referent(here, start, end, ref.entity, ref.gender or gender, True)
            return Referent(here, start, end, eid, self.gender.get(eid) or gender, True)
        return self._recent_antecedent(here, start, end, gender)

    # -- centering: the antecedent of a subject pronoun is the ongoing subject chain --------
    def _sentence_index(self, i: int) -> int:
        return max(0, bisect_right(self._sent_starts, i) - 1)

    def subject_role(self, tok: Token) -> str:
        """``Le sénateur X a décidé``: X (apposed to the subject) is the "subject" of the main clause;
        ``La position de X devrait …``: X is the "genitive" of that subject (still the topic, less so);
        ``l'annonce du ministre Y qui …`` / ``a rencontré Y``: "other"."""
        t = _name_head(tok)
        if self._main_subject(t):
            return "subject"
        if t.dep_ == "nmod" and t.head.dep_ in ("nsubj", "nsubj:pass") and self._main_subject(t.head):
            return "genitive"
        return "other"

    @staticmethod
    def _main_subject(t: Token) -> bool:
        if t.dep_ in ("nsubj", "nsubj:pass"):
            h = t.head
            # "Interrogée par X, la présidente affirme …": the parser hangs the finite verb on the participle.
            return h.dep_ in ("ROOT", "conj", "parataxis") or h.head is h \
                or h.dep_ == "advcl" and h.morph.get("VerbForm") == ["Fin"]
        return t.is_sent_start and t.dep_ not in ("nmod", "obl", "obl:mod", "obl:arg", "obj", "iobj")

    def _role_subject(self, a: int, b: int, gender: str | None):
        """``Le président du Conseil scientifique a pris la parole.``: a definite role as main subject,
        resolved to the person holding it (start, end, entity id, None) — or None."""
        doc = self.doc
        for t in doc[a:b]:
            if t.dep_ not in ("nsubj", "nsubj:pass") or t.pos_ != "NOUN" or self.in_quote[t.i] \
                    or not self._main_subject(t):
                continue
            if t.lemma_.lower() not in ROLE_NOUNS and t.lower_ not in ROLE_NOUNS or t.morph.get("Number") == ["Plur"]:
                return None
            det = doc[t.left_edge.i]
            if det.lower_ not in DEFINITE_DETERMINERS:
                return None
            g = (det.morph.get("Gender") or t.morph.get("Gender") or [None])[0]
            if not compatible(g, gender):
                return None
            np = _trim_subject(t)
            s_char, e_char = doc[np[0]].idx, doc[np[1] - 1].idx + len(doc[np[1] - 1].text)
            k = bisect_left(self._people_starts, e_char) - 1
            if k >= 0 and self._people[k][0] >= s_char and compatible(self.gender.get(self._people[k][2].id), gender):
                # "la présidente de la Ligue X Chantal Y": the person named in the subject phrase.
                return (self._people[k][0], self._people[k][1], self._people[k][2].id, None)
            ref = self.resolve_span(*np)
            if ref is None or ref.entity is None or not ref.person \
                    or not compatible(self.gender.get(ref.entity), gender):  # "le président du groupe PS" is not PS
                return None
            return (doc[np[0]].idx, doc[np[1] - 1].idx + len(doc[np[1] - 1].text), ref.entity, None)
        return None

    def _main_subject_pronoun(self, a: int, b: int, gender: str | None) -> bool:
        """The sentence ``[a, b)`` has a compatible subject pronoun: it continues the chain."""
        for t in self.doc[a:b]:
            low = t.lower_.lstrip("-")
            if low in ("il", "elle") and PRONOUN_GENDER[low] == gender and t.dep_ in ("nsubj", "nsubj:pass") \
                    and (t.head.dep_ in ("ROOT", "conj") or t.head.head is t.head) and not self.in_quote[t.i]:
                return True
        return False

    def _topic(self, i: int, start: int, gender: str | None):
        """The best antecedent for a singular pronoun at token ``i``: walking back over sentences, a
        speaker already attributed or a person in main-subject position scores the number of sentences
        back (sentences whose subject is the same pronoun do not count: they continue the chain);
        a person elsewhere in a sentence (complement, object, relative clause) scores
        NON_SUBJECT_PENALTY more. Returns (start, end, entity id, history referent) or None."""
        doc = self.doc
        si = self._sentence_index(i)
        best = None  # (score, -offset, payload)
        distance = 0
        h = len(self.history) - 1
        while h >= 0 and self.history[h][0] > start:
            h -= 1
        for s in range(si, -1, -1):
            a, b, a_char, b_char = self._sents[s]
            if start - a_char > ANTECEDENT_WINDOW or best is not None and best[0] < distance:
                break
            limit = start if s == si else b_char
            # Speakers attributed in this sentence: topics by definition.
            while h >= 0 and self.history[h][0] >= a_char:
                offset, ref = self.history[h]
                h -= 1
                person = ref.person or ref.person is None and ref.entity in self.gender  # a PER entity
                if person and compatible(ref.gender, gender) and offset < limit:
                    # An unnamed source ("un proche") is a weaker topic than a named person.
                    cand = (distance + (0 if ref.entity else 1), -offset, (offset, offset, ref.entity, ref))
                    if best is None or cand < best:
                        best = cand
            j = bisect_left(self._people_starts, limit) - 1
            while j >= 0 and self._people[j][0] >= a_char:
                ms, me, e = self._people[j]
                j -= 1
                if not compatible(self.gender.get(e.id), gender):
                    continue
                role = self.subject_role(doc[self.token_at(ms)])
                score = distance + (0 if role == "subject" else 1 if role == "genitive" else NON_SUBJECT_PENALTY)
                cand = (score, -ms, (ms, me, e.id, None))
                if best is None or cand < best:
                    best = cand
            if s < si:
                role_subject = self._role_subject(a, b, gender)
                if role_subject is not None:
                    cand = (distance, -role_subject[0], role_subject)
                    if best is None or cand < best:
                        best = cand
            if not (s < si and self._main_subject_pronoun(a, b, gender) or s == si):
                distance += 1
        return best[2] if best is not None else None

    def _plural_topic(self, i: int, gender: str | None) -> Referent | None:
        """``Les infirmières ont manifesté. Selon elles, …``: a plural human subject of the sentences
        just before (an unnamed source, its own phrase) — or None to fall back to people."""
        doc = self.doc
        si = self._sentence_index(i)
        for s in range(si, max(-1, si - PLURAL_SENTENCES_BACK), -1):
            a, b, _, _ = self._sents[s]
            for t in doc[a:min(b, i)]:
                if t.dep_ not in ("nsubj", "nsubj:pass") or t.pos_ != "NOUN" or self.in_quote[t.i]:
                    continue
                if t.morph.get("Number") != ["Plur"] or not compatible((t.morph.get("Gender") or [None])[0], gender):
                    continue
                if not (t.head.dep_ in ("ROOT", "conj") or t.head.head is t.head):
                    continue
                if not {t.lower_, t.lemma_.lower()} & (HUMAN_GROUP_NOUNS | UNNAMED_SOURCE_NOUNS | ROLE_NOUNS):
                    return None  # "Les mesures seront …": not people, the chain is broken
                x, y = t.left_edge.i, t.i + 1
                while x < t.i and (doc[x].is_punct or doc[x].pos_ not in ("DET", "ADJ", "NUM", "NOUN")):
                    x += 1
                span = doc[x:y]
                return Referent(span.text, span.start_char, span.end_char, None, gender, True)
        return None

    def _recent_antecedent(self, here: str, start: int, end: int, gender: str | None) -> Referent:
        # The most recent compatible speaker or person before the pronoun.
        best_offset, best = -1, None
        for offset, ref in reversed(self.history):
            if offset > start or not ref.person:
                continue
            if compatible(ref.gender, gender):
                best_offset, best = offset, ref
                break
        j = bisect_left(self._people_starts, start) - 1
        while j >= 0 and self._people[j][0] > best_offset and start - self._people[j][0] < ANTECEDENT_WINDOW:
            s, e_end, e = self._people[j]
            if compatible(self.gender.get(e.id), gender):
                if s > best_offset:
                    return Referent(here, start, end, e.id, self.gender.get(e.id) or gender, True)
                break
            j -= 1
        if best is None or start - best_offset > ANTECEDENT_WINDOW * 2:
            return Referent(here, start, end, None, gender, True)
        if best.entity is None:
            return best  # an unnamed source: its own phrase says who it is
        return Referent(here, start, end, best.entity, best.gender or gender, True)

    def new_subject_between(self, after: int, before: int) -> Referent | None:
        """A person introduced as the subject of the sentence just before a quotation, after the last
        attribution ("Le docteur Jaques Sztajnbok est là. « Il faut … »"): the quotation is theirs."""
        j = bisect_left(self._people_starts, before) - 1
        while j >= 0 and self._people[j][0] > after:
            s, e_end, e = self._people[j]
            tok = self.doc[self.token_at(s)]
            subject = tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.dep_ == "ROOT" or tok.is_sent_start \
                or tok.head.dep_ in ("nsubj", "nsubj:pass") and tok.head.head.dep_ == "ROOT"
            if subject:
                sent = tok.sent
                if sent.start_char <= after:
                    return None  # the last attribution is in that very sentence: it still holds
                if sent.end_char >= before - 3 or sent.end >= len(self.doc) or \
                        self.doc[min(sent.end, len(self.doc) - 1)].idx >= before - 3:
                    return Referent(self.text[s:e_end], s, e_end, e.id, self.gender.get(e.id), True)
                return None
            j -= 1
        return None

    def _document_producer(self, noun: Token, before: int) -> str | None:
        """The producer named the last time the article wrote this document noun with a complement
        ("une étude de l'Insee" … "l'étude"); None when no producer was named."""
        if self._publications is None:
            self._publications = self._find_publications()
        lemma = noun.lemma_.lower()
        for offset, lem, eid in reversed(self._publications):
            if offset < before and before - offset <= ANTECEDENT_WINDOW * 2 and lem == lemma:
                return eid
        return None

    def _find_publications(self) -> list[tuple[int, str, str]]:
        """(offset, noun lemma, producer entity) of each "rapport/étude/… de <organisation>"."""
        out = []
        for t in self.doc:
            lemma = t.lemma_.lower()
            if t.pos_ != "NOUN" or lemma not in PUBLICATION_NOUNS and t.lower_ not in PUBLICATION_NOUNS \
                    or self.in_quote[t.i]:
                continue
            for c in t.children:
                if c.i <= t.i or c.dep_ != "nmod" or not any(
                        x.dep_ == "case" and x.lower_ in _COMPLEMENT_MARKERS for x in c.children):
                    continue
                hit = next(((m, e) for m, e in self.index.mentions_in(c.left_edge.idx, c.idx + len(c.text))
                            if e.type in ("ORG", "PER")), None)
                if hit is not None:
                    out.append((t.idx, lemma, hit[1].id))
                    break
        return out

    def _latest_outlet(self, offset: int) -> Entity | None:
        """The outlet named last: an organisation, or a name made of an article and a capitalised
        word ("Le Parisien", "Les Echos") whatever type the entity layer gave it."""
        for m, e in self.index.mentions_before(offset, limit=40):
            if offset - m.start > ANTECEDENT_WINDOW * 2:
                break
            if _OUTLET_NAME.match(e.name) and e.type != "LOC" and not self._quoted_char(m.start):
                return e
        return self._latest(self._orgs, self._org_starts, offset)

    def _latest(self, items, starts, offset: int):
        j = bisect_left(starts, offset) - 1
        if j >= 0 and offset - items[j][0] < ANTECEDENT_WINDOW * 2:
            return items[j][2]
        return None

    def _latest_person(self, offset: int, gender: str | None, head: str = "") -> str | None:
        j = bisect_left(self._people_starts, offset) - 1
        while j >= 0 and offset - self._people[j][0] < ANTECEDENT_WINDOW:
            e = self._people[j][2]
            if compatible(self.gender.get(e.id), gender) and not self._holds_other_role(e.id, head):
                return e.id
            j -= 1
        return None

    def _holds_other_role(self, entity_id: str, head: str) -> bool:
        """The article attached roles to this entity, and none of them has this head noun."""
        roles = [role for _, role, _, eid in self.roles if eid == entity_id]
        return bool(roles) and bool(head) and not any(head in role.split() for role in roles)


def _name_head(tok: Token) -> Token:
    """Climb from a name token to the noun it names or is apposed to ("Le sénateur Marc X" → sénateur)."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("flat:name", "flat", "appos") and t.head is not t:
            t = t.head
        else:
            break
    return t


def postposed_np(doc: Doc, j: int, limit: int, after_preposition: bool = False) -> tuple[int, int] | None:
    """The speaker phrase starting at token ``j`` after an inverted cue (``détaille le ministre``)."""
    n = min(len(doc), limit)
    if j >= n:
        return None
    tok = doc[j]
    if tok.lower_.lstrip("-") in PRONOUN_GENDER and tok.text.startswith("-"):
        return j, j + 1
    if after_preposition and tok.lower_ in STRESSED_PRONOUNS:
        return j, j + 1  # "selon elles", "d'après lui"
    if tok.text == "«":  # a quoted name speaks: dénonce « Nos Retraites »
        k = j + 1
        while k < n and doc[k].text != "»" and k - j < 6:
            k += 1
        return (j + 1, k) if k < n and doc[k].text == "»" and k > j + 1 else None
    if tok.lower_ not in NAME_TITLES and not tok.is_title and (
            tok.is_punct or tok.is_space or tok.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON")):
        return None
    k = j
    seen_noun = False
    while k < n and k - j < MAX_NP_TOKENS:
        t = doc[k]
        low = t.lower_
        if t.is_space or t.is_punct and t.text not in ("-", "'", "’", "."):
            break
        if t.text == "." and not (k > j and doc[k - 1].lower_ + "." in NAME_TITLES or low in NAME_TITLES):
            break
        if low in NP_STOP_WORDS and k > j and not (t.is_title and low in _DAYS):  # "Journal du Dimanche"
            # "de" chains stay: un proche du ministère de l'Economie
            break
        if t.pos_ in ("VERB", "AUX") and not t.ent_type_ and k > j and not (t.pos_ == "VERB" and t.is_title):
            break
        if t.pos_ == "DET" and k > j and doc[k - 1].lower_ not in _COMPLEMENT_MARKERS and not (
                doc[k - 1].pos_ == "NOUN" and k + 1 < n and doc[k + 1].is_title):
            break  # a new phrase; but "le quotidien Les Echos" names the outlet in apposition
        if low in _COMPLEMENT_MARKERS and (k + 1 >= n or doc[k + 1].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM")):
            break
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "X") or t.ent_type_:
            seen_noun = True
        k += 1
    while k > j and doc[k - 1].lower_ in _COMPLEMENT_MARKERS | {"l'", "l’", "la", "le", "les"}:
        k -= 1
    if k == j or not seen_noun and not doc[j].is_title:
        return None
    return j, k


def subject_np(verb: Token) -> tuple[int, int] | None:
    """The subject phrase of a (preposed) cue verb, climbing coordinations and gerunds."""
    node = verb
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i + 1), None)
        if subj is not None:
            return _trim_subject(subj)
        if node.dep_ in ("ROOT",) or node.head is node:
            break
        if node.dep_ not in ("conj", "xcomp", "advcl", "nmod", "acl", "obl:mod", "obl", "parataxis", "ccomp"):
            break
        node = node.head
    return None


def _trim_subject(subj: Token) -> tuple[int, int]:
    doc = subj.doc
    if subj.pos_ == "PRON":
        if subj.lower_ in ("qui",) and subj.head.dep_ == "acl:relcl":
            return _trim_subject(subj.head.head)
        return subj.i, subj.i + 1
    a = subj.left_edge.i
    b = subj.i + 1
    # Extend to the right over the noun phrase (adjectives, de-complements, apposed name),
    # stopping at a comma, a relative clause or the verb.
    k = b
    while k <= subj.right_edge.i:
        t = doc[k]
        if t.text in (",", "(", ":", ";") or t.dep_ in ("acl:relcl", "acl") or t.pos_ in ("VERB", "AUX"):
            break
        k += 1
    b = max(b, k)
    # ", Jérôme Salomon," right after a role: the apposed name is part of the subject.
    if b + 1 < len(doc) and doc[b].text == "," and (doc[b + 1].pos_ == "PROPN" or doc[b + 1].ent_type_ == "PER"):
        k = b + 1
        while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].ent_type_ == "PER") and k - b < 5:
            k += 1
        b = k
    # Start after a leading comma/quotation mark picked up by the parse.
    while a < subj.i and doc[a].is_punct and doc[a].text != "«":
        a += 1
    # "une recommandation de X, …, qui demandait": the relative's antecedent is X, not "de X".
    while a < subj.i and doc[a].dep_ == "case" and doc[a].lower_ in _COMPLEMENT_MARKERS:
        a += 1
    return a, b


_BEFORE_VERB_SKIP = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "ne", "n'", "n’", "pas", "aussi",
                               "également", "lui", "leur", "se", "s'", "s’", "y", "en", "bien", "déjà", "encore",
                               "d'", "d’", "abord", "ensuite", "enfin", "toutefois", "pourtant", "alors"})


def np_before(doc: Doc, i: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase right before token ``i`` (``Bruno Le Maire promet``), when the parse found no subject."""
    k = i - 1
    while k >= floor and (doc[k].lower_ in _BEFORE_VERB_SKIP or doc[k].pos_ == "ADV"):
        k -= 1
    end = k + 1
    while k >= floor and end - k <= MAX_NP_TOKENS and not doc[k].is_punct and (
            doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") or doc[k].lower_ in _COMPLEMENT_MARKERS
            or doc[k].ent_type_ or doc[k].lower_ in NAME_TITLES):
        k -= 1
    a = k + 1
    while a < end and doc[a].lower_ in _COMPLEMENT_MARKERS:
        a += 1
    if a >= end or not any(t.pos_ in ("PROPN", "NOUN") or t.ent_type_ for t in doc[a:end]):
        return None
    return a, end


def plausible_speaker(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` can name someone who speaks (not "la disparition de cette taxe")."""
    if a >= b:
        return False
    words = doc[a:b]
    first = words[0]
    if first.lower_.lstrip("-") in PRONOUN_GENDER or first.lower_ in STRESSED_PRONOUNS and b - a == 1 or any(t.pos_ == "PROPN" or t.ent_type_ for t in words):
        return True
    if first.text == "«":
        return True
    if len(words) > 1 and words[1].lower_ in ("un", "une") and first.lower_ in ("l'", "l’"):
        return True  # "l'une de ses enquêtrices"
    head = next((t for t in words if t.pos_ in ("NOUN", "ADJ") and t.lower_ not in NAME_TITLES), None)
    if head is None:
        return False
    h = head.lower_
    if h in ROLE_NOUNS or h in UNNAMED_SOURCE_NOUNS or h in MEDIA_NOUNS or h in ORGANISATION_NOUNS or h in PUBLICATION_NOUNS:
        return True
    # An indefinite or possessive phrase is an unnamed source ("une source gouvernementale").
    return first.lower_ in INDEFINITE_DETERMINERS and first.lower_ not in DEMONSTRATIVES
