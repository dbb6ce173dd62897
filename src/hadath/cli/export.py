"""``hadath export``: stored events to ACLED CSV, GeoJSON, Parquet or JSONL."""
from __future__ import annotations

import sys

import click

from hadath.cli.common import parse_date_option

EXPORT_FORMATS = ("acled-csv", "csv", "geojson", "jsonl", "parquet")
EXAMPLES = """
\b
Examples:
  hadath export --db hadath.sqlite -o events.csv                      # ACLED CSV, all events
  hadath export --db hadath.sqlite --merged --country Syria --from 2024-01-01 -o syria.csv
  hadath export --db hadath.sqlite --country SYR --country IRQ -o syria-iraq.csv   # ISO-3 codes
  hadath export --db hadath.sqlite --format csv --excel -o events.csv  # plain CSV for Excel
  hadath export --db hadath.sqlite --format parquet -o events.parquet --event-type Battles
  hadath export --db postgresql://user@host/hadath --format geojson -o events.geojson
"""


def filter_options(f):
    """The event filters shared by ``export`` and ``stats`` (names match the API's)."""
    opts = [
        click.option("--country", multiple=True, help="Only this country: its name in any case, or its ISO 3166-1 code (SYR, SY) (repeatable)."),
        click.option("--admin1", multiple=True, help="Only this first-level division (repeatable)."),
        click.option("--from", "date_from", help="First event date (YYYY-MM-DD)."),
        click.option("--to", "date_to", help="Last event date (YYYY-MM-DD)."),
        click.option("--event-type", multiple=True, help="Only this ACLED event type (repeatable)."),
        click.option("--sub-event-type", multiple=True, help="Only this ACLED sub-event type (repeatable)."),
        click.option("--actor", help="Actor name contains this (English, or an Arabic name from the actor list)."),
        click.option("--source", multiple=True, help="Only this outlet (repeatable)."),
        click.option("--status", type=click.Choice(["machine", "accepted", "corrected", "rejected", "any"]),
                     multiple=True, help="Review status (default: all but rejected)."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def collect_filters(country, admin1, date_from, date_to, event_type, sub_event_type, actor, source, status) -> dict:
    filters = {"country": list(country) or None, "admin1": list(admin1) or None,
               "date_from": parse_date_option(date_from), "date_to": parse_date_option(date_to),
               "event_type": list(event_type) or None, "sub_event_type": list(sub_event_type) or None,
               "actor": actor, "source": list(source) or None, "status": list(status) or None}
    return {k: v for k, v in filters.items() if v}


def open_existing(db: str):
    """The store at ``db``; a ClickException when there is none (never creates one)."""
    from hadath.errors import HadathError
    from hadath.store import open_store

    try:
        return open_store(db, create=False)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc


def explain_empty(store, filters: dict) -> None:
    """Say why nothing matched: the filters, and the values the store does hold."""
    from hadath.store import views

    click.echo(f"warning: no events match {filters or 'the store (it is empty)'}", err=True)
    for key in ("country", "event_type", "admin1"):
        if key in filters:
            values = [f["value"] for f in views.facets(store, limit=12)[key]]
            if values:
                click.echo(f"  {key} values in the store: {', '.join(values)}", err=True)


@click.command(epilog=EXAMPLES)
@click.option("--db", required=True, help="Store to read (SQLite path or postgresql:// URL); never created.")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="acled-csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write here instead of standard output (required for parquet).")
@filter_options
@click.option("--excel", is_flag=True, help="CSV formats: UTF-8 byte-order mark, so Excel shows the Arabic right.")
@click.option("--merged", is_flag=True,
              help="One row per real-world event merged across reports: every outlet in `source`, "
                   "every article and URL, fatalities low/best/high across sources, the source count in `tags`.")
def export(db: str, fmt: str, output: str | None, excel: bool, merged: bool, **options) -> None:
    """Export stored events (newest first), with human corrections applied.

    Formats: acled-csv (ACLED's columns and order, then hadath's), csv (plain: the columns an
    analyst reads, no JSON), geojson, jsonl, parquet. A filter that matches nothing is reported
    on standard error, with the values the store holds."""
    from hadath.errors import HadathError
    from hadath.export import BINARY_FORMATS, write_output
    from hadath.store import views

    filters = collect_filters(**options)
    if fmt in BINARY_FORMATS and not output:
        raise click.UsageError(f"--format {fmt} needs -o FILE")
    if excel and fmt not in ("csv", "acled-csv"):
        raise click.UsageError(f"--excel is for --format csv or acled-csv, not {fmt}")
    store = open_existing(db)
    try:
        if merged:
            rows = merged_rows(store, filters)
        else:
            from hadath.cli.common import progress
            total = views.count(store, **filters) if sys.stderr.isatty() else None
            rows = progress(store.iter_rows(**filters), total=total, desc="events")
        n = write_output(fmt, rows, output, sys.stdout, excel=excel)
        if output:
            click.echo(f"wrote {n} events to {output}", err=True)
        if n == 0 and (output or sys.stderr.isatty()):
            explain_empty(store, filters)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


def merged_rows(store, filters: dict) -> list:
    """(Event, None) rows for events merged across reports, in the export's columns (read from
    the store's merged events: :mod:`hadath.export.merged`)."""
    from hadath.export.merged import merged_export

    out = merged_export(store, filters)
    if out.unmerged:
        click.echo(f"note: {out.unmerged} events are not merged yet (exported alone); "
                   "`hadath ingest --db DB` (no inputs) merges them", err=True)
    if out.recomputed:
        click.echo("note: the store has no merged events yet; merged in memory", err=True)
    return out.rows
