"""actors61: the name of an unnamed identity militia follows ACLED's usage in the event's country.

Tribes of the Arab Middle East and North Africa are "Unidentified Tribal Militia (X)"; the ethnic
and farmer-herder militias of sub-Saharan Africa are "Unidentified Communal Militia (X)" and
Somalia's clans "Unidentified Clan Militia (Somalia)" (data/lexicons/actors_communal.tsv,
hadath.reconcile.names.localize_actors)."""
from __future__ import annotations

from datetime import date

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


# A named tribe written with its noun after a word of its armed men is named in every such frame
# (hadath.mentions.actors_lexicon._kin_keys): (text, actor1, actor2)
KIN_FRAMES = [
    ("قتل شخصان في اشتباكات دارت الأربعاء في مدينة سبها بين مسلحين من قبيلة القذاذفة وآخرين من قبيلة أولاد سليمان.",
     "Qadhadhfa Tribal Militia (Libya)", "Awlad Suleiman Tribal Militia (Libya)"),
    ("اندلعت اشتباكات في مدينة بني وليد بين مقاتلين من قبيلة ورفلة وقوات الجيش الليبي أسفرت عن مقتل ثلاثة.",
     "Warfalla Tribal Militia (Libya)", None),
    ("قتل أربعة أشخاص في اشتباكات بين مسلحين من قبيلة المقارحة وعناصر من قبيلة المشاشية جنوب ليبيا.",
     "Magarha Tribal Militia (Libya)", "Mashashiya Tribal Militia (Libya)"),
    ("قتل رجلان في اشتباكات بين مقاتلين من عشيرة الجنابيين وقوات الشرطة في بلدة الإسكندرية بمحافظة بابل.",
     "Janabi Tribal Militia (Iraq)", "Police Forces of Iraq"),
    ("أصيب ثلاثة في اشتباكات اندلعت بين أفراد من قبيلة الجبور والشرطة العراقية في قضاء الشرقاط.",
     "Jubur Tribal Militia (Iraq)", None),
]


@pytest.mark.parametrize("text,first,second", KIN_FRAMES)
def test_tribe_in_a_frame_of_its_men(pipeline, text, first, second):
    clashes = [e for e in events(pipeline, text) if e.event_type == "Battles"]
    assert clashes, text
    sides = {clashes[0].actor1, clashes[0].actor2}
    assert first in sides
    if second:
        assert second in sides


def test_tribe_noun_alone_names_no_side(pipeline):
    # the tribe's noun alone, as an owner, is no side (its men are not named)
    text = "أضرم مسلحون النار في منازل تعود ملكيتها إلى عشيرة الجبور في بلدة الإسكندرية بمحافظة بابل."
    for e in events(pipeline, text):
        assert "Jubur Tribal Militia (Iraq)" not in (e.actor1, e.actor2)


# Libya's state forces by period (ACLED): the police, intelligence, air force, navy and border
# guard carry the government's name as the army does (data/lexicons/actors.tsv lby-*-gna/-gnu)
GNA, GNU = " (2016-2021) Government of National Accord", " (2021-) Government of National Unity"
LIBYA_PERIODS = [
    ("اعتقلت الشرطة الليبية خمسة أشخاص في مدينة طرابلس أمس.", date(2023, 5, 4), "Police Forces of Libya" + GNU),
    ("اعتقلت الشرطة الليبية خمسة أشخاص في مدينة طرابلس أمس.", date(2018, 5, 4), "Police Forces of Libya" + GNA),
    ("اعتقلت الشرطة الليبية خمسة أشخاص في مدينة طرابلس أمس.", date(2013, 5, 4), "Police Forces of Libya"),
    ("اعتقل جهاز المخابرات الليبية ثلاثة أشخاص في مدينة مصراتة أمس.", date(2022, 1, 9), "Police Forces of Libya" + GNU),
    ("قصف سلاح الجو الليبي مواقع لتنظيم داعش جنوب مدينة سرت.", date(2019, 7, 2), "Military Forces of Libya" + GNA),
    ("اعتقل حرس الحدود الليبي عشرة مسلحين قرب مدينة غدامس.", date(2022, 7, 2), "Military Forces of Libya" + GNU),
]


@pytest.mark.parametrize("text,day,force", LIBYA_PERIODS)
def test_libya_forces_by_period(pipeline, text, day, force):
    found = events(pipeline, text, published=day)
    assert any(force in (e.actor1, e.actor2) for e in found), [(e.actor1, e.actor2) for e in found]


# The ministry a force belongs to (التابع لوزارة، الذي يتبع وزارة) is its parent, no side: the
# force acts (hadath.events.role_words.parent_ministry). (text, actor1, actor2 or None)
PARENT_MINISTRY = [
    ("اعتقلت قوات الدرك الوطني التابعة لوزارة الدفاع ثلاثة مهربين بولاية تبسة.",
     "Police Forces of Algeria", "Unidentified Armed Group (Algeria)"),
    ("اعتقل عناصر الدرك الوطني الذي يتبع وزارة الدفاع خمسة مسلحين بولاية تبسة.",
     "Police Forces of Algeria", "Unidentified Armed Group (Algeria)"),
    ("اعتقلت عناصر الدرك التابع لوزارة الدفاع أربعة مهربين في ولاية الوادي.",
     "Police Forces of Algeria", "Unidentified Armed Group (Algeria)"),
]


@pytest.mark.parametrize("text,doer,held", PARENT_MINISTRY)
def test_parent_ministry_is_no_side(pipeline, text, doer, held):
    arrests = [e for e in events(pipeline, text, published=date(2017, 1, 24)) if e.sub_event_type == "Arrests"]
    assert arrests, text
    assert (arrests[0].actor1, arrests[0].actor2) == (doer, held)


def test_ministry_hit_stays_a_side(pipeline):
    # a ministry's site hit, no force before the tie: the ministry's force is the side hit
    text = "هاجم مسلحون مقرا تابعا لوزارة الدفاع في مدينة بنغازي."
    found = events(pipeline, text, published=date(2017, 1, 24))
    assert any(e.actor2 and e.actor2.startswith("Military Forces of Libya") for e in found)


# The Tebu written without the article (قبيلة تبو، أبناء تبو), as the Libyan press often does:
# (text, actor1, actor2)
TEBU = [
    ("قتل 37 شخصا في اشتباكات وقعت بين مسلحين من الطوارق وقبيلة تبو في مدينة سبها.",
     "Tuareg Ethnic Militia (Libya)", "Tebu Ethnic Militia (Libya)"),
    ("اندلعت اشتباكات بين أبناء تبو وقبيلة أولاد سليمان في مدينة سبها أسفرت عن مقتل خمسة.",
     "Tebu Ethnic Militia (Libya)", "Awlad Suleiman Tribal Militia (Libya)"),
    ("قتل ثلاثة في اشتباكات بين مسلحي تبو ومسلحين من الطوارق في مدينة أوباري.",
     "Tebu Ethnic Militia (Libya)", "Tuareg Ethnic Militia (Libya)"),
]


@pytest.mark.parametrize("text,first,second", TEBU)
def test_tebu_without_article(pipeline, text, first, second):
    clashes = [e for e in events(pipeline, text, published=date(2015, 7, 17)) if e.event_type == "Battles"]
    assert clashes, text
    assert {clashes[0].actor1, clashes[0].actor2} == {first, second}
