"""Who is speaking: a speaker phrase read off the parse (``speaker_phrases``) resolved to an entity.

- a name inside it (not a complement: ``un proche du ministre X`` is not X) → that entity;
- a pronoun (``-t-il``, ``elle``) → the subject chain (``subject_chain``);
- a definite role (``le ministre``, ``la porte-parole du gouvernement``) → the entity the article
  attached that role to (``le ministre de l'Intérieur Paul Durand``), else the most recent
  person; a media noun (``le quotidien``) → the last outlet named;
- a document (``le rapport``, ``un communiqué de l'Élysée``) → its producer;
- an indefinite or possessive phrase (``un proche``, ``son entourage``) → an unnamed source.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from ...article import Article, Entity
from .article_cast import ANTECEDENT_WINDOW, ArticleCast
from ..cast.headline import headline_entities
from ..cast.office_holders import office_holder
from ..entities.tables import CHAMBER_HEADS, is_media_name
from ...lang.fr.demonyms import AGED_DEMONYM_ENDINGS, DEMONYM_COUNTRIES, SINGULAR_DEMONYM_ENDINGS
from ...lang.fr.first_names import name_gender
from ...lang.fr.fold import fold
from ...lang.fr.gender import compatible
from ...lang.fr.names import SOURCE_PREPOSITIONS
from ...knowledge.seats import is_presidency, seat
from ...lang.fr.pronouns import LATTER_PHRASES
from ...lang.fr.person_nouns import (ALLEGED_WORDS, FAMILY_NOUNS, PERSON_NOUN_ENDINGS, RELATION_NOUNS, ROLE_HYPERNYMS,
                                     STATUS_NOUNS, TRADE_NOUNS, ranked_office)
from ...nlp.syntax import closes_apposition, in_clause, morph_gender
from .cues import verb_cue
from .referent import SPEAKER_TYPES, Referent, norm_phrase, phrase_gender
from .role_phrases import role_phrase
from .speaker_phrases import is_complement, is_pronoun_phrase, is_role_word, postposed_np, trim_subject, word_start
from .subject_chain import History, SubjectChain, incise_subject, name_head, subject_role
from .tables import (
    AGE_NOUN_ENDINGS, AGENCY_FIELD_ADJECTIVES, COMPLEMENT_MARKERS, DEFINITE_DETERMINERS, DEMONSTRATIVES,
    DOCUMENT_AUTHOR_NOUNS, FORMER_WORDS, INDEFINITE_DETERMINERS, LEADERSHIP_NOUNS, MAKER_VERBS, MEDIA_NOUNS,
    MINISTRY_STAFF_NOUNS, NAME_TITLES, NATIONAL_BODY_NOUNS, ORGAN_NOUNS, ORGANISATION_ANAPHOR_NOUNS,
    ORGANISATION_HEAD_NOUNS, ORGANISATION_KINDS, ORGANISATION_NOUNS, OTHER_SIDE_WORDS, OUTLET_PIECE_NOUNS,
    OWN_WORDS_NOUNS, PARTITIVE_PRONOUNS, PERSON_LABELS, POSSESSIVE_DETERMINERS, PRONOUN_GENDER, PUBLICATION_NOUNS,
    PUBLISHING_VERBS, RANK_WORDS, REPLY_VERBS, ROLE_NOUNS, ROLE_NOUN_SYNONYMS, ROLE_SYNONYMS, SAME_WORDS, STANCE_VERBS,
    STATEMENT_NOUNS, SUBSIDIARY_NOUNS, SURROUNDING_GROUP_NOUNS, UNNAMED_SOURCE_NOUNS, WING_NOUNS, WORK_AUTHOR_NOUNS,
    WORK_NOUNS, WRITER_NOUNS, WRITTEN_WORK_NOUNS,
)

# How far after a role phrase (characters) a name the article gave that role still counts
# ("a déclaré le ministre. Le ministre de l'Intérieur X …"): a paragraph or so.
ROLE_LOOKAHEAD = 400
# Words of a role phrase naming whoever just took the office ("le président élu", "le nouveau maire").
NEW_HOLDER_WORDS = frozenset({"élu", "élue", "nouveau", "nouvel", "nouvelle"})
# ... and the very role, written in full, further on (a lead naming the role its body gives a name);
# further still, only when the article gives it to one person.
EXACT_ROLE_LOOKAHEAD = 1500
# A role phrase nobody was given may name a person introduced just after it (cataphora), within
# this many characters and this many following people.
CATAPHORA_WINDOW = 600
CATAPHORA_PEOPLE = 3
# How many words after a document's phrase its agent ("… communiqué jeudi par X") may come.
AGENT_WINDOW = 5
# The longest parenthesis (an acronym, a party) between a description and the name apposed to it.
PAREN_MAX_TOKENS = 8
# A role apposed between a description and its name ("sa nièce, la députée FN du Vaucluse, X"):
# at most this many tokens, of these parts of speech.
APPOSED_ROLE_TOKENS = 10
ROLE_POS = frozenset({"NOUN", "ADJ", "ADP", "DET", "PROPN"})
# Tokens after a family noun searched for the quoted term that makes it a figure ("le père de la « révolution »").
FIGURATIVE_REACH = 4
# Entity-layer mentions that are a role or common noun linked to a person, not a name.
_NOMINAL_KINDS = ("title", "nominal")
# Words opening an indefinite complement ("le veuf d'une femme", "l'avocat d'un policier").
INDEFINITE_COMPLEMENTS = frozenset({"d'", "d’"})
# How far (characters) after an organisation's words an inverted "il"/"elle" may go on with them.
ORGANISATION_GOING_ON_WINDOW = 400
# How many mentions back an organisation noun looks for which of two organisations was named last.
NEAR_MENTIONS = 40
# How far before a bare "le président" the head of a body, named with that role, still outranks a
# national office holder (characters: about two sentences).
NATIONAL_OFFICE_REACH = 300
# Mentions the cast stage writes: who a pronoun or a description designates.
_CAST_KINDS = ("pronoun", "nominal")


class SpeakerResolver:
    """Resolution of speaker phrases for one article, remembering the speakers found so far."""

    def __init__(self, article: Article, doc: Doc, in_quote: list[bool], starts: list[int] | None = None,
                 speakers: bool = False):
        """``speakers``: every phrase resolved is the subject of a speech verb (the quote stage),
        so a demonstrative description is someone who speaks ("ajoute cette aide-soignante"),
        not a thing ("Ce rassemblement sera …", read by the cast stage)."""
        self.speakers = speakers
        self.cast = ArticleCast(article, doc, in_quote, starts)
        self.article = article
        self.doc = doc
        self.text = article.text
        self.history: History = []
        self._headline: frozenset[str] | None = None  # ids the headline names, read once when needed
        self.chain = SubjectChain(self.cast, self.history, self.resolve_span)

    def remember(self, offset: int, ref: Referent) -> None:
        self.history.append((offset, ref))

    def is_outlet(self, ref: Referent) -> bool:
        """Is ``ref`` a news outlet of the article ("explique le quotidien", "selon Le Parisien")?"""
        entity = self.cast.index.by_id.get(ref.entity) if ref.entity else None
        return entity is not None and is_media_name(entity.name)

    def new_subject_between(self, after: int, before: int) -> Referent | None:
        return self.chain.new_subject_between(after, before)

    def resolve_span(self, a: int, b: int) -> Referent | None:
        """Resolve the speaker phrase made of tokens ``[a, b)``."""
        while a < b - 1 and self.doc[a].pos_ == "ADP":
            a += 1  # "reçus au ministère de l'Intérieur, qui a promis": the antecedent past its preposition
        if a >= b:
            return None
        cast = self._cast_mention(a, b)
        if b - a == 1 and is_pronoun_phrase(self.doc[a]):
            if self.doc[a].lower_ == "on" and (setting := self._fronted_setting(a)) is not None:
                return setting
            going_on = self._organisation_going_on(a)
            if going_on is not None or self.doc[a].lower_ == "-on":
                return going_on  # (an inverted "on" no organisation stands for is nobody named)
            own = self.chain.resolve_pronoun(a)
            if own is not None and own.entity is None and not (own.start <= self.doc[a].idx < own.end):
                return own  # an unnamed source just quoted ("selon un proche … Il assure"): the cast names entities only
            return cast or own
        if (seated := self._seat(a, b)) is not None:
            return seated
        if self._origin_label(a, b):
            # "le Béarnais l'assure", which the model may read as a place: the person talked about
            gender = morph_gender(self.doc[a])
            return self._referent(a, b, self.recent_person(self.doc[a].idx, gender), gender, True)
        if cast is not None:
            return cast
        phrase = " ".join(t.lower_ for t in self.doc[a:b])
        if phrase in LATTER_PHRASES:
            # "Ce dernier a déclaré": the person named last, not the subject before
            gender = LATTER_PHRASES[phrase]
            return self._referent(a, b, self.cast.latest_person(self.doc[a].idx, gender), gender, True)
        part = self._part_of_name(a, b) or self._name_at_start(a, b)
        if part is not None:
            return part
        if self._role_with_affiliation(a, b):
            return self._apposed_name(a, b) or self._described(a, b)
        return self._apposed_name(a, b) or self._name_set_before(a) or self._national_body(a, b) \
            or self._organ(a, b) or self._surrounding_group(a, b) or self._name_inside(a, b) \
            or self._known_words(a, b) or self._unlisted_name(a, b) or self._described(a, b)

    def _organisation_going_on(self, i: int) -> Referent | None:
        """"« … », détaille le parquet. « … », ajoute-t-il": an inverted "il"/"elle" after the words
        of an organisation named by a noun of its gender, with no person named or described as a
        subject outside quotations since ("Le suspect a été placé en garde à vue"), is that
        organisation still speaking; so is an inverted "on" ("« … », fait savoir la mairie. « … »,
        poursuit-on"), whatever the organisation's gender and whether it is named."""
        doc, cast = self.doc, self.cast
        tok = doc[i]
        word = tok.lower_.rsplit("-", 1)[-1]
        if not self.history or not tok.text.startswith("-") or word not in ("il", "elle", "on") or cast.in_quote[i]:
            return None
        offset, ref = self.history[-1]
        if ref.entity is None and word != "on" or ref.person is not False \
                or tok.idx - offset > ORGANISATION_GOING_ON_WINDOW:
            return None
        first, last = cast.token_at(ref.start), cast.token_at(ref.end - 1)
        if word != "on" and (ref.gender or phrase_gender(doc, first, last + 1)) != PRONOUN_GENDER[word]:
            return None  # "la police … ajoute-t-il" is someone else
        if any(e.type == "PER" and not cast.in_quote[cast.token_at(m.start)]
               for m, e in cast.index.mentions_in(ref.end, tok.idx)):
            return None
        if any(t.dep_ in ("nsubj", "nsubj:pass") and not cast.in_quote[t.i] and _person_noun(t)
               for t in doc[last + 1:i]):
            return None  # "Le suspect, âgé de 30 ans, a été placé en garde à vue. « … », affirme-t-il"
        if ref.entity is None:
            return ref  # an organisation named by a noun alone: its phrase says who "on" is
        start, end = word_start(tok), tok.idx + len(tok.text)
        return Referent(self.text[start:end], start, end, ref.entity, PRONOUN_GENDER.get(word) or ref.gender, False)

    def _apposed_name(self, a: int, b: int) -> Referent | None:
        """A description followed by the name it describes, between commas ("a réagi un syndicat de
        médecins, la CSMF, dans un communiqué", "Un médecin de Dunkerque, Paul Girard, raconte", "a dit
        un de ses avocats, Me X"):
        the named person or organisation speaks."""
        doc = self.doc
        if b < len(doc) and doc[b].text == "(":  # "le directeur de l'Organisation … (OMC), X"
            b = next((x + 1 for x in range(b + 1, min(len(doc), b + PAREN_MAX_TOKENS)) if doc[x].text == ")"), b)
        if not (doc[a].pos_ == "DET" or doc[a].lower_ in PARTITIVE_PRONOUNS) or b + 1 >= len(doc) or doc[b].text != "," \
                or any(e.type == "PER" for _, e in self.cast.index.mentions_in(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))):
            return None
        k = b + 1
        if doc[k].pos_ == "DET":
            k += 1
        while k < len(doc) - 1 and doc[k].lower_ in NAME_TITLES:
            k += 1  # "un de ses avocats, Me X"
        hit = self.cast.index.mention_at(doc[k].idx) if k < len(doc) else None
        if hit is None:
            # "sa nièce, la députée FN du Vaucluse, Marion X, a déclaré": a role between the two
            comma = next((x for x in range(k, min(len(doc) - 1, k + APPOSED_ROLE_TOKENS)) if doc[x].text == ","), None)
            if comma is not None and all(t.pos_ in ROLE_POS for t in doc[k:comma]):
                k = comma + 1
                hit = self.cast.index.mention_at(doc[k].idx)
        if hit is None or hit[1].type not in ("PER", "ORG") or hit[0].start != doc[k].idx:
            return None
        if a > 0 and doc[a - 1].lower_ in SOURCE_PREPOSITIONS and not closes_apposition(doc, k):
            return None  # "Selon l'avocat de X, Y, mis en examen, n'a …": Y is what the lawyer speaks of
        m, e = hit
        after = self.text[m.end:m.end + 2].lstrip()
        if not after or after[0] not in ",.;":
            return None  # "un syndicat, la CSMF de X": not a plain apposition
        return Referent(m.text, m.start, m.end, e.id, self.cast.gender.get(e.id), e.type == "PER")

    def _name_set_before(self, a: int) -> Referent | None:
        """"Léonard, un témoin de la scène, raconte": a person's name opening the sentence, set off by
        a comma before the description the parse made the subject, is who it describes."""
        doc = self.doc
        if a < 2 or doc[a - 1].text != "," or doc[a].pos_ != "DET":
            return None
        hit = self.cast.index.mention_at(doc[a - 2].idx)
        if hit is None or hit[1].type != "PER" or hit[0].end != doc[a - 2].idx + len(doc[a - 2].text) \
                or self.cast.token_at(hit[0].start) != doc[a].sent.start:
            return None
        m, e = hit
        return Referent(m.text, m.start, m.end, e.id, self.cast.gender.get(e.id), True)

    def _headline_person(self, gender: str | None, head: str) -> str | None:
        """Of the people the headline names, the first the article mentions who agrees in gender
        and was not given another role than ``head``."""
        if self._headline is None:
            self._headline = frozenset(headline_entities(self.article))
        named = self._headline
        for _, _, e in self.cast.people:
            if e.id in named and compatible(self.cast.gender.get(e.id), gender) \
                    and not self.cast.holds_other_role(e.id, head):
                return e.id
        return None

    def opening_speaker(self) -> Referent | None:
        """Who speaks a quotation that opens the story before anyone is named as speaking ("« Le
        président a dévoré le pouvoir » car … . Invité dimanche, l'ancien Premier ministre X …"):
        the person the headline names, at their first mention."""
        eid = self._headline_person(None, "")
        for s, e_end, e in self.cast.people:
            if e.id == eid:
                return Referent(self.text[s:e_end], s, e_end, eid, self.cast.gender.get(eid), True)
        return None

    def _names_the_subject(self, i: int) -> bool:
        """Token ``i`` names the main subject itself, or the person a subject role is given to
        ("Le sénateur X a dit"), not a group around them ("Le clan X lui reproche")."""
        tok = self.doc[i]
        head = name_head(tok)
        return subject_role(tok) == "subject" and (head.i == tok.i or is_role_word(head))

    def _role_with_affiliation(self, a: int, b: int) -> bool:
        """"la députée LREM", "le sénateur LR de la Manche": a person described by a role and the
        party or place it belongs to — not the party speaking. No person is named in the phrase."""
        doc = self.doc
        head = _head_noun(doc, a, b)
        if doc[a].pos_ != "DET" or head is None or not is_role_word(head) or head.i > a + 2:
            return False
        inside = self.cast.index.mentions_in(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
        return bool(inside) and all(e.type in ("ORG", "LOC") and m.start > head.idx for m, e in inside)

    def _cast_mention(self, a: int, b: int) -> Referent | None:
        """The cast layer already resolved this pronoun or description (a ``pronoun`` or ``nominal``
        mention where the phrase begins): one answer to who is who for every stage."""
        doc = self.doc
        for k in range(a, min(b, a + 2)):
            hit = self.cast.index.mention_at(word_start(doc[k]))
            if hit is not None:
                m, e = hit
                if m.kind not in _CAST_KINDS or e.type not in SPEAKER_TYPES:
                    return None
                s, t = word_start(doc[a]), doc[b - 1].idx + len(doc[b - 1].text)
                return Referent(self.text[s:t], s, t, e.id, self.cast.gender.get(e.id), e.type == "PER")
        return None

    # -- phrases holding a name --------------------------------------------------------------
    def _referent(self, a: int, b: int, entity: str | None, gender: str | None, person: bool | None) -> Referent:
        """The whole phrase ``[a, b)`` as the speaker's words."""
        span = self.doc[a:b]
        return Referent(self.text[span.start_char:span.end_char], span.start_char, span.end_char,
                        entity, gender, person)

    def _title_end(self, a: int, b: int) -> int:
        """First token of ``[a, b)`` past the titles and quotation marks that open it ("M.", "«")."""
        k = a
        while k < b and (self.doc[k].lower_ in NAME_TITLES or self.doc[k].text in ("«", "»")):
            k += 1
        return k

    def _part_of_name(self, a: int, b: int) -> Referent | None:
        """The phrase lies inside a longer name the entity layer holds ("Le Maire" of "Bruno Le
        Maire", cut off by the parse): the whole name speaks, not the words read as a role."""
        doc = self.doc
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        hit = self.cast.index.mention_at(start)
        if hit is None:
            return None
        m, e = hit
        if e.type not in SPEAKER_TYPES or m.kind in _NOMINAL_KINDS or m.start >= start or m.end < end \
                or not _capitalised(self.text[m.start:start]):
            return None
        return Referent(m.text, m.start, m.end, e.id, self.cast.gender.get(e.id), e.type == "PER")

    def _name_at_start(self, a: int, b: int) -> Referent | None:
        """The phrase opens on a name the entity layer holds (maybe longer than the phrase: "selon Le
        Canard" cut off "Le Canard enchaîné", whose capitalised article is no proper noun to the tagger)."""
        k = self._title_end(a, b)
        if k >= b or self.doc[k].pos_ != "PROPN" and not self.doc[k].text[:1].isupper():
            return None
        hit = self.cast.index.mention_at(self.doc[k].idx)
        if hit is None or hit[1].type not in SPEAKER_TYPES or hit[0].kind in _NOMINAL_KINDS \
                or self.doc[k].pos_ != "PROPN" and hit[0].start != self.doc[k].idx:
            return None
        m, e = hit
        return Referent(m.text, m.start, m.end, e.id, self.cast.gender.get(e.id), e.type == "PER")

    def _national_body(self, a: int, b: int) -> Referent | None:
        """"le gouvernement britannique", "les autorités chinoises": the body of a country speaks
        for the country, when the article names it."""
        doc = self.doc
        head = _head_noun(doc, a, b)
        if head is None or doc[a].lower_ not in DEFINITE_DETERMINERS or head.lower_ not in NATIONAL_BODY_NOUNS:
            return None
        for t in doc[head.i + 1:b]:
            for country in DEMONYM_COUNTRIES.get(fold(t.text), ()) if t.pos_ == "ADJ" else ():
                entity = self.cast.place_named(country)
                if entity is not None:
                    return self._referent(a, b, entity.id, None, False)
        return None

    def _organ(self, a: int, b: int) -> Referent | None:
        """"la direction de Presstalis", "l'aile gauche du PS": an organ or a party's wing speaks for the
        organisation named as its complement."""
        doc = self.doc
        head = _head_noun(doc, a, b)
        wing = head is not None and head.lower_ in WING_NOUNS
        if head is None or head.i != a + 1 or not (head.lower_ in ORGAN_NOUNS or wing) \
                or doc[a].lower_ not in DEFINITE_DETERMINERS:
            return None
        for m, e in self.cast.index.mentions_in(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)):
            if e.type == "ORG" and is_complement(doc, self.cast.token_at(m.start), a) \
                    and not (wing and fold(e.name.split()[0]) in CHAMBER_HEADS):
                return self._referent(a, b, e.id, None, False)
        return None

    def _surrounding_group(self, a: int, b: int) -> Referent | None:
        """"le clan Philippe", "l'entourage de X": a group around someone, not that person."""
        first, head = self.doc[a], _head_noun(self.doc, a, b)
        if head is not None and head.i < b - 1 and head.lower_ in SURROUNDING_GROUP_NOUNS and first.pos_ == "DET":
            ministry = self._ministry_of_minister(head.i + 1, b) if head.lower_ in MINISTRY_STAFF_NOUNS else None
            if ministry is not None:  # "le cabinet de la ministre des Armées": the ministry the article names,
                return self._referent(a, b, ministry.id, None, True)  # people who go on speaking ("poursuit-il")
            return self._referent(a, b, None, None, True)
        return None

    def _ministry_of_minister(self, a: int, b: int) -> Entity | None:
        """The one ministry of the article whose portfolio the minister of ``[a, b)`` holds ("de la
        ministre française des Armées" → "ministère des Armées")."""
        doc = self.doc
        minister = next((t for t in doc[a:b] if t.lemma_.lower() == "ministre"), None)
        if minister is None:
            return None
        words = {fold(t.text) for t in doc[minister.i + 1:b] if t.text[:1].isupper()}
        found = [e for e in self.article.entities if e.type == "ORG" and fold(e.name).startswith("ministere")
                 and words and words <= {fold(w) for w in e.name.split() if w[:1].isupper()}]
        return found[0] if len(found) == 1 else None

    def _name_inside(self, a: int, b: int) -> Referent | None:
        """A name not introduced by "de" is the speaker (head or apposition); people first,
        because the parse often reads a role ("ministre de l'Intérieur") as an organisation."""
        doc, cast = self.doc, self.cast
        first = doc[a]
        det_gender = morph_gender(first) if first.pos_ == "DET" else None
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        cut = cast.index.mention_at(doc[b - 1].idx)
        if cut is not None and cut[0].start >= start and cut[0].end > end:
            end = cut[0].end  # "l'UFC-Que | choisir": the phrase stops inside a name the entity layer knows
        named = []
        inside = cast.index.mentions_in(start, end)
        for m, e in inside:
            # a complement's "de" is looked for back to the name before, not past it ("le député LR du
            # Vaucluse Julien X": X is not "du Vaucluse")
            floor = max([a] + [cast.token_at(other.end - 1) + 1 for other, _ in inside if other.end <= m.start])
            if e.type not in SPEAKER_TYPES or is_complement(doc, cast.token_at(m.start), floor) \
                    or in_clause(doc[cast.token_at(m.start)], a, b):
                continue
            nominal = m.kind in _NOMINAL_KINDS
            if nominal and not compatible(det_gender, cast.gender.get(e.id)):
                continue  # "le porte-parole" cannot be the woman the entity layer linked it to
            named.append((e.type != "PER", nominal, m.start, e))
        if not named:
            return None
        _, nominal, ms, e = min(named, key=lambda x: (x[0], x[1], x[2]))
        if nominal:  # "le ministre", linked by the entity layer: the phrase names the speaker
            return self._referent(a, b, e.id, cast.gender.get(e.id), e.type == "PER")
        m = next(m for m in e.mentions if m.start == ms)
        s_, e_ = max(m.start, start), min(m.end, end)
        # A phrase cut inside a name ("Le Maire" of "Bruno Le Maire"): the whole name speaks. Only
        # capitalised words are taken back, not a title the mention holds ("le ministre X").
        if s_ > m.start and _capitalised(self.text[m.start:s_]):
            s_ = m.start
        if e_ < m.end and _capitalised(self.text[e_:m.end]):
            e_ = m.end
        # The name is the words naming the speaker ("Paul Durand", not the whole title).
        return Referent(self.text[s_:e_], s_, e_, e.id, cast.gender.get(e.id), e.type == "PER")

    def _origin_label(self, a: int, b: int) -> bool:
        """"le Béarnais", "le Québécois", "la Bretonne de 51 ans": a definite article and a capitalised
        inhabitant's name heading the phrase, not an outlet ("le Parisien") nor a person's name."""
        if b - a < 2 or self.doc[a].lower_ not in ("le", "la") or not self.doc[a + 1].is_title:
            return False
        if b - a > 2 and not (self.doc[a + 2].lower_ in COMPLEMENT_MARKERS
                              and self.doc[a + 1].is_ancestor(self.doc[b - 1])):
            return False  # only a complement of the inhabitant ("de 51 ans"), not "le Parisien Libéré"
        word = self.doc[a + 1].text
        hit = self.cast.index.mention_at(self.doc[a + 1].idx)
        # endings that name things too ("la Couronne", "la Sorbonne", "le Souverain") only with an age
        endings = SINGULAR_DEMONYM_ENDINGS + AGED_DEMONYM_ENDINGS if _age_label(self.doc[a + 1], b) \
            else SINGULAR_DEMONYM_ENDINGS
        return word.lower().endswith(endings) and not is_media_name(word) \
            and not (hit is not None and hit[1].type in ("PER", "ORG"))

    def _fronted_setting(self, a: int) -> Referent | None:
        """"À Matignon, on indique que …", "Au ministère, on précise …": the place opening the
        sentence before "on" (token ``a``) speaks when it is an organisation or a seat of power."""
        doc = self.doc
        s = doc[a].sent.start
        if a - s < 3 or doc[a - 1].text != "," or doc[s].lower_ not in ("à", "a", "au", "aux", "chez"):
            return None
        k = s + 1 + (doc[s + 1].pos_ == "DET")
        np = postposed_np(doc, k, a - 1)
        if np is None or np[1] != a - 1:
            return None
        seated = self._seat(*np)
        if seated is not None:
            return seated
        ref = self.resolve_span(*np)  # (not "À Lyon, on estime": the people there)
        entity = self.cast.index.by_id.get(ref.entity) if ref is not None and ref.entity is not None else None
        return ref if entity is not None and entity.type == "ORG" else None

    def _seat(self, a: int, b: int) -> Referent | None:
        """"au Château": the seat of power (``knowledge/seats.tsv``) as the article names it first
        ("l'Élysée"), when it does."""
        place = seat(self.text[self.doc[a].idx:self.doc[b - 1].idx + len(self.doc[b - 1].text)])
        if place is None:
            return None
        forms = {norm_phrase(f) for f in place.forms}
        named = next((e for e in self.cast.index.by_id.values() if norm_phrase(e.name) in forms), None)
        return self._referent(a, b, named.id, None, False) if named is not None else None

    def _known_words(self, a: int, b: int) -> Referent | None:
        """The phrase (past its titles) is written like a mention of a speaking entity."""
        k = self._title_end(a, b)
        known = self.cast.by_text.get(norm_phrase(" ".join(t.text for t in self.doc[k:b])))
        if known is None or known.type not in SPEAKER_TYPES:
            return None
        return self._referent(a, b, known.id, self.cast.gender.get(known.id), known.type == "PER")

    def _unlisted_name(self, a: int, b: int) -> Referent | None:
        """Proper-name tokens the entity layer did not list: the name speaks."""
        run = self._name_run(a, b)
        if run is None:
            return None
        doc = self.doc
        rs, re_ = doc[run[0]].idx, doc[run[1] - 1].idx + len(doc[run[1] - 1].text)
        hit = self.cast.index.mention_at(rs)
        if hit is not None and hit[1].type in SPEAKER_TYPES and hit[0].kind not in _NOMINAL_KINDS \
                and (hit[0].start == rs or _capitalised(self.text[hit[0].start:rs]) or hit[1].type == "ORG"):
            # The phrase holds part of a name the entity layer knows ("Bruno" or "Le Maire" of
            # "Bruno Le Maire" when the parse cut the subject short; "Johns Hopkins" of "l'université
            # Johns Hopkins"): the speaker is that entity.
            m, e = hit
            return Referent(m.text, m.start, m.end, e.id, self.cast.gender.get(e.id), e.type == "PER")
        known = self.cast.by_text.get(norm_phrase(self.text[rs:re_]))
        return Referent(self.text[rs:re_], rs, re_, known.id if known else None,
                        name_gender(self.text[rs:re_]), True if doc[run[0]].ent_type_ == "PER" else None)

    def _name_run(self, a: int, b: int) -> tuple[int, int] | None:
        """Proper-name tokens in the phrase that the entity layer did not list (not a complement)."""
        doc = self.doc
        i = a
        while i < b:
            t = doc[i]
            if (t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG")) and t.is_title and not is_complement(doc, i, a) \
                    and t.lower_ not in _TABLE_NOUNS:  # ("la Youtubeuse": a noun capitalised)
                j = i
                while j < b and (doc[j].pos_ == "PROPN" or doc[j].ent_type_ in ("PER", "ORG")) and not doc[j].is_punct:
                    j += 1
                if j > i and not (i == a and j == b and doc[i].pos_ != "PROPN"):
                    return i, j
                i = j
            i += 1
        return None

    # -- phrases of common nouns ---------------------------------------------------------------
    def _described(self, a: int, b: int) -> Referent:
        """A phrase without a name: a demonstrative, a document, an unnamed source, an outlet or a role."""
        doc, cast = self.doc, self.cast
        first = doc[a]
        start = first.idx
        det = first.lower_
        if first.pos_ == "NOUN" and a > 0 and doc[a - 1].lower_ in ("du", "des"):
            det = "le"  # "selon un communiqué du ministère": the complement, read as the source
        head = _head_noun(doc, a, b)
        head_text = head.lower_ if head is not None else ""
        head_lemma = head.lemma_.lower() if head is not None else ""
        gender = phrase_gender(doc, a, b)
        same = det in DEFINITE_DETERMINERS and b - a > 2 and doc[a + 1].lower_ in SAME_WORDS
        if (det in DEMONSTRATIVES or same) and b - a > 1 \
                and (head_text in UNNAMED_SOURCE_NOUNS or head_text in ROLE_NOUNS):
            # "cette source", "ce proche", "la même source": the speaker the article just mentioned.
            for _, ref in reversed(self.history):
                if ref.person is False and head_text not in UNNAMED_SOURCE_NOUNS:
                    continue  # "cet homme" is no body the wire learnt from ("auprès du parquet")
                if compatible(ref.gender, gender) or ref.entity is None:
                    return ref if ref.entity is None else self._referent(a, b, ref.entity, ref.gender, None)
        document = self._document(a, b, head, det)
        if document is not None:
            return document
        if det in POSSESSIVE_DETERMINERS and b - a == 2 and head_text in WORK_AUTHOR_NOUNS \
                and self._work_named_before(a):
            # "selon son auteure": the author of the work the story is about, its person
            person = self.chain.topic(a, start, gender) or self._headline_person(gender, "")
            if person is not None:
                return self._referent(a, b, person, gender, True)
        if head_lemma in SUBSIDIARY_NOUNS and (branch := self._subsidiary(head)) is not None:
            return self._referent(a, b, branch.id, None, False)
        label = head_text or (doc[a + 1].lower_ if b - a == 2 else "")
        if det in DEMONSTRATIVES and det != "ces" and (label in PERSON_LABELS or head_lemma in PERSON_LABELS):
            # "cette libérale", "ce centriste": the person of that standing just talked about
            return self._referent(a, b, self.recent_person(start, gender), gender, True)
        if det in DEMONSTRATIVES and det != "ces" and head is not None:
            org = self._organisation_anaphor(head_text, start)
            if org is not None:  # "ce journal suisse", "cette association": the one named last
                return self._referent(a, b, org.id, None, False)
            if self.speakers and head_text not in ORGANISATION_NOUNS and head_text not in ORGANISATION_HEAD_NOUNS \
                    and head_text not in MEDIA_NOUNS and head.morph.get("Number") != ["Plur"]:
                # "ajoute cette aide-soignante", "précise ce chauffeur de taxi": a demonstrative
                # points back to the person just talked about, whatever the noun
                return self._referent(a, b, self.recent_person(start, gender), gender, True)
        if det in POSSESSIVE_DETERMINERS and head_text in OWN_WORDS_NOUNS:
            # "selon ses mots", "selon ses propos": the person who spoke last
            return self._referent(a, b, self.recent_person(start, None), None, True)
        if det in INDEFINITE_DETERMINERS or det in ("celui", "celle", "ceux"):
            human = head_text in UNNAMED_SOURCE_NOUNS or head_text in ROLE_NOUNS or head is None \
                or (head_text not in ORGANISATION_NOUNS and b - a <= 3)
            return self._referent(a, b, None, gender, True if human and head_text not in ORGANISATION_NOUNS else None)
        if det in DEFINITE_DETERMINERS and head is None and b - a == 2 \
                and (person := self._aged_person(doc[a + 1], b, start, gender)) is not None:
            return self._referent(a, b, person, gender, True)  # "la quinquagénaire", tagged an adjective
        if det in DEFINITE_DETERMINERS and head is not None:
            if head_text in MEDIA_NOUNS and head_text in ORGANISATION_HEAD_NOUNS and _qualified_by_a_field(head, b):
                # "l'agence sanitaire", "l'agence européenne": a public body, not a news agency
                org = cast.latest_org(start)
                return self._referent(a, b, org.id if org else None, None, False)
            if head_text in MEDIA_NOUNS:
                org = self._name_right_after(b) or self._agency_named(head, b, start) \
                    or cast.latest_outlet(start, head_text)
                return self._referent(a, b, org.id if org else None, None, False)
            if head_text in LEADERSHIP_NOUNS and head.i <= a + 1:
                org = self._led_organisation(head, b, start)
            else:
                org = self._organisation_anaphor(head_text, start) if head.i <= a + 1 or self._ranked_kind(a, b, head) \
                    else None
            if org is not None:  # "le syndicat", "le ministère", "l'entreprise": the one named before
                return self._referent(a, b, org.id, None, False)
            if (earlier := self._same_unnamed_source(head, b, start)) is not None:
                return earlier
            if head_text in UNNAMED_SOURCE_NOUNS or head.morph.get("Number") == ["Plur"]:
                return self._referent(a, b, None, gender, head_text not in ORGANISATION_NOUNS)
            if not (is_role_word(head) or head_text in PERSON_LABELS or head_lemma in PERSON_LABELS
                    or head_text in TRADE_NOUNS or head_lemma in TRADE_NOUNS):
                if self.speakers and _unknown_person_noun(head) and head.lower_.endswith(PERSON_NOUN_ENDINGS) \
                        and not any(t.text[:1].isupper() for t in doc[a + 1:b]):
                    # "a martelé le praticien": a noun of no table, speaking — the person talked about
                    return self._referent(a, b, self.resolve_role(a, b, start, gender), gender, True)
                aged = self._aged_person(head, b, start, gender)
                return self._referent(a, b, aged, gender, True if aged else None)  # "le duc d'York": no guess
            # "le ministre", "l'ex-eurodéputé", "l'écologiste": the person holding that role or standing
            person = self.resolve_role(a, b, start, gender) or self._aged_person(head, b, start, gender)
            return self._referent(a, b, person, gender, True)
        return self._referent(a, b, None, gender, None)

    def _aged_person(self, head: Token, b: int, start: int, gender: str | None) -> str | None:
        """"« … », a insisté la quinquagénaire", "« … », note le cinéaste de 44 ans", when no one was
        given that role: the last speaker, of that gender, going on — not someone answering
        ("a répondu le médecin de 52 ans"), not when the phrase shows no gender ("l'artiste de 30
        ans"), and for a noun of a trade, not a speaker the article gave another title ("le maire X")."""
        if gender is None or not self.history or not _age_label(head, b) or head.head.lemma_.lower() in REPLY_VERBS:
            return None
        offset, ref = self.history[-1]
        if ref.entity is None or not ref.person or not compatible(ref.gender, gender) \
                or start - offset > ANTECEDENT_WINDOW:
            return None
        entity = self.cast.index.by_id.get(ref.entity)
        titles = {m.text.split()[0].lower() for m in entity.mentions if m.kind == "title"} if entity else set()
        if not head.lower_.endswith(AGE_NOUN_ENDINGS) and titles and head.lower_ not in titles:
            return None
        return ref.entity

    def _same_unnamed_source(self, head: Token, b: int, start: int) -> Referent | None:
        """"Les médecins", "les 14 médecins" after "Quatorze médecins de renom réclament …": a
        definite phrase on the head noun (same lemma and number) of the unnamed source that spoke
        last with that noun is that source, as the article introduced it — unless the noun was used
        since for others ("le tribunal a désigné trois nouveaux experts") or the phrase describes its
        own ("la source proche de l'enquête" is not "une source policière", "le policier qui a tiré").
        "Les auteurs" of the unnamed plural group that spoke last, when no written work came between as
        a subject ("Une pétition a recueilli … », affirment les signataires": its signatories)."""
        doc, cast = self.doc, self.cast
        lemma, number = head.lemma_.lower(), head.morph.get("Number")
        own = {t.lower_ for t in head.subtree if t.i > head.i and t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")}
        authors = lemma in WRITER_NOUNS and number == ["Plur"]
        for offset, ref in reversed(self.history):
            if start - offset > ANTECEDENT_WINDOW:
                break
            if ref.end > start or ref.entity is not None:
                continue
            first, last = cast.token_at(ref.start), cast.token_at(ref.end - 1)
            earlier = _head_noun(doc, first, last + 1)
            between = doc[last + 1:head.i]
            if authors:
                plural = earlier is not None and earlier.morph.get("Number") == number
                return ref if plural and not any(t.dep_.startswith("nsubj") and t.lower_ in WRITTEN_WORK_NOUNS
                                                 and not cast.in_quote[t.i] for t in between) else None
            if earlier is None or earlier.morph.get("Number") != number or doc[first].lower_ in DEFINITE_DETERMINERS \
                    or earlier.lemma_.lower() != lemma:
                continue
            if any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" and _new_instance(t) for t in between) \
                    or not own <= {t.lower_ for t in doc[earlier.i + 1:last + 1]}:
                return None
            return ref
        return None

    def _subsidiary(self, head: Token) -> Entity | None:
        """"sa filiale française", "la filiale allemande du groupe": the organisation named after its
        parent and that country ("Ikea France"), when the article names one."""
        countries = {c for t in head.children if t.dep_ == "amod"
                     for c in DEMONYM_COUNTRIES.get(fold(t.lower_), ())}
        # (whatever type the entity layer gave it: "Meubla France" may read as a place)
        return next((e for e in self.cast.index.by_id.values() if e.type != "PER" and " " in e.name
                     and e.name.rsplit(" ", 1)[1] in countries), None) if countries else None

    def _named_later(self, one: Entity, other: Entity, start: int) -> bool:
        """Is ``one`` named nearer before ``start`` than ``other``?"""
        for _, e in self.cast.index.mentions_before(start, limit=NEAR_MENTIONS):
            if e.id in (one.id, other.id):
                return e.id == one.id
        return False

    def _ranked_kind(self, a: int, b: int, head: Token) -> bool:
        """"le premier syndicat du primaire", "le plus grand parti": a rank before a noun of a kind of
        organisation (not "le premier groupe de manifestants", nor "le premier parti d'opposition")."""
        doc = self.doc
        return head.lower_ in ORGANISATION_KINDS and all(t.lower_ in RANK_WORDS for t in doc[a + 1:head.i]) \
            and not any(t.lower_ in OTHER_SIDE_WORDS for t in doc[head.i + 1:b])

    def _organisation_anaphor(self, head: str, start: int) -> Entity | None:
        """The organisation a phrase on the noun ``head`` points back to: the outlet named last
        ("ce journal"), the organisation of that kind ("le syndicat" → CGT), the one whose name
        opens on the noun ("le ministère" → "ministère de la Culture"), the organisation named last
        ("l'entreprise")."""
        cast = self.cast
        if head in MEDIA_NOUNS:
            return cast.latest_outlet(start, head)
        org = cast.latest_org_of_kind(start, ORGANISATION_KINDS[head]) if head in ORGANISATION_KINDS else None
        headed = cast.latest_org_headed(start, head) if head in ORGANISATION_HEAD_NOUNS else None
        if org is None or headed is not None and headed is not org and self._named_later(headed, org, start):
            org = headed  # "l'institut" after Ifop then the Institut Pasteur: the one named last
        if org is None and head in ORGANISATION_ANAPHOR_NOUNS:
            org = cast.latest_org(start)
        return org

    def _name_right_after(self, b: int) -> Entity | None:
        """The organisation named right after a media noun's phrase ending at token ``b``, which the
        parse cut off it ("Le journal d'opposition | Novaïa Gazeta a affirmé")."""
        hit = self.cast.index.mention_at(self.doc[b].idx) if b < len(self.doc) else None
        return hit[1] if hit is not None and hit[1].type == "ORG" else None

    def _agency_named(self, head: Token, b: int, start: int) -> Entity | None:
        """A bare "l'agence" (no adjective or complement up to token ``b``) after "l'Agence européenne
        des médicaments": the organisation named by that noun, unless a news outlet is named after it
        ("…, a indiqué l'AFP. « … », a ajouté l'agence")."""
        if head.lower_ not in ORGANISATION_HEAD_NOUNS \
                or any(t.pos_ == "ADJ" or t.lower_ in COMPLEMENT_MARKERS for t in self.doc[head.i + 1:b]):
            return None
        org = self.cast.latest_org_headed(start, head.lower_)
        if org is None or is_media_name(org.name):
            return None
        for _, e in self.cast.index.mentions_before(start, limit=NEAR_MENTIONS):  # nearest first
            if e.id == org.id:
                return org
            if is_media_name(e.name):
                return None
        return org

    def _led_organisation(self, head: Token, b: int, start: int) -> Entity | None:
        """The organisation "la direction" speaks for: the one its complement stands for ("la
        direction du parti" → the party named last), else the organisation named last."""
        doc, k = self.doc, head.i + 1
        if k >= b:
            if head.lower_ == "présidence":  # "a précisé la présidence": the head of state's seat named last
                seats = [e for _, e in self.cast.index.mentions_in(max(0, start - ANTECEDENT_WINDOW), start)
                         if is_presidency(e.name)]
                if seats:
                    return seats[-1]
            return self.cast.latest_org(start)
        if doc[k].lower_ not in COMPLEMENT_MARKERS:
            return None
        if k + 1 < b and doc[k + 1].lower_ in DEFINITE_DETERMINERS:
            k += 1  # "de la centrale", "de l'association"
        return self._organisation_anaphor(doc[k + 1].lower_, start) if k + 2 == b else None

    def _document(self, a: int, b: int, head: Token | None, det: str) -> Referent | None:
        """Authors of a document, or the document itself, speak for its producer."""
        if head is None:
            return None
        doc, cast = self.doc, self.cast
        start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        head_text, head_lemma = head.lower_, head.lemma_.lower()
        if head_text in DOCUMENT_AUTHOR_NOUNS:
            # "les auteurs du rapport", "les experts de l'ONU": the document or body they write for.
            doc_noun = next((t for t in doc[a:b] if t.i > head.i and t.pos_ == "NOUN"
                             and (t.lower_ in PUBLICATION_NOUNS or t.lemma_.lower() in PUBLICATION_NOUNS)), None)
            for _, e in cast.index.mentions_in(start, end):
                if e.type in ("ORG", "PER"):
                    return self._referent(a, b, e.id, None, e.type == "PER")
            if doc_noun is not None:
                return self._referent(a, b, cast.document_producer(doc_noun, start), None, True)
        if head_text in PUBLICATION_NOUNS or head_lemma in PUBLICATION_NOUNS:
            # "un article du Point", "un communiqué de l'Élysée": the publisher speaks.
            for _, e in cast.index.mentions_in(start, end):
                if e.type in SPEAKER_TYPES:
                    return self._referent(a, b, e.id, None, e.type == "PER")
            author = self._agent_after(b) or (self._outlet_after(b) if head_lemma in OUTLET_PIECE_NOUNS else None)
            if author is not None:  # "un bilan communiqué jeudi par le parquet de Paris", "un article publié dans X"
                return self._referent(a, b, author.id, None, author.type == "PER")
            maker = self._relative_maker(head)
            if maker is not None:  # "selon la présentation qu'en fait le magazine", "une vidéo qu'ils ont diffusée"
                return maker
            if det in INDEFINITE_DETERMINERS and a > 0 and doc[a - 1].lower_ == "selon":
                subject = self._stance_subject(head)
                if subject is not None:  # "Les associations réclament X, selon un communiqué": theirs
                    return subject
            maker = self._person_complement(head, b)
            if maker is not None:  # "d'après les calculs du rapporteur général du Budget": that person
                return maker
            if det in DEFINITE_DETERMINERS or det in DEMONSTRATIVES:
                # "le rapport", "cette étude": the one the article attributed to its producer before.
                return self._referent(a, b, cast.document_producer(head, start), None, False)
        if head_text in STATEMENT_NOUNS:
            # "la réaction d'Anne Roux, sénatrice EELV, est plus tranchée : « … »": the person or
            # organisation the complement names speaks (an unnamed "du maire de Lyon" is left alone)
            k = next((t.i for t in doc[head.i + 1:b] if t.lower_ in COMPLEMENT_MARKERS), b) + 1
            k += k < b and doc[k].pos_ == "DET"
            hit = cast.index.mention_at(doc[k].idx) if k < b else None
            if hit is not None and hit[0].kind == "name" and hit[1].type in SPEAKER_TYPES:
                return self._referent(a, b, hit[1].id, None, hit[1].type == "PER")
        return None

    def _person_complement(self, document: Token, b: int) -> Referent | None:
        """The person a document's "de" complement names by a role or trade ("les calculs du
        rapporteur général du Budget", "une note de l'avocat"), resolved as a phrase of its own."""
        marker = next((t for t in self.doc[document.i + 1:b] if t.lower_ in COMPLEMENT_MARKERS), None)
        if marker is None or marker.i != document.i + 1:
            return None
        noun = next((t for t in self.doc[marker.i + 1:b] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or noun.pos_ != "NOUN" or not _person_noun(noun):
            return None
        return self.resolve_span(marker.i + 1, b)

    def _relative_maker(self, document: Token) -> Referent | None:
        """The subject of a relative clause of making or publishing on the document's noun, whose
        object is the document ("la présentation qu'en fait le magazine"), resolved to a speaker — or None."""
        for clause in document.children:
            if clause.dep_ != "acl:relcl" or clause.lemma_.lower() not in MAKER_VERBS \
                    or not any(c.dep_ == "obj" and c.lower_ in ("que", "qu'", "qu’") for c in clause.children):
                continue
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None or self.cast.in_quote[subj.i]:
                return None
            ref = self.resolve_span(subj.i, subj.i + 1) if subj.pos_ == "PRON" else self.resolve_span(*trim_subject(subj))
            return ref if ref is not None and (ref.entity is not None or ref.person) else None
        return None

    def _stance_subject(self, document: Token) -> Referent | None:
        """"X réclament …, selon un communiqué": the active subject of the verb the document's phrase
        hangs on, when that verb says or wants something (not "X est décédée, selon un communiqué"),
        resolved to a speaker (an entity, or people described: "les sept associations")."""
        verb = document.head
        if not document.dep_.startswith("obl") or verb.pos_ != "VERB" \
                or verb.lemma_ not in STANCE_VERBS and verb_cue(self.doc, verb.i) is None:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < document.i), None)
        if subj is None or subj.pos_ == "PRON" or self.cast.in_quote[subj.i]:
            return None
        ref = self.resolve_span(*trim_subject(subj))
        return ref if ref is not None and (ref.entity is not None or ref.person) else None

    def _agent_after(self, b: int) -> Entity | None:
        """The entity named by "par X" within a few words after token ``b`` (a participle's agent)."""
        k = self._word_after(b, lambda k: self.doc[k].lower_ == "par")
        if k is None:
            return None
        hit = self._mention_after(k)
        if hit is None and (np := postposed_np(self.doc, k + 1, len(self.doc))) is not None:
            # "mis en avant par l'agence européenne", "par un chercheur de X, Paul Durand": the
            # phrase, resolved like a speaker's
            ref = self.resolve_span(*np)
            entity = self.cast.index.by_id.get(ref.entity) if ref is not None and ref.entity else None
            return entity if entity is not None and entity.type in SPEAKER_TYPES else None
        return hit[1] if hit is not None and hit[1].type in SPEAKER_TYPES else None

    def _outlet_after(self, b: int) -> Entity | None:
        """The outlet named by "publié dans X" within a few words after token ``b``."""
        doc = self.doc
        k = self._word_after(b, lambda k: doc[k].lower_ == "dans" and k > 0
                             and doc[k - 1].lemma_.lower() in PUBLISHING_VERBS)
        hit = self._mention_after(k) if k is not None else None
        return hit[1] if hit is not None and is_media_name(hit[1].name) else None

    def _word_after(self, b: int, wanted) -> int | None:
        """The first token within a few words after token ``b`` that is ``wanted``, before any
        punctuation or quotation."""
        doc = self.doc
        for k in range(max(b - 1, 0), min(len(doc) - 1, b + AGENT_WINDOW)):
            if doc[k].is_punct and doc[k].text != "*" or self.cast.in_quote[k]:
                return None  # (a note's star goes on: "un sondage* réalisé par X")
            if wanted(k):
                return k
        return None

    def _mention_after(self, k: int):
        """The mention of the name right after the preposition at token ``k`` ("par le parquet")."""
        doc = self.doc
        name = k + 2 if doc[k + 1].pos_ == "DET" and k + 2 < len(doc) else k + 1
        return self.cast.index.mention_at(doc[name].idx)

    def _work_named_before(self, a: int) -> bool:
        """A work (a book, a tale, a film) is named in the sentence of token ``a`` or the one before."""
        doc = self.doc
        sent = doc[a].sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return any(t.lemma_.lower() in WORK_NOUNS for t in doc[start:a])

    def recent_person(self, start: int, gender: str | None) -> str | None:
        """The person who spoke last, else the person named last, agreeing in gender: what a label
        ("cette libérale") points back to, whatever office that person holds."""
        for offset, ref in reversed(self.history):
            if start - offset > ANTECEDENT_WINDOW:
                break
            if ref.entity is not None and ref.person and compatible(ref.gender, gender):
                return ref.entity
        return self.cast.latest_person(start, gender)

    def role_holder(self, a: int, b: int, start: int, gender: str | None, same_head: bool = True) -> str | None:
        """The entity the article gave the role named by tokens ``[a, b)`` (without its determiner
        and "ancien"): exactly, by a synonym, or (``same_head``) by the same head noun."""
        doc, cast = self.doc, self.cast
        head = next((t.lower_ for t in doc[a:b] if t.pos_ == "NOUN"), "")
        if any(t.lower_ in NEW_HOLDER_WORDS for t in doc[a:b]):
            # "le président élu", "le nouveau Président": the person the article says took that office
            taken = [eid for offset, role, g, eid in cast.taken if role.split()[:1] == [head]
                     and offset < start + ROLE_LOOKAHEAD and compatible(g, gender)]
            if len(set(taken)) == 1:
                return taken[0]
        phrase = _without_former(" ".join(t.text for t in doc[a + 1:b]))
        phrase = " ".join(ROLE_NOUN_SYNONYMS.get(w, w) for w in phrase.split())
        keys = {phrase}
        for group in ROLE_SYNONYMS:
            if phrase in group:
                keys |= group
        covered = ROLE_HYPERNYMS.get(phrase, frozenset())  # "la magistrate": the "procureure" named
        # a bare head ("le président") is first a national office ("président américain") rather than
        # the head of a body ("président de l'autorité fédérale de régulation …")
        bare = " " not in phrase
        # names in the description ("le maire de Pau", "le président du MoDem"): a role with the same
        # head but without them is another office ("le maire de Saint-Étienne", "le président UDI …")
        end = doc[b - 1].idx + len(doc[b - 1].text)
        named = [norm_phrase(m.text) for m, e in cast.index.mentions_in(start, end) if e.type in ("LOC", "ORG")]
        former = _is_former(doc, a, b)
        country = _countries_of(phrase)
        candidates = []  # (tier, nearness, holder, named just before)
        far: set[str] = set()  # the very role given further on than the lookahead
        for offset, role, g, eid in cast.roles:
            if offset == start:
                continue  # the phrase's own role (learnt when it was resolved): no evidence of itself
            if not (compatible(g, gender) and (g == gender or compatible(cast.gender.get(eid), gender))):
                continue  # "la ministre" is not the man called "le ministre" before ("le capitaine" is
                # the woman the article called "le capitaine des pompiers")
            if self._other_country(eid, country, role):
                continue  # "le chef de la diplomatie allemande" is not the "ministre russe des Affaires étrangères"
            current = _without_former(role)  # "l'ex-ministre" is the one called "l'ancienne ministre"
            if former != (current != role):
                continue  # "l'ancien président" is not the man now called "président UDI de la région"
            role = current
            # a longer role holds the phrase ("président de la commission" is a "président"), not a
            # one-word synonym of a longer phrase ("président" for "président de la République")
            exact = role in keys or role.split()[0] in covered or any(
                role.startswith(k + " ") or (role.endswith(" " + k) and not ranked_office(fold(role).split()))
                for k in keys if k == phrase or " " in k)
            if offset >= start + EXACT_ROLE_LOOKAHEAD:
                if exact:
                    far.add(eid)
                continue
            if not exact and offset >= start + ROLE_LOOKAHEAD:
                continue
            similar = same_head and head and role.split()[:1] == [head] and (
                all(f" {n} " in f" {role} " for n in named)
                or " " in role and phrase.startswith(role + " ")  # "député PS" said "député PS des Bouches-du-Rhône"
                and phrase[len(role) + 1:].split(" ", 1)[0] in COMPLEMENT_MARKERS)  # (not "maire de Lyon 3e")
            if exact or similar:
                # a national office outranks the head of a body named a while before ("le président" is
                # the "président américain", not "le président de l'autorité de régulation" two paragraphs up)
                national = bare and exact and role.startswith(phrase + " ") and bool(_countries_of(role)) \
                    and not COMPLEMENT_MARKERS & set(role.split())
                near = exact and not national and start - NATIONAL_OFFICE_REACH < offset < start
                tier = 3 if national else 2 if exact else 1
                candidates.append((tier, offset if offset < start else -offset, eid, near))
        if self._unclear_kind(phrase, a, start):
            return None
        if candidates:
            # (not over a holder of the same head named just before: "Le président de la banque a déclaré …")
            tier = 2 if any(near for *_, near in candidates) else 3
            return max(candidates, key=lambda c: (min(c[0], tier), c[1]))[2]
        if len(far) == 1 and not self._introduced_unnamed(head, a):
            return far.pop()  # "le maire" in the lead, "le maire, X" at the end: the one holder named
        return None

    def _named_relative(self, head: Token, b: int, gender: str | None) -> str | None:
        """The one person of the article, other than the named person the family noun ``head`` is of
        (a name among tokens ``(head, b)``), who bears that person's surname and agrees in gender."""
        doc, cast = self.doc, self.cast
        if head.i + 2 >= b or doc[head.i + 1].lower_ not in ("de", "d'", "d’"):
            return None
        end = doc[b - 1].idx + len(doc[b - 1].text)
        kin = [e for _, e in cast.index.mentions_in(doc[head.i + 1].idx, end) if e.type == "PER"]
        if len(kin) != 1 or len(kin[0].name.split()) < 2:
            return None
        surname = fold(kin[0].name.split()[-1])
        relation = head.lower_
        bearers = {e.id for _, _, e in cast.people if e.id != kin[0].id and len(e.name.split()) >= 2
                   and fold(e.name.split()[-1]) == surname and compatible(cast.gender.get(e.id), gender)}
        # (not one the article gave another family role: "Jacques Durand, le père de la victime" is no brother)
        bearers -= {eid for _, role, _, eid in cast.roles
                    if role.split()[0] in FAMILY_NOUNS and role.split()[0] != relation}
        return bearers.pop() if len(bearers) == 1 else None

    def _unclear_kind(self, kind: str, a: int, start: int) -> bool:
        """A kind-of-office noun ("le magistrat") that names nobody for sure: two people given offices
        it covers before ``start`` (a judge and a prosecutor), or someone unnamed of that kind introduced
        before token ``a`` ("un juge d'instruction", "un magistrat de la cour d'appel")."""
        covered = ROLE_HYPERNYMS.get(kind)
        if not covered:
            return False
        holders = {eid for offset, role, _, eid in self.cast.roles if offset < start and role.split()[0] in covered}
        return len(holders) > 1 or any(self._introduced_unnamed(w, a, anywhere=True) for w in covered | {kind})

    def _introduced_unnamed(self, head: str, a: int, anywhere: bool = False) -> bool:
        """Did the article introduce someone unnamed with that noun, as a subject (or ``anywhere``),
        before token ``a`` ("a commenté un porte-parole du Quai d'Orsay … a ajouté le porte-parole":
        that one, not a later holder; not "le club a recruté un entraîneur", whom it may name next)?"""
        return any(t.lower_ == head and t.pos_ == "NOUN" and not self.cast.in_quote[t.i]
                   and (anywhere or t.dep_.startswith("nsubj") or incise_subject(t))
                   and any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in t.children) for t in self.doc[:a])

    def _other_country(self, eid: str, country: frozenset[str], role: str = "") -> bool:
        """Do the titles of person ``eid`` (or the ``role`` the article gave them) name only countries
        other than ``country`` ("ministre russe des Affaires étrangères" for "allemande")?"""
        if not country:
            return False
        entity = self.cast.index.by_id.get(eid)
        theirs = _countries_of(role).union(*(_countries_of(m.text) for m in (entity.mentions if entity else ())
                                             if m.kind == "title"))
        return bool(theirs) and not country & theirs

    def resolve_role(self, a: int, b: int, start: int, gender: str | None) -> str | None:
        """The entity holding the role named by tokens ``[a, b)`` (a definite phrase). A role of
        an organisation ("le leader de la CGT") resolved is remembered as that person's: the
        article's later "patron de la CFDT" is someone else, its "secrétaire général de la CGT" them."""
        doc, cast = self.doc, self.cast
        end = doc[b - 1].idx + len(doc[b - 1].text)
        orgs = frozenset(e.id for _, e in cast.index.mentions_in(start, end) if e.type == "ORG")
        holder = self._role_holder_of(a, b, start, gender, orgs)
        if holder is not None and orgs:
            cast.described.append((holder, norm_phrase(doc[a:b].text)))
        if holder is not None:
            self.learn_role(a, b, start, gender, holder)
        return holder

    def learn_role(self, a: int, b: int, start: int, gender: str | None, holder: str) -> None:
        """A description of tokens ``[a, b)`` resolved to ``holder`` ("a assuré le ministre de la
        Justice") makes it that person's role from here on: the article's next "le ministre" is
        them, not someone named later with another ministry."""
        role = role_phrase(self.doc, a, b)
        if role is not None and " " in role[0] and (start, role[0], gender, holder) not in self.cast.roles:
            self.cast.roles.append((start, role[0], gender, holder))

    def _role_holder_of(self, a: int, b: int, start: int, gender: str | None, orgs: frozenset[str]) -> str | None:
        doc, cast = self.doc, self.cast
        holder = self.role_holder(a, b, start, gender, same_head=False)
        if holder is not None:
            return holder
        head_tok = _head_noun(doc, a, b)
        head = head_tok.lower_ if head_tok is not None else ""
        if self._unclear_kind(head, a, start):
            return None  # no guess either: "le magistrat" after a judge and a prosecutor
        # The holder of that office on the article's date, when the article names them: surer than
        # a role of the same head ("le chef de l'État" is not the man called "le chef de la
        # diplomatie") and than the guesses below ("Le garde des Sceaux a réagi" after another man's name)
        known = office_holder(doc[a:b].text, self.article)
        if known is not None:
            return known[0]
        holder = self.role_holder(a, b, start, gender)
        if holder is not None:
            return holder
        if any(t.lower_ in ALLEGED_WORDS for t in doc[a:b + 1]):
            # "l'auteur présumé" (the word after the phrase too: the parse may make it a verb): an
            # unnamed suspect, not the last speaker nor the headline's person
            return None
        if head in RELATION_NOUNS and head_tok.i + 1 < b and doc[head_tok.i + 1].lower_ in INDEFINITE_COMPLEMENTS \
                or head_tok is not None and _family_member(head_tok):
            # "le veuf d'une femme …", "la mère de l'enfant", "le père": someone the story has not
            # named (a named one holds the role by apposition), not its protagonist — unless the
            # relative is of a named person and one other person bears their surname ("le fils de
            # Nicolas Sarkozy" is the Louis Sarkozy of the article)
            return self._named_relative(head_tok, b, gender)
        former = _is_former(doc, a, b)
        if head in STATUS_NOUNS or head in PERSON_LABELS or head_tok is not None and _unknown_person_noun(head_tok):
            head = ""  # a membership or a standing, held beside any office: no other role excludes it
        # People the description's own sentence named earlier are not it ("les intentions de X, le
        # sénateur a dit": two people) — unless they spoke in it: "« … », estime X. « … », clame le
        # cofondateur du parti" (one sentence to the parser) is X again; nor those named before a
        # quotation the description's incise follows ("X a insisté. « … », a écrit le maire").
        sent_start = doc[a].sent.start_char
        k = a - 1
        while k >= doc[a].sent.start and not cast.in_quote[k]:
            k -= 1
        if k >= doc[a].sent.start:
            sent_start = doc[k].idx
        same_sentence = {e.id for _, e in cast.index.mentions_in(sent_start, start)} \
            - {ref.entity for offset, ref in self.history if sent_start <= offset < start}
        # nor the person its complement names ("l'avocat de X", "le fils de X" is not X)
        same_sentence |= {e.id for _, e in cast.index.mentions_in(start, doc[b - 1].idx + len(doc[b - 1].text))
                          if e.type == "PER"}
        # nor a person of another nationality ("le chef de la diplomatie allemande" is not the man
        # titled "ministre russe des Affaires étrangères")
        country = _countries_of(doc[a:b].text)
        same_sentence |= {eid for eid in cast.gender if self._other_country(eid, country)}
        affiliated = {eid: cast.affiliations(eid) for eid in cast.gender} if orgs else {}
        # "le patron de la CFDT" is not the man the article called "le leader de la CGT"
        same_sentence |= {eid for eid, aff in affiliated.items() if aff and not aff & orgs}

        def other_role(eid: str) -> bool:
            return not former and not affiliated.get(eid, frozenset()) & orgs and cast.holds_other_role(eid, head)
        if not former and any(e.type == "LOC" and is_complement(doc, cast.token_at(m.start), a)
                              for m, e in cast.index.mentions_in(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))):
            # "le maire de Paris", "le député de l'Ain": a specific office nobody was given — the
            # person who spoke last, or the one the headline names, when no other role is theirs
            offset, ref = self.history[-1] if self.history else (-1, None)
            if ref is not None and start - offset <= ANTECEDENT_WINDOW and ref.entity is not None and ref.person \
                    and compatible(ref.gender, gender) and ref.entity not in same_sentence \
                    and not other_role(ref.entity):
                return ref.entity
            return self._headline_person(gender, head)
        # The person who spoke last, then the person named last — unless the article gave them
        # another role ("le porte-parole X" is not "le président").
        last_spoke = self.history[-1][0] if self.history else -1
        found = self.chain.antecedent(a, start, gender)
        if found is not None and found[0] > last_spoke and found[2] is not None and found[2] not in same_sentence \
                and self._names_the_subject(cast.token_at(found[0])) \
                and not other_role(found[2]):
            return found[2]  # a new main subject after the last speaker: the chain moved on to them
        for offset, ref in reversed(self.history):
            if start - offset > ANTECEDENT_WINDOW:
                break
            if ref.entity is not None and ref.person and compatible(ref.gender, gender) \
                    and not other_role(ref.entity) and ref.entity not in same_sentence:
                return ref.entity  # a former office ("l'ancien ministre") fits whoever holds another now
        # The topic of the story so far (the subject chain, as for a pronoun), then the person named last.
        topic = self.chain.topic(a, start, gender)
        if topic is not None and topic not in same_sentence \
                and not other_role(topic):
            return topic
        person = cast.latest_person(start, gender, "" if former else head, exclude=same_sentence)
        if person is not None:
            return person
        if former:  # a former office holder is someone the story has already named, or its headline
            return self._headline_person(gender, "")
        # Nobody named yet: the person the headline names ("…, s'agace Corbière" / "Le député de
        # La France insoumise dénonce …" opening the text) — not someone's relation ("l'avocat de la
        # famille", "un proche du ministre" is around the protagonist, not them).
        related = head in RELATION_NOUNS and head_tok.i + 1 < b and doc[head_tok.i + 1].lower_ in COMPLEMENT_MARKERS
        titled = None if related else self._headline_person(gender, head)
        if titled is not None:
            return titled
        # Cataphora: the role is named just after, in a sentence of its own ("a déclaré le chef de
        # l'État. Emmanuel Macron ..."): a name in the phrase's sentence is its complement or what is
        # said ("l'avocat de X a dénoncé la décision du juge Y" is neither X nor Y).
        # Someone's relation is the next person the article gives that role ("Me X" for "l'avocat de
        # la famille"), not the next person named; nor is anyone named later the one an indefinite
        # introduced ("a commenté un porte-parole du Quai d'Orsay … a ajouté le porte-parole").
        i = bisect_left(cast.people_starts, doc[b - 1].sent.end_char)
        for s, _, e in cast.people[i:i + CATAPHORA_PEOPLE]:
            if s - start < CATAPHORA_WINDOW and compatible(cast.gender.get(e.id), gender) \
                    and (not related or any(r.split()[0] == head for _, r, _, x in cast.roles if x == e.id)):
                return None if self._introduced_unnamed(head, a) else e.id  # (the scan only when needed)
        return None


_PERSON_NOUNS = TRADE_NOUNS | STATUS_NOUNS | RELATION_NOUNS | PERSON_LABELS


def _countries_of(role: str) -> frozenset[str]:
    """The countries a role's nationality adjectives name ("ministre russe des Affaires étrangères" → Russie)."""
    return frozenset(c for w in fold(role).split() for c in DEMONYM_COUNTRIES.get(w, ()))


def _person_noun(tok: Token) -> bool:
    """A noun of a role, a trade, a standing, a relation or a person label ("le suspect", "un militant")."""
    words = {tok.lower_, tok.lemma_.lower()}
    return is_role_word(tok) or bool(words & _PERSON_NOUNS)


def _family_member(head: Token) -> bool:
    """"la mère de l'enfant", "le père": a member of someone's family — not "le père de famille" (a
    standing) nor "le père de la « révolution tranquille »" (a figure with a quoted term)."""
    if head.lower_ not in FAMILY_NOUNS:
        return False
    following = head.doc[head.i + 1:head.i + 1 + FIGURATIVE_REACH]
    if not len(following) or following[0].lower_ not in ("de", "du", "des", "d'", "d’"):
        return True
    return not (len(following) > 1 and following[1].lower_ == "famille"
                or any(t.text in ("«", '"', "“") for t in following))


def _without_former(words: str) -> str:
    """A role's words without "ancien", "ex-" ("l'ex-ministre", "ancienne ministre" → "ministre")."""
    return norm_phrase(" ".join(w.removeprefix("ex-") for w in words.split() if w.lower() not in FORMER_WORDS))


def _is_former(doc: Doc, a: int, b: int) -> bool:
    """The role of tokens ``[a, b)`` is a former one ("l'ancien président", "l'ex-ministre")."""
    return any(t.lower_ in FORMER_WORDS or t.lower_.startswith("ex-") for t in doc[a:b])


_TABLE_NOUNS = (ROLE_NOUNS | TRADE_NOUNS | PERSON_LABELS | ORGANISATION_NOUNS | ORGANISATION_HEAD_NOUNS | MEDIA_NOUNS
                | PUBLICATION_NOUNS | UNNAMED_SOURCE_NOUNS | DOCUMENT_AUTHOR_NOUNS)


def _unknown_person_noun(head: Token) -> bool:
    """A singular common noun no table knows ("le praticien", "le sexagénaire"): said of the
    person the story is about, holding no office that would exclude another."""
    return head.morph.get("Number") != ["Plur"] and head.lower_ not in _TABLE_NOUNS \
        and head.lemma_.lower() not in _TABLE_NOUNS


def _capitalised(words: str) -> bool:
    """Every word is capitalised (``Bruno``, ``Le Maire``)."""
    parts = words.split()
    return bool(parts) and all(w[:1].isupper() for w in parts)


def _new_instance(noun: Token) -> bool:
    """"trois nouveaux experts", "un employé", "les riverains de la rue voisine": the noun introduces
    others (no definite article, or words of its own), not "les médecins" again."""
    kids = list(noun.children)
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in kids)
    return not definite or any(c.dep_ in ("amod", "nmod", "acl", "acl:relcl") for c in kids)


def _qualified_by_a_field(head: Token, b: int) -> bool:
    """"l'agence sanitaire", "l'agence européenne": an adjective of a field right after the noun
    (not "l'agence économique", "l'agence internationale": news agencies)."""
    return head.i + 1 < min(b, len(head.doc)) and head.doc[head.i + 1].lower_ in AGENCY_FIELD_ADJECTIVES


def _age_label(head: Token, b: int) -> bool:
    """A single person labelled by age: "la quinquagénaire", "le cinéaste de 44 ans"."""
    doc = head.doc
    if head.morph.get("Number") == ["Plur"]:
        return False
    if head.lower_.endswith(AGE_NOUN_ENDINGS):
        return True
    return any(doc[k].lower_ in ("de", "d'", "d’") and doc[k + 1].like_num and doc[k + 2].lower_ in ("an", "ans")
               for k in range(head.i + 1, b - 2))


def _head_noun(doc: Doc, a: int, b: int) -> Token | None:
    """The first common noun of ``[a, b)``: the head of a French noun phrase (a noun of the tables
    capitalised and tagged a name counts: "la Youtubeuse", "le Président"; an adjective before a noun
    the tagger read as one does not: "l'actuelle maire")."""
    return next((t for t in doc[a:b] if (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.lower_ in _TABLE_NOUNS)
                 and not (t.lower_ in _PRENOMINAL_ADJECTIVES and t.i + 1 < b and doc[t.i + 1].pos_ == "NOUN")), None)


# Adjectives written before a role noun that the tagger may read as nouns ("l'actuelle maire de Lille").
_PRENOMINAL_ADJECTIVES = frozenset({"actuel", "actuelle", "ancien", "ancienne", "nouveau", "nouvelle", "futur",
                                    "future", "éternel", "éternelle", "éphémère"})
