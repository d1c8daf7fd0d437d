"""Shared by the API, web and browser tests: hand-built analysed articles, a seeded store, a server process.

The articles are written for these tests (invented people and places) with explicit stand-off
layers, so that page and API tests do not depend on how well the extractors do today; the
offsets are found in the text, never typed by hand.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from chronique.article import (
    Amount, Article, Block, Entity, Event, Mention, Participant, Published, Quote, Speaker, Timex, Trigger,
)

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"


def _at(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def build(aid: str, title: str, published: str, paragraphs: list[str], *, entities=(), quotes=(), timexes=(),
          amounts=(), events=()) -> Article:
    """``entities``: (name, type, [surfaces]); ``quotes``: (kind, quoted text, speaker surface, entity name);
    ``timexes``: (surface, value, type[, nth occurrence]); ``amounts``: (surface, value, unit, kind);
    ``events``: (type, trigger, [(role, entity name)], timex surface or None, modality)."""
    text = "\n".join(paragraphs)
    blocks, pos = [], 0
    for p in paragraphs:
        blocks.append(Block("paragraph", pos, pos + len(p)))
        pos += len(p) + 1
    ents, by_name = [], {}
    for i, (name, etype, surfaces) in enumerate(entities, 1):
        mentions = []
        for surface in surfaces:
            nth = sum(1 for m in mentions if m.text == surface)
            s, e = _at(text, surface, nth)
            mentions.append(Mention(s, e, surface, "name"))
        ent = Entity(f"e{i}", etype, name, tuple(mentions))
        ents.append(ent)
        by_name[name] = ent.id
    tx, tx_by_surface = [], {}
    for i, (surface, value, ttype, *nth) in enumerate(timexes, 1):
        s, e = _at(text, surface, nth[0] if nth else 0)
        tx.append(Timex(f"t{i}", ttype, surface, s, e, value, None, "published"))
        tx_by_surface[surface] = f"t{i}"
    qs = []
    for i, (kind, quoted, speaker, entity_name) in enumerate(quotes, 1):
        s, e = _at(text, quoted)
        ss, se = _at(text, speaker)
        qs.append(Quote(f"q{i}", kind, quoted, s, e, Speaker(speaker, ss, se, by_name.get(entity_name))))
    ams = []
    for i, (surface, value, unit, kind) in enumerate(amounts, 1):
        s, e = _at(text, surface)
        ams.append(Amount(f"a{i}", surface, s, e, value, unit, kind))
    evs = []
    for i, (etype, trigger, parts, when, modality) in enumerate(events, 1):
        s, e = _at(text, trigger)
        evs.append(Event(f"v{i}", etype, Trigger(trigger, s, e, trigger.lower()),
                         tuple(Participant(role, by_name[n]) for role, n in parts),
                         time=tx_by_surface.get(when) if when else None, modality=modality))
    article = Article(id=aid, text=text, title=title, published=Published(published, "metadata"),
                      blocks=tuple(blocks), entities=tuple(ents), quotes=tuple(qs), timexes=tuple(tx),
                      amounts=tuple(ams), events=tuple(evs))
    assert article.check_offsets() == [], article.check_offsets()
    return article


def sample_articles() -> list[Article]:
    strike1 = build(
        "test-greve-1", "Grève dans les transports de Valcourt", "2023-03-07",
        ["Les conducteurs de la Régie des transports de Valcourt ont voté mardi une grève illimitée "
         "à partir du 15 mars 2023.",
         "« Nous ne reculerons pas devant la direction », a déclaré Sophie Marchand, secrétaire du "
         "syndicat Force Rail, devant le dépôt de Valcourt.",
         "Selon la direction, 30 % des bus ont déjà été supprimés et la grève coûterait 2 millions "
         "d'euros par semaine. Le maire, Julien Lefort, a appelé les deux parties au dialogue en mars 2023."],
        entities=[("Sophie Marchand", "PER", ["Sophie Marchand"]),
                  ("Régie des transports de Valcourt", "ORG", ["Régie des transports de Valcourt"]),
                  ("Force Rail", "ORG", ["Force Rail"]),
                  ("Valcourt", "LOC", ["Valcourt"]),
                  ("Julien Lefort", "PER", ["Julien Lefort"])],
        quotes=[("direct", "Nous ne reculerons pas devant la direction", "Sophie Marchand", "Sophie Marchand")],
        timexes=[("mardi", "2023-03-07", "DATE"), ("15 mars 2023", "2023-03-15", "DATE"),
                 ("mars 2023", "2023-03", "DATE", 1)],  # the second one: "15 mars 2023" holds the first
        amounts=[("30 %", 30.0, "%", "percent"), ("2 millions d'euros", 2_000_000.0, "EUR", "money")],
        events=[("PROTEST", "grève illimitée", [("source", "Force Rail")], "15 mars 2023", "planned"),
                ("CONSULT", "appelé les deux parties au dialogue", [("source", "Julien Lefort")], "mars 2023",
                 "asserted")],
    )
    strike2 = build(
        "test-greve-2", "Valcourt : accord trouvé après deux semaines de grève", "2023-03-29",
        ["La Régie des transports de Valcourt et le syndicat Force Rail ont signé mercredi un accord "
         "qui met fin à la grève.",
         "« C'est une victoire pour les conducteurs », s'est félicitée Sophie Marchand. "
         "Le maire Julien Lefort a salué « un compromis responsable »."],
        entities=[("Sophie Marchand", "PER", ["Sophie Marchand"]),
                  ("Régie des transports de Valcourt", "ORG", ["Régie des transports de Valcourt"]),
                  ("Force Rail", "ORG", ["Force Rail"]),
                  ("Julien Lefort", "PER", ["Julien Lefort"])],
        quotes=[("direct", "C'est une victoire pour les conducteurs", "Sophie Marchand", "Sophie Marchand"),
                ("partial", "un compromis responsable", "Julien Lefort", "Julien Lefort")],
        timexes=[("mercredi", "2023-03-29", "DATE")],
        events=[("AGREE", "signé", [("source", "Régie des transports de Valcourt"), ("target", "Force Rail")],
                 "mercredi", "asserted")],
    )
    flood = build(
        "test-crue-1", "Crue de la Morvelle : 200 habitants évacués", "2023-05-02",
        ["La préfecture de Haute-Morvelle a fait évacuer 200 habitants lundi après la crue de la Morvelle.",
         "« La situation reste préoccupante », a indiqué le préfet Antoine Roussel, qui attend une décrue "
         "au cours de la semaine."],
        entities=[("Antoine Roussel", "PER", ["Antoine Roussel"]),
                  ("préfecture de Haute-Morvelle", "ORG", ["préfecture de Haute-Morvelle"]),
                  ("Morvelle", "LOC", ["Morvelle"])],
        quotes=[("direct", "La situation reste préoccupante", "Antoine Roussel", "Antoine Roussel")],
        timexes=[("lundi", "2023-05-01", "DATE"), ("au cours de la semaine", "2023-W18", "DATE")],
        amounts=[("200 habitants", 200.0, "habitants", "count")],
        events=[("AID", "évacuer", [("source", "préfecture de Haute-Morvelle")], "lundi", "asserted")],
    )
    return [strike1, strike2, flood]


# Strings that would run or inject markup if any page rendered them raw.
XSS_TITLE = 'Titre <script>window.__pwned=1</script> " onmouseover="window.__pwned=2'
XSS_NAME = 'Jean <img src=x onerror="window.__pwned=3">Piège'


def xss_article() -> Article:
    return build(
        "test-xss-1", XSS_TITLE, "2023-04-10",
        ['Le militant Jean <img src=x onerror="window.__pwned=3">Piège a écrit <script>window.__pwned=4</script> '
         'sur son site lundi.',
         '« Je dis " onmouseover="alert(5)" et </span><b>gras</b> », a déclaré Jean <img src=x '
         'onerror="window.__pwned=3">Piège.'],
        entities=[(XSS_NAME, "PER", [XSS_NAME, XSS_NAME])],
        quotes=[("direct", 'Je dis " onmouseover="alert(5)" et </span><b>gras</b>', XSS_NAME, XSS_NAME)],
        timexes=[("lundi", "2023-04-10", "DATE")],
        events=[("PROTEST", "écrit", [("source", XSS_NAME)], "lundi", "asserted")],
    )


# -- a real server process ------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``chronique serve`` on a free loopback port, in a subprocess, for the duration of a test module."""

    def __init__(self, db_url: str, token: str | None = None, extra_env: dict[str, str] | None = None,
                 warm: bool = False):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if k != "CHRONIQUE_TOKEN"}
        if token:
            env["CHRONIQUE_TOKEN"] = token
        env.update(extra_env or {})
        # stderr goes to a file: a pipe nobody reads would block the server once full.
        self.log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "chronique.cli.main", "serve", "--db", db_url, "--port", str(self.port)]
            + ([] if warm else ["--no-warm"]),  # most test servers never analyse: skip the model
            env=env, stdout=subprocess.PIPE, stderr=self.log, text=True, cwd=REPO)
        self.banner = ""

    def wait(self, timeout: float = 60.0) -> "Server":
        deadline = time.monotonic() + timeout
        self.banner = self.proc.stdout.readline()
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chronique serve exited {self.proc.returncode}: {self.stderr()}")
            try:
                if httpx.get(self.url + "/api/v1/health", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("chronique serve did not answer in time")

    def stderr(self) -> str:
        self.log.seek(0)
        return self.log.read()

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.stderr()


def seed_store(db_url: str, articles: list[Article]) -> None:
    """Store articles through the corpus service (what ``chronique ingest`` does after analysis)."""
    from chronique.corpus import Corpus

    with Corpus.open(db_url) as corpus:
        for article in articles:
            corpus.add_article(article)
