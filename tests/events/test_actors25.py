"""Mechanisms of the twenty-fifth round (issue #9), one report per row: real-news phrasings of
who did it and to whom (docs/notes/actors25.md). The sentences are made up in the style of the
wire copy the round read, never copied from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, pair", [
    # a side of بين told as unidentified men "of" a communal or ethnic militia (مجموعات مسلحة
    # من العشائر البدوية) is that militia, as a named group after من already was; the second
    # side may follow a comma before و (roles.assign, role_words.names_the_unidentified,
    # roles.joined_members)
    ("وقعت اشتباكات بين مجموعات مسلحة من العشائر البدوية ومسلحي الفصائل الدرزية قرب بلدة المزرعة.",
     date(2025, 7, 16), ("Bedouin Ethnic Militia (Syria)", "Druze Ethnic Militia (Syria)")),
    ("تجددت المعارك، مساء الأحد، بين مسلحين من العشائر البدوية، ومسلحي الفصائل الدرزية، في ريف السويداء الغربي.",
     date(2025, 7, 20), ("Bedouin Ethnic Militia (Syria)", "Druze Ethnic Militia (Syria)")),
    ("اندلعت اشتباكات بين عناصر من تنظيم داعش، وقوات الجيش العراقي في قضاء الحويجة.",
     date(2019, 5, 2), ("Islamic State (Iraq)", "Military Forces of Iraq")),
    # the second side of بين told after a relative clause on the first and a comma (بين جهاز X
    # الذي يقوده فلان، وجهاز Y: roles._joined_past_relative)
    ("اندلعت اشتباكات في حي سوق الجمعة بين جهاز الردع الذي يقوده عبد الرؤوف كارة، وجهاز دعم الاستقرار.",
     date(2022, 6, 23), ("Radaa Special Deterrence Forces", "SSA: Stability Support Apparatus")),
    ("تجددت المعارك جنوب طرابلس بين الجيش الوطني الليبي الذي يقوده المشير خليفة حفتر، وقوات حكومة الوفاق.",
     date(2019, 5, 2),
     ("LNA: Libyan National Army", "Military Forces of Libya (2016-2021) Government of National Accord")),
    # a fight told first with no sides, its toll or a stray word read as civilians, then its
    # sides in the next sentence: a battle has no civilians as a side, the armed side named
    # later is the one fought (records._armed_side_for_civilians)
    ("أصيب ثلاثة مدنيين في اشتباكات عنيفة وسط مدينة عتق. وقالت مصادر محلية إن الاشتباكات دارت "
     "بين مسلحين مجهولين وأفراد من قوات دفاع شبوة.", date(2023, 5, 10),
     ("Unidentified Armed Group (Yemen)", "Shabwani Elite Forces")),
    # a fight told first with no side known (its toll only), then with both sides named in a
    # later sentence: the named pair are its sides, the unidentified doer gives way
    # (records._sides_told_later)
    ("قتل خمسة أشخاص في اشتباكات عنيفة ظهر الأحد في مدينة رداع. وأفاد شهود أن الاشتباكات "
     "اندلعت بين المسلحين الحوثيين ومسلحين قبليين.", date(2014, 10, 12),
     ("Houthi Movement", "Unidentified Tribal Militia (Yemen)")),
    ("قتل ثلاثة أشخاص في اشتباكات مسلحة مساء الأحد في مدينة بنغازي. وقالت مصادر إن الاشتباكات دارت "
     "بين قوات الجيش الوطني الليبي ومسلحي مجلس شورى ثوار بنغازي.", date(2016, 10, 12),
     ("LNA: Libyan National Army", "BRSC: Benghazi Revolutionaries Shura Council")),
    # an umbrella name (actors.tsv note umbrella=yes) specified by a named group after في
    # (فصائل المعارضة في "الجيش الوطني") is that group (role_words.group_after_partitive)
    ("تجددت الاشتباكات بين قوات سوريا الديمقراطية وفصائل المعارضة في \"الجيش الوطني\" قرب قرية عون الدادات.",
     date(2024, 12, 20), ("SDF: Syrian Democratic Forces", "SNA: Syrian National Army")),
    # press names the lexicon lacked (actors.tsv): Turkey-backed "forces" for the SNA, the
    # Hadramawt tribes for their alliance, Bedouin tribes without the article
    ("قتل عشرة عناصر من القوات المدعومة من تركيا في اشتباكات مع قوات سوريا الديمقراطية قرب سد تشرين.",
     date(2025, 1, 3), ("SNA: Syrian National Army", "SDF: Syrian Democratic Forces")),
    ("هاجمت قبائل حضرموت مواقع قوات الانتقالي في منطقة العبر وقتلت ثلاثة من عناصره.",
     date(2025, 12, 20), ("Hadramawt Tribal Alliance", "STC: Southern Transitional Council")),
    ("اندلعت اشتباكات بين عشائر بدوية مسلحة وفصائل درزية في قرية الدور غرب السويداء.",
     date(2025, 7, 15), ("Bedouin Ethnic Militia (Syria)", "Druze Ethnic Militia (Syria)")),
])
def test_round25_sides(pipeline, text, published, pair):
    got = events(pipeline, text, published=published)
    assert any({e.actor1, e.actor2} == set(pair) for e in got), got


@pytest.mark.parametrize("text, published, doer", [
    # ... but a relative clause ending the sentence names no second side
    ("قتل ثلاثة أشخاص في اشتباكات بين قوات الأمن العراقية ومسلحين في قضاء الطارمية الذي يشهد توترا منذ أشهر.",
     date(2022, 3, 1), "Police Forces of Iraq"),
    ("قصفت قوات النظام مواقع فصائل المعارضة في ريف حلب الغربي.", date(2016, 12, 22), "Opposition Rebels (Syria)"),
])
def test_round25_relative_alone(pipeline, text, published, doer):
    """(and the umbrella name followed by a place after في stays the umbrella)"""
    got = events(pipeline, text, published=published)
    assert got and all(doer in (e.actor1, e.actor2) for e in got), got


@pytest.mark.parametrize("text, published, n", [
    # an undated headline placed at a province or its seat ("near Baghdad") is the dated act in a
    # town of that province told in the body (merge._region_of): one event, not two
    ("مقتل عناصر من الحشد الشعبي في اشتباكات مع داعش قرب بغداد\nقتل ثلاثة عناصر من الحشد الشعبي "
     "ليل الجمعة في اشتباكات مع عناصر من تنظيم داعش في قضاء الطارمية شمال بغداد.", date(2020, 7, 25), 1),
])
def test_round25_one_event(pipeline, text, published, n):
    got = events(pipeline, text, published=published)
    assert len(got) == n, got

