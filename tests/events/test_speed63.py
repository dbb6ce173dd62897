"""speed63: the last range scans for a word of a lexicon class read the per-document
word-class positions (hadath.events.wordbits): the forward heads of a duration (SHIFT_HEAD:
earlier.reading_to, earlier_spans, shift_spans), the words opening a backdrop (BACKDROP), the
nouns of the dead (THE_DEAD: dead_named) - speed58's spots.py is gone - and the words of
"during" (DURING: tallies.spread_tally). Each gated rule gives its plain loop's answers."""
from __future__ import annotations

import hadath.events.index as I
import hadath.events.wordbits as W
from hadath.events.frames import frames
from hadath.events.tallies import spread_tally
from tests.events.test_speed60 import _docs, _every, gates_open_same, test_every_class_is_met as every_class_met
from tests.events.test_speed60 import test_positions_are_the_plain_tests_tokens as positions_as_plain

# made-up reports: a day's tally spread over many places (or only one of its two marks), an
# act long or a few days before another, a backdrop, a force among the dead
TEXTS = [
    "قتل 40 شخصا في غارات خلال الساعات الأربع والعشرين الماضية على مناطق متفرقة من لبنان.",
    "قتل 15 شخصا وأصيب 30 آخرون خلال الساعات الـ24 الماضية في غارات على مناطق متفرقة من سوريا.",
    "قتل 22 شخصا خلال اليومين الماضيين في قصف على مناطق متفرقة من القطاع.",
    "وخلال الـ 24 ساعة الماضية، شن الطيران الحربي غارات على مناطق متفرقة في ريف إدلب، ما أسفر عن مقتل 12 مدنيا.",
    "قتل خمسة أشخاص خلال اليومين الماضيين في قصف طال قرى متفرقة في ريف حماة.",
    "شنت مقاتلات التحالف 31 غارة خلال الساعات الماضية على مديرية صرواح ومأرب.",
    "قتل ثلاثة جنود في هجوم على حاجز، بعد أسابيع من هجومين على كنيستين أسفرا عن مقتل 45 شخصا.",
    "فيما تتواصل المواجهات بين الجيش والدعم السريع، قتل 30 شخصا في هجوم على سوق في الفاشر.",
    "انفجرت سيارة مفخخة قرب سوق شعبي في بغداد. وقال مصدر أمني إن بين القتلى ثلاثة من عناصر الشرطة.",
]


def test_the_new_classes_as_their_plain_tests():
    every_class_met(TEXTS, (W.SHIFT_HEAD, W.BACKDROP, W.THE_DEAD, W.DURING))
    positions_as_plain([I.DocIndex.build(doc) for doc in _docs(TEXTS)])   # (test_speed60's table)


def test_spread_tally_as_its_plain_loop():
    told = []
    for ix in map(I.DocIndex.build, _docs(TEXTS)):
        plain = _every(ix)
        for f in frames(ix):
            got = spread_tally(ix, f)
            assert got == spread_tally(plain, f)
            told.append(got)
    assert sum(told) >= 3 and not all(told)   # (both answers met)


def test_events_unchanged_with_every_gate_open(pipeline, monkeypatch):
    assert any(gates_open_same(pipeline, monkeypatch, TEXTS))
