"""actors61: the name of an unnamed identity militia follows ACLED's usage in the event's country.

Tribes of the Arab Middle East and North Africa are "Unidentified Tribal Militia (X)"; the ethnic
and farmer-herder militias of sub-Saharan Africa are "Unidentified Communal Militia (X)" and
Somalia's clans "Unidentified Clan Militia (Somalia)" (data/lexicons/actors_communal.tsv,
hadath.reconcile.names.localize_actors)."""
from __future__ import annotations

import pytest

from hadath.reconcile.names import localize_actors
from tests.events.conftest import events
from tests.reconcile.test_rules import ev

COMMUNAL = "Unidentified Communal Militia (Sudan)"
TRIBAL_YE = "Unidentified Tribal Militia (Yemen)"

# (text, both sides' name)
TRIBAL_CLASHES = [
    ("قتل 15 شخصا في اشتباكات قبلية في ولاية النيل الأزرق بالسودان يوم الأربعاء.", COMMUNAL),
    ("لقي 12 شخصا مصرعهم جراء تجدد الاشتباكات القبلية في مدينة الجنينة بولاية غرب دارفور.", COMMUNAL),
    ("اندلع نزاع قبلي مسلح في مدينة كادقلي بولاية جنوب كردفان السودانية أسفر عن مقتل سبعة أشخاص.", COMMUNAL),
    # the same words in Yemen keep the tribal name
    ("قتل 5 أشخاص في اشتباكات قبلية في مدينة مأرب اليمنية يوم الأربعاء.", TRIBAL_YE),
]


@pytest.mark.parametrize("text,name", TRIBAL_CLASHES)
def test_tribal_clash_name_by_country(pipeline, text, name):
    clashes = [e for e in events(pipeline, text) if e.event_type == "Battles"]
    assert clashes, text
    assert (clashes[0].actor1, clashes[0].actor2) == (name, name)


@pytest.mark.parametrize("named, country, want", [
    ("Unidentified Tribal Militia (Sudan)", "Sudan", "Unidentified Communal Militia (Sudan)"),
    ("Unidentified Tribal Militia (South Sudan)", "South Sudan", "Unidentified Communal Militia (South Sudan)"),
    ("Unidentified Tribal Militia (Nigeria)", "Nigeria", "Unidentified Communal Militia (Nigeria)"),
    ("Unidentified Tribal Militia (Mali)", "Mali", "Unidentified Communal Militia (Mali)"),
    ("Unidentified Tribal Militia (Somalia)", "Somalia", "Unidentified Clan Militia (Somalia)"),
    # the Arab Middle East and North Africa: tribal
    ("Unidentified Tribal Militia (Iraq)", "Iraq", "Unidentified Tribal Militia (Iraq)"),
    ("Unidentified Tribal Militia (Libya)", "Libya", "Unidentified Tribal Militia (Libya)"),
    ("Unidentified Tribal Militia (Syria)", "Syria", "Unidentified Tribal Militia (Syria)"),
    # a named communal militia keeps its name
    ("Misseriya Ethnic Militia (Sudan)", "Sudan", "Misseriya Ethnic Militia (Sudan)"),
])
def test_communal_form(named, country, want):
    (got,) = localize_actors([ev(a1=named, i1=4, a2=named, i2=4, country=country)])
    assert (got.actor1, got.actor2) == (want, want)
