"""Issue #9 item 2, earlier48 (docs/notes/earlier48.md): an act told as background.

A trigger in a clause of an earlier or habitual time - after سبق أن / سبق وأن / سبق له أن, في مرات
سابقة, a verb of habit (اعتاد، دأب), or a word of repetition (باستمرار، بشكل مستمر، بصورة دورية) -
tells what has happened before or keeps happening, not the act of the report's day: it makes no
record of its own at its places (modality.tsv, kind generic). "سبق ذلك" (the act was preceded by),
a pluperfect act of the same day, and "من قبل" naming the doer (by) are no such clause."""
from __future__ import annotations

import pytest

from tests.events.conftest import events
from tests.events.test_place45 import _places

BACKGROUND = [
    # (text, the day's act's place, places of the background act that get no record)
    ("اغتال مسلحون مجهولون عنصرين من قوات النظام قرب مدينة معدان، غير أن تنظيم الدولة سبق وأن نفذ هجمات "
     "ضد عناصر قوات النظام في محافظات دير الزور والحسكة.", "Madan", {"Deir ez-Zor", "Al Hasakah"}),
    ("قتل جندي في هجوم مسلح على حاجز في مدينة الرمادي، وسبق أن هاجم مسلحون حواجز مماثلة في مدينة الفلوجة.",
     "Ramadi", {"Fallujah"}),
    ("قصفت قوات النظام بلدة كفرنبل بالمدفعية الثقيلة، وسبق لها أن قصفت مدينة سراقب بالصواريخ.",
     "Kafranbel", {"Saraqib"}),
    ("أصيب شاب برصاص الجيش في مدينة نابلس، وقد اعتادت قوات الاحتلال اقتحام مدينة جنين.",
     "Nablus", {"Jenin"}),
    ("استشهد مدني بقصف على بلدة كفرنبل، فيما تقصف قوات النظام مدينة سراقب باستمرار.",
     "Kafranbel", {"Saraqib"}),
    ("قتل شخصان في انفجار عبوة ناسفة في مدينة الرمادي، وشهدت مدينة الفلوجة في مرات سابقة تفجيرات مماثلة.",
     "Ramadi", {"Fallujah"}),
]


@pytest.mark.parametrize("text,own,other", BACKGROUND)
def test_background_act_makes_no_record(full_pipeline, text, own, other):
    got = _places(full_pipeline, text)
    assert own in got and not (other & got), got


# No background clause: the act told is the day's own and keeps its record.
SAME_DAY = [
    ("وسبق ذلك قصف مدفعي لقوات النظام على مدينة معرة النعمان.", {"Maarrat an Numan"}),
    ("وكان مسلحون قد هاجموا أمس كمينا للشرطة في مدينة رفح.", {"Rafah"}),
    ("تعرضت بلدة كفرنبل لقصف مدفعي من قبل قوات النظام.", {"Kafranbel"}),
    ("قصفت قوات النظام بلدة كفرنبل بالمدفعية الثقيلة، وذلك بعد يومين من قصف مماثل.", {"Kafranbel"}),
]


@pytest.mark.parametrize("text,places", SAME_DAY)
def test_day_act_keeps_record(full_pipeline, text, places):
    got = _places(full_pipeline, text)
    assert places <= got, got


# The background clause alone tells no act of the day.
ALONE = [
    "وسبق أن نفذ تنظيم الدولة هجمات ضد قوات النظام في محافظة دير الزور.",
    "غير أن التنظيم سبق وأن شن هجمات بواسطة خلاياه النائمة في محافظة الحسكة.",
    "وسبق لها أن قصفت مدينة سراقب بالصواريخ.",
    "وسبق له أن اغتال عددا من عناصر الشرطة في مدينة درنة.",
    "واعتادت قوات الاحتلال اقتحام مدينة جنين.",
    "وتقصف قوات النظام مدينة سراقب بالمدفعية باستمرار.",
    "وتستهدف الطائرات المسيرة الطريق الدولي بشكل مستمر.",
    "وشهدت مدينة الفلوجة في مرات سابقة تفجيرات مماثلة.",
    # an indefinite word of going on right after the act noun (قصفا مستمرا، غارات شبه يومية)
    "وتشهد مناطق ريف حلب الغربي قصفاً مستمراً من قبل قوات النظام.",
    "وتشن الطائرات الحربية غارات شبه يومية على ريف إدلب الجنوبي.",
]


@pytest.mark.parametrize("text", ALONE)
def test_background_alone_no_act(pipeline, text):
    assert events(pipeline, text) == ()


# A toll told in the imperfect after ما / الذي (ما يسفر عن، والذي ينتج عنه، مما يخلف) is what the
# acts keep causing, no toll of the day's act.
HABITUAL_TOLL = [
    "وتتعرض مدن وقرى ريف إدلب لقصف عنيف من قبل قوات النظام، والذي ينتج عنه عشرات الشهداء والجرحى.",
    "وتقصف قوات النظام بلدات ريف حماة، ما يسفر عن مقتل عشرات المدنيين.",
    "وتستهدف الطائرات المسيرة قرى ريف حلب، مما يخلف عشرات القتلى من المدنيين.",
]


@pytest.mark.parametrize("text", HABITUAL_TOLL)
def test_habitual_toll_counts_no_dead(pipeline, text):
    assert not any(e.fatalities for e in events(pipeline, text)), events(pipeline, text)
