"""Starting a local Ray cluster or joining one, and Ray Data's settings for a Chronique run."""

from __future__ import annotations

import logging
import os

from ..errors import UsageError
from ..extras import require

# Ray's own INFO lines (dataset plans, execution summaries) would drown the articles' error lines.
RAY_LOG_LEVEL = logging.WARNING


def connect(address: str | None, processes: int):
    """The ``ray`` module, connected: to ``address`` (``auto``: the cluster ``ray start`` runs on
    this machine; ``ray://HOST:10001``: a remote head through Ray Client), else to a new local
    cluster with one CPU per core (at least one per actor). A session already started by the caller
    (tests, notebooks) is used as it is."""
    ray = require("ray", "ray", "--engine ray")
    if not ray.is_initialized():
        try:
            if address:
                ray.init(address=address, logging_level=RAY_LOG_LEVEL, log_to_driver=False)
            else:
                ray.init(num_cpus=max(os.cpu_count() or 1, processes), include_dashboard=False,
                         logging_level=RAY_LOG_LEVEL, log_to_driver=False)
        except (ConnectionError, RuntimeError, ValueError) as err:
            raise UsageError(f"cannot reach the Ray cluster at {address or 'a new local cluster'}: {err}") from err
    configure_data(ray)
    return ray


def configure_data(ray) -> None:
    """Results in input order (the linking writer and ``analyze`` need it), no progress bars."""
    import ray.data  # noqa: F401 - the extra's data part

    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(RAY_LOG_LEVEL)
