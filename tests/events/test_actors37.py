"""Mechanisms of the thirty-seventh round (issue #9): who did it and to whom on older and newer
real reports (docs/notes/actors37.md). The sentences are made up in the style of the wire copy
the round read, never copied from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, doer, hit, parent", [
    # a named group told with a word of belonging before its parent (جماعة X، التابعة لتنظيم
    # القاعدة; المنضوية في، المنتمية إلى): the parent does not act, and the group's anaphor
    # (الجماعة) points back to the group, not to the parent (mentions.actors_own.allies_dropped)
    ("أعلنت جماعة نصرة الإسلام والمسلمين، التابعة لتنظيم القاعدة، مسؤوليتها عن تفجير عبوة ناسفة "
     "استهدفت دورية للجيش المالي قرب مدينة دوينتزا.", date(2021, 5, 3),
     "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali",
     "AQIM: Al Qaeda in the Islamic Maghreb"),
    ("هاجمت حركة الشباب التابعة لتنظيم القاعدة قاعدة عسكرية للجيش الصومالي في منطقة شبيلي السفلى.",
     date(2019, 6, 2), "Al Shabaab", "Military Forces of Somalia",
     "AQIM: Al Qaeda in the Islamic Maghreb"),
    ("قالت مصادر محلية إن جماعة نصرة الإسلام والمسلمين المنتمية إلى تنظيم القاعدة شنت هجوما على "
     "معسكر للجيش المالي في بلدة بوني. وأعلنت الجماعة مسؤوليتها عن الهجوم.", date(2022, 3, 4),
     "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali",
     "AQIM: Al Qaeda in the Islamic Maghreb"),
])
def test_round37_a_parent_of_belonging_is_no_side(pipeline, text, published, doer, hit, parent):
    got = events(pipeline, text, published=published)
    assert any(e.actor1 == doer and e.actor2 == hit for e in got), got
    assert all(parent not in (e.actor1, e.actor2) for e in got), got


@pytest.mark.parametrize("text, published, side", [
    # tribes of Libya, Yemen, Iraq, Syria and Sinai named with a word of their armed men
    # (مسلحي، مسلحو، رجال قبيلة، أبناء قبيلة، ميليشيات) are ACLED's "X Tribal Militia (country)";
    # a group of 2018- Syria (أنصار التوحيد) is no unidentified one (actors.tsv)
    ("اندلعت اشتباكات بين مسلحي قبيلة عبيدة ومسلحين حوثيين في مديرية صرواح بمحافظة مأرب.",
     date(2015, 1, 10), "Abidah Tribal Militia (Yemen)"),
    ("أعدم مسلحو تنظيم داعش عشرات من أبناء قبيلة البو نمر في مدينة هيت.", date(2014, 10, 30),
     "Albu Nimr Tribal Militia (Iraq)"),
    ("قتل ثلاثة من أبناء قبيلة الترابين في اشتباك مع عناصر تنظيم ولاية سيناء جنوب رفح.",
     date(2016, 5, 1), "Tarabin Tribal Militia (Egypt)"),
    ("اشتبك مسلحو القذاذفة مع مسلحين من التبو في حي الطيوري بمدينة سبها.", date(2014, 1, 10),
     "Qadhadhfa Tribal Militia (Libya)"),
    ("هاجم رجال قبيلة العوالق نقطة للجيش في مديرية الصعيد بمحافظة شبوة.", date(2013, 8, 4),
     "Awaliq Tribal Militia (Yemen)"),
    ("تبنت جماعة أنصار التوحيد الهجوم على مواقع الجيش السوري في ريف حماة الشمالي.", date(2019, 3, 3),
     "Ansar al-Tawhid"),
])
def test_round37_tribes_and_groups_of_their_time(pipeline, text, published, side):
    got = events(pipeline, text, published=published)
    assert any(side in (e.actor1, e.actor2) for e in got), got


@pytest.mark.parametrize("text, published, doer, not_a_side", [
    # a group's allies noun with its pronoun (وحلفاؤهم في الجيش، وحلفاؤها من التحالف): the allies
    # named after it ride with the group, no side of their own (mentions.actors_own.allies_dropped)
    ("قال سكان محليون إن المقاتلين الحوثيين وحلفاءهم في الجيش استولوا على مدينة الحزم عاصمة "
     "محافظة الجوف اليوم الأحد.", date(2015, 6, 14), "Houthi Movement", "Military Forces of Yemen"),
    ("سيطرت قوات سوريا الديمقراطية وحلفاؤها من التحالف الدولي على بلدة الشدادي.", date(2016, 2, 19),
     "SDF: Syrian Democratic Forces", "Global Coalition Against Daesh"),
    ("هاجم مسلحو حركة الشباب وحلفاؤهم من الحزب الإسلامي قاعدة للجيش الصومالي في بلدة أفجوي.",
     date(2010, 6, 14), "Al Shabaab", "Hizbul Islam"),
])
def test_round37_allies_ride_with_the_group(pipeline, text, published, doer, not_a_side):
    got = events(pipeline, text, published=published)
    assert any(e.actor1 == doer for e in got), got
    assert all(not_a_side not in (e.actor1, e.actor2) for e in got), got
