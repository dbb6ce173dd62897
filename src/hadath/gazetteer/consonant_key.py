"""The consonant key an Arabic place name and its romanization share.

Many real villages are known to Who's On First only by a Latin name ("Rufa`a", "Tambul",
"Ouled Teima"). Their key is the name's consonants, in classes a romanization can tell apart
(``data/gazetteer/consonant_letters.tsv``):

- Arabic side (``arabic_key``): the text normalizer's folding, per word the article ال dropped,
  long vowels and hamza dropped (و and ي kept at the start of a word, where they are
  consonants), letters mapped to their class, a word's final ه (taa marbuta) dropped, doubled
  letters written once: رفاعة -> رفع, تمبول -> تمبل, ود مدني -> ودمدن.
- Latin side (``latin_keys``): lower case, accents stripped, the article (al-, el-, ad- ...)
  dropped, ʿayn marks (` ʿ ‘) as ع and other apostrophes dropped, w/y/ou at the start of a
  word before a vowel as consonants, digraphs (sh, kh, th, dh, gh, ch, dj ...) then single
  letters mapped, vowels dropped, a word's final ه dropped, doubled letters written once:
  Rufa`a -> رفع, Tambul -> تمبل. A letter read two ways (g: ج or ق) gives both keys.

Words are joined without a space (Abu Shouk and Abushouk meet). The keys are coarse on
purpose: they only find candidates, which need evidence (hadath.mentions.places_latin).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from hadath.errors import DataError
from hadath.gazetteer.keys import ARTICLE, TAA, is_arabic
from hadath.resources import load_tsv
from hadath.text.normalize import normalize_key

LETTERS_FILE = "gazetteer/consonant_letters.tsv"
MAX_KEYS = 4              # a Latin name gives at most this many keys (two-way letters)
_VOWELS = frozenset("aeiouy")
_GAP = "."                # a dropped vowel, while a word is keyed: letters on both sides are two
_RUN = re.compile(r"([^.])\1+")
_APOSTROPHES = "'\u02be\u2019"     # ' ʾ ’: hamza, or nothing
_SPLIT = re.compile(r"[\s\-_/,.()]+")


class Tables(NamedTuple):
    arabic: dict[int, str]                   # str.translate table (word-inner letters)
    initial: dict[str, str]                  # Arabic letters that are consonants word-first
    marks: dict[str, str]                    # Latin ʿayn marks -> ع
    articles: frozenset[str]
    latin_initial: tuple[tuple[str, str], ...]
    digraphs: tuple[tuple[str, str], ...]
    single: dict[str, str]
    either: dict[str, str]
    taa: str                                 # the class of ه (dropped at a word's end)
    optional: str                            # letters a romanization may leave unwritten
    latin_tr: dict[int, str | None]          # str.translate table of single Latin letters
    latin_alt_tr: dict[int, str | None]      # the same with the two-way letters' other reading


def _cell(value: str) -> str:
    if value.startswith("U+"):
        return chr(int(value[2:], 16))
    return value


@lru_cache(maxsize=1)
def tables() -> Tables:
    """The letter tables, Arabic cells normalized as text is."""
    arabic: dict[int, str] = {}
    initial: dict[str, str] = {}
    marks: dict[str, str] = {}
    articles: set[str] = set()
    lat_init: list[tuple[str, str]] = []
    digraphs: list[tuple[str, str]] = []
    single: dict[str, str] = {}
    either: dict[str, str] = {}
    optional = ""
    for r in load_tsv(LETTERS_FILE):
        table, src, dst = r.get("table"), _cell(r.get("from") or ""), _cell(r.get("to") or "")
        if not src:
            raise DataError(f"{LETTERS_FILE}: a row of table {table!r} has no letter")
        if table == "arabic":
            # a letter the normalizer folds (ة -> ه) keys as its folded form does
            for ch in {src, normalize_key(src) or src}:
                if len(ch) == 1:
                    arabic.setdefault(ord(ch), normalize_key(dst) if dst else _GAP)
        elif table == "initial":
            initial[normalize_key(src)] = normalize_key(dst)
        elif table == "latin_mark":
            marks[src] = normalize_key(dst)
        elif table == "latin_article":
            articles.add(src.lower())
        elif table == "latin_initial":
            lat_init.append((src.lower(), normalize_key(dst)))
        elif table == "latin_digraph":
            digraphs.append((src.lower(), normalize_key(dst)))
        elif table == "latin_single":
            single[src.lower()] = normalize_key(dst)
        elif table == "latin_either":
            either[src.lower()] = normalize_key(dst)
        elif table == "optional":
            optional += normalize_key(src)
        else:
            raise DataError(f"{LETTERS_FILE}: unknown table {table!r}")
    if not arabic or not single:
        raise DataError(f"{LETTERS_FILE}: the arabic and latin_single tables are required")
    digraphs.sort(key=lambda d: -len(d[0]))      # longest first
    lat_init.sort(key=lambda d: -len(d[0]))
    taa = arabic.get(ord(TAA), "")
    # every Latin letter a-z not in the single table is a vowel (a gap); apostrophes go
    tr: dict[int, str | None] = {cp: _GAP for cp in range(ord("a"), ord("z") + 1)}
    tr.update({ord(ch): dst or _GAP for ch, dst in single.items()})
    tr.update({ord(ch): dst for ch, dst in marks.items()})
    tr.update({ord(ch): None for ch in _APOSTROPHES})
    alt = dict(tr)
    alt.update({ord(ch): dst or _GAP for ch, dst in either.items()})
    return Tables(arabic, initial, marks, frozenset(articles), tuple(lat_init), tuple(digraphs),
                  single, either, taa, optional, tr, alt)


def _collapse(s: str) -> str:
    """A word's key from its mapped letters: a letter written twice in a row (no vowel between:
    Abbas, shadda unwritten) once, the final ه dropped, the vowel marks taken out."""
    s = _RUN.sub(_first, s).rstrip(_GAP)
    taa = tables().taa
    if taa and len(s) > 1 and s.endswith(taa):
        s = s[:-1]
    return s.replace(_GAP, "")


def _first(m: re.Match) -> str:
    return m.group(1)


@lru_cache(maxsize=100_000)
def arabic_key(name: str) -> str:
    """Consonant key of an Arabic name (empty when no consonant is left)."""
    t = tables()
    out = []
    for w in normalize_key(name).replace("-", " ").split():
        if w.startswith(ARTICLE) and len(w) > 3:
            w = w[2:]
        head = t.initial.get(w[:1], "")
        rest = w[1:] if head else w
        out.append(_collapse(head + rest.translate(t.arabic)))
    return "".join(out)


def _plain(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.lower()


def _latin_word(w: str, t: Tables) -> list[str]:
    """The keys of one Latin word (more when letters read two ways: each either way, at most
    ``MAX_KEYS``)."""
    head = ""
    for src, dst in t.latin_initial:
        if w.startswith(src) and len(w) > len(src) and w[len(src)] in _VOWELS:
            head, w = dst, w[len(src):]
            break
    for src, dst in t.digraphs:     # longest first; a digraph's letters are Arabic after it
        if src in w:
            w = w.replace(src, dst or _GAP)
    one = w.translate(t.latin_tr)
    both = [ch for ch in t.either if ch in w] if t.either else []
    if not both:
        return [_collapse(head + one)]
    out = [one, w.translate(t.latin_alt_tr)]
    if len(both) > 1:   # Gaalkacyo: g as ج with c as ع too (each letter either way)
        for mask in range(1, (1 << len(both)) - 1):
            table = dict(t.latin_tr)
            table.update({ord(ch): t.latin_alt_tr[ord(ch)] for k, ch in enumerate(both)
                          if mask >> k & 1})
            out.append(w.translate(table))
    return list(dict.fromkeys(_collapse(head + k) for k in out))[:MAX_KEYS]


@lru_cache(maxsize=100_000)
def latin_keys(name: str) -> tuple[str, ...]:
    """Consonant keys of a romanized name (empty tuple when nothing is left)."""
    t = tables()
    s = _plain(name)
    words = [w for w in _SPLIT.split(s) if w]
    if len(words) > 1:
        words = [w for w in words[:-1] if w not in t.articles] + words[-1:]
    keys = [""]
    for w in words:
        parts = _latin_word(w, t)
        keys = [k + p for k in keys for p in parts][:MAX_KEYS]
    return tuple(dict.fromkeys(k for k in keys if k))


def lookup_keys(key: str) -> tuple[str, ...]:
    """The keys an Arabic name's key is looked up under: itself, then without the letters a
    romanization may leave unwritten (رفع, then رف for a village spelt Rufaa)."""
    bare = key.translate({ord(c): None for c in tables().optional})
    return (key, bare) if bare != key else (key,)


def skeleton_keys(name: str) -> tuple[str, ...]:
    """The consonant keys of a name in either script."""
    if is_arabic(name):
        k = arabic_key(name)
        return (k,) if k else ()
    return latin_keys(name)
