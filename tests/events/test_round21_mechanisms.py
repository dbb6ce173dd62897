"""Mechanisms of the twenty-first round (issue #9), one report per row."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, actor1", [
    # التنظيم with no group named is the Islamic State only from ISIS's founding on: in a 2007
    # Iraqi report it is no Islamic State (lexicons/actors_anaphors.tsv, since)
    ("قتل ثلاثة جنود في هجوم للتنظيم على حاجز قرب مدينة الموصل أمس.", date(2007, 3, 10),
     "Unidentified Armed Group (Iraq)"),
    ("قتل ثلاثة جنود في هجوم للتنظيم على حاجز قرب مدينة الموصل أمس.", date(2016, 3, 10),
     "Islamic State (Iraq)"),
    # النظام with no government named, in a Syrian report before the fall of the Assad government:
    # its forces (actors_anaphors.tsv, until; actors_words.tsv state_anaphor_head)
    ("قتل ثلاثة مدنيين جراء غارات النظام على بلدة كفرنبل جنوب إدلب.", date(2019, 6, 10),
     "Military Forces of Syria (2000-2024)"),
    ("قتل ثلاثة مدنيين بقصف صاروخي للنظام على بلدة كفرنبل جنوب إدلب.", date(2019, 6, 10),
     "Military Forces of Syria (2000-2024)"),
])
def test_round21_anaphor_defaults_by_date(pipeline, text, published, actor1):
    got = events(pipeline, text, published=published)
    assert any(e.actor1 == actor1 for e in got), got


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    # ملغومة is مفخخة: a car bomb is the weapon, the side after استهدف the one hit - also where
    # the police only tell it
    ("أعلنت الشرطة أن عشرة على الأقل قتلوا في هجوم انتحاري بسيارة ملغومة استهدف دورية للجيش العراقي في شرق بغداد.",
     "Suicide bomb", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"),
    ("انفجرت سيارة ملغومة قرب سوق شعبي في مدينة الموصل ما أدى إلى مقتل ثلاثة مدنيين.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    # a religious community or pilgrims hit are civilians (triggers_victims.tsv)
    ("قتل 20 شخصا وأصيب 70 في هجوم انتحاري منسق على الطائفة اليزيدية في الموصل.",
     "Suicide bomb", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    ("قتل خمسة مسيحيين في هجوم مسلح على كنيسة في مدينة المنيا.",
     "Attack", "Unidentified Armed Group (Egypt)", "Civilians (Egypt)"),
    # a surface-to-surface missile is fired from the ground: no air strike
    ("أطلقت القوات الإسرائيلية صاروخ أرض أرض على مدرسة في بيت حانون شمال قطاع غزة فقتلت مدرسا.",
     "Shelling/artillery/missile attack", "Military Forces of Israel", "Civilians (Palestine)"),
    # فيما يبدو is a hedge, no new clause: the car bomb and the bomber are the verb's subject;
    # انتحاريا (accusative) is a suicide bomber
    ("قالت الشرطة إن سيارة ملغومة وانتحاريا فيما يبدو استهدفا مطعما مكتظا في العاصمة الصومالية مقديشو أمس، مما أدى إلى مقتل 15 شخصا.",
     "Suicide bomb", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)"),
    # aircraft as the subject of قصف, indefinite or dual: an air strike, no shelling
    ("قصفت طائرتان حربيتان مواقع لمسلحين في مدينة طرابلس فجر اليوم.",
     "Air/drone strike", "Unidentified Military Forces", "Unidentified Armed Group (Libya)"),
    # one word of any kind between the attack and the verb of aiming (an adjective not a nisba)
    ("قتل أربعة جنود في هجوم جديد استهدف دورية عسكرية في بجاية أمس.",
     "Armed clash", "Unidentified Armed Group (Algeria)", "Military Forces of Algeria"),
])
def test_round21_roles(pipeline, text, sub, actor1, actor2):
    got = events(pipeline, text, published=date(2008, 5, 1))
    assert any((e.sub_event_type, e.actor1, e.actor2) == (sub, actor1, actor2) for e in got), got


@pytest.mark.parametrize("text, protest", [
    # protesters as the subject of a demand made at their protest: the protest happened
    ("طالب عشرات المتظاهرين في مدينة رام الله بتحريم الاقتتال الداخلي.", True),
    ("طالب آلاف المحتجين في الخرطوم برحيل الحكومة.", True),
    # ... not protesters called on, or asked to go out
    ("دعا قائد شرطة البصرة المتظاهرين في البصرة إلى الحفاظ على سلمية التظاهرة.", False),
    ("طالب الحزب المتظاهرين في الخرطوم بالخروج إلى الشوارع يوم الجمعة.", False),
])
def test_round21_protesters_demanding(full_pipeline, text, protest):
    # (the whole pipeline: a call is a feature of the acceptance model, not a block)
    got = events(full_pipeline, text, published=date(2019, 1, 2))
    assert any(e.event_type == "Protests" for e in got) == protest, got


@pytest.mark.parametrize("text, actor2", [
    # what a gathering was about is no side of an act told before it
    ("قتل شخص وأصيب 16 آخرون في هجوم انتحاري أمس استهدف مظاهرة تندد بالغارات الإسرائيلية في الموصل.",
     "Unidentified Armed Group (Iraq)"),
])
def test_round21_protest_topic_is_no_side(pipeline, text, actor2):
    got = events(pipeline, text, published=date(2009, 1, 5))
    assert got and all("Israel" not in (e.actor1 or "") + (e.actor2 or "") for e in got), got


@pytest.mark.parametrize("text, tolls", [
    # a toll shared out between places after it (خمسة منهم في ..., وثلاثة في ...): one event per
    # place with its share; the region named before keeps what the shares leave (round 22)
    ("قتل تسعة مدنيين جراء قصف مدفعي لقوات النظام على ريف إدلب اليوم، خمسة منهم في قرية النيرب وثلاثة في مدينة سراقب.",
     {"An Nayrab": 5, "Saraqib": 3, "Idlib": 1}),
    ("قتل ثمانية مدنيين جراء قصف مدفعي لقوات النظام على ريف إدلب اليوم، خمسة منهم في قرية النيرب وثلاثة في مدينة سراقب.",
     {"An Nayrab": 5, "Saraqib": 3}),
    # (a toll told for the first place, then counts for the next ones)
    ("قتل خمسة مدنيين في قصف لقوات النظام على قرية النيرب، وثلاثة في مدينة سراقب بريف إدلب اليوم.",
     {"An Nayrab": 5, "Saraqib": 3}),
    # a count with منهم after a toll is a share of it, not more deaths
    ("قتل تسعة مدنيين اليوم جراء قصف مدفعي لقوات النظام على مدينة سراقب، خمسة منهم أطفال.",
     {"Saraqib": 9}),
])
def test_round21_toll_shared_between_places(pipeline, text, tolls):
    got = events(pipeline, text, published=date(2019, 3, 10))
    assert {e.location: e.fatalities for e in got} == tolls, got


@pytest.mark.parametrize("text, actor1, actor2", [
    # quotation marks and brackets inside a name (حركة "الشباب"، حركة (الشباب)، «الدعم السريع»)
    ('قتل أربعة جنود صوماليين اليوم في هجوم شنته حركة "الشباب" على قاعدة عسكرية قرب مقديشو.',
     "Al Shabaab", "Military Forces of Somalia"),
    ("قتل أربعة جنود صوماليين اليوم في هجوم شنته حركة (الشباب) على قاعدة عسكرية قرب مقديشو.",
     "Al Shabaab", "Military Forces of Somalia"),
    # gunmen tied to a group are the group's: no second side of a fight
    ('قتل 40 نيجيريا على الأقل في هجوم شنه مسلحون ينتمون لجماعة "بوكو حرام" في قرية بولاية بورنو.',
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)"),
])
def test_round21_names_in_quotes(pipeline, text, actor1, actor2):
    got = events(pipeline, text, published=date(2021, 7, 2))
    assert any((e.actor1, e.actor2) == (actor1, actor2) for e in got), got


@pytest.mark.parametrize("text, deaths", [
    # a singular victim noun, the person's name (in quotation marks or not), then the death verb:
    # one killed, no unnumbered toll
    ('وقال مراسلنا إن الشاب "أحمد عدنان الزامل" قتل نتيجة استهدافه من قبل مجهولين في مدينة الحراك بريف درعا الشرقي.', 1),
    ("وقال مراسلنا إن الشاب أحمد عدنان الزامل قتل برصاص مجهولين في مدينة الحراك بريف درعا الشرقي.", 1),
])
def test_round21_named_victim_before_the_verb(pipeline, text, deaths):
    got = events(pipeline, text, published=date(2021, 5, 14))
    assert [e.fatalities for e in got] == [deaths], got


@pytest.mark.parametrize("text, place", [
    # where a victim comes from is no place of the act (المنحدر من مدينة طفس)
    ("قتل الشاب المدني زاهر المنحدر من مدينة طفس برصاص مسلحين مجهولين قرب بلدة كحيل شرقي درعا أمس.", "Kahil"),
])
def test_round21_origin_is_no_place(pipeline, text, place):
    got = events(pipeline, text, published=date(2021, 7, 3))
    assert got and all(e.location == place for e in got), got


def test_round21_doer_named_by_its_aircraft(pipeline):
    # a doer named by its aircraft (طيران حفتر) and no weapon named: an air strike
    got = events(pipeline, "قصف طيران حفتر معسكرا تابعا لقوات حكومة الوفاق في طرابلس أمس.",
                 published=date(2019, 7, 27))
    assert any((e.sub_event_type, e.actor1) == ("Air/drone strike", "LNA: Libyan National Army") for e in got), got


def test_round21_the_regime_after_its_fall_is_no_default(pipeline):
    got = events(pipeline, "قتل ثلاثة مدنيين بقصف صاروخي للنظام على بلدة كفرنبل جنوب إدلب.",
                 published=date(2025, 6, 10))
    assert all(e.actor1 != "Military Forces of Syria (2000-2024)" for e in got), got


def test_round21_lead_near_a_place_told_again_in_the_body(full_pipeline):
    # a lead placed near a city (geo_precision 2) and the body's village of the same act, same
    # day and toll, within 30 km: one record, at the village (hadath.reconcile.headline.fold_lead)
    text = ("قتل طفل؛ إثر قصف للحوثيين، استهدف منطقة الضباب غربي مدينة تعز. وقال مصدر محلي إن قذيفة"
            " أطلقها الحوثيون سقطت على منزل في قرية ماتع، ما أدى إلى مقتل طفل في العاشرة من عمره.")
    got = events(full_pipeline, text, published=date(2021, 9, 7))
    assert [(e.location, e.fatalities) for e in got] == [("Mati`", 1)], got
