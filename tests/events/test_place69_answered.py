"""The place of the act an act answers (place69, issue #10): "ردا على اغتيال العدو لعدد من
المقاومين في عين بعال، شن الحزب هجوما على ... في عرب العرامشة" - عين بعال is where the answered
act was, not the attack's place. A response word (function_words ``response``: ردا، انتقاما،
ثأرا), then an act word, then the place, with no punctuation between, names the answered act's
place; the act told outside that stretch is placed elsewhere while its clause names another
place. The sentences are made up in the style of the wire copy and party statements."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.text.normalize import normalize_key
from hadath.types import Article, Doc

PUB = date(2024, 4, 17)


@pytest.fixture(scope="module")
def stages():
    from hadath.pipeline import build_pipeline
    return build_pipeline().stages


def _chosen(stages, text):
    """The place keys of the records as the events stage builds them (before reconcile drops a
    record whose place the gazetteer does not know)."""
    doc = Doc(article=Article("t", text, published=PUB))
    for st in stages:
        doc = st(doc)
        if st.name == "events":
            break
    return {e.place.name for e in doc.events if e.place is not None}


ANSWERED = [   # (text, the act's place, the answered act's place); every row fails on main
    ("انتقاما لمقتل قادتها في الغارة على مدينة النبطية، استهدفت المقاومة بالصواريخ ثكنة في مستوطنة شوميرا.",
     "شوميرا", "النبطية"),
    ("ردا على هجوم المسلحين في قرية الحصن، قصف الجيش مواقعهم في جبل الشعانبي.", "الشعانبي", "الحصن"),
    ("ثأرا لاستشهاد ثلاثة شبان في مخيم جنين، أطلق مسلحون النار على حاجز عسكري في منطقة واد الشعير.",
     "واد", "جنين"),
    ("ردا على اغتيال قيادي في بلدة حولا، شن حزب الله هجوما بالمسيرات على ثكنة في مستوطنة شوميرا.",
     "شوميرا", "حولا"),
    ('قال حزب الله في بيان: "ردا على اغتيال العدو لعدد من المقاومين في عين بعال والشهابية، شن مجاهدو '
     'المقاومة الإسلامية هجوما بالمسيرات على مقر قيادة في بلدة عرب العرامشة، شمال فلسطين المحتلة".',
     "عرب العرامشة", "عين بعال"),
]


@pytest.mark.parametrize("text,own,answered", ANSWERED)
def test_answered_act_place_is_no_place_of_the_answer(stages, text, own, answered):
    got = _chosen(stages, text)
    assert normalize_key(own) in got and normalize_key(answered) not in got, got


KEPT = [   # controls: the answered act's place stays where nothing else places the act
    ("ردا على توغل قوات الاحتلال في مدينة رفح، استهدف مقاتلو القسام آلية عسكرية بقذيفة.", "رفح"),
    ("قصفت المدفعية بلدة الخيام ردا على إطلاق صواريخ.", "الخيام"),   # the place before the response word
    ("شن مقاتلو حزب الله هجوما على مستوطنة المطلة ردا على الغارة على بلدة الخيام.", "المطلة"),
    ("ثأرا لاستشهاد ثلاثة شبان في مخيم جنين، أطلق مسلحون النار على مستوطنة حومش.", "حومش"),
    ('قال حزب الله: "ردا على الاعتداء على بلدة عيترون، استهدفنا ثكنة زرعيت بالأسلحة الصاروخية".', "زرعيت"),
]


@pytest.mark.parametrize("text,own", KEPT)
def test_act_place_kept(stages, text, own):
    assert normalize_key(own) in _chosen(stages, text)
