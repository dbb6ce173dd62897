"""``hadath watch``: follow feeds, sitemaps and drop folders; ingest what is new; fire alerts."""
from __future__ import annotations

import signal
import sys

import click


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", help="Store: SQLite path or postgresql:// URL (default hadath.sqlite).")
@click.option("--once", is_flag=True, help="Read every source once, then exit (for cron or a test).")
@click.option("--cycles", type=click.IntRange(1), help="Stop after this many reading rounds.")
@click.option("--interval", type=click.FloatRange(min=0.1), help="Seconds between reads of every source "
              "(overrides the sources file).")
@click.option("--timeout", type=click.FloatRange(min=0.1), help="Seconds one HTTP response may take.")
@click.option("--max-bytes", type=click.IntRange(1), help="Largest response accepted.")
@click.option("--per-host", type=click.IntRange(1), help="Requests in flight per host.")
@click.option("--user-agent", help="User-Agent sent with every request (say who you are).")
@click.option("--workers", "-j", type=click.IntRange(1), default=1, show_default=True,
              help="Pipeline processes (1: in the watch process).")
@click.option("--gazetteer", type=click.Path(), help="Gazetteer index to use instead of the bundled one.")
@click.option("--near-duplicates/--no-near-duplicates", default=True, show_default=True,
              help="Skip syndicated copies (MinHash/LSH) besides same-URL and same-text duplicates.")
@click.option("--semantic/--no-semantic", default=False, show_default=True,
              help="Let the sentence encoder decide borderline merges (as `ingest --semantic`; more memory).")
@click.option("--max-km", type=float, default=10.0, show_default=True, help="Merge distance for events.")
@click.option("--verbose", "-v", is_flag=True, help="A line for every round, also when nothing was new.")
def watch(sources: tuple[str, ...], db: str | None, once: bool, cycles: int | None, interval: float | None,
          timeout: float | None, max_bytes: int | None, per_host: int | None, user_agent: str | None,
          workers: int, gazetteer: str | None, near_duplicates: bool, semantic: bool, max_km: float,
          verbose: bool) -> None:
    """Follow SOURCES as they publish: sources files (.toml, with [[source]] and [[alert]]
    tables), feed or sitemap URLs, and drop folders. New items go through the same pipeline,
    de-duplication and merging as `hadath ingest`; alert rules fire once per merged event and
    again when a later report raises the toll. State lives in the store: stop and start again
    at any time.

    Exit status (with --once or --cycles): 0 every source read, 1 some source or item failed
    (each is named on standard error), 2 bad usage or a bad sources file."""
    from hadath.errors import HadathError
    from hadath.store import open_store
    from hadath.watch.config import ConfigError, load
    from hadath.watch.runner import WatchOptions, Watcher

    settings = {"interval": interval, "timeout": timeout, "max_bytes": max_bytes, "per_host": per_host,
                "user_agent": user_agent}
    try:
        config = load(sources, settings)
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    options = WatchOptions(workers=workers, gazetteer=gazetteer, near_duplicates=near_duplicates,
                           semantic=semantic, max_km=max_km)
    try:
        store = open_store(db)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
    say = (lambda m: click.echo(m, err=True))
    with store:
        watcher = Watcher(config, store, options, say=say, verbose=verbose)
        say(f"watching {len(config.sources)} source(s) with {len(config.rules)} alert rule(s)")

        def stop(signum, _frame):  # noqa: ANN001
            say(f"stopping ({signal.Signals(signum).name})")
            watcher.stop_event.set()

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            reports = watcher.run(once=once, max_cycles=cycles)
        except HadathError as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    if (once or cycles) and any(r.failed or r.errors for r in reports):
        sys.exit(1)
