"""A cheap language check: is this text Arabic? (share of Arabic letters among letters)."""
from __future__ import annotations

import re

_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\u0750-\u077f]")
_LETTER = re.compile(r"[^\W\d_]")
MIN_ARABIC_SHARE = 0.5
MIN_LETTERS = 40


def arabic_share(text: str, sample: int = 20000) -> float:
    head = text[:sample]
    letters = len(_LETTER.findall(head))
    if not letters:
        return 0.0
    return len(_ARABIC.findall(head)) / letters


def is_arabic(text: str, min_share: float = MIN_ARABIC_SHARE) -> bool:
    """True when at least ``min_share`` of the letters are Arabic (and there is some text)."""
    head = text[:20000]
    letters = len(_LETTER.findall(head))
    return letters >= MIN_LETTERS and len(_ARABIC.findall(head)) / letters >= min_share
