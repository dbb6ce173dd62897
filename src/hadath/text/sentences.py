"""Sentence splitting that survives abbreviations, decimal numbers, quotes and datelines."""
from __future__ import annotations

import re
from functools import lru_cache

from hadath.resources import load_tsv
from hadath.text.clitics import conjunctions
from hadath.text.normalize import Normalized, normalize_key
from hadath.types import Sentence, Span

ABBREVIATIONS_FILE = "lexicons/abbreviations.tsv"
LIST_HEADS_FILE = "lexicons/list_heads.tsv"


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Normalized abbreviations that end with a full stop but do not end a sentence."""
    return frozenset(normalize_key(r["abbreviation"]) for r in load_tsv(ABBREVIATIONS_FILE)
                     if r.get("abbreviation"))


@lru_cache(maxsize=1)
def list_heads() -> frozenset[str]:
    """Normalized words that head a list set out after a colon (بلدات:، القرى التالية:)."""
    return frozenset(normalize_key(r["word"]).split()[-1] for r in load_tsv(LIST_HEADS_FILE)
                     if r.get("word"))


# = r"[.!?]+|\n+", written to start with a character class: the regex engine then skips ahead
# to candidate characters instead of trying both branches at every position (5x faster)
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=\n)\n*|[.!?]*)")
# the word before a full stop (at most 8 characters: a longer one is no abbreviation)
_WORD_BEFORE = re.compile(r"[^\s(\"']*")
_W = r"[^\W\d_]+"
# "دمشق - سانا:"، "بيروت (رويترز) -"، "القاهرة، 5 مارس (أ ف ب) -"، "دمشق-سانا" on its own line,
# "ود مدني «سودانس بوست» –" (quote marks and dashes folded by the normalizer)
_DATELINE = re.compile(
    rf"\A\s*(?P<place>{_W}(?: {_W}){{0,3}})(?:\s*,?\s*\d{{1,2}}\s+{_W}(?:\s+\d{{4}})?)?"
    rf"(?:\s*\((?P<agency1>[^()\n]{{1,30}})\)\s*[-:]"
    rf"|\s*\"(?P<agency4>[^\"\n]{{1,30}})\"\s*[-:]"
    rf"|\s*-\s*[\"(]?(?P<agency2>{_W}(?: {_W}){{0,2}})[\")]?\s*[-:]"
    rf"|\s*-\s*[\"(]?(?P<agency3>{_W}(?: {_W}){{0,2}})[\")]?[ \t]*(?=\n))"
)
_QUOTES_OPEN = '"'


def find_dateline(norm: Normalized) -> tuple[int, int] | None:
    """Normalized [start, end) of an article's opening dateline ("دمشق - سانا:"), or None."""
    m = _DATELINE.match(norm.text)
    return (m.start("place"), m.end()) if m else None


def dateline(norm: Normalized) -> Span | None:
    """The opening dateline in original offsets (place, optional date, agency, separator)."""
    found = find_dateline(norm)
    return norm.to_original(*found) if found else None


def split_sentences(norm: Normalized) -> tuple[Sentence, ...]:
    """Sentences in original offsets. Newlines end paragraphs; full stops after abbreviations,
    list numbers and inside decimals or open quotations do not end a sentence; a dateline on
    its own line joins the first sentence."""
    text = norm.text
    found = find_dateline(norm)
    keep_newline = found[1] if found and text[found[1]:found[1] + 1] == "\n" else -1
    spans: list[tuple[int, int]] = []
    start = 0
    quote_depth = 0
    last = 0
    for m in _BOUNDARY.finditer(text):
        at, end = m.span()
        c = text[at]
        if c == "\n":
            if at == keep_newline or _broken_line(text, at, end) or _list_follows(text, at, end):
                continue
            spans.append((start, at))
            start = end
            quote_depth = 0
            last = end
            continue
        # a single full stop after a word of 4+ characters (most of them) is no abbreviation
        if c == "." and end - at == 1 and (at < 4 or _WORD_BEFORE.match(text, at - 4, at).end() != at) \
                and _is_abbrev_or_number(text, at):  # type: ignore[union-attr]
            continue
        nxt = text[end:end + 1]
        if nxt and not nxt.isspace() and nxt not in '"\')' and not _glued(text, at, end):
            continue  # "3.5", "a.b", "(...)x"
        # straight-quote parity from the last paragraph or sentence end to here (counted only
        # for a stop that would end a sentence: the same sum as counting at every boundary)
        quote_depth = (quote_depth + text.count(_QUOTES_OPEN, last, at)) % 2
        last = at
        if quote_depth == 1:
            continue  # a full stop inside an open quotation
        # swallow a closing quote or bracket after the stop
        while end < len(text) and text[end] in '"\')]':
            end += 1
        spans.append((start, end))
        start = end
        last = end
    spans.append((start, len(text)))
    out: list[Sentence] = []
    to_original = norm.to_original
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append(Sentence(len(out), to_original(a, b)))
    return tuple(out)


def _letter(c: str) -> bool:
    """A letter of a non-Latin script (the text is Arabic): not a URL's or an acronym's."""
    return c.isalpha() and not c.isascii()


def _glued(text: str, at: int, end: int) -> bool:
    """A full stop glued to the next sentence in scraped text (والشيحان.ولم يعرف): a word of
    three letters or more before it, a letter right after it (not أ.ف.ب, not www.x.net)."""
    return end - at == 1 and at >= 3 and _letter(text[end]) \
        and all(_letter(c) for c in text[at - 3:at])


def at_line_start(text: str, start: int) -> bool:
    """Only whitespace between the last line break (or the text's start) and ``start``
    (``not text[text.rfind("\n", 0, start) + 1:start].strip()`` without slicing the line)."""
    i = start - 1
    while i >= 0:
        ch = text[i]
        if ch == "\n":
            return True
        if not ch.isspace():
            return False
        i -= 1
    return True


LINE_ENDS = frozenset('.!?:;"\')]|')  # on normalized text: ؟ ؛ « » … are already ? ; " ...
BROKEN_LINE_WORDS = 8   # a line this long, not the first, that ends without a stop goes on


def _broken_line(text: str, at: int, end: int) -> bool:
    """A single line break inside a sentence (a scraped page wrapped at its column): the line
    before it is a long one, not the first (the headline), ends without punctuation, and the
    next line goes on with a letter."""
    if end - at != 1 or end >= len(text) or not text[end].isalpha():
        return False
    line_start = text.rfind("\n", 0, at)
    if line_start < 0:
        return False  # the first line: a headline
    line = text[line_start + 1:at].rstrip()
    if not line or line[-1] in LINE_ENDS or line[-1].isdigit():
        return False
    return len(line.split()) >= BROKEN_LINE_WORDS


def _list_follows(text: str, at: int, end: int) -> bool:
    """A paragraph break after a list's head and a colon (مستهدفا بلدات:، القرى التالية:): the
    list is the next paragraph, and the sentence goes on into it. Not after the first line (a
    headline), not before a quotation or a number (a speaker's words, a numbered list)."""
    line_start = text.rfind("\n", 0, at)
    if line_start < 0:
        return False  # the first line: a headline
    line = text[line_start + 1:at].rstrip()
    if not line.endswith(":"):
        return False
    words = line[:-1].split()
    if not words:
        return False
    word = words[-1]
    heads = list_heads()
    if word not in heads and not (word[:1] in conjunctions() and word[1:] in heads):   # (وقرى)
        return False
    nxt = end
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    return nxt < len(text) and _letter(text[nxt])


def _is_abbrev_or_number(text: str, dot: int) -> bool:
    lo = max(dot - 8, 0)
    j = lo
    while True:  # the leftmost j in [lo, dot] from which text[j:dot] has no stop character
        m = _WORD_BEFORE.match(text, j, dot)
        if m.end() == dot:  # type: ignore[union-attr]
            break
        j = m.end() + 1  # type: ignore[union-attr]
    word = text[j:dot]
    if not word:
        return False
    if word in abbreviations() or (len(word) == 1 and word.isalpha()):
        return True
    if word.isdigit() and len(word) <= 2 and (j == 0 or text[j - 1] == "\n"):
        return True  # a list number at the start of a paragraph: "1. ..."
    return False
