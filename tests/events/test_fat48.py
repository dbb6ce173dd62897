"""Tolls of round 48 (issue #9, docs/notes/fat48.md): an ordinal right after a death verb, with
no noun it ranks after it, is one more dead of the act told as its rank (وقتل سادس متأثرا
بجراحه، فيما توفي رابع في المستشفى): the act's toll is the rank, a new total replacing the smaller
count told before it. An ordinal ranking a noun (قتل ثالث قيادي: the third of a series) or not
after a death verb (اليوم الثالث، للمرة الثانية، الطابق الرابع) counts nothing. The sentences are
made up in the style of the wire copy."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.ordinal_toll import ordinal_dead
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize
from tests.events.conftest import events

PUB = date(2024, 5, 10)


def tolls(pipeline, text):
    return sorted(e.fatalities for e in events(pipeline, text, PUB))


def rank(text):
    norm = normalize(text)
    toks = tokenize(norm, split_sentences(norm))
    hit = ordinal_dead(toks, 0, len(toks))
    return hit[0] if hit else 0


@pytest.mark.parametrize("text, n", [
    ("فيما توفي خامس في المستشفى", 5),
    ("وقتل سادس متأثرا بجراحه", 6),
    ("فيما قتل رابع برصاص قناص", 4),
    ("ولقي ثالث حتفه", 3),
    ("ولقي رابع مصرعه", 4),
    ("واستشهد سابع بعد ساعات", 7),
    # an ordinal ranking a noun: one dead, the Nth of a series
    ("قتل ثالث قيادي في التنظيم خلال شهر", 0),
    # ordinals not after a death verb
    ("قتل أربعة في اليوم الثالث من الهجوم", 0),
    ("قتل ثلاثة للمرة الثانية هذا الأسبوع", 0),
    ("قتل شخصان في الطابق الرابع", 0),
    # the first is no "one more"
    ("قتل أول متظاهر في المدينة", 0),
])
def test_ordinal_dead(text, n):
    assert rank(text) == n


@pytest.mark.parametrize("text, want", [
    ("قتل أربعة جنود في هجوم على حاجز للجيش في مدينة العريش اليوم، فيما توفي خامس في المستشفى.", [5]),
    ("قتل ثلاثة جنود في هجوم على حاجز في مدينة العريش اليوم، فيما قتل رابع برصاص قناص.", [4]),
    ("قتل خمسة مدنيين في قصف على مدينة حلب اليوم، وقتل سادس متأثرا بجراحه.", [6]),
    # a rank not above the toll told: the count stays
    ("قتل ثلاثة مدنيين في قصف على مدينة حلب اليوم، فيما توفي ثان متأثرا بجراحه.", [3]),
    # guards: ranks of a series, a day, a time, a floor
    ("قتل ثالث قيادي في التنظيم خلال شهر في غارة على مدينة إدلب اليوم.", [1]),
    ("قتل أربعة مدنيين في قصف على مدينة حلب في اليوم الثالث من الهجوم.", [4]),
    ("قتل ثلاثة مدنيين في غارة على مدينة إدلب اليوم للمرة الثانية هذا الأسبوع.", [3]),
    ("قتل خمسة مدنيين في قصف على مدينة حلب اليوم في الطابق الرابع من مبنى سكني.", [5]),
    ("قتل خمسة مدنيين في قصف على مدينة حلب اليوم، ليرتفع عدد القتلى إلى سبعة.", [7]),
])
def test_ordinal_toll(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # the next sentence opens with "death verb + Nth": the act told before goes on
    ("قتل خمسة مدنيين في غارة جوية على مدينة إدلب اليوم. وقتل سادس متأثرا بجراحه في المستشفى.", [6]),
    ("قتل أربعة جنود في هجوم على حاجز للجيش في مدينة العريش اليوم. فيما توفي خامس في المستشفى لاحقا.", [5]),
    ("قتل شخصان في انفجار سيارة مفخخة في مدينة بغداد اليوم. ولقي ثالث حتفه متأثرا بجراحه.", [3]),
    # guards: a rank of a series, a day's rank, one more dead with no rank
    ("قتل خمسة مدنيين في غارة جوية على مدينة إدلب اليوم. وقتل ثالث قيادي في التنظيم خلال شهر.", [5]),
    ("قتل خمسة مدنيين في غارة جوية على مدينة إدلب اليوم. وهذا هو اليوم الثالث من القصف.", [5]),
    ("قتل شخصان في انفجار في مدينة بغداد اليوم. وقتل آخر في هجوم منفصل.", [2]),
])
def test_ordinal_next_sentence(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a sentence opening with كما that names the act again as the same adds its dead
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم. كما قتل مدنيان في الغارة ذاتها.", [5]),
    ("قتل ثلاثة جنود في هجوم على حاجز في مدينة العريش اليوم. كما قتل شرطيان في الهجوم نفسه.", [5]),
    ("قتل أربعة مدنيين في قصف مدفعي على مدينة حلب اليوم. كما قتل ثلاثة أطفال جراء القصف ذاته.", [7]),
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم. كما قتل طفل في الغارة ذاتها.", [4]),
    # guards: the wounded of the same act, the same day or time (no act named), another act
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم. كما أصيب خمسة آخرون في الغارة ذاتها.", [3]),
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم. كما قتل مدنيان في الوقت نفسه.", [3]),
    # a vague count of more dead of the same act adds nothing (the lowest reading)
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم. كما قتل عدد من المدنيين في الغارة ذاتها.", [3]),
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم. كما سقط قتلى في الغارة ذاتها.", [3]),
    ("قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب اليوم. كما قتل شخصان في انفجار عبوة ناسفة في مدينة حلب"
     " في اليوم ذاته.", [2, 3]),
])
def test_same_act_more_dead(pipeline, text, want):
    assert tolls(pipeline, text) == want
