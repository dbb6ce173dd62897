"""review37: pieces written twice merged into one (issue #11), each still read the same way by the
modules that had their own copy."""
from __future__ import annotations

import pytest

from hadath.events import place_struck, wordbits
from hadath.events.frame_cuts import _past_crowd
from hadath.events.modality import _crowd_subject, crowd_noun
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize


def _tokens(text: str):
    n = normalize(text)
    return tokenize(n, split_sentences(n))


@pytest.mark.parametrize("word, counted, expected", [
    ("المتظاهرون", False, True),    # (nominative: the subject alone)
    ("المتظاهرون", True, True),
    ("المتظاهرين", False, False),   # (genitive: the subject only past a count word)
    ("المتظاهرين", True, True),
    ("المحتجين", True, True),
    ("الطلاب", True, False),        # (no noun of the protesters)
])
def test_crowd_noun(word, counted, expected):
    assert crowd_noun(_tokens(word)[0], counted) is expected


@pytest.mark.parametrize("text, end, start", [
    ("ونظم المئات وقفة", 2, 1),               # (a count word before the verb's object)
    ("وخرج آلاف المتظاهرين في", 3, 1),        # (a count word and the protesters' noun)
    ("وخرج الطلاب في", 2, 2),                 # (no crowd: end itself)
])
def test_past_crowd_reads_the_shared_crowd_noun(text, end, start):
    assert _past_crowd(_tokens(text), end, 0) == start


@pytest.mark.parametrize("text, start, expected", [
    ("طالب المتظاهرون برحيل", 1, True),
    ("طالب عشرات المتظاهرين برحيل", 2, True),
    ("طالب المتظاهرين برحيل", 1, False),
])
def test_crowd_subject_reads_the_shared_crowd_noun(text, start, expected):
    assert _crowd_subject(_tokens(text), 1, start, start + 1) is expected


def test_place_struck_stops_are_wordbits_stops_but_the_colon():
    assert place_struck.STOPS == frozenset(wordbits.STOPS) - {":"}
    assert ":" not in place_struck.STOPS and {".", ";", "!", "?"} <= place_struck.STOPS
    norms = [t.norm for t in _tokens("قصف" + chr(0x061B) + " قتل")]
    assert ";" in norms and chr(0x061B) not in norms   # (the Arabic semicolon reaches a norm as ;)


def _trigger_keys(text: str) -> list[str]:
    from hadath.events.scan import _matches, trigger_matcher

    toks = _tokens(text)
    return [h.key for h in _matches(trigger_matcher(), toks, list(range(len(toks))))]


@pytest.mark.parametrize("text, none", [
    ("قال احرقي نفسه اليوم", True),    # (a phrase refused as a nisba verb: its one-word verb too)
    ("قال احرقتي نفسه اليوم", True),
    ("قال أحرق نفسه اليوم", False),    # (the verb itself: matched)
])
def test_a_refused_nisba_phrase_leaves_no_nisba_verb(text, none):
    assert (_trigger_keys(text) == []) is none
