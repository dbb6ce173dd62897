"""Acts the coders keep apart (issue #9, round split50): a village the gazetteer lacks, attacked
on a day of its own that the text tells, is no coarser telling of an act at a known place on
another day (hadath.reconcile.rules._other_day_village) - strikes on two days are two events
(CODING.md). Told without a day of its own, or on the same day, it is still that act told again.
Place names are invented where the gazetteer must not know them."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.rules import fold_coarser
from hadath.types import Article, Event, Place, PlaceRef, Span

# (published, text, the unknown village, the known place): two records, one per day
TWO_DAYS = [
    ("2024-06-23", "هاجمت قوات الدعم السريع يوم السبت 22 يونيو قرية ودالنعيم وقتلت مدنيين اثنين. "
     "وكانت القوات قد هاجمت يوم الجمعة 21 يونيو مدينة ود مدني وقتلت 15 مدنيا.", "ودالنعيم", "Wad Medani"),
    ("2024-10-05", "قصفت مدفعية الجيش يوم الخميس 3 أكتوبر قرية تل الزيتون. وفي يوم الجمعة 4 أكتوبر "
     "قصفت مدفعية الجيش مدينة معرة النعمان.", "تل الزيتون", "Maarrat an Numan"),
    ("2024-07-14", "أحرق مستوطنون يوم الجمعة 12 يوليو منازل في قرية خربة الطويل. وفي يوم السبت 13 يوليو "
     "أحرق مستوطنون منازل في بلدة حوارة جنوب نابلس.", "خربة الطويل", "Huwwarah"),
    ("2025-03-12", "اقتحم مستوطنون يوم الاثنين 10 مارس قرية المراجم وأحرقوا مركبتين. وفي يوم الثلاثاء 11 "
     "مارس اقتحم مستوطنون بلدة دوما جنوب نابلس وأحرقوا منزلا.", "المراجم", "Duma"),
]


@pytest.mark.parametrize("published, text, village, known", TWO_DAYS)
def test_a_village_of_another_day_is_an_act_of_its_own(candidates, published, text, village, known):
    evs = candidates(Article("t", text, published=date.fromisoformat(published))).events
    assert len(evs) == 2 and len({e.event_date for e in evs}) == 2, [(e.event_date, e.location) for e in evs]
    assert village in {e.location_ar for e in evs} and known in {e.location for e in evs}, \
        [(e.location_ar, e.location) for e in evs]


# the village told again without a day of its own, or with the act's own day: one act
TOLD_AGAIN = [
    ("2024-06-23", "هاجم مسلحون مدينة ود مدني يوم الجمعة 21 يونيو وقتلوا 15 مدنيا. وأوضح شهود أن "
     "المسلحين هاجموا قرية ودالنعيم."),
    ("2024-06-23", "هاجم مسلحون مدينة ود مدني يوم الجمعة 21 يونيو وقتلوا 15 مدنيا. وأوضح شهود أن "
     "المسلحين هاجموا يوم الجمعة قرية ودالنعيم."),
]


@pytest.mark.parametrize("published, text", TOLD_AGAIN)
def test_the_village_told_again_is_the_act(candidates, published, text):
    evs = [e for e in candidates(Article("t", text, published=date.fromisoformat(published))).events
           if "country_only" not in e.flags]
    assert len(evs) == 1 and evs[0].location_ar == "ودالنعيم", [(e.event_date, e.location) for e in evs]


D = date(2024, 6, 21)


def _ev(ar, *, known=True, day=D, flags=(), cue="قريه", start=0):
    place = Place(id=ar, name=ar, feature_class="populated_place", country="Sudan", country_code="SD",
                  latitude=14.4, longitude=33.5, admin1="Al Jazirah") if known else None
    return Event(article_id="a", event_type="Violence against civilians", sub_event_type="Attack", event_date=day,
                 location=ar if known else "Sudan", location_ar=ar, admin1="Al Jazirah" if known else None,
                 latitude=14.4 if known else 15.0, longitude=33.5 if known else 30.0, geo_precision=1 if known else 3,
                 actor1="RSF: Rapid Support Forces", inter1=2, actor2="Civilians (Sudan)", inter2=7, country="Sudan",
                 flags=tuple(flags) + (() if known else ("place_unresolved",)),
                 place=PlaceRef(name=ar, place=place, cue=cue),
                 evidence={"trigger": (Span(start, start + 4),), "location": (Span(start + 5, start + 9),)})


NEXT = date(2024, 6, 22)


@pytest.mark.parametrize("coarse, kept", [
    (_ev("ودالنعيم", known=False, day=NEXT, start=50), 2),                                   # its own day
    (_ev("ودالنعيم", known=False, day=date(2024, 6, 20), start=50), 2),                      # the day before
    (_ev("ودالنعيم", known=False, day=NEXT, cue="بلده", start=50), 2),                       # بلدة X
    (_ev("ودالنعيم", known=False, day=NEXT, start=50, flags=("date_from_publication",)), 1),  # the report's day
    (_ev("ودالنعيم", known=False, start=50), 1),                                             # the same day
    (_ev("ودالنعيم", known=False, day=NEXT, cue="شمال", start=50), 1),                       # no class noun
])
def test_fold_coarser_keeps_a_village_of_another_day(coarse, kept):
    assert len(fold_coarser([_ev("ود مدني"), coarse])) == kept


# Two places the gazetteer lacks, or one it lacks beside one it knows, both coded at one point,
# stay two acts: منطقتي X وY (a dual class noun names each area of its list, as منطقة X names one:
# rules.class_cues), and قرية X المجاورة (said to neighbour the known place: one_type._neighbours_apart)
TWO_PLACES = [tuple(part.strip() for part in row.split("|")) for row in """
2025-11-17 | قصف الجيش اليوم مدينة بارا. وجاء ذلك بعد يومين من قصف الجيش لمنطقتي الخويرة وأم صميمة في الولاية نفسها. | الخويرة | أم صميمة
2025-11-17 | سيطرت قوات الدعم السريع اليوم على مدينة بارا. وجاء ذلك بعد يومين من سيطرتها على منطقتي الخويرة وأم صميمة في الولاية نفسها. | الخويرة | أم صميمة
2025-11-17 | استعاد الجيش السوداني اليوم السيطرة على مدينة الأبيض. وتأتي هذه التطورات بعد يومين من استعادة الجيش لمنطقتي الكرمدي وأم قرفة بنفس الولاية. | الكرمدي | أم قرفة
2025-11-17 | استعاد الجيش السوداني اليوم السيطرة على مدينة بارا. وجاء ذلك بعد يومين من استعادة الجيش لمنطقتي الخويرة وأم صميمة في الولاية نفسها. | الخويرة | أم صميمة
2026-02-21 | أصيب مواطنان اليوم برصاص مستوطنين خلال هجوم استهدف قرية المغير شمال رام الله، فيما أقدم مستوطنون على إحراق غرفة زراعية في قرية خربة العدسة المجاورة. | المغير | خربة العدسة
2026-02-21 | أصيب ثلاثة مواطنين اليوم برصاص مستوطنين هاجموا بلدة ترمسعيا، فيما أحرق مستوطنون مركبتين في قرية خربة العدسة المجاورة. | ترمسعيا | خربة العدسة
2026-02-21 | قتل مسلحون اليوم ثلاثة مدنيين في هجوم على بلدة سنجة، فيما أحرق مسلحون منازل في قرية ود العقلي المجاورة. | سنجة | ود العقلي
2026-02-21 | أصيب شاب اليوم برصاص مستوطنين في قرية دير دبوان، بينما أحرق مستوطنون خيمة في قرية عين الرشاش المجاورة. | دير دبوان | عين الرشاش
""".strip().splitlines()]


@pytest.mark.parametrize("published, text, first, second", TWO_PLACES)
def test_two_places_stay_two_acts(candidates, published, text, first, second):
    evs = candidates(Article("t", text, published=date.fromisoformat(published))).events
    assert {first, second} <= {e.location_ar for e in evs}, [(e.sub_event_type, e.location) for e in evs]


@pytest.mark.parametrize("word, cue", [("منطقتي", True), ("منطقة", True), ("قريتي", True), ("محافظتي", False)])
def test_class_cues_take_the_dual_of_an_area(word, cue):
    from hadath.reconcile.rules import class_cues
    from hadath.text.normalize import normalize_key

    assert (normalize_key(word) in class_cues()) is cue


def test_the_village_itself_told_by_its_neighbour_stays_one_act(candidates):
    text = "هاجم مستوطنون اليوم قرية خربة العدسة قرب المغير وأحرقوا غرفة زراعية."
    evs = candidates(Article("t", text, published=date(2026, 2, 21))).events
    assert len(evs) == 1, [(e.sub_event_type, e.location) for e in evs]


@pytest.mark.parametrize("after, apart", [("المجاورة", True), ("المجاور", True), ("المتاخمة", True),
                                          ("المحاذية", True), ("الواقعة", False), ("", False)])
def test_neighbours_apart_by_the_word_after_the_place(after, apart):
    from dataclasses import replace

    from hadath.reconcile.one_type import _neighbours_apart

    text = "أحرق مستوطنون غرفة في قرية أبو فلاح " + after + " شمال رام الله"
    at = text.index("أبو فلاح")
    near = replace(_ev("أبو فلاح", known=False, start=50), flags=("place_unresolved", "place_approximate"),
                   evidence={"trigger": (Span(0, 4),), "location": (Span(at, at + len("أبو فلاح")),)})
    known = _ev("المغير")
    assert _neighbours_apart(known, near, text) is apart and _neighbours_apart(near, known, text) is apart
    assert not _neighbours_apart(near, replace(near, evidence={}), text)   # the same name: one place
    assert not _neighbours_apart(known, near, "")                          # no text: as before
