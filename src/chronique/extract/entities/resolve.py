"""From candidates to entities: one entity per referent in the article, one type per entity.

- People: every multi-word name ("Olaf Scholz") anchors a person; a shorter form ("Scholz",
  "M. Scholz", "Le Maire") joins the person whose name ends with it, a bare first name
  ("Edouard") the only person with that first name. When two people share the family name
  ("Brigitte Macron", "Emmanuel Macron") a bare "Macron" goes to the one named nearest before
  it (after it when none is before) and agreeing with an honorific's gender.
- Other names: identical forms, with or without their article ("Le Parisien", "Parisien"), are
  one entity; an acronym joins the one long form whose initials it spells ("JDD").
- Type: a weighted vote over all mentions (model labels, titles, heads, cues, gazetteers).
A wrong merge is worse than a missing one: every rule merges only when there is one answer.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from .cand import W_CUE, W_MODEL, Cand
from ...knowledge import public_names, public_surnames
from ...knowledge.organisations import name_key, organisation
from .missed import SENTENCE_ENDS, acronym_matches, outlet_after_article
from .roles import DE_WORDS
from ...lang.fr.demonyms import DEMONYM_COUNTRIES
from ...lang.fr.first_names import first_name_gender, is_first_name
from ...lang.fr.person_nouns import FAMILY_GROUP_NOUNS, FAMILY_NOUNS, ROLE_NOUNS
from .lexicon import is_common_word
from .tables import (CHAMBER_HEADS, DEMONYM_SUFFIXES, FIRM_NOUNS, KNOWN_ACRONYMS, LOC_HEADS, NAME_CONNECTORS, MEDIA,
                     NAME_PARTICLES, ORG_HEADS, PARTIES, PLACES, PORTFOLIO_ORG_HEADS, RENAMED_ORGS, fold, is_media_name)
from .tokens import Tokens

ARTICLE_PREFIXES = ("le ", "la ", "les ", "l'", "l’")
# Shortest acronym joined to a long form it is not written beside (calibrated on OrangeSum:
# two-letter ones matched "PS" to "Public Sénat" and "RN" to "Républicains de Nice").
MIN_UNDEFINED_ACRONYM = 3
# A family name alone shared by two people named in the article goes to the one named last only
# within this many characters (about two sentences); further away it is left on its own.
FAMILY_NAME_WINDOW = 250
# How far a name may stand after the family noun it is apposed to ("grand-père, le commandant X").
KIN_APPOSITION_TOKENS = 4
APPOSITION_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?"})
# Words looked back from a one-word name for a person noun ("son autre fils Sven").
ROLE_NOUN_WINDOW = 3


@dataclass(eq=False)
class Cluster:
    cands: list[Cand] = field(default_factory=list)
    anchor_words: tuple[str, ...] = ()     # folded words of a person's full name
    weak_only: bool = False                # every occurrence is a capitalised common word

    def votes(self) -> dict[str, float]:
        total: dict[str, float] = {}
        for c in self.cands:
            for k, v in c.votes.items():
                total[k] = total.get(k, 0.0) + v
        return total

    def type(self) -> str:
        v = self.votes()
        if self.anchor_words:
            return "PER"
        return max(("PER", "ORG", "LOC", "MISC"), key=lambda t: (v.get(t, 0.0), t == "ORG")) if v else "MISC"


def surface(tk: Tokens, c: Cand) -> str:
    return tk.string[c.cs:c.ce]


def words_of(tk: Tokens, c: Cand) -> tuple[str, ...]:
    """Folded words of a candidate's name, hyphenated parts kept together ("jean-luc")."""
    return tuple(fold(w) for w in surface(tk, c).replace("’", "'").split())


def group_key(tk: Tokens, c: Cand) -> str:
    key = " ".join(words_of(tk, c))
    if not tk.cap[c.i] and tk.key[c.i] in LOC_HEADS and " " in key \
            and key.split(" ", 2)[1] not in NAME_CONNECTORS:
        # "le parc Zoodyssée" and "Zoodyssée", "l'espace Schengen" and "Schengen": one place; not
        # "la mer du Nord" and "le Nord", "la gare de Lyon" and "Lyon": a place named after another
        key = key.split(" ", 1)[1]
    for p in ARTICLE_PREFIXES:
        if key.startswith(p) and len(key) > len(p) + 2:
            return key[len(p):]
    return key


def resolve(tk: Tokens, cands: list[Cand]) -> list[Cluster]:
    # 1. same form, same entity (for the moment); a provisional type per form
    forms: dict[str, Cluster] = {}
    for c in cands:
        forms.setdefault(group_key(tk, c), Cluster()).cands.append(c)
    # weak forms (capitalised common words opening a sentence) survive only when some
    # occurrence of the same form is not weak
    for key in list(forms):
        if all(c.weak for c in forms[key].cands):
            forms[key].cands = [c for c in forms[key].cands if not c.weak] or forms[key].cands
            forms[key].weak_only = True
    # demonyms of the article's places ("Strasbourgeois" beside "Strasbourg") are no entities
    places = [k for k, cl in forms.items() if cl.type() == "LOC" and len(k) >= 4]
    for key, cl in forms.items():
        if " " not in key and cl.cands and _demonym_of(key, places) and not cl.votes().get("PER") \
                and not _outlet_with_article(tk, cl):
            cl.cands = []
    # 2. people anchors: multi-word forms whose vote says PER
    anchors: dict[tuple[str, ...], Cluster] = {}
    for key, cl in forms.items():
        w = tuple(key.split())
        if len(w) >= 2 and cl.type() == "PER" and not cl.weak_only:
            anchors[w] = cl
            cl.anchor_words = w
    # a multi-word name the model typed otherwise whose last word is used alone with a title
    # or honorific ("Hassan Nafaa" … "M. Nafaa") is a person too
    titled = {k for k, cl in forms.items() if " " not in k and any(c.title is not None for c in cl.cands)
              and cl.type() == "PER"}
    for key, cl in forms.items():
        w = tuple(key.split())
        if len(w) >= 2 and not cl.anchor_words and w[-1] in titled and not _strong_non_person(cl) \
                and not cl.weak_only:
            anchors[w] = cl
            cl.anchor_words = w
    # an anchor that is the end of a longer anchor ("Le Pen" / "Marine Le Pen") is that person
    for w in sorted(anchors, key=len):
        longer = [a for a in anchors if len(a) > len(w) and a[-len(w):] == w]
        if len(longer) == 1:
            target = anchors[longer[0]]
            target.cands.extend(anchors[w].cands)
            anchors[w].cands = []
            anchors[w].anchor_words = ()
            forms[" ".join(w)] = target
    anchors = {w: cl for w, cl in anchors.items() if cl.cands}
    # 3. short person forms: attach each occurrence to the compatible anchor
    people = list(anchors.values())
    first_pos = {id(cl): min(c.cs for c in cl.cands) for cl in people}
    for key, cl in list(forms.items()):
        if cl.anchor_words or not cl.cands:
            continue
        w = tuple(key.split())
        strong_other = _strong_non_person(cl)
        moved = []
        for c in cl.cands:
            options = _compatible_people(tk, c, w, people, strong_other)
            if not options:
                continue
            target = _nearest(tk, c, options, first_pos)
            if target is not None:
                target.cands.append(c)
                moved.append((c, target))
        moved_ids = {id(c) for c, _ in moved}
        rest = [c for c in cl.cands if id(c) not in moved_ids]
        targets = {id(t): t for _, t in moved}
        if len(targets) == 1 and strong_other:
            # one form, one entity: the occurrences a title made a person's take the others along
            # ("Madame Taubira" … "TAUBIRA" in a heading, both typed places by the model)
            (target,) = targets.values()
            target.cands.extend(rest)
            rest = []
        cl.cands = rest
    _missed_surnames(tk, cands, people, first_pos)
    clusters = [cl for cl in dict.fromkeys(forms.values()) if cl.cands]
    for cl in clusters:
        if cl.weak_only and not cl.anchor_words:
            cl.cands = []
    clusters = [cl for cl in clusters if cl.cands]
    _merge_party_parts(tk, clusters)
    _retype_lone_words(tk, clusters, people)
    for cl in clusters:
        _strip_sentence_articles(tk, cl)
    # 4. acronyms join the one long form they spell; the model's misses only if they do
    _merge_acronyms(tk, clusters)
    _merge_renamed(tk, clusters)
    _merge_ministries(tk, clusters)
    _merge_head_words(tk, clusters)
    for cl in clusters:
        if cl.cands and all(c.needs_long_form for c in cl.cands):
            cl.cands = []
    return [cl for cl in clusters if cl.cands]


def _retype_lone_words(tk: Tokens, clusters: list[Cluster], people: list[Cluster]) -> None:
    """A one-word name that only the model calls a person, with a firm noun beside it, is a firm
    ("la maison Bonhams", "un revendeur Bosch", "Ravensburger, l'entreprise allemande"): never with a
    first name, a title or an honorific in the article, not a first name itself, not the family name
    of someone else in the article or of a public figure the knowledge table lists. Without such a
    noun the model's word stands ("Benzema a marqué")."""
    for cl in clusters:
        if cl.anchor_words or cl.type() != "PER" or cl.votes().get("PER", 0.0) > W_MODEL * len(cl.cands):
            continue
        if any(c.j - c.i != 1 or c.title is not None or is_first_name(tk.text[c.i]) or tk.is_acronym(c.i)
               or tk.key[c.i] in public_surnames() or _role_noun_before(tk, c.i)
               or _is_surname_elsewhere(tk.key[c.i], people) for c in cl.cands):
            continue
        if any(_firm_noun_beside(tk, c.i) for c in cl.cands):
            cl.cands[0].vote("ORG", cl.votes()["PER"] + W_CUE)


def _firm_noun_beside(tk: Tokens, i: int) -> bool:
    """A firm noun just before the name, or in apposition just after it."""
    if i > 0 and tk.key[i - 1] in FIRM_NOUNS:
        return True
    after = [tk.key[m] for m in range(i + 1, min(tk.n, i + 4))]
    return after[:1] == [","] and any(w in FIRM_NOUNS for w in after[1:])


def _role_noun_before(tk: Tokens, i: int) -> bool:
    """A person noun just before the name ("son autre fils Sven", "le peintre Kandinsky")."""
    return any(tk.lower[k] in ROLE_NOUNS for k in range(max(0, i - ROLE_NOUN_WINDOW), i))


def _missed_surnames(tk: Tokens, cands: list[Cand], people: list[Cluster], first_pos: dict[int, int]) -> None:
    """Family names the model did not tag ("Le Maire estime…" after "Bruno Le Maire"): a
    capitalised occurrence of a person's family name is that person, except where the name is
    also a common word and only the sentence start capitalises it."""
    surnames: dict[str, list[Cluster]] = {}
    for p in people:
        full = max((c for c in p.cands if c.j - c.i >= 2), key=lambda c: c.ce - c.cs, default=None)
        if full is None:
            continue
        parts = surface(tk, full).split()
        if len(parts) < 2 or not is_first_name(parts[0]) and len(parts) == 2 and p.anchor_words[0] in NAME_CONNECTORS:
            continue
        surnames.setdefault(" ".join(parts[1:]), []).append(p)
    if not surnames:
        return
    taken = sorted((c.cs, c.ce) for c in cands)
    for s, e, name in _whole_word_occurrences(tk.string, sorted(surnames, key=len, reverse=True)):
        k = bisect_right(tk.start, s) - 1
        if k < 0 or tk.start[k] != s or any(a < e and s < b for a, b in taken):
            continue
        j = k
        while j < tk.n and tk.start[j] < e:
            j += 1
        single_common = " " not in name and is_common_word(name, inflected=False)
        if tk.initial[k] and single_common:
            continue
        if k > 0 and tk.cap[k - 1] and tk.is_word(k - 1) and not tk.initial[k - 1]:
            continue  # another first name before it: someone else of that family
        c = Cand(k, j, s, e, source="surname")
        c.vote("PER", 1.0)
        options = surnames[name]
        target = _nearest(tk, c, options, first_pos)
        if target is not None:
            target.cands.append(c)


def _is_word_char(ch: str) -> bool:
    """``re``'s ``\\w``, and the hyphen: what may not touch a whole word."""
    return ch.isalnum() or ch in "_-"


def _whole_word_occurrences(text: str, names: list[str]):
    """(start, end, name) of the ``names`` in ``text`` not touching a letter, digit, "_" or "-",
    as ``finditer`` of ``(?<![\\w-])(name1|name2|...)(?![\\w-])`` gives them (leftmost first,
    the earlier of ``names`` where two start at one place, never overlapping), without compiling
    a regular expression for every article."""
    found: dict[int, str] = {}
    for name in names:
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if at not in found and not (at and _is_word_char(text[at - 1])) \
                    and not (end < len(text) and _is_word_char(text[end])):
                found[at] = name
            at = text.find(name, at + 1)
    out, done = [], 0
    for at in sorted(found):
        if at >= done:
            name = found[at]
            out.append((at, at + len(name), name))
            done = at + len(name)
    return out


def _outlet_with_article(tk: Tokens, cl: Cluster) -> bool:
    """"précise Le Parisien", "selon les informations du Parisien": a newspaper's name written with its
    article (capitalised, or a lowercase article or contraction) inside a sentence, not the demonym of a
    place of the article ("Le Parisien a reconnu les faits")."""
    return any(not tk.initial[c.i] and (tk.string[c.cs:c.ce].startswith(("Le ", "La ", "Les "))
                                        and is_media_name(tk.string[c.cs:c.ce]) or outlet_after_article(tk, c.i))
               for c in cl.cands)


def _demonym_of(word: str, places: list[str]) -> bool:
    for suffix in DEMONYM_SUFFIXES:
        suffix = fold(suffix)
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            stem = word[: len(word) - len(suffix)]
            if any(p != word and p[:4] == stem[:4] and len(stem) >= len(p) - 2 for p in places):
                return True
    return False


def _strong_non_person(cl: Cluster) -> bool:
    v = cl.votes()
    other = max(v.get("ORG", 0.0), v.get("LOC", 0.0))
    return other >= 3.0 and other > v.get("PER", 0.0)


def _compatible_people(tk: Tokens, c: Cand, w: tuple[str, ...], people: list[Cluster], strong_other: bool
                       ) -> list[Cluster]:
    if strong_other and c.title is None and not _in_capitals(tk, c) or not w:
        # (an honorific or title before this occurrence makes it a person whatever the votes, and
        # so does a family name in capitals, whose type the model guesses: "LASSALLE" in a heading)
        return []
    out = []
    for p in people:
        a = p.anchor_words
        if len(w) < len(a) and a[-len(w):] == w and not all(x in NAME_CONNECTORS for x in w):
            out.append(p)  # family name: "Scholz", "Le Maire", "de Villepin"
        elif len(w) == 1 and any(a[-1] == particle + w[0] for particle in NAME_PARTICLES):
            out.append(p)  # "Sissi" for "Abdel Fattah al-Sissi"
        elif len(w) == 1 and a[0] == w[0] and (is_first_name(w[0]) or c.votes.get("PER")) \
                and not _is_surname_elsewhere(w[0], people):
            out.append(p)  # first name alone: "Edouard"
    if c.gender:
        agree = [p for p in out if _person_gender(p) in (None, c.gender)]
        out = agree
    # a first-name match counts only when it is the only person with that first name
    if len(w) == 1 and out and all(p.anchor_words[0] == w[0] for p in out) and len(out) > 1:
        return []
    return out


def _in_capitals(tk: Tokens, c: Cand) -> bool:
    word = surface(tk, c)
    return len(word) > 3 and word.isupper()


def _is_surname_elsewhere(word: str, people: list[Cluster]) -> bool:
    return any(p.anchor_words[-1] == word for p in people)


def _person_gender(p: Cluster) -> str | None:
    for c in p.cands:
        if c.gender:
            return c.gender
    return first_name_gender(p.anchor_words[0]) if p.anchor_words else None


def _nearest(tk: Tokens, c: Cand, options: list[Cluster], first_pos: dict[int, int]) -> Cluster | None:
    kin = _relatives_named_before(tk, c, options)
    if kin:
        # "X Cousteau, … comme son grand-père, le commandant Cousteau": someone else of that name
        options = [p for p in options if p not in kin]
        if not options:
            return None
    if len(options) == 1:
        return options[0]
    if c.i > 0 and tk.lower[c.i - 1] in FAMILY_GROUP_NOUNS:
        return None  # "la famille Mouzin" of Estelle and Éric Mouzin: none of them
    public = [p for p in options if " ".join(p.anchor_words) in public_names()]
    if len(public) == 1 and c.gender is None:
        return public[0]  # "Brigitte Macron … Macron persécute Bolsonaro": the office holder, as copy writes him
    before = []
    for p in options:
        full = [m.cs for m in p.cands if m.cs < c.cs and len(m.__dict__) and m.j - m.i >= 2]
        if full:
            before.append((max(full), p))
    if before:
        before.sort(key=lambda x: -x[0])
        if len(before) > 1 and c.cs - before[0][0] > FAMILY_NAME_WINDOW:
            return None  # "ils s'appellent Lelandais", paragraphs after two of them: nobody in particular
        if len(before) == 1 or before[0][0] != before[1][0]:
            return before[0][1]
        return None
    after = sorted(options, key=lambda p: first_pos[id(p)])
    return after[0]


def _relatives_named_before(tk: Tokens, c: Cand, options: list[Cluster]) -> list[Cluster]:
    """The people of ``options`` named shortly before a family noun that the name ``c`` is apposed to
    ("son grand-père, le commandant Cousteau", the name closing the apposition): ``c`` is their
    relative, not them (not "Selon son frère, Girard est innocent")."""
    if c.j < tk.n and tk.text[c.j] not in APPOSITION_ENDS:
        return []
    k = c.i - 1
    while k >= 0 and c.i - k <= KIN_APPOSITION_TOKENS and tk.lower[k] not in FAMILY_NOUNS:
        if tk.text[k] in SENTENCE_ENDS:
            return []
        k -= 1
    if k < 0 or tk.lower[k] not in FAMILY_NOUNS:
        return []
    noun = tk.start[k]
    return [p for p in options if any(noun - FAMILY_NAME_WINDOW < m.cs < noun for m in p.cands)]


def _strip_sentence_articles(tk: Tokens, cl: Cluster) -> None:
    """"La Cnav" opening a sentence and "la Cnav" elsewhere: the capital comes from the sentence
    start, the article is not part of the name; cut it off the sentence-initial mentions."""
    for c in cl.cands:
        if c.j - c.i != 2 or not tk.initial[c.i] or tk.key[c.i] not in ("le", "la", "les"):
            continue
        if fold(surface(tk, c)) in MEDIA or fold(surface(tk, c)) in PARTIES:
            continue
        if any(o.j - o.i == 1 and o.i > 0 and tk.key[o.i - 1] == tk.key[c.i] and not tk.cap[o.i - 1]
               and tk.key[o.i] == tk.key[c.i + 1] for o in cl.cands):
            c.i += 1
            c.cs = tk.start[c.i]


def _merge_party_parts(tk: Tokens, clusters: list[Cluster]) -> None:
    """A party named in full and by a part of its name that is itself a party name ("Europe
    Ecologie Les Verts" and "Les Verts"): one entity, the part an alias. Only table names, so
    that "Les Républicains" never joins an unrelated longer name."""
    def keys(cl: Cluster) -> set[str]:
        return {" ".join(words_of(tk, c)) for c in cl.cands}

    full = [(cl, k) for cl in clusters if cl.cands and not cl.anchor_words for k in keys(cl)
            if k in PARTIES and " " in k]
    for cl in clusters:
        if not cl.cands or cl.anchor_words:
            continue
        for k in keys(cl):
            if k not in PARTIES:
                continue
            targets = {id(o): o for o, long_key in full if o is not cl and len(long_key) > len(k)
                       and (long_key.endswith(" " + k) or long_key.startswith(k + " "))}
            if len(targets) == 1:
                target = next(iter(targets.values()))
                target.cands.extend(cl.cands)
                cl.cands = []
                break


def _apposed(gap: str) -> bool:
    """The text between two names sets one beside the other: blanks, brackets, a comma or a dash."""
    return not any(ch.isalnum() for ch in gap)


def _merge_acronyms(tk: Tokens, clusters: list[Cluster]) -> None:
    def long_words(cl: Cluster) -> list[str]:
        best = max(cl.cands, key=lambda c: (c.j - c.i, c.ce - c.cs))
        return surface(tk, best).replace("’", "'").split()

    for cl in list(clusters):
        if not cl.cands:
            continue
        c0 = cl.cands[0]
        text = surface(tk, c0)
        explicit = {id(c.acronym_of) for c in cl.cands if c.acronym_of is not None}
        if not ((tk.is_acronym(c0.i) or explicit) and c0.j - c0.i == 1 and " " not in text):
            continue
        options = []
        for other in clusters:
            if other is cl or not other.cands:
                continue
            if any(id(c) in explicit for c in other.cands):
                options = [other]
                break
            ws = long_words(other)
            if len(ws) < 2:
                continue
            # side by side as an apposition ("(ARS)", ", ARS"), not "à l'AFP l'Agence régionale …"
            adjacent = any(0 <= o.cs - c.ce <= 3 and _apposed(tk.string[c.ce:o.cs])
                           or 0 <= c.cs - o.ce <= 3 and _apposed(tk.string[o.ce:c.cs])
                           for o in other.cands for c in cl.cands)
            long_key = " ".join(fold(w) for w in ws)
            in_table = KNOWN_ACRONYMS.get(fold(text)) in (long_key, long_key.split(" ", 1)[-1])
            if len(text) < MIN_UNDEFINED_ACRONYM and not adjacent:
                # "PS" may be Parti socialiste or Public Sénat: two letters are no proof, only the
                # tables of parties and institutions are
                if in_table:
                    options.append(other)
                continue
            if in_table:
                options.append(other)
                continue
            # a place's initials spell an acronym exactly or not at all: "NYU" is not New York
            if acronym_matches(text, ws, loose=adjacent and other.type() != "LOC"):
                options.append(other)
        if len(options) == 1:
            target = options[0]
            if target.anchor_words and not _person_acronym_ok(text, target):
                continue
            if not tk.is_acronym(c0.i):
                # "(Cnaf)": the model's labels of a word-like acronym are guesses; its long form's type decides
                for c in cl.cands:
                    c.votes = {}
            target.cands.extend(cl.cands)
            cl.cands = []


def _org_identity(key: str) -> str | None:
    """The current name of a renamed organisation, from any of its names or acronyms; the full
    name of an organisation of ``knowledge/organisations.tsv`` from any of its forms ("Daech",
    "État islamique")."""
    listed = organisation(name_key(key))
    if listed is not None:
        return listed.key
    key = fold(key)
    for p in ("", *ARTICLE_PREFIXES):
        k = key[len(p):] if p and key.startswith(p) else key
        if k in RENAMED_ORGS:
            return RENAMED_ORGS[k]
        if k in _CURRENT_NAMES:
            return k
        full = KNOWN_ACRONYMS.get(k)
        if full in RENAMED_ORGS:
            return RENAMED_ORGS[full]
    return None


def _portfolios(tk: Tokens, c: Cand) -> tuple[str, frozenset[str]] | None:
    """("ministere", {"action", "comptes"}) for "ministère de l'Agriculture et de l'Alimentation"; the
    state's adjective counts ("ministère russe de la Défense" is not a Ukrainian one)."""
    if tk.key[c.i] not in PORTFOLIO_ORG_HEADS or tk.cap[c.i]:
        return None
    words = frozenset(tk.key[k] for k in range(c.i + 1, c.j)
                      if tk.cap[k] and tk.is_word(k) or k == c.i + 1 and tk.pos[k] == "ADJ" or tk.key[k] in DEMONYM_COUNTRIES)
    return (tk.key[c.i], words) if words else None


def _merge_ministries(tk: Tokens, clusters: list[Cluster]) -> None:
    """"ministère de l'Alimentation" after "ministère de l'Agriculture et de l'Alimentation": a body
    named by part of the portfolios of one other body of the article is that body."""
    named = []
    for cl in clusters:
        for c in cl.cands:
            p = _portfolios(tk, c)
            if p is not None:
                named.append((cl, p))
    for cl in clusters:
        if not cl.cands or cl.anchor_words:
            continue
        mine = {_portfolios(tk, c) for c in cl.cands} - {None}
        if len(mine) != 1:
            continue
        head, words = mine.pop()
        wider = {id(o): o for o, (h, w) in named if o is not cl and o.cands and h == head and words < w}
        if len(wider) == 1:
            target = next(iter(wider.values()))
            target.cands.extend(cl.cands)
            cl.cands = []


def _merge_head_words(tk: Tokens, clusters: list[Cluster]) -> None:
    """"la Cour" after "la Cour des comptes", "la Commission" after "la Commission européenne": an
    organisation called by the head word of its name, when one organisation of the article has a
    name opening on that word — not a chamber, which is a country's own ("le Sénat" after "le Sénat
    américain"), nor a committee of a portfolio ("la Commission" is not "la Commission des finances")."""
    for cl in clusters:
        forms = {words_of(tk, c) for c in cl.cands}
        if not cl.cands or cl.anchor_words or len(forms) != 1:
            continue
        (words,) = forms
        if len(words) != 1 or words[0] not in ORG_HEADS or words[0] in CHAMBER_HEADS:
            continue
        wider = [o for o in clusters if o is not cl and o.cands and not o.anchor_words and o.type() == "ORG"
                 and any(len(w) > 1 and w[0] == words[0] and not (w[0] in PORTFOLIO_ORG_HEADS and w[1] in DE_WORDS)
                         for w in (words_of(tk, c) for c in o.cands))]
        if len(wider) == 1:
            wider[0].cands.extend(cl.cands)
            cl.cands = []


_CURRENT_NAMES = frozenset(RENAMED_ORGS.values())


def _merge_renamed(tk: Tokens, clusters: list[Cluster]) -> None:
    """"UMP" and "Les Républicains", "Front national" and "Rassemblement national": the old and the new name
    of one organisation (``RENAMED_ORGS``) are one entity; so are the forms of one organisation of
    the knowledge table ("Daech", "État islamique")."""
    first: dict[str, Cluster] = {}
    for cl in clusters:
        if not cl.cands or cl.anchor_words:
            continue
        ids = {_org_identity(surface(tk, c)) for c in cl.cands} - {None}
        if len(ids) != 1:
            continue
        ident = ids.pop()
        if ident in first:
            first[ident].cands.extend(cl.cands)
            cl.cands = []
        else:
            first[ident] = cl


def _person_acronym_ok(acronym: str, person: Cluster) -> bool:
    """People are known by initials of their full name only ("DSK"): every letter used."""
    letters = "".join(p[:1] for w in person.anchor_words for p in w.split("-") if w not in NAME_CONNECTORS)
    return fold(acronym) == letters


def canonical_name(tk: Tokens, cl: Cluster) -> str:
    """The fullest proper-name form: most words, then longest; an article kept only when
    every use has it ("Le Parisien" only if "Parisien" is never used without it... kept as written)."""
    best = max(cl.cands, key=lambda c: (len(words_of(tk, c)) if not tk.is_acronym(c.i) or c.j - c.i > 1 else 0,
                                        c.ce - c.cs, -c.cs))
    name = surface(tk, best)
    return name


def is_place(name: str) -> bool:
    return fold(name) in PLACES


__all__ = ["Cluster", "resolve", "canonical_name", "is_common_word"]
