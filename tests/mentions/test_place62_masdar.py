"""A verbal noun in the adverbial accusative (طعنا، ذبحا، حرقا: how an act was done) is no
unknown place's name after a word that is also a place cue (place62; main read "قتل مستوطنة
طعنا" as a settlement named طعنا)."""
from __future__ import annotations

import pytest

from hadath.mentions.places_unknown import act_adverbs
from tests.mentions.conftest import refs_by_surface


MANNER = [   # every word is read as an unknown place on main
    ("قتل شاب مستوطنة طعنا بالسكين قرب الخليل.", "طعنا"),
    ("قتلت مستوطنة طعنا في هجوم قرب نابلس.", "طعنا"),
    ("أصيبت مستوطنة دهسا عند مفترق قرب رام الله.", "دهسا"),
    ("قتل فلسطيني مستوطنة ذبحا في منزلها.", "ذبحا"),
    ("قضى ثلاثة أطفال في مخيم حرقا بعد اندلاع النار في خيمتهم.", "حرقا"),
]


@pytest.mark.parametrize("text,word", MANNER)
def test_manner_word_is_no_place(place_stage, text, word):
    assert word not in refs_by_surface(place_stage, text)


SAME = [   # unknown names after a cue are still read
    ("قتل مسلحون مدنيين في قرية ودالهبيل بولاية الجزيرة.", "ودالهبيل"),
    ("اقتحمت قوات الاحتلال بلدة طعنين قرب نابلس.", "طعنين"),
]


@pytest.mark.parametrize("text,word", SAME)
def test_unknown_name_still_read(place_stage, text, word):
    assert any(word in s for s in refs_by_surface(place_stage, text))


@pytest.mark.parametrize("word", ["طعنا", "ذبحا", "حرقا", "دهسا", "قصفا", "هجوما", "اغتيالا", "قنصا"])
def test_adverbs_from_the_trigger_nouns(word):
    assert word in act_adverbs()


@pytest.mark.parametrize("word", ["طعن", "ودالهبيل", "مقتلة", "الخليل"])
def test_no_adverb(word):
    assert word not in act_adverbs()
