"""Request and response bodies (pydantic), documented in the OpenAPI spec."""
from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_TEXT = 200_000  # characters in one article


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=MAX_TEXT, description="Article text (Arabic)")
    id: str | None = Field(None, max_length=500, description="Your id for the article")
    published: date | None = Field(None, description="Publication date: the reference for relative dates")
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=300, description="Outlet name")
    title: str | None = Field(None, max_length=2000)


class ExtractOut(BaseModel):
    article_id: str
    pipeline_version: str
    events: list[dict[str, Any]]


class ArticleOut(BaseModel):
    article_pk: int
    created: bool
    events_written: int
    event_ids: list[int]


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    action: Literal["accept", "correct", "reject"]
    reviewer: str | None = Field(None, min_length=1, max_length=200,
                                 description="Reviews are recorded under the API token's name; if given, "
                                             "it must be that name")
    fields: dict[str, Any] | None = Field(None, max_length=50, description=(
        "For 'correct': field -> new value, several at once. Editable: event_type, sub_event_type, "
        "event_date, time_precision (1-3), actor1, actor2 (inter1/inter2 only for an actor not in the "
        "actor list), assoc_actor_1/2, civilian_targeting, geo_precision (1-3), fatalities (+ _low/_high), "
        "fatalities_estimate, injuries, notes, tags, source_scale, and place: {name, id} from GET /v1/places"))
    note: str | None = Field(None, max_length=5000)


class EventPage(BaseModel):
    events: list[dict[str, Any]]
    count: int = Field(description="Events in this page")
    total: int | None = Field(None, description="All matching events (page mode)")
    page: int | None = Field(None, description="This page (1-based; page mode)")
    pages: int | None = Field(None, description="Number of pages (page mode)")
    sort: str | None = None
    order: str | None = None
    next_cursor: str | None = Field(None, description="Pass as ?cursor= for the next page (newest first); null at "
                                                      "the end")
    limit: int


class ErrorOut(BaseModel):
    error: str
    message: str
    detail: Any = None


ERRORS = {
    400: {"model": ErrorOut, "description": "Bad filter or parameter"},
    401: {"model": ErrorOut, "description": "Missing or invalid API token"},
    404: {"model": ErrorOut, "description": "Not found"},
    413: {"model": ErrorOut, "description": "Request body too large"},
    422: {"model": ErrorOut, "description": "Invalid value (e.g. a correction that breaks ACLED's rules)"},
}
