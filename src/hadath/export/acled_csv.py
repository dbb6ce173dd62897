"""CSV writers: ``acled-csv`` (ACLED columns in ACLED order, then hadath's) and ``csv`` (same)."""
from __future__ import annotations

import csv
from typing import Iterable, TextIO

from hadath.export.records import HADATH_COLUMNS, flat, numbered, to_record
from hadath.types import ACLED_COLUMNS, Article, Event

COLUMNS = ACLED_COLUMNS + HADATH_COLUMNS


def write_acled_csv(rows: Iterable[tuple[Event, Article | None]], fh: TextIO) -> int:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(COLUMNS)
    n = 0
    for i, (event, article) in numbered(rows):
        rec = to_record(event, article, i)
        w.writerow([flat(rec[c]) for c in COLUMNS])
        n += 1
    return n


write_csv = write_acled_csv
