#!/usr/bin/env python3
"""A large store for load tests when analysing the real corpus is too slow on the machine at hand.

    .venv/bin/python scripts/synthetic-store.py --db sqlite:////tmp/synth5k.db --articles 5000

Writes N generated French news items (invented people, organisations and places, dates over ten
years) with their stand-off layers already filled in — entities, quotes, dates, amounts, events —
and stores them through the corpus service (``Corpus.add_article``), so entity linking, stories,
events and timelines are built exactly as for analysed articles. The cardinalities (≈300 words,
5–8 entities, 2 quotes, 3 dates, 1–2 events per article; a few hundred recurring people) are
of the order of OrangeSum's. Use it for latency figures only, never for quality.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time

from chronique.article import (
    Amount, Article, Block, Entity, Event, Mention, Participant, Published, Quote, Speaker, Timex, Trigger,
)
from chronique.corpus import Corpus

FIRST = ["Sophie", "Julien", "Claire", "Antoine", "Nadia", "Marc", "Élodie", "Karim", "Isabelle", "Thomas",
         "Léa", "Hugo", "Camille", "Nicolas", "Inès", "Pierre", "Aurélie", "Mehdi", "Laure", "François"]
LAST = ["Marchand", "Lefort", "Roussel", "Garnier", "Benali", "Perrin", "Chauvet", "Lemoine", "Barbier",
        "Fontaine", "Mercier", "Dufresne", "Carpentier", "Hamidi", "Vasseur", "Colin", "Renaud", "Gauthier"]
ORGS = ["Force Rail", "la Régie de Valcourt", "l'Union des artisans", "la Caisse régionale", "le Conseil départemental",
        "la Fédération des producteurs", "l'Agence de l'eau", "le Syndicat des enseignants", "la Chambre de commerce",
        "l'Office du tourisme", "la Mutuelle du Nord", "le Comité olympique régional"]
PLACES = ["Valcourt", "Morvelle", "Saint-Aubin", "Bellerive", "Castelmont", "Port-Aurel", "Haute-Morvelle",
          "Villeneuve-sur-Lys", "Montclar", "Rocheval"]
TOPICS = [("grève", "PROTEST", "a appelé à la grève"), ("accord", "AGREE", "a signé un accord"),
          ("aide", "AID", "a débloqué une aide"), ("plainte", "ACCUSE", "a porté plainte"),
          ("rencontre", "CONSULT", "a rencontré"), ("sanction", "SANCTION", "a sanctionné"),
          ("manifestation", "PROTEST", "a manifesté"), ("refus", "REJECT", "a rejeté le projet")]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
FILLER = ("Le dossier est suivi de près par les habitants, qui attendent des réponses concrètes sur l'emploi, "
          "les transports et le logement. Plusieurs réunions publiques sont prévues dans les prochaines semaines. ")


class Writer:
    """Builds text piece by piece and remembers where each piece landed."""

    def __init__(self):
        self.parts: list[str] = []
        self.size = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.size
        self.parts.append(piece)
        self.size += len(piece)
        return start, self.size

    @property
    def text(self) -> str:
        return "".join(self.parts)


def article(i: int, rng: random.Random, people: list[str]) -> Article:
    day = dt.date(2011, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    topic, etype, verb = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    org, org2 = rng.sample(ORGS, 2)
    a, b = rng.sample(people, 2)
    w = Writer()
    spans: dict[str, list[tuple[int, int, str]]] = {}

    def ent(kind: str, name: str) -> None:
        spans.setdefault(f"{kind}|{name}", []).append((*w.add(name), name))

    w.add("À ")
    ent("LOC", place)
    w.add(", ")
    ent("ORG", org)
    trig = w.add(" " + verb)
    trig = (trig[0] + 1, trig[1])
    w.add(" le ")
    tx1 = w.add(f"{day.day} {MONTHS[day.month - 1]} {day.year}")
    w.add(". ")
    p1_end = w.size
    w.add("« ")
    q1 = w.add(f"Nous irons jusqu'au bout pour {rng.choice(['les salariés', 'les familles', 'la ville', 'nos adhérents'])}")
    w.add(" », a déclaré ")
    sp1 = w.size
    ent("PER", a)
    w.add(", porte-parole de ")
    ent("ORG", org2)
    w.add(". Selon elle, ")
    am = w.add(f"{rng.randint(2, 900)} millions d'euros")
    w.add(" sont en jeu et ")
    am2 = w.add(f"{rng.randint(5, 80)} %")
    w.add(" des habitants seraient concernés. ")
    sp2 = w.size
    ent("PER", b)
    w.add(" a estimé que ")
    q2 = w.add(f"la {topic} ne réglerait rien avant {MONTHS[(day.month) % 12]}")
    w.add(". " + FILLER * rng.randint(4, 7))
    w.add("Une nouvelle réunion est prévue en ")
    tx2 = w.add(f"{MONTHS[(day.month) % 12]} {day.year + (day.month == 12)}")
    w.add(".")
    text = w.text
    entities, ids = [], {}
    for n, (key, found) in enumerate(spans.items(), 1):
        kind, name = key.split("|", 1)
        ids[name] = f"e{n}"
        entities.append(Entity(f"e{n}", kind, name, tuple(Mention(s, e, t) for s, e, t in found)))
    nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    timexes = (Timex("t1", "DATE", text[tx1[0]:tx1[1]], *tx1, day.isoformat()),
               Timex("t2", "DATE", text[tx2[0]:tx2[1]], *tx2, f"{nxt.year}-{nxt.month:02d}", None, "published"))
    quotes = (Quote("q1", "direct", text[q1[0]:q1[1]], *q1, Speaker(a, sp1, sp1 + len(a), ids[a])),
              Quote("q2", "indirect", text[q2[0]:q2[1]], *q2, Speaker(b, sp2, sp2 + len(b), ids[b])))
    amounts = (Amount("a1", text[am[0]:am[1]], *am, float(text[am[0]:am[1]].split()[0]) * 1e6, "EUR", "money"),
               Amount("a2", text[am2[0]:am2[1]], *am2, float(text[am2[0]:am2[1]].split()[0]), "%", "percent"))
    events = (Event("v1", etype, Trigger(text[trig[0]:trig[1]], *trig, verb.split()[1]),
                    (Participant("source", ids[org]),), time="t1", place=ids[place]),)
    return Article(
        id=f"synth-{i:05d}", text=text, title=f"{place} : {topic} autour de {org}",
        published=Published(day.isoformat(), "metadata"), blocks=(Block("paragraph", 0, len(text)),),
        entities=tuple(entities), quotes=quotes, timexes=timexes, amounts=amounts, events=events)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="store URL to fill")
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    people = [f"{f} {l}" for f in FIRST for l in LAST]
    rng.shuffle(people)
    people = people[:300]
    start = time.monotonic()
    with Corpus.open(args.db) as corpus:
        for i in range(args.articles):
            art = article(i, rng, people)
            assert not art.check_offsets(), art.check_offsets()
            corpus.add_article(art)
            if (i + 1) % 500 == 0:
                print(f"{i + 1} articles, {time.monotonic() - start:.0f} s", file=sys.stderr, flush=True)
        print(corpus.stats())
    return 0


if __name__ == "__main__":
    sys.exit(main())
