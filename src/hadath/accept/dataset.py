"""Training examples for the acceptance model: candidate events labelled against gold.

A report's candidates are the events of the pipeline *without* the ``accept`` stage, as
records (:func:`hadath.export.records.to_record`, the shape ``hadath eval`` scores). A
candidate is labelled 1 when the evaluation's lenient (coder-to-coder) matching pairs it with a
gold event, else 0.

Reviews in a store are gold too (:func:`review_reports`): accepted and corrected events are gold
events with their corrected fields; a candidate that pairs with none of them but restates a
rejected event (same type, lenient agreement) is a negative; a candidate that matches neither
(an event nobody reviewed) carries no label and is left out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from hadath.errors import HadathError
from hadath.evaluation.gold import SPLITS, GoldDoc, load_gold, select_split
from hadath.types import Article

REVIEWED = ("accepted", "corrected", "rejected")


@dataclass
class Report:
    """One report's labelled candidates."""
    article: Article
    origin: str                                  # gold file (or store) it came from
    golds: list[dict[str, Any]]                  # gold events (positives)
    rejected: list[dict[str, Any]] = field(default_factory=list)  # reviewed negatives (store)
    gold_doc: GoldDoc | None = None              # for hadath.evaluation.score (gold files only)
    records: list[dict[str, Any]] = field(default_factory=list)
    features: list[dict[str, float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.origin}#{self.article.id}"


def parse_gold_arg(arg: str) -> tuple[str, str]:
    """``PATH`` or ``PATH:SPLIT`` (SPLIT: all | dev | heldout | fix | clean) -> (path, split)."""
    head, sep, tail = arg.rpartition(":")
    if sep and tail in SPLITS and head:
        return head, tail
    return arg, "all"


def gold_reports(args: Iterable[str]) -> list[Report]:
    """Reports of the gold files; each file's split is taken within that file alone (so the
    held-out part of a file is the one ``hadath eval FILE --split heldout`` scores; ``fix`` and
    ``clean`` are a fresh set's parts, :func:`hadath.evaluation.gold.select_split`)."""
    out: list[Report] = []
    for arg in args:
        path, split = parse_gold_arg(arg)
        docs = load_gold(path)
        for d in select_split(docs, split):
            out.append(Report(d.article, Path(path).name, [dict(e) for e in d.events], gold_doc=d))
    return out


def review_reports(store) -> list[Report]:
    """Reports with reviewed events in a store (read through its public API)."""
    records = store.events(status=list(REVIEWED))
    by_article: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        by_article.setdefault(str(r["article_id"]), []).append(r)
    articles: dict[str, Article] = {}
    for _ev, art in store.iter_rows(status=list(REVIEWED)):
        articles.setdefault(art.id, art)
    out = []
    for aid in sorted(by_article):
        art = articles.get(aid)
        if art is None:
            continue
        recs = sorted(by_article[aid], key=lambda r: r.get("id") or 0)
        pos = [r for r in recs if r.get("status") in ("accepted", "corrected")]
        neg = [r for r in recs if r.get("status") == "rejected"]
        out.append(Report(art, "store", pos, rejected=neg))
    return out


def candidate_pipeline(gazetteer: str | None = None):
    """The default pipeline without the ``accept`` stage (the candidates it judges)."""
    from hadath.pipeline import CANDIDATE_STAGES, PipelineConfig, build_pipeline

    return build_pipeline(CANDIDATE_STAGES, PipelineConfig(gazetteer=gazetteer))


def label(reports: Sequence[Report], pipeline: Callable,
          on_error: Callable[[Report, Exception], None] | None = None) -> list[Report]:
    """Run the candidate pipeline over each report and label its candidates. A report the
    pipeline fails on is reported through ``on_error`` and left out (or the error raised)."""
    from hadath.accept.features import event_features
    from hadath.export.records import to_record

    done = []
    for rep in reports:
        try:
            doc = pipeline(rep.article)
        except HadathError as exc:
            if on_error is None:
                raise
            on_error(rep, exc)
            continue
        records = [to_record(e, doc.article, i, timestamp=0) for i, e in enumerate(doc.events)]
        feats = event_features(doc)
        labels = _labels(rep, records)
        keep = [i for i, y in enumerate(labels) if y is not None]
        rep.records = [records[i] for i in keep]
        rep.features = [feats[i] for i in keep]
        rep.labels = [int(labels[i]) for i in keep]  # type: ignore[arg-type]
        done.append(rep)
    return done


def _labels(rep: Report, records: list[dict[str, Any]]) -> list[int | None]:
    from hadath.evaluation.score import lenient_agrees, lenient_pairs

    labels: list[int | None] = [0] * len(records)
    for i, _j in lenient_pairs(rep.golds, records):
        labels[i] = 1
    if rep.gold_doc is not None:
        return labels
    for i, rec in enumerate(records):  # store reviews: unreviewed look-alikes carry no label
        if labels[i] == 1:
            continue
        if not any(_same_kind(rec, r) and lenient_agrees(rec, r) for r in rep.rejected):
            labels[i] = None
    return labels


def _same_kind(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return a.get("event_type") == b.get("event_type")
