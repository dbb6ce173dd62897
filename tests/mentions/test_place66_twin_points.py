"""One village held twice by the gazetteer, a few hundred metres apart and filed in two admin1
units (place66, hadath.gazetteer.twin_points): the tie goes to the point whose admin1 is the
one most places of its district are filed in. On main the first row won: ياطر read as Yatar
(South) instead of Yater (Nabatieh: Bent Jbeil district lies in Nabatieh), and سبع الاخميس as
Saba' al Akhmays (Salah al-Din) instead of Saba` al Ikhmays (Diyala: Kifri district)."""
from __future__ import annotations

import pytest

from hadath.gazetteer.twin_points import twin_point
from hadath.mentions.actors import ActorStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc, Place


def _refs(stage, text: str) -> dict:
    doc = ActorStage()(TextStage()(Doc(Article("t", text))))
    return {doc.text[f.span.start:f.span.end]: r for f, r in stage.resolve(doc)}


ROWS = [   # (text, the village, its reading's admin1)
    ("قصفت طائرات إسرائيلية بلدة ياطر في جنوب لبنان.", "ياطر", "Nabatieh"),
    ("قتل شخص في قصف على بلدة ياطر.", "ياطر", "Nabatieh"),
    ("غارة استهدفت بلدة ياطر، فيما تعرضت كفركلا لقصف مدفعي.", "ياطر", "Nabatieh"),
    ("أصيب مدنيان بقصف مدفعي طال أطراف بلدة ياطر الجنوبية.", "ياطر", "Nabatieh"),
    ("قتل شخص في هجوم على قرية سبع الاخميس.", "سبع الاخميس", "Diyala"),
]


@pytest.mark.parametrize("text,surface,admin1", ROWS)
def test_one_village_two_points_takes_its_districts_admin1(place_stage, text, surface, admin1):
    ref = _refs(place_stage, text).get(surface)
    assert ref is not None and ref.place is not None and ref.place.admin1 == admin1


def _p(name, admin1, admin2="D", lat=33.0, lon=35.0, cc="LB"):
    return Place(name, name, "populated_place", "X", cc, lat, lon, None, admin1, admin2)


UNIT = {("LB", "D"): "B"}.get


def _unit(cc, admin2):
    return UNIT((cc, admin2))


TABLE = [   # (places, scores, best, kept)
    ([_p("a", "A"), _p("b", "B", lat=33.001)], [2.0, 2.0], 0, 1),          # tie, 110 m: the district's
    ([_p("a", "B"), _p("b", "A", lat=33.001)], [2.0, 2.0], 0, 0),          # best already the district's
    ([_p("a", "A"), _p("b", "B", lat=33.001)], [2.1, 2.0], 0, 0),          # no tie
    ([_p("a", "A"), _p("b", "B", lat=33.05)], [2.0, 2.0], 0, 0),           # 5.5 km apart: two places
    ([_p("a", "A"), _p("b", "B", admin2="E", lat=33.001)], [2.0, 2.0], 0, 0),   # other district
    ([_p("a", "A"), _p("b", "B", cc="SY", lat=33.001)], [2.0, 2.0], 0, 0),      # other country
    ([_p("a", "A", admin2="F"), _p("b", "B", admin2="F", lat=33.001)], [2.0, 2.0], 0, 0),  # unit unknown
    ([_p("a", "A"), _p("c", "C", lat=33.001), _p("b", "B", lat=32.999)], [2.0, 2.0, 2.0], 0, 2),
    ([_p("a", "A")], [2.0], 0, 0),
]


@pytest.mark.parametrize("places,scores,best,kept", TABLE)
def test_twin_point_table(places, scores, best, kept):
    assert twin_point(places, scores, best, _unit) == kept
