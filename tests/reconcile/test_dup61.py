"""A lead placed near a city told again in the body (hadath.reconcile.headline, issue #9: one
record for several acts). The lead's act near a city (شرق مدينة غزة، قرب مدينة سراقب) folds into
the body's act at a village nearby - also when the lead tells it with no means (هجوم) and the
body with them (``_same_kind``; so a countryside's or a province's record told with no means
folds into its towns' strikes: rules.means_told_after); not into an act of another kind (a peaceful protest in
Rafah beside the shooting east of Khan Yunis), nor into an act at another city named as a city
(وفي مدينة خان يونس): separate named places, separate acts (docs/notes/dup61.md). A state's
forces acting on the doers of another act (a strike on the gunmen after their attack on a bus)
is an act of its own, not that act told again (reconcile.one_type.struck_back); so is a fight
beside a strike by neither of its sides (outside_fight), and a blast at a named site the
gazetteer lacks beside a shelling at a known place (reconcile.rules._other_means)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.one_type import one_type_per_act, outside_fight, struck_back
from hadath.reconcile.rules import fold_coarser
from hadath.types import Article, Event, Span


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
    # the lead's act told with no means (هجوم), the body's with them: one act, the body's strike
    (date(2020, 2, 5), "قتل أربعة مدنيين في هجوم قرب مدينة سراقب بريف إدلب الشرقي. وقال المرصد السوري إن "
                       "طائرات حربية روسية استهدفت بلدة النيرب وأدت إلى مقتل أربعة مدنيين.",
     [("Air/drone strike", "An Nayrab", 4)]),
    # a lead at an area, its act told with no means, the body's strike at a village it holds
    (date(2020, 2, 5), "قتل أربعة مدنيين في هجوم على منطقة سراقب بريف إدلب. وقال المرصد السوري إن طائرات "
                       "حربية روسية استهدفت بلدة النيرب قرب سراقب وأدت إلى مقتل أربعة مدنيين.",
     [("Air/drone strike", "An Nayrab", 4)]),
    # a countryside's act told with no means, its one town's strike after it (area_restatement)
    (date(2020, 2, 5), "قتل أربعة مدنيين في هجوم في ريف إدلب الجنوبي. وقال المرصد السوري إن طائرات حربية روسية "
                       "استهدفت بلدة كفرنبل ما أدى إلى مقتل أربعة مدنيين.",
     [("Air/drone strike", "Kafranbel", 4)]),
    # a bare قصف on a province's countryside, its two towns' strikes after it (province_summary)
    (date(2020, 2, 5), "قتل سبعة مدنيين في قصف على ريف إدلب الجنوبي. وقال المرصد السوري إن طائرات حربية روسية "
                       "استهدفت بلدة كفرنبل ما أدى إلى مقتل أربعة مدنيين، فيما قتل ثلاثة آخرون بغارات على بلدة حاس.",
     [("Air/drone strike", "Hassef", 3), ("Air/drone strike", "Kafranbel", 4)]),
    # a headline at the town named like its province, its act told with no means: the body's strike
    (date(2020, 2, 5), "مقتل خمسة مدنيين في هجوم بإدلب\nقتل خمسة مدنيين اليوم الأربعاء بعد أن قصفت طائرات حربية "
                       "روسية بلدة معرة النعمان بريف إدلب الجنوبي، بحسب المرصد السوري لحقوق الإنسان.",
     [("Air/drone strike", "Maarrat an Numan", 5)]),
    # control: the lead near a city, its act told again at a village nearby - one record
    (date(2020, 2, 5), "قتل أربعة مدنيين في غارات جوية روسية قرب مدينة سراقب بريف إدلب الشرقي. وقال المرصد "
                       "السوري إن الغارات استهدفت بلدة النيرب وأدت إلى مقتل أربعة مدنيين.",
     [("Air/drone strike", "An Nayrab", 4)]),
])
def test_a_lead_near_a_city_told_again(candidates, published, text, records):
    doc = candidates(Article("t", text, published=published))
    got = sorted((e.sub_event_type, e.location, e.fatalities or 0) for e in doc.events)
    assert got == sorted(records)


# ---- the act on the attackers (reconcile.one_type.struck_back) ----------------------------------

D = date(2019, 4, 2)
EG, UAG, CIV = "Military Forces of Egypt", "Unidentified Armed Group (Egypt)", "Civilians (Egypt)"
SHABAAB, POLICE = "Al Shabaab", "Police Forces of Egypt"


def rec(sub, a1, a2, dead=0, trig=(0, 5), etype=None):
    etype = etype or {"Attack": "Violence against civilians", "Armed clash": "Battles"}.get(sub, "Explosions/Remote violence")
    return Event(article_id="a", event_type=etype, sub_event_type=sub, event_date=D, location="Arish",
                 latitude=31.13, longitude=33.8, geo_precision=1, actor1=a1, actor2=a2, fatalities=dead,
                 country="Egypt", evidence={"trigger": (Span(*trig),)})


@pytest.mark.parametrize("a, b, apart", [
    (rec("Attack", UAG, CIV, 5), rec("Air/drone strike", EG, UAG, trig=(60, 65)), True),
    (rec("Air/drone strike", EG, UAG, trig=(60, 65)), rec("Attack", UAG, CIV, 5), True),
    (rec("Attack", UAG, CIV, 5), rec("Armed clash", POLICE, UAG, trig=(60, 65)), True),
    # the attack hit the forces themselves: their fight back is that act's (a clash told twice)
    (rec("Suicide bomb", UAG, EG, 6), rec("Armed clash", EG, UAG, trig=(60, 65)), False),
    # the doer who hit back is no state's (sides read from a garbled clash): not this rule
    (rec("Remote explosive/landmine/IED", UAG, CIV), rec("Armed clash", SHABAAB, UAG, 15, trig=(60, 65)), False),
    # one actor on both sides, one armed clash from each end
    (rec("Suicide bomb", UAG, EG, 6), rec("Armed clash", EG, EG, 6, trig=(60, 65)), False),
    (rec("Armed clash", EG, UAG), rec("Armed clash", UAG, EG, trig=(60, 65)), False),
])
def test_struck_back(a, b, apart):
    assert struck_back(a, b) is apart


def test_the_act_on_the_attackers_stays_its_own():
    got = one_type_per_act([rec("Attack", UAG, CIV, 5), rec("Air/drone strike", EG, UAG, trig=(60, 65))])
    assert sorted((e.sub_event_type, e.fatalities) for e in got) == [("Air/drone strike", 0), ("Attack", 5)]


SYR, ISR, DRUZE = "Military Forces of Syria (2024-)", "Military Forces of Israel", "Druze Ethnic Militia (Syria)"


@pytest.mark.parametrize("a, b, apart", [
    (rec("Armed clash", "Unidentified Armed Group (Syria)", SYR), rec("Air/drone strike", ISR, SYR, trig=(60, 65)), True),
    (rec("Air/drone strike", ISR, SYR, trig=(60, 65)), rec("Armed clash", DRUZE, SYR), True),
    # the striker is a side of the fight: inside the battle
    (rec("Armed clash", SYR, DRUZE), rec("Air/drone strike", SYR, DRUZE, trig=(60, 65)), False),
    # an unnamed striker, or a clash with one side untold: not this rule
    (rec("Armed clash", SYR, DRUZE), rec("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", None), False),
    (rec("Armed clash", SYR, None), rec("Air/drone strike", ISR, SYR, trig=(60, 65)), False),
])
def test_outside_fight(a, b, apart):
    assert outside_fight(a, b) is apart


YE = "Unidentified Armed Group (Yemen)"


def aden(sub, dead=0, site=None, trig=(0, 5)):
    """A record at Aden airport, or one at a named site the gazetteer lacks (coarse: kept at
    the country's point with the flag place_unresolved)."""
    where = dict(location="Yemen", latitude=15.5, longitude=47.5, geo_precision=3, location_ar=site,
                 flags=("place_unresolved",)) if site else \
        dict(location="Aden International Airport", latitude=12.83, longitude=45.03, geo_precision=1, admin1="Aden")
    return Event(article_id="a", event_type="Explosions/Remote violence", sub_event_type=sub, event_date=D,
                 actor1=YE, actor2=None, fatalities=dead, country="Yemen", evidence={"trigger": (Span(*trig),)}, **where)


@pytest.mark.parametrize("events, want", [
    # a blast at a site the gazetteer lacks beside the shelling of the airport: two acts
    ([aden("Shelling/artillery/missile attack", 22), aden("Remote explosive/landmine/IED", site="قصر معاشيق", trig=(90, 95))],
     [("Aden International Airport", 22), ("Yemen", 0)]),
    ([aden("Air/drone strike", 3), aden("Shelling/artillery/missile attack", site="قصر معاشيق", trig=(90, 95))],
     [("Aden International Airport", 3), ("Yemen", 0)]),
    # control: the same means at a part of the airport the gazetteer lacks is that act told again
    ([aden("Shelling/artillery/missile attack", 22), aden("Shelling/artillery/missile attack", 10, site="مدرج المطار",
                                                          trig=(90, 95))],
     [("Aden International Airport", 22)]),
])
def test_a_site_struck_by_other_means(events, want):
    assert sorted((e.location, e.fatalities) for e in fold_coarser(events)) == sorted(want)
