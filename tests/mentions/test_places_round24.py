"""Issue #10, twenty-fourth round: place errors left by earlier rounds, fixed by general rules.

A namesake abroad needs evidence: a town of the region (the Arab world and its neighbours,
FOCUS_CCS) is read before a namesake abroad under a hundred times its size unless the text
names the other's country, a container or places near it (namesakes.abroad_priors)."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


@pytest.mark.parametrize("text, surface, name, cc", [
    ("انفجرت عبوة ناسفة قرب دورية للشرطة في زنجبار صباح اليوم.", "زنجبار", "Zinjibar", "YE"),
    ("سيطر المسلحون على مبنى المحافظة في مدينة زنجبار بعد معارك عنيفة.", "زنجبار", "Zinjibar", "YE"),
    # the one abroad, with evidence: its country named, or its people's police
    ("أعلنت لجنة الانتخابات في تنزانيا نتائج التصويت في زنجبار.", "زنجبار", "Zanzibar", "TZ"),
    ("فرقت الشرطة التنزانية مظاهرة للمعارضة في زنجبار.", "زنجبار", "Zanzibar", "TZ"),
    # a world city (a hundred times its namesake of the region) needs nothing
    ("وصل وزير الخارجية إلى باريس في زيارة تستمر يومين.", "باريس", "Paris", "FR"),
])
def test_a_namesake_abroad_needs_evidence(place_stage, text, surface, name, cc):
    r = refs_by_surface(place_stage, text).get(surface)
    assert r is not None and r.place is not None, refs_by_surface(place_stage, text)
    assert (r.place.name, r.place.country_code) == (name, cc)


# A town right after a bare or class-named name with ب holds it (X بالقدس، قرية X بحمص), as a
# part's town did (حي الشعار بحلب): the container is evidence enough to read a village of the
# big gazetteer outside the document's focus (resolve.disambiguate).
@pytest.mark.parametrize("text, surface, name, cc", [
    ("أصيب ثلاثة شبان خلال مواجهات في سلوان بالقدس.", "سلوان", "Silwan", "PS"),
    ("هدمت الجرافات منزلين في بلدة سلوان بالقدس.", "سلوان", "Silwan", "PS"),
    ("أصيب ثلاثة شبان خلال مواجهات في سلوان بالقدس.", "القدس", "East Jerusalem", "PS"),
])
def test_a_town_after_b_holds_the_name(place_stage, text, surface, name, cc):
    refs = refs_by_surface(place_stage, text)
    r = refs.get(surface)
    assert r is not None and r.place is not None, refs
    assert (r.place.name, r.place.country_code) == (name, cc)

