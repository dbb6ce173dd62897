"""Mechanisms of sd60 (issue #9, strategic developments; docs/notes/sd60.md), on sentences made up
in the style of the wire copy:

- an arrest told for a region (محافظات الضفة الغربية، محافظة نينوى) and broken down in a later
  sentence by the towns its detainees came from (ومن بين المعتقلين ثلاثة من الخليل، وسبعة من
  رام الله) is one Arrests record per town (events.town_breakdown; triggers.tsv row اعتقل gains
  the phrase من بين المعتقلين, which only continues an arrest told before it); a breakdown by
  person (قياديا في حركة حماس، طفلين) or an arrest already placed at a town keeps one record."""
from __future__ import annotations

import pytest

from tests.events.conftest import events
from tests.events.test_types52 import PUB


def places(pipeline, text):
    return sorted((e.sub_event_type, e.location) for e in events(pipeline, text, PUB))


BY_TOWN = [
    ("اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم 18 مواطنا من محافظات الضفة الغربية. وذكرت الوكالة "
     "أن من بين المعتقلين ثلاثة من الخليل، وسبعة من رام الله، وستة من سلفيت.",
     {"Hebron", "Ramallah", "Salfit"}),
    ("شنت قوات الاحتلال الإسرائيلي فجر اليوم حملة اعتقالات في الضفة الغربية طالت 12 مواطنا. ومن بين "
     "المعتقلين أربعة من نابلس، وخمسة من جنين، وثلاثة من طولكرم.", {"Nablus", "Janin", "Tulkarm"}),
    ("اعتقلت قوات الاحتلال الإسرائيلي الليلة الماضية 15 فلسطينيا في الضفة الغربية. وأوضح نادي الأسير "
     "أن من بين المعتقلين ستة من بيت لحم وخمسة من قلقيلية وأربعة من الخليل.",
     {"Bethlehem", "Qalqilyah", "Hebron"}),
    ("اعتقلت قوات الأمن العراقية اليوم 20 مطلوبا في محافظة نينوى. وقال مصدر أمني إن من بين المعتقلين "
     "عشرة من الموصل وستة من تلعفر وأربعة من سنجار.", {"Mosul", "Tall Afar", "Sinjar"}),
]


@pytest.mark.parametrize("text,towns", BY_TOWN)
def test_a_round_up_broken_down_by_town_is_one_arrest_a_town(pipeline, text, towns):
    got = places(pipeline, text)
    assert got == sorted(("Arrests", t) for t in towns), got


ONE_RECORD = [
    ("اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم 18 مواطنا من محافظات الضفة الغربية. وأضافت الوكالة "
     "أن من بين المعتقلين قياديا في حركة حماس.", "West Bank"),
    ("اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم ثلاثة مواطنين في مدينة الخليل. وذكرت الوكالة أن من "
     "بين المعتقلين طفلين.", "Hebron"),
]


@pytest.mark.parametrize("text,place", ONE_RECORD)
def test_detainees_told_by_person_keep_one_record(pipeline, text, place):
    assert places(pipeline, text) == [("Arrests", place)], text
