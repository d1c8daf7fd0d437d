"""Events across articles: mentions of one event merged into one global event.

Two mentions are the same event when they have the same type (and mode, when both have one,
unless they fall on the same day with the same two actors: modes are fine labels that reports
of one event word differently: "entretenu par téléphone", "l'entretien"),
compatible modalities (a planned event later reported as done is the same event), overlapping
actors and compatible times: their spans overlap, or, when one is undated, the undated report
falls close to the other's time. Candidates come from the participants index, never a scan.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import Article, Event
from ..store import Store
from ..timex import Interval, day_interval, parse_timex

# An undated mention matches an event whose time (or first report) is at most this many days
# from the mention's publication: a report of "the phone call" without a date is news of the week.
UNDATED_WINDOW_DAYS = 7
# Candidate events read per mention (most recent first).
MAX_CANDIDATES = 50
# One actor's latest events of one type: an index search on (entity, event) read backwards.
ACTOR_EVENTS_SQL = ("SELECT DISTINCT ep.event_id FROM event_participants ep JOIN events e ON e.id = ep.event_id "
                    f"WHERE ep.entity_id = ? AND e.type = ? ORDER BY ep.event_id DESC LIMIT {MAX_CANDIDATES}")
# Modalities that can describe one real event at different times.
REALIS_GROUP = {"asserted": "real", "planned": "real", "attempted": "real", "negated": "negated",
                "hypothetical": "hypothetical"}


@dataclass
class MentionInfo:
    event: Event
    participants: list[tuple[int, str]]   # (global entity, role)
    place: int | None
    time_value: str | None
    span: Interval | None
    published: str | None


def mention_info(article: Article, event: Event, entity_map: dict[str, int]) -> MentionInfo:
    parts = [(entity_map[p.entity], p.role) for p in event.participants if p.entity in entity_map]
    time_value = None
    if event.time:
        timex = next((t for t in article.timexes if t.id == event.time), None)
        time_value = timex.value if timex else None
    place = entity_map.get(event.place) if event.place else None
    return MentionInfo(event, list(dict.fromkeys(parts)), place, time_value, parse_timex(time_value),
                       article.published.value)


class EventLinker:
    def __init__(self, store: Store):
        self.store = store

    def link(self, info: MentionInfo) -> int:
        """The global event for this mention (merged or new); records participants."""
        gid = self._match(info)
        ev = info.event
        if gid is None:
            gid = self.store.insert(
                "INSERT INTO events (type, mode, modality, was_planned, time_value, t_start, t_end, place_id, "
                "n_mentions, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id",
                (ev.type, ev.mode, ev.modality, int(ev.modality == "planned"), info.time_value,
                 info.span.start if info.span else None, info.span.end if info.span else None, info.place,
                 info.published, info.published))
        else:
            self._update(gid, info)
        self.store.executemany("INSERT INTO event_participants (event_id, entity_id, role) VALUES (?, ?, ?) "
                               "ON CONFLICT DO NOTHING", [(gid, e, r) for e, r in info.participants])
        self.store.execute("UPDATE events SET n_mentions = n_mentions + 1 WHERE id = ?", (gid,))
        return gid

    def _match(self, info: MentionInfo) -> int | None:
        actors = {e for e, _ in info.participants}
        if not actors:
            return None
        # The latest MAX_CANDIDATES events of this type with any of the actors: the latest of each
        # actor's (read backwards from the participants index), then the latest of those. One query
        # over all the actors would read every event of the type, as many as the store holds.
        # Every actor's look-up in one statement (each keeps its own ORDER BY … LIMIT).
        union = " UNION ALL ".join(f"SELECT l{i}.event_id FROM ({ACTOR_EVENTS_SQL}) l{i}" for i in range(len(actors)))
        ids = {int(r["event_id"]) for r in self.store.query(
            union, [x for actor in sorted(actors) for x in (actor, info.event.type)])}
        latest = sorted(ids, reverse=True)[:MAX_CANDIDATES]
        if not latest:
            return None
        marks = ",".join("?" * len(latest))
        rows = self.store.query(
            f"SELECT e.id, e.type, e.mode, e.modality, e.t_start, e.t_end, e.first_seen, e.last_seen "
            f"FROM events e WHERE e.id IN ({marks}) ORDER BY e.id DESC", latest)
        best: tuple[tuple, int] | None = None
        rows = [r for r in rows if self._compatible(info, r)]
        # the participants of every compatible candidate in one read
        participants: dict[int, set[int]] = {}
        if rows:
            marks = ",".join("?" * len(rows))
            for x in self.store.query(f"SELECT event_id, entity_id FROM event_participants WHERE event_id IN ({marks})",
                                      [r["id"] for r in rows]):
                participants.setdefault(int(x["event_id"]), set()).add(x["entity_id"])
        for r in rows:
            theirs = participants.get(int(r["id"]), set())
            shared = len(actors & theirs)
            need = min(2, len(actors), len(theirs))
            same_day = bool(info.span and info.span.days == 1 and r["t_start"] == r["t_end"] == info.span.start)
            if same_day:
                need = 1   # same type on the same day: one shared actor is enough evidence
            if self._mode_conflict(info, r) and not (same_day and shared >= 2):
                continue   # modes disagree: only the same day and the same two actors outweigh that
            if shared < need:
                continue
            tight = 0
            stored = Interval.from_bounds(r["t_start"], r["t_end"])
            if info.span and stored:
                tight = -stored.days
            key = (shared, tight, r["id"])
            if best is None or key > best[0]:
                best = (key, int(r["id"]))
        return best[1] if best else None

    @staticmethod
    def _compatible(info: MentionInfo, r: dict) -> bool:
        ev = info.event
        if ev.type == "OTHER" and ev.mode != r["mode"]:
            return False
        if REALIS_GROUP.get(ev.modality) != REALIS_GROUP.get(r["modality"]):
            return False
        stored = Interval.from_bounds(r["t_start"], r["t_end"])
        if info.span and stored:
            return info.span.overlaps(stored)
        # One side undated: compare the dated side (or the first report) with the other's date.
        here = info.span or day_interval(info.published)
        there = stored or Interval.from_bounds(r["first_seen"], r["last_seen"])
        if here is None or there is None:
            return False
        return here.days_apart(there) <= UNDATED_WINDOW_DAYS

    @staticmethod
    def _mode_conflict(info: MentionInfo, r: dict) -> bool:
        """Both reports give a mode (phone, meeting, visit…) and they differ."""
        return bool(info.event.mode and r["mode"] and info.event.mode != r["mode"])

    def _update(self, gid: int, info: MentionInfo) -> None:
        row = self.store.one("SELECT modality, was_planned, t_start, t_end, mode, place_id, first_seen, last_seen "
                             "FROM events WHERE id = ?", (gid,))
        if row is None:
            return
        modality, was_planned = row["modality"], row["was_planned"]
        new = info.event.modality
        if new == "planned" or modality == "planned":
            was_planned = 1
        if modality == "planned" and new in ("asserted", "attempted"):
            modality = new   # reported later as done
        t_start, t_end, value = row["t_start"], row["t_end"], None
        stored = Interval.from_bounds(t_start, t_end)
        if info.span and (stored is None or info.span.days < stored.days):
            t_start, t_end, value = info.span.start, info.span.end, info.time_value
        first = min(filter(None, [row["first_seen"], info.published]), default=None)
        last = max(filter(None, [row["last_seen"], info.published]), default=None)
        self.store.execute(
            "UPDATE events SET modality = ?, was_planned = ?, t_start = ?, t_end = ?, "
            "time_value = COALESCE(?, time_value), mode = COALESCE(mode, ?), place_id = COALESCE(place_id, ?), "
            "first_seen = ?, last_seen = ? WHERE id = ?",
            (modality, was_planned, t_start, t_end, value, info.event.mode, info.place, first, last, gid))
