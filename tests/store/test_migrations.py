"""The Alembic migrations build exactly the schema the models describe, on both databases."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from hadath.store.models import Base
from hadath.store.search import include_name  # the text-search tables are made by hand


def test_migrations_match_models(store):
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_schema_has_every_acled_column_and_the_tables(store):
    from hadath.types import ACLED_COLUMNS

    insp = inspect(store.engine)
    assert {"articles", "events", "evidence", "sources", "reviews", "api_tokens", "alembic_version"} <= set(
        insp.get_table_names())
    cols = {c["name"] for c in insp.get_columns("events")}
    derived = {"year", "timestamp"}  # computed on output
    assert set(ACLED_COLUMNS) - derived <= cols
    assert {"article_pk", "confidence", "fatalities_low", "fatalities_high", "fatalities_estimate", "injuries",
            "flags", "cluster_id", "pipeline_version", "status", "location_ar", "source_url"} <= cols
    assert {c["name"] for c in insp.get_columns("evidence")} >= {"event_pk", "field", "start", "end"}
    assert {c["name"] for c in insp.get_columns("sources")} >= {"name", "domain"}
    indexed = {tuple(ix["column_names"]) for ix in insp.get_indexes("events")}
    assert ("sort_day", "id") in indexed and ("country", "sort_day", "id") in indexed


def test_upgrade_is_idempotent(db_url):
    from hadath.store import open_store

    for _ in range(2):
        s = open_store(db_url)
        s.close()
