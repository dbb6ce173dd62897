"""Issue #10, twentieth round: a gazetteer name headed by its class noun is kept whole when the
rest names only hamlets (مدينة الصدر is Sadr City). Sentences of our own wording."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


@pytest.mark.parametrize("text, surface, name, cc", [
    # the rest (الصدر) is only hamlets of the big gazetteer: the whole name is the place
    ("انفجرت سيارة مفخخة في مدينة الصدر شرقي بغداد.", "مدينة الصدر", "Sadr City", "IQ"),
    ("قتل ثلاثة مدنيين بانفجار عبوة في مدينة الصدر.", "مدينة الصدر", "Sadr City", "IQ"),
    # the rest is a town beyond the villages: the class noun, then the town
    ("قصفت الطائرات مدينة زنجبار في محافظة أبين.", "زنجبار", "Zinjibar", "YE"),
])
def test_a_class_noun_name_is_whole_unless_the_rest_is_a_town(place_stage, text, surface,
                                                              name, cc):
    r = refs_by_surface(place_stage, text).get(surface)
    assert r is not None and r.place is not None, refs_by_surface(place_stage, text)
    assert (r.place.name, r.place.country_code) == (name, cc)
