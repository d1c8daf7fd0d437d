"""Progress of a long command on stderr: how many articles of how many, the rate and the time left.

On a terminal, a tqdm bar that reads "chargement du modèle…" until the first article is done
(the language model takes seconds to load); elsewhere (a log file, CI), one line every
``LOG_EVERY_S`` seconds and a last one at the end, so that a long run shows it is alive (a run
shorter than that prints nothing: stderr keeps only its error lines):

    chronique ingest : 120/1 000 articles (12 %), 2,1 art./s, reste environ 7 min
"""

from __future__ import annotations

import sys
import time
from typing import IO, Callable, Iterable, Iterator, TypeVar

from ..lang.fr.format import format_number

T = TypeVar("T")

LOG_EVERY_S = 30.0  # often enough to see a run move, rare enough not to fill a log
LOADING = "chargement du modèle…"


def duration_label(seconds: float) -> str:
    """37 → "37 s"; 420 → "7 min"; 5400 → "1 h 30 min"."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


class Progress:
    """Counts done items of ``total`` (None when unknown) for ``command``; ``update()`` per item."""

    def __init__(self, command: str, total: int | None = None, *, stream: IO[str] | None = None,
                 interactive: bool | None = None, clock: Callable[[], float] = time.monotonic,
                 every_s: float = LOG_EVERY_S):
        self.command, self.total, self.done = command, total, 0
        self.stream = stream if stream is not None else sys.stderr
        self.clock, self.every_s = clock, every_s
        self.started = self.last_log = clock()
        self.first_at: float | None = None
        interactive = self.stream.isatty() if interactive is None else interactive
        self._bar = None
        self.logged = False  # a periodic line was written (non-interactive)
        if interactive:
            from tqdm import tqdm

            self._bar = tqdm(desc=LOADING, total=total, unit=" art.", file=self.stream, leave=False,
                             dynamic_ncols=True)

    def _line(self, text: str) -> None:
        self.stream.write(f"chronique {self.command} : {text}\n")
        self.stream.flush()

    def line(self) -> str:
        """"120/1 000 articles (12 %), 2,1 art./s, reste environ 7 min" (what is known of it)."""
        parts = [f"{format_number(self.done)}/{format_number(self.total)} articles" if self.total is not None
                 else f"{format_number(self.done)} articles"]
        if self.total:
            parts[0] += f" ({round(100 * self.done / self.total)} %)"
        # the rate counts from the first article: the model's load is not analysis time
        if self.first_at is not None and self.done > 1:
            elapsed = self.clock() - self.first_at
            rate = (self.done - 1) / elapsed if elapsed > 0 else 0.0
            if rate > 0:
                parts.append(f"{format_number(rate, 1)} art./s")
                if self.total is not None and self.total > self.done:
                    parts.append(f"reste environ {duration_label((self.total - self.done) / rate)}")
        return ", ".join(parts)

    def update(self, status: str | None = None) -> None:
        self.done += 1
        now = self.clock()
        if self.first_at is None:
            self.first_at = now
            if self._bar is not None:
                self._bar.set_description_str(self.command, refresh=False)
            elif now - self.started >= self.every_s:  # a slow start is said once
                self.last_log, self.logged = now, True
                self._line(f"modèle chargé en {duration_label(now - self.started)}")
        if self._bar is not None:
            self._bar.update(1)
            if status:
                self._bar.set_postfix_str(status, refresh=False)
        elif now - self.last_log >= self.every_s:
            self.last_log, self.logged = now, True
            self._line(self.line())

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self.logged:
            self._line(self.line() + f", fini en {duration_label(self.clock() - self.started)}")

    def wrap(self, items: Iterable[T]) -> Iterator[T]:
        """The items, counting each one; closes at the end."""
        try:
            for item in items:
                self.update()
                yield item
        finally:
            self.close()


def count_inputs(paths: list[str], limit: int | None = None) -> int | None:
    """How many articles ``paths`` hold (read once, not analysed: a second for thousands), at most
    ``limit``; None for standard input, which cannot be read twice."""
    from itertools import islice

    from ..ingest import read_inputs

    if "-" in paths:
        return None
    return sum(1 for _ in islice(read_inputs(paths), limit))


__all__ = ["LOADING", "Progress", "count_inputs", "duration_label"]
