"""Mechanisms of types57 (issue #9, docs/notes/types57.md), on sentences made up in the style of
the wire copy:

- a protest noun, maybe after a staging noun (إقامة، تنظيم), right after a noun of request or
  notice (function_words ``permit``: طلب، طلبا، إخطار) tells a protest asked for, not held: no
  protest (events.trigger_vetoes.prevented). A crowd that demands (طلب المتظاهرون) or a protest
  told beside still protests.
- a protest word (no perfect, passive or participle) whose first date after it in its clause lies
  after the report's day (يوم الأحد القادم، الاثنين المقبل) tells a protest planned, none held yet
  (events.trigger_vetoes.dated_ahead); a protest dated today or before, or whose first date is
  its own past day before a later plan, is kept.
- a crowd word that is the object of a dispersal word (تفريق، فض) is not blocked by a cue of aim
  before it (بهدف، بقصد، من أجل: events.frames.AIMED_DISPERSAL, the kind purpose): the aim is
  the dispersal, the crowd is there, and the shooting at it is force against protesters, not an
  attack on civilians; a crowd only to be prevented (بهدف منع مظاهرة) stays none.
- an act told by a perfect verb is not dated by a later date that says it lies ahead
  (trigger_vetoes.said_ahead: الأسبوع المقبل، يوم الاثنين المقبل): that date is the plan told after
  it (تظاهر المعلمون ... وقرروا تنظيم اعتصام الأسبوع المقبل), and the past protest is kept on its day."""
from __future__ import annotations

import pytest

from tests.events.conftest import events
from tests.events.test_types52 import PROTESTS, PUB, subtypes


REQUESTED = [
    "تقدمت الحركة المدنية بطلب إقامة مظاهرة احتجاجية أمام السفارة الأمريكية بالقاهرة.",
    "قدم حزب الدستور طلبا لتنظيم وقفة احتجاجية أمام نقابة الصحفيين في القاهرة.",
    "تقدم حزب العيش والحرية بإخطار لتنظيم مسيرة سلمية في وسط القاهرة.",
    "قدمت اللجنة طلبا لإقامة اعتصام أمام مجلس النواب في عمان.",
]

PLANNED = [
    "تشهد مدينة الحسيمة مسيرة احتجاجية جديدة يوم الأحد القادم للمطالبة بالإفراج عن المعتقلين.",
    "ينظم الأساتذة المتعاقدون مسيرة وطنية حاشدة بالعاصمة الرباط يوم الأحد القادم للمطالبة بالإدماج.",
    "يخوض عمال المناجم اعتصاما مفتوحا أمام مقر الولاية في قفصة يوم الاثنين المقبل للمطالبة بالتشغيل.",
]

STILL_PROTESTS = [
    "تشهد مدينة الحسيمة مسيرة احتجاجية جديدة اليوم للمطالبة بالإفراج عن المعتقلين.",
    "تشهد مدينة الحسيمة مسيرة احتجاجية جديدة يوم الأحد الماضي للمطالبة بالإفراج عن المعتقلين.",
    "نظم المعلمون وقفة احتجاجية أمام وزارة التربية في عمان أمس وأعلنوا إضرابا مفتوحا الأسبوع المقبل.",
    "يتظاهر آلاف الأشخاص في ساحة التحرير ببغداد اليوم للمطالبة بالإصلاح.",
    "تظاهر مئات المعلمين أمام وزارة التربية في عمان للمطالبة بزيادة الرواتب.",
    "رفع المحتجون في بيروت لافتات تطالب برحيل الحكومة.",
    "نظم مئات الأطباء وقفة احتجاجية أمام وزارة الصحة في الرباط اليوم.",
]


@pytest.mark.parametrize("text", REQUESTED + PLANNED)
def test_a_protest_requested_or_planned_tells_no_protest(pipeline, text):
    assert not [s for s in subtypes(pipeline, text) if s in PROTESTS]


@pytest.mark.parametrize("text", STILL_PROTESTS)
def test_a_protest_held_still_protests(pipeline, text):
    assert [s for s in subtypes(pipeline, text) if s in PROTESTS]


AIMED_DISPERSAL = [
    "أطلقت قوات الأمن الرصاص الحي بهدف تفريق تظاهرة حاشدة في مدينة البصرة اليوم.",
    "أطلق الجيش النار بهدف تفريق مظاهرة في مدينة الخرطوم اليوم.",
    "أطلقت الشرطة النار بقصد تفريق مسيرة احتجاجية في مدينة أم درمان اليوم.",
    "أطلقت قوات الأمن الرصاص الحي من أجل تفريق مظاهرة في مدينة كربلاء اليوم.",
]


@pytest.mark.parametrize("text", AIMED_DISPERSAL)
def test_fire_aimed_at_dispersing_a_protest_is_force_against_it(pipeline, text):
    assert subtypes(pipeline, text) == ["Excessive force against protesters"]


def test_fire_to_prevent_a_protest_tells_none(pipeline):
    text = "أطلقت قوات الأمن النار بهدف منع مظاهرة في مدينة البصرة اليوم."
    assert not [s for s in subtypes(pipeline, text) if s in PROTESTS]


PAST_THEN_PLAN = [
    "تظاهر مئات المعلمين أمام وزارة التربية في عمان، وقرروا تنظيم اعتصام مفتوح الأسبوع المقبل.",
    "اعتصم عمال المناجم أمام مقر الولاية في قفصة وهددوا بإضراب عام يوم الاثنين المقبل.",
]


@pytest.mark.parametrize("text", PAST_THEN_PLAN)
def test_a_past_protest_is_not_dated_by_the_plan_after_it(pipeline, text):
    got = [e for e in events(pipeline, text, PUB) if e.sub_event_type in PROTESTS]
    assert got and all(e.event_date <= PUB for e in got)
