"""Totals for a progress bar's ETA: how many articles the inputs hold, and for archives (read
as streams, their article count unknown until read) an estimate from the bytes read so far.

Counted cheaply: JSONL lines, feed entries, one article per text/HTML file (gzip undone slice by
slice, so a bomb never expands in memory). WARC/ARC archives are measured by their size on
disk: while they are read, :class:`StreamMeter` follows the bytes read and the articles they
gave, and :meth:`InputTotals.estimate` extrapolates to the rest (exact once they are read).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator


class StreamMeter:
    """Bytes read from the archives so far (their file positions) and the articles they gave."""

    def __init__(self) -> None:
        self.items = 0
        self.done = 0
        self._pos: dict[str, int] = {}

    def seen(self, name: str, pos: int) -> None:
        old = self._pos.get(name, 0)
        if pos > old:
            self._pos[name] = pos
            self.done += pos - old


@dataclass
class InputTotals:
    articles: int = 0        # counted in the inputs that tell cheaply
    stream_bytes: int = 0    # size of the archives, whose articles are counted as they are read

    def estimate(self, meter: StreamMeter | None = None) -> int | None:
        """Articles expected in all: the counted ones, the archives' articles read so far and,
        for the archive bytes not read yet, as many per byte as so far; None before any
        archive byte was read."""
        if not self.stream_bytes:
            return self.articles
        if meter is None or meter.done <= 0:
            return None
        rest = max(0, self.stream_bytes - meter.done)
        return self.articles + meter.items + round(rest * meter.items / meter.done)


def input_totals(paths: Iterable[str], max_scan: int | None = None) -> InputTotals | None:
    """The inputs' :class:`InputTotals`; None when some input tells nothing cheaply (standard
    input, a single JSON document, more than ``max_scan`` bytes to count: default, the limit
    for one input)."""
    from hadath.ingest import MAX_BYTES, READERS, _peek, expand, sniff

    totals = InputTotals()
    max_scan = MAX_BYTES if max_scan is None else max_scan
    for name in expand(paths):
        if name == "-":
            return None
        base = name[:-3] if name.endswith(".gz") else name
        suffix = Path(base).suffix.lower()
        try:
            target = READERS.get(suffix) or sniff(_peek(name)) or "text"
            if target.endswith("read_warc"):
                totals.stream_bytes += os.path.getsize(name)
                continue
            if suffix == ".json":
                return None
            found = _count_one(name, target, max_scan)
        except (OSError, EOFError):
            if not os.path.exists(name):
                continue  # reported as missing by the reader
            return None
        except Exception:  # a damaged gzip: the reader reports it; no total
            return None
        if found is None:
            return None
        totals.articles += found
    return totals


_FEED_ITEM = re.compile(rb"<(?:item|entry)[\s>]")


def _blocks(name: str, max_scan: int) -> Iterator[bytes]:
    """The file's bytes in blocks of at most 1 MB, gzip undone slice by slice (a bomb never
    expands in memory); OSError past ``max_scan`` bytes."""
    import zlib

    seen = 0
    with open(name, "rb") as fh:
        unzip = zlib.decompressobj(16 + zlib.MAX_WBITS) if name.endswith(".gz") else None
        while raw := fh.read(1 << 20):
            while raw:
                if unzip is None:
                    block, raw = raw, b""
                else:
                    block, raw = unzip.decompress(raw, 1 << 20), unzip.unconsumed_tail
                seen += len(block)
                if seen > max_scan:
                    raise OSError("too long to count")
                yield block


def _count_one(name: str, target: str, max_scan: int) -> int | None:
    if target.endswith("read_jsonl"):
        n, last = 0, b"\n"
        for block in _blocks(name, max_scan):
            if block:
                n += block.count(b"\n")
                last = block[-1:]
        return n + (last != b"\n")
    if target.endswith("read_feed"):  # entries, counted by their tags
        tail, n = b"", 0
        for block in _blocks(name, max_scan):
            n += len(_FEED_ITEM.findall(tail + block))
            tail = block[-8:] if not _FEED_ITEM.search(block[-8:]) else b""
        return n
    return 1
