"""Mechanisms of the twenty-fourth round (issue #9), one report per row: real-news phrasings of
who did it and to whom (docs/notes/actors24.md). The sentences are made up in the style of the
wire copy the round read, never copied from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, want", [
    # press names the lexicon lacked (actors.tsv): Sudanese tribes by their "tribe" noun, the
    # presidential guard of any country, the GNA by its brigades and militias, Hadi's forces,
    # and the national gendarmerie of the event's country (no longer always Algeria's)
    ("قتل أكثر من عشرين شخصا في معارك بين قبيلة بني هلبة وقبيلة القمر في ولاية جنوب دارفور.",
     date(2013, 4, 6),
     {"actor1": "Beni Halba Ethnic Militia (Sudan)", "actor2": "Gimir Ethnic Militia (Sudan)"}),
    ("قتل 30 شخصا في مواجهات بين قبيلة السلامات ومسلحي المسيرية قرب بلدة أم دخن في وسط دارفور.",
     date(2013, 4, 8),
     {"actor1": "Salamat Ethnic Militia (Sudan)", "actor2": "Misseriya Ethnic Militia (Sudan)"}),
    ("تجددت الاشتباكات في مدينة عدن بين قوات المجلس الانتقالي الجنوبي والحرس الرئاسي صباح اليوم.",
     date(2019, 8, 8),
     {"actor1": "STC: Southern Transitional Council", "actor2": "Military Forces of Yemen"}),
    ("اندلعت اشتباكات عنيفة بين الجيش الوطني الليبي وكتائب الوفاق في منطقة عين زارة جنوب طرابلس.",
     date(2019, 11, 5),
     {"actor1": "LNA: Libyan National Army",
      "actor2": "Military Forces of Libya (2016-2021) Government of National Accord"}),
    ("قتل ثلاثة أشخاص في اشتباكات بين قوات هادي ومسلحين من الحراك الجنوبي في مديرية كريتر بعدن.",
     date(2017, 2, 2), {"actor1": "Military Forces of Yemen"}),
    ("قتل ثمانية من عناصر الدرك الوطني في كمين نصبه مسلحون قرب بلدة تيليا في منطقة تاهوا.",
     date(2018, 5, 13), {"actor2": "Police Forces of Niger"}),
    # a fight between tribesmen told "between the men of two tribes" (بين مسلحين من قبيلتي X وY),
    # or "between tribe X and Y", is communal: both sides the tribal militia (sides.communal_fight,
    # function_words.tsv communal)
    ("قتل شخصان في اشتباكات مسلحة بين مسلحين من قبيلتي آل سالم وآل حيدرة في مديرية مودية بمحافظة أبين.",
     date(2021, 3, 9),
     {"actor1": "Unidentified Tribal Militia (Yemen)", "actor2": "Unidentified Tribal Militia (Yemen)"}),
    ("قتل مسلح في اشتباكات اندلعت بين قبيلة آل عمر وآل ناصر في مديرية مودية بمحافظة أبين.",
     date(2021, 3, 9),
     {"actor1": "Unidentified Tribal Militia (Yemen)", "actor2": "Unidentified Tribal Militia (Yemen)"}),
])
def test_round24_sides(pipeline, text, published, want):
    got = events(pipeline, text, published=published)
    assert any(all(getattr(e, k) == v for k, v in want.items()) for e in got), got
