"""Mechanisms of the twentieth round (issue #9), one report per row."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

DAY = date(2021, 1, 10)


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    # a verb of aiming with its subject before it (the attack, the bomb, a relative): the side
    # named after it is the one aimed at, the bomber unnamed
    ("قتل عشرة أشخاص في هجوم انتحاري بسيارة مفخخة استهدف دورية للجيش العراقي في شرق بغداد.",
     "Suicide bomb", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"),
    ("عبوة ناسفة استهدفت دورية للجيش العراقي في الموصل أمس وأسفرت عن مقتل جنديين.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"),
    ("هجوم لتنظيم داعش استهدف دورية للجيش العراقي في كركوك أمس أسفر عن مقتل جنديين.",
     "Armed clash", "Islamic State (Iraq)", "Military Forces of Iraq"),
    # ... but after a word that opens a clause the force after the verb is its subject
    ("وقال ناشطون إنه كما استهدفت قوات النظام السوري بالمدفعية بلدة كفرنبل في ريف إدلب أمس.",
     "Shelling/artillery/missile attack", "Military Forces of Syria (2000-2024)", None),
    # a suicide bomber driving a car bomb: the car is the bomber's, a suicide bombing
    ("قال مصدر أمني إن انتحاريا يقود سيارة مفخخة فجر نفسه قرب مقر للصحوة في منطقة العامرية ببغداد أمس.",
     "Suicide bomb", "Unidentified Armed Group (Iraq)", "Sahwa Militia"),
])
def test_round20_roles(pipeline, text, sub, actor1, actor2):
    got = events(pipeline, text, published=DAY)
    assert any(e.sub_event_type == sub and e.actor1 == actor1 and e.actor2 == actor2 for e in got), got


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    # a bomb set off among protesters, or gunmen firing on them: ACLED's excessive force against
    # protesters (non-state actors and remote explosives included), the armed side its actor2 -
    # no police the text never names
    ("فجر انتحاري نفسه وسط تجمع للمتظاهرين في بغداد أمس فقتل خمسة متظاهرين.",
     "Excessive force against protesters", "Protesters (Iraq)", "Unidentified Armed Group (Iraq)"),
    ("قتل خمسة متظاهرين في انفجار سيارة مفخخة وسط مظاهرة في بغداد أمس.",
     "Excessive force against protesters", "Protesters (Iraq)", "Unidentified Armed Group (Iraq)"),
    ("أطلق مسلحو تنظيم داعش النار على متظاهرين في الموصل أمس فقتلوا ثلاثة منهم.",
     "Excessive force against protesters", "Protesters (Iraq)", "Islamic State (Iraq)"),
    # (tear gas at protesters stays their dispersal, by the police)
    ("أطلقت قوات الأمن قنابل الغاز على المتظاهرين في بغداد أمس.",
     "Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq"),
])
def test_round20_force_on_protesters(pipeline, text, sub, actor1, actor2):
    got = events(pipeline, text, published=DAY)
    assert any((e.sub_event_type, e.actor1, e.actor2) == (sub, actor1, actor2) for e in got), got


@pytest.mark.parametrize("text, actor1, actor2", [
    # a speaker telling its own act (أنه/أنها + verb): the side after the verb is its object
    ("أكد حلف شمال الأطلسي أنه قتل نحو 150 متمردا من طالبان في ولاية قندهار أمس.",
     "NATO: North Atlantic Treaty Organization", "Taliban"),
    ("قالت الشرطة إنها قتلت ثلاثة مسلحين في اشتباك في بغداد أمس.",
     "Police Forces of Iraq", "Unidentified Armed Group (Iraq)"),
    # a masculine pronoun after a feminine speaker is the pronoun of the matter before a passive
    # (that three were killed): the police only tell it
    ("قالت الشرطة إنه قتل ثلاثة أشخاص في انفجار في بغداد أمس.",
     "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
])
def test_round20_speakers_own_acts(pipeline, text, actor1, actor2):
    got = events(pipeline, text, published=DAY)
    assert any(e.actor1 == actor1 and e.actor2 == actor2 for e in got), got


@pytest.mark.parametrize("text, sub, actor2, deaths", [
    # civilians counted after a word of death or injury far from the act are the side hit
    ("قصفت قوات النظام من مواقعها في معسكر الحامدية بلدة كفرنبل، ما أدى إلى إصابة ثلاثة مدنيين.",
     "Shelling/artillery/missile attack", "Civilians (Syria)", 0),
    ("فجر انتحاري حزاما ناسفا داخل مطعم في مقديشو، ما أسفر عن مقتل ستة أشخاص، وتبنت حركة الشباب الهجوم.",
     "Suicide bomb", "Civilians (Somalia)", 6),
    # راح ضحية + the cause: a death phrase
    ("راح ضحية القصف المدفعي على مدينة حمص أمس خمسة مدنيين.",
     "Shelling/artillery/missile attack", "Civilians (Syria)", 5),
])
def test_round20_the_fallen_named_late(pipeline, text, sub, actor2, deaths):
    got = events(pipeline, text, published=DAY)
    assert any(e.sub_event_type == sub and e.actor2 == actor2 and e.fatalities == deaths for e in got), got


@pytest.mark.parametrize("text, sub, actor1, actor2, assoc2, deaths", [
    # settlers hit by others' violence are ACLED's civilians, the settlers associated - Israel's
    # civilians, as actors.tsv hit_as names them and the coders code them (fix54 f54-37, Huwara)
    ("قتل مستوطن إسرائيلي برصاص مسلح فلسطيني قرب مدينة أريحا.",
     "Attack", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", "Settlers (Israel)", 1),
    # a verb with an object pronoun has its subject after it, and kills one (قتله)
    ("الشاب قصي معطان قتله مستوطنون بالرصاص في قرية برقة شرق رام الله.",
     "Attack", "Settlers (Israel)", "Civilians (Palestine)", None, 1),
    ("قتله مسلحون مجهولون في حي المنصور ببغداد أمس.",
     "Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", None, 1),
])
def test_round20_settlers_and_object_pronouns(pipeline, text, sub, actor1, actor2, assoc2, deaths):
    got = events(pipeline, text, published=DAY)
    assert any((e.sub_event_type, e.actor1, e.actor2, e.fatalities) == (sub, actor1, actor2, deaths)
               and (assoc2 is None or e.assoc_actor_2 == assoc2) for e in got), got


@pytest.mark.parametrize("text, sub, deaths", [
    # a fight waged in the present (يخوضون اشتباكات): an occurrence verb, the clashes are an act
    ("كتائب القسام: مجاهدونا يخوضون اشتباكات ضارية مع جنود العدو المتوغلين شرق بيت حانون أمس.",
     "Armed clash", 0),
    # a plural act noun opening a headline, subject of a present consequence verb with a toll
    ("اشتباكات بين مجموعتين مسلحتين في الزاوية أمس تخلف قتيلين", "Armed clash", 2),
])
def test_round20_present_tense_acts(pipeline, text, sub, deaths):
    got = events(pipeline, text, published=DAY)
    assert any(e.sub_event_type == sub and e.fatalities == deaths for e in got), got


def test_round20_a_negated_consequence_hits_no_one(pipeline):
    # (the consequence verb in its present form after لم: the raids caused nothing)
    got = events(pipeline, "شن الطيران غارتين على مطار الحديدة أمس. وأفاد المراسل بأن الغارات لم"
                 " تسفر عن إصابات في صفوف المواطنين.", published=DAY)
    assert got and all(e.actor2 is None for e in got), got


def test_round20_a_police_station_is_what_gunmen_attack(pipeline):
    # قسم شرطة (an Egyptian police station) names the police by the post it holds: what the
    # gunmen named before it attacked, not the gunmen's own group
    got = events(pipeline, "هاجم مسلحون مجهولون قسم شرطة في مدينة العريش أمس وقتلوا شرطيا.", published=DAY)
    assert [(e.actor1, e.actor2) for e in got] == [("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")]


@pytest.mark.parametrize("text, sub", [
    # the aviation or the planes of an army, an enemy or an operation strike from the air
    ("مقتل عشرة مدنيين بقصف طيران الجيش السوداني على سوق مدينة الفاشر.", "Air/drone strike"),
    ("أعلنت وزارة الدفاع التركية أن طائرات عملية نبع السلام قتلت أربعة من مسلحي قسد قرب تل تمر.",
     "Air/drone strike"),
])
def test_round20_an_armys_aviation(pipeline, text, sub):
    got = events(pipeline, text, published=DAY)
    assert any(e.sub_event_type == sub for e in got), got


def test_round20_by_whom_after_a_suffixed_act_noun(pipeline):
    # من right after a verbal noun with an object pronoun (توقيفها) names who did it
    got = events(pipeline, "توفيت الشابة مهسا أميني بعد توقيفها من شرطة الأخلاق في طهران.", published=DAY)
    assert ("Attack", "Police Forces of Iran", "Civilians (Iran)") in [
        (e.sub_event_type, e.actor1, e.actor2) for e in got]
    assert all(e.actor1 == "Police Forces of Iran" for e in got), got


@pytest.mark.parametrize("text, subs", [
    # فجرا alone is "at dawn" (triggers_context.tsv time_adverb), not the dual of فجّر
    ("اقتحمت قوات الاحتلال بلدة بيت أمر فجرا واعتقلت ثلاثة شبان.", ["Arrests"]),
    ("يحكي الطلاب عن التجمعات التي انتشرت في مناطق مختلفة من بيروت فجرا.", []),
    # الفجر with the article is the dawn (the verbal noun is التفجير)
    ("اعتقلت قوات الاحتلال شابا بعد صلاة الفجر في بلدة بيت أمر أمس.", ["Arrests"]),
    ("قتل خمسة في التفجير الذي استهدف سوقا في بغداد أمس.", ["Remote explosive/landmine/IED"]),
    # ... but the suicide phrase reads its reflexive: two bombers blew themselves up
    ("انتحاريان فجرا نفسيهما في سوق ببغداد أمس.", ["Suicide bomb"]),
])
def test_round20_at_dawn_is_no_explosion(pipeline, text, subs):
    got = events(pipeline, text, published=DAY)
    assert sorted(e.sub_event_type for e in got) == subs, got


@pytest.mark.parametrize("text", [
    # figures of speech (modality.tsv kind figurative): prices that explode or are controlled, a
    # scathing attack in the press, a vaccination campaign that targets children
    "انفجرت أسعار المحروقات في بيروت بعد قرار الحكومة أمس.",
    "سيطرت الحكومة على أسعار الخبز في القاهرة بعد ارتفاعها أمس.",
    "شنت الصحف الأردنية هجوما لاذعا على الحكومة بسبب رفع الأسعار في عمان أمس.",
    "استهدفت حملة التطعيم آلاف الأطفال في محافظة إدلب أمس.",
    # a team storming the semi-finals (a match word in the sentence: SPORTS_SENSE)
    "اقتحم المنتخب العراقي المربع الذهبي بعد فوزه على قطر في الدوحة أمس.",
])
def test_round20_figures_of_speech_are_no_events(pipeline, text):
    assert events(pipeline, text, published=DAY) == ()


def test_round20_a_strike_near_a_price_word_stays(pipeline):
    # (the cue reaches four words: a strike told beside a market's prices is still a strike)
    got = events(pipeline, "قصفت الطائرات الإسرائيلية موقعا في دير البلح أمس وسط ارتفاع الأسعار في القطاع.",
                 published=DAY)
    assert [e.sub_event_type for e in got] == ["Air/drone strike"], got


def test_round20_smugglers_are_no_town_in_iran(pipeline):
    # مهربين (smugglers) is a Persian alternate name of Khomeyni Shahr in GeoNames: a common word
    # (common_words.txt), a place only after a cue
    from hadath.types import Article

    doc = pipeline(Article("t", "أحبطت قوات حرس الحدود الأردنية محاولة تسلل مهربين قرب الرمثا أمس.", published=DAY))
    places = [m.surface for m in doc.mentions if m.kind == "place" and m.value.place is not None]
    assert "مهربين" not in places, places


@pytest.mark.parametrize("text, actor1, actor2", [
    # a dual noun of people right after a killing verb is the two killed (its passive subject)
    ("قتل عنصران من الفرقة 86 التابعة للجيش السوري الجديد بهجوم لخلايا داعش في بادية الميادين.",
     "Islamic State (Syria)", "Military Forces of Syria (2024-)"),
    # ... but two gunmen are the killers
    ("قتل مسلحان شرطيا في مدينة العريش أمس.", "Unidentified Armed Group (Egypt)", "Police Forces of Egypt"),
])
def test_round20_duals_after_a_killing_verb(pipeline, text, actor1, actor2):
    got = events(pipeline, text, published=date(2025, 3, 10))
    assert any((e.actor1, e.actor2) == (actor1, actor2) for e in got), got


@pytest.mark.parametrize("text, deaths", [
    # two gunmen before the accusative one they killed are no dead of theirs
    ("قتل مسلحان شرطيا في مدينة العريش أمس.", 1),
    # ... two gunmen killed in a clash are
    ("قتل مسلحان في اشتباك مع الشرطة في العريش أمس.", 2),
])
def test_round20_gunmen_before_their_victim(pipeline, text, deaths):
    got = events(pipeline, text, published=date(2025, 3, 10))
    assert [e.fatalities for e in got] == [deaths], got


@pytest.mark.parametrize("text, actor1", [
    # التنظيم with no group named before or after it: the Islamic State in a Syrian or Iraqi
    # report (lexicons/actors_anaphors.tsv), read by the report's country
    ("قتل تسعة عناصر من الفرقة الرابعة بهجوم لخلايا التنظيم على نقطة لهم في بادية السخنة شرقي حمص.",
     "Islamic State (Syria)"),
    ("قتل ثلاثة جنود في هجوم للتنظيم على حاجز قرب مدينة الموصل أمس.", "Islamic State (Iraq)"),
    # (not in an Egyptian report: no default there)
    ("قتل ثلاثة جنود في هجوم للتنظيم على حاجز قرب مدينة العريش أمس.", "Unidentified Armed Group (Egypt)"),
])
def test_round20_the_organization_with_no_group_named(pipeline, text, actor1):
    got = events(pipeline, text, published=date(2019, 3, 10))
    assert any(e.actor1 == actor1 for e in got), got
