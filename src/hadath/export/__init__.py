"""Output formats. Each format is a writer ``write(rows: Iterable[EventRow], fh) -> int``.

``EventRow`` = (Event, Article | None). Formats are looked up by name in :data:`FORMATS`
("module:function", imported lazily) — a plug-in point like datasette's output renderers.
"""
from __future__ import annotations

import importlib
from typing import Callable, Iterable, TextIO

from hadath.errors import HadathError

FORMATS: dict[str, str] = {
    "table": "hadath.export.table:write_table",
    "jsonl": "hadath.export.jsonl:write_jsonl",
    "csv": "hadath.export.acled_csv:write_csv",
    "acled-csv": "hadath.export.acled_csv:write_acled_csv",
    "geojson": "hadath.export.geojson:write_geojson",
    "parquet": "hadath.export.parquet:write_parquet",
}
BINARY_FORMATS = {"parquet"}


def writer(fmt: str) -> Callable:
    try:
        target = FORMATS[fmt]
    except KeyError:
        raise HadathError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)
