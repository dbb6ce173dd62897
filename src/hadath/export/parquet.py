"""Apache Parquet: ACLED columns in ACLED order, then hadath's. ``fh`` is a binary file object.

Types are fixed (an empty export has the same schema as a full one); ``evidence`` and
``confidence`` are JSON strings, ``flags`` a list of strings.
"""
from __future__ import annotations

import json
from typing import BinaryIO, Iterable

from hadath.export.records import HADATH_COLUMNS, numbered, to_record
from hadath.types import ACLED_COLUMNS, Article, Event

BATCH = 5000


def _schema():
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    types = {"year": i, "time_precision": i, "inter1": i, "inter2": i, "interaction": i, "iso": i,
             "latitude": f, "longitude": f, "geo_precision": i, "fatalities": i, "timestamp": i,
             "fatalities_low": i, "fatalities_best": i, "fatalities_high": i,
             "fatalities_estimate": b, "injuries": i, "flags": pa.list_(s), "event_date": pa.date32()}
    return pa.schema([(c, types.get(c, s)) for c in ACLED_COLUMNS + HADATH_COLUMNS])


def _cell(column: str, value):
    if column in ("evidence", "confidence"):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if column == "event_date" and value is not None:
        from datetime import date
        return date.fromisoformat(value)
    return value


def write_parquet(rows: Iterable[tuple[Event, Article | None]], fh: BinaryIO) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema()
    columns = schema.names
    n = 0
    with pq.ParquetWriter(fh, schema, compression="zstd") as out:
        batch: dict[str, list] = {c: [] for c in columns}
        for i, (event, article) in numbered(rows):
            rec = to_record(event, article, i)
            for c in columns:
                batch[c].append(_cell(c, rec[c]))
            n += 1
            if n % BATCH == 0:
                out.write_table(pa.table(batch, schema=schema))
                batch = {c: [] for c in columns}
        if batch[columns[0]] or n == 0:
            out.write_table(pa.table(batch, schema=schema))
    return n
