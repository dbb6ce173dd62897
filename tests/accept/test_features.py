"""Feature vectors of candidate events: names, values, and the cues they are meant to see."""
from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import pytest

from hadath.accept.features import event_features, feature_names
from hadath.types import Article

PUB = date(2024, 3, 14)


def feats(candidates, text, published=PUB):
    doc = candidates(Article("f", text, published=published))
    return doc, event_features(doc)


def test_names_are_unique_and_stable():
    names = feature_names()
    assert len(names) == len(set(names)) > 100
    assert names == feature_names()
    assert {"type=Battles", "class=airstrike", "flag=place_unresolved", "finer_same_day", "quoted",
            "date_dist_log", "place_dist_log", "actor1_dist_log", "sent_pos", "doc_candidates_log",
            "fat_log", "date_far", "geo_p3", "cue=report"} <= set(names)


def test_every_event_has_every_feature_as_a_finite_number(candidates):
    doc, rows = feats(candidates, "شنت طائرات حربية غارات على مدينة سراقب يوم الثلاثاء، ما أسفر عن مقتل "
                                  "خمسة مدنيين. واعتقلت قوات الأمن ثلاثة شبان في مدينة أريحا.")
    assert len(rows) == len(doc.events) >= 2
    for row in rows:
        assert set(row) == set(feature_names())
        assert all(isinstance(v, float) and math.isfinite(v) for v in row.values())


def test_what_the_features_see(candidates):
    doc, rows = feats(candidates, "شنت طائرات حربية روسية غارات على مدينة سراقب يوم الثلاثاء، ما أسفر "
                                  "عن مقتل خمسة مدنيين.")
    (f,) = rows
    assert f["type=Explosions/Remote violence"] == 1.0 and f["class=airstrike"] == 1.0
    assert f["date_evidence"] == 1.0 and f["date_same_sent"] == 1.0 and f["date_days_log"] == pytest.approx(math.log1p(2))
    assert f["place_evidence"] == 1.0 and f["place_known"] == 1.0 and f["geo_p1"] == 1.0
    assert f["fat_log"] == pytest.approx(math.log1p(5))
    assert f["sent_first"] == 1.0 and f["doc_candidates_log"] == pytest.approx(math.log1p(1))
    assert f["quoted"] == 0.0 and f["flag=date_from_publication"] == 0.0


def test_quotation_and_speech(candidates):
    _, rows = feats(candidates, "وقال المتحدث باسم الفصائل: «قصفنا مواقع الجيش في بلدة سراقب يوم الثلاثاء».")
    assert rows and rows[0]["quoted"] == 1.0 and rows[0]["speech_before"] == 1.0


def test_undated_report(candidates):
    _, rows = feats(candidates, "قصفت طائرات حربية مدينة سراقب.", published=None)
    assert rows and rows[0]["doc_published_missing"] == 1.0 and rows[0]["flag=date_unresolved"] == 1.0


def test_a_finer_record_of_the_same_day(candidates):
    doc, _ = feats(candidates, "قصفت طائرات حربية مدينة سراقب يوم الثلاثاء.")
    (ev,) = doc.events
    coarse = replace(ev, geo_precision=3, location="Idlib", admin2=None)
    fine = replace(ev, geo_precision=1)
    rows = event_features(replace(doc, events=(coarse, fine)))
    assert rows[0]["finer_same_day"] == 1.0 and rows[0]["finer_same_type"] == 1.0
    assert rows[1]["finer_same_day"] == 0.0
    other_day = replace(fine, event_date=date(2024, 3, 1))
    assert event_features(replace(doc, events=(coarse, other_day)))[0]["finer_same_day"] == 0.0


def test_a_large_toll_anchored_to_one_act_is_not_flagged_as_a_total(candidates):
    """fat_100 marks a toll of 100+ that is not anchored by its own date and a cue-introduced
    place in its sentence (period and area totals are)."""
    _, rows = feats(candidates, "هاجمت قوات الدعم السريع، يوم الأربعاء، قرية ود النورة في ولاية الجزيرة، ما أسفر "
                                "عن مقتل 100 مدني.")
    assert rows and rows[0]["fat_100"] == 0.0
    _, rows = feats(candidates, "قتل 150 مدنيا في ولاية الجزيرة منذ بداية العام في هجمات قوات الدعم السريع.")
    assert all(r["fat_100"] == 1.0 for r in rows if r["fat_log"] >= 4.6)


def test_a_named_place_the_gazetteer_lacks_is_not_read_as_maybe_no_place(candidates):
    from hadath.types import PlaceRef

    doc, _ = feats(candidates, "هاجمت قوات الدعم السريع قرية في ولاية الجزيرة أمس وقتلت شخصين.")
    ev = doc.events[0]
    named = replace(ev, flags=("place_unresolved",), place=PlaceRef("ودالهبيل", None, cue="قريه"),
                    location_ar="ودالهبيل")
    bare = replace(named, place=PlaceRef("ودالهبيل", None))
    (f_named,) = event_features(replace(doc, events=(named,)))
    (f_bare,) = event_features(replace(doc, events=(bare,)))
    assert f_named["flag=place_unresolved"] == 0.0  # قرية ودالهبيل: a place, unknown to the gazetteer
    assert f_bare["flag=place_unresolved"] == 1.0   # a bare name: maybe no place at all


# (accept63) the cue one-hots read the cues of the trigger's clause that bear on it
# (events.modality.cue_reaches), not every cue of its sentence: (text, feature, expected)
CUE_SCOPE = [
    # a threat before "after" (sequel): the strike told after it is what the threat answers
    ("هدد الرئيس الإيراني إسرائيل بالانتقام بعد مقتل خمسة من أعضاء الحرس الثوري في غارة جوية على دمشق.",
     "cue=threat", 0.0),
    # the passive "is called" names the woman: no claim
    ("أصيبت مسنة تدعى نعمة راشد نعمان في مديرية مقبنة غربي تعز برصاص قناص حوثي.", "cue=claim", 0.0),
    ("أصيبت مسنة تدعى نعمة راشد نعمان في مديرية مقبنة غربي تعز برصاص قناص حوثي.", "clause_claim", 0.0),
    # a report cue in the act's own clause still counts
    ("قال المرصد إن طائرات حربية قصفت مدينة سراقب يوم الثلاثاء.", "cue=report", 1.0),
]


@pytest.mark.parametrize("text,feature,expected", CUE_SCOPE)
def test_cue_scope(candidates, text, feature, expected):
    doc, rows = feats(candidates, text)
    assert rows, "no candidate"
    assert rows[0][feature] == expected


# (accept64) place_country_share counts the places the events stage would take as places: not a
# nisba adjective (الإيراني) nor a name inside an actor's (الحرس الثوري الإيراني), nor a country an
# event reads as its side: (text, expected share of the record's country)
COUNTRY_SHARE = [
    # Iran twice by nisba, Israel, Damascus: Syria is 1 of 2 places, not 1 of 4
    ("هدد الرئيس الإيراني إسرائيل بالانتقام بعد مقتل خمسة من أعضاء الحرس الثوري الإيراني في غارة جوية على دمشق.",
     0.5),
    # Israel blamed (the record's doer, its actor evidence) is no place either: Damascus, Tehran
    # and the threatened Israel
    ("هدد الرئيس الإيراني إسرائيل بالانتقام بعد مقتل عدد من أعضاء الحرس الثوري الإيراني في غارة جوية على "
     "دمشق ألقت طهران باللوم فيها على إسرائيل.", 1 / 3),
    # a report of one country's places: all of them count
    ("قصفت طائرات حربية مدينة سراقب في ريف إدلب.", 1.0),
]


@pytest.mark.parametrize("text,share", COUNTRY_SHARE)
def test_country_share_counts_places_only(candidates, text, share):
    doc, rows = feats(candidates, text)
    assert rows, "no candidate"
    assert rows[0]["place_country_share"] == pytest.approx(share)
