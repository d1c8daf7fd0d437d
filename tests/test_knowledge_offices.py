"""The office-holder table (``chronique.knowledge``) and how titles in a text read it.

Every sentence here is invented. Facts used are those of the table itself (each title form is
tried on a sentence naming one of its own holders) or public ones stated next to the test.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from chronique.errors import FormatError
from chronique.extract.time.knowledge import (
    CURRENT, ELECT, FORMER, FUTURE, GRACE_DAYS, NEW, OUTGOING, THEN, WEIGHTS, office_clues,
)
import importlib

from chronique.knowledge import holders_on, known_offices, overlaps, terms, terms_by_office, version
from chronique.lang.fr.fold import fold_words
from chronique.lang.fr.names import person_name


# -- the table ------------------------------------------------------------------------------------
def test_table_parses_with_a_version():
    v = version()
    assert v.number and v.as_of >= date(2025, 1, 1)
    assert len(terms()) > 900 and len(known_offices()) > 100
    for t in terms():
        assert t.end is None or t.start < t.end, t
        assert t.end is None or t.end <= v.as_of + timedelta(days=366), t  # no guessed future ends
        assert t.ref == "" or t.ref.startswith("Q"), t


def test_no_two_terms_of_one_office_overlap():
    assert [(a.person, a.start, b.person, b.start) for a, b in overlaps()] == []


def test_every_office_has_titles_and_holders():
    held = {t.key for t in terms()}
    assert held == set(known_offices())
    for office in known_offices().values():
        assert office.titles or office.short, office


def test_separate_terms_are_separate_rows():
    us = [(t.person, t.start.year) for t in terms_by_office()[("us", "head_of_state")]]
    assert us[-3:] == [("Donald Trump", 2017), ("Joe Biden", 2021), ("Donald Trump", 2025)]
    assert [t.person for t in holders_on("us", "head_of_state", date(2023, 6, 1))] == ["Joe Biden"]
    assert [t.person for t in holders_on("ru", "head_of_state", date(2010, 1, 1))] == ["Dmitri Medvedev"]


G20 = "ar au br ca cn fr de in id it jp kr mx ru sa za tr gb us".split()
EU27 = "at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se".split()
OTHERS = "gb ch no ua ru il ir tr eg dz ma tn jp kr kp tw".split()
# Presidential systems: the president heads the government too (one office, head_of_state).
PRESIDENT_LEADS = {"us", "mx", "br", "ar", "id", "za", "kr", "kp", "tw", "cy", "ch"}
# Monarchies and federations whose head of state is listed elsewhere (the British crown).
NO_OWN_HEAD_OF_STATE = {"ca", "au"}
# Offices abolished since: listed until their end.
ABOLISHED = {("tr", "head_of_government"): date(2018, 7, 9)}


@pytest.mark.parametrize("country", sorted(set(G20 + EU27 + OTHERS)))
def test_coverage_of_heads_of_state_and_government_since_1995(country):
    by_office = terms_by_office()
    wanted = [o for o, skip in (("head_of_state", NO_OWN_HEAD_OF_STATE), ("head_of_government", PRESIDENT_LEADS))
              if country not in skip]
    for office in wanted:
        ts = by_office.get((country, office), ())
        assert ts, (country, office)
        assert ts[0].start <= date(1995, 12, 31), (country, office, ts[0])
        # no long hole: someone is listed at least every few years up to the version date
        covered = sorted((t.start, t.end or version().as_of) for t in ts)
        assert covered[-1][1] >= ABOLISHED.get((country, office), date(2024, 1, 1)), (country, office)


@pytest.mark.parametrize("key", [
    ("fr", "head_of_government"), ("fr", "minister_interior"), ("fr", "minister_economy"),
    ("fr", "minister_foreign"), ("fr", "minister_justice"), ("fr", "minister_defence"), ("fr", "minister_health"),
    ("fr", "minister_labour"), ("fr", "minister_education"), ("fr", "minister_ecology"), ("fr", "minister_culture"),
    ("fr", "minister_agriculture"), ("fr", "minister_budget"), ("fr", "spokesperson"),
])
def test_french_government_since_2007(key):
    ts = terms_by_office()[key]
    assert ts[0].start <= date(2007, 6, 19) and ts[-1].start >= date(2022, 1, 1)
    # the seat was never empty for long (a reshuffle takes days, a caretaker weeks)
    gaps = [(a.person, b.person, (b.start - a.end).days) for a, b in zip(ts, ts[1:]) if a.end]
    assert all(days <= 120 for _, _, days in gaps), gaps


@pytest.mark.parametrize("key", [
    ("fr", "assembly_president"), ("fr", "senate_president"), ("eu-commission", "president"),
    ("eu-council", "president"), ("eu-parliament", "president"), ("un", "secretary_general"),
    ("nato", "secretary_general"), ("imf", "managing_director"), ("ecb", "president"),
    ("who", "director_general"), ("fr-ps", "leader"), ("fr-lr", "leader"), ("fr-rn", "leader"),
    ("fr-lfi", "leader"), ("fr-renaissance", "leader"), ("fr-eelv", "leader"), ("fr-pcf", "leader"),
])
def test_parliaments_international_bodies_and_parties(key):
    assert terms_by_office()[key]


def test_a_malformed_row_is_reported_with_its_line(monkeypatch):
    table = importlib.import_module("chronique.knowledge.offices")
    read = table._read
    bad = [*read(table.HOLDERS_FILE), "fr\thead_of_state\tJean Test\t\t2030-13-01\t\t\t"]
    monkeypatch.setattr(table, "_read", lambda name: bad if name == table.HOLDERS_FILE else read(name))
    with pytest.raises(FormatError, match=rf"offices.tsv:{len(bad)}: not an ISO date"):
        table.terms.__wrapped__()


# -- every title form, on a sentence naming one of its holders ---------------------------------
def _title_cases():
    by_office = terms_by_office()
    for key, office in sorted(known_offices().items()):
        holder = by_office[key][-1]
        for form in office.titles:
            yield pytest.param(key, form, False, holder, id=f"{key[0]}/{key[1]}/{form}")
        for form in office.short:
            yield pytest.param(key, form, True, holder, id=f"{key[0]}/{key[1]}/short/{form}")


def _windows_of(person, key):
    return [(t.start, t.end) for t in terms_by_office()[key] if t.person == person]


@pytest.mark.parametrize("key, form, short, holder", list(_title_cases()))
def test_every_title_form_finds_its_holders_terms(key, form, short, holder):
    sentences = [f"Selon {form} {holder.person}, la rencontre a été utile."]
    if not short:
        sentences.append(f"{holder.person}, {form}, a reçu les syndicats.")
    for sentence in sentences:
        clues = [c for c in office_clues(sentence) if holder.person in c.person.split(" / ")]
        assert len(clues) == 1, (sentence, clues)
        clue = clues[0]
        assert clue.qualifier == CURRENT and key in clue.offices
        for start, end in _windows_of(holder.person, key):  # each term of that office, separately
            assert clue.allows(start) and clue.allows(start + timedelta(days=1))
            if end:
                assert clue.allows(end + timedelta(days=GRACE_DAYS - 1))


def test_a_surname_alone_counts_next_to_a_title():
    for sentence in ("La chancelière Merkel a parlé.", "Le président américain Trump a parlé."):
        assert len(office_clues(sentence)) == 1, sentence
    surname = person_name("Jean-Yves Le Drian").surname
    assert surname == fold_words("Le Drian")
    assert office_clues("Le ministre des Affaires étrangères Le Drian a parlé.")


@pytest.mark.parametrize("text", [
    "Le roi Abdallah II a reçu la délégation.",                    # not the Saudi king Abdallah
    "Le Premier ministre Philippe Couillard a parlé au Québec.",  # not Édouard Philippe
    "Le président de la République a parlé.",                     # a title without a name
    "Emmanuel Macron a parlé.",                                   # a name without a title
    "Le maire Emmanuel Macron a parlé.",                          # a title he never held
    "Le candidat Emmanuel Macron a parlé.",                       # no window at all
    "Feu le président Jacques Chirac a été salué.",
])
def test_no_clue_without_a_title_the_person_held(text):
    assert office_clues(text) == []


# -- one window per term, and the qualifiers -------------------------------------------------------
def test_a_holder_of_two_terms_gives_two_windows():
    (clue,) = office_clues("Le président américain Donald Trump a signé le décret.")
    assert clue.windows[0] == (date(2017, 1, 20), date(2021, 1, 20) + timedelta(days=GRACE_DAYS))
    assert clue.windows[1][0] == date(2025, 1, 20)
    assert not clue.allows(date(2023, 6, 1))  # the Biden years are not Trump's
    assert clue.weight == WEIGHTS[CURRENT]


@pytest.mark.parametrize("text, qualifier, inside, outside", [
    # "ancien": after the end of a term, until the same person's next term
    ("L'ancien président russe Vladimir Poutine a accueilli le sommet.", FORMER,
     [date(2009, 1, 1), date(2012, 5, 1)], [date(2007, 1, 1), date(2015, 1, 1)]),
    ("L'ex-Premier ministre Édouard Philippe publie un livre.", FORMER,
     [date(2020, 7, 3), date(2023, 1, 1)], [date(2019, 1, 1)]),
    ("Barack Obama, l'ancien président américain, a soutenu la candidate.", FORMER,
     [date(2018, 1, 1)], [date(2012, 1, 1)]),
    # "élu": between the election and the inauguration (Biden took office on 2021-01-20)
    ("Le président élu Joe Biden a présenté son équipe.", ELECT,
     [date(2020, 11, 12), date(2021, 1, 19)], [date(2020, 6, 1), date(2022, 1, 1)]),
    ("Le président américain élu Donald Trump a choisi son cabinet.", ELECT,
     [date(2016, 11, 20), date(2024, 12, 1)], [date(2018, 1, 1)]),
    # "nouveau": the first months (Castex was appointed on 2020-07-03)
    ("Le nouveau Premier ministre Jean Castex a reçu les syndicats.", NEW,
     [date(2020, 7, 9)], [date(2022, 1, 1), date(2020, 6, 1)]),
    ("La nouvelle présidente de la Commission européenne Ursula von der Leyen a présenté son collège.", NEW,
     [date(2019, 12, 5)], [date(2023, 1, 1)]),
    # "futur": the year before (Scholz took office on 2021-12-08)
    ("Le futur chancelier Olaf Scholz a présenté son gouvernement.", FUTURE,
     [date(2021, 11, 24), date(2021, 1, 1)], [date(2022, 6, 1), date(2019, 1, 1)]),
    # "alors": the term had begun, publication is any time later
    ("Gérald Darmanin, alors ministre de l'Intérieur, avait présenté son plan.", THEN,
     [date(2020, 7, 6), date(2030, 1, 1)], [date(2019, 1, 1)]),
    # "sortant": a caretaker, during the term
    ("La Première ministre sortante Élisabeth Borne a démissionné.", OUTGOING,
     [date(2024, 1, 8)], [date(2021, 1, 1), date(2025, 1, 1)]),
])
def test_qualifiers_move_the_window(text, qualifier, inside, outside):
    (clue,) = office_clues(text)
    assert clue.qualifier == qualifier and clue.weight == WEIGHTS[qualifier]
    assert all(clue.allows(d) for d in inside), clue.windows
    assert not any(clue.allows(d) for d in outside), clue.windows


def test_loose_qualifiers_weigh_less_than_a_plain_title():
    assert WEIGHTS[CURRENT] > WEIGHTS[FORMER] >= WEIGHTS[NEW]
    assert WEIGHTS[ELECT] > WEIGHTS[FUTURE]


def test_the_capitals_a_title_is_written_with():
    from chronique.knowledge import title_capitals, title_key

    capitals = title_capitals()
    assert "commission" in capitals[title_key("la présidente de la Commission européenne")]
    assert capitals[title_key("le chancelier allemand")] == frozenset()
