"""Mechanisms of round 31 on whole reports (issue #9): acts told as what the reported act came
long after (بعد أسابيع من هجومين ...) are background, neither a record nor a toll
(docs/notes/types31.md); a count whose death noun follows with its pronoun (13 شخصا تأكد مقتلهم)
is the toll. The sentences are made up in the style of the wire copy."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.earlier import earlier_spans
from hadath.events.wordbits import class_positions
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize
from tests.events.conftest import events

PUB = date(2024, 5, 14)


@pytest.mark.parametrize("text, want", [
    # an act told long before the reported one: its toll is not the act's, it makes no record
    ("قتل ثلاثة جنود في هجوم على حاجز للجيش في مدينة درنة اليوم، بعد أسابيع من هجومين على"
     " كنيستين في الإسكندرية وطنطا أسفرا عن مقتل 45 شخصا.", [("Darnah", 3)]),
    ("قتل ثلاثة جنود في هجوم على حاجز للجيش في مدينة درنة اليوم، بعد ثلاثة أشهر من تفجير انتحاري"
     " في مدينة بنغازي أدى إلى مقتل 20 شخصا.", [("Darnah", 3)]),
    ("قتل ثلاثة جنود في هجوم على حاجز للجيش في مدينة درنة اليوم، وذلك بعد مرور نحو عام على هجوم"
     " مماثل قتل فيه 12 جنديا في مدينة سرت.", [("Darnah", 3)]),
    ("قتل ثلاثة جنود في هجوم على حاجز للجيش في مدينة درنة اليوم. وجاء الهجوم بعد شهرين من تفجير"
     " استهدف سوقا في مدينة سبها وأسفر عن مقتل 30 شخصا.", [("Darnah", 3)]),
    # fronted before the act, up to the comma
    ("بعد أكثر من عام على سيطرة التنظيم على مدينة سرت، قتل ثلاثة جنود في هجوم على حاجز للجيش في"
     " مدينة درنة اليوم.", [("Darnah", 3)]),
])
def test_act_long_before(pipeline, text, want):
    assert [(e.location, e.fatalities) for e in events(pipeline, text, PUB)] == want


@pytest.mark.parametrize("text, n", [
    ("بعد أسابيع من هجومين على كنيستين", 1),
    ("بعد ثلاثة أشهر من تفجير", 1),
    ("بعد 9 أسابيع من لقاء", 1),
    ("وبعد سنوات على الحرب", 1),
    ("بعد شهرين من سيطرة التنظيم", 1),
    ("بعد مرور عام على الهجوم", 1),
    # (types33: days with no count - the earlier act's day untold, its toll not the act's)
    ("بعد أيام من الهجوم", 1),
    # a short time after: another act the report may tell, not background
    ("بعد يومين من هجوم على حاجز", 0),
    ("بعد أسبوعين من الهجوم", 0),
    ("بعد ساعات من الهجوم", 0),
    # no link: a duration of something else
    ("بعد ثلاثة أشهر قضاها في السجن", 0),
])
def test_earlier_spans(text, n):
    n_ = normalize(text)
    toks = tokenize(n_, split_sentences(n_))
    assert len(earlier_spans(toks, 0, len(toks), class_positions(toks))) == n


@pytest.mark.parametrize("text, want", [
    # what goes on meanwhile, with no place of its own, is the backdrop: not the act, not a riot
    ("فيما تتواصل المواجهات بين قوات الجيش والدعم السريع، قتل 30 شخصا اليوم في هجوم بطائرة مسيرة"
     " استهدف مخيما للنازحين في مدينة الفاشر.", [("Air/drone strike", 30)]),
    ("بينما تستمر الاشتباكات بين الجيش والمتمردين، قتل 30 شخصا اليوم في قصف مدفعي على مدينة"
     " الفاشر.", [("Shelling/artillery/missile attack", 30)]),
    ("قتل 30 شخصا اليوم في قصف مدفعي على مدينة الفاشر، فيما تتواصل الاشتباكات بين الجيش"
     " والمتمردين.", [("Shelling/artillery/missile attack", 30)]),
    ("وسط استمرار المعارك بين الجيش والمتمردين، قتل 30 شخصا اليوم في قصف مدفعي على مدينة"
     " الفاشر.", [("Shelling/artillery/missile attack", 30)]),
    # (fighting that went on, in the perfect, is an act of the day, as before)
    ("وتواصلت الاشتباكات بين الجيش والمتمردين في مدينة الفاشر اليوم.", [("Armed clash", 0)]),
])
def test_backdrop_meanwhile(pipeline, text, want):
    assert [(e.sub_event_type, e.fatalities) for e in events(pipeline, text, PUB)] == want


@pytest.mark.parametrize("text, n", [
    # the escalation told beside the act, at a place of its own, is an act of its own
    ("قتل مدني اليوم في قصف صاروخي على مدينة مأرب. يأتي ذلك بالتزامن مع تصاعد حدة المواجهات بين"
     " قوات الجيش ومسلحي الحوثي في مديرية صرواح.", 2),
    ("قتل مدني اليوم في قصف صاروخي على مدينة مأرب، فيما تتواصل المواجهات بين قوات الجيش ومسلحي"
     " الحوثي في مديرية صرواح.", 2),
])
def test_backdrop_with_place(pipeline, text, n):
    assert len(events(pipeline, text, PUB)) == n


@pytest.mark.parametrize("text, deaths", [
    # a death noun with the pronoun of the counted people a few words after them: the count is the toll
    ("قال المتحدث باسم الإسعاف إن 13 شخصا تأكد مقتلهم وأصيب 27 في اشتباكات بين ميليشيا الردع"
     " وثوار طرابلس في العاصمة طرابلس أمس.", [13]),
    ("قالت مصادر أمنية إن خمسة جنود أعلن الجيش مقتلهم في هجوم على حاجز في مدينة درنة أمس.", [5]),
    ("قالت مصادر طبية إن ثلاثة مدنيين تأكدت وفاتهم في قصف على مدينة درنة أمس.", [3]),
    ("قالت مصادر محلية إن جنديين أعلن الجيش مصرعهما في هجوم على حاجز في مدينة درنة أمس.", [2]),
    # (a death verb after the count, as before)
    ("قالت مصادر أمنية إن خمسة جنود قتلوا في هجوم على حاجز في مدينة درنة أمس.", [5]),
])
def test_count_then_pronoun_death(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == deaths


@pytest.mark.parametrize("text, deaths", [
    # one victim named after a death word, and a count told after a comma in another clause: both
    ("هاجم مسلحون دورية في مدينة الموصل أمس ما أدى إلى مقتل شرطي، واستهدف المهاجمون طفلين مما أسفر"
     " عن مقتلهما.", [3]),
    ("أطلق مسلحون النار على حاجز في مدينة الموصل أمس ما أدى إلى مقتل جندي، وقتلوا ثلاثة مدنيين"
     " كانوا في المكان.", [4]),
    # (a count the death word governs, as before: مقتل ما لا يقل عن 5)
    ("أطلق مسلحون النار على حاجز في مدينة الموصل أمس ما أدى إلى مقتل ما لا يقل عن خمسة جنود.", [5]),
])
def test_singular_beside_count_across_comma(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == deaths


@pytest.mark.parametrize("text, want", [
    # a pluperfect act with its own recent day and place: an act the report tells
    ("قتل جنديان في هجوم على حاجز في مدينة العريش اليوم. وكان مسلحون قد هاجموا أمس كمينا للشرطة في"
     " مدينة رفح ما أدى إلى مقتل ثلاثة من عناصرها.",
     [("Arish", "Unidentified Armed Group (Egypt)", 2), ("Rafah", "Unidentified Armed Group (Egypt)", 3)]),
    ("قتل جنديان في هجوم على حاجز في مدينة العريش اليوم. وكانت طائرة مسيرة قد استهدفت مساء الأحد"
     " موقعا للجيش في مدينة الشيخ زويد دون أن تسفر عن إصابات.",
     [("Arish", "Unidentified Armed Group (Egypt)", 2), ("Ash Shaykh Zuwayd", "Unidentified Armed Group (Egypt)", 0)]),
    # (an old date, or no place of its own: background or the doer of the act told before, as before)
    ("استعاد الجيش السوداني اليوم السيطرة على مدينة سنجة بعد معارك مع قوات الدعم السريع التي كانت"
     " قد سيطرت على المدينة في يونيو الماضي.", [("Singa", "Military Forces of Sudan (2019-)", 0)]),
    ("قتل 4 مواطنين في مدينة الفاشر أمس. وكانت قوات الدعم السريع قد قصفت أحياء المدينة.",
     [("El Fasher", "RSF: Rapid Support Forces", 4)]),
])
def test_pluperfect_dated_placed(pipeline, text, want):
    assert [(e.location, e.actor1, e.fatalities) for e in events(pipeline, text, PUB)] == want


@pytest.mark.parametrize("text, deaths", [
    # another source's figure for the act told before: the lowest credible, not the larger
    ("قتل 15 جنديا في هجوم على بلدة دوري شمالي بوركينا فاسو أمس. وأكد مصدر أمني ثان وقوع الهجوم،"
     " لكنه قال إن الحصيلة هي 19 قتيلا.", [15]),
    ("قتل 15 جنديا في هجوم على بلدة دوري شمالي بوركينا فاسو أمس. وقال مصدر آخر إن 19 جنديا قتلوا"
     " في الهجوم.", [15]),
    ("قتل 19 جنديا في هجوم على بلدة دوري شمالي بوركينا فاسو أمس. وقال مسؤول آخر إن 15 جنديا قتلوا"
     " في الهجوم.", [15]),
    # (an update of the toll is the toll, as before)
    ("قتل 15 جنديا في هجوم على بلدة دوري شمالي بوركينا فاسو أمس. وارتفع عدد قتلى الهجوم إلى 19"
     " جنديا.", [19]),
])
def test_other_source_figure(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == deaths


@pytest.mark.parametrize("text, want", [
    # an act told a counted few days before the reported one: its own record, dated back, its toll
    # not lent to the act told first
    ("قتل ثلاثة جنود في هجوم على حاجز للجيش في مدينة درنة اليوم، بعد يومين من هجوم على كنيسة في"
     " طنطا أسفر عن مقتل 5 أشخاص.", [("Darnah", date(2024, 5, 14), 3), ("Tanta", date(2024, 5, 12), 5)]),
    ("قتل ثلاثة جنود في هجوم على حاجز للجيش في مدينة درنة اليوم، بعد أسبوع من تفجير انتحاري استهدف"
     " كنيسة في مدينة طنطا وأسفر عن مقتل 5 أشخاص.", [("Darnah", date(2024, 5, 14), 3), ("Tanta", date(2024, 5, 7), 5)]),
    # (no count: a few days - no date to give it, left in the act's frame as before)
    ("قتل ثلاثة جنود في هجوم على حاجز للجيش في مدينة درنة اليوم، بعد أيام من هجوم على كنيسة في"
     " طنطا.", [("Darnah", date(2024, 5, 14), 3)]),
])
def test_act_days_before(pipeline, text, want):
    assert [(e.location, e.event_date, e.fatalities) for e in events(pipeline, text, PUB)] == want


@pytest.mark.parametrize("text, deaths", [
    # a sentence that only updates the toll, with no act noun, updates the act told before it
    ("قتل 15 جنديا في هجوم على بلدة دوري شمالي بوركينا فاسو أمس. وارتفع عدد القتلى إلى 19.", [19]),
    ("قتل 15 جنديا في هجوم على بلدة دوري شمالي بوركينا فاسو أمس. وقال مصدر أمني إن عدد القتلى ارتفع"
     " إلى 19.", [19]),
    ("قتل 15 جنديا في هجوم على بلدة دوري شمالي بوركينا فاسو أمس. وأعلنت وزارة الصحة ارتفاع عدد"
     " الضحايا إلى 19 قتيلا.", [19]),
    # (a period's total is no update of the act)
    ("قتل 15 جنديا في هجوم على بلدة دوري شمالي بوركينا فاسو أمس. وارتفع عدد القتلى منذ بداية الشهر"
     " إلى 40.", [15]),
])
def test_toll_update_sentence(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == deaths
