"""``hadath extract``: read reports, print or write event records."""
from __future__ import annotations

import sys

import click

from hadath.cli.common import ErrorLog, articles, build, parse_date_option, progress
from hadath.export import BINARY_FORMATS, FORMATS, writer


@click.command()
@click.argument("inputs", nargs=-1)
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of standard output.")
@click.option("--db", help="Also store articles and events (SQLite path or postgresql:// URL).")
@click.option("--gazetteer", type=click.Path(), help="Gazetteer index to use instead of the bundled one.")
@click.option("--stages", help="Comma-separated stage names (default: the full pipeline).")
def extract(inputs: tuple[str, ...], published: str | None, fmt: str, output: str | None,
            db: str | None, gazetteer: str | None, stages: str | None) -> None:
    """Extract events from plain-text files, JSONL records ({"id","text","published","url","source"})
    directories or globs; '-' (or nothing) reads standard input.

    Exit status: 0 all inputs processed, 1 some inputs or articles failed (each is named on
    standard error; the rest of the batch is still processed)."""
    pub = parse_date_option(published)
    errors = ErrorLog()
    pipeline = build(gazetteer, stages.split(",") if stages else None)
    rows = []
    docs = []
    for doc in pipeline.pipe(progress(articles(inputs or ("-",), errors, pub)), on_error=errors.article_error):
        docs.append(doc)
        rows.extend((e, doc.article) for e in doc.events)
    if db:
        from hadath import __version__
        from hadath.store import open_store

        store = open_store(db)
        try:
            store.add_many([(d.article, d.events) for d in docs], pipeline_version=__version__)
        finally:
            store.close()
    write = writer(fmt)
    if output:
        mode = "wb" if fmt in BINARY_FORMATS else "w"
        with open(output, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as fh:
            n = write(rows, fh)
        click.echo(f"wrote {n} events from {len(docs)} articles to {output}", err=True)
    else:
        if fmt in BINARY_FORMATS:
            raise click.UsageError(f"--format {fmt} needs -o FILE")
        write(rows, sys.stdout)
    if db:
        click.echo(f"stored {len(docs)} articles and {len(rows)} events in {db}", err=True)
    if errors.count:
        click.echo(f"{errors.count} input(s) failed; see the errors above", err=True)
        sys.exit(1)
