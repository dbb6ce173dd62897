"""JSONL reader: one record per line ``{"id", "text", "published", "url", "source", "title"}``."""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Iterator

from hadath.errors import InputError
from hadath.ingest.decode import decode
from hadath.types import Article


def parse_published(value: object) -> date | None:
    """ISO date or datetime string (or None). Raises ValueError for garbage."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be a string, got {type(value).__name__}")
    v = value.strip()
    try:
        return date.fromisoformat(v[:10]) if len(v) >= 10 else date.fromisoformat(v)
    except ValueError:
        try:
            return datetime.fromisoformat(v.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(f"published {value!r} is not an ISO date (YYYY-MM-DD)") from None


def record_to_article(name: str, line: int, rec: object) -> Article:
    if not isinstance(rec, dict):
        raise InputError(name, f"record is a JSON {type(rec).__name__}, not an object", line)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(name, "record has no \"text\" (or it is empty)", line)
    try:
        published = parse_published(rec.get("published"))
    except ValueError as exc:
        raise InputError(name, str(exc), line) from None
    ident = rec.get("id")
    ident = str(ident) if ident not in (None, "") else "a-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    def opt(key: str) -> str | None:
        v = rec.get(key)
        return str(v) if v not in (None, "") else None
    return Article(id=ident, text=text, url=opt("url"), published=published, source=opt("source"),
                   title=opt("title"), origin=f"{name}:{line}")


def read_jsonl(name: str, data: bytes) -> Iterator[Article | InputError]:
    if not data.strip():
        yield InputError(name, "empty file")
        return
    text, _ = decode(name, data)
    stripped = text.lstrip()
    if stripped.startswith("["):  # a JSON array of records is accepted too
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputError(name, f"not valid JSON: {exc.msg}", exc.lineno)
            return
        for i, rec in enumerate(records, start=1):
            try:
                yield record_to_article(name, i, rec)
            except InputError as exc:
                yield exc
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(name, f"not valid JSON ({exc.msg}, column {exc.colno})", lineno)
            continue
        try:
            yield record_to_article(name, lineno, rec)
        except InputError as exc:
            yield exc
