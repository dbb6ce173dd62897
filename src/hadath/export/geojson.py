"""A GeoJSON FeatureCollection; events without coordinates get a null geometry."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from hadath.export.records import numbered, to_record
from hadath.types import Article, Event


def write_geojson(rows: Iterable[tuple[Event, Article | None]], fh: TextIO) -> int:
    fh.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for i, (event, article) in numbered(rows):
        rec = to_record(event, article, i)
        geom = None
        if rec["latitude"] is not None and rec["longitude"] is not None:
            geom = {"type": "Point", "coordinates": [rec["longitude"], rec["latitude"]]}
        feature = {"type": "Feature", "id": rec["event_id_cnty"], "geometry": geom, "properties": rec}
        fh.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    fh.write("\n]}\n")
    return n
