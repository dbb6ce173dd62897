"""The places stage's word cache for one gazetteer (split from :mod:`hadath.mentions.places`):
the name trie, the cue words, and the questions recognition asks the gazetteer about a key."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, TypeVar

from hadath.gazetteer import Gazetteer
from hadath.gazetteer.build import FOCUS_CCS
from hadath.gazetteer.data import clitic_words, common_words, frequent_names
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.keys import letters, skeleton
from hadath.gazetteer.candidates import is_minor
from hadath.mentions.places_match import WordCache, build_trie, demonym_forms
from hadath.mentions.places_titles import title_countries
from hadath.text.normalize import normalize_key

MIN_KEY = 3
JOINED_MIN = 5       # skeleton letters of two words read as one name (بولو بردي: بلبرد)
PAIR_MIN = 4         # ... as a two-word name written with other long vowels (ناحال عوز: نهلز)
BIG_TOWN = 100_000   # a weak name right after a quarter it holds (حي X ببحري) names such a town
# keys shorter than MIN_KEY of places this big, or first-level units, of the region
_SHORT_SQL = ("SELECT DISTINCT n.key, p.name_ar FROM names n JOIN places p ON p.pid = n.pid"
              " WHERE n.lang = 'ar' AND length(n.key) < ? AND p.name_ar IS NOT NULL"
              " AND (p.fclass = 'admin1' OR (p.fclass = 'populated_place' AND p.pop >= ?))")

KEPT = 50_000        # answers a per-gazetteer question keeps before it forgets them all
T = TypeVar("T")


def kept(ask: Callable[..., T]) -> Callable[..., T]:
    """``ask`` with its answers kept per arguments, at most ``KEPT`` of them (then forgotten at
    once): the word cache's questions to the gazetteer, asked again of the same keys."""
    answers: dict[tuple, T] = {}
    missing = object()

    def answer(*args):
        got = answers.get(args, missing)
        if got is missing:
            if len(answers) >= KEPT:
                answers.clear()
            got = answers[args] = ask(*args)
        return got
    return answer


def place_words(gz: Gazetteer) -> WordCache:
    """The gazetteer's name trie and word cache, built once per gazetteer."""
    wc = getattr(gz, "_hadath_place_words", None)
    if wc is None:
        lex = place_lexicon()
        short = short_names(gz)
        trie = build_trie(gz.arabic_keys(), MIN_KEY, lex.no_first, frozenset(short))
        wc = WordCache(trie, lex.cues,
                       lex.definite, lex.after, function_words=lex.function,
                       clitic_words=clitic_words(), streets=lex.street,
                       demonyms=demonym_forms(gz.country_names(), lexicon_nisbas(), trie),
                       common=common_words(), short=short)
        wc.country_ccs = dict(gz.country_names())   # (a key of two countries: the last)
        wc.countries = frozenset(wc.country_ccs)
        wc.frequent = wc.common | frozenset(frequent_names())
        wc.titles = title_countries(gz.country_names())
        wc.areas = named_areas()
        wc.bare_streets = lex.street & lex.bare
        # whether a key names a place beyond the big gazetteer's villages; a large town
        wc.known_place = lambda key: any(not is_minor(h.place) for h in gz.exact(key))
        # whether a key names a town of BIG_TOWN people or more (the recognizer asks it before
        # its clause test: places_recognize), kept per key
        wc.big_town = kept(lambda key: any(h.place.feature_class == "populated_place"
                                           and h.place.population >= BIG_TOWN for h in gz.exact(key)))
        wc.joined_name = kept(lambda first, second: joined_name(gz, first, second))
        gz._hadath_place_words = wc  # type: ignore[attr-defined]
    return wc


@lru_cache(maxsize=1)
def lexicon_nisbas() -> tuple[tuple[str, str], ...]:
    """(form, country code) of the one-word nisbas of the actors' country cues
    (lexicons/countries.tsv: صهيوني for Israel, الاتراك، الروس، البوركيني) with their indefinite
    and plural forms; no country name derives them."""
    from hadath.mentions.actors_country import adjective_forms
    from hadath.resources import load_tsv

    codes = {r["name"]: r["cc"].upper() for r in load_tsv("gazetteer/countries.tsv")
             if r.get("cc") and r.get("name")}
    out = []
    for country, adj in adjective_forms().items():
        cc = codes.get(country)
        if cc:
            out.extend((f, cc) for forms in adj.values() for f in forms if " " not in f)
    return tuple(out)


def named_areas() -> frozenset[str]:
    """Name keys of the named areas of places_extra.tsv (class admin3: الغوطة الشرقية، جبل
    الزاوية، سهل الغاب): a place the text puts in one (X في الغوطة الشرقية) lies in it."""
    from hadath.gazetteer.data import places_extra
    from hadath.gazetteer.keys import name_key
    return frozenset(name_key(n) for r in places_extra() if r["class"] == "admin3" for n in r["names"])


def short_names(gz: Gazetteer) -> dict[str, frozenset[str]]:
    """Keys shorter than MIN_KEY that name a first-level unit or a town of BIG_TOWN people in
    the region, written with a letter the key folds (إب: Ibb; آب is August, أب a father) ->
    that spelling. The trie keeps them and a word starts them only so written; a short name
    written with plain letters (قم) is too often a word to be read as a place."""
    out: dict[str, set[str]] = {}
    for idx in getattr(gz, "indexes", ()):
        for key, name_ar in idx.con.execute(_SHORT_SQL, (MIN_KEY, BIG_TOWN)):
            if name_ar != key and " " not in key and normalize_key(name_ar) == key:
                out.setdefault(key, set()).add(name_ar)
    if out:   # (the region's places only; the query cannot see the country)
        keep = {k for k in out if any(h.place.country_code in FOCUS_CCS and (
            h.place.feature_class == "admin1" or h.place.population >= BIG_TOWN) for h in gz.exact(k))}
        out = {k: v for k, v in out.items() if k in keep}
    return {k: frozenset(v) for k, v in out.items()}


def joined_name(gz: Gazetteer, first: str, second: str) -> str | None:
    """The Arabic name the gazetteer writes for two words of a text with other long-vowel
    letters: one word (بولو بردي: بولبردي, Buulobarde) or two (ناحال عوز: ناحل عوز, Nahal Oz; a
    transliterated name's vowels are written either way): the single name key, no common word,
    with the two words' letters (long vowels and the space aside), else None."""
    skel = skeleton(first + second)
    if len(skel) < PAIR_MIN:
        return None
    one = len(skel) >= JOINED_MIN   # (a one-word name needs more letters: two words match each)
    letters = _consonants(first + second)
    pair = f"{_consonants(first)} {_consonants(second)}"
    keys = {h.key for h in gz.by_skeleton(skel) if h.lang == "ar" and not h.weak and (
        one and _consonants(h.key) == letters if " " not in h.key else _consonants(h.key) == pair)}
    return keys.pop() if len(keys) == 1 else None


@lru_cache(maxsize=1)
def _vowel_letters() -> dict[int, None]:
    return str.maketrans("", "", letters().long_vowels)   # letters.tsv long_vowel


def _consonants(key: str) -> str:
    """A name key without its long-vowel letters (بولوبردي and بولبردي: بلبرد); the skeleton
    also folds letters (ح/ه، ص/س), which would join حمص صباح into Hemsbach (همسباخ)."""
    return key.translate(_vowel_letters())
