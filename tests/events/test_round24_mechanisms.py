"""Mechanisms of the twenty-fourth round (issue #9), one report per row: the fields of its one record
(None: no record)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text, want", [
    # people a fear or a tension was felt among (أثار الذعر بين السكان) were not hit: no
    # civilians as the side acted on (victims.felt_by, function_words felt / felt_among)
    ("ألقى جيش الاحتلال الإسرائيلي قذيفة فوسفورية على بلدة العديسة جنوب لبنان، مما يزيد التوترات "
     "والذعر بين السكان.", {"actor1": "Military Forces of Israel", "actor2": None}),
    ("قصفت طائرات إسرائيلية بلدة العديسة جنوب لبنان ما أثار حالة من الهلع في صفوف الأهالي.",
     {"actor2": None}),
    ("قصفت طائرات إسرائيلية بلدة العديسة جنوب لبنان ما أسفر عن إصابة ثلاثة من الأهالي.",
     {"actor2": "Civilians (Lebanon)"}),
    # of two armed sides, the one told as the doer of the attack noun opened the fight and is
    # actor1, whatever ACLED's state-first order for an untold initiator: the genitive of an
    # attempt before it (محاولة الحركة الهجوم), or its genitive after it (هجوم لداعش), never a
    # side past a preposition (هجوما على الجيش) (fallen.attacker_first, function_words attempt)
    ("قتل تسعة من متمردي حركة تحرير السودان واثنان من جنود الجيش السوداني أثناء محاولة الحركة "
     "الهجوم على بلدة نرتتي في ولاية وسط دارفور.",
     {"actor1": "SLM/A: Sudan Liberation Movement/Army", "actor2": "Military Forces of Sudan (2019-)"}),
    ("قتل خمسة جنود وعشرة من عناصر داعش في هجوم لداعش على قضاء حديثة.",
     {"actor1": "Islamic State (Iraq)", "actor2": "Military Forces of Iraq"}),
    ("قتل خمسة جنود وعشرة من عناصر داعش في اشتباكات في قضاء حديثة.",
     {"actor1": "Military Forces of Iraq", "actor2": "Islamic State (Iraq)"}),
    ("شنت جماعة بوكو حرام هجوما على الجيش التشادي في منطقة بحيرة تشاد أسفر عن مقتل أربعين جنديا.",
     {"actor1": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "actor2": "Military Forces of Chad"}),
    # the attackers a named group's attack lost are its own men, no unidentified second side:
    # the state force named beside them fought them (fallen.attacker_first)
    ("صد الجيش العراقي هجوما لتنظيم داعش على قضاء حديثة وقتل عشرة من المهاجمين.",
     {"actor1": "Islamic State (Iraq)", "actor2": "Military Forces of Iraq"}),
    ("صد الجيش العراقي هجوما لتنظيم داعش على قضاء حديثة وقتل عشرة من عناصر التنظيم.",
     {"actor1": "Islamic State (Iraq)", "actor2": "Military Forces of Iraq"}),
    # a deed told after a foiled attack, as a verb of its own (وقتلت), is no part of the foiling
    # (modality.modality_of, foiled)
    ("أحبطت القوات الأمنية هجوما لداعش على قضاء حديثة وقتلت خمسة من المهاجمين.",
     {"sub_event_type": "Armed clash", "actor1": "Islamic State (Iraq)", "actor2": "Police Forces of Iraq",
      "fatalities": 5}),
    ("أحبطت القوات الأمنية هجوما لداعش على قضاء حديثة.", None),
    # a side joined to another by و and a partner noun (وشريكتها فاغنر) is its ally, never the
    # side hit (marks.coordinated, function_words ally)
    ("قصفت القوات المسلحة المالية وحليفتها فاغنر قرية في منطقة تينينكو بمنطقة موبتي ما أسفر عن مقتل "
     "ستة مدنيين.", {"actor1": "Military Forces of Mali", "assoc_actor_1": "Wagner Group",
                    "actor2": "Civilians (Mali)"}),
    # a name quoted after its generic head (شنته مليشيات «الحوثيين») keeps the role marker before
    # the head: the doer (marks._skip_members)
    ("قتل مدنيان في قصف مدفعي شنته مليشيات «الحوثيين» على أحياء سكنية في مدينة تعز.",
     {"actor1": "Houthi Movement", "actor2": "Civilians (Yemen)"}),
    ("قتل مدنيان في قصف شنته ميليشيا \"الحوثي\" على أحياء سكنية في مدينة تعز.",
     {"actor1": "Houthi Movement", "actor2": "Civilians (Yemen)"}),
    # the doer of an attack noun told after من past an adjective (لهجوم كبير من "الدعم السريع")
    # opened the fight (fallen._genitive)
    ("تصدى الجيش والقوات المشتركة لهجوم كبير من \"الدعم السريع\" على مدينة الفاشر.",
     {"actor1": "RSF: Rapid Support Forces", "actor2": "Military Forces of Sudan (2019-)"}),
    # أغار with an aircraft for subject is an air raid (triggers.tsv)
    ("وأغار الطيران الحربي الإسرائيلي على بلدة حولا في جنوب لبنان.",
     {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Israel", "location": "Houla"}),
    ("أغار مسلحون على قرية في ريف حماة.", None),
    # مسيّرة written with a shadda is the drone, never a march (triggers_context.tsv drone_mark)
    ("أعلن الجيش السوداني أنه تصدى لهجوم شنته قوات الدعم السريع بست مُسيّرات على قاعدة في مدينة "
     "الخرطوم بحري.", {"actor1": "RSF: Rapid Support Forces"}),
    ("خرجت مسيرات حاشدة في مدينة صيدا تنديدا بالعدوان.", {"sub_event_type": "Peaceful protest"}),
    # a place said to lie in a direction of the capital (في محافظة كركوك، شمال العاصمة بغداد) is
    # located by it: the act is the first place's (place_choice._locates, the capital noun)
    ("قتل جنديان في هجوم لتنظيم داعش في محافظة كركوك، شمال العاصمة بغداد.", {"location": "Kirkuk"}),
    ("قتل جنديان في هجوم لتنظيم داعش شمال العاصمة بغداد.", {"location": "Baghdad"}),
    # a headline with no day and no means (داعش يقتل 8 جنود في كركوك) restates the body's act told
    # with its day and its device: one record, the body's (reconcile.headline._same_kind)
    ("داعش يقتل 8 من الشرطة العراقية في كركوك\nقتل ثمانية من رجال الشرطة العراقية أمس بعد أن انفجرت "
     "عبوة ناسفة زرعها عناصر من تنظيم داعش في موكبهم قرب مدينة كركوك.",
     {"sub_event_type": IED, "event_date": date(2024, 3, 9), "fatalities": 8}),
    # ACLED's names of Libya's town militias and of the SLM/A's wings (actors.tsv)
    ("اندلعت اشتباكات بين كتائب الزنتان وقوات فجر ليبيا قرب مطار طرابلس الدولي.",
     {"actor1": "Zintan Communal Militia (Libya)"}),
    ("هاجمت حركة تحرير السودان جناح عبد الواحد مواقع للجيش في منطقة جبل مرة بولاية وسط دارفور.",
     {"actor1": "SLM/A-AW: Sudan Liberation Movement/Army (Abdul Wahid)"}),
])
def test_round24_one_record(full_pipeline, text, want):
    got = events(full_pipeline, text, date(2024, 3, 10))
    assert [{k: getattr(e, k) for k in want or ()} for e in got] == ([want] if want else []), got


def test_round24_two_sides_two_acts(full_pipeline):
    """Two records of one day and place that each name, in words of their own, a different side
    acted on - civilians killed in the camp, the army that met the attack on the town - are two
    acts, not one typed twice (reconcile.one_type._sides_apart)."""
    text = ("قالت غرفة طوارئ المخيم إن قوات الدعم السريع توغلت اليوم الاثنين داخل مخيم أبو شوك بالفاشر "
            "وقتلت 40 من المواطنين داخل منازلهم. وأعلن حاكم الإقليم تصدي الجيش صباح الاثنين لهجوم كبير "
            "من الدعم السريع على مدينة الفاشر.")
    got = events(full_pipeline, text, date(2025, 8, 11))
    assert sorted((e.sub_event_type, e.actor2) for e in got) == [
        ("Armed clash", "Military Forces of Sudan (2019-)"), ("Attack", "Civilians (Sudan)")], got


def test_round24_near_town_told_again(full_pipeline):
    """A record with no day placed near a town (بالقرب من مدينة كركوك) and the same act dated at
    a town of its province with the same dead: one record, the dated one
    (reconcile.headline._held_near)."""
    text = ("قتل جندي عراقي في هجوم لتنظيم داعش استهدف موقعا للجيش بالقرب من مدينة كركوك. وقال ضابط في "
            "الجيش إن مسلحي التنظيم هاجموا مساء أمس موقعا للجيش قرب بلدة الدبس شمال مدينة كركوك، ما أسفر "
            "عن مقتل جندي واحد.")
    got = events(full_pipeline, text, date(2024, 5, 16))
    assert [(e.event_date, e.location, e.fatalities) for e in got] == [(date(2024, 5, 15), "Dibis", 1)], got
