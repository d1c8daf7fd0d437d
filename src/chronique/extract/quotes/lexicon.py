"""The speech lexicon (``speech_lexicon.tsv``): which words introduce quotations and reported speech.

Loaded once at import. A verb is recognised by spaCy's lemma or, because the French lemmatiser
misses many inflected speech verbs (``estime`` → ``estime``), by a table of surface forms derived
from the lemma (regular -er verbs) or listed in the file (every other verb).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

LEXICON_FILE = "speech_lexicon.tsv"
KINDS = ("verb", "noun", "prep")
USES = ("any", "incise")


@dataclass(frozen=True)
class SpeechEntry:
    lemma: str          # as written in the table ("s'exclamer", "faire savoir", "selon")
    kind: str           # verb | noun | prep
    use: str            # any | incise
    forms: tuple[str, ...]

    @property
    def base(self) -> str:
        """The lemma without a reflexive pronoun: what a cue records (``s'exclamer`` → ``exclamer``)."""
        return strip_reflexive(self.lemma)


def strip_reflexive(lemma: str) -> str:
    for prefix in ("se ", "s'", "s’"):
        if lemma.startswith(prefix):
            return lemma[len(prefix):]
    return lemma


def regular_er_forms(lemma: str) -> tuple[str, ...]:
    """Inflections of a first-group verb a news writer uses in attributions.

    Present 3sg/3pl (``affirme``, ``affirment``), participles (``affirmé(e)(s)``), gerund, imperfect,
    simple past and future 3sg (``affirmait``, ``affirma``, ``affirmera``). Spelling changes
    (``annonçant``, ``rappelle``) are listed in the table itself.
    """
    if not lemma.endswith("er") or " " in lemma:
        return ()
    stem = lemma[:-2]
    soft = stem + ("e" if stem.endswith("g") else "")       # juge-ant, juge-ait
    soft = soft[:-1] + "ç" if soft.endswith("c") else soft  # annonç-ant, annonç-ait
    return (lemma, stem + "e", stem + "ent", stem + "é", stem + "ée", stem + "és", stem + "ées",
            soft + "ant", soft + "ait", soft + "aient", soft + "a", stem + "era")


def _load() -> tuple[SpeechEntry, ...]:
    text = resources.files(__package__).joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    entries = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        while len(cols) < 4:
            cols.append("")
        lemma, kind, use, forms = cols[0].strip(), cols[1].strip(), cols[2].strip() or "any", cols[3]
        if kind not in KINDS or use not in USES:
            raise ValueError(f"{LEXICON_FILE}:{n}: bad kind/use {kind!r}/{use!r}")
        listed = tuple(f.strip() for f in forms.split(",") if f.strip())
        derived = regular_er_forms(strip_reflexive(lemma)) if kind == "verb" else ()
        base = strip_reflexive(lemma)
        all_forms = tuple(dict.fromkeys((base,) + derived + listed))
        entries.append(SpeechEntry(lemma, kind, use, all_forms))
    return tuple(entries)


ENTRIES: tuple[SpeechEntry, ...] = _load()


def _index() -> tuple[dict[str, SpeechEntry], dict[str, SpeechEntry], dict[str, list[tuple[tuple[str, ...], SpeechEntry]]],
                      dict[str, SpeechEntry], dict[str, SpeechEntry]]:
    lemmas: dict[str, SpeechEntry] = {}
    forms: dict[str, SpeechEntry] = {}
    multi: dict[str, list[tuple[tuple[str, ...], SpeechEntry]]] = {}
    nouns: dict[str, SpeechEntry] = {}
    preps: dict[str, SpeechEntry] = {}
    for e in ENTRIES:
        if e.kind == "verb":
            if " " in e.base:
                for form in e.forms:
                    words = tuple(form.lower().split())
                    multi.setdefault(words[0], []).append((words[1:], e))
                continue
            # 'any' wins over 'incise' when a lemma is listed twice (inquiéter / s'inquiéter).
            if e.base not in lemmas or e.use == "any":
                lemmas[e.base] = e
            for form in e.forms:
                key = form.lower()
                if key not in forms or e.use == "any":
                    forms[key] = e
        elif e.kind == "noun":
            for form in e.forms:
                nouns.setdefault(form.lower(), e)
        else:
            preps[e.lemma.lower()] = e
    return lemmas, forms, multi, nouns, preps


VERB_LEMMAS, VERB_FORMS, MULTIWORD_VERBS, NOUN_FORMS, PREPOSITIONS = _index()


# Present third-person forms of the verbs that report ("dément", "juge", "estime"): the tagger
# reads some as nouns or adverbs after a subject ("Édouard Philippe dément une « baisse »").
PRESENT_FORMS = frozenset(e.forms[1] for e in VERB_LEMMAS.values() if e.use == "any" and e.forms[1] != e.forms[0])


def speech_verb(lemma: str, form: str) -> SpeechEntry | None:
    """The entry for a single-word verb given spaCy's lemma and the surface form, if it is a speech verb."""
    return VERB_LEMMAS.get(lemma.lower()) or VERB_FORMS.get(form.lower())


def speech_noun(lemma: str, form: str) -> SpeechEntry | None:
    return NOUN_FORMS.get(lemma.lower()) or NOUN_FORMS.get(form.lower())
