"""Progress with totals for every phase: extraction (an archive's total estimated as it is read)
and each stage of the merge."""
from __future__ import annotations

import json

from hadath.batch import progress as P
from hadath.batch.engine import IngestOptions, ingest
from hadath.dedupe.incremental import merge_store
from hadath.dedupe.merge import MergeConfig
from hadath.store import open_store
from tests.ingest.warcs import arabic_pages, write_warc

from .conftest import STAGES


def _inputs(tmp_path):
    (tmp_path / "in").mkdir()
    lines = [json.dumps({"text": text, "url": f"https://j.example/{i}"}) + "\n"
             for i, (_, html) in enumerate(arabic_pages(4, start=10))
             for text in [html.split("<p>")[1].split("</p>")[0]]]
    (tmp_path / "in" / "a.jsonl").write_text("".join(lines), encoding="utf-8")
    write_warc(tmp_path / "in" / "b.warc.gz", [(u, h, "text/html") for u, h in arabic_pages(8)])
    return str(tmp_path / "in")


def test_every_phase_has_a_total_and_ends_complete(tmp_path, monkeypatch):
    bars: list[tuple[str, int, int | None]] = []
    close = P.Progress.close

    def record(self):
        if self.bar is not None:
            bars.append((self.bar.desc, self.bar.n, self.bar.total))
        close(self)

    monkeypatch.setattr(P.Progress, "close", record)
    rep = ingest([_inputs(tmp_path)], IngestOptions(db=str(tmp_path / "s.sqlite"), stages=STAGES, workers=1,
                                                    semantic=False, progress=True), report=lambda m: None)
    assert rep.read == 12 and rep.failed == 0
    descs = [d for d, _, _ in bars]
    assert descs == ["extract", "merge: reading", "merge: grouping", "merge: summarizing", "merge: writing"]
    for desc, n, total in bars:
        assert total is not None and n == total, (desc, n, total)
    assert bars[0][2] == 12               # 4 counted lines + the archive's 8 pages, estimated then exact


class Judge:
    """A similarity with the semantic judge's hooks: prepare embeds, progress is reported."""

    def __init__(self):
        self.progress = None
        self.prepared: list[str] = []

    def prepare(self, texts):
        texts = list(texts)
        for i in range(len(texts)):
            if self.progress is not None:
                self.progress("embedding", i, len(texts))
        self.prepared += texts
        if self.progress is not None:
            self.progress("embedding", len(texts), len(texts))

    def cached(self, text):
        return False

    def __call__(self, a, b):
        return 1.0


def test_merge_stages_in_order_each_reaching_its_total(tmp_path):
    db = str(tmp_path / "s.sqlite")
    ingest([_inputs(tmp_path)], IngestOptions(db=db, stages=STAGES, workers=1, semantic=False, progress=False,
                                              merge=False), report=lambda m: None)
    calls: list[tuple[str, int, int | None]] = []
    judge = Judge()
    store = open_store(db)
    try:
        # every pair borderline (any distance within 1,000 km is grey), so the judge is asked
        stats = merge_store(store, config=MergeConfig(max_km=0.0, grey_km=1000.0, similarity=judge,
                                                      progress=lambda *a: calls.append(a)))
    finally:
        store.close()
    assert judge.progress is None and judge.prepared          # attached for the merge only
    stages = [c[0] for c in calls]
    order = [s for i, s in enumerate(stages) if i == 0 or stages[i - 1] != s]
    assert order == ["reading", "embedding", "grouping", "summarizing", "writing"]
    last = {s: (d, t) for s, d, t in calls}
    assert all(d == t for d, t in last.values())
    assert last["reading"][1] == stats.loaded and last["writing"][1] == stats.written
