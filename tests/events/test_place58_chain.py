"""event_places.tsv (place58): عند, مدخل and مداخل may stand between two places of one list
(events.place_chain): "أغلقوا طرقا في صور وعند مداخل صيدا والكورة" is one record per place."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

LISTS = [
    ("قام محتجون لبنانيون بقطع الطرق اليوم الثلاثاء احتجاجا على الغلاء. كما اغلق المحتجون "
     "عدة طرق في صور وعند مداخل صيدا والكورة.", {"Tyre", "Sidon"}),
    ("قطع محتجون عراقيون الطرق اليوم الثلاثاء في الناصرية وعند مدخل الشطرة احتجاجا على البطالة.",
     {"Nasiriyah", "Ash Shatrah"}),
    ("أغلق محتجون أردنيون الطرق اليوم في إربد وعند مداخل جرش احتجاجا على رفع الأسعار.",
     {"Irbid", "Jarash"}),
]


@pytest.mark.parametrize("text,want", LISTS)
def test_list_goes_on_past_the_entrances(pipeline, text, want):
    got = {e.location for e in events(pipeline, text)}
    assert want <= got, got
