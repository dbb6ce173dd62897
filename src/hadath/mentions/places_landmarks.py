"""Well-known squares the news names without their city (issue #10, round 21): ميدان التحرير،
ساحة الشهداء، دوار اللؤلؤة. A street word and its name are a street mention only when a town
follows (شارع X في Y: places_recognize); a name of the curated table
(data/gazetteer/landmarks.tsv) is one on its own, and is coded at its city (the street's
container: precision 1, as a street named with its town) when the document's country focus
holds the row's country: ساحة التحرير is Baghdad's in a report on Iraq, Cairo's in one on
Egypt, nothing in one that names neither (the mention stays, unresolved)."""
from __future__ import annotations

from functools import lru_cache

from hadath.mentions.places_objects import place_ref
from hadath.resources import load_tsv
from hadath.text.normalize import normalize_key
from hadath.types import PlaceRef, Token

LANDMARKS_FILE = "gazetteer/landmarks.tsv"
FOCUS_MIN = 0.5     # the focus a row's country needs (focus_of: 1.0 the top country)


@lru_cache(maxsize=1)
def landmarks() -> dict[str, tuple[tuple[str, str], ...]]:
    """Normalized name -> ((country code, city id), ...)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in load_tsv(LANDMARKS_FILE):
        out.setdefault(normalize_key(row["name"]), []).append((row["cc"], row["city"]))
    return {k: tuple(v) for k, v in out.items()}


def landmark_end(tokens: tuple[Token, ...], i: int, j: int, cue: str) -> int:
    """The end of the longest landmark name the street word ``cue`` at token i starts with its
    next words (up to token j), or 0."""
    table = landmarks()
    words = [cue] + [t.norm for t in tokens[i + 1:j]]
    for k in range(len(words), 1, -1):
        if normalize_key(" ".join(words[:k])) in table:
            return i + k
    return 0


def landmark_towns(refs: list[PlaceRef], focus: dict[str, float], place_of) -> list[PlaceRef]:
    """The refs with each unresolved street mention that is a landmark and has no town put in
    the landmark's city of the country the document's focus holds most (FOCUS_MIN at least);
    ``place_of``: the gazetteer's place by id."""
    table = landmarks()
    out = refs
    for k, r in enumerate(refs):
        if r.place is not None or r.container is not None:
            continue
        rows = table.get(normalize_key(r.name))
        if not rows:
            continue
        best = max(rows, key=lambda row: focus.get(row[0], 0.0))
        city = place_of(best[1]) if focus.get(best[0], 0.0) >= FOCUS_MIN else None
        if city is None:
            continue
        if out is refs:
            out = list(refs)
        out[k] = place_ref(r.name, None, r.score, r.precision_hint, r.cue, city, r.candidates)
    return out
