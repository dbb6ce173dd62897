"""``hadath extract``: read reports, print or write event records."""
from __future__ import annotations

import sys

import click

from hadath.cli.common import (ErrorLog, articles, build, lexicon_dir_option, parse_date_option,
                               progress, use_lexicons)
from hadath.cli.gc_tuning import tune_after_warm_up
from hadath.cli.train import cut_options
from hadath.errors import HadathError
from hadath.export import BINARY_FORMATS, FORMATS, write_output


EXAMPLES = """
\b
Examples:
  hadath extract report.txt --published 2022-12-29         # a table fitted to the terminal
  hadath extract reports.jsonl --format acled-csv -o events.csv
  hadath extract reports.jsonl --format csv --excel -o events.csv   # opens right in Excel
  hadath extract corpus/ --format geojson -o events.geojson --db hadath.sqlite
  cat report.txt | hadath extract - --published 2024-03-14
  hadath extract report.txt --lexicon-dir my-lexicons/   # with user actors, triggers ...
"""


@click.command(epilog=EXAMPLES)
@click.argument("inputs", nargs=-1)
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of standard output.")
@click.option("--db", help="Also store articles and events (SQLite path or postgresql:// URL).")
@click.option("--gazetteer", type=click.Path(), help="Gazetteer index to use instead of the bundled one.")
@click.option("--stages", help="Comma-separated stage names (default: the full pipeline).")
@click.option("--keep-undated", is_flag=True,
              help="With --format jsonl: also write acts whose date cannot be resolved (flag "
                   "date_unresolved); ACLED outputs never carry them.")
@cut_options
@click.option("--keep-rejected", is_flag=True,
              help="With --format jsonl: keep the events below the cut, flagged below_min_confidence.")
@click.option("--excel", is_flag=True, help="CSV formats: start with a UTF-8 byte-order mark so that "
              "spreadsheets (Excel) show the Arabic right.")
@lexicon_dir_option
def extract(inputs: tuple[str, ...], published: str | None, fmt: str, output: str | None,
            db: str | None, gazetteer: str | None, stages: str | None, keep_undated: bool,
            min_confidence: float | None, model: str | None, keep_rejected: bool, excel: bool,
            lexicon_dirs: tuple[str, ...]) -> None:
    """Extract events from plain-text files, JSONL records ({"id","text","published","url","source"})
    directories or globs; '-' (or nothing) reads standard input.

    Formats: table (fitted to the terminal; ? marks a place or date not resolved), csv (plain:
    the columns an analyst reads), acled-csv (ACLED's columns and order, then hadath's with
    evidence as JSON), jsonl, geojson, parquet.

    Exit status: 0 all inputs processed, 1 some inputs or articles failed (each is named on
    standard error; the rest of the batch is still processed)."""
    pub = parse_date_option(published)
    if excel and fmt not in ("csv", "acled-csv"):
        raise click.UsageError(f"--excel is for --format csv or acled-csv, not {fmt}")
    if fmt in BINARY_FORMATS and not output:
        raise click.UsageError(f"--format {fmt} writes a binary file: give -o FILE")
    if keep_undated and (fmt != "jsonl" or db):
        raise click.UsageError("--keep-undated goes with --format jsonl (and no --db): ACLED records need a date")
    if keep_rejected and (fmt != "jsonl" or db):
        raise click.UsageError("--keep-rejected writes flagged events for review: use it with --format jsonl "
                               "and without --db")
    from hadath.accept.stage import accept_options

    use_lexicons(lexicon_dirs)
    errors = ErrorLog()
    try:
        options = accept_options(min_confidence, model, keep_rejected)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
    if keep_undated:
        options = dict(options or {}, keep_undated=True)
    pipeline = build(gazetteer, stages.split(",") if stages else None, options)
    store = _open_store(db) if db else None
    rows: list = []
    n_articles = 0
    pending: list = []
    try:
        total = count_articles(inputs or ("-",)) if sys.stderr.isatty() else None
        for doc in pipeline.pipe(progress(articles(inputs or ("-",), errors, pub), total=total),
                                 on_error=errors.article_error):
            n_articles += 1
            if n_articles == 1:
                tune_after_warm_up()  # lexicons are loaded now: see hadath.cli.gc_tuning
            rows.extend((e, doc.article) for e in doc.events)
            if store is not None:
                pending.append((doc.article, doc.events))
                if len(pending) >= STORE_BATCH:
                    _flush(store, pending)
        if store is not None:
            _flush(store, pending)
    finally:
        if store is not None:
            store.close()
    try:
        n = write_output(fmt, rows, output, sys.stdout, excel=excel)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
    if output:
        click.echo(f"wrote {n} events from {n_articles} articles to {output}", err=True)
    if db:
        click.echo(f"stored {n_articles} articles and {len(rows)} events in {db}", err=True)
    if errors.count:
        click.echo(f"{errors.count} input(s) failed; see the errors above", err=True)
        sys.exit(1)


STORE_BATCH = 200


def count_articles(inputs: tuple[str, ...]) -> int | None:
    """How many articles the inputs hold (for the progress bar's total and ETA): JSONL lines,
    one per other file; None when unknown (standard input, globs, feeds, WARC)."""
    import gzip
    from pathlib import Path

    n = 0
    for item in inputs:
        p = Path(item)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p] if p.is_file() else None
        if files is None:
            return None
        for f in files:
            name = f.name.lower().removesuffix(".gz")
            if name.endswith((".warc", ".arc", ".xml", ".rss", ".atom")):
                return None
            if name.endswith((".jsonl", ".ndjson")):
                opener = gzip.open if f.name.lower().endswith(".gz") else open
                with opener(f, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            else:
                n += 1
    return n


def _open_store(db: str):
    from hadath.store import open_store

    try:
        return open_store(db)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc


def _flush(store, pending: list) -> None:
    from hadath import __version__

    if pending:
        store.add_many(pending, pipeline_version=__version__)
        pending.clear()
