"""Garbage-collector tuning for the long-running entry points (CLI commands, batch workers).

The library never touches the collector: a process that embeds hadath (the API server, a
notebook) keeps its own settings. A command or worker that extracts many articles calls
:func:`tune_after_warm_up` once its first article is done: by then every lexicon, trie and
gazetteer table is loaded and lives as long as the process, so it is moved out of the
collector's sight (``gc.freeze``), and the first-generation threshold is raised from CPython's
default 700, because one article allocates thousands of short-lived objects.
"""
from __future__ import annotations

import gc

DEFAULT_THRESHOLD = 700     # CPython's default first-generation threshold
THRESHOLDS = (20_000, 20, 20)
_done = [False]


def tune_after_warm_up() -> bool:
    """Freeze what is loaded and raise the thresholds, once per process; leaves thresholds
    someone already tuned alone. True when it acted now."""
    if _done[0]:
        return False
    _done[0] = True
    gc.collect()
    gc.freeze()
    if gc.get_threshold()[0] == DEFAULT_THRESHOLD:
        gc.set_threshold(*THRESHOLDS)
    return True
