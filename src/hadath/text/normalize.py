"""Normalization for matching that keeps a map back to the original offsets.

Folds: diacritics and tatweel (removed), alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه, ؤ → و,
ئ → ي, Persian and loan letters (ک ی ۀ ھ ڤ گ پ چ ژ), presentation forms (NFKC, ligatures
expanded; isolated vowel signs dropped),
Arabic-Indic and Persian digits → ASCII, Arabic punctuation → ASCII, bidi/joiner marks
(removed), exotic spaces → space, Latin → lower case.
"""
from __future__ import annotations

import re
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


_MAP.update({"ڤ": "ف", "ڨ": "ق", "پ": "ب", "چ": "ج", "ژ": "ز", "گ": "ك"})
# marks that belong to the preceding letter: a span ending on a letter extends over them
_MARKS = frozenset(range(0x064B, 0x0660)) | {0x0670, 0x0640, 0x200C, 0x200D} | \
    frozenset(range(0x06D6, 0x06EE))


@lru_cache(maxsize=1)
def _table() -> dict[int, str | None]:
    """str.translate table: code point -> replacement ('' / None drops the character)."""
    table: dict[int, str | None] = {cp: None for cp in _DROP}
    for ch, rep in _MAP.items():
        table[ord(ch)] = rep or None
    for cp in range(0x41, 0x5B):
        table[cp] = chr(cp + 32)
    for cp in range(0xC0, 0x250):
        low = chr(cp).lower()
        if low != chr(cp) and len(low) == 1:
            table[cp] = low
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed == ch:
            continue
        folded = "".join(c.translate(table) if ord(c) in table else c for c in decomposed)
        # isolated vowel signs (FE70..) decompose to space + mark: drop them entirely
        table[cp] = folded if folded.strip() else None
    return table


@lru_cache(maxsize=1)
def _special_re() -> re.Pattern[str]:
    """Characters whose replacement is not exactly one character."""
    chars = [chr(cp) for cp, rep in _table().items() if rep is None or len(rep) != 1]
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _fold_char(ch: str) -> str:
    rep = _table().get(ord(ch), ch)
    return rep or ""


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus ``offsets``: offsets[i] is the original index of normalized char i;
    offsets[len(text)] == len(original)."""
    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> Span:
        """Map a normalized [start, end) to the original span covering exactly those chars.

        A span ending on a letter also covers the diacritics/tatweel written after it; a span
        that covers part of an expanded character (a lam-alef ligature) covers all of it.
        """
        n = len(self.text)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if start == end:
            pos = self.offsets[start]
            return Span(pos, pos)
        offsets = self.offsets
        o_start = offsets[start]
        o_end = offsets[end - 1] + 1
        nxt = offsets[end]
        if o_end < nxt:
            original = self.original
            while o_end < nxt and ord(original[o_end]) in _MARKS:
                o_end += 1
        return Span(o_start, o_end)


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching; ``offsets`` maps every normalized char to the original."""
    table = _table()
    out = text.translate(table)
    special = _special_re()
    if len(out) == len(text) and special.search(text) is None:
        return Normalized(text, out, tuple(range(len(text) + 1)))
    offsets: list[int] = []
    prev = 0
    for m in special.finditer(text):
        i = m.start()
        offsets.extend(range(prev, i))
        rep = table[ord(text[i])]
        if rep:
            offsets.extend([i] * len(rep))
        prev = i + 1
    offsets.extend(range(prev, len(text) + 1))
    return Normalized(text, out, tuple(offsets))


@lru_cache(maxsize=65536)
def normalize_key(text: str) -> str:
    """Normalize a lexicon entry or query the same way as text, with whitespace collapsed."""
    return " ".join(text.translate(_table()).split())
