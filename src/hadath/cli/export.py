"""``hadath export``: stored events to ACLED CSV, GeoJSON, Parquet or JSONL."""
from __future__ import annotations

import sys

import click

from hadath.cli.common import parse_date_option

EXPORT_FORMATS = ("acled-csv", "csv", "geojson", "jsonl", "parquet")


@click.command()
@click.option("--db", required=True, help="Store to read (SQLite path or postgresql:// URL).")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="acled-csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write here instead of standard output (required for parquet).")
@click.option("--country", multiple=True, help="Only this country (repeatable).")
@click.option("--admin1", multiple=True, help="Only this first-level division (repeatable).")
@click.option("--from", "date_from", help="First event date (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Last event date (YYYY-MM-DD).")
@click.option("--event-type", multiple=True, help="Only this ACLED event type (repeatable).")
@click.option("--actor", help="Actor name contains this.")
@click.option("--status", type=click.Choice(["machine", "accepted", "corrected", "rejected", "any"]),
              multiple=True, help="Review status (default: all but rejected).")
@click.option("--merged", is_flag=True,
              help="One row per real-world event merged across reports: every outlet in `source`, "
                   "every article and URL, fatalities low/best/high across sources, the source count in `tags`.")
def export(db: str, fmt: str, output: str | None, country: tuple[str, ...], admin1: tuple[str, ...],
           date_from: str | None, date_to: str | None, event_type: tuple[str, ...],
           actor: str | None, status: tuple[str, ...], merged: bool) -> None:
    """Export stored events (newest first), with human corrections applied."""
    from hadath.errors import HadathError
    from hadath.export import BINARY_FORMATS, write_output
    from hadath.store import open_store

    filters = {"country": list(country) or None, "admin1": list(admin1) or None,
               "date_from": parse_date_option(date_from), "date_to": parse_date_option(date_to),
               "event_type": list(event_type) or None, "actor": actor, "status": list(status) or None}
    filters = {k: v for k, v in filters.items() if v}
    if fmt in BINARY_FORMATS and not output:
        raise click.UsageError(f"--format {fmt} needs -o FILE")
    try:
        store = open_store(db, create=False)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        rows = merged_rows(store, filters) if merged else store.iter_rows(**filters)
        n = write_output(fmt, rows, output, sys.stdout)
        if output:
            click.echo(f"wrote {n} events to {output}", err=True)
    except HadathError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


def merged_rows(store, filters: dict) -> list:
    """(Event, None) rows for events merged across reports, in the export's columns."""
    from dataclasses import replace

    from hadath.batch.engine import merged_events

    rows = []
    for m in merged_events(store, **filters):
        figures = ",".join(str(f) for f in m.figures)
        tags = f"sources={m.source_count}" + (f"; fatality figures={figures}" if figures else "")
        event = replace(
            m.event,
            article_id=";".join(m.article_ids),
            event_id_cnty=m.cluster_id,
            source="; ".join(m.outlets) or m.event.source,
            source_url=" ".join(m.urls) or m.event.source_url,
            fatalities=m.fatalities_best or 0,
            fatalities_low=m.fatalities_low,
            fatalities_high=m.fatalities_high,
            tags=tags if not m.event.tags else f"{m.event.tags}; {tags}",
            evidence={},
        )
        rows.append((event, None))
    return rows
