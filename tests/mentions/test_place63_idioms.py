"""The object of a death or injury idiom (لقي حتفه، لقي مصرعه، لفظ أنفاسه، قضى نحبه، قضى غدرا)
is no place's name, even after a word that is also a place cue (place63; main read "لقيت
مستوطنة حتفها" - "a settler met her death" - as the settlement Ahituv by its Latin key, and
مصرعها، أنفاسها، غدرا as Latin-only villages)."""
from __future__ import annotations

import pytest

from hadath.mentions.places_unknown import idiom_words
from tests.mentions.conftest import refs_by_surface


IDIOMS = [   # every word is read as a place (resolved or not) on main
    ("لقيت مستوطنة حتفها طعنا قرب مستوطنة كريات أربع جنوب الخليل.", "حتفها"),
    ("لقيت مستوطنة مصرعها في عملية طعن قرب الخليل.", "مصرعها"),
    ("لفظت مستوطنة أنفاسها متأثرة بجروحها في مستشفى بالقدس.", "أنفاسها"),
    ("قضت مستوطنة نحبها برصاص مسلح قرب رام الله.", "نحبها"),
    ("لقيت مستوطنة حتفهما في هجوم قرب نابلس.", "حتفهما"),
    ("قضت مستوطنة غدرا في هجوم قرب نابلس.", "غدرا"),
]


@pytest.mark.parametrize("text,word", IDIOMS)
def test_idiom_word_is_no_place(place_stage, text, word):
    assert word not in refs_by_surface(place_stage, text)


SAME = [   # the places around them, and unknown names after a cue, are still read
    ("لقيت مستوطنة حتفها طعنا قرب مستوطنة كريات أربع جنوب الخليل.", "كريات أربع"),
    ("لفظت مستوطنة أنفاسها متأثرة بجروحها في مستشفى بالقدس.", "القدس"),
    ("قتل مسلحون مدنيين في قرية ودالهبيل بولاية الجزيرة.", "ودالهبيل"),
]


@pytest.mark.parametrize("text,word", SAME)
def test_places_still_read(place_stage, text, word):
    assert any(word in s for s in refs_by_surface(place_stage, text))


@pytest.mark.parametrize("word", ["حتفه", "حتفها", "حتفهم", "مصرعها", "انفاسها", "نحبه", "ضحيتهم",
                                  "حياتها", "غدرا"])
def test_idiom_words_from_the_trigger_rows(word):
    assert word in idiom_words()


@pytest.mark.parametrize("word", ["لقي", "قضي", "الخليل", "مستوطنه", "حتيف"])
def test_no_idiom_word(word):
    assert word not in idiom_words()
