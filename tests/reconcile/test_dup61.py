"""A lead placed near a city told again in the body (hadath.reconcile.headline, issue #9: one
record for several acts). The lead's act near a city (شرق مدينة غزة، قرب مدينة سراقب) folds into
the body's act at a village nearby; not into an act of another sub-type (a peaceful protest in
Rafah beside the shooting east of Khan Yunis), nor into an act at another city named as a city
(وفي مدينة خان يونس): separate named places, separate acts (docs/notes/dup61.md)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article


@pytest.mark.parametrize("published, text, records", [
    # another sub-type at a town nearby: the lead's shooting stays
    (date(2018, 4, 7), "تظاهر آلاف الفلسطينيين قرب السياج الحدودي شرق خان يونس، وأطلق الجيش الإسرائيلي النار "
                       "عليهم فقتل ثلاثة منهم. وفي رفح، تظاهر المئات دون وقوع إصابات.",
     [("Excessive force against protesters", "Khan Yunis", 3), ("Peaceful protest", "Rafah", 0)]),
    (date(2018, 5, 14), "أطلق جنود الاحتلال الرصاص الحي على المتظاهرين قرب السياج الفاصل شرق مدينة غزة، ما أدى "
                        "إلى استشهاد 5 فلسطينيين. وفي مدينة خان يونس، أصيب عشرات المتظاهرين بالاختناق.",
     [("Excessive force against protesters", "Gaza", 5), ("Protest with intervention", "Khan Yunis", 0)]),
    # the same sub-type at another city named as a city: two places
    (date(2021, 3, 9), "قصفت طائرات إسرائيلية أرضا زراعية شرق مدينة غزة فجر اليوم. وفي مدينة خان يونس، قصفت "
                       "الطائرات موقعا للمقاومة دون وقوع إصابات.",
     [("Air/drone strike", "Gaza", 0), ("Air/drone strike", "Khan Yunis", 0)]),
    # control: the lead near a city, its act told again at a village nearby - one record
    (date(2020, 2, 5), "قتل أربعة مدنيين في غارات جوية روسية قرب مدينة سراقب بريف إدلب الشرقي. وقال المرصد "
                       "السوري إن الغارات استهدفت بلدة النيرب وأدت إلى مقتل أربعة مدنيين.",
     [("Air/drone strike", "An Nayrab", 4)]),
])
def test_a_lead_near_a_city_told_again(candidates, published, text, records):
    doc = candidates(Article("t", text, published=published))
    got = sorted((e.sub_event_type, e.location, e.fatalities or 0) for e in doc.events)
    assert got == sorted(records)
