"""Mechanisms of the fifty-third round (issue #9; docs/notes/actors53.md). The sentences are
made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

D24 = date(2024, 3, 2)


@pytest.mark.parametrize("text, side_hit", [
    # civilians are Civilians of the country of the act whatever nationality the text gives them
    # (CODING.md: "actor2 Civilians (country of the event)"; a rule naming them by nationality
    # was taken out at the merge, round 53)
    ("قتل خمسة من الزوار الإيرانيين بانفجار عبوة ناسفة شمال بغداد.", "Civilians (Iraq)"),
    ("اختطف مسلحون مجهولون خمسة مواطنين أتراك في مدينة الموصل.", "Civilians (Iraq)"),
    ("أصيب ثلاثة عمال مصريين بانفجار عبوة ناسفة في مدينة بنغازي.", "Civilians (Libya)"),
    ("قتل مدني عراقي بقصف تركي على قرية في دهوك.", "Civilians (Iraq)"),
    ("قتل خمسة عراقيين بانفجار عبوة ناسفة في حي المعامل شمال شرقي بغداد.", "Civilians (Iraq)"),
    ("قتل ثلاثة مدنيين بقصف سوري على بلدة عرسال اللبنانية.", "Civilians (Lebanon)"),
])
def test_round53_civilians_are_of_the_country_of_the_act(pipeline, text, side_hit):
    got = events(pipeline, text, published=D24)
    assert got and got[0].actor2 == side_hit, got


@pytest.mark.parametrize("text, doer, side_hit", [
    # the dual of a people noun the lexicon lists with its accusative (مواطن / مواطنا → مواطنان)
    # names the people hit, so the group after "هجوم لـ" is the doer, not the side hit
    # (mentions.actors_lexicon._counted_duals)
    ("أصيب مواطنان إثر هجوم للمستوطنين في بلدة كفر قدوم.", "Settlers (Israel)", "Civilians (Palestine)"),
    ("أصيب مزارعان إثر هجوم للمستوطنين على قرية قريوت.", "Settlers (Israel)", "Civilians (Palestine)"),
    ("أصيب شابان إثر هجوم لمسلحين من حركة الشباب في مدينة بيدوا.", "Al Shabaab", "Civilians (Somalia)"),
    ("أصيب مسعفان إثر هجوم لمسلحين من حركة الشباب على مستشفى في بيدوا.", "Al Shabaab", "Civilians (Somalia)"),
    # guards: duals the lexicon already had, and fighters hit, are read as before
    ("قتل مدنيان في هجوم للمستوطنين على بلدة كفر قدوم.", "Settlers (Israel)", "Civilians (Palestine)"),
    ("قتل مقاتلان من حركة الشباب في غارة أمريكية قرب بيدوا.", "Military Forces of the United States", "Al Shabaab"),
])
def test_round53_dual_people_are_the_side_hit(pipeline, text, doer, side_hit):
    got = events(pipeline, text, published=D24)
    assert got and (got[0].actor1, got[0].actor2) == (doer, side_hit), got


@pytest.mark.parametrize("text, doer", [
    # the side named as holding the place hit (التي تسيطر عليها X، الخاضعة لسيطرة X) is never the
    # doer of the act on it (events.holders; realize.frame_roles and sides.story_actor)
    ("قتل 5 مدنيين بقصف مدفعي على مدينة تعز الخاضعة لسيطرة الحوثيين.", "Unidentified Armed Group (Yemen)"),
    ("قتل 5 مدنيين بقصف مدفعي على مدينة تعز التي يسيطر عليها الحوثيون.", "Unidentified Armed Group (Yemen)"),
    ("قتل 5 مدنيين بقصف مدفعي على بلدة سراقب التي تسيطر عليها المعارضة المسلحة.", "Unidentified Armed Group (Syria)"),
    ("أصيب 40 مدنيا بحالات اختناق بعدما سقطت قذائف على بلدة سراقب التي تسيطر عليها المعارضة المسلحة.",
     "Unidentified Armed Group (Syria)"),
    # guards: a doer named keeps the act; fire from ground a side holds may be that side's
    ("قصفت قوات النظام بلدة كفرنبل الخاضعة لسيطرة فصائل المعارضة.", "Military Forces of Syria (2000-2024)"),
    ("قتل طفلان بقصف مدفعي من مناطق تسيطر عليها قوات النظام على بلدة كفرتعال.", "Military Forces of Syria (2000-2024)"),
])
def test_round53_who_holds_the_place_hit_is_no_doer(pipeline, text, doer):
    got = events(pipeline, text, published=date(2018, 7, 28))
    assert got and got[0].actor1 == doer, got


@pytest.mark.parametrize("text, doer", [
    # the side a statement or its spokesman speaks for (المتحدث باسم X، الناطق باسم X، بيان لX)
    # only told of an act on civilians: it is no doer found in the story (sides.told_for)
    ("قتل ثلاثة مدنيين في غارة جوية على بلدة السواني جنوب طرابلس بحسب المتحدث باسم قوات حكومة الوفاق الوطني.",
     "Unidentified Military Forces"),
    ("قتل مدنيان في قصف على حي الأشرفية في حلب، بحسب الناطق باسم قوات سوريا الديمقراطية.",
     "Unidentified Armed Group (Syria)"),
    # guard: the doer the clause names keeps the act
    ("شنت قوات حكومة الوفاق غارة على بلدة السواني جنوب طرابلس قتل فيها ثلاثة مدنيين، بحسب المتحدث باسم قوات حفتر.",
     "Military Forces of Libya (2016-2021) Government of National Accord"),
])
def test_round53_who_speaks_for_a_side_did_not_do_it(pipeline, text, doer):
    got = events(pipeline, text, published=date(2019, 8, 24))
    assert got and got[0].actor1 == doer, got
