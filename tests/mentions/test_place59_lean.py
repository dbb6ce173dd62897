"""A name of several countries leans, in the country votes, to the country the document's other
names agree on (place59: hadath.gazetteer.country_votes._agreeing_leans): a bare طرابلس leans
to Libya (its biggest namesake), but beside Lebanese villages (البداوي، المنية) and no name of
Libya it votes Lebanon, and is Lebanon's Tripoli. The namesake leaned to must be a tenth of the
biggest's size: الدوحة beside غزة is no West Bank village."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _places(place_stage, text: str) -> dict[str, tuple[str, str] | None]:
    return {k: ((r.place.name, r.place.country_code) if r.place else None)
            for k, r in refs_by_surface(place_stage, text).items()}


CASES = [
    # (text, surface, country): the first four read Libya's Tripoli on main
    ("قطع محتجون الطرق في منطقة طرابلس وفي البداوي والمنية بالإطارات المشتعلة.", "طرابلس", "LB"),
    ("قطع محتجون الطرق في منطقة طرابلس وفي البداوي والمنية بالإطارات المشتعلة.", "المنية", "LB"),
    ("وفي منطقة طرابلس قطع محتجون الطريق في البداوي وعند مستديرة الميناء.", "طرابلس", "LB"),
    ("أطلق مسلحون النار في طرابلس ثم فروا نحو البداوي.", "البداوي", "LB"),
    ("تظاهر العشرات في ساحة النور بطرابلس وفي المنية.", "طرابلس", "LB"),
    # the others' names agree with the biggest namesake, or there are none: as before
    ("سيطرت قوات حكومة الوفاق على مواقع في طرابلس ومصراتة.", "طرابلس", "LY"),
    ("اشتباكات في طرابلس والزاوية وغريان.", "طرابلس", "LY"),
    ("تظاهر المئات في طرابلس احتجاجا على انقطاع الكهرباء.", "طرابلس", "LY"),
    ("قصفت الطائرات الإسرائيلية غزة فيما عقد وفد حماس لقاء في العاصمة القطرية الدوحة.", "الدوحة", "QA"),
]


@pytest.mark.parametrize("text,surface,cc", CASES)
def test_namesake_the_other_names_agree_on(place_stage, text, surface, cc):
    got = _places(place_stage, text).get(surface)
    assert got is not None and got[1] == cc
