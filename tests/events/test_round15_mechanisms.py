"""Mechanisms of the fifteenth round (issue #9), one report per row: the two sides named after
بين with a partitive (بين وحدات من الجيش وعناصر مسلحة), a person named after a death word as one
victim, an attempt survived as an act that killed no one, and who only told of an act on
civilians as no doer of it."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article
from tests.events.conftest import events


@pytest.mark.parametrize("text, want", [
    # بين + a unit noun + من: the army is the first side, whoever was wounded
    ("أصيب جندي تونسي في اشتباكات جرت أمس بين وحدات من الجيش التونسي وعناصر إرهابية مسلحة في جبل"
     " الشعانبي بولاية القصرين.",
     [("Armed clash", "Military Forces of Tunisia", "Unidentified Armed Group (Tunisia)")]),
    ("اندلعت اشتباكات عنيفة أمس بين عناصر من الجيش اليمني ومسلحين قبليين في مديرية نهم.",
     [("Armed clash", "Military Forces of Yemen", "Unidentified Tribal Militia (Yemen)")]),
    # armed "brigades" with an adjective are an armed group, not civilians
    ("هاجمت قوات اللواء خليفة حفتر مقار كتائب إسلامية في مدينة بنغازي، وقتل في الاشتباكات 43 شخصا.",
     [("Armed clash", "LNA: Libyan National Army", "Unidentified Armed Group (Libya)")]),
    # the state's media cell that reports a drone hitting a home in its capital did not fly it
    ("بغداد - استهدفت طائرة مسيرة مفخخة فجر اليوم الأحد منزلا في حي الجادرية وسط بغداد، بحسب خلية"
     " الإعلام الأمني.",
     [("Air/drone strike", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")]),
    # ... while a ministry reporting strikes on gunmen's positions names the side that struck
    ("قالت وزارة الدفاع الروسية إن غارات جوية استهدفت مواقع للمسلحين في ريف إدلب اليوم.",
     [("Air/drone strike", "Military Forces of Russia (2000-)", "Unidentified Armed Group (Syria)")]),
])
def test_round15_sides(pipeline, text, want):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text)] == want


@pytest.mark.parametrize("text, deaths, estimate", [
    # a person named right after the death word, bare or after a title, is one victim
    ("اغتيل محسن فخري زاده في هجوم مسلح استهدف سيارته في مدينة آبسرد شرق طهران.", 1, False),
    ("اغتيل العالم النووي الإيراني محسن فخري زاده في هجوم استهدف سيارته في مدينة آبسرد.", 1, False),
    ("قتل محمد الأحمد برصاص مجهولين في مدينة درعا.", 1, False),
    ("استشهد عبد الله أبو ملوح في قصف إسرائيلي على مخيم النصيرات.", 1, False),
    # على after a death word is no given name (علي is left out of the names)
    ("قتل على يد مسلحين مجهولين في مدينة درعا.", 10, True),
])
def test_a_named_person_is_one_victim(pipeline, text, deaths, estimate):
    (e,) = events(pipeline, text)
    assert (e.fatalities, e.fatalities_estimate) == (deaths, estimate)


@pytest.mark.parametrize("text, deaths", [
    # an attempt survived was made: an event, and its death word counts no one by itself
    ("نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال بطائرة مسيرة مفخخة استهدفت منزله في بغداد.", 0),
    ("نجا محافظ عدن من محاولة اغتيال بسيارة مفخخة استهدفت موكبه وقتل اثنان من مرافقيه.", 2),
])
def test_an_attempt_survived_is_an_act(pipeline, text, deaths):
    (e,) = events(pipeline, text)
    assert e.event_type == "Explosions/Remote violence" and e.fatalities == deaths


def test_an_attempt_not_made_is_no_act(pipeline):
    assert not events(pipeline, "حاول مسلحون اغتيال رئيس البلدية في مدينة الموصل.")


@pytest.mark.parametrize("text, want", [
    # an act named as what the protesters' dead died of, or remembered, is no act of today
    ("بيروت - اعتصم العشرات من أهالي ضحايا انفجار المرفأ أمام قصر العدل في بيروت للمطالبة بكشف الحقيقة.",
     [("Peaceful protest", "Protesters (Lebanon)", None)]),
    ("نظم المئات وقفة احتجاجية في ذكرى مجزرة الحولة في مدينة إدلب.",
     [("Peaceful protest", "Protesters (Syria)", None)]),
    # remains found in a mass grave are of killings long past
    ("الموصل - عثرت قوات الأمن العراقية على مقبرة جماعية تضم رفات 20 شخصا أعدمهم تنظيم داعش في قضاء سنجار.", []),
    # a count with منذ + a date over a month old is a period's total; one in a sub-clause is not
    ("وأحصى ناشطون محليون مقتل ألفي شخص في حلب منذ أيار الماضي، بينهم 3 مسعفين.", []),
    ("قتل 56 مدنيا في إدلب منذ أيار الماضي.", []),
    ("قتل ثلاثة جنود اليوم في هجوم على موقع للجيش في مدينة إدلب المحاصرة منذ أيار الماضي.",
     [("Armed clash", "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-2024)")]),
])
def test_past_acts_named_in_a_report(pipeline, text, want):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text)] == want


@pytest.mark.parametrize("text, want", [
    # a call for a ceasefire is no agreement (the participle of دعا is an appeal too)
    ("حذر المبعوث الأممي إلى اليمن من أن استمرار القتال في مأرب قد يؤدي إلى كارثة إنسانية، داعيا"
     " الأطراف إلى وقف إطلاق النار.", []),
    # a negation reaches a trigger after "any" past its verb; strikes that hit no one were made
    ("قالت مصادر محلية إن طائرات مجهولة حلقت فوق مدينة البوكمال دون أن تنفذ أي غارات.", []),
    ("لم تسجل أي اشتباكات في مدينة البوكمال اليوم.", []),
    ("قصفت طائرات مجهولة مدينة البوكمال دون أن تسفر الغارات عن إصابات.",
     [("Air/drone strike", "Unidentified Military Forces", None)]),
])
def test_calls_and_negations(pipeline, text, want):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text)] == want


@pytest.mark.parametrize("text, published, want", [
    # a dateline with the agency in brackets is the filing city, not the act's place
    ("باماكو (أ ف ب) - قتل تسعة جنود ماليين على الأقل وأصيب آخرون في هجوم شنه جهاديون على موقع للجيش في"
     " منطقة موبتي وسط البلاد.", date(2023, 3, 15), ("2023-03-15", "Mopti")),
    # a country inside a source's name (لجنة أطباء السودان) does not displace the dateline; a
    # definite nisba before الاثنين takes no pronoun, so الاثنين is Monday, not "the two"
    ("الخرطوم - قتل أربعة متظاهرين برصاص قوات الأمن السودانية الاثنين خلال احتجاجات رافضة لاستيلاء الجيش"
     " على السلطة، حسب لجنة أطباء السودان المركزية.", date(2021, 10, 26), ("2021-10-25", "Khartoum")),
])
def test_datelines_and_days(pipeline, text, published, want):
    (e,) = events(pipeline, text, published)
    assert (str(e.event_date), e.location) == want


def test_the_gunmen_who_attacked_a_crowd_are_the_force(pipeline):
    # protesters killed "when gunmen attacked" them: the gunmen intervened, not the police
    (e,) = events(pipeline, "بغداد - قتل 25 متظاهرا على الأقل ليل الجمعة عندما هاجم مسلحون مجهولون ساحة الخلاني"
                            " في وسط بغداد، بحسب مصادر طبية.", date(2019, 12, 6))
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Excessive force against protesters", "Protesters (Iraq)", "Unidentified Armed Group (Iraq)")


def test_amman_written_with_its_shadda(pipeline):
    # عمّان with the doubled consonant written is Amman, not Oman (عُمان)
    (e,) = events(pipeline, "عمّان - فضت قوات الدرك اعتصاما لعمال المياومة أمام وزارة الزراعة في عمّان، واعتقلت عددا منهم.")
    assert (e.sub_event_type, e.actor1, e.location) == ("Protest with intervention", "Protesters (Jordan)", "Amman")


@pytest.mark.parametrize("text", [
    # what was hit is named by another country's nisba: the act was not at the filing city
    "بيروت - أعلن حزب الله استهداف 11 موقعا إسرائيليا بأكثر من 320 صاروخ كاتيوشا ردا على اغتيال القيادي فؤاد شكر.",
    "صنعاء - أعلنت جماعة الحوثي استهداف سفينة أمريكية بصواريخ بحرية.",
])
def test_a_target_abroad_is_not_at_the_dateline(pipeline, text):
    evs = events(pipeline, text)
    assert evs and all(e.geo_precision == 3 and "place_from_document" in e.flags for e in evs)


@pytest.mark.parametrize("text, want", [
    # the attackers named again by a definite generic noun are the group the clause named (the
    # attacker first, the repeller second: actors31, the lead's convention)
    ("مصراتة - أعلنت قوات حكومة الوفاق صد هجوم لمرتزقة فاغنر على تمركزاتها غرب مدينة سرت، مؤكدة مقتل ثلاثة"
     " من المهاجمين.", ("Armed clash", "Wagner Group",
                        "Military Forces of Libya (2016-2021) Government of National Accord", 3)),
    # a count with من past the kill verb's subject is its object
    ("هاجم مسلحون من حركة الشباب قاعدة للجيش في بلدة أفجوي، وقتل الجيش خمسة من المهاجمين.",
     ("Armed clash", "Al Shabaab", "Military Forces of Somalia", 5)),
    # an attack that burned houses and hurt no one is property destruction
    ("أفادت مصادر محلية بأن قوات الدعم السريع هاجمت قرية أبو جابرة في ولاية شرق دارفور وأحرقت عشرات المنازل.",
     ("Looting/property destruction", "RSF: Rapid Support Forces", "Civilians (Sudan)", 0)),
    ("هاجم مستوطنون قرية حوارة وأحرقوا منازل وأصابوا ثلاثة فلسطينيين.",
     ("Attack", "Settlers (Israel)", "Civilians (Palestine)", 0)),
])
def test_who_fell_and_what_burned(pipeline, text, want):
    (e,) = events(pipeline, text, date(2020, 9, 18))
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == want


@pytest.mark.parametrize("text, want", [
    # a clash verb's two coordinated subjects fought each other, unless مع names the other side
    ("تبادلت قوات الجيش السوري وفصائل المعارضة القصف المدفعي على محاور جبل الزاوية جنوب إدلب.",
     [("Armed clash", "Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)")]),
    ("اشتبكت قوات الجيش وقوات الأمن مع مسلحين مجهولين في بلدة الصنمين.",
     [("Armed clash", "Military Forces of Syria (2000-2024)", "Unidentified Armed Group (Syria)")]),
    # a death word after a charge noun is the charge, not an act
    ("داهمت قوات الأمن العراقية منزلا في حي الجهاد ببغداد واعتقلت مطلوبا بقضايا قتل.",
     [("Arrests", "Police Forces of Iraq", None)]),
])
def test_reciprocal_subjects_and_charges(pipeline, text, want):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text, date(2022, 9, 1))] == want


@pytest.mark.parametrize("text, actor1", [
    # resistance media's names for Israel's forces
    ("اعتقلت القوات الصهيونية خمسة شبان في مدينة نابلس.", "Military Forces of Israel"),
    ("شن الطيران الصهيوني غارات على مدينة رفح.", "Military Forces of Israel"),
])
def test_israel_by_its_adversaries_names(pipeline, text, actor1):
    (e,) = events(pipeline, text, date(2012, 3, 9))
    assert e.actor1 == actor1


def test_the_side_that_took_a_town_others_left_leads(pipeline):
    # the side that withdrew (named after انسحاب in the sub-clause) is actor2 of the transfer
    (e,) = events(pipeline, "أعلنت هيئة تحرير الشام سيطرتها على بلدة كفرنبل بعد انسحاب فصائل الجيش الوطني منها دون قتال.",
                  date(2020, 1, 15))
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Non-violent transfer of territory", "HTS: Hayat Tahrir al-Sham", "SNA: Syrian National Army")


def test_a_regime_named_by_its_leader_is_no_town(pipeline):
    # نظام بشار الأسد: بشار is a person after نظام, not Béchar (Algeria)
    doc = pipeline(Article("t", "أعلنت فصائل المعارضة سقوط نظام بشار الأسد.", published=date(2024, 12, 8)))
    assert not any(m.kind == "place" for m in doc.mentions)


@pytest.mark.parametrize("text, published, want", [
    # a named area's record (الغوطة الشرقية) restating the act at a town inside it folds into the town's
    ("دمشق - قتل خمسة مدنيين في غارات جوية روسية على الغوطة الشرقية اليوم الأحد.\nوقال ناشطون إن الطائرات"
     " الروسية شنت غارات على مدينة دوما، ما أدى إلى مقتل خمسة مدنيين.", date(2017, 4, 16),
     [("2017-04-16", "Air/drone strike", "Military Forces of Russia (2000-)", "Duma")]),
    # a headline with no day of its own that the body tells again, dated, at the same place; the
    # air defence that met the missiles is not their doer
    ("الدفاعات الجوية السورية تصدت لصواريخ إسرائيلية استهدفت مطار دمشق\nأعلنت وسائل إعلام سورية رسمية أن"
     " صواريخ إسرائيلية استهدفت مطار دمشق الدولي في وقت متأخر من مساء الاثنين.", date(2023, 4, 4),
     [("2023-04-03", "Air/drone strike", "Military Forces of Israel", "Damascus International Airport")]),
    # where the fight disrupted flights is not where it was fought
    ("طرابلس - اندلعت اشتباكات مساء أمس بين تشكيلين مسلحين في منطقة عين زارة جنوبي العاصمة طرابلس.\n"
     "واستخدمت في الاشتباكات الأسلحة الثقيلة، ما أدى إلى تعليق الرحلات في مطار معيتيقة الدولي لساعات.",
     date(2023, 8, 15), [("2023-08-14", "Armed clash", "Unidentified Armed Group (Libya)", "Tripoli")]),
])
def test_one_record_per_act_at_its_own_place(pipeline, text, published, want):
    got = [(str(e.event_date), e.sub_event_type, e.actor1, e.location) for e in events(pipeline, text, published)]
    assert got == want


@pytest.mark.parametrize("text, actor1", [
    # an air strike by no named side is by unidentified military forces (aircraft are states'),
    # a drone strike may be an armed group's
    ("قتل ما لا يقل عن 15 شخصا في غارات جوية على سوق في مدينة الأتارب، وفق الدفاع المدني.", "Unidentified Military Forces"),
    ("قتل ثلاثة مدنيين بقصف طائرة مسيرة على قرية في ريف إدلب.", "Unidentified Armed Group (Syria)"),
])
def test_the_doer_of_an_unattributed_air_strike(pipeline, text, actor1):
    (e,) = events(pipeline, text, date(2017, 11, 5))
    assert (e.sub_event_type, e.actor1) == ("Air/drone strike", actor1)


@pytest.mark.parametrize("text, location", [
    # a dateline that names a country whose capital bears its name is the capital; a time word
    # after العاصمة is no town (يوم was Yom, South Sudan)
    ("الجزائر - نظم مئات الطلبة مسيرة في العاصمة يوم الثلاثاء 13 أفريل للمطالبة بدولة مدنية.", "Algiers"),
    ("الكويت - تجمع العشرات من البدون أمام مجلس الأمة للمطالبة بالجنسية.", "Kuwait City"),
    ("البحرين - تجمع العشرات في وقفة احتجاجية للمطالبة بالإفراج عن المعتقلين.", "Bahrain"),
])
def test_a_dateline_country_named_like_its_capital(pipeline, text, location):
    (e,) = events(pipeline, text, date(2021, 4, 20))
    assert e.location == location


@pytest.mark.parametrize("text, want", [
    # arrests told by the Maghrebi أوقف past the day and place before the object; تحييد kills
    ("أوقفت الشرطة في الدار البيضاء أمس 4 أشخاص.", ("Arrests", "Police Forces of Morocco", 0)),
    ("أعلنت وزارة الدفاع التركية تحييد 4 إرهابيين في منطقة غارا شمال العراق أمس.",
     ("Armed clash", "Military Forces of Turkey", 4)),
    # one-sided violence: the person shot comes before the checkpoint where it happened; a
    # profession is a civilian victim; gunmen "believed to be of" a group are that group
    ("أطلق جنود الاحتلال النار على الشاب أحمد عمر عند حاجز حوارة أمس، ما أدى إلى استشهاده.",
     ("Attack", "Military Forces of Israel", 1)),
    ("قتل مسلحون مجهولون مدير مدرسة في مدينة تعز.", ("Attack", "Unidentified Armed Group (Yemen)", 1)),
    ("أعدم مسلحون يعتقد أنهم من حركة الشباب رجلين رميا بالرصاص في بلدة أفجوي.", ("Attack", "Al Shabaab", 2)),
    # a singular victim joined after a count and its adjective; deaths an act answers are not its toll
    ("قتل 20 جنديا نيجريا ومدني في هجوم على قرية في تيلابيري.", ("Armed clash", "Unidentified Armed Group (Niger)", 21)),
    ("شنت طائرات مصرية غارات على مواقع لتنظيم داعش في مدينة درنة ردا على ذبح 21 مصريا.",
     ("Air/drone strike", "Military Forces of Egypt", 0)),
])
def test_redteam_classes(pipeline, text, want):
    (e,) = events(pipeline, text, date(2024, 3, 7))
    assert (e.sub_event_type, e.actor1, e.fatalities) == want


@pytest.mark.parametrize("text, want", [
    # a court's verb is no قضى على; a fire that broke out is no attack; a forecast is no act
    ("قضت محكمة جنايات القاهرة اليوم بالسجن المؤبد على 10 متهمين في قضية خلية داعش حلوان.", []),
    ("قتل ثلاثة أشخاص في حريق اندلع بسوق في بغداد.", []),
    ("نفت قيادة العمليات المشتركة تعرض أي قاعدة عسكرية لقصف صاروخي في بغداد، مؤكدة أن الانفجار ناتج عن حريق.", []),
    ("توقعت الأمم المتحدة أن تندلع معارك جديدة في الفاشر.", []),
    ("تتوقع مصادر عسكرية أن تشن القوات هجوما على مدينة الفاشر.", []),
    ("قضت قوات الأمن على 5 إرهابيين في اشتباك بمدينة العريش.",
     [("Armed clash", "Police Forces of Egypt", "Unidentified Armed Group (Egypt)")]),
    # a clan dispute or armed incident between families is a communal fight
    ("قتل شخصان في نزاع عشائري بين عشيرتين في قضاء القرنة.",
     [("Armed clash", "Unidentified Tribal Militia (Iraq)", "Unidentified Tribal Militia (Iraq)")]),
    ("قتل شخصان بإشكال مسلح بين آل جعفر وآل شمص في الهرمل.",
     [("Armed clash", "Unidentified Tribal Militia (Lebanon)", "Unidentified Tribal Militia (Lebanon)")]),
])
def test_redteam_non_events_and_communal_fights(pipeline, text, want):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text, date(2024, 3, 7))] == want


@pytest.mark.parametrize("text, published, want", [
    # bare المقاومة الإسلامية is Hezbollah (Iraq's is named with في العراق); the soldiers of the army named
    # after them; a salvo is shelling
    ("بيروت - أعلنت المقاومة الإسلامية أن مجاهديها استهدفوا تجمعا لجنود جيش العدو الإسرائيلي في مستعمرة"
     " المطلة بصلية صاروخية.", date(2024, 6, 10),
     ("Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel")),
    ("بغداد - أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير الأمريكية في أربيل بطائرة مسيرة.",
     date(2024, 1, 20), ("Air/drone strike", "Islamic Resistance in Iraq", "Military Forces of the United States")),
    # (round 16: a named base with its state's adjective is that state's forces hit)
    # the group after بقيادة leads; the group whose uniform the attackers wore is no side hit
    ("سيطرت فصائل المعارضة بقيادة هيئة تحرير الشام على مدينة حماة بعد معارك مع قوات النظام.", date(2024, 12, 5),
     ("Non-state actor overtakes territory", "HTS: Hayat Tahrir al-Sham", "Military Forces of Syria (2000-2024)")),
    ("اختطف مسلحون يرتدون زي الدعم السريع خمس فتيات من قرية في ولاية الجزيرة.", date(2024, 3, 7),
     ("Abduction/forced disappearance", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)")),
])
def test_redteam_actors(pipeline, text, published, want):
    (e,) = events(pipeline, text, published)
    assert (e.sub_event_type, e.actor1, e.actor2) == want


@pytest.mark.parametrize("text, want", [
    # a force that takes over a town handed over is a transfer; an official taking up duties is none
    ("تسلمت قسد مدينة دير الزور بعد انسحاب قوات النظام منها دون قتال.",
     [("Non-violent transfer of territory", "SDF: Syrian Democratic Forces", "Military Forces of Syria (2000-2024)")]),
    ("تسلم الوزير مهامه في مدينة دير الزور.", []),
])
def test_handovers(pipeline, text, want):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text, date(2017, 9, 20))] == want


def test_a_similar_vigil_elsewhere_is_a_protest_there(pipeline):
    got = [(str(e.event_date), e.location) for e in events(
        pipeline, "تظاهر المئات في بنغازي أمس للمطالبة بإجراء الانتخابات. وفي مصراتة، خرج العشرات في وقفة مماثلة.",
        date(2024, 3, 7))]
    assert got == [("2024-03-06", "Benghazi"), ("2024-03-06", "Misratah")]


@pytest.mark.parametrize("text, deaths", [
    # a count with من + its group before the death verb (not "several" = 10)
    ("قال المرصد إن 5 عناصر من قوات النظام قتلوا أمس في اشتباكات بريف حمص.", 5),
    ("قال المرصد إن 5 عناصر من قوات النظام و2 من المسلحين قتلوا أمس في اشتباكات بريف حمص.", 7),
])
def test_counts_of_a_group_before_the_death_verb(pipeline, text, deaths):
    (e,) = events(pipeline, text, date(2024, 3, 7))
    assert e.fatalities == deaths


def test_the_named_dead_of_a_dual_count_are_those_two(pipeline):
    (e,) = events(pipeline, "نعت المقاومة الإسلامية الشهيدين حسن فياض ومحمد قاسم اللذين ارتقيا بغارة على سيارة في بلدة عيترون.",
                  date(2024, 5, 16))
    assert e.fatalities == 2


@pytest.mark.parametrize("text, actor1", [
    # a sniper by nationality; the subject of a said clause after بأن acts in it
    ("استشهد الصحفي محمد ياغي برصاص قناص إسرائيلي في مخيم جنين.", "Military Forces of Israel"),
    ("أفادت مصادر محلية بأن قوات الاحتلال أعدمت ميدانيا المسن محمد علي في بلدة بيت لاهيا.", "Military Forces of Israel"),
])
def test_doers_in_said_clauses_and_snipers(pipeline, text, actor1):
    (e,) = events(pipeline, text, date(2024, 1, 9))
    assert (e.sub_event_type, e.actor1) == ("Attack", actor1)


def test_a_dual_joined_after_a_count(pipeline):
    (e,) = events(pipeline, "قتل 4 جنود ومدنيان في هجوم على مدينة درعا.", date(2024, 3, 7))
    assert e.fatalities == 6


def test_a_dual_counted_as_a_list_item_is_not_added_twice(pipeline):
    (e,) = events(pipeline, "قتل سبعة أطفال وامرأتان في غارة على مدينة إدلب.", date(2024, 3, 7))
    assert e.fatalities == 9


def test_a_named_victim_and_the_others_counted_with_him(pipeline):
    (e,) = events(pipeline, "أعلنت حماس استشهاد القيادي صالح العاروري وستة آخرين في غارة إسرائيلية على الضاحية الجنوبية"
                            " لبيروت.", date(2024, 1, 3))
    assert e.fatalities == 7


@pytest.mark.parametrize("text, want", [
    # the next day after the act told before, and the same day
    ("وثق المرصد السوري مقتل 30 مدنيا في هجمات على قرى في ريف جبلة يوم الخميس. وفي اليوم التالي، وثق المرصد"
     " مقتل 52 مدنيا في مدينة بانياس.", ["2025-03-06", "2025-03-07"]),
    ("وثق المرصد السوري مقتل 30 مدنيا في هجمات على قرى في ريف جبلة يوم الخميس. وفي اليوم ذاته، قتل 5 مدنيين"
     " في مدينة بانياس.", ["2025-03-06", "2025-03-06"]),
])
def test_the_day_after_and_the_same_day(pipeline, text, want):
    assert [str(e.event_date) for e in events(pipeline, text, date(2025, 3, 9))] == want
