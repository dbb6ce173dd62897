"""ك- (like, as) before a large town's name (place60:
hadath.mentions.places_match.WordCache._word_whole): the ك reading needs the word, read whole or
without its indefinite accusative ending, to be no frequent word. كمينا is the noun كمين
(ambush) + ا, not ك + مينا (Minna, Nigeria); كالعراق، كبغداد are still read."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _places(place_stage, text: str) -> dict[str, str | None]:
    return {k: (r.place.name if r.place else None) for k, r in refs_by_surface(place_stage, text).items()}


AMBUSH = [   # all read مينا as Minna on main
    "نصب مسلحون كمينا لقافلة عسكرية.",
    "نصبت الجماعة كمينا محكما لدورية للجيش.",
    "وقال المتحدث إن عناصر التنظيم نصبوا كمينا لرتل من القوات.",
    "ونصب المهاجمون كمينا لحافلة تقل عمالا على الطريق.",
    "أعد المسلحون كمينا للدورية قرب الحاجز.",
]


@pytest.mark.parametrize("text", AMBUSH)
def test_word_not_like_plus_town(place_stage, text):
    got = _places(place_stage, text)
    assert "مينا" not in got
    assert "Minna" not in got.values()


READ = [
    # a country or a large town behind ك is still read (its word is no frequent word)
    ("شهدت دول كالعراق وسوريا احتجاجات.", "العراق", "Iraq"),
    ("خرجت تظاهرات في مدن كبغداد والبصرة.", "بغداد", "Baghdad"),
    ("وتكررت الهجمات في دول كمصر والأردن.", "مصر", "Egypt"),
    # the town named without ك beside the ambush word
    ("نصب مسلحون كمينا لدورية قرب مدينة مينا في ولاية النيجر.", "مينا", "Minna"),
]


@pytest.mark.parametrize("text,surface,name", READ)
def test_read_as_before(place_stage, text, surface, name):
    assert _places(place_stage, text).get(surface) == name
