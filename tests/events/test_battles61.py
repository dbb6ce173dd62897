"""Mechanisms of battles61 (issue #9: battle records that tell no act), on sentences made up in
the style of the wire copy:

- a control word (classes capture / recapture) right after a word of "until" (حتى، لحين، إلى حين)
  with a future verb or a word of resolve before it in its sentence (ستواصل القتال حتى تحرير
  المدينة، ماضية في القتال حتى تحرير، عازمة على مواصلة المعركة إلى حين استعادة) is the goal the
  fight goes on for: aimed at, no territory changed hands (mentions.trigger_goal). A past
  narrative (استمرت المعارك حتى سيطرة الجيش، قاتلت القوات حتى استعادت) tells it made.
- a word of fearing before a fight (modality.tsv kind warning: يخشى، تتخوف، خوفا من، وسط مخاوف
  من) tells none yet; an adjective of an earlier time right after the act noun (modality.tsv
  background, after: معارك سابقة، غارات سابقة) recalls acts before the news. Controls: a fight of
  the day with fears told after it, a fight beside "an earlier attack", في وقت سابق اليوم.
- a negated verb of occurring right before the act noun (event_scope.tsv ``negation_aux``: لم
  تندلع اشتباكات، لم تقع مواجهات) negates it; standing ready for an act (modality.tsv plan: تتأهب
  القوات لشن هجوم، أعلنت جاهزيتها لاقتحام، تحسبا لهجوم) tells none yet. Controls: a negation
  after the fight (اشتباكات ... لم تتوقف), a state of alert told before a fight of the day."""
from __future__ import annotations

import pytest

from tests.events.test_types52 import subtypes

BATTLES = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")

GOAL = [
    "أكد قائد الجيش أن قواته ستواصل القتال حتى تحرير مدينة الفاشر من قوات الدعم السريع.",
    "قال المتحدث إن القوات الحكومية ستستمر في عملياتها حتى استعادة السيطرة على كامل محافظة مأرب.",
    "أكدت الفصائل أنها ماضية في القتال حتى تحرير مدينة حلب من قوات النظام.",
    "وقال قائد اللواء إن قواته عازمة على مواصلة المعركة إلى حين استعادة مدينة الحديدة من الحوثيين.",
    "أكد الجيش السوداني أنه سيواصل عملياته العسكرية حتى يستعيد السيطرة على مدينة ود مدني.",
]

MADE = [
    "استمرت المعارك اليوم حتى سيطرة الجيش على مدينة الفاشر في المساء.",
    "سيطر الجيش اليوم على مدينة الفاشر بعد معارك عنيفة مع قوات الدعم السريع.",
    "قاتلت القوات الحكومية اليوم حتى استعادت مدينة الحزم من الحوثيين.",
]

FEARED_OR_EARLIER = [
    "ويخشى السكان من اندلاع معارك بين الجيش وقوات الدعم السريع في مدينة الأبيض.",
    "وتتخوف الأمم المتحدة من هجوم لقوات الدعم السريع على مدينة الفاشر.",
    "ونزح مئات السكان خوفا من تجدد الاشتباكات بين الجيش والمتمردين في كيدال.",
    "وبث الحوثيون مشاهد قالوا إنها من معارك سابقة في جبهة نهم.",
]

FOUGHT_TODAY = [
    "اندلعت اليوم اشتباكات بين الجيش ومسلحين في مدينة العريش، بعد أيام من هجوم سابق على حاجز أمني.",
    "اندلعت اشتباكات عنيفة اليوم بين الجيش وقوات الدعم السريع في مدينة الأبيض وسط مخاوف السكان من اتساع رقعة القتال.",
    "قتل جندي في اشتباكات مع مسلحين في وقت سابق اليوم في مدينة العريش.",
]

NOT_YET = [
    "ولم تندلع اشتباكات بين الجيش والمتمردين في كيدال حتى الآن.",
    "ولم تقع مواجهات بين الجيش وقوات الدعم السريع في مدينة الأبيض خلال الأيام الماضية.",
    "وتتأهب القوات الحكومية لشن هجوم واسع على مواقع الحوثيين في الحديدة.",
    "ورفعت القوات حالة التأهب تحسبا لهجوم من قبل مسلحي حركة الشباب في بيدوا.",
]

FOUGHT_ALL_THE_SAME = [
    "اندلعت اليوم اشتباكات عنيفة بين الجيش والمتمردين في كيدال لم تتوقف حتى الصباح.",
    "رفعت القوات حالة التأهب، وشنت اليوم هجوما على مواقع الحوثيين في الحديدة.",
]

CASES = ([(t, BATTLES + ("Attack",), False) for t in NOT_YET] + [(t, BATTLES, True) for t in FOUGHT_ALL_THE_SAME]
         + [(t, BATTLES, False) for t in FEARED_OR_EARLIER] + [(t, BATTLES, True) for t in FOUGHT_TODAY]
         + [(t, TERRITORY, False) for t in GOAL] + [(t, TERRITORY, True) for t in MADE])


@pytest.mark.parametrize("text, kinds, told", CASES)
def test_a_battle_is_told_only_as_an_act(pipeline, text, kinds, told):
    """Background spans and goals write no record of ``kinds``; the controls write one."""
    assert bool(set(subtypes(pipeline, text)) & set(kinds)) == told, text
