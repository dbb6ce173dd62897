"""A bare capital's name after a locative preposition against a small namesake village of the
document's country (place61: hadath.gazetteer.namesakes.capital_namesake, applied in
hadath.gazetteer.resolve._bare_namesake): "في الدوحة" beside غزة with no word for Qatar is Doha,
not Ad Dawhah near Bethlehem (9,631 people, a tenth of Doha's or less). The village keeps its
reading when the text ties it to its surroundings: a class cue, a container or anchor, or
another place of the document in its governorate or within 30 km."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _places(place_stage, text: str) -> dict[str, tuple[str, str] | None]:
    return {k: ((r.place.name, r.place.country_code) if r.place else None)
            for k, r in refs_by_surface(place_stage, text).items()}


CAPITAL = [   # all read Ad Dawhah (West Bank) on main
    "قصفت طائرات إسرائيلية منزلا في غزة، فيما تتواصل المفاوضات في الدوحة بشأن وقف إطلاق النار.",
    "قتل ثلاثة فلسطينيين في غارة على خان يونس جنوب قطاع غزة، بينما يجتمع الوسطاء في الدوحة.",
    "استشهد طفلان في قصف على رفح، وتستأنف المحادثات في الدوحة الأسبوع المقبل.",
    "قصف الاحتلال مخيم النصيرات، وقال مسؤول في حماس إن الوفد سيصل إلى الدوحة غدا لاستئناف المفاوضات في الدوحة.",
]


@pytest.mark.parametrize("text", CAPITAL)
def test_bare_capital_is_the_capital(place_stage, text):
    assert _places(place_stage, text).get("الدوحة") == ("Doha", "QA")


VILLAGE = [
    # a class cue, an anchor, or another place of the village's governorate keeps the village
    "اقتحمت قوات الاحتلال بلدة الدوحة غرب بيت لحم.",
    "أطلق الجيش النار على شبان في الدوحة قرب بيت لحم.",
    "قتل فلسطيني برصاص الجيش في الخليل، واعتقل آخر في الدوحة.",
    "اعتقلت القوات الإسرائيلية ثلاثة شبان في بيت لحم وشابا في الدوحة.",
]


@pytest.mark.parametrize("text", VILLAGE)
def test_village_tied_to_its_surroundings(place_stage, text):
    assert _places(place_stage, text).get("الدوحة") == ("Ad Dawhah", "PS")


SAME = [
    # a capital's name with no namesake village in the document's focus reads as before
    ("سقطت قذيفة في صنعاء.", "صنعاء", ("Sanaa", "YE")),
    ("قصفت طائرات إسرائيلية مبنى في بيروت.", "بيروت", ("Beirut", "LB")),
    # a big town (a tenth of the capital or more) is left to the votes: Lebanon's Tripoli
    ("اشتباكات في طرابلس والمنية شمال لبنان.", "طرابلس", ("Tripoli", "LB")),
    # a village named beside a town of its governorate: Kirkuk's Ar Riyad, not Riyadh
    ("قصف مدفعي في الرياض والحويجة.", "الرياض", ("Ar Riyad", "IQ")),
]


@pytest.mark.parametrize("text,surface,want", SAME)
def test_read_as_before(place_stage, text, surface, want):
    assert _places(place_stage, text).get(surface) == want
