"""Plain-text reader: one article per file."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterator

from hadath.errors import InputError
from hadath.ingest.decode import decode
from hadath.types import Article


def article_id(name: str, text: str) -> str:
    stem = Path(name).name
    for suffix in (".gz", ".txt", ".text"):
        stem = stem.removesuffix(suffix)
    if stem.endswith(".ar"):
        stem = stem[:-3]
    return stem or "a-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def read_text(name: str, data: bytes) -> Iterator[Article | InputError]:
    if not data.strip():
        yield InputError(name, "empty file")
        return
    text, encoding = decode(name, data)
    if not text.strip():
        yield InputError(name, "empty file (whitespace only)")
        return
    ident = "stdin-" + hashlib.sha1(data).hexdigest()[:12] if name == "-" else article_id(name, text)
    yield Article(id=ident, text=text, origin=name if encoding == "utf-8" else f"{name} ({encoding})")
