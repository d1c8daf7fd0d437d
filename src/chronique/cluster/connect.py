"""Starting a local Ray cluster or joining one, and Ray Data's settings for a Chronique run."""

from __future__ import annotations

import logging
import os
import warnings

from ..errors import UsageError
from ..extras import require

# Ray Data merges what a task yields into blocks of up to this size (default 128 MB) before passing
# them on: a whole JSON-lines file would leave its reading task as one block, for one actor, and an
# actor's results would reach the writer only when its task ends. At ~4 KB per raw article and
# ~40 KB per analysed one, 32 KB keeps blocks of a few inputs and one result: the pool
# shares the work from the start and the writer follows the actors.
TARGET_BLOCK_BYTES = 32 * 1024
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
                # Ray runs its workers at niceness 15; on a machine shared with other work that would
                # starve the actors behind everything else, unlike the local engine's processes.
                os.environ.setdefault("RAY_worker_niceness", "0")
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
    ctx.target_max_block_size = TARGET_BLOCK_BYTES
    logging.getLogger("ray.data").setLevel(RAY_LOG_LEVEL)
    # Ray Data counts the reading stage's input names, not the blocks each name yields: a single file
    # does spread over the whole pool, whatever this warning says.
    warnings.filterwarnings("ignore", message="The minimum number of concurrent actors", category=UserWarning)
