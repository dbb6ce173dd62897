"""``hadath train``: fit the acceptance model on gold files (and a team's reviews in a store)."""
from __future__ import annotations

import hashlib
import json
import sys
from typing import Any

import click

from hadath.errors import HadathError


def cut_options(f):
    """--min-confidence and --model, shared by `hadath extract` and `hadath eval`."""
    f = click.option("--model", "model", type=click.Path(exists=True, dir_okay=False),
                     help="Acceptance model file (from `hadath train`) instead of the bundled one.")(f)
    return click.option("--min-confidence", type=click.FloatRange(0.0, 1.0),
                        help="Drop events whose confidence is lower (default: the acceptance model's own; "
                             "0 keeps all).")(f)


@click.command()
@click.argument("gold", nargs=-1)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="Where to write the model file (JSON).")
@click.option("--db", help="Also learn from the reviews in this store (accepted/corrected events are gold, "
                           "rejected ones negatives).")
@click.option("--folds", type=click.IntRange(2, 20), default=5, show_default=True,
              help="Cross-validation folds (grouped by report).")
@click.option("--review-weight", type=click.FloatRange(0.0, min_open=True), default=1.0, show_default=True,
              help="Weight of a reviewed candidate against one from a gold file.")
@click.option("--gazetteer", type=click.Path(), help="Gazetteer index to use instead of the bundled one.")
@click.option("--extra-gold", "extra", multiple=True, envvar="HADATH_EXTRA_GOLD", metavar="PATH[:SPLIT]",
              help="More gold files, after the GOLD arguments (repeatable; from the environment: "
                   "HADATH_EXTRA_GOLD, paths separated by spaces).")
@click.option("--json", "as_json", is_flag=True, help="Print the cross-validation report as JSON.")
def train(gold: tuple[str, ...], output: str, db: str | None, folds: int, review_weight: float,
          gazetteer: str | None, extra: tuple[str, ...], as_json: bool) -> None:
    """Fit the acceptance model on GOLD files (hadath eval's format) and write it to OUTPUT.

    Runs the pipeline without its `accept` stage over the gold reports, labels each candidate
    event 1 when the lenient (coder-to-coder) matching pairs it with a gold event, else 0, fits a
    logistic regression with grouped cross-validation, calibrates it and picks the minimum
    confidence that maximizes cross-validated lenient F1. A GOLD argument may name a split of
    its file: PATH:dev or PATH:heldout (every third report by id; the same split as
    `hadath eval --split`), or PATH:fix / PATH:clean (a fresh coded set's parts: every fourth
    report by id is clean, never to train on). Needs scikit-learn (pip install 'hadath[train]').

    \b
    Examples:
      hadath train ../shared/data/news_dev/reports.jsonl:dev examples/gold.jsonl -o accept.json
      hadath train examples/gold.jsonl --db hadath.sqlite -o accept.json
      HADATH_EXTRA_GOLD="pool.jsonl more.jsonl" hadath train examples/gold.jsonl -o accept.json
      hadath extract reports.jsonl --model accept.json"""
    from hadath.accept.dataset import candidate_pipeline, gold_reports, label, review_reports
    from hadath.accept.model import write_model
    from hadath.accept.train import train as fit_model
    from hadath.cli.common import progress

    gold = _unique(gold + extra)
    if not gold and not db:
        raise click.UsageError("give at least one GOLD file or --db")
    clash = _name_clash(gold)
    if clash:
        raise click.UsageError(f"two gold files are both named {clash}: reports are told apart by the "
                               "file name (rename one)")
    try:
        reports = gold_reports(gold)
        if db:
            from hadath.store import open_store

            with open_store(db, create=False) as store:
                reports += review_reports(store)
        pipeline = candidate_pipeline(gazetteer)
        failed: list[str] = []

        def on_error(rep, exc) -> None:
            failed.append(rep.key)
            click.echo(f"error: {rep.key}: extraction failed: {exc}", err=True)

        labelled = label(list(progress(reports, total=len(reports), desc="gold reports")), pipeline, on_error)
        model, cv = fit_model(labelled, folds=folds, review_weight=review_weight)
        if extra:
            from hadath.accept.train import file_checks

            cv["extra_files"] = {name: file_checks(labelled, name, folds=folds) for name in _names(extra)
                                 if any(r.origin == name for r in labelled)}
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
    meta: dict[str, Any] = {
        "trained_on": _provenance(gold, db, labelled),
        "cv": cv,
        "created_by": "hadath train " + " ".join(_shown(gold)) + (" --db STORE" if db else ""),
    }
    from dataclasses import replace

    model = replace(model, meta=meta)
    digest = hashlib.sha256(json.dumps(model.to_json(), sort_keys=True).encode()).hexdigest()[:12]
    model = replace(model, model_version=f"accept-1-{digest}")
    write_model(model, output)
    if as_json:
        click.echo(json.dumps({"model_version": model.model_version, **cv}, indent=2))
    else:
        click.echo(format_report(model.model_version, cv, output))
    if failed:
        click.echo(f"{len(failed)} report(s) failed and were left out", err=True)
        sys.exit(1)


def _unique(gold: tuple[str, ...]) -> tuple[str, ...]:
    """The gold arguments in order, each once (a file named twice would count its reports twice)."""
    return tuple(dict.fromkeys(g for g in gold if g))


def _name_clash(gold: tuple[str, ...]) -> str | None:
    """A file name that two different gold paths share, if any."""
    from pathlib import Path

    from hadath.accept.dataset import parse_gold_arg

    seen: dict[str, str] = {}
    for g in gold:
        path = parse_gold_arg(g)[0]
        name = Path(path).name
        if seen.setdefault(name, path) != path:
            return name
    return None


def _names(gold: tuple[str, ...]) -> list[str]:
    """The file names of gold arguments, each once."""
    from pathlib import Path

    from hadath.accept.dataset import parse_gold_arg

    return list(dict.fromkeys(Path(parse_gold_arg(g)[0]).name for g in gold))


def _shown(gold: tuple[str, ...]) -> list[str]:
    from pathlib import Path

    from hadath.accept.dataset import parse_gold_arg

    out = []
    for g in gold:
        path, split = parse_gold_arg(g)
        out.append(Path(path).name + ("" if split == "all" else f":{split}"))
    return out


def _provenance(gold: tuple[str, ...], db: str | None, reports) -> dict[str, Any]:
    from hadath.accept.dataset import parse_gold_arg
    from pathlib import Path

    files = []
    for g in gold:
        path, split = parse_gold_arg(g)
        name = Path(path).name
        reps = [r for r in reports if r.origin == name]
        files.append({"file": name, "split": split, "reports": len(reps),
                      "candidates": sum(len(r.labels) for r in reps),
                      "positives": sum(sum(r.labels) for r in reps),
                      "gold_events": sum(len(r.golds) for r in reps)})
    out: dict[str, Any] = {"gold": files}
    if db:
        reps = [r for r in reports if r.origin == "store"]
        out["reviews"] = {"reports": len(reps), "candidates": sum(len(r.labels) for r in reps),
                          "positives": sum(sum(r.labels) for r in reps)}
    return out


def format_report(version: str, cv: dict[str, Any], output: str) -> str:
    fig = cv["figures"]
    lines = [f"model {version} written to {output}",
             f"candidates {cv['candidates']} ({cv['positives']} matched a gold event), "
             f"{cv['folds']}-fold cross-validation grouped by report, C={cv['C']}",
             f"min_confidence {cv['min_confidence']:.2f} (the middle of the cuts within 0.005 of the "
             f"best cross-validated lenient F1; F1 there {cv['lenient_f1_at_cut']:.3f})",
             f"cross-validated figures ({fig['reports']} gold reports)   lenient P / R / F1    strict P / R / F1"]
    parts = [("all", fig)] + sorted((fig.get("by_file") or {}).items())
    for title, part in parts:
        for name in ("before", "after"):
            f = part[name]
            le, st = f["lenient"], f["strict"]
            lines.append(f"  {title[:22]:<22} {name:<6} {f['predicted']:>4} ev  {le[0]:.3f} / {le[1]:.3f} / {le[2]:.3f}"
                         f"   {st[0]:.3f} / {st[1]:.3f} / {st[2]:.3f}")
    if cv.get("curve"):
        lines.append("cut -> cross-validated lenient P / R / F1 (what --min-confidence trades)")
        for c, p, r, f in cv["curve"]:
            if c <= 0.9:
                lines.append(f"  {c:.2f}  {p:.3f} / {r:.3f} / {f:.3f}")
    for name, checks in (cv.get("extra_files") or {}).items():
        for title, part in (("without", checks.get("without")), ("alone", checks.get("alone"))):
            if not part:
                continue
            what = ("a model trained without it, scored on it" if title == "without"
                    else "cross-validated on it alone")
            lines.append(f"{name}: {what} (cut {part['min_confidence']:.2f})")
            for row in ("before", "after"):
                f = part[row]
                le, st = f["lenient"], f["strict"]
                lines.append(f"  {row:<6} {f['predicted']:>4} ev  {le[0]:.3f} / {le[1]:.3f} / {le[2]:.3f}"
                             f"   {st[0]:.3f} / {st[1]:.3f} / {st[2]:.3f}")
    lines.append("reliability (out-of-fold): confidence bin, n, mean confidence, observed share matched")
    for low, high, n, mc, obs in cv["reliability"]:
        lines.append(f"  {low:.1f}-{high:.1f} {int(n):>6} {mc:>8.3f} {obs:>8.3f}")
    return "\n".join(lines)
