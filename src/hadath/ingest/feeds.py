"""RSS / Atom reader (feedparser): one Article per entry, with the entry's date and link.

A feed whose XML is broken is reported (with the line feedparser stopped at) and skipped as a
whole: a half-parsed feed cannot be trusted to hold the entries it seems to. Entries without any
text are reported one by one.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Iterator

from hadath.errors import InputError
from hadath.ingest.urls import normalize_url
from hadath.types import Article

_BLOCK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h\d)\s*/?>")


def html_fragment_text(fragment: str) -> str:
    """Visible text of an HTML fragment (entry summary/content), paragraphs on their own lines."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(_BLOCK.sub("\n", fragment), create_parent="div")
    except Exception:  # lxml raises several types for junk; fall back to a crude strip
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    text = root.text_content()
    lines = [" ".join(ln.split()) for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def _entry_text(entry) -> str:
    best = ""
    for c in entry.get("content") or ():
        v = html_fragment_text(c.get("value") or "")
        if len(v) > len(best):
            best = v
    summary = html_fragment_text(entry.get("summary") or "")
    return best if len(best) >= len(summary) else summary


def _bad_xml(parsed) -> str | None:
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    import feedparser

    benign = tuple(getattr(feedparser, n) for n in ("CharacterEncodingOverride",) if hasattr(feedparser, n))
    if benign and isinstance(exc, benign):
        return None
    return str(exc) or type(exc).__name__


def read_feed(name: str, data: bytes) -> Iterator[Article | InputError]:
    import feedparser

    if not data.strip():
        yield InputError(name, "empty feed")
        return
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    problem = _bad_xml(parsed)
    if problem is not None:
        exc = parsed.get("bozo_exception")
        line = exc.getLineNumber() if hasattr(exc, "getLineNumber") else None
        yield InputError(name, f"malformed feed, skipped ({problem})", line)
        return
    if not parsed.get("version") and not parsed.entries:
        yield InputError(name, "not an RSS or Atom feed (no channel or entries)")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    for i, entry in enumerate(parsed.entries, start=1):
        title = (entry.get("title") or "").strip()
        body = _entry_text(entry)
        if title and body and not body.startswith(title):
            text = f"{title}\n{body}"
        else:
            text = body or title
        if not text.strip():
            yield InputError(name, f"feed entry {i} has no text", None)
            continue
        link = entry.get("link") or None
        key = normalize_url(link) or entry.get("id") or f"{name}#{i}:{title}"
        yield Article(
            id="f-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16], text=text, url=link,
            published=_entry_date(entry), source=outlet, title=title or None,
            origin=f"{name}#entry{i}",
        )
