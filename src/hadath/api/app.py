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

from fastapi import Depends, FastAPI, Path as PathParam, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

import hadath
from hadath.api.auth import TokenChecker
from hadath.api.errors import ApiError, install_error_handlers
from hadath.api import corrections, firstview, mapcells
from hadath.api.assets import Pages, Static
from hadath.api.limits import BodyLimit, RateLimiter, SecurityHeaders, throttle
from hadath.api.places import lookup as places_lookup, search_places
from hadath.api.watch_routes import watch_router
from hadath.api.schemas import ERRORS, ArticleIn, ErrorOut, ArticleOut, EventPage, ExtractOut, ReviewIn
from hadath.errors import HadathError
from hadath.export import BINARY_FORMATS, writer
from hadath.export.records import to_record
from hadath.store import NotFound, Store, StoreError
from hadath.store import summary, views
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
    event_date: Annotated[str | None, Query(max_length=30, description="ACLED style: a date, or FIRST|LAST "
                                            "(with event_date_where=BETWEEN or none)")] = None,
    event_date_where: Annotated[str | None, Query(max_length=10, description="=, >, <, >=, <= or BETWEEN")] = None,
    year: Annotated[list[int] | None, Query(description="Event year (repeatable)")] = None,
    country: Annotated[list[str] | None, Query(max_length=200, description="Country name, any case, or its ISO 3166-1 alpha-3 or alpha-2 code (SYR, SY)")] = None,
    iso: Annotated[list[int] | None, Query(description="ISO 3166-1 numeric country code (760 = Syria)")] = None,
    region: Annotated[list[str] | None, Query(max_length=200, description="ACLED region, e.g. Middle East")] = None,
    admin1: Annotated[list[str] | None, Query(max_length=200)] = None,
    event_type: Annotated[list[str] | None, Query(max_length=200, description="ACLED event type, any case")] = None,
    sub_event_type: Annotated[list[str] | None, Query(max_length=200)] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Actor 1/2 or associates: part of the "
                                       "name, or an Arabic name from the actor list (إسرائيل)")] = None,
    actor1: Annotated[str | None, Query(max_length=200)] = None,
    actor2: Annotated[str | None, Query(max_length=200)] = None,
    inter1: Annotated[list[int] | None, Query(description="ACLED inter code of actor 1 (0-8)")] = None,
    inter2: Annotated[list[int] | None, Query(description="ACLED inter code of actor 2 (0-8)")] = None,
    interaction: Annotated[list[int] | None, Query(description="ACLED interaction code (e.g. 12, 17)")] = None,
    fatalities_min: Annotated[int | None, Query(ge=0, le=10_000_000)] = None,
    fatalities_max: Annotated[int | None, Query(ge=0, le=10_000_000)] = None,
    bbox: Annotated[str | None, Query(max_length=200, description="west,south,east,north (degrees)")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text search (actors, places, notes, article text)")] = None,
    status: Annotated[list[Literal["machine", "accepted", "corrected", "rejected", "any"]] | None,
                      Query(description="Default: all but rejected")] = None,
    merged: Annotated[bool, Query(description="One row per real-world event (reports of it merged)")] = False,
    cluster_id: Annotated[str | None, Query(max_length=200)] = None,
    article_id: Annotated[str | None, Query(max_length=500)] = None,
    source: Annotated[list[str] | None, Query(max_length=300, description="Outlet name, any case")] = None,
) -> dict[str, Any]:
    f = {"date_from": date_from, "date_to": date_to, "event_date": event_date, "event_date_where": event_date_where,
         "year": year, "country": country, "iso": iso, "region": region, "admin1": admin1,
         "event_type": event_type, "sub_event_type": sub_event_type, "actor": actor, "actor1": actor1,
         "actor2": actor2, "inter1": inter1, "inter2": inter2, "interaction": interaction,
         "fatalities_min": fatalities_min, "fatalities_max": fatalities_max, "bbox": bbox,
         "q": q, "status": status, "merged": merged or None, "cluster_id": cluster_id, "article_id": article_id,
         "source": source}
    if fatalities_min is not None and fatalities_max is not None and fatalities_min > fatalities_max:
        raise ApiError(400, "bad_filter", f"fatalities_min ({fatalities_min}) is above fatalities_max ({fatalities_max})")
    return {k: v for k, v in f.items() if v not in (None, "", [])}


def _query_names(dependant) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for d in dependant.dependencies:
        names |= _query_names(d)
    return names


def reject_unknown_parameters(request: Request) -> None:
    """400 naming every query parameter the route does not take (a typo must not return everything)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not request.url.path.startswith("/v1/"):
        return
    known = getattr(route, "_hadath_params", None)
    if known is None:
        known = route._hadath_params = _query_names(dependant)
    unknown = sorted({k for k in request.query_params.keys() if k not in known})
    if unknown:
        raise ApiError(400, "unknown_parameter",
                       f"unknown parameter{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}; "
                       f"this endpoint takes: {', '.join(sorted(known)) or 'none'}", detail={"unknown": unknown})


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
    store_counts = _StoreCounts(store)
    app = FastAPI(title="hadath", version=hadath.__version__,
                  description="Conflict events from Arabic news, with evidence for every field. Filters follow "
                              "ACLED's API (event_date ranges, iso, region, year, inter codes, limit/page); "
                              "unknown parameters are refused with 400.",
                  docs_url=None, redoc_url=None, openapi_url="/v1/openapi.json",
                  dependencies=[Depends(reject_unknown_parameters)], lifespan=_warm_up(store, store_counts))
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
                    page: Annotated[int | None, Query(ge=1, le=1_000_000, description="1-based page")] = None,
                    sort: Annotated[Literal[tuple(views.SORTS)], Query()] = "event_date",  # type: ignore[valid-type]
                    order: Annotated[Literal["asc", "desc"], Query()] = "desc",
                    cursor: Annotated[str | None, Query(max_length=100, description="Keyset paging "
                                                        "(newest first); instead of page")] = None) -> dict:
        """Matching events with the total count: ``page``/``limit`` pages in any ``sort`` order, or
        keyset ``cursor`` pages newest first (for walking a large store)."""
        if cursor is not None:
            if page is not None or sort != "event_date" or order != "desc":
                raise ApiError(400, "bad_filter", "cursor pages are newest first: give no page, sort or order with it")
            keyset = store.page(cursor=cursor, limit=limit, with_text=False, **filters)
            return page_json({"events": keyset.records, "next_cursor": keyset.next_cursor, "limit": limit,
                              "count": len(keyset.records)})
        return page_json(events_page(filters, limit=limit, page=page, sort=sort, order=order))

    def events_page(filters: dict, *, limit: int, page: int | None, sort: str, order: str) -> dict:
        out = views.listing(store, page=page or 1, limit=limit, sort=sort, order=order, **filters)
        out["count"] = len(out["events"])
        if sort == "event_date" and order == "desc" and out["events"] and out["page"] < (out["pages"] or 0):
            last = out["events"][-1]
            from hadath.store.query import encode_cursor
            d = date.fromisoformat(last["event_date"]).toordinal() if last["event_date"] else 0
            out["next_cursor"] = encode_cursor(d, last["id"]) if page is None else None
        return {k: out.get(k) for k in EventPage.model_fields}

    @app.get("/v1/events/{event_id}", tags=["events"], responses=ERRORS)
    def get_event(event_id: EventId) -> dict:
        """One event with its evidence spans (and their text), article text, sources, review
        history and, when it is merged with other reports, the merged event's figures (``merged``)."""
        rec = store.event(event_id)
        rec["merged"] = views.merged_figures(store, rec.get("cluster_id"))
        return rec

    @app.post("/v1/events/{event_id}/review", tags=["write"], responses=ERRORS)
    def review_event(event_id: EventId, body: ReviewIn, token_name: Token) -> dict:
        """Accept, correct or reject an event; kept as history under the token's name.

        A correction is checked before anything is stored (422 naming the field otherwise): ACLED's
        types and sub-types, precision codes 1-3, actors with their inter codes (interaction is
        derived), a place chosen from ``GET /v1/places`` (sets coordinates, admin levels and
        geo_precision together). Several fields may be corrected in one save. A body ``reviewer``
        (a person sharing a team token) is kept beside the token's name, never instead of it."""
        if body.reviewer is not None and not body.reviewer.strip():
            raise ApiError(422, "invalid_request", "reviewer: empty; leave it out or name the person")
        reviewer = token_name if body.reviewer in (None, token_name) else f"{token_name} (as {body.reviewer.strip()})"
        fields = None
        if body.action == "correct":
            if not body.fields:
                raise ApiError(422, "invalid_correction", "fields: give at least one field to correct")
            record = store.event(event_id)
            try:
                fields = corrections.validate(record, body.fields, places=places_lookup)
            except corrections.CorrectionError as exc:
                raise ApiError(422, "invalid_correction", str(exc), detail={"fields": sorted(body.fields)}) from None
        elif body.fields:
            raise ApiError(422, "invalid_request", f"fields: '{body.action}' takes no fields; use 'correct'")
        return store.review(event_id, body.action, reviewer=reviewer, fields=fields, note=body.note)

    @app.get("/v1/places", tags=["events"], responses=ERRORS)
    def places(q: Annotated[str, Query(min_length=1, max_length=200, description="Place name (Arabic or English)")],
               country: Annotated[str | None, Query(min_length=2, max_length=2, description="ISO alpha-2")] = None,
               limit: Annotated[int, Query(ge=1, le=50)] = 10) -> list[dict]:
        """Gazetteer candidates for a place name: the choices for a location correction."""
        try:
            return search_places(q, country=country, limit=limit)
        except HadathError as exc:
            raise ApiError(503, "gazetteer_unavailable", f"the gazetteer cannot be opened: {exc}") from None

    @app.get("/v1/export", tags=["events"], responses=THROTTLED, dependencies=[Depends(throttled)])
    def export(filters: Filters,
               format: Annotated[Literal["acled-csv", "csv", "geojson", "jsonl", "parquet"], Query()] = "acled-csv",
               excel: Annotated[bool, Query(description="UTF-8 byte-order mark for spreadsheets (CSV)")] = False):
        """All matching events in an export format (ACLED CSV, plain CSV, GeoJSON, JSONL, Parquet);
        the number of events is in the X-Total-Count header. ``merged=true``: one row per merged
        event with its fatalities over every report (best, low, high) and the reports and outlets
        counted in ``tags``."""
        ctype, ext = EXPORT_TYPES[format]
        spool = tempfile.SpooledTemporaryFile(max_size=32 * 2**20, mode="w+b")
        rows = views.export_rows(store, **filters)
        if format in BINARY_FORMATS:
            n = writer(format)(rows, spool)
        else:
            import io
            text = io.TextIOWrapper(spool, encoding="utf-8-sig" if excel and "csv" in format else "utf-8", newline="")
            n = writer(format)(rows, text)
            text.flush()
            text.detach()
        spool.seek(0)

        def chunks():
            with spool:
                while block := spool.read(65536):
                    yield block
        return StreamingResponse(chunks(), media_type=ctype,
                                 headers={"Content-Disposition": f'attachment; filename="events.{ext}"',
                                          "X-Total-Count": str(n)})

    @app.get("/v1/timeline", tags=["dashboard"], responses=ERRORS)
    def timeline(filters: Filters, bin: Annotated[Literal["auto", "day", "week", "month"], Query()] = "auto") -> dict:
        """Events per bin and event type, and events and fatalities per bin (auto: day up to three
        months, week up to two years, month beyond)."""
        return views.timeline(store, bin=bin, **filters)

    @app.get("/v1/points", tags=["dashboard"], responses=ERRORS)
    def points(filters: Filters, limit: Annotated[int, Query(ge=1, le=50000)] = 20000) -> list[dict]:
        """Coordinates of matching events, for the map."""
        return JSONResponse(views.points(store, limit=limit, **filters))

    @app.get("/v1/clusters", tags=["dashboard"], responses=ERRORS)
    def clusters(filters: Filters,
                 zoom: Annotated[int | None, Query(ge=0, le=18, description="Map zoom; none: fitted to the events")] = None,
                 within: Annotated[str | None, Query(max_length=200, description="Only the map's view: "
                                                     "west,south,east,north (degrees)")] = None,
                 width: Annotated[int, Query(ge=50, le=20000, description="Map width in pixels (fitting)")] = 800,
                 height: Annotated[int, Query(ge=50, le=20000, description="Map height in pixels (fitting)")] = 500,
                 limit: Annotated[int, Query(ge=1, le=20000, description="The biggest clusters only")] = 2000):
        """The matching events clustered for the map at a zoom: cells of ~60 screen pixels, each
        with its count, centre, fatalities, event types and newest events (``same_place``: every
        event of the cell at one point, zooming in will not split it). Without ``zoom`` the map is
        fitted to the events (``zoom`` and ``center`` in the answer)."""
        try:
            out = mapcells.cells(store, zoom=zoom, within=within, width=width, height=height, limit=limit, **filters)
        except mapcells.CellsError as exc:
            raise ApiError(400, "bad_filter", str(exc)) from None
        return JSONResponse(out)

    @app.get("/v1/facets", tags=["dashboard"], responses=ERRORS)
    def facets(filters: Filters, limit: Annotated[int, Query(
            ge=1, le=200, description="Values kept per facet (admin1, sub-event type, actor, location, source); "
            "country, event type and status are small vocabularies and always come whole")] = 15) -> dict:
        """For each facet (country, admin1, event and sub-event type, actor, location, source,
        status) the values among the matching events with their counts, largest first. ``limit``
        cuts the long lists; the country, event type and status lists come whole (the form's
        menus need every value)."""
        return views.facets(store, limit=limit, **filters)

    @app.get("/v1/stats", tags=["dashboard"], responses=ERRORS)
    def stats(filters: Filters,
              by: Annotated[Literal[tuple(views.GROUPS)] | None, Query(  # type: ignore[valid-type]
                  description="Group events and fatalities by this")] = None,
              limit: Annotated[int | None, Query(ge=1, le=10000)] = None) -> dict:
        """Totals (events, merged events, fatalities, articles, reviews) of the matching events; with
        ``by``, events and fatalities per month, week, year, country, admin1, type, actor, source..."""
        out: dict[str, Any] = {"total": views.count(store, **filters)}
        if by is not None:
            out["by"] = by
            out["groups"] = views.stats(store, by=by, limit=limit, **filters)
            return out
        out.update(store_counts())
        out["merged_events"] = views.count(store, **dict(filters, merged=True))
        out["fatalities"] = views.fatalities(store, **filters)
        return out


    @app.get("/v1/config", tags=["dashboard"])
    def config() -> dict:
        """Dashboard settings: map tiles (null = the bundled offline map only)."""
        return {"tiles": tiles, "tiles_attribution": tiles_attribution, "version": hadath.__version__}

    @app.get("/v1/vocab", tags=["dashboard"])
    def vocab() -> dict:
        """Arabic names for the dashboard: actors (generic ones as [prefix, suffix, Arabic]),
        countries and first-level divisions."""
        from hadath.store.vocab import arabic_names
        return arabic_names()

    @app.get("/v1/health", tags=["dashboard"])
    def health() -> dict:
        return {"ok": True}

    pages = Pages(STATIC)
    static = Static(directory=STATIC)
    app.state.warm_assets = lambda: (static.gzipped.warm(pages.assets("index.html")), pages.warm("index.html"))

    @app.get("/v1/docs", include_in_schema=False)
    def docs() -> Response:
        """The API reference (Swagger UI, served from this server: no internet needed), its
        1.9 MB of scripts and styles at fingerprinted URLs (kept by the browser)."""
        return pages.response("docs.html")

    @app.get("/", include_in_schema=False)
    def index(request: Request) -> Response:
        """The dashboard, its scripts and styles at fingerprinted URLs (kept by the browser), and
        the URL's view's answers in the page (hadath.api.firstview: no API round trip to draw it)."""
        first = firstview.answers(
            request.query_params, filters=event_filters, sorts=views.SORTS, stats=stats, timeline=timeline,
            facets=facets, vocab=vocab,
            events=events_page)
        return pages.response("index.html", request.scope, firstview.data_block(first))

    @app.get("/static/bundle/{name}.js", include_in_schema=False)
    def bundle(name: str, request: Request) -> Response:
        """A page's scripts as one file (``<!-- bundle NAME -->`` in the page; hadath.api.assets)."""
        try:
            return pages.bundle_response(name, request.scope, fingerprinted="v" in request.query_params)
        except (KeyError, OSError):
            raise ApiError(404, "not_found", f"no script bundle {name!r}") from None

    app.include_router(watch_router(store, pages))  # hadath watch: /latest and /v1/watch
    app.mount("/static", static, name="static")
    install_error_handlers(app, {NotFound: (404, "not_found"), FilterError: (400, "bad_filter"),
                                 StoreError: (422, "rejected")})
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders, img_src=_origin(tiles) if tiles else "")  # outermost: every response
    return app


def page_json(page: dict) -> JSONResponse:
    """A page of records as JSON without pydantic's pass over every record (~45 ms for 50 records
    under load): the records are JSON already (str, numbers, lists, dicts); EventPage stays the
    documented shape. A value JSON cannot hold goes through FastAPI's encoder."""
    body = {k: page.get(k) for k in EventPage.model_fields}
    try:
        return JSONResponse(body)
    except (TypeError, ValueError):
        from fastapi.encoders import jsonable_encoder
        return JSONResponse(jsonable_encoder(body))


class _StoreCounts:
    """The store's table counts, read again only when the store changed (the snapshot is
    replaced on every change): a COUNT over every table costs ~0.3 s on 100,000 events."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.got: tuple[Any, dict[str, int]] | None = None

    def __call__(self) -> dict[str, int]:
        snap = summary.snapshot(self.store)
        got = self.got
        if got is None or got[0] is not snap:
            got = self.got = (snap, self.store.counts())
        return dict(got[1])


def _warm_up(store: Store, store_counts: Callable[[], dict]):
    """Read the dashboard's snapshot of the store while the server starts (in the background),
    and compute the dashboard's opening view from it, so that the first page waits for neither."""
    from contextlib import asynccontextmanager

    def warm() -> None:
        views.warm(store)
        try:  # and the dashboard's opening view, as web/static/app.js asks for it, and the actor aliases
            from hadath.store.vocab import actors_matching, arabic_names
            actors_matching("-")
            arabic_names()
            store_counts()
            views.count(store, merged=True)
            views.fatalities(store, merged=True)
            views.listing(store, merged=True, limit=50, sort="event_date", order="desc")
            views.timeline(store, merged=True)
            views.facets(store, merged=True, limit=40)
            mapcells.cells(store, merged=True)
        except Exception:  # noqa: BLE001 - the request that needs it reports the error
            pass

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        def both() -> None:
            warm()
            try:
                app.state.warm_assets()  # the dashboard's scripts and styles gzipped
            except Exception:  # noqa: BLE001 - served uncompressed-then-cached on request
                pass
        threading.Thread(target=both, name="hadath-warm-up", daemon=True).start()
        yield
    return lifespan


def _origin(template: str) -> str:
    """'https://{s}.tile.example.org/{z}/{x}/{y}.png' -> 'https://*.tile.example.org'."""
    from urllib.parse import urlsplit

    parts = urlsplit(template.replace("{s}", "a"))
    host = parts.netloc
    if "{s}" in template:
        host = "*." + host.split(".", 1)[1] if "." in host else host
    return f"{parts.scheme}://{host}" if parts.scheme else ""
