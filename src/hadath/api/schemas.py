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
                                 description="Who reviewed (default: the API token's name)")
    fields: dict[str, Any] | None = Field(None, description="For 'correct': field -> new value",
                                          max_length=50)
    note: str | None = Field(None, max_length=5000)


class EventPage(BaseModel):
    events: list[dict[str, Any]]
    next_cursor: str | None = Field(None, description="Pass as ?cursor= for the next page; null at the end")
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
}
