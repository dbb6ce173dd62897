"""Mechanisms of battles61 (issue #9: battle records that tell no act), on sentences made up in
the style of the wire copy:

- a span reaching back to a named month or a part of a period (modality.tsv, generic row
  ``منذ يناير``: منذ مايو الماضي، منذ منتصف نيسان، منذ أغسطس 2022، منذ أسابيع) makes the
  fighting of its clause what a place has seen over that span - a front's state, no act of the
  report's day - as منذ أشهر already did. Controls: a fight of the day told beside a relative
  clause on the span (التي تحاصر المدينة منذ مايو), a comparison (أعنف هجوم منذ أيار), a fight
  with no span."""
from __future__ import annotations

import pytest

from tests.events.test_types52 import subtypes

BATTLES = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")
FIGHTS = ("Armed clash", "Air/drone strike", "Shelling/artillery/missile attack")

SINCE_SPAN = [
    "وتشهد مدينة الفاشر معارك عنيفة بين الجيش وقوات الدعم السريع منذ مايو الماضي.",
    "وتدور اشتباكات متقطعة بين الجيش والحوثيين في محيط مأرب منذ منتصف نيسان.",
    "تخوض القوات الحكومية معارك ضد مسلحي حركة الشباب في إقليم شبيلي منذ أغسطس 2022.",
    "ويشهد ريف إدلب قصفا وغارات متبادلة بين قوات النظام وفصائل المعارضة منذ أسابيع.",
    "وتتواصل المواجهات بين الجيش المالي والمتمردين في منطقة كيدال منذ أواخر العام الماضي.",
]

FIGHT_OF_THE_DAY = [
    "اندلعت اليوم اشتباكات عنيفة بين الجيش ومسلحي تنظيم داعش في ريف دير الزور.",
    "قتل خمسة جنود اليوم في اشتباكات مع قوات الدعم السريع التي تحاصر مدينة الفاشر منذ مايو الماضي.",
    "شنت فصائل المعارضة فجر اليوم هجوما على مواقع قوات النظام في ريف إدلب، في أعنف هجوم منذ أيار الماضي.",
]


@pytest.mark.parametrize("text", SINCE_SPAN)
def test_fighting_over_a_span_since_a_month_is_no_act(pipeline, text):
    assert not set(subtypes(pipeline, text)) & set(FIGHTS), text


@pytest.mark.parametrize("text", FIGHT_OF_THE_DAY)
def test_a_fight_of_the_day_is_kept(pipeline, text):
    assert set(subtypes(pipeline, text)) & set(BATTLES), text
