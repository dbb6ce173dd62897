"""Mechanisms of the eighteenth round (issue #9), one report per row."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article
from tests.events.conftest import events


@pytest.mark.parametrize("text, published, deaths", [
    # people named by their nationality are counted like any victim noun: a count before them,
    # or the numeral of one and two after them (Arabic puts 1 and 2 after the noun)
    ("قتلت القوات الإسرائيلية أمس ثلاثة فلسطينيين في مخيم نور شمس.", date(2024, 3, 10), 3),
    ("قتلت القوات الإسرائيلية أمس فلسطينيين اثنين في مخيم نور شمس.", date(2024, 3, 10), 2),
    ("أعلنت وزارة الصحة مقتل فلسطينيين اثنين برصاص الجيش الإسرائيلي في مخيم جنين.", date(2024, 3, 10), 2),
    ("قتل مسلحون خمسة عراقيين في هجوم على حافلة في قضاء بلد.", date(2024, 3, 10), 5),
    # ... and with no count they are an unnumbered toll (CODING.md: 10)
    ("قتلت القوات الإسرائيلية أمس فلسطينيين في مخيم نور شمس.", date(2024, 3, 10), 10),
    # a man named by his nationality right after the death word is one dead
    ("وقتل عراقي وأصيب آخر بانفجار عبوة لاصقة في منطقة الكرادة وسط بغداد.", date(2008, 1, 1), 1),
    ("قتل فلسطيني برصاص الاحتلال في مخيم جنين.", date(2008, 1, 1), 1),
    # a bare count past the kill verb's subject is its object
    ("قتلت القوات العراقية سبعة في حي العامل ببغداد.", date(2008, 1, 1), 7),
    ("قتل مسلحون ثلاثة في هجوم على قرية قرب بعقوبة.", date(2008, 1, 1), 3),
    # a number in a building's name is no count (مسجد العشرة المبشرة)
    ("قالت قوات الأمن إنها قتلت ستة وجرحت اثنين آخرين قرب مسجد العشرة المبشرة في حي الجهاد ببغداد.", date(2008, 1, 1), 6),
    # one and two follow the noun they count; a count after a preposition is no object
    ("أسفر القصف على مدينة حلب أمس عن مقتل خمسة أشخاص من عائلة واحدة.", date(2008, 1, 1), 5),
])
def test_round18_tolls(pipeline, text, published, deaths):
    (e,) = events(pipeline, text, published=published)
    assert e.fatalities == deaths


@pytest.mark.parametrize("text, actor1", [
    # a verb joined by و to the sentence's first verb shares its subject, across a comma
    ("واصلت القوات الإسرائيلية عملياتها في الضفة الغربية، وقتلت أمس شابين في مخيم نور شمس.",
     "Military Forces of Israel"),
    ("داهمت القوات الإسرائيلية منازل في الضفة الغربية، وقتلت أمس شابين في مخيم نور شمس.",
     "Military Forces of Israel"),
    # ... a country named as that subject is its military
    ("واصلت إسرائيل عدوانها على الضفة الغربية وقتلت أمس شابين في مخيم نور شمس.",
     "Military Forces of Israel"),
    # a speaker is no subject of the act it tells
    ("قال مسؤول في وزارة الصحة الفلسطينية، وقتل أمس شابان في مخيم نور شمس برصاص مجهولين.",
     "Unidentified Armed Group (Palestine)"),
])
def test_round18_elided_subject(pipeline, text, actor1):
    (e,) = [e for e in events(pipeline, text, published=date(2024, 3, 10)) if e.fatalities]
    assert e.actor1 == actor1


@pytest.mark.parametrize("text, actor1, actor2", [
    # a nationality after a noun of irregular fighters is theirs, no state's
    ("استهدفت الفصائل العراقية قاعدة أمريكية في محافظة الأنبار بطائرة مسيرة.",
     "Unidentified Armed Group (Iraq)", "Military Forces of the United States"),
    ("أطلقت ميليشيات عراقية صواريخ على قاعدة عين الأسد في الأنبار.",
     "Unidentified Armed Group (Iraq)", None),
    # a military object and a nationality: that state's forces were hit, also where the
    # places stage read the adjective as a place after its class word (قاعدة تركية)
    ("قصف مسلحون بقذائف الهاون قاعدة تركية في ريف حلب الشمالي.",
     "Unidentified Armed Group (Syria)", "Military Forces of Turkey"),
    ("قصف مقاتلون أكراد بقذائف الهاون قاعدة عسكرية تركية في ريف حلب الشمالي.",
     "Unidentified Armed Group (Syria)", "Military Forces of Turkey"),
])
def test_round18_nationality_of_whom(pipeline, text, actor1, actor2):
    (e,) = events(pipeline, text, published=date(2024, 3, 10))
    assert (e.actor1, e.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text", [
    # a civilian's occupation in the singular: the one killed, a civilian (CODING.md)
    "وفي اليوسفية جنوب بغداد قتل مسلحون مترجما صباح اليوم.",
    "وفي اليوسفية جنوب بغداد قتل مسلحون كاهنا صباح اليوم.",
    "وفي اليوسفية جنوب بغداد قتل مسلحون مقاولا صباح اليوم.",
])
def test_round18_occupations(pipeline, text):
    (e,) = events(pipeline, text, published=date(2008, 1, 1))
    assert (e.sub_event_type, e.actor2, e.fatalities) == ("Attack", "Civilians (Iraq)", 1)


@pytest.mark.parametrize("text", [
    # a count right after an unvocalized kill verb is the killed (passive), so the force after
    # it is the one the blast targeted, not the killer
    "وقتل خمسة في تفجير عبوة ناسفة استهدفت دورية للشرطة قرب الخالص.",
    "وقتل خمسة بينهم شرطيان في تفجير عبوة ناسفة استهدفت دورية للشرطة قرب الخالص.",
])
def test_round18_count_after_kill_verb(pipeline, text):
    (e,) = events(pipeline, text, published=date(2008, 1, 1))
    assert (e.actor1, e.actor2, e.fatalities) == ("Unidentified Armed Group (Iraq)", "Police Forces of Iraq", 5)


@pytest.mark.parametrize("text, events_found", [
    # an event noun with the suffix ي right after another word is a nisba adjective (an
    # assault rifle), not "my attack"
    ("اشترت الحكومة من روسيا خمسين ألف رشاش هجومي بقيمة 30 مليون دولار لتسليح الجيش.", 0),
    # ... but a protest adjective still tells a protest
    ("نظم عشرات المعلمين وقفة احتجاجية أمام مقر وزارة التربية في بغداد.", 1),
])
def test_round18_adjective_suffix(pipeline, text, events_found):
    assert len(events(pipeline, text, published=date(2008, 1, 1))) == events_found


@pytest.mark.parametrize("text, deaths", [
    # a count after another verb joined to the kill verb is that verb's (the arrested)
    ("قالت الشرطة إنها قتلت ثلاثة واعتقلت 14 خلال مداهمة في حي الغزالية ببغداد.", 3),
    # people named after a share word are among the count (منهم طفل وامرأتان)
    ("قتل 9 أشخاص منهم طفل وامرأتان في تفجير استهدف سوقا في كابول.", 9),
    # the dual of a noun with a broken plural is two (صبي، صبية: صبيان)
    ("قتل صبيان في غارة على بلدة بيت حانون.", 2),
])
def test_round18_toll_parts(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, published=date(2008, 1, 1)) if e.fatalities] == [deaths]


@pytest.mark.parametrize("text", [
    # no Palestinian side flies: an aircraft or an air strike over Gaza with no doer named is Israel's
    "قصفت طائرات حربية منزلا في حي الزيتون شرق مدينة غزة ما أدى إلى استشهاد ثلاثة مواطنين.",
    "استشهد ثلاثة مواطنين في غارة على منزل في حي الشجاعية شرق مدينة غزة.",
])
def test_round18_aircraft_over_gaza(pipeline, text):
    (e,) = events(pipeline, text, published=date(2008, 1, 1))
    assert (e.actor1, e.actor2, e.fatalities) == ("Military Forces of Israel", "Civilians (Palestine)", 3)


def test_round18_tank_hit_near_a_town(pipeline):
    # the nationality of what a blast hit names the side hit, also where the places stage read
    # the adjective as a spot near the town after it
    (e,) = events(pipeline, "انفجرت عبوة ناسفة بدبابة إسرائيلية قرب بلدة كفرشوبا.", published=date(2008, 1, 1))
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group (Lebanon)", "Military Forces of Israel")


@pytest.mark.parametrize("text", [
    # a claim told in a statement or a recording: the claimant did it; the vehicle attacked is
    # the side hit, no means of the attack (no shelling)
    "تبنى تنظيم القاعدة هجوما على مدرعة أمريكية قرب بلدة الطارمية شمال بغداد.",
    "تبنى تنظيم القاعدة في شريط مصور هجوما على دبابة أمريكية قرب بلدة الطارمية شمال بغداد.",
])
def test_round18_claimed_attack_on_a_vehicle(pipeline, text):
    (e,) = events(pipeline, text, published=date(2008, 1, 1))
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", "Al Qaeda", "Military Forces of the United States")


def test_round18_stated_distance_locates(pipeline):
    # a city placed by a stated distance from another (على بعد 255 كلم شمال شرق بغداد): the
    # act is in the first
    (e,) = events(pipeline, "وفي الموصل، على بعد 400 كلم شمال بغداد، قتل 11 شخصا في انفجار شاحنة مفخخة قرب السوق.",
                  published=date(2008, 1, 1))
    assert (e.location, e.fatalities) == ("Mosul", 11)


@pytest.mark.parametrize("text, actor2", [
    # whom the victim worked for is no side of the act: the victim is a civilian
    ("قتل مسلحون مترجما يعمل في قاعدة عسكرية أمريكية في اليوسفية جنوب بغداد.", "Civilians (Iraq)"),
    ("اختطف مسلحون موظفا يعمل لدى الأمم المتحدة في مدينة الموصل.", "Civilians (Iraq)"),
])
def test_round18_employer_is_no_side(pipeline, text, actor2):
    (e,) = events(pipeline, text, published=date(2008, 1, 1))
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group (Iraq)", actor2)


@pytest.mark.parametrize("text, n", [
    # a match report's attacks and control are a team's
    ("سيطر المنتخب المغربي على الشوط الثاني وشن هجوما تلو الآخر على مرمى الضيوف حتى نهاية المباراة في الرباط.", 0),
    # ... but violence around a match is violence
    ("هاجم مشجعون غاضبون حافلة الفريق الضيف بعد المباراة في مدينة الإسكندرية.", 1),
])
def test_round18_sports_sense(pipeline, text, n):
    assert len(events(pipeline, text, published=date(2008, 1, 1))) == n


def test_round18_object_past_a_place(pipeline):
    # an accusative person past the place told after the subject is the verb's object: the
    # verb is active, its subject the killers
    (e,) = events(pipeline, "قتل مسلحون في اليوسفية جنوب بغداد مترجما يعمل في قاعدة عسكرية أمريكية.",
                  published=date(2008, 1, 1))
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == (
        "Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", 1)


def test_round18_off_the_coast(pipeline):
    # an act at sea told off a coastal town (في البحر الأحمر قبالة الحديدة) is coded at the town,
    # not at Sudan's Red Sea state
    (e,) = events(pipeline, 'وقال الحوثيون: "استهدفنا سفينة تجارية في البحر الأحمر قبالة الحديدة".',
                  published=date(2024, 3, 10))
    assert (e.actor1, e.country, e.location) == ("Houthi Movement", "Yemen", "Al Hudaydah")


@pytest.mark.parametrize("text, want", [
    # a bare count after the verb, then an act noun with its doer: that group did it
    ("قتل ثلاثة قرويين في هجوم لجماعة أنصارو في ولاية كادونا.", ("Attack", "Ansaru", "Civilians (Nigeria)", 3)),
    ("قتل ثلاثة في هجوم لجماعة أنصارو في ولاية كادونا.", ("Attack", "Ansaru", "Civilians (Nigeria)", 3)),
    # a nationality adjective with the article is no man killed (طيران العدوان السعودي الأمريكي)
    ("ارتكب طيران العدوان السعودي الأمريكي مجزرة جديدة باستهدافه سوقا شعبيا في مديرية مستبأ بمحافظة حجة،"
     " ما أسفر عن استشهاد 22 مواطنا.", ("Air/drone strike", "Military Forces of Saudi Arabia", "Civilians (Yemen)", 22)),
])
def test_round18_doer_of_the_act_noun(pipeline, text, want):
    (e,) = events(pipeline, text, published=date(2022, 8, 14))
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == want


@pytest.mark.parametrize("text, suffixed", [
    # a verb with an object pronoun names its subject after it (بعد أن قصفته المدفعية التركية):
    # roles.assign takes the actor right after such a verb as its subject, not one before it
    ("قصفته المدفعية", True), ("قصفتهما المدفعية", True), ("قتلهم المسلحون", True),
    ("قصفت المدفعية", False), ("قتل المسلحون", False),
])
def test_round18_object_pronoun_on_a_verb(pipeline, text, suffixed):
    from hadath.events.role_words import object_suffixed

    doc = pipeline(Article("t", text, published=date(2019, 10, 14)))
    assert object_suffixed(doc.tokens[0]) is suffixed


@pytest.mark.parametrize("text", [
    # deaths and damage by weather, water, electricity or disease are no political violence
    "توفي شخصان في منطقة ضبعة بعد أن داهم السيل سيارتهما.",
    "لقي شاب مصرعه إثر سقوط جدار بسبب شدة الرياح في مدينة سوهاج.",
    "توفي ممرض في مستشفى بمكة المكرمة بعد إصابته بفيروس كورونا.",
    "انفجار أحد محولات الكهرباء في حفر الباطن بسبب الأمطار.",
])
def test_round18_natural_causes(pipeline, text):
    assert events(pipeline, text, published=date(2020, 3, 14)) == ()


def test_round18_rioters_evidence(pipeline):
    # rioters named as protesters (أحرق المتظاهرون): the record's actor1 points at those words
    text = "وأحرق المتظاهرون عشرين سيارة وكسروا مكاتب الشركة في مدينة البصرة."
    (e,) = events(pipeline, text, published=date(2018, 9, 6))
    assert e.actor1 == "Rioters (Iraq)"
    assert [text[s.start:s.end] for s in e.evidence["actor1"]] == ["المتظاهرون"]


@pytest.mark.parametrize("text, sides", [
    # unnamed fighters named by their group after من: the group is the side, whichever rule
    # chose the unnamed words (here the clash's partner)
    ("أعلن الحرس الثوري مقتل ثلاثة من عناصره في اشتباك مع مسلحين من جماعة كوملة قرب مريوان.",
     {"Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", "Komala Party of Iranian Kurdistan"}),
    ("قتل ثلاثة جنود في هجوم لمسلحين من الحراك الجنوبي على موقع للجيش في مدينة الضالع.",
     {"Military Forces of Yemen", "Southern Movement"}),
])
def test_round18_named_after_partitive(pipeline, text, sides):
    (e,) = events(pipeline, text, published=date(2018, 7, 23))
    assert {e.actor1, e.actor2} == sides


def test_round18_clash_sides_over_the_counted(pipeline):
    # 'N people were killed in clashes between X and Y': the two sides, not civilians (the
    # second side past و and a member noun: وعناصر منظمة بدر)
    (e,) = events(pipeline, "قتل 52 شخصا في اشتباكات بين ميليشيا جيش المهدي وعناصر منظمة بدر قرب المراقد في كربلاء.",
                  published=date(2007, 8, 28))
    assert (e.sub_event_type, {e.actor1, e.actor2}, e.fatalities) == ("Armed clash", {"Mahdi Army", "Badr Organization"}, 52)


def test_round18_group_name_is_no_story_place(pipeline):
    # a place inside a group's name (ألوية الناصر صلاح الدين) is no region of the story: the
    # record with no place of its own gets none from it
    (e,) = events(pipeline, "أعلنت ألوية الناصر صلاح الدين الجناح العسكري للجان المقاومة الشعبية قصف موقع عسكري"
                            " بقذائف الهاون.", published=date(2012, 11, 18))
    assert (e.actor1, e.admin1) == ("Popular Resistance Committees", None)


@pytest.mark.parametrize("text", [
    # a preposition is no one-word place, whatever the story's country (تحت: Taht, Syria)
    "هرب عشرات المشتبه بانتمائهم لداعش من سجن تحت سيطرة قسد في ريف الحسكة.",
])
def test_round18_prepositions_are_no_places(pipeline, text):
    doc = pipeline(Article("t", text, published=date(2019, 10, 14)))
    assert "تحت" not in [doc.text[m.span.start:m.span.end] for m in doc.mentions if m.kind == "place"]


@pytest.mark.parametrize("text, published, actor1", [
    # قوات التحالف by the date and the country: the US-led force in Iraq before 2012, the
    # coalition against Daesh from its founding (September 2014), the Saudi-led one in Yemen
    ("ذكرت مصادر في الشرطة ان قوات التحالف قصفت فجر اليوم منزلا في قرية قرب بعقوبة، ما أسفر عن مقتل مدني.",
     date(2008, 1, 1), "Military Forces of the United States"),
    ("قصفت قوات التحالف مواقع لداعش في الموصل.", date(2016, 5, 1), "Global Coalition Against Daesh"),
    ("قصفت قوات التحالف مواقع للحوثيين في صعدة.", date(2016, 5, 1), "Military Forces of Saudi Arabia"),
])
def test_round18_coalitions_by_date(pipeline, text, published, actor1):
    (e,) = events(pipeline, text, published=published)
    assert e.actor1 == actor1


def test_round18_un_observers(pipeline):
    # international observers and UN staff are the UN's side
    (e,) = events(pipeline, "قتل أربعة مراقبين دوليين جراء غارة جوية إسرائيلية على موقع للأمم المتحدة في بلدة الخيام"
                            " جنوب لبنان.", published=date(2006, 7, 26))
    assert (e.actor1, e.actor2, e.fatalities) == ("Military Forces of Israel", "United Nations", 4)
