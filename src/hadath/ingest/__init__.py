"""Readers: turn input files into Articles, reporting each bad input as an InputError.

``read_inputs(paths)`` yields ``Article`` or ``InputError`` items, in order, and never raises for
a single bad input: a batch loses nothing but the bad item. Readers are chosen by file type in
:data:`READERS` (suffix -> "module:function"); each reader takes ``(name: str, data: bytes)``
and yields ``Article | InputError``. ``.gz`` is undone before the suffix is looked at.

A reader with the attribute ``wants_stream = True`` (the WARC reader) is given an open binary
file instead of the bytes, ``(name, stream)``, so big archives stream; it deals with any
compression itself and has no size limit. A file whose suffix is unknown is sniffed (WARC,
feed, HTML) before it falls back to the plain-text reader.
"""
from __future__ import annotations

import glob
import importlib
import os
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator

from hadath.errors import InputError
from hadath.ingest.limits import bound, gunzip, max_bytes
from hadath.ingest.totals import StreamMeter
from hadath.types import Article

Item = Article | InputError
Reader = Callable[[str, bytes], Iterator[Item]]

READERS: dict[str, str] = {
    ".txt": "hadath.ingest.text:read_text",
    ".text": "hadath.ingest.text:read_text",
    ".jsonl": "hadath.ingest.jsonl:read_jsonl",
    ".ndjson": "hadath.ingest.jsonl:read_jsonl",
    ".json": "hadath.ingest.jsonl:read_jsonl",
    ".html": "hadath.ingest.html:read_html",
    ".htm": "hadath.ingest.html:read_html",
    ".xhtml": "hadath.ingest.html:read_html",
    ".rss": "hadath.ingest.feeds:read_feed",
    ".atom": "hadath.ingest.feeds:read_feed",
    ".xml": "hadath.ingest.feeds:read_feed",
    ".feed": "hadath.ingest.feeds:read_feed",
    ".warc": "hadath.ingest.warc:read_warc",
    ".arc": "hadath.ingest.warc:read_warc",
}
# what the first bytes say when the suffix says nothing (checked in order)
SNIFF: tuple[tuple[bytes, str], ...] = (
    (b"warc/", "hadath.ingest.warc:read_warc"),
    (b"filedesc://", "hadath.ingest.warc:read_warc"),
    (b"<rss", "hadath.ingest.feeds:read_feed"),
    (b"<feed", "hadath.ingest.feeds:read_feed"),
    (b"<rdf:rdf", "hadath.ingest.feeds:read_feed"),
    (b"<!doctype html", "hadath.ingest.html:read_html"),
    (b"<html", "hadath.ingest.html:read_html"),
)
DEFAULT_READER = "hadath.ingest.text:read_text"

MAX_BYTES = max_bytes()  # one input file, also once decompressed (HADATH_MAX_INPUT_BYTES)


def _load(target: str) -> Reader:
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def reader_for(name: str, head: bytes | None = None) -> Reader:
    """The reader for a file name; ``head`` (its first bytes) decides when the suffix is unknown."""
    base = name[:-3] if name.endswith(".gz") else name
    suffix = Path(base).suffix.lower()
    target = READERS.get(suffix)
    if target is None and head:
        target = sniff(head)
    return _load(target or DEFAULT_READER)


def sniff(head: bytes) -> str | None:
    """A reader target from a file's first bytes, or None."""
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if h.startswith(b"<?xml"):
        h = h[h.find(b"?>") + 2:].lstrip() if b"?>" in h else h
    while h.startswith(b"<!--") and b"-->" in h:
        h = h[h.find(b"-->") + 3:].lstrip()
    low = h[:64].lower()
    for magic, target in SNIFF:
        if low.startswith(magic):
            return target
    return None


def _wants_stream(name: str) -> bool:
    base = name[:-3] if name.endswith(".gz") else name
    target = READERS.get(Path(base).suffix.lower())
    if target is None and name != "-":
        try:
            target = sniff(_peek(name))
        except OSError:
            return False
    return bool(target) and getattr(_load(target), "wants_stream", False)


def _peek(name: str, n: int = 512) -> bytes:
    with open(name, "rb") as fh:
        head = fh.read(n)
    if head[:2] == b"\x1f\x8b":
        import zlib

        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return b""
    return head


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files named, directories walked (sorted), globs expanded. '-' is standard input."""
    for p in paths:
        if p == "-":
            yield p
        elif any(ch in p for ch in "*?["):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield p  # reported as missing by read_path
            for m in matches:
                yield from expand([m]) if os.path.isdir(m) else iter([m])
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
        else:
            yield p


def _read_bytes(name: str) -> tuple[bytes, InputError | None]:
    """The input's bytes (decompressed, bounded) and a warning about damage, if any."""
    limit = MAX_BYTES
    if name == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise InputError("stdin", f"over the {limit:,}-byte limit for one input")
    else:
        size = os.path.getsize(name)
        if size > limit:
            raise InputError(name, f"file is {size:,} bytes, over the {limit:,}-byte limit for one input")
        with open(name, "rb") as fh:
            data = fh.read()
    if name.endswith(".gz") or (name == "-" and data[:2] == b"\x1f\x8b"):
        return gunzip(name, data, limit)
    return data, None


def _read_stream(name: str, meter: StreamMeter | None = None) -> Iterator[Item]:
    reader = reader_for(name, _peek(name))
    try:
        with open(name, "rb") as fh:
            if meter is None:
                yield from reader(name, fh)
            else:
                for item in reader(name, fh):
                    meter.seen(name, fh.tell())
                    yield item
                meter.seen(name, os.fstat(fh.fileno()).st_size)
    except InputError as exc:
        yield exc
    except FileNotFoundError:
        yield InputError(name, "no such file")
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a reader bug must not sink the batch
        yield InputError(name, f"unreadable ({type(exc).__name__}: {exc})")


def read_path(name: str) -> Iterator[Item]:
    if name != "-" and _wants_stream(name):
        yield from _read_stream(name)
        return
    try:
        data, damage = _read_bytes(name)
    except InputError as exc:
        yield exc
        return
    except FileNotFoundError:
        yield InputError(name, "no such file")
        return
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    if damage is not None:
        yield damage
    reader = reader_for(name if name != "-" else "stdin", data[:512])
    if getattr(reader, "wants_stream", False):  # sniffed an archive on standard input
        import io

        reader = _bound(reader, io.BytesIO(data))
    try:
        yield from reader(name, data)
    except InputError as exc:
        yield exc
    except Exception as exc:  # a reader bug must not sink the batch
        yield InputError(name, f"unreadable ({type(exc).__name__}: {exc})")


def _bound(reader: Callable, stream) -> Reader:
    def call(name: str, _data: bytes) -> Iterator[Item]:
        return reader(name, stream)
    return call


def read_inputs(paths: Iterable[str], meter: StreamMeter | None = None) -> Iterator[Item]:
    """Every article of every input (long ones split, see :mod:`hadath.ingest.limits`), and an
    InputError for each bad input. ``meter`` follows the archives read as streams: their bytes
    read and items yielded (for an estimate of the articles they hold, see
    :func:`hadath.ingest.totals.input_totals`)."""
    for name in expand(paths):
        if meter is None or name == "-" or not _wants_stream(name):
            yield from bound(read_path(name))
            continue
        for item in bound(_read_stream(name, meter)):
            meter.items += isinstance(item, Article)
            yield item


def count_articles(paths: Iterable[str], max_scan: int | None = None) -> int | None:
    """How many articles the inputs hold when that is cheap to know (see
    :func:`hadath.ingest.totals.input_totals`); None when some input does not tell."""
    from hadath.ingest.totals import input_totals

    totals = input_totals(paths, max_scan)
    return None if totals is None or totals.stream_bytes else totals.articles
