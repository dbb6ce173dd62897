"""Mechanisms of round 35 (issue #9, docs/notes/types35.md), on sentences made up in the style of
the wire copy:

- a suicide bomber killed before anything went off is Disrupted weapons use with the bomber's
  death as its toll (events.stopped_bomber); a bomb that went off although the attack was "foiled"
  is one Suicide bomb record, the bomber as actor1 and the force as the side hit
  (reconcile.one_type.foiled_blast);
- the crowd's own burning or storming named after a word of sequence (بعد أن أحرق المتظاهرون، بعد
  قيام المحتجين بإحراق) is part of the demonstration, which is then a riot, not a motive
  (events.crowd_own);
- victims joined after a count past a comma (سيدة واثنين من أطفالها، وطفل ثالث) are more dead,
  beside a singular victim named before the count (events.beside_toll.joined_after)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 11, 20)


def coded(pipeline, text):
    return [(e.sub_event_type, e.fatalities) for e in events(pipeline, text, PUB)]


DISRUPTED = "Disrupted weapons use"
SUICIDE = "Suicide bomb"


@pytest.mark.parametrize("text", [
    "أحبطت الشرطة اليوم هجوما انتحاريا في مدينة الموصل وقتلت الانتحاري قبل أن يفجر حزامه الناسف.",
    "تمكنت قوات الأمن اليوم من قتل إرهابي انتحاري يرتدي حزاما ناسفا حاول الدخول إلى مديرية الأمن في كركوك.",
    "قتل الحراس اليوم انتحاريا حاول اقتحام مقر الشرطة في مدينة تكريت.",
    "قتلت قوات الأمن اليوم انتحاريين اثنين قبل وصولهما إلى حاجز في مدينة سامراء.",
])
def test_bomber_killed_before_the_blast(pipeline, text):
    got = coded(pipeline, text)
    assert [s for s, _ in got] == [DISRUPTED]
    assert got[0][1] >= 1


@pytest.mark.parametrize("text, want", [
    # the bomber as the means or the doer, or a blast told: a bombing as before
    ("قتل ثلاثة أشخاص اليوم على يد انتحاري في سوق مدينة بعقوبة.", [(SUICIDE, 3)]),
    ("قتل ثلاثة جنود اليوم بحزام ناسف في مدينة بعقوبة.", [(SUICIDE, 3)]),
    ("قتل الانتحاري وثلاثة من رجال الشرطة بعد أن فجر نفسه عند حاجز في مدينة سامراء اليوم.", [(SUICIDE, 4)]),
    ("فجر انتحاري نفسه اليوم عند حاجز للشرطة في مدينة الرمادي، ما أدى إلى مقتل اثنين من رجال الشرطة.", [(SUICIDE, 2)]),
])
def test_bomber_as_means_is_a_bombing(pipeline, text, want):
    assert coded(pipeline, text) == want


@pytest.mark.parametrize("text, dead", [
    ("نجحت قوات الأمن اليوم في إحباط هجوم انتحاري على مقر مديرية الأمن الوطني بمدينة كركوك، وتسبب إطلاق النار على "
     "الانتحاري في انفجار حزام ناسف كان يرتديه، مما أسفر عن إصابة اثنين من رجال الأمن.", 0),
    ("أحبطت قوات الأمن اليوم هجوما انتحاريا في مدينة كركوك، بعد أن انفجر الحزام الناسف الذي كان يرتديه المهاجم "
     "إثر إطلاق النار عليه، ما أدى إلى إصابة ثلاثة من الحراس.", 0),
    ("أحبطت قوات الأمن اليوم هجوما انتحاريا في مدينة الرمادي، إذ فجر الانتحاري نفسه عند البوابة بعد كشفه، "
     "ما أدى إلى مقتل شرطي.", 1),
])
def test_foiled_but_the_bomb_went_off(pipeline, text, dead):
    evs = events(pipeline, text, PUB)
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [(SUICIDE, dead)]
    assert evs[0].actor1.startswith("Unidentified Armed Group") and evs[0].actor2.startswith("Police Forces")


@pytest.mark.parametrize("text, dead", [
    ("قصفت قوات النظام اليوم بلدة معصران، ما أدى إلى مقتل سيدة واثنين من أطفالها، وطفل ثالث.", 4),
    ("قتل ثلاثة من عناصر الشرطة، ومدني في هجوم على حاجز في مدينة العريش اليوم.", 4),
    ("قتل جنديان، وضابط في هجوم على حاجز في مدينة العريش اليوم.", 3),
    # unchanged: one list, no comma; an injury after the comma is no death
    ("قصفت قوات النظام اليوم بلدة معصران، ما أدى إلى مقتل سيدة واثنين من أطفالها.", 3),
    ("قتل ثلاثة جنود، وأصيب مدني في هجوم على حاجز في مدينة العريش اليوم.", 3),
    ("قتل ضابط و3 جنود في هجوم على حاجز في مدينة العريش اليوم.", 4),
])
def test_victims_joined_past_a_comma(pipeline, text, dead):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == [dead]


RIOT = [("Violent demonstration", 0)]


@pytest.mark.parametrize("text, want", [
    ("أطلقت قوات الأمن الرصاص الحي اليوم لتفريق المتظاهرين في بغداد بعد أن أحرق المتظاهرون سيارات الشرطة.", RIOT),
    ("أطلقت قوات الأمن الرصاص الحي اليوم لتفريق المتظاهرين في ساحة التحرير ببغداد بعد قيام المتظاهرين بإحراق "
     "كرفانات قوات مكافحة الشغب.", RIOT),
    ("فرقت الشرطة المحتجين بالقوة في مدينة الناصرية اليوم إثر اقتحام المحتجين مبنى المحافظة.", RIOT),
    ("أطلقت قوات الأمن الغاز المسيل للدموع على المحتجين في مدينة البصرة اليوم بعد أن أضرم المحتجون النار في مقر الحزب.",
     RIOT),
    # someone else's act before the protest stays its motive
    ("تظاهر المئات في مدينة الخليل اليوم احتجاجا على إحراق مستوطنين منزلا في البلدة.", [("Peaceful protest", 0)]),
    ("خرج المتظاهرون في مدينة نابلس اليوم بعد إحراق مستوطنين منزلا في قرية دوما.", [("Peaceful protest", 0)]),
    ("تظاهر العشرات في مدينة الناصرية اليوم بعد اقتحام قوات الأمن منزل ناشط.", [("Peaceful protest", 0)]),
])
def test_crowd_own_violence_after_a_sequence_word(pipeline, text, want):
    assert coded(pipeline, text) == want



def _told_same(text, monkeypatch):
    """Whether the events stage reads a clause of ``text`` as the act told before (events.told_again
    .told_same, as events.realize calls it), for each clause it asks about."""
    import hadath.events.realize as realize
    from hadath.pipeline import build_pipeline
    from hadath.types import Article

    seen: list[bool] = []
    real = realize.told_same
    monkeypatch.setattr(realize, "told_same", lambda ix, frame: seen.append(real(ix, frame)) or seen[-1])
    build_pipeline(("text", "quantities", "dates", "actors", "places", "triggers", "events"))(
        Article("t", text, published=PUB))
    return any(seen)


@pytest.mark.parametrize("text, same", [
    # a demonstrative before the act noun, in a clause telling only a toll: the act told before
    ("انفجرت سيارة مفخخة اليوم قرب حاجز للجيش في مدينة الرمادي. وأكدت وزارة الدفاع مقتل اثنين من جنودها "
     "جراء هذا التفجير.", True),
    ("شهدت مدينة حلب اليوم تفجيرا انتحاريا استهدف دورية للشرطة. وقد أكدت وزارة الداخلية استشهاد أحد أفرادها "
     "وإصابة اثنين آخرين جراء هذا الهجوم الغادر.", True),
    ("قصفت طائرات حربية اليوم بلدة كفرنبل. وقالت مصادر طبية إن ثلاثة مدنيين قتلوا في هذه الغارة.", True),
    # ... not when the clause tells an act of its own, or names a place of its own
    ("انفجرت سيارة مفخخة اليوم قرب حاجز للجيش في مدينة الرمادي. وبعد هذا التفجير اشتبك الجيش مع مسلحين "
     "وقتل ثلاثة منهم.", False),
    ("انفجرت سيارة مفخخة اليوم قرب حاجز للجيش في مدينة الرمادي. وقتل جنديان في مدينة الفلوجة جراء هذا التفجير.",
     False),
])
def test_this_attack_in_a_toll_clause(text, same, monkeypatch):
    assert _told_same(text, monkeypatch) is same
