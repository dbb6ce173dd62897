"""Mechanisms of the twenty-eighth round (issue #9): a launch site's owner, the ل-genitive doer
of a strike past a speech frame, and the sides of a joint force hit together
(docs/notes/actors28.md). The sentences are made up in the style of the wire copy, never copied
from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

SYRIA = "Military Forces of Syria (2000-2024)"
RUSSIA = "Military Forces of Russia (2000-)"


@pytest.mark.parametrize("text, published, place, doer, hit", [
    # a fire word, من and a site noun (قصف مدفعي من حواجز قوات النظام: event_roles.tsv fire_from,
    # marks.fired_from_site): the site's owner fired, even with another doer told in the clause
    ("واستهدف الطيران الروسي بلدة معرة حرمة بالتزامن مع قصف مدفعي من حواجز قوات النظام يستهدف محيط "
     "بلدة كفرسجنة في ريف إدلب.", date(2019, 6, 7), "Kafr Sajnah", SYRIA, None),
    ("قتل مدنيان في بلدة كفرسجنة بقصف مدفعي من حواجز قوات النظام المتمركزة في محيطها.",
     date(2019, 6, 7), "Kafr Sajnah", SYRIA, "Civilians (Syria)"),
    # the ل-genitive right after an agent noun and its adjectives (بقصف جوي لطائرات حربية:
    # marks.lam_doer) is the doer, also inside a quoted frame (قال ناشطون إن): not the side hit
    ("وقال ناشطون محليون إن امرأة وطفلا قتلا بقصف جوي لطائرات حربية يرجح أنها روسية على أطراف بلدة "
     "كفرسجنة جنوب إدلب.", date(2019, 6, 7), "Kafr Sajnah", RUSSIA, "Civilians (Syria)"),
    ("قتلت امرأة وطفل بقصف جوي لطائرات حربية يرجح أنها روسية على أطراف بلدة كفرسجنة جنوب إدلب.",
     date(2019, 6, 7), "Kafr Sajnah", RUSSIA, "Civilians (Syria)"),
    # two state forces hurt together (القوات الأميركية والسورية) and soldiers counted among
    # nationals (ثلاثة أميركيين بينهم جنديان): no fight between them, the doer is not told
    # (fallen.fallen_attackers: the side attacked comes after the attack noun; fallen.named_force)
    ("قتل ثلاثة أميركيين بينهم جنديان وأصيب عناصر من القوات الأميركية والسورية في هجوم استهدف وفدا "
     "عسكريا مشتركا في مدينة تدمر.", date(2025, 12, 13), "Tadmur",
     "Unidentified Armed Group (Syria)", "Military Forces of the United States"),
])
def test_round28_sides(pipeline, text, published, place, doer, hit):
    got = [e for e in events(pipeline, text, published=published) if e.location == place]
    assert got and all(e.actor1 == doer and e.actor2 == hit for e in got), got


@pytest.mark.parametrize("text, published, place, doer, hit", [
    # ... but leaving a site is no fire from it, and a site hit after the agent noun is the
    # owner hit (بقصف مواقع لقوات النظام)
    ("انسحبت القوات الروسية من مواقع قوات النظام في بلدة كفرنبودة.", date(2019, 6, 7), "Kafr Nabudah",
     RUSSIA, SYRIA),
    ("قتل جنديان بقصف صاروخي روسي على مواقع لقوات النظام في بلدة كفرنبودة.", date(2019, 6, 7),
     "Kafr Nabudah", RUSSIA, SYRIA),
])
def test_round28_not_the_doer(pipeline, text, published, place, doer, hit):
    got = [e for e in events(pipeline, text, published=published) if e.location == place]
    assert got and all(e.actor1 == doer and e.actor2 == hit for e in got), got
