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
    # the riot police of the Gulf (قوات حفظ النظام) and a presidential security force are police
    ("أطلقت قوات حفظ النظام الغاز المسيل للدموع لتفريق عشرات المحتجين في قرية الديه غرب المنامة.",
     date(2013, 8, 14), {"actor2": "Police Forces of Bahrain"}),
    # a nationality adjective ending a titled person's name (اللواء منصور التركي) is his family
    # name: no vote for Turkey (mentions.actors._focus, actors_country.family_nisba)
    ("قال المتحدث باسم وزارة الداخلية اللواء منصور التركي إن مسلحين أطلقوا النار على دورية أمنية "
     "في بلدة العوامية بمحافظة القطيف ما أدى إلى مقتل رجل أمن.", date(2017, 5, 14),
     {"actor2": "Police Forces of Saudi Arabia"}),
    # an Iraqi operations command (قيادة عمليات الأنبار) is the army, as قيادة عمليات بغداد was
    ("أعلنت قيادة عمليات الأنبار مقتل ثلاثة من عناصر تنظيم داعش في اشتباك مع قواتها قرب قضاء الرطبة.",
     date(2019, 9, 2), {"actor1": "Military Forces of Iraq", "actor2": "Islamic State (Iraq)"}),
    ("قالت قيادة عمليات نينوى إن قواتها اعتقلت خمسة من عناصر تنظيم داعش في قرية قرب قضاء تلعفر.",
     date(2019, 9, 2), {"actor1": "Military Forces of Iraq"}),
    # the Syrian government's forces as Kurdish outlets name them (قوات حكومة دمشق), before and
    # after December 2024
    ("قتل عنصران من قوات حكومة دمشق برصاص مسلحين مجهولين قرب بلدة نوى بريف درعا الغربي.",
     date(2021, 3, 1), {"actor2": "Military Forces of Syria (2000-2024)"}),
    ("قتل ثلاثة من عناصر قوات حكومة دمشق في هجوم لمسلحين مجهولين على حاجز قرب بلدة الصنمين.",
     date(2025, 5, 1), {"actor2": "Military Forces of Syria (2024-)"}),
    # a fight between tribesmen told "between the men of two tribes" (بين مسلحين من قبيلتي X وY),
    # or "between tribe X and Y", is communal: both sides the tribal militia (crowd_fights.communal_fight,
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


@pytest.mark.parametrize("text, published, pair", [
    # the dead of two named state forces of one country, one no force of its government: rival
    # governments' forces fought (fallen._rivals), the second share of the dead joined by و past
    # the first's long name (fallen._second_share)
    ("قتل 12 عنصرا من قوات حكومة الوفاق و9 مقاتلين من قوات حفتر في معارك في محور عين زارة جنوب طرابلس.",
     date(2019, 6, 2),
     {"LNA: Libyan National Army", "Military Forces of Libya (2016-2021) Government of National Accord"}),
    ("قتل 20 فردا من ميليشيات قوات حكومة الوفاق الوطني و11 مقاتلا من الجيش الوطني الليبي في معارك "
     "في منطقة السواني.", date(2019, 6, 2),
     {"LNA: Libyan National Army", "Military Forces of Libya (2016-2021) Government of National Accord"}),
])
def test_round24_rival_forces(pipeline, text, published, pair):
    got = events(pipeline, text, published=published)
    assert any({e.actor1, e.actor2} == pair for e in got), got


@pytest.mark.parametrize("text, published, hit", [
    # ... but a government's army and police, fallen together, are not two sides
    ("قتل جنديان من الجيش السوري وشرطي من الشرطة السورية في اشتباكات مع مجهولين في ريف درعا.",
     date(2021, 3, 1), "Military Forces of Syria (2000-2024)"),
    ("قتل ثلاثة جنود من الجيش اليمني وأربعة من الشرطة اليمنية في انفجار قرب مدينة عدن.",
     date(2021, 3, 1), "Military Forces of Yemen"),
])
def test_round24_one_government(pipeline, text, published, hit):
    got = events(pipeline, text, published=published)
    assert got and all(e.actor1.startswith("Unidentified") and e.actor2 == hit for e in got), got
