"""Reading one source: the items it lists now (feed entries, sitemap URLs, dropped files) and,
for the new ones, their articles.

``list_items`` does one conditional read of the source and returns :class:`Listing`;
``Item.load()`` turns one new item into articles (fetching the article page through trafilatura
for sitemap URLs, and for feed entries that carry only a summary). Bad items come back as
``InputError`` and never sink the rest.
"""
from __future__ import annotations

import hashlib
import os
import re
import time
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Callable, Iterable

from hadath.errors import InputError
from hadath.types import Article
from hadath.watch.config import SourceSpec
from hadath.watch.fetch import Fetcher, FetchError

STABLE_SECONDS = 2.0          # a dropped file must be this old (still being written otherwise)
SKIP_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", "~", ".swp")
MAX_CHILD_SITEMAPS = 5        # newest children of a sitemap index read per visit
MIN_ARABIC_SHARE = 0.3
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "news": "http://www.google.com/schemas/sitemap-news/0.9"}

Loaded = list[Article | InputError]


@dataclass
class Item:
    key: str                                   # stable id within the source (sha1 hex)
    label: str                                 # URL or file, for messages
    load: Callable[[], Loaded]
    when: date | None = None                   # publication date when the listing gives one


@dataclass
class Listing:
    status: str                                # ok | not-modified
    items: list[Item] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    notes: list[str] = field(default_factory=list)


def item_key(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8")).hexdigest()


def _url_key(url: str) -> str:
    from hadath.ingest.urls import normalize_url

    return item_key(normalize_url(url) or url)


def arabic_share(text: str) -> float:
    letters = len(_LETTER.findall(text[:5000]))
    return len(_ARABIC.findall(text[:5000])) / letters if letters else 0.0


def check_language(spec: SourceSpec, items: Loaded) -> Loaded:
    """Articles that are not in the source's language become errors (hadath reads Arabic)."""
    if spec.language != "ar":
        return items
    out: Loaded = []
    for a in items:
        if isinstance(a, Article) and arabic_share(a.text) < MIN_ARABIC_SHARE:
            out.append(InputError(a.url or a.origin or a.id, "not Arabic text; skipped (source language is ar)"))
        else:
            out.append(a)
    return out


# ---- article pages -----------------------------------------------------------------------------
def fetch_page(fetcher: Fetcher, url: str, fallback: Article | None = None) -> Article:
    """The article at ``url`` (trafilatura). ``fallback`` (the feed entry) fills title/date/outlet
    the page lacks, and is returned as it is when the page cannot be fetched or has no text."""
    from hadath.ingest.html import html_to_article

    try:
        resp = fetcher.get(url)
        page = html_to_article(url, resp.body, url=resp.url or url, content_type=resp.header("Content-Type"),
                               ident=fallback.id if fallback else None, origin=url)
    except (FetchError, InputError):
        if fallback is not None:
            return fallback
        raise
    if fallback is None:
        return page
    return replace(page, url=fallback.url or page.url, title=fallback.title or page.title,
                   published=fallback.published or page.published, source=fallback.source or page.source)


def _page_loader(fetcher: Fetcher, url: str, fallback: Article | None) -> Callable[[], Loaded]:
    def load() -> Loaded:
        try:
            return [fetch_page(fetcher, url, fallback)]
        except (FetchError, InputError) as exc:
            return [InputError(url, str(exc).removeprefix(f"{url}: "))]
    return load


# ---- feeds ---------------------------------------------------------------------------------------
def feed_items(spec: SourceSpec, fetcher: Fetcher, body: bytes, summary_chars: int) -> tuple[list[Item], list[str]]:
    from hadath.ingest.feeds import read_feed

    items: list[Item] = []
    notes: list[str] = []
    for entry in read_feed(spec.location, body):
        if isinstance(entry, InputError):
            if "malformed feed" in entry.message or "not an RSS" in entry.message or "empty feed" in entry.message:
                raise FetchError(spec.location, "garbage", entry.message)
            notes.append(str(entry))
            continue
        key = _url_key(entry.url) if entry.url else item_key(entry.id)
        short = len(entry.text) < summary_chars
        wants_page = entry.url is not None and (spec.full_text == "always" or (spec.full_text == "auto" and short))
        if wants_page and entry.url.startswith(("http://", "https://")):
            load = _page_loader(fetcher, entry.url, entry)
        else:
            load = (lambda e=entry: [e])
        items.append(Item(key, entry.url or entry.id, load, entry.published))
    return items, notes


# ---- sitemaps ------------------------------------------------------------------------------------
def _xml(url: str, body: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        return etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError(url, "garbage", f"malformed sitemap, skipped ({exc})") from None


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def sitemap_items(spec: SourceSpec, fetcher: Fetcher, url: str, body: bytes, depth: int = 0) -> list[Item]:
    root = _xml(url, body)
    tag = root.tag.rsplit("}", 1)[-1]
    if tag == "sitemapindex":
        if depth > 0:
            raise FetchError(url, "garbage", "nested sitemap index, skipped")
        children = [(_day(_text(s, "sm:lastmod")), _text(s, "sm:loc")) for s in root.findall("sm:sitemap", NS)]
        children = sorted((c for c in children if c[1]), key=lambda c: c[0] or date.min, reverse=True)
        out: list[Item] = []
        for _, loc in children[:MAX_CHILD_SITEMAPS]:
            out.extend(sitemap_items(spec, fetcher, loc, fetcher.get(loc).body, depth + 1))
        return out
    if tag != "urlset":
        raise FetchError(url, "garbage", f"not a sitemap (root element <{tag}>), skipped")
    items: list[Item] = []
    for node in root.findall("sm:url", NS):
        loc = _text(node, "sm:loc")
        if not loc or not loc.startswith(("http://", "https://")):
            continue
        when = _day(_text(node, "news:news/news:publication_date") or _text(node, "sm:lastmod"))
        title = _text(node, "news:news/news:title")
        outlet = _text(node, "news:news/news:publication/news:name")
        hint = Article(id="u-" + _url_key(loc)[:16], text="", url=loc, published=when, source=outlet,
                       title=title, origin=loc)
        items.append(Item(_url_key(loc), loc, _sitemap_loader(fetcher, loc, hint), when))
    items.sort(key=lambda i: i.when or date.min, reverse=True)   # newest first
    return items


def _sitemap_loader(fetcher: Fetcher, url: str, hint: Article) -> Callable[[], Loaded]:
    page = _page_loader(fetcher, url, None)

    def load() -> Loaded:
        out = page()
        return [replace(a, title=hint.title or a.title, published=hint.published or a.published,
                        source=hint.source or a.source) if isinstance(a, Article) else a for a in out]
    return load


# ---- drop folders --------------------------------------------------------------------------------
def folder_items(spec: SourceSpec) -> list[Item]:
    from hadath.ingest import expand, read_path

    if not os.path.isdir(spec.location):
        raise FetchError(spec.location, "missing", "no such folder")
    now = time.time()
    items: list[Item] = []
    for path in expand([spec.location]):
        name = os.path.basename(path)
        if name.startswith((".", "~")) or name.endswith(SKIP_SUFFIXES):
            continue
        try:
            st = os.stat(path)
        except OSError:
            continue  # removed between listing and stat
        if now - st.st_mtime < STABLE_SECONDS:
            continue  # still being written: next read
        rel = os.path.relpath(path, spec.location)
        items.append(Item(item_key(f"{rel}\x1f{st.st_size}\x1f{st.st_mtime_ns}"), path,
                          (lambda p=path: list(read_path(p)))))
    return items


# ---- one read --------------------------------------------------------------------------------
def list_items(spec: SourceSpec, fetcher: Fetcher, *, etag: str | None = None, last_modified: str | None = None,
               summary_chars: int = 600) -> Listing:
    """One read of a source. Raises FetchError when the source as a whole fails."""
    if spec.kind == "folder":
        return Listing("ok", folder_items(spec))
    resp = fetcher.get(spec.location, etag=etag, last_modified=last_modified)
    if resp.not_modified:
        return Listing("not-modified", etag=etag, last_modified=last_modified)
    if not resp.body.strip():
        raise FetchError(spec.location, "garbage", "empty response, skipped")
    if spec.kind == "sitemap":
        items, notes = sitemap_items(spec, fetcher, spec.location, resp.body), []
    else:
        items, notes = feed_items(spec, fetcher, resp.body, summary_chars)
    return Listing("ok", items, resp.header("ETag"), resp.header("Last-Modified"), notes)


def take_new(items: Iterable[Item], seen: set[str], limit: int) -> tuple[list[Item], int]:
    """The unseen items (at most ``limit``, in listing order) and how many more were left."""
    new, seen_now = [], set()
    for it in items:
        if it.key in seen or it.key in seen_now:
            continue
        seen_now.add(it.key)
        new.append(it)
    return new[:limit], max(0, len(new) - limit)
