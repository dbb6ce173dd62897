"""``hadath eval``: score the pipeline (or given predictions) against gold files."""
from __future__ import annotations

import importlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import click

from hadath.cli.train import cut_options
from hadath.errors import HadathError
from hadath.evaluation import DATASETS
from hadath.evaluation.gold import SPLITS


def _read_predictions(path: str) -> dict[str, list[dict]]:
    preds: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise click.ClickException(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(rec, dict) or "article_id" not in rec:
                raise click.ClickException(f"{path}:{lineno}: a prediction needs an \"article_id\"")
            preds[str(rec["article_id"])].append(rec)
    return preds


def _predict(docs, gazetteer: str | None, options: dict | None = None) -> dict[str, list[dict]]:
    from hadath.cli.common import build, progress
    from hadath.cli.gc_tuning import tune_after_warm_up
    from hadath.export.records import to_record

    pipeline = build(gazetteer, options=options)
    preds: dict[str, list[dict]] = {}
    for gd in progress(docs, total=len(docs), desc="gold docs"):
        doc = pipeline(gd.article)
        tune_after_warm_up()  # once, after the first article: see hadath.cli.gc_tuning
        preds[gd.article.id] = [to_record(e, doc.article, i) for i, e in enumerate(doc.events)]
    return preds


@click.command(name="eval")
@click.argument("gold", nargs=-1)
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False),
              help="Score these event records (JSONL, as written by `extract --format jsonl`) instead of running the pipeline.")
@click.option("--km", type=float, default=10.0, show_default=True, help="Distance within which places agree.")
@click.option("--dataset", type=click.Choice(sorted(DATASETS)),
              help="Score a public data set with its own loader (GOLD is its path).")
@click.option("--limit", type=int, help="With --dataset: only the first N items.")
@click.option("--split", type=click.Choice(list(SPLITS)), default="all", show_default=True,
              help="Score only part of the gold: 'heldout' is every third report in id order (look at it once "
                   "per round), 'dev' the rest; 'clean' is every fourth (a fresh set's part nobody fixes "
                   "against), 'fix' the rest.")
@click.option("--lenient-km", type=float, default=50.0, show_default=True,
              help="Distance within which places agree in the lenient matching.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--gazetteer", type=click.Path(), help="Gazetteer index to use instead of the bundled one.")
@cut_options
@click.option("--calibration", is_flag=True,
              help="Also print a reliability table: bins of event confidence vs. the share matched (lenient).")
@click.option("--errors", is_flag=True,
              help="Also print error kinds, counts only: why records are unmatched, why gold events are "
                   "missed, which kind of actor is taken for which (safe on a held-out split).")
def evaluate(gold: tuple[str, ...], predictions: str | None, km: float, dataset: str | None,
             limit: int | None, split: str, lenient_km: float, as_json: bool, gazetteer: str | None,
             min_confidence: float | None, model: str | None, calibration: bool, errors: bool) -> None:
    """Score event extraction against GOLD files (the worked example's shape: see
    docs/EVAL.md): event precision/recall/F1 in a lenient (coder-to-coder) and a strict
    matching, per-field accuracy, and tables per event type and per country.

    \b
    Examples:
      hadath eval examples/gold.jsonl
      hadath eval ../shared/data/news_dev/reports.jsonl --split dev
      hadath eval gold.jsonl --predictions events.jsonl --json
      hadath eval ../shared/data/news_dev/reports.jsonl --split heldout --errors"""
    if not gold:
        raise click.UsageError("give at least one GOLD file")
    if dataset:
        from hadath.evaluation import DATASETS

        import inspect

        module = importlib.import_module(DATASETS[dataset][0])
        kwargs = {"limit": limit}
        params = inspect.signature(module.evaluate).parameters
        if gazetteer and "gazetteer" in params:
            kwargs["gazetteer"] = gazetteer
        if (min_confidence is not None or model) and "pipeline" in params:
            from hadath.accept.stage import accept_options
            from hadath.cli.common import build

            kwargs["pipeline"] = build(gazetteer, options=accept_options(min_confidence, model))
        result = module.evaluate(Path(gold[0]), **kwargs)
        click.echo(json.dumps(result, ensure_ascii=False, indent=2, default=str))
        return
    from hadath.evaluation.gold import load_gold, select_split
    from hadath.evaluation.score import format_summary, score

    try:
        docs = select_split([d for g in gold for d in load_gold(g)], split)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
    from hadath.accept.stage import accept_options, cut

    if predictions:
        candidates = _read_predictions(predictions)
    else:  # with --calibration the events below the cut are kept (flagged) for the table
        try:
            opts = accept_options(min_confidence, model, keep_rejected=calibration)
        except HadathError as exc:
            raise click.ClickException(str(exc)) from exc
        candidates = _predict(docs, gazetteer, opts)
    preds = {k: cut(v, min_confidence) for k, v in candidates.items()}
    summary = score(docs, preds, km=km, lenient_km=lenient_km).summary()
    table = None
    if calibration:
        from hadath.evaluation.calibration import (expected_calibration_error, matched_confidences,
                                                   reliability)

        table = reliability(matched_confidences(docs, candidates, km, lenient_km))
        summary["calibration"] = {"bins": [vars(b) for b in table],
                                  "expected_calibration_error": expected_calibration_error(table)}
    if errors:
        from hadath.evaluation.errors import error_kinds

        summary["error_kinds"] = error_kinds(docs, preds, km, lenient_km).summary()
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        click.echo(format_summary(summary))
        if table is not None:
            from hadath.evaluation.calibration import format_reliability

            click.echo("\n" + format_reliability(table))
        if errors:
            from hadath.evaluation.errors import format_errors

            click.echo("\n" + format_errors(summary["error_kinds"]))
    sys.stdout.flush()
