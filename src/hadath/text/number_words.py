"""Arabic number words and digit strings: the word-level half of :mod:`hadath.text.numbers`.

Data: data/lexicons/numbers.tsv (cardinal, ordinal and vague words), numbers_nouns.tsv (nouns
with broken plurals, for duals and bare casualty plurals) and numbers_cues.tsv (bound phrases
and words that mark non-counts), all keyed through normalize_key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from hadath.resources import load_tsv
from hadath.text.normalize import normalize_key
from hadath.text.tokenize import segmentations
from hadath.types import Quantity

VAGUE_PHRASES: dict[str, Quantity] = {
    "عدد من": Quantity(3, estimate=True),
    "عدد كبير من": Quantity(10, estimate=True),
    "العشرات": Quantity(12, estimate=True),
}
BARE_CASUALTY = Quantity(10, estimate=True)  # CODING.md: unnumbered "قتلى" = 10 (ACLED "several")
_FIRST_PREFIXES = frozenset({(), ("و",), ("ف",), ("ب",), ("ل",), ("ك",), ("ال",), ("و", "ال"),
                             ("ف", "ال"), ("ب", "ال"), ("و", "ب"), ("و", "ل"), ("ل", "ال"),
                             ("و", "ب", "ال"), ("و", "ل", "ال"), ("ك", "ال")})
_NOT_NUMBERS = frozenset({"لست", "الاحد", "والاحد", "بالاحد"})
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class NumberWord:
    value: int
    cls: str  # unit | ten | hundred | mult | mult2 | mult_pl | vague | nayyif | ordinal


# ---------------------------------------------------------------- data

@lru_cache(maxsize=None)
def number_words() -> dict[str, NumberWord]:
    """Normalized number word → value and class (data/lexicons/numbers.tsv)."""
    return {normalize_key(r["form"]): NumberWord(int(r["value"]), r["class"])
            for r in load_tsv("lexicons/numbers.tsv")}


@lru_cache(maxsize=None)
def _nouns() -> tuple[dict[str, str], frozenset[str]]:
    duals: dict[str, str] = {}
    bare: set[str] = set()
    for r in load_tsv("lexicons/numbers_nouns.tsv"):
        sing = normalize_key(r["singular"])
        stems = [sing[:-1] + "ت"] if sing.endswith("ه") else [sing]
        for s in stems:
            duals[s + "ان"] = sing
            duals[s + "ين"] = sing
        if r["bare"] == "1":
            bare.add(normalize_key(r["plural"]))
    return duals, frozenset(bare)


def dual_nouns() -> dict[str, str]:
    """Normalized dual form → singular, for nouns whose plural is broken."""
    return _nouns()[0]


@lru_cache(maxsize=None)
def _cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    roles: dict[str, list[tuple[str, ...]]] = {}
    for r in load_tsv("lexicons/numbers_cues.tsv"):
        roles.setdefault(r["role"], []).append(tuple(normalize_key(r["phrase"]).split()))
    # longest phrases first
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in roles.items()}


@lru_cache(maxsize=None)
def _cue_words(role: str) -> frozenset[str]:
    return frozenset(p[0] for p in _cues()[role] if len(p) == 1)


# ---------------------------------------------------------------- word level

@lru_cache(maxsize=65536)
def word_number(norm: str) -> tuple[NumberWord, tuple[str, ...]] | None:
    """The number word inside a normalized token (with its proclitics), or None."""
    if norm in _NOT_NUMBERS:
        return None
    table = number_words()
    for prefs, stem, suf, _ in segmentations(norm):
        if suf or prefs not in _FIRST_PREFIXES:
            continue
        nw = table.get(stem)
        if nw is not None:
            return nw, prefs
    return None


def vague_quantity(word_form: str) -> Quantity | None:
    """ACLED figure for a vague quantity word or phrase (عشرات، مئات، بضعة، عدد من، قتلى)."""
    key = normalize_key(word_form)
    if key in VAGUE_PHRASES:
        return VAGUE_PHRASES[key]
    if " " not in key:
        hit = word_number(key)
        if hit is not None and hit[0].cls in ("vague", "mult_pl"):
            return Quantity(hit[0].value, estimate=True)
        for prefs, stem, suf, _ in segmentations(key):
            if not suf and stem in _nouns()[1]:
                return BARE_CASUALTY
    return None


def parse_digits(s: str, before_multiplier: bool = False) -> float | None:
    """'1,500' → 1500, '2.5' → 2.5, '1.500' → 1500 ('2.500' before مليون → 2.5)."""
    if not _DIGITS.fullmatch(s):
        return None
    parts = re.split(r"[.,]", s)
    if len(parts) == 1:
        return int(s)
    seps = set(re.findall(r"[.,]", s))
    if len(seps) == 1 and 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
        if len(parts) == 2 and seps == {"."} and before_multiplier:
            return float(s)
        return int("".join(parts))
    if len(parts) == 2:
        return float(parts[0] + "." + parts[1])
    return None
