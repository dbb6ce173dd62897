"""Read-only routes for ``hadath watch``: the dashboard's "latest" view and its data.

``GET /latest`` is the page; ``GET /v1/watch`` gives what it shows: the newest events (by the
time they were stored), the alerts fired, the alert rules, and each source with the time it
was last read. Mounted by ``create_app`` with ``app.include_router(watch_router(store, pages))``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"


def latest_events(store, limit: int) -> list[dict]:
    """The ``limit`` events stored last (newest first), as API records without article text."""
    from sqlalchemy import select

    from hadath.store.models import EventRow
    from hadath.store.query import load_records

    E = EventRow.__table__.c
    with store.engine.connect() as conn:
        pks = conn.execute(select(E.id).where(E.status != "rejected").order_by(E.id.desc()).limit(limit)).scalars().all()
        return load_records(conn, list(pks), with_text=False)


def watch_router(store, pages=None) -> APIRouter:
    """``pages``: the app's :class:`hadath.api.assets.Pages` (the page's assets fingerprinted)."""
    from hadath.watch.state import WatchState

    state = WatchState(store)
    router = APIRouter()

    @router.get("/v1/watch", tags=["watch"])
    def watch_status(limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict:
        """Latest events, alerts fired, alert rules and the sources `hadath watch` follows."""
        return {"events": latest_events(store, limit), "alerts": state.alerts(limit),
                "rules": state.rules(), "sources": state.sources()}

    @router.get("/latest", include_in_schema=False)
    def latest_page():
        if pages is not None:
            return pages.response("latest.html")
        return FileResponse(STATIC / "latest.html", media_type="text/html; charset=utf-8")

    return router
