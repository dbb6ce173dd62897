"""PlaceStage on a small code-built gazetteer: recognition, cues, variants, disambiguation."""
from __future__ import annotations

import pytest

from hadath.gazetteer.store import Gazetteer
from hadath.gazetteer.testing import make_gazetteer
from hadath.mentions.places import PlaceStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


@pytest.fixture(scope="module")
def stages(tmp_path_factory):
    base, user = make_gazetteer(tmp_path_factory.mktemp("gz"))
    full = PlaceStage(gazetteer=Gazetteer([base, user]))
    base_only = PlaceStage(gazetteer=Gazetteer([base]))
    return full, base_only


def places(stage, text, source=None):
    doc = TextStage()(Doc(Article("t", text, source=source)))
    return [(m.surface, m.value) for m in stage(doc).mentions_of("place")]


def ids(stage, text):
    return [(s, r.place.id if r.place else None) for s, r in places(stage, text)]


CASES = [
    # (text, expected (surface, place id) pairs, in order)
    ("داهمت القوات عشرات النقاط في الرقة وريفها والطبقة وريفها",
     [("الرقة", "gn:172955"), ("الطبقة", "gn:172374")]),
    ("قصف مدفعي على بلدة تل أبيض شمال الرقة",
     [("تل أبيض", "gn:163345"), ("الرقة", "gn:172955")]),
    ("اشتباكات بالرقة", [("الرقة", "gn:172955")]),
    ("غارة جوية على محافظة دير الزور", [("محافظة دير الزور", "admin1:SY.07")]),
    ("انفجار في مدينة الميادين بريف دير الزور الشرقي",
     [("الميادين", "gn:173334"), ("دير الزور", "gn:170794")]),
    # spelling variant after a place slot: سارين ~ صرين (user list)
    ("داهمت قواتنا مخابئ في الطبقة وريفها وسارين وريفها",
     [("الطبقة", "gn:172374"), ("سارين", "ocha:C1990")]),
    # a common word that is also a village name: only as a place with a cue or in a slot
    ("قالت إن الكرامة الإنسانية مهمة", []),
    ("هاجم مسلحون قرية الكرامة شرق الرقة", [("الكرامة", "gn:4273"), ("الرقة", "gn:172955")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_recognize_and_resolve(stages, text, expected):
    assert ids(stages[0], text) == expected


def test_tabqa_next_to_raqqa_is_the_euphrates_city(stages):
    refs = dict(places(stages[0], "عمليات أمنية في الرقة والطبقة"))
    assert refs["الطبقة"].place.id == "gn:172374"
    assert len(refs["الطبقة"].candidates) == 2


def test_karama_in_raqqa_countryside(stages):
    refs = dict(places(stages[0], "داهمت قواتنا النقاط في الرقة وريفها (الكرامة) والطبقة"))
    assert refs["الكرامة"].place.id == "gn:4273"
    assert refs["الكرامة"].container.id == "gn:172955"


def test_unknown_name_after_cue_is_kept_unresolved(stages):
    refs = places(stages[0], "سقطت قذيفة على قرية زعيترات في ريف حلب")
    assert refs[0][0] == "زعيترات" and refs[0][1].place is None and refs[0][1].cue == "قريه"
    assert refs[1][1].place.id == "gn:170063" and refs[1][1].precision_hint == 2
    assert refs[0][1].container is not None and refs[0][1].container.id == "gn:170063"


def test_variant_missing_from_base_stays_unresolved(stages):
    refs = dict(places(stages[1], "داهمت قواتنا مخابئ في الطبقة وريفها وسارين وريفها"))
    assert refs["سارين"].place is None


@pytest.mark.parametrize("text,hint", [
    ("قصف على ريف الرقة", 2), ("قصف قرب الرقة", 2), ("قصف بالقرب من الرقة", 2),
    ("قصف على مدينة الرقة", 1), ("غارات على محافظة الرقة", 3), ("اشتباكات جنوب الرقة", 2),
])
def test_precision_hint(stages, text, hint):
    refs = places(stages[0], text)
    assert refs[-1][1].precision_hint == hint


def test_spans_index_original_text(stages):
    text = "وقُتل ثلاثة في الرَّقة"
    for surface, ref in places(stages[0], text):
        assert "ر" in surface and ref.place.id == "gn:172955"


@pytest.mark.parametrize("text,surface,place_id", [
    # a country named by its nisba adjective: a low-precision country place (cue "nisba")
    ("قال وزير الخارجية الأردني إن الحدود مغلقة", "الأردني", "country:JO"),
    ("أعلنت وزارة الدفاع السورية مقتل جنديين", "السورية", "country:SY"),
    ("وصل وفد من السوريين إلى عمان", "السوريين", "country:SY"),
])
def test_nisba_adjective_names_its_country(stages, text, surface, place_id):
    refs = dict(places(stages[0], text))
    ref = refs[surface]
    assert ref.place.id == place_id and ref.cue == "nisba" and ref.precision_hint == 3


def test_nisba_mention_has_low_confidence(stages):
    doc = TextStage()(Doc(Article("t", "قال وزير الخارجية الأردني")))
    (m,) = stages[0](doc).mentions_of("place")
    assert m.confidence <= 0.2


@pytest.mark.parametrize("text,expected", [
    ("#دير_الزور انفجار عنيف", [("دير_الزور", "gn:170794")]),
    ("قصف على #تل_أبيض", [("تل_أبيض", "gn:163345")]),
])
def test_hashtag_with_underscores_is_one_name(stages, text, expected):
    assert ids(stages[0], text) == expected
