"""Mechanisms of the twenty-second round (issue #9), one report per row."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, sub, where", [
    # a shell "thrown" (ألقى قذيفة) is fired like one launched (triggers.tsv, اطلق صاروخا)
    ("ألقى جيش الاحتلال الإسرائيلي قذيفة فوسفورية على بلدة العديسة جنوب لبنان.", date(2025, 5, 17),
     "Shelling/artillery/missile attack", "Aadaisse"),
    # words cut with a dot among tatweels (posts slipping past platforms' filters) read as written
    # whole (text/normalize.py)
    ("أطلـ.ـقت مجموعة من المهـ.ـربين النار على قـ.ـوات حـ.ـرس الحـ.ـدود في محافظة المفرق، فتـ.ـم الرد بالمثـ.ـل.",
     date(2022, 1, 16), "Armed clash", "Mafraq"),
    # a phrase's head verb reaches its complement past an aside between commas: the commas do
    # not count in the window (mentions/trigger_heads.py HEAD_WINDOW)
    ("القاهرة: استخدمت قوات الأمن المصرية، بعد ظهر اليوم الجمعة، الغاز المسيل للدموع لتفريق المئات "
     "من أنصار الرئيس المعزول محمد مرسي الذين حاولوا التظاهر في مناطق مختلفة بالقاهرة.", date(2013, 11, 8),
     "Protest with intervention", "Cairo"),
    # roads blocked with a protest's purpose a few words after the verb are the protest
    # (triggers_context.tsv gather_verb قطع/أغلق, protest_purpose اعتراضا)
    ("قطع عدد من الاشخاص الأوتوستراد الشرقي في صيدا بالاطارات المشتعلة احتجاجا على التقنين القاسي في الكهرباء.",
     date(2021, 7, 10), "Peaceful protest", "Sidon"),
    ("قطع شبان الطرق في بلدة البابلية وأضرموا النيران بالاطارات المطاطية، اعتراضا على انقطاع الكهرباء.",
     date(2021, 8, 12), "Peaceful protest", "El Babliye"),
])
def test_round22_acts(full_pipeline, text, published, sub, where):
    got = events(full_pipeline, text, published)
    assert any(e.sub_event_type == sub and e.location == where for e in got), got


@pytest.mark.parametrize("text, tolls", [
    # a share told with its word before the count (بينهم، من بينهم: toll_words share_among), and
    # the wider place keeps the rest of the toll (frame_tolls._rest)
    ("قتل تسعة مدنيين في قصف لقوات النظام على ريف إدلب، بينهم خمسة في بلدة سراقب.",
     {"Idlib": 4, "Saraqib": 5}),
    ("قتل تسعة مدنيين في قصف لقوات النظام على ريف إدلب، من بينهم خمسة في بلدة سراقب.",
     {"Idlib": 4, "Saraqib": 5}),
    # a share with no place after it is no place's toll
    ("قتل تسعة مدنيين في قصف لقوات النظام على ريف إدلب، بينهم خمسة أطفال.", {"Idlib": 9}),
])
def test_round22_share_before_its_count(full_pipeline, text, tolls):
    got = events(full_pipeline, text, date(2019, 6, 10))
    assert {e.location: e.fatalities for e in got} == tolls, got


@pytest.mark.parametrize("text, published, sub", [
    # an attack repelled is a battle (triggers.tsv, تصدي: صد الهجوم with its article)
    ("تمكنت قوات الجيش من صد الهجوم الذي نفذته قوات الدعم السريع على مدينة الفاشر أمس.", date(2024, 9, 20),
     "Armed clash"),
])
def test_round22_sub_types(full_pipeline, text, published, sub):
    got = events(full_pipeline, text, published)
    assert [e.sub_event_type for e in got] == [sub], got


@pytest.mark.parametrize("text, published", [
    # the movements that signed a peace agreement once: no agreement now (triggers_context.tsv
    # signatory)
    ("وصلت القوة المشتركة التابعة للحركات الموقعة على اتفاق السلام إلى مدينة الفاشر أمس.", date(2024, 9, 20)),
    # where a side withdrew to is no place of a transfer (function_words retreat, toward;
    # place_elsewhere._retreat_to)
    ("وطوقت قوات الدعم السريع قوات الجيش من ثلاثة اتجاهات، انسحب بعدها الجيش إلى ولاية القضارف.", date(2024, 11, 2)),
])
def test_round22_no_act(full_pipeline, text, published):
    assert events(full_pipeline, text, published) == ()


def test_round22_an_agreement_signed_is_still_one(full_pipeline):
    got = events(full_pipeline, "وقعت الحكومة والحركات المسلحة اتفاق سلام في مدينة جوبا أمس.", date(2020, 10, 4))
    assert [e.sub_event_type for e in got] == ["Agreement"], got


def test_round22_what_an_act_answers_is_no_part_of_it(full_pipeline):
    # the exchange of fire and the day after انتقاما لمقتل tell the earlier act the attack
    # answers: neither its trigger nor its date is the attack's (frames._not_answered,
    # dating._choose_date, a response word before the date)
    text = ("وقال مصدر أمني إن مجموعات مسلحة دخلت العاصمة الليبية طرابلس، وهاجمت منطقة سوق الجمعة شرق المدينة، "
            "انتقاما لمقتل أحد أفرادها في تبادل لإطلاق النار الثلاثاء الماضي.")
    got = events(full_pipeline, text, date(2017, 3, 3))
    assert got and {e.event_date for e in got} == {date(2017, 3, 3)}, got


@pytest.mark.parametrize("victims, deaths", [
    # a feminine noun's dual (تان/تين) is two: its plural is in ات, so no plural shares the ending
    # (numbers_nouns.tsv feminines; event_tolls.tsv شهيدة، قتيلة)
    ("استشهدت مدنيتان", 2), ("شهيدتان", 2), ("قتلت طفلتان", 2), ("مقتل سيدتين", 2),
    ("سقطت شهيدة", 1), ("استشهدت سيدة", 1),
])
def test_round22_feminine_victims_counted(full_pipeline, victims, deaths):
    got = events(full_pipeline, victims + " في غارة إسرائيلية على بلدة حانين جنوب لبنان أمس.", date(2024, 4, 23))
    assert [e.fatalities for e in got] == [deaths], got


@pytest.mark.parametrize("text", [
    # مسيّرة with a word only a craft takes is the drone, no march (triggers_context.tsv
    # drone_after, drone_before)
    "أعلنت وزارة الصحة استشهاد شخص في الغارة الإسرائيلية التي تمت بواسطة مسيرة عسكرية استهدفت سيارة في بلدة معروب.",
    "استهدفت مسيرة معادية سيارة في بلدة معروب جنوب لبنان، ما أدى إلى استشهاد شخص.",
])
def test_round22_a_drone_is_no_march(full_pipeline, text):
    got = events(full_pipeline, text, date(2024, 8, 1))
    assert got and all(e.event_type != "Protests" for e in got), got


@pytest.mark.parametrize("text, deaths", [
    # a time aside between commas stands between the death verb and its count (fatalities.governor)
    ("استشهد، مساء أمس السبت، خمسة أشخاص على الأقل في قصف إسرائيلي استهدف منزلهم في بلدة خربة سلم.", 5),
    ("قتل، صباح اليوم الأحد 9 حزيران، ثلاثة مدنيين في قصف إسرائيلي على بلدة خربة سلم.", 3),
    # a death verb in the dual after a victim noun in ين is two; in the plural, unnumbered (10)
    # (unnumbered.dual_subject; event_tolls.tsv dual_verb_end, plural_verb_end)
    ("قالت مصادر طبية إن مدنيين قتلا في قصف مدفعي على أحياء سكنية في مدينة تعز.", 2),
    ("قالت مصادر طبية إن مدنيين قتلوا في قصف مدفعي على أحياء سكنية في مدينة تعز.", 10),
])
def test_round22_deaths_counted(full_pipeline, text, deaths):
    got = events(full_pipeline, text, date(2024, 6, 9))
    assert [e.fatalities for e in got] == [deaths], got


def test_round22_a_placed_act_told_again_is_not_flagged_unplaced(full_pipeline):
    # the dated retelling (no place) takes the lead's place: its confidence too, and no
    # "unplaced" flag left over (records.continue_event)
    text = ("أعلنت مصادر أمنية وشهود عيان، قتل 40 نيجيريًا على الأقل في هجوم شنه مسلحون ينتمون لجماعة \"بوكو حرام\" "
            "في قرية بولاية \"بورنو\" شمال شرق نيجيريا. وفي تصريح لوكالة \"الأناضول\" الاخبارية، أكد المتحدث باسم "
            "الشرطة \"جيديون جبرين\" وقوع الهجوم في وقت متأخر من يوم الإثنين الماضي، لكنه امتنع عن إعطاء تفاصيل بشأن "
            "عدد الضحايا والمصابين.")
    import hadath
    from hadath.pipeline import PipelineConfig
    from hadath.types import Article
    got = hadath.load(config=PipelineConfig(options={"min_confidence": 0})).__call__(
        Article("t", text, published=date(2014, 4, 1))).events
    assert [e.location for e in got] == ["Borno"], got
    assert "unplaced" not in got[0].flags and got[0].confidence["location"] > 0, got


def test_round22_a_country_level_telling_folds_into_the_act(full_pipeline):
    # the act at the country (في قرية في شمال شرق نيجيريا) and again in the state (القرية الواقعة في
    # ولاية بورنو، حيث أحرقت منازل): one record at the finer place, with the toll and the type of
    # the violence (reconcile.rules._coarseness, _violence_first)
    text = ("قتل 15 شخصا على الأقل في هجوم شنته جماعة بوكو حرام المتطرفة على قرية في شمال شرق نيجيريا، وشنت "
            "الجماعة هجومها على القرية الواقعة في ولاية بورنو، حيث أحرقت منازل عدة بالكامل، حسب ما أفاد شهود عيان.")
    got = events(full_pipeline, text, date(2015, 6, 9))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in got] == [("Attack", "Borno", 15)], got



def test_round22_the_group_of_the_dead_is_no_doer(full_pipeline):
    # members of a group among the dead (بينهم ثلاثة في حزب الله) are no story doer of the next
    # sentence's strike (sides._among_the_dead)
    text = ("استشهد، مساء أمس السبت، خمسة أشخاص على الأقل، بينهم ثلاثة في حزب الله، في قصف إسرائيلي استهدف "
            "منزلهم في جنوب لبنان. وذكرت الوكالة أن الغارة على المنزل في حي العين وسط بلدة خربة سلم ذهبت "
            "ضحيتها عائلة من 4 أشخاص.")
    got = events(full_pipeline, text, date(2024, 6, 9))
    assert got and all(e.actor1 != "Hezbollah" for e in got), got
