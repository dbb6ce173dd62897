"""Lazy, cached access to the package's language data files (``hadath/data``).

Every lexicon key passes through :func:`hadath.text.normalize.normalize_key` on load, the same
normalizer the text goes through, so a lexicon can never silently miss plain text.
"""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from hadath.errors import DataError


def data_path(name: str) -> Path:
    """Path of a bundled data file, e.g. ``data_path("lexicons/triggers.tsv")``."""
    p = Path(str(resources.files("hadath") / "data" / name))
    if not p.exists():
        raise DataError(f"bundled data file missing: {name} (looked in {p})")
    return p


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    path = data_path(name)
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not valid JSON: {exc}") from exc


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line; lines starting with # are comments."""
    path = data_path(name)
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for i, row in enumerate(reader, start=2):
        if None in row:
            raise DataError(f"{path}: row {i} has more cells than the header")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return tuple(rows)


@lru_cache(maxsize=None)
def word_roles(name: str) -> dict[str, frozenset[str]]:
    """A ``word<TAB>role`` table (e.g. lexicons/function_words.tsv) as role -> normalized words."""
    from hadath.text.normalize import normalize_key

    out: dict[str, set[str]] = {}
    for row in load_tsv(name):
        if not row.get("word") or not row.get("role"):
            raise DataError(f"{data_path(name)}: a row needs a word and a role: {row}")
        out.setdefault(row["role"], set()).add(normalize_key(row["word"]))
    return {k: frozenset(v) for k, v in out.items()}
