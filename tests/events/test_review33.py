"""review33: word classes and codes several modules read stand once (one source each)."""
from __future__ import annotations

from typing import NamedTuple

import pytest

from hadath.errors import DataError
from hadath.events.fatalities import toll_words
from hadath.events.lexicons import function_words, word_classes
from hadath.events.place_lists import link_clitics
from hadath.events.roles import role_words
from hadath.text.clitics import clitics, conjunctions, prepositions


@pytest.mark.parametrize("loader", [role_words, toll_words])
def test_list_conjunction_is_function_words_conj(loader):
    # (X وY، قتيلان وجريح: the list's و is read from one row, function_words.tsv conj)
    assert loader().conj == function_words("conj") == frozenset({"و"})


class _Shared(NamedTuple):
    agent: frozenset[str]
    conj: frozenset[str]


@pytest.mark.parametrize("shared, message", [
    (("agent",), r"event_roles\.tsv: roles \['agent'\] are function_words\.tsv's"),   # (held by the file too)
    ((), r"event_roles\.tsv: roles .* have no word"),   # (conj is no row of the file)
])
def test_word_classes_shared_roles_come_from_function_words_only(shared, message):
    with pytest.raises(DataError, match=message):
        word_classes("lexicons/event_roles.tsv", _Shared, shared=shared)


@pytest.mark.parametrize("conj, expected", [(True, conjunctions), (False, prepositions)])
def test_place_list_clitics_are_the_tokenizer_sets(conj, expected):
    assert link_clitics(conj=conj) == expected()


@pytest.mark.parametrize("word, conj", [("و", True), ("ف", True), ("ب", False), ("ل", False), ("ك", False)])
def test_proclitic_sets(word, conj):
    assert (word in conjunctions(), word in prepositions()) == (conj, not conj)
    assert word in (clitics().conj if conj else clitics().prep)


# the relative pronouns stand in function_words.tsv only; event_scope.tsv subclause keeps its tally
# verbs and the misspelling اللتي; modality reads the three relative/subclause ones with them
@pytest.mark.parametrize("word, relative, subclause", [
    ("الذي", True, True), ("التي", True, True), ("الذين", True, True),
    ("اللذان", True, False), ("اللتين", True, False), ("اللواتي", True, False),
    ("اللتي", False, True), ("ليرتفع", False, True), ("ليصل", False, True),
])
def test_relative_pronouns_one_list(word, relative, subclause):
    from hadath.events.modality import scope_words, subclause_words
    from hadath.text.normalize import normalize_key

    w = normalize_key(word)
    assert (w in function_words("relative"), w in subclause_words()) == (relative, subclause)
    assert w not in scope_words().subclause or not relative


# ACLED's inter codes of people, named once in taxonomy (victims, realize, rules, features read them)
@pytest.mark.parametrize("name, code", [("RIOTERS_INTER", 5), ("PROTESTERS_INTER", 6), ("CIVILIANS_INTER", 7)])
def test_people_inter_codes(name, code):
    from hadath.events import taxonomy

    assert getattr(taxonomy, name) == code
    assert code in taxonomy.UNARMED_INTERS and code not in taxonomy.ARMED_INTERS
    assert (code in taxonomy.CROWD_INTERS) == (code != taxonomy.CIVILIANS_INTER)
