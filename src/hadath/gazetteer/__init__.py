"""Gazetteer: an SQLite place index (bundled base + user lists), lookups and disambiguation.

``open_gazetteer(path=None)`` returns the process-wide :class:`Gazetteer` for a base index
(None = the bundled one, built on first use into the cache dir) merged with the user index.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from hadath.gazetteer.store import Gazetteer, Hit, PlaceRecord, haversine_km

__all__ = ["Gazetteer", "Hit", "PlaceRecord", "haversine_km", "open_gazetteer"]

_OPEN: dict[tuple[str, str], Gazetteer] = {}
_LOCK = threading.Lock()


@lru_cache(maxsize=8)
def _default_base_path(cache: str) -> Path:
    """Where the bundled base index lives in the cache dir ``cache``: its name hashes the 7 MB
    of shipped rows (about 24 ms), so it is worked out once per process and cache dir, not on
    every open_gazetteer() call (each pipeline built, each API place lookup); ensure_base
    still checks that the file is there."""
    from hadath.gazetteer.build import base_index_path
    return base_index_path()


def open_gazetteer(path: str | Path | None = None, user: str | Path | None | bool = True) -> Gazetteer:
    """The gazetteer for a base index path (None = bundled), cached per process.

    ``user``: True = the default user index (if it exists), a path, or False for none.
    """
    from hadath.gazetteer.build import cache_dir, ensure_base, user_index_path
    base = Path(path) if path else ensure_base(_default_base_path(str(cache_dir())))
    if user is True:
        user_path = user_index_path()
    elif user:
        user_path = Path(user)
    else:
        user_path = None
    key = (str(base), str(user_path) if user_path and user_path.exists() else "")
    with _LOCK:
        gz = _OPEN.get(key)
        if gz is None:
            paths = [base] + ([user_path] if key[1] else [])
            gz = _OPEN[key] = Gazetteer(paths)
    return gz


def clear_cache() -> None:
    with _LOCK:
        _OPEN.clear()
