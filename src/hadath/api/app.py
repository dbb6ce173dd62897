"""The HTTP API (FastAPI) under /v1 and the dashboard at /.

``create_app(store, ...)`` builds the application; ``hadath serve`` runs it with uvicorn.
Write endpoints (POST /v1/articles, POST /v1/events/{id}/review) need a bearer token.
"""
from __future__ import annotations

import tempfile
import threading
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Callable, Literal

from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.responses import FileResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles

import hadath
from hadath.api.auth import TokenChecker
from hadath.api.errors import ApiError, install_error_handlers
from hadath.api.limits import BodyLimit, RateLimiter, SecurityHeaders, throttle
from hadath.api.watch_routes import watch_router
from hadath.api.schemas import ERRORS, ArticleIn, ErrorOut, ArticleOut, EventPage, ExtractOut, ReviewIn
from hadath.export import BINARY_FORMATS, writer
from hadath.export.records import to_record
from hadath.store import NotFound, Store, StoreError
from hadath.store.query import FilterError
from hadath.types import Article

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"
EXPORT_TYPES = {"acled-csv": ("text/csv", "csv"), "csv": ("text/csv", "csv"),
                "geojson": ("application/geo+json", "geojson"), "jsonl": ("application/x-ndjson", "jsonl"),
                "parquet": ("application/vnd.apache.parquet", "parquet")}
MAX_ID = 2**62
THROTTLED = {**ERRORS, 429: {"model": ErrorOut, "description": "Rate limit reached (see Retry-After)"},
             503: {"model": ErrorOut, "description": "Too many extractions or exports running"}}
bearer = HTTPBearer(auto_error=False, description="API token (hadath serve --create-token NAME)")


def event_filters(
    date_from: Annotated[date | None, Query(alias="from", description="First event date (YYYY-MM-DD)")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Last event date (YYYY-MM-DD)")] = None,
    country: Annotated[list[str] | None, Query(max_length=200)] = None,
    admin1: Annotated[list[str] | None, Query(max_length=200)] = None,
    event_type: Annotated[list[str] | None, Query(max_length=200)] = None,
    sub_event_type: Annotated[str | None, Query(max_length=200)] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Substring of actor1/2 or associates")] = None,
    bbox: Annotated[str | None, Query(max_length=200, description="west,south,east,north (degrees)")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text search (actors, places, notes, article text)")] = None,
    status: Annotated[list[Literal["machine", "accepted", "corrected", "rejected", "any"]] | None,
                      Query(description="Default: all but rejected")] = None,
    cluster_id: Annotated[str | None, Query(max_length=200)] = None,
    article_id: Annotated[str | None, Query(max_length=500)] = None,
    source: Annotated[str | None, Query(max_length=300)] = None,
) -> dict[str, Any]:
    f = {"date_from": date_from, "date_to": date_to, "country": country, "admin1": admin1,
         "event_type": event_type, "sub_event_type": sub_event_type, "actor": actor, "bbox": bbox,
         "q": q, "status": status, "cluster_id": cluster_id, "article_id": article_id, "source": source}
    return {k: v for k, v in f.items() if v not in (None, "", [])}


def require_token(request: Request,
                  creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> str:
    """The token's name; 401 without a valid token."""
    name = request.app.state.tokens.check(creds.credentials if creds else None)
    if name is None:
        raise ApiError(401, "unauthorized", "a valid API token is required (Authorization: Bearer <token>)",
                       headers={"WWW-Authenticate": "Bearer"})
    return name


def throttled(request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]):
    yield from throttle(request, creds)


Filters = Annotated[dict, Depends(event_filters)]
Token = Annotated[str, Depends(require_token)]
EventId = Annotated[int, PathParam(ge=1, le=MAX_ID, description="Event id")]


def create_app(store: Store, *, tokens: TokenChecker | None = None,
               pipeline: Callable | None = None, pipeline_version: str | None = None,
               max_body: int = 2_000_000, tiles: str | None = None, tiles_attribution: str | None = None,
               limiter: RateLimiter | None = None) -> FastAPI:
    app = FastAPI(title="hadath", version=hadath.__version__,
                  description="Conflict events from Arabic news, with evidence for every field.",
                  docs_url=None, redoc_url=None, openapi_url="/v1/openapi.json")
    app.state.tokens = tokens or TokenChecker(store)
    app.state.limiter = limiter if limiter is not None else RateLimiter()
    version = pipeline_version or hadath.__version__
    lock = threading.Lock()
    state: dict[str, Any] = {"pipeline": pipeline}

    def get_pipeline() -> Callable:
        with lock:
            if state["pipeline"] is None:
                try:
                    state["pipeline"] = hadath.load()
                except Exception as exc:  # stages missing or broken data: say so, do not crash
                    raise ApiError(503, "pipeline_unavailable", f"the extraction pipeline cannot be loaded: {exc}")
            return state["pipeline"]

    def run(article: Article):
        try:
            return get_pipeline()(article).events
        except ApiError:
            raise
        except Exception as exc:
            raise ApiError(500, "extraction_failed", f"extraction failed: {type(exc).__name__}") from exc

    def to_article(body: ArticleIn) -> Article:
        from hadath.store import content_hash
        return Article(id=body.id or content_hash(body.text)[:16], text=body.text, url=body.url,
                       published=body.published, source=body.source, title=body.title, origin="api")

    @app.post("/v1/extract", response_model=ExtractOut, tags=["extract"], responses=THROTTLED,
              dependencies=[Depends(throttled)])
    def extract(body: ArticleIn) -> dict:
        """Extract events from one text. Nothing is stored."""
        article = to_article(body)
        events = run(article)
        return {"article_id": article.id, "pipeline_version": version,
                "events": [to_record(e, article, i) for i, e in enumerate(events)]}

    @app.post("/v1/articles", response_model=ArticleOut, status_code=201, tags=["write"], responses=ERRORS)
    def post_article(body: ArticleIn, _token: Token) -> dict:
        """Ingest one article: extract its events and store both (idempotent)."""
        article = to_article(body)
        res = store.add(article, run(article), version)
        ids = [r["id"] for r in store.events(article_pk=res.article_pk, status="any")]
        return {"article_pk": res.article_pk, "created": res.created, "events_written": res.events_written,
                "event_ids": ids}

    @app.get("/v1/events", response_model=EventPage, tags=["events"], responses=ERRORS)
    def list_events(filters: Filters,
                    limit: Annotated[int, Query(ge=1, le=500)] = 50,
                    cursor: Annotated[str | None, Query(max_length=100)] = None) -> dict:
        """Events, newest first, with keyset (cursor) pagination."""
        page = store.page(cursor=cursor, limit=limit, **filters)
        return {"events": page.records, "next_cursor": page.next_cursor, "limit": limit}

    @app.get("/v1/events/{event_id}", tags=["events"], responses=ERRORS)
    def get_event(event_id: EventId) -> dict:
        """One event with its evidence spans (and their text), article text, sources and review history."""
        return store.event(event_id)

    @app.post("/v1/events/{event_id}/review", tags=["write"], responses=ERRORS)
    def review_event(event_id: EventId, body: ReviewIn, token_name: Token) -> dict:
        """Accept, correct (fields) or reject an event. Kept as history."""
        # the token says who reviews; a body ``reviewer`` (a person sharing a team token) is kept
        # beside the token's name, never instead of it
        reviewer = token_name if body.reviewer in (None, token_name) else f"{token_name} (as {body.reviewer})"
        return store.review(event_id, body.action, reviewer=reviewer, fields=body.fields, note=body.note)

    @app.get("/v1/export", tags=["events"], responses=THROTTLED, dependencies=[Depends(throttled)])
    def export(filters: Filters,
               format: Annotated[Literal["acled-csv", "csv", "geojson", "jsonl", "parquet"], Query()] = "acled-csv"):
        """All matching events in an export format (ACLED CSV, GeoJSON, JSONL, Parquet)."""
        ctype, ext = EXPORT_TYPES[format]
        spool = tempfile.SpooledTemporaryFile(max_size=32 * 2**20, mode="w+b")
        rows = store.iter_rows(**filters)
        if format in BINARY_FORMATS:
            writer(format)(rows, spool)
        else:
            import io
            text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
            writer(format)(rows, text)
            text.flush()
            text.detach()
        spool.seek(0)

        def chunks():
            with spool:
                while block := spool.read(65536):
                    yield block
        return StreamingResponse(chunks(), media_type=ctype,
                                 headers={"Content-Disposition": f'attachment; filename="events.{ext}"'})

    @app.get("/v1/timeline", tags=["dashboard"], responses=ERRORS)
    def timeline(filters: Filters) -> list[dict]:
        """Events per day and event type."""
        return store.timeline(**filters)

    @app.get("/v1/points", tags=["dashboard"], responses=ERRORS)
    def points(filters: Filters, limit: Annotated[int, Query(ge=1, le=50000)] = 20000) -> list[dict]:
        """Coordinates of matching events, for the map."""
        return store.points(limit=limit, **filters)

    @app.get("/v1/facets", tags=["dashboard"])
    def facets() -> dict:
        """Values present in the store, for filter menus."""
        return store.facets()

    @app.get("/v1/stats", tags=["dashboard"])
    def stats() -> dict:
        return store.counts()

    @app.get("/v1/config", tags=["dashboard"])
    def config() -> dict:
        """Dashboard settings: map tiles (null = offline country outlines only)."""
        return {"tiles": tiles, "tiles_attribution": tiles_attribution, "version": hadath.__version__}

    @app.get("/v1/health", tags=["dashboard"])
    def health() -> dict:
        return {"ok": True}

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.include_router(watch_router(store))  # hadath watch: /latest and /v1/watch
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    install_error_handlers(app, {NotFound: (404, "not_found"), FilterError: (400, "bad_filter"),
                                 StoreError: (422, "rejected")})
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders, img_src=_origin(tiles) if tiles else "")  # outermost: every response
    return app


def _origin(template: str) -> str:
    """'https://{s}.tile.example.org/{z}/{x}/{y}.png' -> 'https://*.tile.example.org'."""
    from urllib.parse import urlsplit

    parts = urlsplit(template.replace("{s}", "a"))
    host = parts.netloc
    if "{s}" in template:
        host = "*." + host.split(".", 1)[1] if "." in host else host
    return f"{parts.scheme}://{host}" if parts.scheme else ""
