"""Lookup keys for place names.

``name_key`` is the exact key (the text normalizer's folding, hyphens as spaces).
``skeleton`` is the fuzzy key: letters that news spelling confuses are folded (س/ص/ث,
ت/ط, د/ض/ذ/ز/ظ, ق/ك/غ, ح/ه/خ), long vowels, hamza and ʿayn are dropped, and so are the
article ال- and doubled letters. Latin names get the same skeleton through a rough
transliteration, so Kurdish/Turkish spellings (Kobanî, كوباني) meet.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from hadath.errors import DataError
from hadath.resources import data_path, load_tsv
from hadath.text.normalize import normalize_key

LETTERS_FILE = "gazetteer/letters.tsv"
ARTICLE = "ال"                   # the article ال (a grammar marker, not a word list)
TAA = "ه"                        # ه: taa marbuta after normalization


class Letters(NamedTuple):
    """The letter tables of data/gazetteer/letters.tsv."""
    fold: dict[int, str]                  # str.translate table of skeleton()
    digraphs: tuple[tuple[str, str], ...]
    single: dict[str, str]
    single_tr: dict[int, str]             # ``single`` as a str.translate table
    group: dict[str, int]                 # confusable letter -> its group
    long_vowels: str
    arabic: dict[int, str]                # Persian/Urdu/Kurdish letter -> Arabic (translate table)
    group_fold: dict[int, str]            # confusable letter -> one private-use mark per group
    final_hamza: dict[str, str]           # a word's final hamza ending -> the ending without it
    hamza_apart: dict[str, str]           # a hamza written apart from its seat -> the seated one


_GROUP_MARK = 0xE000   # the private-use code point of confusable group 0 in ``group_fold``


def _cell(value: str) -> str:
    return chr(int(value[2:], 16)) if value.startswith("U+") else value


@lru_cache(maxsize=1)
def letters() -> Letters:
    """The letter tables (read on first use; letters are taken as written, not normalized)."""
    fold: dict[str, str] = {}
    digraphs: list[tuple[str, str]] = []
    single: dict[str, str] = {}
    group: dict[str, int] = {}
    vowels: list[str] = []
    arabic: dict[str, str] = {}
    final_hamza: dict[str, str] = {}
    hamza_apart: dict[str, str] = {}
    tables = {"fold": fold, "latin_single": single, "arabic_letter": arabic,
              "final_hamza": final_hamza, "hamza_apart": hamza_apart}
    for line, row in enumerate(load_tsv(LETTERS_FILE), start=2):
        table, src, dst = row.get("table", ""), _cell(row.get("from", "")), _cell(row.get("to", ""))
        if not src:
            raise DataError(f"{data_path(LETTERS_FILE)}: row {line} has no letter: {row}")
        if table in tables:
            tables[table][src] = dst
        elif table == "latin_digraph":
            digraphs.append((src, dst))
        elif table == "confusable":
            group.update((ch, int(dst)) for ch in src)
        elif table == "long_vowel":
            vowels.append(src)
        else:
            raise DataError(f"{data_path(LETTERS_FILE)}: row {line}: unknown table {table!r}")
    return Letters(str.maketrans(fold), tuple(digraphs), single, str.maketrans(single), group,
                   "".join(vowels),
                   str.maketrans(arabic),
                   str.maketrans({ch: chr(_GROUP_MARK + g) for ch, g in group.items()}),
                   final_hamza, hamza_apart)


_ARTICLE_RE = re.compile(r"^(?:al|el|ar|as|at|ad|an|ash|az|ath|adh|ad)[ -]|^(?:al|el)(?=[a-z])")
_LATIN_ARTICLES = frozenset("al el ez es et ed en er ar as at ad an ash az ath adh ul ud ur us".split())


_ARABIC_LETTERS = "\u0621-\u06ff"   # (a character range of the patterns below)
ARABIC_RE = re.compile(f"[{_ARABIC_LETTERS}]")
_NOT_ARABIC_SPACE_RE = re.compile(f"[^{_ARABIC_LETTERS} ]")


def is_arabic(text: str) -> bool:
    return ARABIC_RE.search(text) is not None


# a line with an Arabic letter (over names joined by line breaks: the Arabic names)
_ARABIC_LINE = re.compile(f"^.*[{_ARABIC_LETTERS}].*$", re.M)


def arabic_names(names: list[str]) -> list[str]:
    """``[n for n in names if is_arabic(n)]`` by one search over the joined names (most towns
    of the world have no Arabic name; no name holds a line break)."""
    joined = "\n".join(names)
    return _ARABIC_LINE.findall(joined) if ARABIC_RE.search(joined) is not None else []


# hyphens and underscores as spaces, the tatweel (U+0640) dropped
_JOINERS = (("_", " "), ("-", " "), ("\u0640", ""))


def _unjoin(text: str) -> str:
    for ch, rep in _JOINERS:
        text = text.replace(ch, rep)
    return text


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Exact lookup key: normalized, hyphens and underscores as spaces, whitespace collapsed."""
    return normalize_key(_unjoin(name))


def hamza_free(key: str) -> str:
    """``key`` with a hamza ending a word after a long vowel dropped (letters.tsv final_hamza):
    the same name as news writes it with or without the final hamza (شداء/شدا، صنعاء/صنعا،
    الشاطىء keyed الشاطيء/الشاطي), when the word keeps three letters or more (ماء، سوء keep
    their hamza). ``key`` is a name key: ى and ئ are already ي and ة is ه, so the final alef maqsura
    and taa marbuta spellings meet in ``name_key`` itself."""
    table = letters()
    if not any(end in key for end in table.final_hamza):
        return key
    return _final_hamza_re().sub(lambda m: table.final_hamza[m.group(1)], key)


@lru_cache(maxsize=1)
def _final_hamza_re() -> re.Pattern:
    ends = "|".join(map(re.escape, letters().final_hamza))
    return re.compile(f"(?<=[^ ]{{2}})({ends})(?= |$)")


def hamza_on_seat(word: str) -> str:
    """A text word (normalized) with a final hamza written apart from its seat read as the
    seated one (letters.tsv hamza_apart: الشاطىء = الشاطئ, فوجىء = فوجئ); any other word as it
    is. (A final اء in a text is a written hamza, not a variant: آباء، ميساء are no spelling
    of the names ابا، ميسا.)"""
    for end, seated in letters().hamza_apart.items():
        if word.endswith(end) and len(word) > len(end) + 1:
            return word[:-len(end)] + seated
    return word


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_RUN = re.compile(r"(.)\1+", re.S)


def _collapse(s: str) -> str:
    """``s`` with every run of one letter written once."""
    return _RUN.sub(_first, s) if _RUN.search(s) is not None else s


def _first(m: re.Match) -> str:
    return m.group(1)


_SEP = "\x00"   # joins names for name_keys (no name holds it; the normalizer keeps it)


def name_keys(names: list[str]) -> list[str]:
    """``[name_key(n) for n in names]`` with one translation of the joined names (the index
    build's thousands of names)."""
    if not names:
        return []
    from hadath.text.normalize import _table
    big = _SEP.join(names)
    if big.count(_SEP) != len(names) - 1:
        return [name_key(n) for n in names]
    big = _unjoin(big).translate(_table())
    parts = big.split(_SEP)
    if len(parts) != len(names):   # (a normalizer that maps the separator)
        return [name_key(n) for n in names]
    return [" ".join(p.split()) for p in parts]


@lru_cache(maxsize=200_000)
def arabic_skeleton(key: str) -> str:
    """``skeleton`` of an Arabic name from its name key."""
    fold = letters().fold
    out = []
    for w in key.split():
        if w.startswith(ARTICLE) and len(w) > 3:
            w = w[2:]
        if w.endswith(TAA) and len(w) > 2:
            w = w[:-1]
        out.append(w.translate(fold))
    return _collapse("\n".join(out)).replace("\n", "")


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """Fuzzy key of an Arabic or Latin name (empty when nothing is left)."""
    table = letters()
    if is_arabic(name):
        return arabic_skeleton(name_key(name))
    s = _strip_marks(name.lower()).replace("‘", "").replace("’", "").replace("`", "")
    s = s.replace("'", "").replace("ʿ", "").replace("ʾ", "")
    s = _ARTICLE_RE.sub("", s)
    kept = []
    for w in s.replace("-", " ").split():
        if w in _LATIN_ARTICLES:
            continue
        kept.append(_ARTICLE_RE.sub("", w + " ").strip() or w)
    # the digraphs, then the single letters, over the words at once (no letter maps to a space);
    # a character with no entry is kept only if it is Arabic
    s = " ".join(kept)
    for a, b in table.digraphs:
        s = s.replace(a, b)
    words = []
    for w in _NOT_ARABIC_SPACE_RE.sub("", s.translate(table.single_tr)).split(" "):
        if w.endswith(TAA) and len(w) > 2:
            w = w[:-1]
        words.append(_collapse(w))
    return _collapse("".join(words))


@lru_cache(maxsize=200_000)
def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """0..1 similarity of two keys (normalized Levenshtein on the article-less forms).

    Long vowels cost 0.5 to insert or delete, letters news spelling confuses 0.4 to swap.
    ``floor``: when a lower bound of the distance (``_distance_bound``: the letters one key
    has and the other lacks), or a row of the distance table, already shows the similarity is
    below it, an upper bound below ``floor`` is returned without finishing the table.
    """
    a = _drop_article(a)
    b = _drop_article(b)
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if not la or not lb:
        return 0.0
    longest = max(la, lb)
    bound = 1.0 - 0.5 * abs(la - lb) / longest
    if bound < floor:
        return bound
    # the largest distance that can still reach ``floor`` (a margin over float rounding)
    most = (1.0 - floor) * longest + 1e-9
    if floor > 0.0:
        low = _distance_bound(a, b)
        if low > most:
            return max(0.0, 1.0 - low / longest)
    table = letters()
    group = table.group
    vowels = table.long_vowels
    ins = [0.5 if cb in vowels else 1 for cb in b]       # cost to insert each letter of b
    groups = [group.get(cb, -2) for cb in b]
    prev = list(range(lb + 1))
    for i, ca in enumerate(a, 1):
        da = 0.5 if ca in vowels else 1
        ga = group.get(ca, -1)
        diag, left = i - 1, i      # prev[0], cur[0]
        cur = [i]
        # cur[j] = min(prev[j] + da, cur[j - 1] + ins[j - 1], prev[j - 1] + swap cost)
        for cb, gb, ib, up in zip(b, groups, ins, prev[1:]):
            x = up + da
            y = left + ib
            if y < x:
                x = y
            y = diag + (0 if ca == cb else (0.4 if ga == gb else 1))
            if y < x:
                x = y
            cur.append(x)
            left = x
            diag = up
        if min(cur) > most:    # every path crosses this row: the distance is at least its minimum
            return max(0.0, 1.0 - min(cur) / longest)
        prev = cur
    return max(0.0, 1.0 - prev[lb] / longest)


def _distance_bound(a: str, b: str) -> float:
    """A lower bound of ``similarity``'s distance from the letters only: a letter of one key
    that no letter of its confusable group in the other can match costs at least 0.5 (an
    insertion or deletion, or half a swap across groups), one matched only within its group
    at least 0.2 (half a 0.4 swap)."""
    fold = letters().group_fold
    return 0.3 * _unmatched(a.translate(fold), b.translate(fold)) + 0.2 * _unmatched(a, b)


def _unmatched(a: str, b: str) -> int:
    """How many letters of ``a`` and ``b`` are left over when each letter of ``b`` takes one
    alike in ``a``."""
    rest = a
    for c in b:
        rest = rest.replace(c, "", 1)
    return 2 * len(rest) + len(b) - len(a)


@lru_cache(maxsize=65_536)
def _drop_article(k: str) -> str:
    """``k`` without the article of its words (cached: one key is compared with many)."""
    return " ".join(w[2:] if w.startswith(ARTICLE) and len(w) > 3 else w for w in k.split())
