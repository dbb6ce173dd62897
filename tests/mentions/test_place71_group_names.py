"""A place name inside an armed group's own name is no place mention (place71, issue #10:
places_actors.outside_group_names): القدس of سرايا القدس read Jerusalem and voted Israel, بيت
المقدس of أنصار بيت المقدس Jerusalem in a report on al-Arish, لواء القدس (a Syrian militia) the
Jerusalem District, سيناء of ولاية سيناء an unknown place. A country's name in a group's name
(المقاومة الإسلامية في لبنان، هيئة تحرير الشام) stays: it says where the group fights. The same
name said outside the group's name is a place as before, and a bare
سيناء now reads North Sinai (admin1.tsv alt_ar: nearly every conflict event of the peninsula is
in North Sinai; جنوب سيناء keeps its own record)."""
from __future__ import annotations

import pytest

from hadath.mentions.actors import ActorStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


def _read(stage, text: str) -> dict:
    doc = ActorStage()(TextStage()(Doc(Article("t", text))))
    return {doc.text[f.span.start:f.span.end]: r for f, r in stage.resolve(doc)}


INSIDE = [   # (text, the name inside the group's name); every row read a place on main
    ("أعلنت سرايا القدس أنها قصفت موقعا عسكريا قرب مستوطنة سديروت.", "القدس"),
    ("قتل جندي في هجوم لجماعة أنصار بيت المقدس على حاجز في العريش.", "بيت المقدس"),
    ("أعلن لواء القدس مقتل أحد مقاتليه في اشتباكات في ريف حمص الشرقي.", "لواء القدس"),
    ("قتل ثلاثة جنود في هجوم تبناه تنظيم ولاية سيناء على كمين في مدينة رفح.", "سيناء"),
]


@pytest.mark.parametrize("text,name", INSIDE)
def test_name_inside_group_is_no_place(place_stage, text, name):
    got = _read(place_stage, text)
    assert name not in got, {k: v.place for k, v in got.items()}


KEPT = [   # (text, surface, country code): the same names outside a group's name; nisbas stay
    ("أعلنت سرايا القدس أنها أطلقت صواريخ على مدينة القدس.", "القدس", "PS"),   # East Jerusalem
    ("قتل ثلاثة جنود مصريين في هجوم تبناه تنظيم ولاية سيناء في مدينة رفح.", "مصريين", "EG"),
    ("قتل ثلاثة جنود في هجوم تبناه تنظيم ولاية سيناء في مدينة رفح.", "رفح", "EG"),
    ("أعلنت المقاومة الإسلامية في لبنان استهداف موقع المالكية بالأسلحة الصاروخية.", "لبنان", "LB"),
]


@pytest.mark.parametrize("text,surface,cc", KEPT)
def test_name_outside_group_kept(place_stage, text, surface, cc):
    got = _read(place_stage, text)
    assert got[surface].place is not None and got[surface].place.country_code == cc


SINAI = [   # (text, surface, the admin1 read)
    ("شن مسلحون هجوما على نقطة تفتيش في سيناء أسفر عن مقتل جنديين.", "سيناء", "North Sinai"),
    ("قتل جنديان في هجوم على حاجز أمني وسط سيناء.", "سيناء", "North Sinai"),
    ("وصل آلاف السياح إلى مدينة شرم الشيخ في جنوب سيناء.", "جنوب سيناء", "South Sinai"),
]


@pytest.mark.parametrize("text,surface,name", SINAI)
def test_bare_sinai(place_stage, text, surface, name):
    got = _read(place_stage, text)
    assert got[surface].place is not None and got[surface].place.name == name, \
        {k: v.place for k, v in got.items()}
