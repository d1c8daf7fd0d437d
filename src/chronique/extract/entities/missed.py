"""Names the model misses: web sites, quoted names after an organisation head, acronyms and
their long forms ("la fédération des élus républicains et socialistes (FNERS)"), people named by a
first name alone ("Claire a pu dire au revoir à sa mère")."""

from __future__ import annotations

import re
from bisect import bisect_right

from .cand import W_CUE, W_MODEL, W_TABLE, Cand
from .lexicon import is_common_word
from .span_edges import _extend_portfolios
from .tables import (AFFAIR_HEADS, ARMED_GROUPS, CAPITALS, CAPITALISED_BODIES, COMMON_ACRONYMS, INSTITUTIONS, MEDIA,
                     MEDIA_BRANDS, MISC_HEADS, NAME_CONNECTORS, ORG_CUES, ORG_HEADS, PARTIES, PLACES, PORTFOLIO_ORG_HEADS,
                     PORTFOLIO_WORDS, SPEAKING_WORDS, WORK_NOUNS, fold)
from ...knowledge.departments import department_names
from ...knowledge.organisations import organisation_names
from ...lang.fr.demonyms import DEMONYM_COUNTRIES
from ...lang.fr.first_names import is_first_name
from ...regex_trie import alternation_trie
from .tokens import Tokens

_ACRONYM_IN_PARENS = re.compile(r"\(([A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,9}|[A-ZÀ-Ý][a-zà-ÿ]{2,6})\)")
_DOMAIN = re.compile(r"(?<![\w@.-])(?:www\.)?[a-z0-9][a-z0-9-]{1,62}\.(?:com|fr|org|net|info|eu|io|tv|be|ch)\b(?![\w-])",
                     re.IGNORECASE)
_TOP_LEVEL_DOMAIN = re.compile(r"\.(?:com|fr|org|net|info|eu|io|tv|be|ch)\b", re.IGNORECASE)  # in every _DOMAIN match


def _token_at(tk: Tokens, char: int) -> int | None:
    k = bisect_right(tk.start, char) - 1
    return k if 0 <= k < tk.n and tk.start[k] <= char < tk.end[k] + 1 else None


def domains(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """Web sites named in the text ("infos-dijon.com"): organisations (publishers)."""
    out = []
    if not _TOP_LEVEL_DOMAIN.search(tk.string):  # a scan for "." first: most articles name no site
        return out
    for m in _DOMAIN.finditer(tk.string):
        i = _token_at(tk, m.start())
        if i is None or any(c.cs <= m.start() < c.ce for c in cands):
            continue
        j = i + 1
        while j < tk.n and tk.start[j] < m.end():
            j += 1
        c = Cand(i, j, m.start(), m.end(), source="domain")
        c.vote("ORG", W_TABLE)
        out.append(c)
    return out


_QUOTED = re.compile(r"([«“\"])\s*([A-ZÀ-Ý][^«»“”\"\n]{1,60}?)\s*([»”\"])")


def quoted_names(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """A capitalised name in quotation marks right after an organisation head: "le collectif
    « Nos Retraites »", "l'association « Droit au logement »"; or after the noun of a work (MISC):
    "l'émission « Confessions intimes »", "la chanson « Résiste »"."""
    out = []
    text = tk.string
    matches = list(_QUOTED.finditer(text))
    named: dict[str, str] = {}
    for m in matches:
        before = text[max(0, m.start() - 30):m.start()].split()
        cue = fold(re.split(r"['’]", before[-1])[-1]) if before else ""  # ("l'émission": "émission")
        if cue in ORG_CUES | ORG_HEADS:
            named[m.group(2).strip()] = "ORG"
        elif cue in WORK_NOUNS and not (len(before) > 1 and fold(before[-2]) == "en") \
                and not _speaking(m.group(2)):
            # (not "ce qui est en jeu « … »", nor a quoted sentence)
            named.setdefault(m.group(2).strip(), "MISC")
    for m in matches:  # every quoted use of a name introduced by an organisation head or a work's noun
        inner = m.group(2)
        if inner.strip() not in named:
            continue
        if len(inner.split()) > 6 or inner.rstrip()[-1:] in ".!?,":
            continue
        s, e = m.start(2), m.start(2) + len(inner.rstrip())
        i, jt = _token_at(tk, s), _token_at(tk, e - 1)
        if i is None or jt is None:
            continue
        for c in list(cands):  # the quoted name replaces the model's partial span inside it
            if s <= c.cs and c.ce <= e:
                cands.remove(c)
        c = Cand(i, jt + 1, s, e, source="quoted")
        c.vote(named[inner.strip()], W_CUE)
        out.append(c)
    return out


def _speaking(words: str) -> bool:
    """Quoted words with a first- or second-person word ("J'ai eu très peur", "Mon père me battait")."""
    for w in words.lower().replace("’", "'").split():
        w = w.strip(".,;:!?…()")
        if (w.split("'")[0] + "'" if "'" in w else w) in SPEAKING_WORDS:
            return True
    return False


_PART_BREAK = re.compile(r"[-\s]")


def _initials(words: list[str], with_small: bool) -> str:
    out = []
    for w in words:
        for part in _PART_BREAK.split(w):
            part = part.strip("'’")
            if not part:
                continue
            if "'" in part:
                part = part.split("'")[-1]
            if not with_small and (fold(part) in NAME_CONNECTORS or not part[:1].isupper()):
                continue
            out.append(part[:1])
    return fold("".join(out))


# Words acronyms usually skip: "UICN" = Union internationale pour la conservation de la nature.
ACRONYM_SKIPPED_WORDS = NAME_CONNECTORS | {"pour", "par", "contre", "avec", "dans", "entre", "sans"}


_ELIDED_ARTICLES = frozenset({"d'", "l'"})


def acronym_matches(acronym: str, long_words: list[str], loose: bool = False) -> bool:
    """``acronym`` spells the initials of ``long_words`` (all words, or only the capitalised ones:
    "JDD" = Journal du Dimanche, "PS" = Parti socialiste). ``loose`` (the long form is defined
    right beside it, in brackets) accepts one letter missing or a prefix ("DMP" = Durand
    Martin Partners)."""
    a = fold(acronym.replace(".", "").replace("-", ""))
    if len(a) < 2 or len(long_words) < 2:
        return False
    # an elided article spells its noun's initial ("Centre d'observation des inégalités" = Codi)
    long_words = [w[2:] if len(w) > 2 and w[:2].lower() in _ELIDED_ARTICLES else w
                  for w in (w.replace("’", "'") for w in long_words) if w.lower() not in _ELIDED_ARTICLES]
    forms = {_initials(long_words, True), _initials(long_words, False),
             fold("".join(w[:1] for w in long_words if fold(w) not in ACRONYM_SKIPPED_WORDS))}
    if a in forms:
        return True
    if not loose:
        return False
    for f in forms:
        if f.startswith(a) and len(a) >= 2:
            return True
        if f[:1] == a[:1] and len(a) >= 3 and (_prefix_in_order(f, a) >= len(a) - 1
                                               or len(a) >= 4 and _subsequence(f, a) >= len(a) - 1):
            return True
    return False


def _prefix_in_order(long_: str, short: str) -> int:
    """How many first letters of ``short`` appear, in order, in ``long_``."""
    k = 0
    for ch in long_:
        if k < len(short) and ch == short[k]:
            k += 1
    return k


def _subsequence(long_: str, short: str) -> int:
    """How many letters of ``short`` appear, in order, in ``long_`` (the longest common
    subsequence: "CEPI" keeps 3 letters in "cpi", its "e" standing for a word left out)."""
    prev = [0] * (len(short) + 1)
    for ch in long_:
        cur = [0]
        for k, sh in enumerate(short):
            cur.append(prev[k] + 1 if ch == sh else max(prev[k + 1], cur[k]))
        prev = cur
    return prev[-1]


def defined_acronyms(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """"la fédération des élus républicains et socialistes (FNERS)": the long form before the
    bracketed acronym becomes a candidate, linked to it."""
    out = []
    text = tk.string
    for m in _ACRONYM_IN_PARENS.finditer(text):
        acro = m.group(1)
        # an acronym written as a word ("la Caisse nationale des allocations familiales (Cnaf)") must
        # spell every initial: "(Paris)" after a phrase never does
        strict = not acro.isupper()
        close = m.start()  # the "("
        i_paren = _token_at(tk, close)
        if i_paren is None or i_paren == 0:
            continue
        # the longest run of words before the bracket whose initials the acronym spells
        found = []  # (rank, start token): the best-spelled, then the longest run
        k = i_paren - 1
        while k >= 0 and i_paren - k <= len(acro) + 4 and tk.is_word(k) and not tk.initial[k] or (k >= 0 and tk.text[k] in "-'’" and k > 0):
            words = [tk.text[x] for x in range(k, i_paren) if tk.is_word(x)]
            if (tk.key[k] not in NAME_CONNECTORS and acronym_matches(acro, words, loose=not strict)
                    and fold(words[0][:1]) == fold(acro[:1])):
                found.append((_long_form_rank(tk, k, acro, words), -k))
            k -= 1
        if k >= 0 and tk.initial[k] and tk.is_word(k) and i_paren - k <= len(acro) + 4:
            words = [tk.text[x] for x in range(k, i_paren) if tk.is_word(x)]
            if acronym_matches(acro, words, loose=not strict) and fold(words[0][:1]) == fold(acro[:1]):
                found.append((_long_form_rank(tk, k, acro, words), -k))
        best = -max(found)[1] if found else None
        if best is None or fold(acro) in COMMON_ACRONYMS and not tk.cap[best]:
            continue  # "(IVG)", "(Ehpad)" after a common-noun phrase; "(CAF)" after a name stays
        s, e = tk.start[best], tk.end[i_paren - 1]
        ai = _token_at(tk, m.start(1))
        if ai is None:
            continue
        acro_c = next((c for c in cands if c.cs == m.start(1)), None)
        if acro_c is None:
            acro_c = Cand(ai, ai + 1, m.start(1), m.end(1), source="acronym")
            acro_c.vote("ORG", W_MODEL)
            out.append(acro_c)
        long_c = next((c for c in cands if c.cs <= s < c.ce or s <= c.cs < e), None)
        if long_c is not None and long_c.cs == s and long_c.ce < e and tk.cap[best] \
                and not any(long_c.ce <= c.cs < e for c in cands):
            long_c.j, long_c.ce = i_paren, e  # "l'Observatoire français | des drogues et des toxicomanies (OFDT)"
        if long_c is not None and (abs(long_c.cs - s) > 3 or abs(long_c.ce - e) > 3):
            continue  # the model's span is only part of the long form (or more): no safe link
        if long_c is None:
            if not tk.cap[best] and tk.key[best] not in ORG_HEADS and tk.key[best] not in MISC_HEADS:
                continue  # a common-noun phrase with its abbreviation ("détecteur de victimes (DVA)")
            long_c = Cand(best, i_paren, s, e, source="acronym")
            long_c.vote("ORG", W_MODEL)
            if tk.key[best] in ORG_HEADS:
                long_c.vote("ORG", W_TABLE)
            elif tk.key[best] in MISC_HEADS:
                long_c.vote("MISC", W_TABLE)  # "la convention judiciaire d'intérêt public (CJIP)"
                acro_c.vote("MISC", W_TABLE)
            out.append(long_c)
        acro_c.acronym_of = long_c
    return out


# An acronym, maybe a closing quote, then its long form in brackets: "l'OFB (office français de la biodiversité)".
_LONG_FORM_IN_PARENS = re.compile(r"(?<![\w-])([A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,9})[\"»”]?\s*\(\s*(?:(?:le|la|les)\s+|l['’])?([^()\n]{3,80})\)")


def acronyms_defined_after(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """"le rôle de l'OFB (l'office français de la biodiversité)": the long form in brackets after an
    acronym, spelled by all its initials and opening with an organisation head, is a candidate
    linked to the acronym."""
    out = []
    for m in _LONG_FORM_IN_PARENS.finditer(tk.string):
        acro, long_ = m.group(1), m.group(2).rstrip()
        words = long_.replace("’", "'").split()
        if fold(acro) in COMMON_ACRONYMS or len(words) < 2 or fold(words[0]) not in ORG_HEADS or not acronym_matches(acro, words):
            continue
        s, e = m.start(2), m.start(2) + len(long_)
        if any(c.cs < e and s < c.ce for c in cands):
            continue
        i, jt, ai = _token_at(tk, s), _token_at(tk, e - 1), _token_at(tk, m.start(1))
        if i is None or jt is None or ai is None or tk.start[i] != s:
            continue
        long_c = Cand(i, jt + 1, s, e, source="acronym")
        long_c.vote("ORG", W_TABLE)
        out.append(long_c)
        acro_c = next((c for c in cands if c.cs == m.start(1)), None)
        if acro_c is None:
            acro_c = Cand(ai, ai + 1, m.start(1), m.end(1), source="acronym")
            acro_c.vote("ORG", W_MODEL)
            out.append(acro_c)
        acro_c.acronym_of = long_c
    return out


def _long_form_rank(tk: Tokens, k: int, acro: str, words: list[str]) -> int:
    """How good a long form starting at token ``k`` is: every initial spelled (2) beats a loose
    spelling, and a name or an organisation head (1) beats a common word before it ("condamné
    selon la convention …", "chercheuse au Centre …" are loose and too long)."""
    name_like = tk.cap[k] or tk.key[k] in ORG_HEADS or tk.key[k] in MISC_HEADS
    return 2 * acronym_matches(acro, words) + name_like


def bare_acronyms(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """Capitalised acronyms the model left out ("l'affaire LSK"): candidates that survive only
    when they join a long form of the article (see ``resolve``)."""
    covered = set()
    for c in cands:
        covered.update(range(c.i, c.j))
    out = []
    for k in range(tk.n):
        if k in covered or not tk.is_acronym(k) or tk.key[k] in COMMON_ACRONYMS or len(tk.text[k]) > 8:
            continue
        if (k > 0 and tk.is_acronym(k - 1)) or (k + 1 < tk.n and tk.is_acronym(k + 1)):
            continue  # a line in capitals, not an acronym
        c = Cand(k, k + 1, tk.start[k], tk.end[k], source="acronym", needs_long_form=True)
        c.vote("ORG", W_MODEL)
        out.append(c)
    return out


# Accented letters and typographic apostrophes mapped one-to-one to their folded form, so a
# match in the folded text has the same offsets in the original.
# Organisations whose full name the model cuts ("UFC-Que choisir"), from ``knowledge/organisations.tsv``.
ORGANISATION_NAMES = organisation_names()
_FOLD_CHARS = {ord(ch): fold(ch) for ch in map(chr, range(0xC0, 0x250)) if len(fold(ch)) == 1}
_FOLD_CHARS[ord("’")] = "'"
# Known names looked for in the text when the model missed them ("Invité de France 2"): the
# multi-word media, parties and groups, and the longer single-word group names ("Hezbollah").
# Single short words ("Agir", "Brut", "Marianne") are left to the model: too ambiguous.
# (a media name is looked for without its article too: "selon le Canard enchaîné")
_MEDIA_BARE = {n.split(" ", 1)[1] for n in MEDIA if n.split(" ", 1)[0] in ("le", "la", "les") and n.count(" ") >= 2} \
    | {n[2:] for n in MEDIA if n.startswith("l'") and " " in n}
_KNOWN = sorted({n for n in MEDIA | PARTIES | INSTITUTIONS | _MEDIA_BARE | CAPITALISED_BODIES | ORGANISATION_NAMES
                 if " " in n}
                | {n for n in ARMED_GROUPS if " " in n or len(n) >= 5} | MEDIA_BRANDS, key=len, reverse=True)
# Names whose last words may be lowercase, and that take over the part of them the model read.
_WHOLE_FORMS = MEDIA | _MEDIA_BARE | CAPITALISED_BODIES | ORGANISATION_NAMES
# (one branch per first letters: the alternation of ~100 names, longest first, matches the same)
_KNOWN_RX = re.compile(r"(?<![\w-])(" + alternation_trie(_KNOWN) + r")(?![\w-])")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def known_names(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """Media, parties and armed groups of the tables the model missed, written with capitals
    ("France 2", "Boko Haram"), and institutions however written ("la commission européenne"):
    organisations."""
    text = tk.string
    # (every character _FOLD_CHARS changes is outside ASCII: only those runs need translating)
    folded = _NON_ASCII.sub(lambda m: m.group().translate(_FOLD_CHARS), text).lower()
    if len(folded) != len(text):
        return []
    out = []
    for m in _KNOWN_RX.finditer(folded):
        s, e = m.start(), m.end()
        last = text[s:e].split()[-1]
        # an institution however it is written ("le président de la commission européenne")
        name = m.group(1)
        bare = name[2:] if name.startswith("l'") else name.partition(" ")[2]
        if not text[s].isupper() and bare in _MEDIA_BARE:
            s, name = e - len(bare), bare  # "selon le Canard enchaîné": the name past its article
        if name not in INSTITUTIONS and name not in MEDIA_BRANDS \
                and not ((text[s].isupper() or text[s].isdigit() and last[0].isupper())  # ("20 Minutes")
                         and (last[0].isupper() or last[0].isdigit() or name in ARMED_GROUPS
                              or name in _MEDIA_BARE or name in CAPITALISED_BODIES or name in ORGANISATION_NAMES
                              or bare in _MEDIA_BARE and text[e - len(bare)].isupper())):
            continue
        first_token, last_token = _token_at(tk, s), _token_at(tk, e - 1)
        if name in ORGANISATION_NAMES and first_token is not None and tk.initial[first_token] \
                and not any(c.isupper() or c == "-" for c in text[s + 1:e]):
            continue  # "En marche arrière, …", "Familles rurales et urbaines …": common words opening a sentence
        inside = [c for c in cands if c.cs < e and s < c.ce]
        if len(inside) == 1 and name in _WHOLE_FORMS and s <= inside[0].cs and inside[0].ce <= e \
                and first_token is not None and last_token is not None and tk.start[first_token] == s:
            # the model found part of a media name ("Canard", "Dépêche du Midi" as a place): the whole is it
            c = inside[0]
            c.vote("ORG", W_TABLE)
            c.i, c.cs, c.j, c.ce = first_token, s, last_token + 1, e
            continue
        if inside:
            continue
        i = _token_at(tk, s)
        if i is None or tk.start[i] != s:
            continue
        j = i + 1
        while j < tk.n and tk.start[j] < e:
            j += 1
        if tk.end[j - 1] != e:
            continue
        c = Cand(i, j, s, e, source="table")
        c.vote("ORG", W_TABLE)
        out.append(c)
    return out


SENTENCE_ENDS = frozenset({".", "!", "?", "…", "\n"})


# Departments of France written as one word ("Eure", "Loir-et-Cher"; "Côte-d'Or" is left to the model).
_DEPARTMENTS = frozenset(fold(name) for name in department_names() if " " not in name and "'" not in name)


def known_places(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """Countries, capitals and French departments of the tables the model missed, one capitalised
    word ("Paris a regretté …", "Pékin dément", "un collège de l'Eure"): places; not a common word
    opening a sentence ("Réunion …")."""
    out = []
    for i in range(tk.n):
        if not tk.cap[i] or (tk.key[i] not in PLACES and tk.key[i] not in CAPITALS and tk.key[i] not in _DEPARTMENTS):
            continue
        if any(c.cs < tk.end[i] and tk.start[i] < c.ce for c in cands) or i + 1 < tk.n and tk.cap[i + 1] \
                and tk.end[i] == tk.start[i + 1] - 1 and tk.is_word(i + 1):
            continue  # inside a name found ("Paris Match"), or the first word of a longer one
        if (i == 0 or tk.text[i - 1] in SENTENCE_ENDS) and is_common_word(tk.text[i], inflected=False):
            continue
        if tk.key[i] in _DEPARTMENTS and i + 1 < tk.n and tk.pos[i + 1] == "ADJ" and not tk.cap[i + 1]:
            continue  # "Aube dorée": a name that begins with a department's
        c = Cand(i, i + 1, tk.start[i], tk.end[i], source="table")
        c.vote("LOC", W_TABLE)
        out.append(c)
    return out


def _portfolio_after(tk: Tokens, k: int) -> int | None:
    """The capitalised portfolio word of "de la Défense", "des Affaires étrangères" starting at
    ``k``, or None."""
    if k >= tk.n or tk.key[k].replace("’", "'") not in ("de", "du", "des", "d'"):
        return None
    k += 1
    if k < tk.n and tk.key[k].replace("’", "'") in ("la", "l'"):
        k += 1
    return k if k < tk.n and tk.cap[k] and tk.key[k] in PORTFOLIO_WORDS else None


def portfolio_bodies(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """A ministry named by its portfolio that the model missed, often with the state's adjective
    between ("le ministère azerbaïdjanais de la Défense", "le ministère français des Affaires
    étrangères"): one organisation, from the head to its last portfolio. A model span inside it
    (the portfolio word alone, tagged a place) gives way."""
    out = []
    for k in range(tk.n - 2):
        if tk.key[k] not in PORTFOLIO_ORG_HEADS or any(c.i <= k < c.j for c in cands):
            continue
        adjective = not tk.cap[k + 1] and (tk.pos[k + 1] == "ADJ" or tk.key[k + 1] in DEMONYM_COUNTRIES)
        p = _portfolio_after(tk, k + 1 + adjective)
        if p is None:
            continue
        j = p + 1
        while j < tk.n and not tk.cap[j] and (tk.pos[j] == "ADJ" or tk.key[j] in PORTFOLIO_WORDS):
            j += 1  # "des Affaires étrangères"
        j, ce = _extend_portfolios(tk, j, tk.end[j - 1])
        c = Cand(k, j, tk.start[k], ce, source="portfolio")
        c.vote("ORG", W_TABLE)
        out.append(c)
    if out:
        cands[:] = [c for c in cands if not any(o.cs <= c.cs and c.ce <= o.ce for o in out)]
    return out


def named_affairs(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """"l'affaire Sirocco", "le scandale Mirabelle" the model left untagged: the head and the
    capitalised name after it are one event (MISC)."""
    covered = set()
    for c in cands:
        covered.update(range(c.i, c.j))
    out = []
    for k in range(tk.n - 1):
        if tk.key[k] not in AFFAIR_HEADS or tk.cap[k] or k + 1 in covered:
            continue
        j = k + 1
        while j < tk.n and tk.cap[j] and tk.is_word(j) and j not in covered and "\n" not in tk.text[j]:
            j += 1
        if j == k + 1 or tk.is_acronym(k + 1):
            continue  # nothing capitalised after it, or an acronym (left to the acronym rules)
        c = Cand(k, j, tk.start[k], tk.end[j - 1], source="affair")
        c.vote("MISC", W_TABLE)
        out.append(c)
    return out


# Dependencies of a subject: a lone first name there is someone acting or speaking.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})


# One-word outlets of the media table ("Voici", "Gala"): common words or titles too, so taken only
# where a source stands — after "selon" or an inverted verb, or before a verb opening a clause.
_ONE_WORD_MEDIA = frozenset(n for n in MEDIA if " " not in n and "'" not in n)
_SOURCE_BEFORE = frozenset({"selon", "d'après", "d’après"})
_CLAUSE_OPENING_TAGS = frozenset({"PUNCT", "CCONJ", "SCONJ", "ADV"})
# Nouns an outlet is the complement of ("les informations du Parisien"; not "champion du Monde").
_OUTLET_NOUNS = frozenset({"information", "informations", "révélations", "colonnes", "site", "interview", "entretien",
                           "journaliste", "journalistes", "confrères", "micro", "antenne", "article", "enquête"})


def outlet_words(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """A one-word outlet of the media table the model missed, capitalised inside a sentence and
    standing as a source: "ce qu'affirme Voici", "Déjà, Voici lançait la rumeur", "selon Gala", also
    after its lowercase article ("selon les informations du Parisien", "a confié au Figaro"; not
    "champion du Monde")."""
    out = []
    covered = {k for c in cands for k in range(c.i, c.j)}
    for i in range(1, tk.n):
        if not tk.cap[i] or tk.initial[i] or i in covered \
                or is_first_name(tk.text[i]) or i + 1 < tk.n and tk.cap[i + 1] and tk.is_word(i + 1):
            continue
        after_article = outlet_after_article(tk, i)
        if tk.key[i] not in _ONE_WORD_MEDIA and not after_article:
            continue
        k = i - 1 if after_article else i  # (the article's context: "a confié au Figaro")
        before, after = tk.pos[k - 1] if k else "", tk.pos[i + 1] if i + 1 < tk.n else ""
        if k and (tk.lower[k - 1] in _SOURCE_BEFORE or tk.lower[k - 1] in _OUTLET_NOUNS) or before == "VERB" \
                or after in ("VERB", "AUX") and before in _CLAUSE_OPENING_TAGS:
            c = Cand(i, i + 1, tk.start[i], tk.end[i], source="outlet")
            c.vote("ORG", W_TABLE)
            out.append(c)
    return out


# The article a contraction holds ("du Parisien", "aux Echos"): the outlet's name as the media table writes it.
_ARTICLE_OF = {"le": "le ", "du": "le ", "au": "le ", "la": "la ", "les": "les ", "des": "les ", "aux": "les ",
               "l'": "l'", "l’": "l'"}


def outlet_after_article(tk: Tokens, i: int, key: str | None = None) -> bool:
    """An outlet of the media table (``key``, folded; by default the word at ``i``) after its lowercase
    article or a contraction of it: "du Parisien", "au Figaro", "des Echos", "de l'Express"."""
    article = _ARTICLE_OF.get(tk.lower[i - 1]) if i > 0 and not tk.cap[i - 1] else None
    return article is not None and article + (tk.key[i] if key is None else key) in MEDIA


def _introduced(tk: Tokens, i: int) -> bool:
    """"Léonard, un témoin de la scène, raconte …": a first name set before an indefinite description
    or an age ("les deux enfants, Marie, 5 ans, et Vincent, 7 ans")."""
    return i + 3 < tk.n and tk.text[i + 1] == "," and (
        tk.lower[i + 2] in ("un", "une") and tk.pos[i + 3] == "NOUN"
        or tk.text[i + 2].isdigit() and tk.lower[i + 3] in ("an", "ans"))


def lone_first_names(tk: Tokens, cands: list[Cand]) -> list[Cand]:
    """A known first name standing alone as the subject of a verb ("Claire a ainsi pu …",
    "… raconte Karim"): a person the story names by first name only (witnesses, relatives). The
    model's span, when it has one, is confirmed (a capital opening a sentence left it weak)."""
    out = []
    by_start = {c.i: c for c in cands}
    covered = sorted((c.i, c.j) for c in cands)
    doc = tk.doc
    for i in range(tk.n):
        if not tk.cap[i] or tk.acronym[i] or not is_first_name(tk.text[i]):
            continue
        if (i + 1 < tk.n and tk.cap[i + 1] and tk.is_word(i + 1)) or (i > 0 and tk.cap[i - 1] and tk.is_word(i - 1)
                                                                       and not tk.initial[i]):
            continue  # part of a longer name, which the model's spans and the rules decide
        tok = doc[i]
        if (tok.dep_ not in _SUBJECT_DEPS or tok.head.pos_ not in ("VERB", "AUX")) and not _introduced(tk, i):
            continue
        own = by_start.get(i)
        if own is not None and own.j == i + 1:
            own.weak = False
            own.vote("PER", W_CUE)
            continue
        k = bisect_right(covered, (i, tk.n)) - 1
        if k >= 0 and covered[k][0] <= i < covered[k][1]:
            continue
        c = Cand(i, i + 1, tk.start[i], tk.end[i], source="first name")
        c.vote("PER", W_CUE)
        out.append(c)
    return out
