"""Gold files for ``hadath eval``.

Format (the worked example's shape): a JSON object per document —
``{"id", "text" | "text_file", "published", "events": [...], "not_events": [{"text", "why"}]}``
— either one object in a ``.json`` file, a JSON array of them, or one object per line in a
``.jsonl`` file. ``text_file`` is relative to the gold file. Each gold event carries ACLED
columns (event_date, event_type, sub_event_type, actor1, actor2, assoc_actor_1, location,
admin1, country, latitude, longitude, geo_precision, fatalities, time_precision); any may be
omitted or null.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hadath.errors import GoldFormatError
from hadath.ingest.jsonl import parse_published
from hadath.types import Article


@dataclass(frozen=True)
class GoldDoc:
    article: Article
    events: tuple[dict[str, Any], ...]
    not_events: tuple[dict[str, Any], ...] = ()
    origin: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _doc(obj: Any, base: Path, where: str) -> GoldDoc:
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: a gold document must be a JSON object")
    ident = str(obj.get("id") or "").strip()
    if not ident:
        raise GoldFormatError(f"{where}: gold document has no \"id\"")
    text = obj.get("text")
    if text is None and obj.get("text_file"):
        path = base / str(obj["text_file"])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise GoldFormatError(f"{where}: cannot read text_file {path}: {exc.strerror}") from exc
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{where}: gold document {ident!r} has no \"text\" or \"text_file\"")
    try:
        published = parse_published(obj.get("published"))
    except ValueError as exc:
        raise GoldFormatError(f"{where}: {exc}") from None
    events = obj.get("events", [])
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise GoldFormatError(f"{where}: \"events\" must be a list of objects")
    not_events = obj.get("not_events", [])
    if not isinstance(not_events, list):
        raise GoldFormatError(f"{where}: \"not_events\" must be a list")
    article = Article(id=ident, text=text, published=published, url=obj.get("url"), source=obj.get("source"))
    extra = {k: obj[k] for k in ("country", "outlet", "notes", "published_source") if obj.get(k) is not None}
    return GoldDoc(article, tuple(events), tuple(n for n in not_events if isinstance(n, dict)), where, extra)


def doc_country(doc: GoldDoc) -> str:
    """The report's country: the gold record's own, else its first event's, else ''."""
    c = doc.extra.get("country")
    if not c:
        c = next((e.get("country") for e in doc.events if e.get("country")), "")
    return str(c or "")


SPLITS = ("all", "dev", "heldout", "fix", "clean")
# A fresh coded set (not news_dev) is split by sorted report id: every fourth (index %
# CLEAN_EVERY == CLEAN_EVERY - 1) is its clean part, scored but never fixed against or trained on;
# the rest is its fix part.
CLEAN_EVERY = 4


def split_of(doc_id: str, ids_sorted: list[str]) -> str:
    """The fixed development split: every third report in id order is held back ("heldout"),
    the rest is "dev". Scoring the held-out part is meant for once per round."""
    return "heldout" if ids_sorted.index(doc_id) % 3 == 2 else "dev"


def select_split(docs: list[GoldDoc], split: str | None) -> list[GoldDoc]:
    """The reports of one split, by sorted id: ``dev`` / ``heldout`` (news_dev's fixed split,
    :func:`split_of`) or ``fix`` / ``clean`` (a fresh set's parts, :data:`CLEAN_EVERY`)."""
    if not split or split == "all":
        return docs
    ids = sorted(d.article.id for d in docs)
    if split in ("fix", "clean"):
        clean = {i for k, i in enumerate(ids) if k % CLEAN_EVERY == CLEAN_EVERY - 1}
        return [d for d in docs if (d.article.id in clean) == (split == "clean")]
    return [d for d in docs if split_of(d.article.id, ids) == split]


def load_gold(path: str | Path) -> list[GoldDoc]:
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError:
        raise GoldFormatError(f"{path}: not UTF-8 text") from None
    base = path.parent
    stripped = raw.lstrip()
    docs: list[GoldDoc] = []
    if stripped.startswith("{") and path.suffix != ".jsonl":
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
        return [_doc(obj, base, str(path))]
    if stripped.startswith("["):
        try:
            arr = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
        return [_doc(o, base, f"{path}[{i}]") for i, o in enumerate(arr)]
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
        docs.append(_doc(obj, base, f"{path}:{lineno}"))
    if not docs:
        raise GoldFormatError(f"{path}: no gold documents")
    return docs
