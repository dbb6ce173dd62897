"""The ingest's progress on standard error: extraction, then each stage of the merge, each with
a total (so a rate and an ETA) when one is known.

Extraction's total comes from the inputs (:func:`hadath.ingest.totals.input_totals`): counted
for JSONL, feeds, text and HTML files, estimated for WARC/ARC archives from the bytes read so far
and refined as they are read. The merge reports its stages (reading events, embedding texts,
grouping pairs, summarizing, writing) through :attr:`hadath.dedupe.merge.MergeConfig.progress`,
each shown as its own bar.
"""
from __future__ import annotations

import sys
from typing import Iterable

from hadath.ingest.totals import InputTotals, StreamMeter


UNITS = {"reading": " events", "embedding": " texts", "grouping": " pairs", "summarizing": " groups",
         "writing": " events"}


class Progress:
    def __init__(self, enabled: bool | None = None):
        """``enabled``: None shows the bars on a terminal only; False never; True always."""
        self.enabled = enabled
        self.meter = StreamMeter()
        self.totals: InputTotals | None = None
        self.bar = None
        self._stage: str | None = None

    def _new(self, desc: str, total: int | None, unit: str):
        from tqdm import tqdm

        return tqdm(desc=desc, unit=unit, file=sys.stderr, leave=False, total=total, dynamic_ncols=True,
                    disable=None if self.enabled is None else not self.enabled)

    def start(self, inputs: Iterable[str]) -> None:
        """The extraction bar, its total from the inputs when they tell it cheaply."""
        from hadath.ingest.totals import input_totals

        self.totals = input_totals(inputs)
        self.bar = self._new("extract", self.totals.estimate(self.meter) if self.totals else None, " art")

    def tick(self, n: int) -> None:
        bar = self.bar
        if bar is None or not n:
            return
        if self.totals is not None and self.totals.stream_bytes and self._stage is None:
            est = self.totals.estimate(self.meter)
            if est is not None and est != bar.total:
                bar.total = max(est, bar.n + n)
        bar.update(n)

    def stage(self, name: str, done: int, total: int | None) -> None:
        """A merge stage's progress (``MergeConfig.progress``): a new bar for each stage."""
        if self.enabled is False:
            return
        if name != self._stage or self.bar is None:
            self.close()
            self._stage = name
            self.bar = self._new(f"merge: {name}", total, UNITS.get(name, ""))
        elif total is not None and total != self.bar.total:
            self.bar.total = total
        if done > self.bar.n:
            self.bar.update(done - self.bar.n)

    def write(self, msg: str) -> bool:
        """Print above the bar; False when there is no bar."""
        if self.bar is None:
            return False
        self.bar.write(msg, file=sys.stderr)
        return True

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
