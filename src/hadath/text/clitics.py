"""The clitics and affixes of ``data/lexicons/clitics.tsv``, loaded once and normalized.

The tokenizer segments words with them (و+ب+ال+رقه); the actor lexicon derives nisba plurals
with the sound-plural endings. Nothing is read at import time.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from hadath.errors import DataError
from hadath.resources import data_path, load_tsv
from hadath.text.normalize import normalize_key

FILE = "lexicons/clitics.tsv"
ROLES = ("conj", "prep", "lam", "future", "future_next", "article", "long", "suffix",
         "sound_plural", "ta_marbuta", "ta", "nisba", "accusative")
_ONE = ("lam", "future", "article", "ta_marbuta", "ta", "nisba", "accusative")  # roles with exactly one form


class Clitics(NamedTuple):
    conj: tuple[str, ...]          # و ف
    prep: tuple[str, ...]          # ب ك ل
    lam: str                       # ل (ل + ال is written لل)
    future: str                    # س
    future_next: str               # letters that may follow the future proclitic
    article: str                   # ال
    long: tuple[str, ...]          # ا ي و
    suffixes: tuple[str, ...]      # pronoun suffixes, longest first
    sound_plural: tuple[str, ...]  # ين ون
    ta_marbuta: str                # ة as written (the normalizer folds it to ta_marbuta_norm)
    ta_marbuta_norm: str           # ه
    ta: str                        # ت
    nisba: str                     # ي (مصري، جندي)
    accusative: str                # ا (the seat of the indefinite accusative: جنديا مصريا)

    def accusatives(self, phrase: str) -> str | None:
        """The indefinite accusative of a phrase of nisba words (جندي مصري → جنديا مصريا), or
        None when a word is definite or no nisba."""
        words = phrase.split()
        if not words or any(w.startswith(self.article) or not w.endswith(self.nisba)
                            or len(w) < 3 for w in words):
            return None
        return " ".join(w + self.accusative for w in words)

    def accusative_of(self, word: str, shortest: int = 5) -> str | None:
        """The indefinite accusative of a one-word noun (افراد → افرادا، مدني → مدنيا), or None
        for the nouns that take no alef (ة، ا، sound plurals ين ون ات), phrases, and words
        shorter than ``shortest`` whose accusative is too often another word behind a proclitic
        (كاميرا = ك + اميرا)."""
        if " " in word or len(word) < (3 if word.endswith(self.nisba) else shortest) or word.endswith(
                (self.ta_marbuta_norm, self.accusative, self.accusative + self.ta, *self.sound_plural)):
            return None
        return word + self.accusative

    @property
    def nisba_ends(self) -> tuple[str, str]:
        """A nisba adjective's endings as normalized, masculine and feminine (مدني، مدنيه)."""
        return self.nisba, self.nisba + self.ta_marbuta_norm

    def definite(self, word: str) -> bool:
        return word.startswith(self.article)

    def indefinite(self, word: str) -> str:
        """``word`` without a leading article (السوري → سوري)."""
        return word[len(self.article):] if word.startswith(self.article) else word


@lru_cache(maxsize=1)
def clitics() -> Clitics:
    by: dict[str, list[str]] = {r: [] for r in ROLES}
    for i, row in enumerate(load_tsv(FILE), start=2):
        role, form = row.get("role", ""), row.get("form", "")
        form = form if role == "ta_marbuta" else normalize_key(form)
        if role not in by or not form:
            raise DataError(f"{data_path(FILE)}: row {i}: needs a form and a role in {ROLES}")
        if form not in by[role]:
            by[role].append(form)
    for role in _ONE:
        if len(by[role]) != 1:
            raise DataError(f"{data_path(FILE)}: role {role!r} needs exactly one form")
    return Clitics(tuple(by["conj"]), tuple(by["prep"]), by["lam"][0], by["future"][0],
                   "".join(by["future_next"]), by["article"][0], tuple(by["long"]),
                   tuple(by["suffix"]), tuple(by["sound_plural"]), by["ta_marbuta"][0],
                   normalize_key(by["ta_marbuta"][0]), by["ta"][0], by["nisba"][0],
                   by["accusative"][0])


@lru_cache(maxsize=1)
def conjunctions() -> frozenset[str]:
    """The conjunction proclitics (و، ف) as a set, what Token.has_proclitic reads."""
    return frozenset(clitics().conj)


@lru_cache(maxsize=1)
def prepositions() -> frozenset[str]:
    """The preposition proclitics (ب، ك، ل) as a set, what Token.has_proclitic reads."""
    return frozenset(clitics().prep)
