"""Where a withdrawing side headed is not the place it left (place69, issue #10): "انسحبت
القوات الأفريقية من بلدة عيل سليندي، واتجهت نحو مدينة مركا" - the withdrawal is at عيل سليندي,
not at Marka. A verb of heading (function_words ``heading``: اتجه، توجه and their persons)
a few words before a toward word (إلى، نحو، صوب، باتجاه) right before the place, or before its
class noun and a quote mark, makes the place the side's destination (place_elsewhere.headed_to),
read for withdrawals only: a force that headed to a town and fought there fought at that town."""
from __future__ import annotations

import pytest

from hadath.text.normalize import normalize_key
from tests.events.test_place69_answered import _chosen, stages  # noqa: F401  (the fixture)

HEADED = [   # (text, the place left, the destination); every row fails on main
    ("انسحبت القوات الأفريقية من بلدة عيل سليندي دون مواجهات، واتجهت نحو مدينة مركا.", "عيل سليندي", "مركا"),
    ('انسحبت القوات الأفريقية من بلدة عيل سليندي دون مواجهات، وقال السكان إنها اتجهت نحو مدينة "مركا".',
     "عيل سليندي", "مركا"),   # (a quote mark between the class noun and the name)
    ("انسحب مسلحو الحركة من قرية جونتواري بعد ساعات، واتجهوا نحو مدينة أفجوي.", "جونتواري", "أفجوي"),
]


@pytest.mark.parametrize("text,left,went", HEADED)
def test_destination_is_no_place_of_the_withdrawal(stages, text, left, went):  # noqa: F811
    got = _chosen(stages, text)
    assert normalize_key(left) in got and normalize_key(went) not in got, got


KEPT = [   # controls
    ("انسحبت قوات الجيش من بلدة تل أبيض وتوجهت إلى مدينة الرقة.", "تل أبيض"),
    ("توجهت قوة من الجيش إلى بلدة الخالدية واشتبكت مع مسلحين.", "الخالديه"),   # a fight where it went
    ("انسحبت القوات الحكومية من بلدة الخالدية متجهة نحو مدينة الرمادي.", "الخالديه"),
]


@pytest.mark.parametrize("text,own", KEPT)
def test_place_kept(stages, text, own):  # noqa: F811
    assert normalize_key(own) in _chosen(stages, text)
