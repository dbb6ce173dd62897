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


CSV_FORMATS = {"csv", "acled-csv"}


def write_output(fmt: str, rows: Iterable, output: str | None, stdout: TextIO, excel: bool = False) -> int:
    """Write rows in ``fmt`` to the file ``output`` (binary formats need one) or to ``stdout``.
    ``excel``: start CSV with a UTF-8 byte-order mark, so spreadsheets read the Arabic right."""
    write = writer(fmt)
    if excel and fmt not in CSV_FORMATS:
        raise HadathError(f"--excel is for CSV formats ({', '.join(sorted(CSV_FORMATS))}), not {fmt}")
    if output is None:
        if fmt in BINARY_FORMATS:
            raise HadathError(f"--format {fmt} writes a binary file: give -o FILE")
        if excel:
            stdout.write("\ufeff")
        return write(rows, stdout)
    if fmt in BINARY_FORMATS:
        with open(output, "wb") as fh:
            return write(rows, fh)
    with open(output, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as fh:
        return write(rows, fh)


def writer(fmt: str) -> Callable:
    try:
        target = FORMATS[fmt]
    except KeyError:
        raise HadathError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}") from None
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)
