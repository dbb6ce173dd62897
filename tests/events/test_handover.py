"""hadath.events.handover: the marks the events stage hands to reconcile are declared in one
place and never leave the pipeline (issue #11: stages talk only through the Doc)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.handover import WHOLE, is_mark, strip, strip_doc
from hadath.pipeline import build_pipeline
from hadath.types import Article, Doc, Event

BEFORE_RECONCILE = ("text", "quantities", "dates", "actors", "places", "triggers", "events", "geocode")

# (text, the mark the events stage sets on one of its records)
REPORTS = [
    ("أفاد مصدر أمني، أمس، بمقتل مدني وإصابة اثنين آخرين بانفجار عبوة ناسفة في قضاء المقدادية بمحافظة"
     " ديالى.\nوقال المصدر إن العبوة كانت مزروعة على جانب طريق زراعي في قرية الهارونية وانفجرت لدى"
     " مرور سيارة مدنية.", "told_again"),
    ("أسفرت غارة إسرائيلية على مدينة خان يونس مساء الأحد عن مقتل 12 شخصا. وأطلقت حركة حماس صواريخ"
     " على مدينة عسقلان. وقالت وزارة الصحة مساء الأحد إن ثمانية أشخاص قتلوا في نفس الغارة.", "told_same"),
]


@pytest.mark.parametrize("flag", sorted(WHOLE) + ["doers_added:2", "doers_added:11"])
def test_every_declared_mark_is_one(flag):
    assert is_mark(flag)


@pytest.mark.parametrize("flag", ["date_from_publication", "place_unresolved", "place_approximate",
                                  "actor1_from_story", "country_only", "country_part", "unplaced",
                                  "told", "doers", "toll"])
def test_a_user_flag_is_no_mark(flag):
    assert not is_mark(flag)


def test_strip_keeps_the_user_flags_and_the_records_without_marks():
    plain = Event("a", "Battles", "Armed clash", flags=("date_from_publication",))
    marked = Event("a", "Battles", "Armed clash", flags=("told_again", "place_approximate", "doers_added:3"))
    out = strip((plain, marked))
    assert out[0] is plain and out[1].flags == ("place_approximate",)
    doc = Doc(article=Article("a", "x"))
    assert strip_doc(doc) is doc


def _stages(names):
    return build_pipeline(names).stages


@pytest.mark.parametrize("text,kind", REPORTS)
def test_no_mark_leaves_a_pipeline_even_without_reconcile(text, kind):
    art = Article("h", text, published=date(2024, 5, 2))
    doc = Doc(article=art)
    for stage in _stages(BEFORE_RECONCILE):
        doc = stage(doc)
    flags = [f for e in doc.events for f in e.flags]
    assert any(is_mark(f) and f.startswith(kind) for f in flags), flags  # (the events stage marks it)
    for names in (BEFORE_RECONCILE, None):   # without reconcile, and the whole pipeline
        out = build_pipeline(names)(art)
        assert out.events and not [f for e in out.events for f in e.flags if is_mark(f)]
