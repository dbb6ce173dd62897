"""Round 40 (issue #9, docs/notes/types40.md): one record per act, through the pipeline.

An act told by a large city - a dateline, a headline's capital, "south of Mosul", "north of
Homs", "on Idlib" - and again at its town with the very same toll is one act at the town
(reconcile.city_reference). People seized beside an attack and read as the seizers (قتل
ثلاثة مدنيين واعتقل آخرون: the civilians before the coordinated verb) are the attackers'
captives: an armed group's abduction, a state force's arrests (reconcile.held_people)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2019, 5, 6)


def records(pipeline, text):
    return sorted((e.sub_event_type, e.location, e.fatalities) for e in events(pipeline, text, PUB))


@pytest.mark.parametrize("text, want", [
    # a road named by the capital at its end, and the village the attack was near
    ('قتل شخص برصاص مسلحين مجهولين قرب بلدة صيدا بريف درعا الشرقي. وأفادت مصادر محلية بأن الهجوم '
     'وقع على طريق دمشق عمان الدولي وأدى إلى مقتل شاب.',
     [("Attack", "Sayda", 1)]),
    # "a village south of Mosul", then the village by its district
    ('لقي ثمانية جنود مصرعهم في هجوم انتحاري لتنظيم داعش على قرية جنوب الموصل. وقال مصدر أمني إن '
     'انتحاريين من داعش هاجموا قرية الحود بناحية القيارة وقتلوا ثمانية جنود.',
     [("Suicide bomb", "Al-Houd", 8)]),
    # the district, then the same toll "south of Mosul"
    ('أفاد مصدر أمني بأن مسلحي داعش هاجموا مركزا للشرطة في ناحية حمام العليل وقتلوا خمسة من عناصره. '
     'وقالت الشرطة إن خمسة من عناصرها قتلوا في هجوم لتنظيم داعش جنوب الموصل.',
     [("Armed clash", "Hammam al `Alil", 5)]),
    # the town, then the same toll "north of Homs"
    ('أفاد ناشطون بمقتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على مدينة تلبيسة. وكان ثلاثة مدنيين قد '
     'قتلوا بقصف مدفعي لقوات النظام شمال حمص.',
     [("Shelling/artillery/missile attack", "Tallbisah", 3)]),
    # (a lead at the city: one record on main already, by the lead rule - kept as guards)
    # a headline's capital, then the town the ambush was near
    ('كمين لتنظيم القاعدة يقتل سبعة جنود في الجزائر. وقالت وزارة الدفاع إن سبعة عسكريين قتلوا في كمين '
     'نصبه مسلحو تنظيم القاعدة لدورية للجيش قرب مدينة العطاف بولاية عين الدفلى.',
     [("Armed clash", "El Attaf", 7)]),
    # north of the city, then the town
    ('قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام شمال حمص. وأفاد ناشطون بمقتل ثلاثة مدنيين بقصف مدفعي '
     'لقوات النظام على مدينة تلبيسة.',
     [("Shelling/artillery/missile attack", "Tallbisah", 3)]),
    # the city by its name alone, then the village of its countryside
    ('قتل مدنيان بقصف جوي روسي على إدلب. وقال الدفاع المدني إن مدنيين اثنين قتلا بغارة جوية روسية '
     'على قرية بداما بريف إدلب الغربي.',
     [("Air/drone strike", "Bdama", 2)]),
])
def test_act_told_by_its_city(pipeline, text, want):
    assert records(pipeline, text) == want


@pytest.mark.parametrize("text, n", [
    # another toll at the city: another act
    ('أفاد ناشطون بمقتل مدنيين اثنين بقصف مدفعي لقوات النظام على مدينة تلبيسة. وقتل ثلاثة مدنيين بقصف '
     'مدفعي لقوات النظام على مدينة حمص.', 2),
    # the town's toll told alone, the city's act with none
    ('قصفت قوات النظام مدينة إدلب بالمدفعية. وقال الدفاع المدني إن مدنيين اثنين قتلا بغارة جوية روسية '
     'على قرية بداما بريف إدلب الغربي.', 2),
])
def test_city_acts_of_their_own(pipeline, text, n):
    assert len(events(pipeline, text, PUB)) == n


def sides(pipeline, text):
    return sorted((e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text, PUB))


@pytest.mark.parametrize("text, want", [
    ('هاجمت قوات الدعم السريع قرية أم كدادة، وقتل ثلاثة مدنيين واعتقل آخرون.',
     [("Abduction/forced disappearance", "RSF: Rapid Support Forces", "Civilians (Sudan)"),
      ("Attack", "RSF: Rapid Support Forces", "Civilians (Sudan)")]),
    ('هاجم مسلحون من قوات الدعم السريع مدينة الفاشر، وقتل عشرة مدنيين واعتقل آخرون.',
     [("Abduction/forced disappearance", "RSF: Rapid Support Forces", "Civilians (Sudan)"),
      ("Attack", "RSF: Rapid Support Forces", "Civilians (Sudan)")]),
    ('قتل مستوطنون مواطنا في قرية المغير، واعتقل ثلاثة مواطنين.',
     [("Abduction/forced disappearance", "Settlers (Israel)", "Civilians (Palestine)"),
      ("Attack", "Settlers (Israel)", "Civilians (Palestine)")]),
])
def test_people_seized_in_an_attack(pipeline, text, want):
    assert sides(pipeline, text) == want


def test_state_arrests_stay_arrests(pipeline):
    got = sides(pipeline, 'اقتحمت قوات الاحتلال بلدة بيت أمر، وأصيب ثلاثة مواطنين واعتقل آخرون.')
    assert ("Arrests", "Military Forces of Israel", "Civilians (Palestine)") in got


def means(pipeline, text):
    return sorted((e.sub_event_type, e.actor1, e.location) for e in events(pipeline, text, PUB))


@pytest.mark.parametrize("text, want", [
    # another side's act by other means at the same place, its clause with no place of its own
    # (البلدة، المدينة، القرية): two events (CODING.md: one per event type and actor pair)
    ('شن الطيران الحربي الروسي غارات على بلدة كفرنبل، كما قصفت قوات النظام البلدة بالمدفعية.',
     [("Air/drone strike", "Military Forces of Russia (2000-)", "Kafranbel"),
      ("Shelling/artillery/missile attack", "Military Forces of Syria (2000-2024)", "Kafranbel")]),
    ('قصفت المدفعية التركية قرية تل رفعت، فيما شنت الطائرات الروسية غارات على القرية.',
     [("Air/drone strike", "Military Forces of Russia (2000-)", "Tall Rifat"),
      ("Shelling/artillery/missile attack", "Military Forces of Turkey", "Tall Rifat")]),
    ('شنت طائرات حربية إسرائيلية غارة على بلدة بيت حانون، بينما قصفت المدفعية التابعة لحركة الجهاد '
     'الإسلامي البلدة بالقذائف.',
     [("Air/drone strike", "Military Forces of Israel", "Bayt Hanun"),
      ("Shelling/artillery/missile attack", "PIJ: Palestinian Islamic Jihad", "Bayt Hanun")]),
    ('قصف الجيش السوداني بالمدفعية مدينة الفاشر، كما شنت قوات الدعم السريع غارات بالطائرات المسيرة '
     'على المدينة.',
     [("Air/drone strike", "RSF: Rapid Support Forces", "El Fasher"),
      ("Shelling/artillery/missile attack", "Military Forces of Sudan (2019-)", "El Fasher")]),
])
def test_other_side_other_means(pipeline, text, want):
    assert means(pipeline, text) == want


@pytest.mark.parametrize("text", [
    # the same side's strike and shelling of one place: one event
    'قصفت المدفعية الإسرائيلية بلدة الخيام، كما شنت الطائرات الحربية الإسرائيلية غارة على البلدة.',
    # the act told again by a noun, no verb of its own
    'قصفت الطائرات الحربية بلدة كفرنبل بالصواريخ، وأسفر القصف عن مقتل مدنيين.',
])
def test_one_side_one_event(pipeline, text):
    assert len(events(pipeline, text, PUB)) == 1
