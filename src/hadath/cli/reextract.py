"""``hadath reextract``: run the current pipeline over stored articles extracted by another
pipeline version. Machine events are replaced; human reviews and corrections are kept."""
from __future__ import annotations

import sys

import click

from hadath.cli.common import ErrorLog, build, progress
from hadath.errors import HadathError


@click.command()
@click.option("--db", default="hadath.sqlite", show_default=True, help="Store: SQLite path or postgresql:// URL.")
@click.option("--pipeline-version", "version", help="Version tag to record (default: hadath's version).")
@click.option("--gazetteer", type=click.Path(), help="Gazetteer index to use instead of the bundled one.")
def reextract(db: str, version: str | None, gazetteer: str | None) -> None:
    """Re-extract every stored article whose events came from another pipeline version."""
    from hadath import __version__
    from hadath.store import open_store

    version = version or __version__
    try:
        store = open_store(db, create=False)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
    errors = ErrorLog()
    pipeline = build(gazetteer)
    done = events = 0
    try:
        stale = list(store.articles(stale_for=version))
        for doc in pipeline.pipe(progress(stale, total=len(stale)), on_error=errors.article_error):
            res = store.add(doc.article, doc.events, pipeline_version=version)
            done += 1
            events += res.events_written
    finally:
        store.close()
    click.echo(f"re-extracted {done} articles ({events} events) with pipeline version {version}", err=True)
    if errors.count:
        sys.exit(1)
