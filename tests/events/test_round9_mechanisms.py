"""Mechanisms of the ninth round (issue #9), one report per row: sides (a riot's force met
around it, people after a harmless verb, mobs, a shared army name, a country as the doer, the
two sides, the holder of ground), types, dates, clauses and places of the act. The regional
name of a national force is in tests/reconcile/test_rules.py."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, want", [
    # the riot's own sentence names no force; the security forces that met the crowd (tear gas)
    # are named two sentences on
    ("ألقى محتجون قنابل مولوتوف على مبنى السراي في مدينة طرابلس شمال لبنان مساء اليوم، فاندلع حريق داخل"
     " المبنى. وتوجهت فرق الإطفاء إلى المكان. وردت القوى الأمنية بالغاز المسيل للدموع.",
     ("Violent demonstration", "Rioters (Lebanon)", "Police Forces of Lebanon")),
    # ... but not a force only deployed, or only asked to investigate: the riot has no actor2
    ("ألقى محتجون قنابل مولوتوف على مبنى السراي في مدينة طرابلس شمال لبنان مساء اليوم، فاندلع حريق داخل"
     " المبنى. وتوجهت فرق الإطفاء إلى المكان. وانتشرت القوى الأمنية بكثافة في محيط السراي.",
     ("Violent demonstration", "Rioters (Lebanon)", None)),
    # "the security forces" without a country name is the country's police
    ("أضرم متظاهرون النار في مبنى القائمقامية في مدينة الناصرية اليوم، واشتبكوا مع القوات الأمنية.",
     ("Violent demonstration", "Rioters (Iraq)", "Police Forces of Iraq")),
    # people right after a verb that harms no one are its subject (nominative محتجون), not its
    # victims: the crowd's own violence, not force against it
    ("ألقى محتجون قنابل مولوتوف على مبنى المحافظة في مدينة الناصرية اليوم.",
     ("Violent demonstration", "Rioters (Iraq)", None)),
    # ... after a verb that harms people they are the ones harmed (قتل مدنيون = قُتل)
    ("قتل مدنيون في قصف مدفعي على مدينة الناصرية اليوم.",
     ("Shelling/artillery/missile attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")),
    # a count of residents right after a verb that harms no one is its subject; residents
    # burning homes are a mob: ACLED's Rioters, the owners civilians
    ("أضرم عشرات من أهالي قرية دلجا النار في أربعة منازل يملكها مواطنون أقباط في مدينة ديرمواس، مساء الجمعة.",
     ("Mob violence", "Rioters (Egypt)", "Civilians (Egypt)")),
    # ... a count after a verb that harms people is the ones harmed
    ("قتل عشرات من المدنيين في قصف على مدينة إدلب اليوم.",
     ("Shelling/artillery/missile attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)")),
    # a name several countries' armies share (الجيش الوطني), none of them the story's country:
    # that country's own army
    ("تمكن الجيش الوطني من استعادة السيطرة على مدينة ود مدني بعد طرد قوات الدعم السريع منها.",
     ("Government regains territory", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")),
    # a fixed phrase (حتى الموت) does not head the clause over the verbal noun after على: the
    # young man lynched is the one hit, the police who came later no side
    ("أقدم عشرات الأهالي الغاضبين في مدينة ملوي، مساء السبت، على سحل شاب والاعتداء عليه بالضرب حتى"
     " الموت، قبل وصول قوات الشرطة.",
     ("Mob violence", "Rioters (Egypt)", "Civilians (Egypt)")),
])
def test_sub_event_and_sides(pipeline, text, want):
    got = [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text)]
    assert want in got, got


@pytest.mark.parametrize("text, want", [
    # an air defence meeting missiles fights no battle: with no strike told, a disrupted weapon
    ("تصدت الدفاعات الجوية السعودية لصاروخ باليستي فوق مدينة خميس مشيط مساء اليوم.",
     "Disrupted weapons use"),
    # air raids carried out with rockets are air strikes, not missile attacks
    ("قتل ثلاثة مدنيين في غارات بالصواريخ على بلدة سرمدا اليوم.",
     "Air/drone strike"),
])
def test_air_defense_and_raids(pipeline, text, want):
    got = [e.sub_event_type for e in events(pipeline, text)]
    assert want in got and "Armed clash" not in got, got


def test_a_crowd_word_that_describes_a_person(pipeline):
    # الناشط في الاحتجاجات: what the man took part in, not a protest at his killing
    got = [(e.sub_event_type, e.actor2) for e in events(
        pipeline, "قتل الناشط في الاحتجاجات العراقية إيهاب الوزني برصاص مسلحين وسط مدينة كربلاء اليوم.")]
    assert got == [("Attack", "Civilians (Iraq)")], got


@pytest.mark.parametrize("text, want", [
    # a country named as the doer next to the verb is its military (VSO, SVO, the speaker's
    # "it", accused of)
    ("قصفت إسرائيل مدينة غزة اليوم ما أدى إلى مقتل ثلاثة مدنيين.", "Military Forces of Israel"),
    ("قالت إسرائيل إنها قصفت مواقع في مدينة غزة اليوم.", "Military Forces of Israel"),
    ("اتهمت الحكومة السورية إسرائيل بقصف مطار دمشق اليوم.", "Military Forces of Israel"),
    ("شنت تركيا غارات على مدينة القامشلي اليوم.", "Military Forces of Turkey"),
    # ... not a country named as where the act was
    ("قتل ثلاثة مدنيين في قصف على مدينة إدلب في سوريا اليوم.", "Unidentified Armed Group (Syria)"),
])
def test_country_as_doer(pipeline, text, want):
    got = [e.actor1 for e in events(pipeline, text)]
    assert got and got[0] == want, got


@pytest.mark.parametrize("text, want", [
    # a demonstrative before a verbal noun points back at an act told before: no second event
    ("أعدم مسلحون شابين في مدينة الرقة يوم الجمعة. ويأتي هذا الإعدام وسط حالة من الغضب في المدينة.",
     [("Attack", "2024-03-08")]),
    # "N days after Y": Y is dated N days before the day its sentence is about (وجاء ذلك: the
    # demonstrative alone is no act)
    ("قتل ثلاثة مدنيين في قصف على مدينة إدلب يوم الجمعة. وجاء ذلك بعد يومين من هجوم شنه مسلحون على"
     " مدينة سراقب.",
     [("Shelling/artillery/missile attack", "2024-03-08"), ("Attack", "2024-03-06")]),
])
def test_acts_told_from_another(pipeline, text, want):
    got = [(e.sub_event_type, e.event_date.isoformat()) for e in events(pipeline, text)]
    assert got == want, got


def test_a_verb_form_after_a_preposition_is_the_noun(pipeline):
    # أسفر عن سيطرتهم: after عن the form is the verbal noun (their control), so the attack on
    # the listed villages heads the clause and each village is a record
    got = [(e.location_ar, e.sub_event_type) for e in events(
        pipeline, "أفاد مراسل أن هجوما عنيفا شنه الجيش التركي اليوم على قرى الرشيدية والقاسمية وتل طويل"
                  " بريف الحسكة، أسفر عن سيطرتهم على تلك القرى.")]
    assert [p for p, _ in got] == ["الرشيدية", "القاسمية", "تل طويل"], got
    assert {t for _, t in got} == {"Non-state actor overtakes territory"}, got


def test_between_the_two_sides(pipeline):
    # بين الطرفين: the two armed sides the story named just before
    got = [(e.sub_event_type, e.actor1, e.actor2) for e in events(
        pipeline, "أعلن الثوار في القلمون بدء معركة للسيطرة على تلال يتحصن بها حزب الله في جرود"
                  " القلمون. وتواصلت الاشتباكات بين الطرفين اليوم في محيط بلدة فليطة.")]
    assert ("Armed clash", "Opposition Rebels (Syria)", "Hezbollah") in got, got


def test_ground_taken_from_its_holder(pipeline):
    # the support a side had (مدعوما بسلاح الجو) is no side; its ally joined by و is no side
    # hit; the side hit is the one that held the villages (تحت سيطرة X, told in the next sentence)
    got = [(e.sub_event_type, e.actor1, e.actor2) for e in events(
        pipeline, "شن الجيش التركي وفصائل المعارضة اليوم هجوما عنيفا مدعوما بسلاح الجو على قرى الرشيدية"
                  " والقاسمية وتل طويل بريف الحسكة، أسفر عن سيطرتهم على تلك القرى. وكانت القرى تحت سيطرة"
                  " قوات سوريا الديمقراطية.")]
    assert got and set(got) == {("Non-state actor overtakes territory", "Military Forces of Turkey",
                                  "SDF: Syrian Democratic Forces")}, got


@pytest.mark.parametrize("text, want", [
    # a period cue of a sub-clause (a tally verb, a relative clause) does not make the act
    # before it generic
    ("قتل ثلاثة مدنيين اليوم في قصف على مدينة إدلب، ليرتفع عدد القتلى منذ بداية الشهر إلى 50 مدنيا.", 3),
    ("قتل ثلاثة مدنيين اليوم في قصف على مدينة إدلب التي تتعرض للقصف منذ بداية الشهر.", 3),
    # ... the clause's own period cue still does: a total since the start of the year
    ("قتل أكثر من 500 مدني في قصف على مدينة إدلب منذ بداية العام.", None),
])
def test_period_cue_of_a_subclause(pipeline, text, want):
    got = [e.fatalities for e in events(pipeline, text)]
    assert got == ([want] if want is not None else []), got


def test_where_the_victim_came_from_is_not_where_he_died(pipeline):
    # قدم من X: where a person came from (function_words motion), not the place of the act
    got = [e.location for e in events(
        pipeline, "أقدم حشد من المواطنين في مدينة تيزي وزو مساء أمس على قتل شاب قدم من ولاية عين الدفلى.")]
    assert got == ["Tizi Ouzou"], got


def test_positions_belonging_to_a_side(pipeline):
    # مواقع تابعة للدعم السريع: the owner of the positions hit is the side hit
    got = [(e.actor1, e.actor2) for e in events(
        pipeline, "سمعت انفجارات قوية غرب مدينة نيالا عقب استهداف الجيش مواقع تابعة للدعم السريع داخل المدينة.")]
    assert got == [("Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")], got


def test_a_claim_across_a_comma_insert(pipeline):
    # أعلن تنظيم داعش، عبر صفحاته بمواقع التواصل، مسؤوليته: the claimant before the insert
    got = [e.actor1 for e in events(
        pipeline, "قتل 15 شخصا في تفجير انتحاري استهدف مسجدا في منطقة الصوابر بالكويت اليوم. وأعلن تنظيم"
                  " داعش، عبر صفحاته بمواقع التواصل، مسؤوليته عن التفجير.")]
    assert got == ["Islamic State (Kuwait)"], got


def test_the_speakers_it_before_a_light_verb(pipeline):
    # نقل X عن التحالف قوله إنه نفذ 31 عملية استهداف: "it" is the speaker, the light verb and the
    # count of operations stand between it and the verbal noun
    got = [e.actor1 for e in events(
        pipeline, "نقل التلفزيون عن التحالف الذي تقوده المملكة قوله إنه نفذ 31 عملية استهداف لآليات الحوثيين"
                  " في مديرية صرواح بمحافظة مأرب أمس.")]
    assert got == ["Military Forces of Saudi Arabia"], got


def test_a_town_before_its_countryside(pipeline):
    # الريف الغربي لحلب names a region: the town named before it is the place of the fighting
    got = [e.location for e in events(
        pipeline, "وكان آخر الصراعات مع جبهة النصرة في محيط بلدة الأتارب في الريف الغربي لحلب وهلاك وجرح"
                  " العشرات من الطرفين أمس.")]
    assert got == ["Al Atarib"], got


@pytest.mark.parametrize("text, want", [
    # the deaths a protest is against or after are its motive, no violence of the protest
    ("خرجت تظاهرات في شارع الحبيب بورقيبة بتونس العاصمة اليوم ضد عنف الشرطة بعد وفاة شاب وسحل قاصر.",
     ("Peaceful protest", 0)),
    ("اندلعت أعمال شغب في بلدة الطرة بلواء الرمثا فجر أمس احتجاجا على وفاة شابين.",
     ("Violent demonstration", 0)),
])
def test_a_protests_motive_is_no_act_of_it(pipeline, text, want):
    got = [(e.sub_event_type, e.fatalities) for e in events(pipeline, text)]
    assert got == [want], got


def test_kama_opens_a_clause(pipeline):
    # "، كما خرجت تظاهرات في X": a new clause, its own protests, not part of the shooting before it
    got = sorted((e.location, e.sub_event_type) for e in events(
        pipeline, "أطلقت قوات الأمن السورية النار لتفريق متظاهرين في مدينة حلفايا اليوم الجمعة، كما خرجت"
                  " تظاهرات في القامشلي وعامودا."))
    assert got == [("Al Qamishli", "Peaceful protest"), ("Amuda", "Peaceful protest"),
                   ("Halfaya", "Excessive force against protesters")], got


def test_a_toll_clause_tells_more_of_the_act_before_it(pipeline):
    # كما قتل مدني آخر بسوق الجمعة: the shelling named before it in the sentence is its means
    # (not "على أحياء طرابلس": in a report on Tripoli's quarters سوق الجمعة is one of them,
    #  coded at Tripoli with the first death - gaz10, tests/mentions/test_places_axis_quarters.py)
    got = sorted((e.location, e.sub_event_type) for e in events(
        pipeline, "وأسفر القصف العشوائي على طرابلس اليوم عن وفاة مواطن في الكريمية، كما قتل بسوق الجمعة"
                  " مدني آخر."))
    assert ("Suq al Jum`ah", "Shelling/artillery/missile attack") in got, got
