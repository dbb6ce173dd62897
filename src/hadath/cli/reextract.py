"""``hadath reextract``: run the current pipeline over stored articles extracted by another
pipeline version (or over all of them with ``--all``). Events keep their ids; machine values are
replaced, human reviews and corrected fields are kept."""
from __future__ import annotations

import sys

import click

from hadath.cli.common import ErrorLog, build, progress
from hadath.errors import HadathError


@click.command()
@click.option("--db", default="hadath.sqlite", show_default=True, help="Store: SQLite path or postgresql:// URL.")
@click.option("--pipeline-version", "version", help="Version tag to record (default: hadath's version).")
@click.option("--gazetteer", type=click.Path(), help="Gazetteer index to use instead of the bundled one.")
@click.option("--all", "everything", is_flag=True,
              help="Re-extract every stored article, also those of this pipeline version (changed lexicons, gazetteer).")
def reextract(db: str, version: str | None, gazetteer: str | None, everything: bool) -> None:
    """Re-extract every stored article whose events came from another pipeline version
    (--all: every article). Event ids stay; corrected fields are never overwritten."""
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
        stale = list(store.articles(stale_for=None if everything else version))
        if not stale:
            click.echo(f"every stored article was extracted with pipeline version {version}; "
                       "use --all to re-extract them anyway", err=True)
        for doc in pipeline.pipe(progress(stale, total=len(stale)), on_error=errors.article_error):
            res = store.add(doc.article, doc.events, pipeline_version=version, replace=everything)
            done += 1
            if done == 1:
                from hadath.cli.gc_tuning import tune_after_warm_up

                tune_after_warm_up()
            events += res.events_written
    finally:
        store.close()
    click.echo(f"re-extracted {done} articles ({events} events) with pipeline version {version}", err=True)
    if errors.count:
        sys.exit(1)
