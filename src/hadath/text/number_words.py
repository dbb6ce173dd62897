"""Arabic number words and digit strings: the word-level half of :mod:`hadath.text.numbers`.

Data: data/lexicons/numbers.tsv (cardinal, ordinal and vague words), numbers_nouns.tsv (nouns
with broken plurals, for duals and bare casualty plurals) and numbers_cues.tsv (bound phrases
and words that mark non-counts), all keyed through normalize_key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Sequence

from hadath.errors import DataError
from hadath.resources import data_path, load_tsv
from hadath.text.clitics import clitics
from hadath.text.normalize import normalize_key
from hadath.text.tokenize import segmentations
from hadath.text.vocab import vocab
from hadath.types import Quantity

BARE_CASUALTY = Quantity(10, estimate=True)  # CODING.md: unnumbered "قتلى" = 10 (ACLED "several")
GRAMMAR_FILE = "lexicons/numbers_grammar.tsv"
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class NumberWord:
    value: int
    cls: str  # unit | ten | hundred | mult | mult2 | mult_pl | vague | nayyif | ordinal


class Grammar(NamedTuple):
    """The classes of ``lexicons/numbers_grammar.tsv`` (see its header), normalized."""
    vague_phrases: dict[str, Quantity]
    not_numbers: frozenset[str]
    number_prefixes: frozenset[tuple[str, ...]]
    article_tokens: dict[str, tuple[str, ...]]
    conj_tokens: dict[str, tuple[str, ...]]
    adjectives: frozenset[str]
    one: frozenset[str]
    negations: frozenset[str]
    tally: frozenset[str]
    count_nouns: frozenset[str]
    of: frozenset[str]
    nominal_ends: tuple[str, ...]
    dual_ends: tuple[str, ...]
    notcount_proclitics: frozenset[str]
    noun_leads: frozenset[str]
    plural_ends: tuple[str, ...]
    definite_leads: tuple[str, ...]
    definite_of: tuple[str, ...]


# ---------------------------------------------------------------- data

@lru_cache(maxsize=1)
def grammar() -> Grammar:
    by: dict[str, dict[str, str]] = {}
    for i, r in enumerate(load_tsv(GRAMMAR_FILE), start=2):
        form, role = normalize_key(r.get("form", "")), r.get("role", "")
        if not form or role not in _ROLE_FIELDS:
            raise DataError(f"{data_path(GRAMMAR_FILE)}: row {i}: needs a form and a known role")
        by.setdefault(role, {})[form] = r.get("value", "")

    def words(role: str) -> dict[str, str]:
        return by.get(role, {})
    try:
        vague = {k: Quantity(int(v), estimate=True) for k, v in words("vague_phrase").items()}
    except ValueError:
        raise DataError(f"{data_path(GRAMMAR_FILE)}: a vague_phrase needs an integer value") from None
    return Grammar(
        vague, frozenset(words("not_number")),
        frozenset({(), *(tuple(k.split()) for k in words("number_prefix"))}),
        {k: tuple(v.split()) for k, v in words("article_token").items()},
        {k: (k,) for k in words("conj_token")},
        frozenset(words("adjective")), frozenset(words("one")), frozenset(words("negation")),
        frozenset(words("tally")), frozenset(words("count_noun")), frozenset(words("of")),
        tuple(words("nominal_end")), tuple(words("dual_end")),
        frozenset(words("notcount_proclitic")), frozenset(words("noun_lead")),
        tuple(words("plural_end")), tuple(words("definite_lead")), tuple(words("definite_of")))


_ROLE_FIELDS = frozenset({"vague_phrase", "not_number", "number_prefix", "article_token",
                          "conj_token", "adjective", "one", "negation", "tally", "count_noun",
                          "of", "nominal_end", "dual_end", "notcount_proclitic", "noun_lead",
                          "plural_end", "definite_lead", "definite_of"})


def vague_phrases() -> dict[str, Quantity]:
    """Vague quantity phrases and their ACLED figures (عدد من 3, العشرات 12)."""
    return grammar().vague_phrases

@lru_cache(maxsize=None)
def number_words() -> dict[str, NumberWord]:
    """Normalized number word → value and class (data/lexicons/numbers.tsv)."""
    return {normalize_key(r["form"]): NumberWord(int(r["value"]), r["class"])
            for r in load_tsv("lexicons/numbers.tsv")}


@lru_cache(maxsize=1)
def start_stems() -> frozenset[str]:
    """Every stem that can make a word a number word (``word_number``) or a counted noun a
    quantity starts at (``_nouns``' duals and bare plurals): a word with no such stem
    without a suffix is neither."""
    duals, bare = _nouns()
    return frozenset(number_words()) | frozenset(duals) | bare


@lru_cache(maxsize=None)
def _nouns() -> tuple[dict[str, str], frozenset[str]]:
    duals: dict[str, str] = {}
    bare: set[str] = set()
    cl, dual_ends = clitics(), grammar().dual_ends
    for r in load_tsv("lexicons/numbers_nouns.tsv"):
        sing = normalize_key(r["singular"])
        stems = [sing[:-1] + cl.ta] if sing.endswith(cl.ta_marbuta_norm) else [sing]
        for s in stems:
            for end in dual_ends:
                duals[s + end] = sing
        for form in filter(None, r.get("dual", "").split("|")):
            duals[normalize_key(form)] = sing  # (an irregular dual: أخوين)
        if r["bare"] == "1":
            bare.add(normalize_key(r["plural"]))
    return duals, frozenset(bare)


@lru_cache(maxsize=1)
def plain_dual_ends() -> tuple[str, ...]:
    """The dual endings no sound plural shares (ان; not ين): a noun with one is a dual."""
    return tuple(e for e in grammar().dual_ends if e not in clitics().sound_plural)


def dual_singulars(word: str, ends: Sequence[str] | None = None) -> tuple[str, ...]:
    """The singulars ``word`` would have if it were a dual (جنديان → جندي، دوريتين → دوريه): its
    stem before a dual ending (numbers_grammar.tsv ``dual_end``, or ``ends``: plain_dual_ends
    for the endings no sound plural shares), with the ta marbuta back on a stem in ت."""
    cl = clitics()
    out: tuple[str, ...] = ()
    for end in grammar().dual_ends if ends is None else ends:
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[:-len(end)]
            out += (stem, stem[:-1] + cl.ta_marbuta_norm) if stem.endswith(cl.ta) else (stem,)
    return out


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
def cue_words(role: str) -> frozenset[str]:
    """The one-word cues of a role of numbers_cues.tsv (unit_after, month, notcount ...), normalized."""
    return frozenset(p[0] for p in _cues()[role] if len(p) == 1)


# ---------------------------------------------------------------- word level

@lru_cache(maxsize=65536)
def word_number(norm: str) -> tuple[NumberWord, tuple[str, ...]] | None:
    """The number word inside a normalized token (with its proclitics), or None."""
    g = grammar()
    if norm in g.not_numbers:
        return None
    table = number_words()
    wt = vocab().get(norm)   # a word the tokenizer has met: its segmentations are at hand
    if wt is not None and wt.kind == "word" and table.keys().isdisjoint([s[1] for s in wt.segs if not s[2]]):
        return None   # no unsuffixed stem is a number word (segmentations: the same segs)
    for prefs, stem, suf, _ in segmentations(norm):
        if suf or prefs not in g.number_prefixes:
            continue
        nw = table.get(stem)
        if nw is not None:
            return nw, prefs
    return None


def vague_quantity(word_form: str) -> Quantity | None:
    """ACLED figure for a vague quantity word or phrase (عشرات، مئات، بضعة، عدد من، قتلى)."""
    key = normalize_key(word_form)
    vague = vague_phrases()
    if key in vague:
        return vague[key]
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


@lru_cache(maxsize=1)
def dual_ends() -> tuple[str, ...]:
    """Endings that make a noun a dual: ان, and ين after the ت of a feminine noun
    (مجموعتين، جماعتان; a bare ين is also a sound plural: مسلحين)."""
    ta = clitics().ta
    return plain_dual_ends() + tuple(ta + e for e in grammar().dual_ends)
