"""Arson told by a verbal-noun phrase whose doer stands between its words (round split52,
issue #9): "إضرام مجهولين النار في مبنى البلدية" - the masdar, its agent in the genitive, then
its object. The phrase (اضرام/اشعال النار) is a trigger across the gap, as the verb is (أضرم
مجهولون النار), and the word in the gap is the doer (actor1), though a genitive right after a
one-word arson noun (إحراق المبنى) is what was burnt."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article
from tests.events.test_types32 import candidates  # noqa: F401 (the fixture)

PROPERTY = "Looting/property destruction"


IRAQI_GUNMEN, POLICE = "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"


@pytest.mark.parametrize("text, doer, place", [
    ("وجاء ذلك بعد إضرام مسلحين النار في مبنى البلدية في البصرة أمس.", IRAQI_GUNMEN, "Basrah"),
    ("وقال مصدر أمني إن إضرام مجهولين النيران في مقر الحزب بمدينة الكوت فجر اليوم أتى على المبنى.",
     IRAQI_GUNMEN, "Al-Kut"),
    ("واتهم الأهالي الشرطة بإشعال عناصرها النيران في منازل القرية قرب الناصرية أمس.", POLICE, "Nasiriyah"),
    ("وأسفر إضرام مسلحين مجهولين النار في سوق الخضار في مدينة الحلة أمس عن خسائر كبيرة.", IRAQI_GUNMEN, "Al Hillah"),
    # the phrase without a gap, as before: an act with no doer named
    ("وجاء ذلك بعد إضرام النار في مبنى البلدية في البصرة أمس.", None, "Basrah"),
    ("وأفاد شهود بإشعال النيران في مقر الحزب بمدينة الكوت فجر اليوم.", None, "Al-Kut"),
])
def test_the_arson_phrase_reaches_past_its_doer(candidates, text, doer, place):
    """The gapped phrase founds the act; its doer is actor1, never actor2 (what was burnt)."""
    got = [(e.sub_event_type, e.actor1, e.actor2, e.location)
           for e in candidates(Article("t", text, published=date(2020, 5, 10))).events]
    assert any(g[0] == PROPERTY and g[1] == doer and g[3] == place for g in got), got
    assert doer is None or all(g[2] != doer for g in got), got
