"""An act told by a large city (reconcile.city_reference), round split51 (issue #9): a town the
report places by its own province or city, named in a record of its own (قرية الزعفرانة في ريف
حمص الشمالي beside the shelling of Homs's countryside), is not told again by a city of another
province with the same toll (وفي جنوب العاصمة دمشق ... مقتل مدني): two acts, two records."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hadath.reconcile.city_reference import fold_city_reference
from hadath.types import Article
from tests.reconcile.test_types40 import ARMY, BDAMA, DAMASCUS, HOMS, IDLIB, MOSUL, QAYYARAH, SAYDA, ev

# (text, the town, the city of another province): the city's shelling is an act of its own
TOLD = [
    ("قتل ستة مدنيين اليوم الثلاثاء نتيجة قصف مدفعي لقوات النظام على ريفي إدلب وحمص. وقتل مدني نتيجة "
     "قصف مدفعي لقوات النظام على قرية الزعفرانة في ريف حمص الشمالي. وفي جنوب العاصمة دمشق، قصفت قوات "
     "النظام المناطق الخاضعة لسيطرة المعارضة بالمدفعية، ما أسفر عن مقتل مدني.", "Za`faraniyah", "Damascus"),
    ("قتل خمسة مدنيين اليوم الثلاثاء في قصف مدفعي لقوات النظام على ريفي إدلب وحماة. وقتل مدني في قصف "
     "مدفعي لقوات النظام على بلدة سراقب بريف إدلب الشرقي. وفي غرب حلب، قصفت قوات النظام مناطق المعارضة "
     "بالمدفعية ما أدى إلى مقتل مدني.", "Saraqib", "Aleppo"),
    ("قتل خمسة مدنيين اليوم الثلاثاء في قصف مدفعي لقوات النظام على ريفي درعا والقنيطرة. وقتل مدني في قصف "
     "مدفعي لقوات النظام على بلدة طفس بريف درعا الغربي. وفي جنوب العاصمة دمشق، قصفت قوات النظام مواقع "
     "المعارضة بالمدفعية ما أدى إلى مقتل مدني.", "Tafas", "Damascus"),
    ("قتل خمسة مدنيين اليوم الثلاثاء في قصف مدفعي لقوات النظام على ريف حمص. وقتل مدني في قصف مدفعي لقوات "
     "النظام على مدينة تلبيسة في ريف حمص الشمالي. وفي جنوب العاصمة دمشق، قصفت قوات النظام المناطق "
     "الخاضعة لسيطرة المعارضة ما أسفر عن مقتل مدني.", "Tallbisah", "Damascus"),
]


@pytest.mark.parametrize("text, town, city", TOLD)
def test_the_city_of_another_province_keeps_its_act(candidates, text, town, city):
    evs = candidates(Article("t", text, published=date(2018, 4, 17))).events
    assert {town, city} <= {e.location for e in evs}, [(e.location_ar, e.location) for e in evs]


SHELL = "Shelling/artillery/missile attack"
ZAAFARANA = ("Za`faraniyah", 0, 34.93, 36.68)     # Homs's countryside, 160 km from Damascus
KISWAH = ("Al Kiswah", 0, 33.36, 36.24)           # Rural Damascus, 17 km south
ALEPPO_CITY = ("Aleppo", 1_602_264, 36.20, 37.16)
RIF_DIMASHQ = ("Rif Dimashq", 0, 33.6, 36.7)       # the province around the capital


def at(where, admin1, precision=1, **kw):
    return replace(ev(where, **kw), admin1=admin1, geo_precision=precision)


@pytest.mark.parametrize("events", [
    # the town's province named by a record of its own; the city lies in another province
    [at(HOMS, "Homs", 2, sub=SHELL, a1=ARMY, dead=3, trig=(0, 5)),
     at(ZAAFARANA, "Homs", sub=SHELL, a1=ARMY, trig=(60, 65)),
     at(DAMASCUS, "Damascus", 2, sub=SHELL, a1=ARMY, trig=(120, 125))],
    # the city told before the town and its province
    [at(DAMASCUS, "Damascus", 2, sub=SHELL, a1=ARMY, trig=(0, 5)),
     at(ZAAFARANA, "Homs", sub=SHELL, a1=ARMY, trig=(60, 65)),
     at(HOMS, "Homs", 2, sub=SHELL, a1=ARMY, dead=3, trig=(120, 125))],
    # an attack with a toll of two; the province's record by its countryside (precision 2)
    [at(IDLIB, "Idlib", 2, dead=5, trig=(0, 5)), at(BDAMA, "Idlib", dead=2, trig=(60, 65)),
     at(ALEPPO_CITY, "Aleppo", 2, dead=2, trig=(120, 125))],
])
def test_a_town_placed_by_its_own_province_is_not_told_by_another_city(events):
    assert len(fold_city_reference(events)) == len(events)


@pytest.mark.parametrize("events, kept", [
    # no record of the town's own province: the city tells the town's act (a dateline, a road)
    ([at(ZAAFARANA, "Homs", sub=SHELL, a1=ARMY), at(DAMASCUS, "Damascus", 2, sub=SHELL, a1=ARMY, trig=(90, 95))],
     "Za`faraniyah"),
    # a town of the capital's own countryside (a province of its own), the province named too:
    # the town is nearer the capital than the province's point - one act told by the capital
    ([at(KISWAH, "Rif Dimashq"), at(DAMASCUS, "Damascus", 2, trig=(90, 95)),
      at(RIF_DIMASHQ, "Rif Dimashq", 2, dead=7, trig=(150, 155))], "Al Kiswah"),
    # town and city of one province, the province named too: still one act told by its city
    ([at(MOSUL, "Ninawa", 2, sub="Suicide bomb", a1="Islamic State (Iraq)", dead=11),
      at(QAYYARAH, "Ninawa", sub="Suicide bomb", a1="Islamic State (Iraq)", dead=11, trig=(90, 95)),
      at(("Ninawa", 0, 36.2, 42.8), "Ninawa", 2, dead=4, trig=(150, 155))], "Al Qayyarah"),
    # another record of the town's province is a village, not the province itself
    ([at(SAYDA, "Daraa"), at(("Busra", 0, 32.52, 36.48), "Daraa", dead=4, trig=(50, 55)),
      at(DAMASCUS, "Damascus", 2, trig=(90, 95))], "Sayda"),
])
def test_the_city_still_tells_the_town(events, kept):
    out = [e.location for e in fold_city_reference(events)]
    assert len(out) == len(events) - 1 and kept in out, out


def test_without_provinces_nothing_changes():
    # records without admin1 (older callers): the rule is off
    assert [e.location for e in fold_city_reference([ev(SAYDA), ev(DAMASCUS, trig=(90, 95))])] == ["Sayda"]
