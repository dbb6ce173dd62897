"""The ``reconcile`` stage: one record per act, day, place and actor pair (hadath.reconcile.rules)."""
from __future__ import annotations

from typing import ClassVar

from hadath.events.handover import strip
from hadath.reconcile.area_spread import spread_regions
from hadath.reconcile.headline import fold_lead
from hadath.reconcile.rules import STALE_DAYS, reconcile
from hadath.types import Doc


def reference_date(doc: Doc):
    """What "before publication" is measured from: the publication date, else the date the
    text itself states (the dates stage's dateline or reference mention)."""
    if doc.article.published is not None:
        return doc.article.published
    for m in doc.mentions:
        if m.kind in ("dateline", "reference") and getattr(m.value, "date", None) is not None:
            return m.value.date
    return None


KICKER_WORDS = 2  # a headline's kicker before its own sentence mark (ليبيا... مقتل 9 في اشتباكات)


def _lead_end(doc: Doc) -> int | None:
    """Where the report's first sentence ends (a character offset), None for one sentence. A
    first sentence of at most ``KICKER_WORDS`` words followed on the same line by more (ليبيا...
    مقتل 9 وإصابة 16 في اشتباكات بشرق طرابلس) is a headline's kicker: the lead runs on."""
    toks, n = doc.tokens, len(doc.tokens)
    i = 0
    while i < n:
        j = i
        while j < n and toks[j].sentence == toks[i].sentence:
            j += 1  # (tokens [i, j) are one sentence)
        if j == n:
            return None  # (the last sentence: nothing after the lead)
        if sum(t.kind == "word" for t in toks[i:j]) > KICKER_WORDS \
                or "\n" in doc.article.text[toks[j - 1].end:toks[j].start]:
            return toks[j - 1].end
        i = j
    return None


class ReconcileStage:
    name: ClassVar[str] = "reconcile"
    requires: ClassVar[tuple[str, ...]] = ("events", "events:geo")
    assigns: ClassVar[tuple[str, ...]] = ("events:reconciled",)

    def __init__(self, config=None) -> None:
        options = getattr(config, "options", None) or {}
        self.keep_undated = bool(options.get("keep_undated", False))
        self.stale_days = options.get("stale_days", STALE_DAYS)
        self.keep_country_level = bool(options.get("keep_country_level", False))

    def __call__(self, doc: Doc) -> Doc:
        if not doc.events:
            return doc
        events = tuple(fold_lead(reconcile(doc.events, reference_date(doc), self.keep_undated, self.stale_days,
                                           self.keep_country_level, doc.text), _lead_end(doc), doc.text))
        events = spread_regions(events, doc.tokens)  # (after the folds: only the precision changes)
        return doc.with_events(strip(events))  # (no hand-over mark goes on: hadath.events.handover)
