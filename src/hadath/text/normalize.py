"""Normalization for matching that keeps a map back to the original offsets.

Folds: diacritics and tatweel (removed), dots cut into a word among tatweels (removed: the
way posts cut words, as in "قـ.ـتل", to slip past platforms' filters), alef forms (أ إ آ ٱ → ا),
ى → ي, ة → ه, ؤ → و, ئ → ي, Persian and loan letters (ک ی ۀ ھ ڤ گ پ چ ژ), presentation
forms (NFKC, ligatures expanded; isolated vowel signs dropped),
Arabic-Indic and Persian digits → ASCII, Arabic punctuation → ASCII, bidi/joiner marks
(removed), exotic spaces → space, Latin → lower case.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from bisect import bisect_right
from functools import lru_cache
from typing import Sequence

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


class Offsets(Sequence):
    """``offsets`` of a normalized text, stored as runs: normalized index i maps to
    ``i + deltas[r]`` where r is the last run with ``starts[r] <= i`` (a dropped character
    starts a run with a larger delta, each character of an expansion a run of its own). Reads
    like the tuple it stands for; building that tuple costs one int object per character."""
    __slots__ = ("starts", "deltas", "_len")

    def __init__(self, starts: list[int], deltas: list[int], length: int) -> None:
        self.starts = starts
        self.deltas = deltas
        self._len = length  # len(normalized text) + 1

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return tuple(self)[i]
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("offsets index out of range")
        return i + self.deltas[bisect_right(self.starts, i) - 1]

    def __iter__(self):
        starts, deltas, n = self.starts, self.deltas, self._len
        for r, d in enumerate(deltas):
            stop = starts[r + 1] if r + 1 < len(starts) else n
            yield from range(starts[r] + d, stop + d)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Offsets, tuple, list, range)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Offsets({tuple(self)!r})"


def offset_runs(offsets: Sequence[int]) -> tuple[list[int], list[int]]:
    """(starts, deltas) of any offsets sequence (see :class:`Offsets`)."""
    if isinstance(offsets, Offsets):
        return offsets.starts, offsets.deltas
    if isinstance(offsets, range) and offsets.start == 0 and offsets.step == 1:
        return [0], [0]
    starts: list[int] = []
    deltas: list[int] = []
    for i, o in enumerate(offsets):
        if not deltas or o - i != deltas[-1]:
            starts.append(i)
            deltas.append(o - i)
    return starts or [0], deltas or [0]


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus ``offsets``: offsets[i] is the original index of normalized char i;
    offsets[len(text)] == len(original)."""
    original: str
    text: str
    offsets: Sequence[int]  # Offsets, or range(len(original) + 1) for one-to-one text

    def to_original(self, start: int, end: int) -> Span:
        """Map a normalized [start, end) to the original span covering exactly those chars.

        A span ending on a letter also covers the diacritics/tatweel written after it; a span
        that covers part of an expanded character (a lam-alef ligature) covers all of it.
        """
        # start into [0, n], end into [start, n] (= min(max(..)): builtin min/max take keyword
        # arguments, and four calls cost more than the rest of a one-to-one mapping)
        n = len(self.text)
        if start < 0:
            start = 0
        elif start > n:
            start = n
        if end < start:
            end = start
        elif end > n:
            end = n
        offsets = self.offsets
        if offsets.__class__ is Offsets:
            st, de = offsets.starts, offsets.deltas
            o_start = start + de[bisect_right(st, start) - 1]
            if start == end:
                return Span(o_start, o_start)
            o_end = end + de[bisect_right(st, end - 1) - 1]
            nxt = end + de[bisect_right(st, end) - 1]
        elif offsets.__class__ is range and offsets.start == 0 and offsets.step == 1:
            return Span(start, end)
        else:
            if start == end:
                pos = offsets[start]
                return Span(pos, pos)
            o_start = offsets[start]
            o_end = offsets[end - 1] + 1
            nxt = offsets[end]
        if o_end < nxt:
            original = self.original
            while o_end < nxt and ord(original[o_end]) in _MARKS:
                o_end += 1
        return Span(o_start, o_end)


# characters to fold that occur in almost every Arabic article: replaced unconditionally
_COMMON = "ةأ،إىئ"


@lru_cache(maxsize=1)
def _replacer() -> tuple[tuple[tuple[str, str], ...], re.Pattern[str], dict[str, str]] | None:
    """((common char, replacement), ...), a regex of every other character the table changes,
    and char -> replacement; None when a replacement contains a character that is itself
    replaced (then sequential ``str.replace`` would differ from ``str.translate``)."""
    table = _table()
    reps = {chr(cp): rep or "" for cp, rep in table.items() if rep != chr(cp)}
    if any(c in reps for rep in reps.values() for c in rep) or any(c not in reps for c in _COMMON):
        return None
    rest = sorted(c for c in reps if c not in _COMMON)
    return (tuple((c, reps[c]) for c in _COMMON),
            re.compile("[" + "".join(re.escape(c) for c in rest) + "]"), reps)


def _fold(text: str) -> str:
    """``text.translate(_table())``, computed as one ``str.replace`` per character to change
    (translate looks every character up in a dict; most characters stay as they are)."""
    rp = _replacer()
    if rp is None:
        return text.translate(_table())
    common, rx, reps = rp
    out = text
    for ch, rep in common:
        out = out.replace(ch, rep)
    for ch in set(rx.findall(out)):
        out = out.replace(ch, reps[ch])
    return out


# dots cut into a word: between two Arabic letters, among tatweels (see the module docstring)
_TATWEEL = chr(0x0640)
_LETTERS = f"[{chr(0x0621)}-{chr(0x064A)}]"
_CUT_DOT = re.compile(f"(?<={_LETTERS})[{_TATWEEL}.]*{_TATWEEL}[{_TATWEEL}.]*(?={_LETTERS})")


def _uncut(text: str) -> str:
    """``text`` with each run of dots and tatweels cut into a word turned into tatweels, which
    folding drops: same length, so offsets into it are offsets into ``text``."""
    if _TATWEEL + "." not in text and "." + _TATWEEL not in text:
        return text
    return _CUT_DOT.sub(lambda m: _TATWEEL * len(m.group()), text)


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching; ``offsets`` maps every normalized char to the original
    (a ``range`` when the folding is one-to-one)."""
    original, text = text, _uncut(text)
    out = _fold(text)
    special = _special_re()
    if len(out) == len(text) and special.search(text) is None:
        return Normalized(original, out, range(len(text) + 1))
    table = _table()
    starts, deltas = [0], [0]
    npos = prev = 0
    for m in special.finditer(text):
        i = m.start()
        npos += i - prev
        rep = table[ord(text[i])]
        if rep:  # an expansion: each of its characters maps to i
            for _ in rep:
                d = i - npos
                if d != deltas[-1]:
                    starts.append(npos)
                    deltas.append(d)
                npos += 1
        prev = i + 1
        d = prev - npos
        if d != deltas[-1]:
            if starts[-1] == npos:  # the previous run is empty
                deltas[-1] = d
            else:
                starts.append(npos)
                deltas.append(d)
    return Normalized(original, out, Offsets(starts, deltas, len(out) + 1))


@lru_cache(maxsize=65536)
def normalize_key(text: str) -> str:
    """Normalize a lexicon entry or query the same way as text, with whitespace collapsed."""
    return " ".join(text.translate(_table()).split())
