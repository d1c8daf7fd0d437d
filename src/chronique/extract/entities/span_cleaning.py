"""One model entity span corrected into a name candidate.

The span is cut at punctuation, verbs and line breaks; a title at its front is split off and
kept as a role phrase; a committee is parted from the body it belongs to; determiners, sector
words and trailing junk are stripped; the rest is typed by its head and checked by
``name_filter``.
"""

from __future__ import annotations

from ...knowledge.departments import department_names
from ...lang.fr.first_names import is_first_name
from ...lang.fr.person_nouns import ROLE_NOUNS
from ...lang.fr.pronouns import POSSESSIVE_DETERMINERS
from .cand import W_CUE, W_MODEL, W_TABLE, W_TITLE, Cand
from .missed import outlet_after_article
from .name_filter import _acceptable, _is_demonym
from .roles import DE_WORDS, head_end, role_end
from .span_edges import (KNOWN_NAMES, _TRAILING_JUNK, _extend_lowercase_body, _extend_portfolios,
                         _extend_to_known_name, _fixed_expression_before, _glued_break, _initial_dot,
                         _strippable_front)
from .tables import (ARABIC_NAME_PARTICLES, EDGE_FUNCTION_WORDS, HOLIDAY_WORDS, LOC_HEADS, MEDIA, MONTHS,
                     NAME_CONNECTORS, NAMED_TEXT_HEADS, ORG_HEADS, ORG_SUFFIXES, PARTIES, PERSON_NAMED_PLACE_HEADS,
                     PERSON_PARTICLES, PORTFOLIO_ORG_HEADS, PORTFOLIO_WORDS, REGIME_ADJECTIVES, WEEKDAYS, fold)
from .tokens import Tokens

DEPARTMENT_NAMES = department_names()
# Prepositions before a place that may run on into the name of a person after it.
PLACE_PREPOSITIONS = frozenset({"de", "d'", "à", "en"})
# Tokens that end a name span: punctuation other than hyphens, apostrophes, dots and "&".
BREAK_TOKENS = frozenset(list("«»\"“”()[]{}:;!?,…/|") + ["--", "—", "–"])
BREAK_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ"})
# Place heads that are also everyday words ("à la place de", "le tour de", "l'hôpital de"):
# never glued to the name after them.
AMBIGUOUS_PLACE_HEADS = frozenset({"place", "tour", "porte", "port", "hopital", "cap", "bois", "col", "arc", "base",
                                   "mer", "baie", "cimetiere", "parc", "jardin"})

# Prepositions that place a named place in another ("l'hôpital Necker à Paris"), never inside its
# name (folded, like ``Tokens.key``).
LOCATED_AT = frozenset(fold(w) for w in ("à", "au", "aux", "en"))


def _clean(tk: Tokens, i: int, j: int, label: str, ent_of: list[int], roles: list) -> list[Cand]:
    pair = _coordinated_known_names(tk, i, j)
    if pair is not None:  # "Mediapart et de France Inter": two outlets
        return _clean(tk, i, pair[0], label, ent_of, roles) + _clean(tk, pair[1], j, label, ent_of, roles)
    org = _organisation_after_person(tk, i, j)
    if org is not None:  # "l'analyste Jack Ives de Brent Securities": the person, then the firm
        return _clean(tk, i, org - 1, "PER", ent_of, roles) + _clean(tk, org, j, "ORG", ent_of, roles)
    p = _person_glued_after(tk, i, j)
    if p is not None:  # "au Journal du dimanche Olivia Grégoire": an outlet (or a person), then a person
        first = "LOC" if _place_before_person(tk, i, p) else "ORG" if label == "PER" and _after_article(tk, i) \
            else label  # a name opening on an article is no person's: "Les Constructifs"
        return _clean(tk, i, p, first, ent_of, roles) + _clean(tk, p, j, "PER", ent_of, roles)
    # 1. cut at punctuation, verbs and line breaks: keep the first piece that has a word
    pieces, s = [], i
    for k in range(i, j):
        spaced_dash = tk.text[k] in ("-", "–", "—") and k > i and tk.end[k - 1] < tk.start[k]
        # a role phrase after a name: "Le Parisien le Premier ministre" is a newspaper, then a title
        role_inside = k > i and not tk.cap[k] and tk.key[k] in ("le", "la", "les", "l'") \
            and head_end(tk, k + 1) is not None
        if role_inside or tk.text[k] in BREAK_TOKENS or "\n" in tk.text[k] or (tk.pos[k] in BREAK_POS and not tk.cap[k]) \
                or spaced_dash:
            pieces.append((s, k))
            s = k + 1
    pieces.append((s, j))
    out = []
    for a, b in pieces:
        if b > a:
            c = _clean_piece(tk, a, b, label, ent_of, roles)
            if c is not None:
                out.append(c)
                rest = _body_of_committee(tk, c) or _party_of_place(tk, c)
                if rest is not None:  # "commission des Lois" + "de l'Assemblée nationale": two names
                    c.j, c.ce = rest[0], tk.end[rest[0] - 1]
                    other = _clean_piece(tk, rest[1], max(b, rest[1] + 1), rest[2] or label, ent_of, roles)
                    if other is not None:
                        if rest[2] == "LOC":  # a party's branch is named after its place, whatever title precedes
                            other.vote("LOC", W_TITLE + W_MODEL)
                        out.append(other)
            break  # what follows a break inside a model span is a clause, not a name
    return out


def _coordinated_known_names(tk: Tokens, i: int, j: int) -> tuple[int, int] | None:
    """Two names of the tables joined by "et" ("Mediapart et de France Inter", "Le Monde et
    Libération"): the end of the first and the start of the second, else None."""
    for k in range(i + 1, j - 1):
        if tk.key[k] != "et":
            continue
        m = k + 1 + (tk.key[k + 1] in DE_WORDS)
        if m < j and fold(tk.span_text(i, k)) in KNOWN_NAMES and fold(tk.span_text(m, j)) in KNOWN_NAMES:
            return k, m
    return None


def _person_glued_after(tk: Tokens, i: int, j: int) -> int | None:
    """Where a first name and a capitalised word follow a lowercase word or an acronym inside a span
    that does not open on a name ("Journal du dimanche | Olivia Grégoire", "RN | Jean-Lin
    Lacapelle"): a person named right after an outlet, a party or a place. Names of institutions
    after people open on their head ("Fondation Jean Jaurès", "rue Victor Hugo") and are left whole."""
    if _first_name_like(tk.text[i]):
        return _second_person(tk, i, j)
    if (tk.key[i] in MEDIA or outlet_after_article(tk, i) or tk.key[i] in PORTFOLIO_WORDS and tk.cap[i]) \
            and (2 <= j - (i + 1) <= 4 or j == i + 2 and _first_name_like(tk.text[i + 1])) \
            and all(tk.cap[k] and tk.is_word(k) or _inner_hyphen(tk, k) for k in range(i + 1, j)):
        # "a dit à l'AFP | Flavie Flament", "la ministre de l'Information | Manal Abdel Samad", "raconte
        # au Parisien | Marie-Laure" (a witness named by a first name)
        return i + 1
    if _after_article(tk, i):  # "le sénateur Les Républicains | Bruno Retailleau": a name opening on an article
        return next((k for k in range(i + 1 + (tk.key[i] in ("le", "la", "les")), j - 1)
                     if _first_name_like(tk.text[k]) and tk.cap[k + 1] and tk.is_word(k + 1)), None)
    n = _compound_end(tk, i, j)
    if _place_before_person(tk, i, i + 1) and n + 1 < j and (
            _first_name_like(tk.text[n]) and tk.cap[n + 1] and tk.is_word(n + 1)
            or tk.cap[n] and _particle_name(tk.text[n + 1])):
        # "la procureure de Manhattan | Anne Stroud", "à Doha | Tamim ben Hamad", "le doyen de la
        # faculté de Damas | Noubough al-Awa", "la députée de Seine-Maritime | Agnès Firmin Le Bodo"
        return n
    for k in range(i + 1, j - 1):
        before = tk.text[k - 1]
        glued = not tk.cap[k - 1] and k > i + 1 and tk.key[k - 1] not in NAME_CONNECTORS \
            or len(before) >= 2 and before.isupper() and before.isalpha() \
            or k - 1 > i and _place_before_person(tk, k - 1, k)  # "procureur de la République de Dijon | Eric Mathais"
        if glued and tk.cap[k] and _surname_after(tk, k + 1, j) and _first_name_like(tk.text[k]) and tk.is_word(k - 1):
            return k
    return None


def _compound_end(tk: Tokens, i: int, j: int) -> int:
    """Where the capitalised word at ``i`` ends with the parts an inner hyphen glues to it
    ("Seine-Maritime", "Loire-Atlantique"), before ``j``."""
    n = i + 1
    while n + 1 < j and _inner_hyphen(tk, n) and tk.cap[n + 1] and tk.is_word(n + 1):
        n += 2
    return n


def _surname_after(tk: Tokens, k: int, j: int) -> bool:
    """A capitalised word at ``k``, or a particle then one ("de Rugy", "von der Leyen"), before ``j``."""
    while k < j - 1 and tk.key[k] in PERSON_PARTICLES and not tk.cap[k]:
        k += 1
    return k < j and tk.cap[k]


def _inner_hyphen(tk: Tokens, k: int) -> bool:
    """A hyphen glued to the words on both sides, inside a compound name ("Dupond-Moretti")."""
    return tk.text[k] == "-" and 0 < k < tk.n - 1 and tk.end[k - 1] == tk.start[k] \
        and tk.end[k] == tk.start[k + 1]


def _organisation_after_person(tk: Tokens, i: int, j: int) -> int | None:
    """Where "de" joins a full name to an organisation's name ("Jack Ives de Brent
    Securities", "Marie Dubois du Parisien"): the start of the organisation, or None. A particle of
    the surname ("Charles de Gaulle", "Geoffroy Roux de Bézieux") is followed by no such name."""
    for k in range(i + 2, j - 1):
        if tk.key[k] not in ("de", "du", "d'"):
            continue
        if not all(tk.cap[x] and tk.is_word(x) for x in range(i, k)):
            return None
        rest = fold(tk.string[tk.start[k + 1]:tk.end[j - 1]])
        last = tk.key[j - 1]
        if j - (k + 1) >= 2 and last in ORG_SUFFIXES or rest in MEDIA or rest in PARTIES:
            return k + 1
        return None
    return None


def _after_article(tk: Tokens, i: int) -> bool:
    """Does the name at ``i`` open on a capitalised article ("Les Républicains", "Le Monde")?"""
    return any(a >= 0 and tk.cap[a] and tk.key[a] in ("le", "la", "les") for a in (i, i - 1))


def _place_before_person(tk: Tokens, i: int, p: int) -> bool:
    """One capitalised word, not a first name, after a place preposition ("de Manhattan", "à Doha")."""
    return p == i + 1 and i > 0 and tk.key[i - 1].replace("’", "'") in PLACE_PREPOSITIONS and tk.cap[i] \
        and tk.is_word(i) and not _first_name_like(tk.text[i])


def _second_person(tk: Tokens, i: int, j: int) -> int | None:
    """Where a person's full name runs on into another's ("l'ex-ministre de Nicolas Sarkozy | Chantal
    Jouanno"): a surname that is no first name, then a first name and a capitalised word."""
    for k in range(i + 2, j - 1):
        if tk.cap[k - 1] and not _first_name_like(tk.text[k - 1]) and tk.is_word(k - 1) \
                and _first_name_like(tk.text[k]) and tk.cap[k + 1] and tk.is_word(k + 1):
            return k
    return None


def _particle_name(word: str) -> bool:
    """A surname opening on a particle of Arabic names ("al-Awa", "el-Sissi") or the particle alone ("ben")."""
    head = fold(word.split("-", 1)[0])
    return head in ARABIC_NAME_PARTICLES and ("-" in word or word.islower())


def _first_name_like(word: str) -> bool:
    """A first name, or a compound one opening on a first name ("Jean-Lin", "Marie-Ange")."""
    head, _, rest = word.partition("-")
    return is_first_name(word) or bool(rest) and rest[:1].isupper() and is_first_name(head)


def _body_of_committee(tk: Tokens, c: Cand) -> tuple[int, int, str | None] | None:
    """Where a committee or ministry span runs on into the body it belongs to: "commission des
    Lois | de l'Assemblée nationale", "commission de la Culture | du Sénat". Returns (end of the
    first name, start of the second, None: the second has the first's label), or None."""
    if tk.key[c.i] not in PORTFOLIO_ORG_HEADS:
        return None
    for k in range(c.i + 2, c.j - 1):
        if tk.key[k].replace("’", "'") not in ("de", "du", "d'"):
            continue
        m = k + 1
        if tk.key[m].replace("’", "'") in ("la", "l'") and m + 1 < c.j:
            m += 1
        if tk.cap[m] and tk.key[m] in ORG_HEADS:
            return k, m, None
    return None


def _party_of_place(tk: Tokens, c: Cand) -> tuple[int, int, str | None] | None:
    """A listed party's span run on into its complement: a place, its local branch ("Les
    Républicains | des Alpes-Maritimes", "Parti socialiste | de Gironde"), or a person, its
    leader ("Rassemblement national | de Marine Le Pen")."""
    for k in range(c.i + 1, c.j - 1):
        name = fold(tk.span_text(c.i, k))
        if tk.key[k] in DE_WORDS and tk.cap[k + 1] and (name in PARTIES or "les " + name in PARTIES):
            person = is_first_name(tk.text[k + 1]) or tk.doc[k + 1].ent_type_ == "PER"
            return k, k + 1, "PER" if person else "LOC"
    return None


# Prepositions of a topic or a purpose after a name ("le ministère de l'Écologie sur le glyphosate"),
# and the words that make the capitalised word before them a complement ("de l'", "du").
TOPIC_PREPOSITIONS = frozenset({"sur", "contre", "pour", "avec"})
COMPLEMENT_WORDS = frozenset({"de", "d'", "du", "des", "l'", "la", "le", "les"})


def _before_lowercase_topic(tk: Tokens, i: int, j: int) -> int:
    """The end of a name the model ran on over a topic in lowercase after a capitalised complement
    ("ministère de l'Écologie | sur le glyphosate"); a preposition after the name's head stays
    ("Ligue contre le cancer", "Haut Conseil pour le climat")."""
    for k in range(i + 1, j - 1):
        if tk.pos[k] == "ADP" and tk.key[k + 1] in POSSESSIVE_DETERMINERS and not tk.cap[k + 1] \
                and fold(tk.span_text(i, k)) in KNOWN_NAMES:
            return k  # "le Rassemblement national | de sa fille", "En Marche | dès sa création"
        if k >= i + 2 and tk.key[k] in TOPIC_PREPOSITIONS and not tk.cap[k] and tk.cap[k - 1] and not tk.cap[k + 1] \
                and tk.key[k - 2] in COMPLEMENT_WORDS:
            return k
    return j


def _clean_piece(tk: Tokens, i: int, j: int, label: str, ent_of: list[int], roles: list) -> Cand | None:
    text = tk.string
    # a capitalised article inside a sentence belongs to the name after it: "le groupe Les
    # Républicains", "selon Les Echos"
    while i > 0 and tk.cap[i - 1] and not tk.initial[i - 1] and tk.key[i - 1] in ("le", "la", "les"):
        i -= 1
    # a holiday in a fixed expression is no name: "le marché de Noël de Strasbourg" → "Strasbourg"
    while i < j and tk.key[i] in HOLIDAY_WORDS and _fixed_expression_before(tk, i):
        i += 1
        while i < j and tk.key[i] in NAME_CONNECTORS:
            i += 1
    if j <= i:
        return None
    # a span the model ended on a connector ("Université d'été du" + "PS"): take the name after it
    while j < tk.n and tk.key[j - 1] in NAME_CONNECTORS and tk.cap[j] and tk.is_word(j) and "\n" not in tk.text[j - 1]:
        j += 1
    # a place head and its complement: "Arc" + "de triomphe", "Palais" + "de l'Elysée"
    if j - i == 1 and tk.cap[i] and tk.key[i] in LOC_HEADS and j + 1 < tk.n and tk.key[j] in ("de", "du", "des", "d'"):
        k = j + 1
        if k < tk.n and tk.key[k] in ("la", "l'"):
            k += 1
        if k < tk.n and tk.is_word(k) and tk.pos[k] in ("NOUN", "PROPN"):
            j = k + 1
    # a lowercase place head before the name: "l'espace Schengen", "le théâtre des Bleus de Bar"
    # (not across "à": "l'hôpital Necker à Paris" is a hospital in Paris)
    k = i - 1
    while k >= 0 and i - k <= 5 and (tk.cap[k] or tk.key[k] in NAME_CONNECTORS and tk.key[k] not in LOCATED_AT) \
            and not tk.initial[k] and tk.is_word(k):
        k -= 1
    if k >= 0 and k < i and not tk.cap[k] and (label in ("PER", "LOC") and tk.key[k] in PERSON_NAMED_PLACE_HEADS
                                               or label != "PER" and tk.key[k] in LOC_HEADS - AMBIGUOUS_PLACE_HEADS):
        label = "LOC"
        i = k
    if i > 0 and tk.key[i - 1] in NAMED_TEXT_HEADS and not tk.cap[i - 1] and tk.cap[i]:
        i -= 1  # "la loi Avia": the law, not Ms Avia
        label = "MISC"
    j = _before_lowercase_topic(tk, i, j)
    cs, ce = tk.start[i], tk.end[j - 1]
    # 2. a lost sentence break inside the span: keep what comes before it
    span = text[cs:ce]
    cut = _glued_break(span)
    if cut is not None:
        ce = cs + cut
        while j > i + 1 and tk.start[j - 1] >= ce:
            j -= 1
    # 3. a title at the front: "Premier ministre Edouard Philippe", "M. Scholz"
    while i + 1 < j and tk.key[i] in ("le", "la", "les", "l'") and head_end(tk, i + 1) is not None:
        i += 1
    title = None
    k = i
    while k < j:
        h = head_end(tk, k)
        if h is None or h > j:
            break
        r = role_end(tk, k, j, ent_of)
        r = h if r is None else r
        # the title ends where a capitalised word that is no portfolio starts the name
        while r < j and not tk.cap[r] and tk.key[r] not in ("de", "d'", "du", "la", "le", "l'"):
            r += 1
        title = (k if title is None else title[0], r)
        k = r
    if title is not None:
        i = title[1]
        if i >= j or (i < j and tk.start[i] >= ce):
            roles.append(title)
            return None
    # a demonym then a place: "un Croate de Bosnie" names the place only
    if i + 2 < j and tk.cap[i] and _is_demonym(tk.key[i]) and tk.key[i + 1].replace("’", "'") in ("de", "du", "d'"):
        i += 2
    # a French department after its lowercase kind: "le département des Yvelines" names the place
    if not tk.cap[i] and tk.key[i] == "departement" and i + 2 < j and tk.key[i + 1] in DE_WORDS \
            and not tk.doc[i].dep_.startswith("nsubj"):  # ("le département de l'Hérault a voté": its council)
        k = i + 2 if tk.key[i + 2] not in ("la", "l'") else i + 3
        if k < j and tk.span_text(k, j) in DEPARTMENT_NAMES:
            i, label = k, "LOC"
    # a second role run into the name: "président du Conseil scientifique et immunologiste"
    if j - 2 > i and tk.key[j - 2] == "et" and not tk.cap[j - 1] and tk.key[j - 1] in ROLE_NOUNS:
        j -= 2
        ce = min(ce, tk.end[j - 1])
    # a state and the adjective of its regime: "la Tchécoslovaquie communiste" is the place
    regime = False
    while j - 1 > i and not tk.cap[j - 1] and tk.key[j - 1] in REGIME_ADJECTIVES and tk.key[i] not in ORG_HEADS \
            and fold(tk.span_text(i, j)) not in PARTIES:
        j -= 1
        ce = min(ce, tk.end[j - 1])
        regime = True
    # 4. edges: determiners, prepositions, sector words
    while i < j and _strippable_front(tk, i, j):
        i += 1
    while j > i and (tk.key[j - 1] in EDGE_FUNCTION_WORDS or not tk.is_word(j - 1)
                     or (not tk.cap[j - 1] and (tk.key[j - 1] in WEEKDAYS or tk.key[j - 1] in MONTHS)
                         and not (j - 2 > i and tk.key[j - 2] == "du"))) \
            and tk.text[j - 1] not in (")",):
        j -= 1
        ce = min(ce, tk.end[j - 1]) if j > i else ce
    if j <= i:
        return None
    cs = tk.start[i]
    ce = min(ce, tk.end[j - 1])
    while ce > cs + 1 and (text[ce - 1] in _TRAILING_JUNK or (text[ce - 1] == "." and not _initial_dot(text, cs, ce))
                           or (text[ce - 1] == ")" and "(" not in text[cs:ce])):
        ce -= 1
    j, ce = _extend_to_known_name(tk, i, j, ce)
    j, ce = _extend_lowercase_body(tk, i, j, ce)
    c = Cand(i, j, cs, ce)
    c.vote(label, W_MODEL)
    if regime:
        c.vote("LOC", W_CUE)
    if title is not None:
        c.title = title
    # a portfolio after "ministère de": the ministry is the organisation ("ministère de la Transition
    # écologique"), the portfolio alone is not a name
    k = i - 1
    if k >= 0 and tk.key[k] in ("la", "l'") and tk.key[i] in PORTFOLIO_WORDS:
        k -= 1
    if k >= 1 and tk.key[i] in PORTFOLIO_WORDS and tk.key[k] in ("de", "du", "des", "d'") \
            and tk.key[k - 1] in PORTFOLIO_ORG_HEADS:
        i = c.i = k - 1
        cs = c.cs = tk.start[i]
    if tk.key[i] in PORTFOLIO_ORG_HEADS:
        c.j, c.ce = _extend_portfolios(tk, c.j, c.ce)
        j = c.j
    # 5. a lowercase head: keep it when it names an organisation or a place, else cut to the name
    if not tk.cap[i]:
        if tk.key[i] in ORG_HEADS:
            c.vote("ORG", W_TABLE)
        elif tk.key[i] in LOC_HEADS:
            c.vote("LOC", W_TABLE)
        elif tk.key[i] in NAMED_TEXT_HEADS:
            c.vote("MISC", W_TABLE + 1)
        else:
            k = i
            while k < j and not tk.cap[k]:
                k += 1
            if k >= j:
                return None
            c.i, c.cs = k, tk.start[k]
    return c if _acceptable(tk, c, ent_of) else None
