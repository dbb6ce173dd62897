"""Mechanisms of the twenty-fourth round (issue #9), one report per row: the fields of its one record
(None: no record)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.fixture(scope="module")
def full_pipeline():
    import hadath

    return hadath.load()


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
    # ACLED's names of Libya's town militias and of the SLM/A's wings (actors.tsv)
    ("اندلعت اشتباكات بين كتائب الزنتان وقوات فجر ليبيا قرب مطار طرابلس الدولي.",
     {"actor1": "Zintan Communal Militia (Libya)"}),
    ("هاجمت حركة تحرير السودان جناح عبد الواحد مواقع للجيش في منطقة جبل مرة بولاية وسط دارفور.",
     {"actor1": "SLM/A-AW: Sudan Liberation Movement/Army (Abdul Wahid)"}),
])
def test_round24_one_record(full_pipeline, text, want):
    got = events(full_pipeline, text, date(2024, 3, 10))
    assert [{k: getattr(e, k) for k in want or ()} for e in got] == ([want] if want else []), got
