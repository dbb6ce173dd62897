"""Readers: turn input files into Articles, reporting each bad input as an InputError.

``read_inputs(paths)`` yields ``Article`` or ``InputError`` items, in order, and never raises for
a single bad input: a batch loses nothing but the bad item. Readers are chosen by file type in
:data:`READERS` (suffix -> "module:function"); each reader takes ``(path: Path, data: bytes)``
and yields ``Article | InputError``. ``.gz`` is undone before the suffix is looked at.
"""
from __future__ import annotations

import glob
import gzip
import importlib
import os
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator

from hadath.errors import InputError
from hadath.types import Article

Item = Article | InputError
Reader = Callable[[str, bytes], Iterator[Item]]

READERS: dict[str, str] = {
    ".txt": "hadath.ingest.text:read_text",
    ".text": "hadath.ingest.text:read_text",
    ".jsonl": "hadath.ingest.jsonl:read_jsonl",
    ".ndjson": "hadath.ingest.jsonl:read_jsonl",
    ".json": "hadath.ingest.jsonl:read_jsonl",
}
DEFAULT_READER = "hadath.ingest.text:read_text"

MAX_BYTES = 512 * 1024 * 1024  # one input file; larger is refused with a clear error


def reader_for(name: str) -> Reader:
    base = name[:-3] if name.endswith(".gz") else name
    suffix = Path(base).suffix.lower()
    target = READERS.get(suffix, DEFAULT_READER)
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


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


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    size = os.path.getsize(name)
    if size > MAX_BYTES:
        raise InputError(name, f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit for one input")
    with open(name, "rb") as fh:
        data = fh.read()
    if name.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InputError(name, f"not a valid gzip file ({exc})") from exc
    return data


def read_path(name: str) -> Iterator[Item]:
    try:
        data = _read_bytes(name)
    except InputError as exc:
        yield exc
        return
    except FileNotFoundError:
        yield InputError(name, "no such file")
        return
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}")
        return
    reader = reader_for(name if name != "-" else "stdin.txt")
    try:
        yield from reader(name, data)
    except InputError as exc:
        yield exc
    except Exception as exc:  # a reader bug must not sink the batch
        yield InputError(name, f"unreadable ({type(exc).__name__}: {exc})")


def read_inputs(paths: Iterable[str]) -> Iterator[Item]:
    for name in expand(paths):
        yield from read_path(name)
