"""Gaza City's quarters (place68, issue #10).

- The quarters of Gaza City (الشجاعية، الزيتون، التفاح، الرمال، تل الهوى، الشيخ رضوان، الدرج،
  الصبرة، الشيخ عجلين، النصر) are gazetteer records of their own (places_extra.tsv,
  hadath:74..83, class neighbourhood, ACLED's "Gaza City - X" names) at Gaza City's point: a
  quarter told as حي X with no town named is placed in Gaza City, not at a namesake abroad (on
  main حي الزيتون read Cairo's El-Zaytoon district, حي الرمال a Riyadh quarter, حي التفاح a
  Yemeni village, حي الشجاعية and حي تل الهوا only the country). The names that are common
  words (الزيتون، التفاح، الرمال، الدرج، النصر) stay weak: read after a cue only."""
from __future__ import annotations

import pytest

from hadath.mentions.actors import ActorStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


def _refs(stage, text: str) -> dict:
    doc = ActorStage()(TextStage()(Doc(Article("t", text))))
    return {doc.text[f.span.start:f.span.end]: r for f, r in stage.resolve(doc)}


QUARTERS = [   # (text, the quarter's name, the record's name)
    ("قتل ثلاثة فلسطينيين في غارة إسرائيلية على حي الشجاعية.", "الشجاعية", "Gaza City - Ash Shujaiyeh"),
    ("استشهد طفلان في قصف مدفعي استهدف حي الزيتون فجر اليوم.", "الزيتون", "Gaza City - Az Zaitoun"),
    ("قتل مدني في غارة على منزل في حي التفاح.", "التفاح", "Gaza City - At Tuffah"),
    ("دمرت طائرات الاحتلال برجا سكنيا في حي الرمال.", "الرمال", "Gaza City - Ar Rimal"),
    ("أصيب خمسة مواطنين في قصف على حي تل الهوا.", "تل الهوا", "Gaza City - Tal al Hawa"),
    ("استشهد شاب برصاص قناص في حي الشيخ رضوان.", "الشيخ رضوان", "Gaza City - Sheikh Radwan"),
    ("قصفت المدفعية حي الدرج وسط المدينة.", "الدرج", "Gaza City - Ad Daraj"),
    ("توغلت دبابات الاحتلال في حي الصبرة.", "الصبرة", "Gaza City - Sabra"),
]


@pytest.mark.parametrize("text,surface,name", QUARTERS)
def test_gaza_quarter_is_placed_in_gaza_city(place_stage, text, surface, name):
    refs = [r for s, r in _refs(place_stage, text).items() if surface in s]
    assert refs and all(r.place is not None and r.place.name == name
                        and r.place.admin1 == "Gaza Strip" for r in refs)


CONTROLS = [   # (text, a name, the country its reading must have, or None: no place)
    ("قتل متظاهر في حي الزيتون بالقاهرة.", "القاهرة", "EG"),
    ("ارتفعت أسعار التفاح والموز في الأسواق هذا الأسبوع.", "التفاح", None),
    ("صعد الطفل الدرج ثم سقط.", "الدرج", None),
]


@pytest.mark.parametrize("text,surface,cc", CONTROLS)
def test_quarter_controls(place_stage, text, surface, cc):
    refs = [r for s, r in _refs(place_stage, text).items() if surface in s]
    if cc is None:
        assert all(r.place is None for r in refs)
    else:
        assert refs and all(r.place is not None and r.place.country_code == cc for r in refs)


def test_district_admin1_cache_is_the_gazetteers():
    """twin_points.district_admin1 caches on the gazetteer (review35: no module-level cache keyed
    on a gazetteer object, which kept every gazetteer alive)."""
    from hadath.gazetteer import open_gazetteer
    from hadath.gazetteer.twin_points import district_admin1
    gz = open_gazetteer(user=False)
    a1 = district_admin1(gz, "LB", "Bent Jbeil")
    assert gz.district_units[("LB", "Bent Jbeil")] == a1 == "Nabatieh"
