"""Mechanisms of round 29 on whole reports (issue #9): a count of doers as the object of a
two-word kill verb (القضاء على ثلاثة انتحاريين) is the toll, not an unnumbered death word
(docs/notes/types29.md). The sentences are made up in the style of the wire copy."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 5, 14)


@pytest.mark.parametrize("text, deaths", [
    # a doer noun counted after a kill phrase: its count, not "several" (10)
    ("قالت مصادر أمنية إن القوات العراقية تمكنت من القضاء على ثلاثة انتحاريين قبل تفجير أنفسهم"
     " في مدينة الرمادي يوم الأحد.", [3]),
    ("قالت مصادر أمنية إن القوات العراقية قضت على ثلاثة انتحاريين في مدينة الرمادي يوم الأحد.", [3]),
    # (a noun of armed men, as before)
    ("قالت مصادر أمنية إن القوات العراقية تمكنت من القضاء على ثلاثة مسلحين في مدينة الرمادي يوم"
     " الأحد.", [3]),
    # (a kill verb of one word, as before)
    ("قالت مصادر أمنية إن القوات العراقية قتلت ثلاثة انتحاريين قبل تفجير أنفسهم في مدينة الرمادي"
     " يوم الأحد.", [3]),
])
def test_doer_count_after_kill_phrase(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == deaths


@pytest.mark.parametrize("text, subs", [
    # a verb of holding in the imperfect before سيطرته: a state held, no change of territory
    ("قال مصدر عسكري اليوم إن الجيش السوري يحكم سيطرته على دوار المالية في بلدة الزهراء بريف حلب.", []),
    ("قال مصدر عسكري اليوم إن القوات العراقية تبسط سيطرتها على حي الزهور في مدينة الموصل.", []),
    # (the perfect phrase and a perfect verb before the noun are the act, as before)
    ("قال مصدر عسكري اليوم إن الجيش السوري أحكم سيطرته على بلدة الزهراء بريف حلب.",
     ["Government regains territory"]),
    ("قال مصدر عسكري اليوم إن الجيش السوري فرض سيطرته على بلدة الزهراء بريف حلب.",
     ["Government regains territory"]),
])
def test_control_held(pipeline, text, subs):
    assert [e.sub_event_type for e in events(pipeline, text, PUB)] == subs


@pytest.mark.parametrize("text, n", [
    # a word of most before a definite act noun shares out a tally of acts: no act
    ("ذكرت دراسة أمس أن تنظيم داعش نفذ 469 هجمة انتحارية في 28 بلدا العام الماضي. ووقعت معظم"
     " الهجمات في منطقة الشرق الأوسط، وكانت 146 منها في العراق.", 0),
    ("ذكر تقرير أمس أن تنظيم داعش نفذ مئات الهجمات العام الماضي. ووقعت معظم الهجمات في محافظة"
     " نينوى.", 0),
    # (an act told with its place and day, as before)
    ("قتل ثلاثة مدنيين في هجوم على حاجز في مدينة الموصل أمس.", 1),
])
def test_share_of_tally(pipeline, text, n):
    assert len(events(pipeline, text, PUB)) == n


@pytest.mark.parametrize("text, sides", [
    # one repelled attack told from each side: one clash, the attacker first
    ("تصدت القوات الحكومية صباح الثلاثاء لهجوم شنته مليشيا الحوثي على مواقعها في مديرية صرواح غرب"
     " مأرب. وقالت مصادر ميدانية إن مسلحي الحوثي هاجموا مواقع الجيش في مديرية صرواح واندلعت"
     " اشتباكات عنيفة بين الطرفين.", [("Houthi Movement", "Military Forces of Yemen")]),
])
def test_clash_told_from_each_side(pipeline, text, sides):
    assert [(e.actor1, e.actor2) for e in events(pipeline, text, PUB)] == sides
