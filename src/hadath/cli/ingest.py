"""``hadath ingest``: many inputs into a store, on all cores or a Dask cluster, resumable."""
from __future__ import annotations

import sys

import click

from hadath.cli.common import lexicon_dir_option


@click.command()
@click.argument("inputs", nargs=-1)
@click.option("--db", help="Store: SQLite path or postgresql:// URL (default hadath.sqlite).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: worker processes on this machine; dask: a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler of an existing cluster (tcp://host:8786); "
              "default: start a LocalCluster.")
@click.option("--workers", "-j", type=click.IntRange(1), help="Worker processes (default: all cores; Dask: 2).")
@click.option("--chunk-size", type=click.IntRange(1), default=32, show_default=True,
              help="Articles per task (and per store transaction).")
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--gazetteer", type=click.Path(), help="Gazetteer index to use instead of the bundled one.")
@click.option("--stages", help="Comma-separated stage names; 'module:Factory' adds a plug-in stage.")
@click.option("--near-duplicates/--no-near-duplicates", default=True, show_default=True,
              help="Skip syndicated copies (MinHash/LSH) besides same-URL and same-text duplicates.")
@click.option("--threshold", type=click.FloatRange(0.1, 1.0), default=0.6, show_default=True,
              help="Estimated Jaccard similarity above which two articles are copies.")
@click.option("--merge/--no-merge", default=True, show_default=True,
              help="Merge events reported by several articles (cluster ids in the store).")
@click.option("--remerge", is_flag=True, help="Merge the whole store again, not only the days this run touched.")
@click.option("--semantic/--no-semantic", default=True, show_default=True,
              help="Let the multilingual sentence encoder decide borderline merges.")
@click.option("--max-km", type=float, default=10.0, show_default=True, help="Merge distance for events.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@lexicon_dir_option
def ingest(inputs: tuple[str, ...], db: str | None, engine: str, scheduler: str | None, workers: int | None,
           chunk_size: int, published: str | None, gazetteer: str | None, stages: str | None,
           near_duplicates: bool, threshold: float, merge: bool, remerge: bool, semantic: bool, max_km: float,
           progress: bool | None, lexicon_dirs: tuple[str, ...]) -> None:
    """Ingest INPUTS (text, JSONL, HTML, RSS/Atom, WARC/ARC files, .gz, directories, globs)
    into a store. Runs can be interrupted and started again: what was stored is skipped.
    With no INPUTS, only merges the events no merge has seen yet (posted through the API), or
    with --remerge the whole store.

    Exit status: 0 everything ingested, 1 some inputs or articles failed (each is named on
    standard error; the rest was ingested), 2 bad usage."""
    from hadath.batch.engine import IngestOptions, Ingestor
    from hadath.cli.common import parse_date_option, use_lexicons
    from hadath.errors import HadathError

    use_lexicons(lexicon_dirs)  # workers inherit the directories through the environment
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    opts = IngestOptions(
        db=db, engine=engine, workers=workers, scheduler=scheduler, chunk_size=chunk_size,
        stages=tuple(s.strip() for s in stages.split(",") if s.strip()) if stages else None,
        gazetteer=gazetteer, published=parse_date_option(published), near_duplicates=near_duplicates,
        near_threshold=threshold, merge=merge, remerge=remerge, semantic=semantic, max_km=max_km, progress=progress,
    )
    try:
        report = Ingestor(opts, report=lambda m: click.echo(m, err=True)).run(inputs)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(report.summary(), err=True)
    if report.failed:
        click.echo(f"{report.failed} input(s) failed; see the errors above", err=True)
        sys.exit(1)
