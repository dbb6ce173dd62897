"""Tolls of round 55 (issue #9, docs/notes/fat55.md), on wire wording made up for the tests.

1. A toll update in the imperfect after the act, or after وبذلك / وبهذا (event_scope.tsv
   ``subclause``: وبذلك يرتفع عدد القتلى منذ بداية الشهر إلى 45، وترتفع حصيلة ...، ويصل عدد ...)
   opens a sub-clause: its span cue (منذ بداية الشهر، منذ مطلع أيار) is the cumulative total's,
   not the act's - the act keeps its record and its own dead (was: no record at all, the whole
   clause read as a period's total). A period's total with no such sub-clause stays no act.
2. An act told as what the reported one came after (بعد أسبوع من غارة أسفرت عن مقتل عشرة، بعد
   يومين من هجوم) never continues the act told before it: its toll is not that act's
   (events.earlier.told_before; was: the record of the day took the earlier act's 10).
3. A victim in the singular, then his age or name, then one joined by و (رجل في الستين من عمره
   وزوجته، طفل يبلغ من العمر 12 عاما ووالده، الطفل محمد (12 عاما) ووالده، سائق الشاحنة ومرافقه،
   رجل مسن وحفيده): the joined one is dead too (unnumbered._past_aside reads past the age,
   event_tolls.tsv age_lead / age_noun; the rest of a name; a definite noun annexed to the
   victim; was 1 for each).
"""
from __future__ import annotations

import pytest

from tests.events.test_fat48 import tolls  # (the helpers of an earlier round)

BLAST = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في بغداد، "


@pytest.mark.parametrize("text, want", [
    (BLAST + "وبذلك يرتفع عدد القتلى منذ بداية الشهر إلى 45.", [3]),
    (BLAST + "وبذلك يرتفع عدد القتلى منذ مطلع العام إلى 45.", [3]),
    (BLAST + "وبذلك ترتفع حصيلة القتلى منذ بداية الشهر الجاري إلى 45 قتيلا.", [3]),
    (BLAST + "وبذلك يرتفع عدد القتلى منذ بداية الحرب إلى 450.", [3]),
    (BLAST + "وبذلك يرتفع عدد القتلى منذ مطلع أيار إلى 45.", [3]),
    (BLAST + "وبهذا يصل عدد القتلى منذ مطلع أيار إلى 45.", [3]),
    (BLAST + "ويرتفع بذلك عدد القتلى منذ مطلع أيار إلى 45.", [3]),
    # guards: the tally verbs read before; a period's total with no sub-clause is no act
    (BLAST + "ليرتفع عدد القتلى منذ بداية الشهر إلى 45.", [3]),
    (BLAST + "ما يرفع حصيلة القتلى منذ بداية الشهر إلى 45.", [3]),
    (BLAST + "ليبلغ عدد القتلى منذ بداية الشهر 45.", [3]),
    ("قتل 56 مدنيا في إدلب منذ أيار الماضي.", []),
    ("قتل 56 مدنيا في محافظة إدلب منذ بداية الشهر الجاري.", []),
])
def test_tally_subclause(pipeline, text, want):
    assert tolls(pipeline, text) == want


STRIKE = "قتل شخصان في غارة جوية على مدينة إدلب، "


@pytest.mark.parametrize("text, want", [
    (STRIKE + "بعد أسبوع من غارة أسفرت عن مقتل عشرة أشخاص في المدينة ذاتها.", [2]),
    (STRIKE + "بعد يومين من هجوم أسفر عن مقتل عشرة أشخاص في المدينة ذاتها.", [2]),
    (STRIKE + "بعد ثلاثة أيام من قصف أدى إلى مقتل سبعة مدنيين في المدينة.", [2]),
    (STRIKE + "بعد عشرة أيام من غارة أوقعت عشرة قتلى.", [2]),
    ("قتل جنديان في هجوم على حاجز في مدينة العريش، بعد أسبوعين من هجوم أسفر عن مقتل 12 جنديا.", [2]),
    # guards: an act told as similar (events.dating.similar_act, as before); the toll told
    # again of the same act, and a consequence of it, still count
    (STRIKE + "بعد عشرة أيام من غارة مماثلة أوقعت عشرة قتلى.", [2]),
    ("قتل جنديان في هجوم على حاجز في مدينة العريش، بعد أسبوعين من هجوم مماثل أسفر عن مقتل 12 جنديا.", [2]),
    (STRIKE + "وأسفرت الغارة أيضا عن مقتل ثلاثة آخرين.", [5]),
    ("قتل شخصان في غارة جوية على مدينة إدلب. وأسفرت الغارة عن إصابة خمسة آخرين.", [2]),
])
def test_earlier_act_toll(pipeline, text, want):
    assert tolls(pipeline, text) == want


IDLIB = " في غارة جوية على مدينة إدلب."
JENIN = " برصاص قوات الاحتلال في مدينة جنين."


@pytest.mark.parametrize("text, want", [
    ("قتل رجل في الستين من عمره وزوجته" + IDLIB, [2]),
    ("قتلت امرأة في الأربعين من عمرها وطفلها" + IDLIB, [2]),
    ("قتل طفل في الخامسة من العمر وشقيقه" + IDLIB, [2]),
    ("استشهد طفل يبلغ من العمر 12 عاما ووالده" + JENIN, [2]),
    ("استشهد شاب البالغ من العمر 22 عاما وشقيقه" + JENIN, [2]),
    ("استشهد الطفل محمد (12 عاما) ووالده" + JENIN, [2]),
    ("استشهد الشاب أحمد محمد (25 عاما) وشقيقه" + JENIN, [2]),
    ("استشهد الشاب أحمد محمد والشاب خالد علي" + JENIN, [2]),
    ("استشهد أحمد محمد (25 عاما) وشقيقه" + JENIN, [2]),
    ("اغتيل خالد حسن في الأربعين من عمره وزوجته برصاص مسلحين مجهولين في مدينة درعا.", [2]),
    ("قتل سائق الشاحنة ومرافقه" + IDLIB, [2]),
    ("قتل إمام المسجد ونجله" + IDLIB, [2]),
    ("قتل رجل مسن وحفيده" + IDLIB, [2]),
    # guards: an age with no one joined, one joined who is wounded, a verb after و
    ("قتل رجل في الستين من عمره" + IDLIB, [1]),
    ("استشهد طفل في الثانية عشرة من عمره" + JENIN, [1]),
    ("قتل رجل في الستين من عمره وأصيب آخرون" + IDLIB, [1]),
    ("قتل سائق الشاحنة وأصيب مرافقه" + IDLIB, [1]),
    ("استشهد الشاب أحمد محمد وأصيب شقيقه" + JENIN, [1]),
    ("استشهد طفل (12 عاما) ووالده" + JENIN, [2]),
    ("استشهد محمد علي برصاص قوات الاحتلال في مدينة جنين.", [1]),
    ("استشهد محمد علي وأصيب شقيقه برصاص قوات الاحتلال في مدينة جنين.", [1]),
])
def test_age_then_joined_victim(pipeline, text, want):
    assert tolls(pipeline, text) == want
