"""WARC / ARC reader (warcio): streams records from the file, never the whole archive in memory.

Only HTTP ``response`` records with status 200 and an HTML content type are read; each page goes
through :func:`hadath.ingest.html.html_to_article` and only Arabic pages are kept
(:func:`hadath.ingest.lang.is_arabic`). gzip (per-record or whole-file) is handled by warcio.
A truncated or corrupt archive yields what it held up to the damage, then one InputError naming
the file, the record number and the byte offset.
"""
from __future__ import annotations

import os
import zlib
from typing import BinaryIO, Iterator

from hadath.errors import InputError
from hadath.ingest.html import html_article_id, html_to_article
from hadath.ingest.lang import is_arabic
from hadath.types import Article

MAX_RECORD_BYTES = 20 * 1024 * 1024  # a page larger than this is not a news article
HTML_TYPES = ("text/html", "application/xhtml+xml")
TRAILING_SLACK = 8  # CR LF CR LF after the last uncompressed record


class WarcStats:
    """Counts of what a read skipped and why (filled while iterating)."""

    def __init__(self) -> None:
        self.records = 0
        self.pages = 0
        self.not_arabic = 0
        self.skipped = 0


def read_warc(name: str, stream: BinaryIO, stats: WarcStats | None = None) -> Iterator[Article | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stats = stats or WarcStats()
    size = _size(stream)
    it = ArchiveIterator(stream, arc2warc=True)
    offset = end = 0
    try:
        for record in it:
            stats.records += 1
            if record.rec_type != "response" or record.http_headers is None:
                stats.skipped += 1
                end = _end_of(it)
                continue
            status = (record.http_headers.get_statuscode() or "").strip()
            ctype = record.http_headers.get_header("Content-Type") or ""
            if status != "200" or not ctype.lower().startswith(HTML_TYPES):
                stats.skipped += 1
                end = _end_of(it)
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{name}#record{stats.records}"
            body = record.content_stream().read(MAX_RECORD_BYTES + 1)
            if len(body) > MAX_RECORD_BYTES:
                yield InputError(name, f"record {stats.records} ({uri}) is over {MAX_RECORD_BYTES:,} bytes, skipped")
                continue
            if _short(record):
                yield InputError(name, f"truncated archive: record {stats.records} ({uri}) ends early")
                return
            offset = it.get_record_offset()
            end = offset + it.get_record_length()
            stats.pages += 1
            try:
                article = html_to_article(name, body, url=uri, content_type=ctype, origin=where,
                                          ident=html_article_id(uri, where, ""))
            except InputError as exc:
                yield InputError(name, f"record {stats.records} ({uri}): {exc.message}")
                continue
            if not is_arabic(article.text):
                stats.not_arabic += 1
                continue
            yield article
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        yield InputError(name, f"truncated or corrupt archive after record {stats.records}"
                               f" (byte {offset}): {msg}")
        return
    if size is not None and size - end > TRAILING_SLACK:
        # warcio stops quietly at a cut gzip member: bytes left over mean the file was cut
        yield InputError(name, f"truncated archive: {size - end:,} bytes after record"
                               f" {stats.records} (byte {end}) hold no complete record")


def _size(stream) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size - stream.tell()
    except (AttributeError, OSError, ValueError):
        return None


def _end_of(it) -> int:
    return it.get_record_offset() + it.get_record_length()


def _short(record) -> bool:
    """True when the record's block ended before its declared Content-Length (a cut file):
    the payload was read to its end, yet the length-limited raw stream still expects bytes."""
    limit = getattr(record.raw_stream, "limit", None)
    return isinstance(limit, int) and limit > 0


read_warc.wants_stream = True  # type: ignore[attr-defined]
