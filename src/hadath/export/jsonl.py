"""One JSON object per event."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from hadath.export.records import numbered, to_record
from hadath.types import Article, Event


def write_jsonl(rows: Iterable[tuple[Event, Article | None]], fh: TextIO) -> int:
    n = 0
    for i, (event, article) in numbered(rows):
        fh.write(json.dumps(to_record(event, article, i), ensure_ascii=False) + "\n")
        n += 1
    return n
