"""Dates told as a shift from another dated mention (hadath.resolve.dates_shifts)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.resolve.dates import resolve_expr
from hadath.resolve.dates_parse import scan
from hadath.resources import load_tsv
from hadath.text.normalize import normalize

PUB = date(2024, 5, 30)  # a Thursday

CASES = [
    # (sentence, the shift's date; None: no shift date)
    ("اعتقلت القوات عشرة شبان بعد يومين من هجوم يوم الأحد على الحاجز", "2024-05-28"),
    ("قتل شاب يوم الأحد في قصف على البلدة، وبعدها بيومين قتل طفل برصاص قناص", "2024-05-28"),
    ("قتل شاب في 12 أيار 2024. وبعد ثلاثة أيام من ذلك قتل شقيقه", "2024-05-15"),
    ("أعلنت الغرفة الثلاثاء الماضي مقتل ستة، فيما أعلنت قبلها بيوم مقتل 16 في قصف", "2024-05-27"),
    ("اندلعت اشتباكات قبل أسبوع من هجوم 20 أيار على السجن", "2024-05-13"),
    ("وقتل شرطي قبل 3 أيام من اغتيال القاضي في 25 أيار", "2024-05-22"),
    ("قتل شاب صباح أمس، وقبل ذلك بيومين اعتقل شقيقه", "2024-05-27"),
    # the date before a linked shift is the act's own: the shift dates the other act
    ("وقع الهجوم يوم الأحد، بعد يومين من الانتخابات", None),
    ("قتل شاب اليوم قبل يومين من الانتخابات", None),
    # no anchor, no count, a unit other than days or weeks, a paragraph between
    ("اعتقل شاب بعد يومين من الهجوم على الحاجز", None),
    ("وبعدها بأيام قتل طفل برصاص قناص", None),
    ("قتل شاب في 12 أيار 2024، وبعدها بشهرين قتل شقيقه", None),
    ("قتل شاب في 12 أيار 2024.\nوبعدها بيومين قتل شقيقه", None),
]


def shift_dates(text: str) -> list[date | None]:
    found = scan(normalize(text).text)
    return [resolve_expr(f.expr, PUB).date for f in found if f.expr.kind == "shift"]


@pytest.mark.parametrize("text,expected", CASES)
def test_case(text, expected):
    got = shift_dates(text)
    assert got == ([date.fromisoformat(expected)] if expected else []), got


def test_shift_keeps_the_anchors_reference_state():
    (f,) = [f for f in scan(normalize(CASES[1][0]).text) if f.expr.kind == "shift"]
    v = resolve_expr(f.expr, None)
    assert v is not None and v.date is None and not v.resolved


ROWS = load_tsv("lexicons/dates_shifts.tsv")


@pytest.mark.parametrize("row", [r for r in ROWS if r["class"] in ("head", "pronoun")],
                         ids=lambda r: r["phrase"])
def test_every_head_row(row):
    """Each head moves a dated day by its direction: forward, anchor after; back, before."""
    if row["class"] == "head":
        text = f"اعتقل شاب {row['phrase']} يومين من هجوم 20 أيار 2024"
    else:
        text = f"قتل شاب في 20 أيار 2024، و{row['phrase']} بيومين اعتقل شقيقه"
    assert shift_dates(text) == [date(2024, 5, 20 + 2 * int(row["value"]))]


@pytest.mark.parametrize("row", [r for r in ROWS if r["class"] in ("link", "back")],
                         ids=lambda r: r["class"] + ":" + r["phrase"])
def test_every_link_row(row):
    if row["class"] == "link":
        text = f"اعتقل شاب بعد يومين {row['phrase']} هجوم 20 أيار 2024"
    else:
        text = f"قتل شاب في 20 أيار 2024، وبعد يومين من {row['phrase']} اعتقل شقيقه"
    assert shift_dates(text) == [date(2024, 5, 22)]


@pytest.mark.parametrize("text", [
    "وقع الهجوم بعد يومين من الانتخابات وبعد ثلاثه ايام من ذلك",
    "وبعدها بيومين عاد الهدوء، ثم قبل اسبوع من 12 ايار",
    "بعد بعد يومين من من ذلك فبعد 3 ايام على الهجوم",
    "لا شيء هنا بعدما انتهى",
])
def test_shift_patterns_are_tried_where_finditer_finds_them(text):
    from hadath.resolve.dates_shifts import _finditer, _starts, shift_patterns
    p = shift_patterns()
    norm = normalize(text).text
    for rx in (p.linked, p.pronoun):
        want = [(m.span(), m.groupdict()) for m in rx.finditer(norm)]
        assert [(m.span(), m.groupdict()) for m in _finditer(rx, norm, _starts(norm, p.needles))] == want
