"""A countryside named after a plural class noun, and a countryside listed after a comma
(place64; dup58 item 1: "قرى وبلدات ريفي إدلب و حماة" read إدلب as a village inside Hama).

1. "قرى وبلدات ريف X": the countryside's noun (place_cues ``unit``) governs the name; the
   villages are its parts. On main the outer cue (قرى) was the name's cue: a village called X.
2. ريفي (``after_prep``: also the adjective "rural") after a plural class noun is the dual's
   genitive (قرى ريفي إدلب وحماة), no adjective.
3. "X، وريف Y" / "X، و أرياف Y": the comma and و go on to a list's next place; Y holds no X
   (on main Y became X's container: Idlib an unknown place inside Hama)."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

UNIT = [   # (text, name, the cue it carries)
    ("قصفت قوات النظام قرى وبلدات ريف إدلب الجنوبي.", "إدلب", "ريف"),
    ("قصفت قوات النظام قرى ريف حماة الشمالي.", "حماة", "ريف"),
    ("استهدف الطيران بلدات ريف درعا الشرقي.", "درعا", "ريف"),
    ("جددت القوات قصفها على قرى وبلدات ريفي إدلب وحماة.", "إدلب", "ريفي"),
    ("قصفت المدفعية بلدات ريفي حلب وإدلب.", "حلب", "ريفي"),
]


@pytest.mark.parametrize("text,name,cue", UNIT)
def test_countryside_noun_governs(place_stage, text, name, cue):
    ref = refs_by_surface(place_stage, text)[name]
    assert ref.cue == cue and ref.precision_hint == 2 and ref.container is None


DUAL = [   # the second province of a dual countryside: its own place, countryside-wide
    ("جددت القوات قصفها على قرى وبلدات ريفي إدلب وحماة.", "حماة", "Hamah"),
    ("قصفت المدفعية بلدات ريفي حلب وإدلب.", "إدلب", "Idlib"),
    ("قصفت قوات النظام قرى ريفي درعا والقنيطرة.", "القنيطرة", "Al Qunaytirah"),
]


@pytest.mark.parametrize("text,name,place", DUAL)
def test_dual_countryside_second_town(place_stage, text, name, place):
    ref = refs_by_surface(place_stage, text)[name]
    assert ref.place is not None and ref.place.name == place and ref.precision_hint == 2


LISTED = [   # (text, the first place, its reading): no container from the next member
    ("تحليق مكثف لطائرات الاستطلاع في سماء إدلب، و أرياف حماة و اللاذقية.", "إدلب", "Idlib"),
    ("قصف مدفعي على مدينة إدلب، وريف حماة.", "إدلب", "Idlib"),
    ("قصف مدفعي على سراقب، و ريف حماة.", "سراقب", "Saraqib"),
    ("غارات على معرة النعمان، وريف حلب الغربي.", "معرة النعمان", "Maarrat an Numan"),
]


@pytest.mark.parametrize("text,name,place", LISTED)
def test_comma_and_is_a_list(place_stage, text, name, place):
    ref = refs_by_surface(place_stage, text)[name]
    assert ref.container is None and ref.place is not None and ref.place.name == place


HELD = [   # an address's chain still holds: "X، ريف Y", "X بريف Y"
    ("قصف مدفعي على سراقب، ريف إدلب.", "سراقب", "إدلب"),
    ("قصف مدفعي على قرية الحمرا، بريف حماة.", "الحمرا", "حماة"),
]


@pytest.mark.parametrize("text,name,holder", HELD)
def test_address_chain_still_holds(place_stage, text, name, holder):
    refs = refs_by_surface(place_stage, text)
    assert refs[name].container is not None and refs[name].container is refs[holder].place


@pytest.mark.parametrize("text", [
    "افتتح مستوصف ريفي في البلدة.",          # the adjective "rural" stays a word
    "يعمل طبيب ريفي في المنطقة منذ سنوات.",
])
def test_rural_adjective_is_no_cue(place_stage, text):
    assert not any(r.cue == "ريفي" for r in refs_by_surface(place_stage, text).values())
