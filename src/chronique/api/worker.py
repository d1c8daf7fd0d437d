"""The analysis worker process of the server: analyses run there, never in the server process.

A parse holds a core (and, in Python, the interpreter lock) for up to several seconds; in a child
process it leaves the server's threads free to answer readers. And a thread cannot be stopped,
a process can: an analysis past its time limit is ended by killing the worker, whose successor
starts (and loads the language model) on the next call.

``WorkerProcess.call(func, *args, timeout=...)`` runs ``func(*args)`` there and returns its result
or raises its exception; ``func`` and its arguments must pickle (top-level functions, plain data).
One call at a time: callers wait their turn on a lock, within the same time limit.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from typing import Any, Callable

log = logging.getLogger(__name__)

# How long a worker gets to exit when the server stops before it is killed.
STOP_GRACE_S = 2.0
# The worker's scheduling priority below the server's (``os.nice``): on a busy machine the readers'
# requests get the cores first and an analysis takes what is left.
ANALYSIS_NICENESS = 10


class WorkerTimeout(Exception):
    """The call did not finish within its time limit (``started``: whether it had begun to run,
    in which case the worker was killed)."""

    def __init__(self, started: bool):
        super().__init__("analysis time limit reached" if started else "no worker free in time")
        self.started = started


class WorkerProcess:
    def __init__(self, warm: Callable[[], Any] | None = None):
        self._warm = warm  # run first in every new worker (loading the model), picklable
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._lock = threading.Lock()
        self._process = None
        self._conn = None
        self.restarts = 0

    # -- life cycle ------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker now (it loads what ``warm`` loads) unless one is running."""
        with self._lock:
            self._ensure_started()

    def _ensure_started(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self._discard()
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(target=_serve, args=(child, self._warm), name="chronique-analysis", daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent

    def _discard(self) -> None:
        process, conn, self._process, self._conn = self._process, self._conn, None, None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join()

    def close(self) -> None:
        """Stop the worker (a running call is cut short)."""
        acquired = self._lock.acquire(timeout=STOP_GRACE_S)
        try:
            conn, process = self._conn, self._process
            if conn is not None and acquired:
                try:
                    conn.send(None)  # a clean exit
                    process.join(STOP_GRACE_S)
                except (OSError, ValueError):
                    pass
            self._discard()
        finally:
            if acquired:
                self._lock.release()

    # -- calls -----------------------------------------------------------------------------------
    def call(self, func: Callable[..., Any], *args: Any, timeout: float) -> Any:
        """``func(*args)`` in the worker; ``WorkerTimeout`` when it has not returned within
        ``timeout`` seconds (counted from now: waiting for the worker is part of it)."""
        deadline = time.monotonic() + timeout
        if not self._lock.acquire(timeout=max(0.0, timeout)):
            raise WorkerTimeout(started=False)
        try:
            self._ensure_started()
            try:
                self._conn.send((func, args))
                ready = self._conn.poll(max(0.0, deadline - time.monotonic()))
                ok, value = self._conn.recv() if ready else (None, None)
            except (EOFError, OSError) as err:  # the worker died (killed from outside, out of memory)
                self._discard()
                raise RuntimeError(f"the analysis worker stopped: {err or type(err).__name__}") from None
            if not ready:
                log.warning("analysis over its %.0f s time limit: stopping the worker", timeout)
                self._discard()
                self.restarts += 1
                self._ensure_started()  # its successor warms up (loads the model) while idle
                raise WorkerTimeout(started=True)
        finally:
            self._lock.release()
        if ok:
            return value
        raise value


def _serve(conn, warm: Callable[[], Any] | None) -> None:
    """The worker's loop: calls in, ``(ok, result or exception)`` out, until ``None`` or EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops its worker
    try:
        os.nice(ANALYSIS_NICENESS)
    except (OSError, AttributeError):  # not permitted, or no os.nice (Windows): same priority as the server
        pass
    if warm is not None:
        try:
            warm()
        except Exception:  # noqa: BLE001 - the first call reports the problem with its own error
            logging.getLogger(__name__).exception("warming the analysis worker failed")
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if message is None:
            return
        func, args = message
        try:
            reply = (True, func(*args))
        except Exception as err:  # noqa: BLE001 - every failure goes back to the caller
            reply = (False, err)
        try:
            conn.send(reply)
        except Exception as err:  # noqa: BLE001 - an exception or result that does not pickle
            conn.send((False, RuntimeError(f"{type(err).__name__}: {err}")))
