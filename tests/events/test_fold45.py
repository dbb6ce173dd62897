"""Acts said to be like one told before (issue #9, docs/notes/fold45.md): an act noun followed by
an adjective of likeness (بقصف مماثل، غارة مماثلة، قصفا مشابها; event_scope.tsv ``similar``) is
another act of the same kind. It takes the means of the nearest earlier act named by the same
word (a bare قصف after قصف جوي: an air strike, not shelling), unless it names its own means
(قصف مدفعي مماثل), and its clause is never a telling again of the earlier act
(events.told_again). The sentences are made up in the style of the wire copy."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.frames import frames
from hadath.events.index import DocIndex
from hadath.events.told_again import similar_act, told_again, told_same
from hadath.types import Article, Doc
from tests.events.conftest import events

PUB = date(2016, 11, 4)
AIR = "قتل عشرة مدنيين بقصف جوي روسي على بلدة أورم الكبرى. "
SHELL = "قتل ثلاثة مدنيين في قصف مدفعي على بلدة كفرتعال. "


def subs(pipeline, text):
    return [e.sub_event_type for e in events(pipeline, text, PUB)]


@pytest.mark.parametrize("text, second", [
    # a bare قصف said to be like an air strike: an air strike
    (AIR + "وجرح خمسة مدنيين بقصف مماثل على مدينة معرة النعمان.", "Air/drone strike"),
    (AIR + "وقال الدفاع المدني إن قصفا مماثلا استهدف مدينة معرة النعمان وأوقع جرحى.", "Air/drone strike"),
    (AIR + "وأصيب طفلان بقصف مشابه على بلدة كفرنبل.", "Air/drone strike"),
    ("قتل عشرة مدنيين بقصف جوي من الطيران الروسي على بلدة أورم الكبرى، بينما جرح مدنيون "
     "بقصف مماثل على بلدة كفرنبل.", "Air/drone strike"),
    # like a shelling: shelling still
    (SHELL + "وجرح مدنيون بقصف مماثل على قرية صبويران.", "Shelling/artillery/missile attack"),
    # its own means named: kept
    (AIR + "وجرح خمسة مدنيين بقصف مدفعي مماثل على مدينة معرة النعمان.", "Shelling/artillery/missile attack"),
    # no word of likeness: a bare قصف is shelling
    (AIR + "وجرح خمسة مدنيين بقصف على مدينة معرة النعمان.", "Shelling/artillery/missile attack"),
])
def test_similar_act_takes_the_means_told_before(pipeline, text, second):
    got = subs(pipeline, text)
    assert len(got) == 2 and got[1] == second, got


def _frames(pipeline_stages, text):
    doc = Doc(article=Article("t", text, published=PUB))
    for st in pipeline_stages:
        if st.name == "events":
            break
        doc = st(doc)
    ix = DocIndex.build(doc)
    return ix, list(frames(ix))


@pytest.fixture(scope="module")
def stages():
    from hadath.pipeline import build_pipeline
    return build_pipeline().stages


@pytest.mark.parametrize("text, similar", [
    ("قتل خمسة في غارة على مدينة الرستن. وقال المصدر إن الغارة جاءت بعد هجوم مماثل في بلدة تلبيسة.", True),
    ("قتل خمسة في غارة على مدينة الرستن. وقتل مدنيان في غارة مماثلة على بلدة تلبيسة.", True),
    ("قتل خمسة في غارة على مدينة الرستن. وأشار المراسل إلى أن قصفا مدفعيا مماثلا استهدف قرية الغنطو.", True),
    ("قتل خمسة في غارة على مدينة الرستن. وقال المصدر إن الغارة أسفرت عن تدمير منزل.", False),
    ("قتل خمسة في غارة على مدينة الرستن. وأصيب ثلاثة في الغارة نفسها.", False),
])
def test_similar_act(stages, text, similar):
    ix, fs = _frames(stages, text)
    last = [f for f in fs if f.sent == 1]
    assert last and any(similar_act(ix, f) for f in last) == similar


@pytest.mark.parametrize("text", [
    # a definite noun of the act told before beside an act like it: the clause tells the new act
    "قتل خمسة في غارة على مدينة الرستن. وقال المصدر إن الغارة الأولى جاءت بعد هجوم مماثل في بلدة تلبيسة.",
    "قتل خمسة في غارة على مدينة الرستن. وأضاف أن الغارة سبقها قصف مماثل على بلدة تلبيسة.",
])
def test_similar_act_is_no_telling_again(stages, text):
    ix, fs = _frames(stages, text)
    last = [f for f in fs if f.sent == 1]
    assert last and not any(told_again(ix, f) or told_same(ix, f) for f in last)
