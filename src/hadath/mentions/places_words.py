"""The places stage's word cache for one gazetteer (split from :mod:`hadath.mentions.places`):
the name trie, the cue words, and the questions recognition asks the gazetteer about a key."""
from __future__ import annotations

from hadath.gazetteer import Gazetteer
from hadath.gazetteer.data import clitic_words, common_words
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.resolve import is_minor
from hadath.mentions.places_match import WordCache, build_trie, demonym_forms
from hadath.mentions.places_titles import title_countries

MIN_KEY = 3
BIG_TOWN = 100_000   # a weak name right after a quarter it holds (حي X ببحري) names such a town


def place_words(gz: Gazetteer) -> WordCache:
    """The gazetteer's name trie and word cache, built once per gazetteer."""
    wc = getattr(gz, "_hadath_place_words", None)
    if wc is None:
        lex = place_lexicon()
        wc = WordCache(build_trie(gz.arabic_keys(), MIN_KEY, lex.no_first), lex.cues,
                       lex.definite, lex.after, function_words=lex.function,
                       clitic_words=clitic_words(), streets=lex.street,
                       demonyms=demonym_forms(gz.country_names()),
                       common=common_words())
        wc.countries = frozenset(k for k, _cc in gz.country_names())
        wc.titles = title_countries(gz.country_names())
        # whether a key names a place beyond the big gazetteer's villages; a large town
        wc.known_place = lambda key: any(not is_minor(h.place) for h in gz.exact(key))
        wc.big_town = lambda key: any(h.place.feature_class == "populated_place"
                                      and h.place.population >= BIG_TOWN for h in gz.exact(key))
        gz._hadath_place_words = wc  # type: ignore[attr-defined]
    return wc
