"""Tolls of round 49 (issue #9, docs/notes/fat49.md), on wire wording made up for the tests.

1. The feminine, dual and plural forms of the death verbs govern a count as their masculine
   singular does (event_tolls.tsv death_left: لقيت، استشهدت، توفيت، توفوا، قضوا، ارتقت ...): an
   ordinal after them is one more dead (فيما توفيت خامسة في المستشفى، ولقيت رابعة حتفها).
"""
from __future__ import annotations

import pytest

from tests.events.test_fat48 import rank, tolls  # (the helpers of the round before)


@pytest.mark.parametrize("text, n", [
    ("فيما توفيت خامسة في المستشفى", 5),
    ("ولقيت رابعة حتفها", 4),
    ("واستشهدت ثالثة متأثرة بجراحها", 3),
    ("فيما قضت سادسة متأثرة بجراحها", 6),
    ("وارتقت رابعة في المستشفى", 4),
    # guards: an ordinal ranking a noun, a day
    ("لقيت ثالثة سيدة حتفها", 0),
    ("توفيت امرأة في اليوم الثالث", 0),
])
def test_feminine_ordinal_dead(text, n):
    assert rank(text) == n


@pytest.mark.parametrize("text, want", [
    ("قتل أربعة جنود في هجوم على حاجز للجيش في مدينة العريش اليوم، فيما توفيت خامسة في المستشفى.", [5]),
    ("قتل ثلاثة مدنيين في قصف على مدينة حلب اليوم، ولقيت رابعة حتفها في المستشفى.", [4]),
    ("قتل ثلاثة مدنيين في قصف على مدينة حلب اليوم، واستشهدت رابعة متأثرة بجراحها.", [4]),
    # counts governed by these forms (as before)
    ("لقيت امرأتان حتفهما في قصف على مدينة حلب اليوم.", [2]),
    ("توفيت ثلاث نساء في قصف على مدينة حلب اليوم.", [3]),
    ("استشهدت سيدتان في غارة جوية على مدينة إدلب اليوم.", [2]),
    ("قضى ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم.", [3]),
])
def test_feminine_death_verbs(pipeline, text, want):
    assert tolls(pipeline, text) == want
