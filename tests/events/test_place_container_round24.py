"""An unknown village named with its countryside (قرية X بريف منبج, X unknown to the gazetteer)
is coded in the container's district, not dropped nor read as a namesake elsewhere (issue #10,
round 24: pinned, it reads right)."""
from __future__ import annotations

from tests.events.conftest import events


def test_an_unknown_village_of_a_countryside_is_coded_in_its_district(pipeline):
    text = "قصفت طائرات مسيرة قرية عون الدادات بريف منبج شرق حلب ما أدى إلى مقتل مدنيين اثنين."
    got = [(e.country, e.admin1, e.admin2) for e in events(pipeline, text)]
    assert got and all(g == ("Syria", "Aleppo", "Menbij") for g in got), got
