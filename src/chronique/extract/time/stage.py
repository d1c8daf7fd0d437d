"""``TimeStage``: TIMEX3 time expressions (and the publication date when none is known).

Detection is regex over the text (``patterns``); the parse is used only on the few
candidates: the clause tense (``tense``), and cheap token checks that tell a year from a
count ("2000 manifestants") and a metaphor ("l'Europe de demain") from a date.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from spacy.tokens import Doc

from ...article import Article, Timex
from ...knowledge.media import load as load_outlets
from ...regex_trie import alternation_trie
from ..registry import register
from ..stage import Stage
from .infer import infer_published
from .lexicon import AGE_CUES, AGE_NOUNS, EVENT_NOUNS_BEFORE_DEICTIC
from .normalize import STATE, Prev, normalize
from .patterns import Candidate, find_candidates
from .prior import YearPrior
from .tense import clause_is_stative, clause_tense

log = logging.getLogger(__name__)

# Kinds whose value depends on the clause tense (the parse is consulted only for these).
TENSED = frozenset({"date", "month", "season", "weekday", "day_range", "rentree", "year", "deictic",
                    "this_period", "night_of", "holiday"})
# Kinds resolved against the last day-precise timex rather than the last timex of any precision.
DAY_ANAPHORA = frozenset({"anaphoric", "daypart_phrase", "clock", "clock_colon", "noon", "time_range", "later"})
DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
TIME_NOUNS = frozenset({"an", "ans", "année", "années", "mois", "jour", "jours", "semaine", "été", "hiver",
                        "printemps", "automne", "siècle", "saison", "exercice", "budget", "édition",
                        "promotion", "cuvée", "millésime", "rentrée", "élection", "élections", "horizon"})
AGE_CUE_RE = re.compile(r"(?:" + "|".join(re.escape(c).replace("'", "['’]") for c in sorted(AGE_CUES, key=len, reverse=True))
                        + r")\s*$", re.IGNORECASE)
AGE_NOUN_RE = re.compile(r"(\w+)\s+(?:de|d['’])\s*$", re.IGNORECASE)
NOT_AGE_AFTER = re.compile(r"\s*(?:de\s+(?:prison|réclusion|détention|travaux|mariage|carrière|règne|guerre|"
                           r"mandat|service|retard|suite|négociations?|procédure|enquête|recherches?|vie\s+commune)|"
                           r"plus\s+tard|plus\s+tôt|après|auparavant|avant|d['’]affilée|de\s+la|du\s|des\s)",
                           re.IGNORECASE)
# Endings of person nouns (agent nouns, demonyms): "chauffeur", "Alsacienne", "retraitée".
PERSON_SUFFIX = re.compile(r"(?:eur|euse|rice|ien|ienne|onne|ais|aise|ois|oise|ain|aine|iste|ant|ante|ier|ière|aire)s?$",
                           re.IGNORECASE)
ANNIVERSARY_BEFORE = re.compile(r"\b(?:les|des|aux|ses|leurs|nos|vos)\s*$", re.IGNORECASE)
NOT_PERSON_NOUNS = frozenset({"secteur", "moteur", "valeur", "hauteur", "longueur", "largeur", "durée",
                              "plan", "programme", "contrat", "bail", "emprunt", "prêt", "mandat", "montant",
                              "salaire", "budget", "calendrier", "délai", "intérieur", "extérieur", "chantier"})
AGE_TOPIC_RE = re.compile(r"\b(?:âge|age|retraite|née?s?\s+en|naissance|anniversaire)\b", re.IGNORECASE)
HAVE_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|aura|aurait|auront|avoir|ayant|as|ai)\s*$", re.IGNORECASE)
UNIT_AFTER = re.compile(r"\s*(?:%|€|\$|euros?\b|dollars?\b|francs?\b|km\b|m\b|m²|mètres?\b|kg\b|tonnes?\b|"
                        r"habitants\b|personnes\b|exemplaires\b|voix\b|points?\b)", re.IGNORECASE)
# Outlets whose name holds a time expression ("le Journal du dimanche", "Aujourd'hui en France",
# "20 Minutes"): written with a capital, past a sentence's start, the name is no date.
_OUTLETS_WITH_TIME = sorted({o.name.removeprefix("le ").removeprefix("la ") for o in load_outlets()
                             if find_candidates(o.name)}, key=len, reverse=True)
# Characters looked back for what precedes such a name (a sentence's end or not).
LOOK_BACK_CHARS = 20
OUTLET_WITH_TIME_RE = re.compile(r"(?<![\w-])(?:" + alternation_trie(_OUTLETS_WITH_TIME) + r")(?![\w-])",
                                 re.IGNORECASE)
MONTH_CONTEXT_BEFORE = re.compile(r"(?:\ben|\bde|\bd['’]|depuis|dès|jusqu['’]en|\bau|\bfin|début|mi-|courant|"
                                  r"mois\s+de|\bdu|\bet|\bou|,)\s*$", re.IGNORECASE)


@register
class TimeStage(Stage):
    name = "time"
    requires = ()
    assigns = ("timexes", "published")

    def __init__(self, year_prior: YearPrior | None = None):
        # years of the articles analysed beside this one: the pipeline adds the given dates of
        # its batch, the evaluator the other gold articles' (see ``prior``)
        self.year_prior = year_prior if year_prior is not None else YearPrior()

    def __call__(self, article: Article, doc: Doc) -> Article:
        text = article.text
        outlets = _outlet_names(text)
        cands = [c for c in find_candidates(text)
                 if self._keep(c, text, doc) and not any(a <= c.start and c.end <= b for a, b in outlets)]
        tensed = [(c, clause_tense(doc, c.start, c.end) if c.kind in TENSED else None) for c in cands]
        published = article.published
        ref = _parse_date(published.value)
        if ref is None and published.source == "unknown":
            published = infer_published(tensed, text, article.title or "", self.year_prior)
            ref = _parse_date(published.value)
        timexes: list[Timex] = []
        prev: Prev | None = None       # last dated timex (any precision)
        prev_day: Prev | None = None   # last day-precise one ("la veille", "en soirée", "21 h")
        for c, tense in tensed:
            if c.kind == "deictic" and tense == "present" and clause_is_stative(doc, c.start, c.end):
                tense = STATE  # "reposent aujourd'hui": nowadays, not the day
            try:
                res = normalize(c, text, ref, tense, prev_day if c.kind in DAY_ANAPHORA else prev)
            except (ValueError, KeyError, TypeError, OverflowError):
                log.debug("cannot normalise %r", text[c.start:c.end], exc_info=True)
                res = None
            if res is None or not res[1]:
                continue
            typ, value, mod, anchor = res
            tid = f"t{len(timexes) + 1}"
            timexes.append(Timex(tid, typ, text[c.start:c.end], c.start, c.end, value, mod, anchor))
            if typ in ("DATE", "TIME") and value[:1].isdigit() and "/" not in value:
                prev = Prev(tid, value)
                if DAY_VALUE.match(value):
                    prev_day = prev
        return article.with_layers(timexes=tuple(timexes), published=published)

    # -- context checks on candidates --------------------------------------------------
    def _keep(self, c: Candidate, text: str, doc: Doc) -> bool:
        g = c.groups
        before = text[max(0, c.start - 100):c.start]
        after = text[c.end:c.end + 40]
        if c.kind == "duration":
            unit = g["u"].lower()
            q = g.get("q", "").lower().strip()
            if unit in ("an", "ans", "années") and _is_age(before, after, bool(g.get("mod"))):
                return False
            if unit == "ans" and ANNIVERSARY_BEFORE.search(before) and re.match(r"\s*(?:de|du|d['’])\s", after):
                return False  # "les 150 ans de la République": an anniversary, not a duration
            if unit.startswith("seconde") and q in ("une", "un") and not g.get("mod"):
                return False  # "une seconde" is an idiom ("pas une seconde", "une seconde fois")
            if unit in ("jour",) and q in ("un", "une") and not g.get("mod"):
                return False  # "un jour" = some day
        if c.kind in ("year",) and not g.get("part") and not g.get("ydet"):
            if UNIT_AFTER.match(after) or re.search(r"(?:n°|numéro|article|\d[  .])\s*$", before, re.I):
                return False
            tok = _token_at(doc, c.end - 1)
            if tok is not None and tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" \
                    and tok.head.lower_ not in TIME_NOUNS and tok.head.i > tok.i:
                return False
        if c.kind == "deictic" and re.search(r"(?:\bde|\bd['’])\s*$", before, re.I):
            m = re.search(r"(\w+)\s+(?:de|d['’])\s*$", before)
            if m and m.group(1).lower() not in EVENT_NOUNS_BEFORE_DEICTIC:
                tok = _token_at(doc, m.start(1) + c.start - len(before))
                if tok is not None and tok.pos_ in ("NOUN", "PROPN"):
                    return False  # "l'Europe de demain", "la France d'aujourd'hui"
        if c.kind == "month" and not g.get("part") and not g.get("year") and not g.get("rel") \
                and not g.get("mdet"):
            word = g["month"]
            if word[:1].isupper() and not MONTH_CONTEXT_BEFORE.search(before):
                return False  # "Mars" the planet, "Mai" a name: capitalised bare month
            if re.match(r"\s*\d", after):
                return False
        if c.kind == "weekday" and g["wd"].lower().endswith("s"):
            return False  # plural weekday outside "tous les lundis"
        if c.kind == "weekday" and g["wd"][:1].isupper() and re.search(r"\b(?:du|de)\s+$", before):
            return False  # a title: "Le Journal du Dimanche"
        return True


def _is_age(before: str, after: str, has_mod: bool = False) -> bool:
    if NOT_AGE_AFTER.match(after):
        return False
    if has_mod and re.search(r"\b(?:les|des|aux)\s*$", before, re.IGNORECASE):
        return True  # "les moins de 17 ans": an age group
    if re.search(r"ici\s+à\s*$", before):
        return False  # "d'ici à dix ans"
    if AGE_CUE_RE.search(before) or HAVE_BEFORE.search(before):
        return True
    if AGE_TOPIC_RE.search(before.split(".")[-1]):
        return True  # "l'âge de départ ... est de 65 ans", "les personnes nées en 1999 ... 67 ans"
    if re.search(r"[,(]\s*$", before) and re.match(r"\s*[,)]", after):
        return True  # apposition: "Paul, 67 ans, ..."
    if re.search(r"\b[A-ZÉ][\w-]+,\s*$", before) and re.match(r"\s*[.;:]", after):
        return True  # apposition closing a sentence: "raconte Nubia, 37 ans."
    if re.search(r"\d\s*[-à]\s*$", before):
        return True  # age group: "les 18-25 ans"
    m = AGE_NOUN_RE.search(before)
    if not m:
        return False
    noun = m.group(1)
    # a person: listed, or a demonym / agent noun ("une Alsacienne", "un chauffeur de bus de 38 ans")
    if noun.lower() in AGE_NOUNS or PERSON_SUFFIX.search(noun) and noun.lower() not in NOT_PERSON_NOUNS:
        return True
    m2 = re.search(r"\b(?:un|une|le|la)\s+(\w+)(?:\s+\w+){1,3}\s+(?:de|d['’])\s*$", before, re.IGNORECASE)
    return bool(m2 and (m2.group(1).lower() in AGE_NOUNS or PERSON_SUFFIX.search(m2.group(1))))


def _token_at(doc: Doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _outlet_names(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an outlet whose name holds a time expression: its first letter a
    capital, not opening a sentence ("Aujourd'hui en France, …" may be today)."""
    out = []
    for m in OUTLET_WITH_TIME_RE.finditer(text):
        first = next((ch for ch in m.group() if ch.isalpha()), "")
        before = text[max(0, m.start() - LOOK_BACK_CHARS):m.start()].rstrip()  # (not a copy of the text per match)
        if first.isupper() and before and before[-1] not in ".!?:«\"\n":
            out.append(m.span())
    return out


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
