"""Normalization for matching that keeps a map back to the original offsets.

Folds: diacritics and tatweel (removed), alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه, ؤ → و,
ئ → ي, Persian letters (ک ی ۀ ھ), presentation forms (NFKC, ligatures expanded),
Arabic-Indic and Persian digits → ASCII, Arabic punctuation → ASCII, bidi/joiner marks
(removed), exotic spaces → space, Latin → lower case.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from hadath.types import Span

_DROP = set(range(0x064B, 0x0660)) | {0x0670, 0x0640, 0x06D6, 0x06D7, 0x06D8, 0x06D9, 0x06DA,
        0x06DB, 0x06DC, 0x06DF, 0x06E0, 0x06E1, 0x06E2, 0x06E3, 0x06E4, 0x06E7, 0x06E8, 0x06EA,
        0x06EB, 0x06EC, 0x06ED, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x202A, 0x202B,
        0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x00AD}

_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ھ": "ه", "ە": "ه",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‹": '"', "›": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "`": "'", "´": "'",
    "–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-", "−": "-", "ـ": "",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ", "\u3000": " ",
    "\t": " ", "\r": " ", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
    "…": "...",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    cp = ord(ch)
    if cp in _DROP:
        return ""
    if ch in _MAP:
        return _MAP[ch]
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:
            return "".join(_fold_char(c) for c in decomposed)
        return ch
    if ch.isascii():
        return ch.lower()
    if "\u00c0" <= ch <= "\u024f":  # Latin with accents: lower case, keep letter
        return ch.lower()
    return ch


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus ``offsets``: offsets[i] is the original index of normalized char i;
    offsets[len(text)] == len(original)."""
    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> Span:
        """Map a normalized [start, end) to the original span covering exactly those chars."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return Span(pos, pos)
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1
        # extend over characters dropped right after the last kept one (diacritics, tatweel)
        nxt = self.offsets[end] if end < len(self.offsets) else len(self.original)
        while o_end < nxt and ord(self.original[o_end]) in _DROP:
            o_end += 1
        return Span(o_start, o_end)


def normalize(text: str) -> Normalized:
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        for f in folded:
            out.append(f)
            offsets.append(i)
    offsets.append(len(text))
    return Normalized(text, "".join(out), tuple(offsets))


@lru_cache(maxsize=65536)
def normalize_key(text: str) -> str:
    """Normalize a lexicon entry or query the same way as text, with whitespace collapsed."""
    return " ".join("".join(_fold_char(c) for c in text).split())
