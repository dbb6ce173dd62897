"""Bounded work per input: decompressed size, article length.

* A ``.gz`` input is decompressed in slices and refused once it grows past ``MAX_BYTES`` (a gzip
  bomb costs at most that much memory). A truncated or corrupt gzip keeps what decompressed
  cleanly, cut at the last complete line, with an error naming the input.
* An article longer than ``MAX_ARTICLE_CHARS`` is split at paragraph (else sentence, else word)
  boundaries into parts of at most that many characters, each extracted on its own, so time and
  memory stay linear in size; past ``MAX_PARTS`` parts the rest is dropped with an error naming
  the input. Limits can be set by the environment (``HADATH_MAX_INPUT_BYTES``,
  ``HADATH_MAX_ARTICLE_CHARS``, ``HADATH_MAX_ARTICLE_PARTS``).
"""
from __future__ import annotations

import os
import re
import zlib
from dataclasses import replace
from typing import Iterable, Iterator

from hadath.errors import InputError
from hadath.types import Article

SLICE = 1 << 20


def _env_int(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name, default)))
    except ValueError:
        return default


def max_bytes() -> int:
    """Largest input file, compressed or decompressed (default 256 MB)."""
    return _env_int("HADATH_MAX_INPUT_BYTES", 256 * 1024 * 1024)


def max_article_chars() -> int:
    return _env_int("HADATH_MAX_ARTICLE_CHARS", 50_000)


def max_parts() -> int:
    return _env_int("HADATH_MAX_ARTICLE_PARTS", 20)


def gunzip(name: str, data: bytes, limit: int | None = None) -> tuple[bytes, InputError | None]:
    """(decompressed bytes, error or None). Raises InputError when nothing is usable or the
    output would pass ``limit``; a truncated/corrupt stream returns its complete lines + an error."""
    limit = max_bytes() if limit is None else limit
    out = bytearray()
    pos, problem = 0, None
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        while True:
            if d.eof:  # a multi-member gzip: the next member starts in unused_data
                rest = d.unused_data
                if not rest.strip(b"\x00"):
                    break
                data, pos = rest, 0
                d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            tail = d.unconsumed_tail
            if tail:
                chunk = tail
            elif pos < len(data):
                chunk, pos = data[pos:pos + SLICE], pos + SLICE
            else:
                problem = "truncated gzip (the stream ends early)"
                break
            out += d.decompress(chunk, SLICE)
            if len(out) > limit:
                raise InputError(name, f"decompresses to more than the {limit:,}-byte limit for one input "
                                       "(a gzip bomb?); skipped")
    except zlib.error as exc:
        problem = f"corrupt gzip ({exc})"
    if problem is None:
        return bytes(out), None
    cut = out.rfind(b"\n")
    if cut < 0:
        raise InputError(name, f"not a valid gzip file: {problem}")
    kept = bytes(out[:cut + 1])
    lines = kept.count(b"\n")
    return kept, InputError(name, f"{problem}; kept the {lines:,} complete lines before the damage")


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?\u061f\u06d4]\s"), re.compile(r"\s"))


def _cut(text: str, size: int) -> int:
    """Where to end a part of at most ``size`` characters: the last paragraph break in its second
    half, else line, sentence or word break, else ``size``."""
    window = text[size // 2:size]
    for rx in _BREAKS:
        last = None
        for last in rx.finditer(window):
            pass
        if last is not None:
            return size // 2 + last.end()
    return size


def split_long(article: Article, size: int | None = None, parts: int | None = None) -> Iterator[Article | InputError]:
    """The article itself when short enough, else its parts (ids ``ID#p1``...; origin says which
    part), then an InputError when parts were dropped."""
    size = max_article_chars() if size is None else size
    parts = max_parts() if parts is None else parts
    text = article.text
    if len(text) <= size:
        yield article
        return
    where = article.origin or article.id
    start, n = 0, 0
    while start < len(text) and n < parts:
        end = len(text) if len(text) - start <= size else start + _cut(text[start:start + size], size)
        piece = text[start:end]
        start = end
        if not piece.strip():
            continue
        n += 1
        yield replace(article, id=f"{article.id}#p{n}", text=piece, origin=f"{where} (part {n})")
    if start < len(text):
        yield InputError(where, f"article of {len(text):,} characters: extracted the first {start:,} "
                                f"({parts} parts of at most {size:,}); the rest was skipped")


def bound(items: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
    size, parts = max_article_chars(), max_parts()
    for item in items:
        if isinstance(item, Article) and isinstance(item.text, str) and len(item.text) > size:
            yield from split_long(item, size, parts)
        else:
            yield item
