"""HTML reader: main text, title, publication date and outlet from the page (trafilatura).

The page's bytes are decoded here, not by trafilatura: the HTTP ``Content-Type`` charset (WARC
records pass it), then ``<meta charset>`` / ``http-equiv``, then :func:`hadath.ingest.decode.decode`
(UTF-8, then charset detection; Windows-1256 is common on Arabic sites).
"""
from __future__ import annotations

import codecs
import hashlib
import re
from datetime import date
from pathlib import Path
from typing import Iterator

from hadath.errors import InputError
from hadath.ingest.decode import decode
from hadath.ingest.urls import normalize_url
from hadath.types import Article

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
MIN_TEXT_CHARS = 20


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in ("windows-1256", "cp1256", "x-cp1256", "arabic-windows"):
        return "cp1256"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(name: str, data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding) for an HTML page: declared charset first, detection when it fails."""
    declared: list[str] = []
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m:
            declared.append(m.group(1))
    m = _META_CHARSET.search(data[:8192])
    if m:
        declared.append(m.group(1).decode("ascii", "replace"))
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    for label in declared:
        codec = _codec(label)
        if codec is None:
            continue
        try:
            return body.decode(codec), codec
        except UnicodeDecodeError:
            continue  # the page lies about its charset: detect instead
    return decode(name, data)


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def html_article_id(url: str | None, name: str, text: str) -> str:
    key = normalize_url(url)
    if key:
        return "u-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    stem = Path(name).name
    for suffix in (".gz", ".html", ".htm", ".xhtml"):
        stem = stem.removesuffix(suffix)
    return stem or "a-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def extract_html(html: str, url: str | None = None) -> dict:
    """trafilatura's main text and metadata as a dict (text, title, date, sitename, hostname, url)."""
    import trafilatura

    html = _XML_DECL.sub("", html, count=1)  # lxml refuses str input with an encoding declaration
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return {}
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {k: d.get(k) for k in ("text", "title", "date", "sitename", "hostname", "url")}


def html_to_article(name: str, data: bytes, *, url: str | None = None,
                    content_type: str | None = None, ident: str | None = None,
                    origin: str | None = None, line: int | None = None) -> Article:
    """One HTML page -> Article. Raises InputError when the page has no main text."""
    if not data.strip():
        raise InputError(name, "empty HTML page", line)
    html, encoding = decode_html(name, data, content_type)
    meta = extract_html(html, url)
    text = (meta.get("text") or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        raise InputError(name, "no main text found in the HTML page", line)
    page_url = url or meta.get("url")
    outlet = meta.get("sitename") or meta.get("hostname")
    where = origin or name
    if encoding not in ("utf-8", "utf_8"):
        where = f"{where} ({encoding})"
    return Article(
        id=ident or html_article_id(page_url, name, text), text=text, url=page_url,
        published=_parse_date(meta.get("date")), source=outlet, title=meta.get("title") or None,
        origin=where,
    )


def read_html(name: str, data: bytes) -> Iterator[Article | InputError]:
    """One article per HTML file."""
    yield html_to_article(name, data)
