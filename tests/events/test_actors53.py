"""Mechanisms of the fifty-third round (issue #9; docs/notes/actors53.md). The sentences are
made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

D24 = date(2024, 3, 2)


@pytest.mark.parametrize("text, side_hit", [
    # civilians told with a nationality other than the country of the act are ACLED's
    # Civilians of that nationality (events.nationals; reconcile.names keeps it)
    ("قتل خمسة من الزوار الإيرانيين بانفجار عبوة ناسفة شمال بغداد.", "Civilians (Iran)"),
    ("اختطف مسلحون مجهولون خمسة مواطنين أتراك في مدينة الموصل.", "Civilians (Turkey)"),
    ("قتل سبعة مهاجرين إثيوبيين بقصف مدفعي على سوق في صعدة.", "Civilians (Ethiopia)"),
    ("أصيب ثلاثة عمال مصريين بانفجار عبوة ناسفة في مدينة بنغازي.", "Civilians (Egypt)"),
    # guards: the act's own nationals, or no nationality told, stay the country of the act; a
    # nationality adjective on the strike (قصف تركي) is the doer's, not the victims'
    ("قتل مدني عراقي بقصف تركي على قرية في دهوك.", "Civilians (Iraq)"),
    ("قتل خمسة عراقيين بانفجار عبوة ناسفة في حي المعامل شمال شرقي بغداد.", "Civilians (Iraq)"),
    ("قتل ثلاثة مدنيين بقصف سوري على بلدة عرسال اللبنانية.", "Civilians (Lebanon)"),
])
def test_round53_civilians_named_by_their_nationality(pipeline, text, side_hit):
    got = events(pipeline, text, published=D24)
    assert got and got[0].actor2 == side_hit, got
