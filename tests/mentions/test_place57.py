"""place57 (issue #9 place off): the municipality noun and a namesake abroad.

- بلدية (a municipality: Algeria's commune, Lebanon's and Tunisia's town council) is a class
  noun: the name after it is the town's, found even where the bare name is a common word
  (الميناء "the port", مسلمون "Muslims") or would be left out; the word itself is no place
  (قرب بلدية was read as Blida). Also an adjective (انتخابات بلدية "municipal elections"), so
  it is a cue only after a preposition (role ``after_prep``, as محلية).
- A town or district read in another country than the governorate or district the text puts it
  in (حي النزهة بولاية سطيف: no Cairo district) is a namesake abroad: unresolved, held by the
  unit (places_seats.other_unit).
"""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

# (text, the name after بلدية, the place it is read as)
BALADIYA = [
    ("قتل جندي في بلدية مسلمون بولاية تيبازة.", "مسلمون", "Messelmoun"),
    ("قتل جندي في كمين قرب بلدية مسلمون بولاية تيبازة.", "مسلمون", "Messelmoun"),
    ("اشتباكات في بلدية الميناء شمال لبنان.", "الميناء", "Al Mina"),
    ("قصفت طائرة مسيرة سيارة في بلدية الغبيري بالضاحية الجنوبية.", "الغبيري", "Ghobeire"),
    ("عثر الجيش على مخبأ قرب بلدية الأخضرية بولاية البويرة.", "الأخضرية", "Lakhdaria"),
    # an address chain (X، بلدية Y، ولاية Z: the Algerian defence ministry's format; Sudan's X،
    # محلية Y): a comma after a word stands for the preposition an after_prep cue needs
    ("قضت مفرزة للجيش على إرهابي بمنطقة جبل الرياشة، بلدية مسلمون، ولاية تيبازة.", "مسلمون", "Messelmoun"),
    ("اشتباكات بمنطقة الشراعنة، بلدية الميناء، شمال لبنان.", "الميناء", "Al Mina"),
    ("دمرت مفرزة للجيش مخبأ بجبل بوزقزة، بلدية الأخضرية، ولاية البويرة.", "الأخضرية", "Lakhdaria"),
    ("قتل مدنيون في قرية ود النورة، محلية المناقل، ولاية الجزيرة.", "المناقل", "Al Manaqil"),
]


@pytest.mark.parametrize("text,name,place", BALADIYA)
def test_a_municipality_is_its_town(place_stage, text, name, place):
    got = refs_by_surface(place_stage, text)
    assert name in got and got[name].place is not None and got[name].place.name == place, got


# (text, a place it must not hold, the place a control name is read as)
NOT_A_PLACE = [
    ("قتل جندي في كمين قرب بلدية مسلمون بولاية تيبازة.", "Blida", ("ولاية تيبازة", "Tipaza")),
    ("قتل جندي في كمين قرب بلدية الأربعاء.", "Blida", None),
    # the adjective: no cue, the country stays the country
    ("فاز المرشح في انتخابات بلدية في الجزائر.", "Algiers", ("الجزائر", "Algeria")),
    ("هاجم مسلحون الشرطة البلدية في مصراتة.", "Blida", ("مصراتة", "Misratah")),
    ("اقتحم محتجون مقر البلدية في بنزرت.", "Blida", ("بنزرت", "Bizerte")),
]


@pytest.mark.parametrize("text,wrong,control", NOT_A_PLACE)
def test_the_municipality_word_is_no_place(place_stage, text, wrong, control):
    got = refs_by_surface(place_stage, text)
    assert all(r.place is None or r.place.name != wrong for r in got.values()), got
    if control is not None:
        surface, place = control
        assert got[surface].place is not None and got[surface].place.name == place, got


# (text, the name, its reading's country code or None when unresolved)
ABROAD = [
    ("احتج السكان في حي النزهة بولاية سطيف.", "النزهة", None),
    ("تظاهر عشرات في مدينة السلام بولاية الوادي.", "السلام", None),
    ("تظاهر عشرات في بلدية السلام بولاية الوادي.", "السلام", None),
    ("تظاهر عشرات في حي السلام بولاية الوادي.", "السلام", None),
    # controls: the name in the unit's own country
    ("قتل شخص في مدينة المنصورة بمحافظة عدن.", "المنصورة", "YE"),
    ("سقطت قذيفة على بلدة كفرشوبا في منطقة حاصبيا.", "كفرشوبا", "LB"),
    ("اشتباكات في حي النزهة بمحافظة القاهرة.", "النزهة", "EG"),
]


@pytest.mark.parametrize("text,name,cc", ABROAD)
def test_a_namesake_abroad_of_a_place_in_a_unit(place_stage, text, name, cc):
    got = refs_by_surface(place_stage, text)
    ref = got[name]
    assert (ref.place.country_code if ref.place is not None else None) == cc, got

