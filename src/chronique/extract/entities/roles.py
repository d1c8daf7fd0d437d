"""Role phrases: "le Premier ministre", "la porte-parole du gouvernement", "M.", "le député LFI".

A role phrase is an optional prefix ("Premier", "ancien"), a head from ``TITLE_HEADS`` (or an
honorific) and a short complement: lowercase adjectives ("général", "européen"), a party
acronym ("député LR"), and "de/du/des + noun" groups chained by commas or "et" ("ministre du
Travail, de l'Emploi"). Right before a person's name it is that person's title; elsewhere it may
refer back to the one person who held it earlier in the article.
"""

from __future__ import annotations

from ...lang.fr.person_nouns import FAMILY_GROUP_NOUNS, ranked_office
from ...lang.fr.names import SOURCE_PREPOSITIONS
from ...nlp.syntax import closes_apposition
from .tables import HONORIFICS, PORTFOLIO_WORDS, TITLE_HEADS, TITLE_PREFIXES
from .tokens import UNKNOWN, Tokens

DE_WORDS = frozenset({"de", "du", "des", "d'"})
ARTICLE_WORDS = frozenset({"la", "l'", "le", "les"})
DETERMINERS = frozenset({"le", "la", "l'", "les", "du", "au", "aux", "des", "son", "sa", "ses", "leur",
                         "ce", "cet", "cette", "un", "une", "notre", "votre"})
# Longest complement we follow after a head, in tokens (role phrases in news are short; past
# this the phrase is a clause, not a title).
MAX_COMPLEMENT_TOKENS = 12
# Determiners of a plural role: apposed to one name by a comma, the role is not that person's.
PLURAL_DETERMINERS = frozenset({"des", "les", "aux", "ces", "ses", "leurs", "nos", "vos", "mes"})


def _key(tk: Tokens, i: int) -> str:
    return tk.key[i].replace("’", "'")


def head_end(tk: Tokens, i: int) -> int | None:
    """End of "prefix* head" (or an honorific) starting at token ``i``, None if none starts there."""
    if i >= tk.n:
        return None
    if i < 0:
        return _head_end(tk, i)
    h = tk.head_ends[i]  # the rules ask about the same tokens many times: computed once
    if h is UNKNOWN:
        h = tk.head_ends[i] = _head_end(tk, i)
    return h


def _head_end(tk: Tokens, i: int) -> int | None:
    if _key(tk, i) in HONORIFICS or (tk.text[i] in ("M", "Mme", "Me", "Dr", "Pr")
                                     and i + 1 < tk.n and tk.text[i + 1] == "."):
        return i + 2 if tk.text[i] in ("M", "Dr", "Pr") and i + 1 < tk.n and tk.text[i + 1] == "." else i + 1
    j = i
    while j < tk.n and _key(tk, j) in TITLE_PREFIXES:
        j += 1
    if j < tk.n and _key(tk, j) in TITLE_HEADS and tk.is_word(j):
        return j + 1
    return None


def is_honorific(tk: Tokens, i: int) -> bool:
    return i < tk.n and (_key(tk, i) in HONORIFICS or (tk.text[i] == "M" and i + 1 < tk.n and tk.text[i + 1] == "."))


def role_end(tk: Tokens, i: int, limit: int, ent_of: list[int]) -> int | None:
    """End (exclusive) of the role phrase starting at token ``i``, not past ``limit``."""
    h = head_end(tk, i)
    if h is None or h > limit:
        return None
    if is_honorific(tk, i):
        return h
    j = h
    end = h
    while j < limit and j - h < MAX_COMPLEMENT_TOKENS:
        k = _key(tk, j)
        if tk.pos[j] == "ADJ" and not tk.cap[j] and tk.is_word(j):
            j += 1
            end = j
            continue
        if j == h and tk.is_acronym(j) and (j + 1 >= tk.n or tk.cap[j + 1] or not tk.is_word(j + 1)):
            j += 1  # "le député LFI François Ruffin"
            end = j
            continue
        if k in DE_WORDS or (k in (",", "et") and j + 1 < limit and _key(tk, j + 1) in DE_WORDS):
            m = j + 1 if k in DE_WORDS else j + 2
            if m < limit and _key(tk, m) in ARTICLE_WORDS and k != "du" and k != "des":
                m += 1
            if m >= limit or not tk.is_word(m):
                break
            if tk.cap[m] and _key(tk, m) not in PORTFOLIO_WORDS:
                # a name as complement ("maire de Dijon", "directrice de l'ARS Corse"): the whole
                # entity the model found, else the one token
                e = ent_of[m]
                m_end = m + 1
                while e >= 0 and m_end < limit and ent_of[m_end] == e:
                    m_end += 1
                j = end = m_end
                continue
            if tk.pos[m] in ("NOUN", "PROPN", "ADJ", "X") or _key(tk, m) in PORTFOLIO_WORDS:
                j = end = m + 1
                continue
            break
        break
    return end


def title_before(tk: Tokens, start: int, ent_of: list[int]) -> tuple[int, int] | None:
    """Token span of the role phrase that ends right before a name at ``start`` ("le ministre de
    l'Intérieur Christophe Castaner", "le directeur général de la santé, Jérôme Salomon")."""
    best = None
    comma = start > 0 and tk.text[start - 1] == ","
    target = start - 1 if comma else start
    if not comma and start > 0 and tk.lower[start - 1] in FAMILY_GROUP_NOUNS:
        return None  # "l'avocat de la famille Mouzin": the family's name, not a titled person
    lo = max(0, start - MAX_COMPLEMENT_TOKENS - 3)
    for i in range(target - 1, lo - 1, -1):
        if not tk.is_word(i) and tk.text[i] not in (",", "'", "’", "."):
            break
        end = role_end(tk, i, target, ent_of)
        if end == target:
            if comma and not (i > 0 and _key(tk, i - 1) in DETERMINERS) and not tk.initial[i]:
                continue
            if comma and i > 0 and _key(tk, i - 1) in PLURAL_DETERMINERS:
                continue  # "au congrès des maires de France, Emmanuel Macron": a plural is no one's title
            if comma and i > 1 and _key(tk, i - 2) in SOURCE_PREPOSITIONS and not closes_apposition(tk.doc, start):
                continue  # "Selon le philosophe, Yann Moix n'est plus …": the source, then the clause's subject
            best = (i, target)
        if tk.initial[i]:
            break
    return best


# Tokens a bracketed place or party after a role may hold ("(Alpes-Maritimes)", "(LR)").
PAREN_MAX_TOKENS = 8


def title_after(tk: Tokens, end: int, ent_of: list[int], start: int | None = None) -> tuple[int, int] | None:
    """Token span of an apposition after a name: "Olivier Véran, le ministre de la Santé".

    Not when the name is a complement ("les intentions de X, le sénateur a dit") and the role
    runs straight into a verb: the role is then the subject of the next clause."""
    if end >= tk.n or tk.text[end] != ",":
        return None
    i = end + 1
    definite = i < tk.n and _key(tk, i) in ("le", "la", "l'")
    if definite:
        i += 1
    if i >= tk.n or is_honorific(tk, i):
        return None
    r = role_end(tk, i, tk.n, ent_of)
    if r is None:
        return None
    if r < tk.n and ent_of[r] >= 0 and ent_of[r] != ent_of[end - 1] and tk.doc[r].ent_type_ == "PER" \
            and _key(tk, r - 1) in TITLE_HEADS:
        # "Critiqué par X, le Premier ministre Y a répondu": the title of the name after it (not
        # "X, directeur … de la fondation Y": the role's complement names Y)
        return None
    complement = start is not None and start > 0 and _key(tk, start - 1) in ("de", "du", "des", "d'")
    v = r
    if v < tk.n and tk.text[v] == "(":  # "le maire de Nice (Alpes-Maritimes) entend"
        while v < tk.n and tk.text[v] != ")" and v - r < PAREN_MAX_TOKENS:
            v += 1
        v += 1
    if definite and complement and v < tk.n and tk.pos[v] in ("VERB", "AUX"):
        return None
    return (i, r)


def role_key(tk: Tokens, i: int, j: int) -> str:
    """Comparable form of a role phrase: folded words, typographic apostrophes unified."""
    return " ".join(_key(tk, k) for k in range(i, j)).replace(" '", "'").replace("' ", "'")


def head_key(tk: Tokens, i: int, j: int) -> str:
    """The head word of a role phrase ("ministre" for "ministre de l'Intérieur"), with the rank
    word that makes it another office ("premier ministre": not what a bare "le ministre" names)."""
    h = head_end(tk, i)
    if not h:
        return ""
    return f"{tk.key[i]} {_key(tk, h - 1)}" if h - i > 1 and ranked_office([tk.key[i], _key(tk, h - 1)]) \
        else _key(tk, h - 1)


# How far a role's complement may run before the name it titles ("le ministre chargé de la Ville
# et du Logement Julien X").
TITLE_COMPLEMENT_TOKENS = 8


def name_follows(doc, end: int) -> bool:
    """A person's name (as the model tags it) closes the role phrase that ends at token ``end``,
    past its complement and before any punctuation or finite verb: the phrase is that person's
    title, neither a mention of its own nor a description to resolve (entity layer and cast)."""
    for k in range(end, min(len(doc), end + TITLE_COMPLEMENT_TOKENS)):
        t = doc[k]
        if t.ent_type_ == "PER":
            return True
        if t.is_punct or t.pos_ == "AUX" or t.morph.get("VerbForm") == ["Fin"]:
            return False
    return False
