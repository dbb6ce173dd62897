"""``hadath stats``: events and fatalities grouped as the API's /v1/stats groups them, as a
terminal table or CSV."""
from __future__ import annotations

import csv
import sys

import click

from hadath.cli.export import collect_filters, filter_options, open_existing
from hadath.store.views import GROUPS

EXAMPLES = """
\b
Examples:
  hadath stats --db hadath.sqlite                             # totals, then events per month
  hadath stats --db hadath.sqlite --by country --by event_type
  hadath stats --db hadath.sqlite --by actor --country Syria --from 2024-01-01 --limit 20
  hadath stats --db hadath.sqlite --by week --merged --format csv > weekly.csv
"""


@click.command(epilog=EXAMPLES)
@click.option("--db", required=True, help="Store to read (SQLite path or postgresql:// URL); never created.")
@click.option("--by", "groups", type=click.Choice(GROUPS), multiple=True,
              help="Group by this (repeatable; default: month).")
@filter_options
@click.option("--merged", is_flag=True, help="Count real-world events (reports of one event merged).")
@click.option("--limit", type=click.IntRange(1, 100_000), help="At most this many groups (largest first; "
              "for time groups the latest).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True)
def stats(db: str, groups: tuple[str, ...], merged: bool, limit: int | None, fmt: str, **options) -> None:
    """Events and fatalities by month, week, year, day, country, admin1, event type, sub-event
    type, actor, source, interaction or review status."""
    from hadath.store import views

    filters = collect_filters(**options)
    if merged:
        filters["merged"] = True
    store = open_existing(db)
    try:
        total = views.count(store, **filters)
        fatalities = sum(r["fatalities"] for r in views.stats(store, by="status", **filters))
        tables = [(by, views.stats(store, by=by, limit=limit, **filters)) for by in (groups or ("month",))]
    finally:
        store.close()
    if fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(["group", "key", "events", "fatalities"])
        for by, rows in tables:
            for r in rows:
                w.writerow([by, r["key"], r["events"], r["fatalities"]])
        return
    kind = "merged events" if merged else "events"
    click.echo(f"{total} {kind} match, {fatalities} fatalities")
    for by, rows in tables:
        click.echo("")
        click.echo(_table(by, rows))


def _table(by: str, rows: list[dict]) -> str:
    from hadath.export.table import cut_to_width, display_width, terminal_width

    width = terminal_width() or 120
    key_w = max([display_width(by)] + [display_width(str(r["key"])) for r in rows])
    key_w = max(8, min(key_w, width - 24))
    lines = [f"{by:<{key_w}}  {'events':>8}  {'fatalities':>10}", f"{'-' * key_w}  {'-' * 8}  {'-' * 10}"]
    for r in rows:
        key = cut_to_width(str(r["key"] if r["key"] is not None else "(none)"), key_w)
        lines.append(f"{key}{' ' * (key_w - display_width(key))}  {r['events']:>8}  {r['fatalities']:>10}")
    if not rows:
        lines.append("(no events)")
    return "\n".join(lines)
