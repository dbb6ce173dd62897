"""Mechanisms of round 33 on whole reports (issue #9, docs/notes/types33.md): a main-clause
pluperfect whose own verb is the act (وكانت قد استهدفت غارة ...، وكان الجيش قد قصف بلدة ...),
with a place of its own and no date at all, is an act the report tells beside its news, not
background. The sentences are made up in the style of the wire copy."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 11, 20)


def coded(pipeline, text):
    return [(e.sub_event_type, e.fatalities) for e in events(pipeline, text, PUB)]


@pytest.mark.parametrize("text, want", [
    # the verb right after قد is the act, the clause names its place and no day: told
    ("وكانت قد استهدفت غارة إسرائيلية بلدة دير قانون النهر في جنوب لبنان، ما أدى إلى سقوط شهيدين.",
     [("Air/drone strike", 2)]),
    ("وكان قد قصف الجيش السوري بلدة كفرنبل بريف إدلب الجنوبي، ما أدى إلى مقتل ثلاثة مدنيين.",
     [("Shelling/artillery/missile attack", 3)]),
    ("وكانت طائرة مسيرة قد استهدفت سيارة في بلدة عيترون جنوب لبنان، ما أدى إلى استشهاد شخص.",
     [("Air/drone strike", 1)]),
    ("وكانت قوات النظام قد قصفت بلدة سرمين في ريف إدلب، ما أسفر عن مقتل أربعة مدنيين.",
     [("Shelling/artillery/missile attack", 4)]),
])
def test_pluperfect_act_told(pipeline, text, want):
    assert coded(pipeline, text) == want


@pytest.mark.parametrize("text", [
    # after a relative pronoun: what a noun did before (background)
    "دخل الجيش السوري مدينة تدمر التي كانت قد سيطرت عليها الفصائل في مدينة تدمر.",
    # the act named after a verb of counting or telling: an earlier figure of the act
    "وكان المرصد السوري قد وثق مقتل سبعة مدنيين في مدينة سرمين.",
    # an old day of its own: background
    "وكانت قوات النظام قد قصفت بلدة سرمين في ريف إدلب في حزيران 2019، ما أسفر عن مقتل أربعة مدنيين.",
])
def test_pluperfect_background(pipeline, text):
    assert coded(pipeline, text) == []


def sides(pipeline, text):
    return [(e.actor1, e.actor2) for e in events(pipeline, text, PUB) if e.event_type == "Battles"]


@pytest.mark.parametrize("text, want", [
    # the army repelled an attack on a police post: one state's forces are one side, the
    # attacker the story leaves unnamed is the other
    ("نجحت القوات المصرية في صد هجوم مسلح استهدف حاجزا أمنيا بمدخل مدينة العريش، ما أدى إلى"
     " مقتل 4 جنود و4 مسلحين.", [("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")]),
    ("تصدى الجيش العراقي لهجوم استهدف مركزا للشرطة في قضاء الدبس بمحافظة كركوك، ودارت اشتباكات"
     " أسفرت عن مقتل ثلاثة مهاجمين.", [("Unidentified Armed Group (Iraq)", "Police Forces of Iraq")]),
    # (a named attacker is kept; the two sides of one state never face each other)
    ("تصدت قوات الشرطة لهجوم شنه مسلحو تنظيم داعش على حاجز للجيش العراقي قرب قضاء الدبس بمحافظة"
     " كركوك، ودارت اشتباكات أسفرت عن مقتل ثلاثة مهاجمين.",
     [("Islamic State (Iraq)", "Military Forces of Iraq")]),
])
def test_one_state_one_side(pipeline, text, want):
    got = sides(pipeline, text)
    assert got == want
    assert all(not (a.startswith(("Military", "Police")) and b.startswith(("Military", "Police"))
                    and a.split(" of ")[1] == b.split(" of ")[1]) for a, b in got)


@pytest.mark.parametrize("text, want", [
    # بعد + days, weeks or months with no count + من: an earlier act whose day is untold - its
    # toll is not the reported act's
    ("قصفت قوات النظام السوري اليوم مناطق سكنية في بلدة البارة بريف إدلب، بعد أيام من مقتل مدني"
     " بقصف مماثل.", [("Shelling/artillery/missile attack", 0)]),
    ("قصفت قوات النظام السوري اليوم الأحد، مناطق سكنية متفرقة في بلدة البارة بريف إدلب، وذلك بعد"
     " أيام من مقتل مدني وجرح آخرين بقصف مماثل.", [("Shelling/artillery/missile attack", 0)]),
    ("قتل ثلاثة جنود اليوم في هجوم لمسلحين على حاجز للجيش العراقي في قضاء الدبس، بعد أيام من"
     " مقتل خمسة مدنيين في هجوم مماثل.", [("Armed clash", 3)]),
])
def test_undated_earlier_act(pipeline, text, want):
    assert coded(pipeline, text) == want


@pytest.mark.parametrize("text, deaths", [
    # an imperfect kill verb carrying a singular object pronoun: one dead, the noun after it the
    # killers (not a plural of victims)
    ("حاول انتحاري يرتدي حزاما ناسفا اقتحام مبنى الأمن الوطني وسط مدينة كركوك صباح اليوم، قبل أن"
     " يقتله الحراس.", [1]),
    ("حاول انتحاري اقتحام مقر للشرطة في مدينة الرمادي اليوم، قبل أن يقتله عناصر الحماية.", [1]),
    ("حاول مسلح اقتحام مبنى الأمن الوطني وسط مدينة كركوك اليوم، قبل أن يقتله الحراس.", [1]),
])
def test_imperfect_kill_object_pronoun(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == deaths


@pytest.mark.parametrize("text, want", [
    # نصب كمينا (set an ambush) is an attack; أودى بحياة (took the life of) a death phrase
    ("نصب مسلحو داعش كميناً لدورية للجيش العراقي قرب قضاء داقوق جنوب كركوك اليوم، مما أودى بحياة"
     " جندي وإصابة اثنين آخرين.", [("Armed clash", 1)]),
    ("نصب مسلحون كمينا لدورية للجيش العراقي قرب قضاء داقوق جنوب كركوك اليوم.", [("Armed clash", 0)]),
    ("أودت غارة جوية بحياة ثلاثة مدنيين في بلدة سرمين بريف إدلب اليوم.", [("Air/drone strike", 3)]),
])
def test_ambush_and_took_lives(pipeline, text, want):
    assert coded(pipeline, text) == want
