"""Mechanisms of the twelfth round (issue #9), one report per row: a verbal noun's doer after its
relative adjectives (قصف صاروخي ومدفعي لـX), "the enemy" with a nationality, a force owning a
landmark near what was hit, a singular death noun closing a toll phrase (سقوط شهيد), artillery
named by its adjective (القصف المدفعي), an act some days before the one told, and a province's
countryside told again at a town."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, want", [
    # relative adjectives between the verbal noun and its doer with ل
    ("أصيب ثلاثة مواطنين، مساء أمس، بقصف صاروخي ومدفعي لمرتزقة العدوان على منطقة الربيعي"
     " بمديرية التحيتا في محافظة الحديدة.",
     ("Shelling/artillery/missile attack", "Military Forces of Yemen", "Civilians (Yemen)", 0)),
    ("قتل خمسة مدنيين، صباح اليوم، جراء قصف مدفعي وصاروخي لقوات النظام السوري استهدف أحياء"
     " سكنية وسط مدينة إدلب.",
     ("Shelling/artillery/missile attack", "Military Forces of Syria (2000-2024)", "Civilians (Syria)", 5)),
    # "the enemy" followed by another nationality than Israel's
    ("وفي صعدة، استشهد مواطن بنيران جيش العدو السعودي في مديرية شدا الحدودية أمس.",
     ("Attack", "Military Forces of Saudi Arabia", "Civilians (Yemen)", 1)),
    # a force owning the landmark near what was hit is no side of the act
    ("قتل خمسة أشخاص في انفجار سيارة مفخخة استهدفت مطعما قرب مقر الشرطة في حي حمروين بالعاصمة"
     " مقديشو مساء السبت.",
     ("Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)", 5)),
    # a singular or dual death noun closing the toll phrase is a count
    ("شنت مسيرة إسرائيلية غارة على سيارة في بلدة برج الملوك أمس، ما أدى إلى سقوط قتيل.",
     ("Air/drone strike", "Military Forces of Israel", None, 1)),
    ("شنت مسيرة إسرائيلية غارة على سيارة في بلدة برج الملوك أمس، ما أدى إلى سقوط قتيلين.",
     ("Air/drone strike", "Military Forces of Israel", None, 2)),
])
def test_sides_and_tolls(pipeline, text, want):
    got = [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events(pipeline, text)]
    assert got == [want]


def test_an_unnumbered_plural_death_noun_stays_vague(pipeline):
    got = events(pipeline, "شنت مسيرة إسرائيلية غارة على سيارة في بلدة برج الملوك أمس، ما أدى إلى سقوط قتلى.")
    assert [e.fatalities for e in got] == [10]


@pytest.mark.parametrize("text", [
    "استهدف القصف المدفعي الإسرائيلي أطراف بلدة كفركلا أمس.",
    "قصفت القوات الإسرائيلية قصفا مدفعيا أطراف بلدة كفركلا أمس.",
])
def test_artillery_named_by_its_adjective(pipeline, text):
    # (with no weapon named, a foreign force's bombardment abroad would be an air strike)
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text, n", [
    # an act some days (weeks, months) before the one told, on no day of its own: not coded
    ("ويأتي ذلك بعد أشهر من تفجير استهدف مطعما في مدينة إدلب.", 0),
    ("ويأتي التصعيد بعد أيام من هجوم بطائرة مسيرة على مواقع للنظام في ريف حماة.", 0),
    ("ويأتي ذلك بعد عدة أسابيع من تفجير استهدف مطعما في مدينة إدلب.", 0),
    # hours before is the same day; a count of days dates it (choose_date)
    ("قتل ثلاثة أشخاص في تفجير استهدف مطعما في مدينة إدلب أمس بعد ساعات من هجوم مماثل.", 1),
])
def test_an_act_days_before(pipeline, text, n):
    assert len(events(pipeline, text)) == n


def test_a_province_countryside_told_again_at_a_town(pipeline):
    got = events(pipeline, "استشهد عسكري وأصيب اثنان آخران جراء اعتداء إرهابي بالأسلحة الرشاشة على حاجز"
                           " للجيش العربي السوري في ريف درعا الغربي أمس.\nوأفاد مراسل سانا بأن مجموعة"
                           " إرهابية هاجمت الحاجز الواقع على أطراف بلدة اليادودة، قبل أن تتصدى لها"
                           " وحدات الجيش وتجبرها على الفرار.")
    assert [(e.location, e.fatalities, e.actor2) for e in got] == [
        ("Al Yadudah", 1, "Military Forces of Syria (2000-2024)")]


def test_a_town_badia_is_no_province_told_again(pipeline):
    # بادية عقيربات is a town's steppe, not a province's countryside: a record elsewhere with no
    # toll does not take its act
    got = events(pipeline, "قتل مدنيان فجر اليوم جراء انفجار لغم أرضي في بادية عقيربات بريف حماة الشرقي،"
                           " كما أصيب ثالث بجروح بليغة ونقل إلى مشفى مدينة السلمية.")
    assert any(e.fatalities == 2 and e.location != "As Salamiyah" for e in got)


def test_an_accusation_of_acts_in_general_names_no_doer(pipeline):
    # the accusers (مسؤولون في قسد) are no accused either
    got = events(pipeline, "قتل عنصران من قوات سوريا الديمقراطية، مساء أمس، بهجوم مسلح شنه مجهولون على"
                           " حاجز لها في بلدة الشحيل بريف دير الزور الشرقي.\nويتهم مسؤولون في قسد خلايا"
                           " تنظيم داعش بالوقوف وراء معظم الهجمات في المنطقة.")
    assert [(e.actor1, e.actor2) for e in got] == [
        ("Unidentified Armed Group (Syria)", "SDF: Syrian Democratic Forces")]


def test_an_accusation_after_the_accusers_names_the_accused(pipeline):
    got = events(pipeline, "قتل عنصران من قوات سوريا الديمقراطية، مساء أمس، بهجوم مسلح شنه مجهولون على"
                           " حاجز لها في بلدة الشحيل بريف دير الزور الشرقي.\nويتهم مسؤولون في قسد خلايا"
                           " تنظيم داعش بتنفيذ الهجوم.")
    assert [e.actor1 for e in got] == ["Islamic State (Syria)"]


@pytest.mark.parametrize("text, want", [
    # a verb whose complement stands past its subject (قضت قوات الجيش على): the people after it
    ("قضت قوات الجيش على ثلاثة إرهابيين في ولاية قسنطينة أمس.", 3),
    # "two" after its noun (إرهابيين اثنين) counts the noun
    ("قضت مفرزة للجيش على إرهابيين اثنين في ولاية قسنطينة أمس.", 2),
    ("قتل الجيش إرهابيين اثنين في مدينة قسنطينة أمس.", 2),
])
def test_eliminated_and_two_after_its_noun(pipeline, text, want):
    got = events(pipeline, text)
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in got] == [
        ("Armed clash", "Military Forces of Algeria", want)]


def test_a_verb_of_spending_is_no_killing(pipeline):
    assert events(pipeline, "قضى الجيش ليلة هادئة في ولاية قسنطينة أمس.") == ()


def test_a_fight_between_families_past_an_insert_is_communal(pipeline):
    got = events(pipeline, "وقع اشتباك مسلح، ليل أمس، بين عائلتين في بلدة بريتال البقاعية على خلفية ثأر"
                           " قديم، ما أدى إلى مقتل شخص وجرح ثلاثة.")
    assert [(e.actor1, e.actor2, e.fatalities) for e in got] == [
        ("Unidentified Tribal Militia (Lebanon)", "Unidentified Tribal Militia (Lebanon)", 1)]


def test_a_device_told_again_at_a_village_is_one_act_there(pipeline):
    got = events(pipeline, "أفاد مصدر أمني، أمس، بمقتل مدني وإصابة اثنين آخرين بانفجار عبوة ناسفة في قضاء"
                           " المقدادية بمحافظة ديالى.\nوقال المصدر إن العبوة كانت مزروعة على جانب طريق"
                           " زراعي في قرية الهارونية وانفجرت لدى مرور سيارة مدنية.")
    assert [(e.location, e.fatalities) for e in got] == [("Al Haruniyah", 1)]


def test_the_same_word_in_two_towns_is_two_acts(pipeline):
    got = events(pipeline, "استهدفت قوات النظام بقصف مدفعي مدينة حرستا أمس، ما أسفر عن مقتل ثلاثة أشخاص."
                           "\nكما طال القصف مدينة دوما دون وقوع إصابات.")
    assert sorted(e.location for e in got) == ["Duma", "Harasta"]


def test_a_force_that_protects_the_doers_is_no_side_hit(pipeline):
    got = events(pipeline, "هاجم مستوطنون، مساء أمس، منازل المواطنين في قرية حوارة جنوب نابلس، ورشقوها بالحجارة"
                           " تحت حماية جنود الاحتلال، ما أدى إلى إصابة مواطنين اثنين بجروح.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in got] == [
        ("Attack", "Settlers (Israel)", "Civilians (Palestine)")]


def test_areas_of_control_are_no_takeover(pipeline):
    got = events(pipeline, "اغتال مسلحون مجهولون، مساء أمس، شيخ عشيرة بإطلاق النار عليه في بلدة ذيبان بريف"
                           " دير الزور الشرقي، ضمن مناطق سيطرة قوات سوريا الديمقراطية.")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in got] == [
        ("Attack", "Unidentified Armed Group (Syria)", 1)]


def test_a_vehicle_of_the_army_that_was_hit_is_no_weapon_of_it(pipeline):
    got = events(pipeline, "استشهد ضابط وثلاثة مجندين، أمس، إثر انفجار عبوة ناسفة استهدفت مدرعة تابعة"
                           " للقوات المسلحة جنوب مدينة رفح بشمال سيناء.")
    assert [(e.actor1, e.actor2, e.fatalities) for e in got] == [
        ("Unidentified Armed Group (Egypt)", "Military Forces of Egypt", 4)]


@pytest.mark.parametrize("dateline", ["العريش - المصري اليوم", "موسكو - روسيا اليوم"])
def test_a_date_word_in_the_agency_name_is_no_date(pipeline, dateline):
    got = events(pipeline, dateline + "\nقتل ثلاثة أشخاص، الخميس، إثر انفجار عبوة ناسفة جنوب مدينة رفح.",
                 published=date(2024, 5, 1))  # a Wednesday
    assert [str(e.event_date) for e in got] == ["2024-04-25"]


def test_the_fallen_of_a_failed_attack_attacked(pipeline):
    got = events(pipeline, "قتل وأصيب عدد من مسلحي جماعة الحوثي، أمس، في هجوم فاشل على مواقع الجيش الوطني"
                           " في جبهة الكسارة غربي محافظة مأرب.")
    assert [(e.actor1, e.actor2) for e in got] == [("Houthi Movement", "Military Forces of Yemen")]


def test_a_doer_told_with_a_doubt_about_its_group(pipeline):
    got = events(pipeline, "قتل عشرة مدنيين في هجوم لمسلحين يعتقد أنهم من فاغنر على قرية قرب تمبكتو أمس.")
    assert [(e.actor1, e.actor2) for e in got] == [("Wagner Group", "Civilians (Mali)")]


def test_the_kurdish_security_forces_are_the_asayish(pipeline):
    got = events(pipeline, "اعتقلت قوات الأمن الكردية (الأسايش) خمسة أشخاص في مدينة القامشلي أمس.")
    assert [(e.sub_event_type, e.actor1) for e in got] == [("Arrests", "Asayish")]


@pytest.mark.parametrize("end, want", [
    ("ما أدى إلى مقتله.", 1), ("ما أدى إلى مقتلهما.", 2), ("ما أدى إلى استشهاده.", 1),
    ("ما أدى إلى مقتلهم.", 10),  # (a plural pronoun: the victims' count is not told here)
])
def test_a_pronoun_on_the_death_noun_counts_its_victims(pipeline, end, want):
    got = events(pipeline, "استهدفت طائرة مسيرة تركية سيارة في قرية قرب مدينة القامشلي أمس " + end)
    assert [e.fatalities for e in got] == [want]


def test_a_pronoun_on_a_noun_of_the_dead_is_no_count(pipeline):
    got = events(pipeline, "قصفت طائرات التحالف مواقع داعش في مدينة الموصل أمس وقالت إن قتلاه بالعشرات.")
    assert [e.fatalities for e in got] != [1]


@pytest.mark.parametrize("text, want", [
    # a body found killed (مقتول، مقتولا، مقتولين) is an attack on the dead, the day it was found
    ("عثر الأهالي أمس على جثة شاب مقتول بالرصاص في مدينة الموصل.",
     ("Attack", "Unidentified Armed Group (Iraq)", 1)),
    # the finder (عثرت الشرطة) reports the act, it did not do it
    ("عثرت الشرطة أمس على جثتي شقيقين مقتولين في مدينة بعقوبة.",
     ("Attack", "Unidentified Armed Group (Iraq)", 2)),
])
def test_bodies_found_killed(pipeline, text, want):
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events(pipeline, text)] == [want]


def test_rockets_launched_from_abroad_are_an_armed_group_of_where_they_came_from(pipeline):
    got = events(pipeline, "سقط صاروخ أطلق من غزة على مدينة سديروت أمس دون أن يتسبب بإصابات.")
    assert [(e.sub_event_type, e.actor1) for e in got] == [
        ("Shelling/artillery/missile attack", "Unidentified Armed Group (Palestine)")]


@pytest.mark.parametrize("text, want", [
    # seizing a vehicle or goods is looting, not a takeover of ground
    ("استولى مسلحون على سيارة تابعة لمنظمة إغاثية في مدينة نيالا أمس.", "Looting/property destruction"),
    ("استولى مسلحون على مدينة نيالا أمس بعد معارك مع الجيش.", "Non-state actor overtakes territory"),
])
def test_seizing_goods_is_looting(pipeline, text, want):
    assert [e.sub_event_type for e in events(pipeline, text)] == [want]


def test_a_smuggler_killed_is_one(pipeline):
    got = events(pipeline, "قتل مهرب وأصيب آخر برصاص حرس الحدود الأردني في منطقة الرويشد أمس.")
    assert [e.fatalities for e in got] == [1]


def test_an_air_defence_meeting_the_strike_fights_no_battle(pipeline):
    got = events(pipeline, "أعلنت وسائل إعلام سورية مقتل مدنيين اثنين في غارات إسرائيلية استهدفت العاصمة دمشق"
                           " مساء أمس، مضيفة أن الدفاعات الجوية السورية تصدت لعدد من الصواريخ الإسرائيلية.")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in got] == [
        ("Air/drone strike", "Military Forces of Israel", 2)]


@pytest.mark.parametrize("text, want", [
    # the group that announces an act's verbal noun did it, past a comma-set apposition
    ("أعلنت كتائب القسام، الجناح العسكري لحركة حماس، قنص جندي إسرائيلي شرق مدينة خان يونس أمس.",
     ("Hamas Movement", "Military Forces of Israel")),
    # the Houthis' armed forces in Sanaa shot down the drone: they are actor1, not its owner's foe
    ("أعلنت القوات المسلحة اليمنية في صنعاء إسقاط طائرة أمريكية مسيرة في أجواء محافظة مأرب أمس.",
     ("Houthi Movement", None)),
])
def test_an_announced_act(pipeline, text, want):
    assert [(e.actor1, e.actor2) for e in events(pipeline, text)] == [want]


def test_a_source_saying_is_no_doer(pipeline):
    got = events(pipeline, "قال مصدر طبي قتل ثلاثة أشخاص في قصف على مدينة إدلب أمس.")
    assert [e.actor1 for e in got] == ["Unidentified Armed Group (Syria)"]


@pytest.mark.parametrize("text, want", [
    # one of the counted is no extra death (بينهم ضابط)
    ("لقي 4 عناصر من قوات النظام مصرعهم، بينهم ضابط برتبة ملازم، في هجوم على بلدة السخنة أمس.", 4),
    # a singular dead before an injury count, and one of the wounded who died later
    ("أسفر الهجوم عن مقتل جندي وإصابة ثلاثة آخرين بجروح خطيرة توفي أحدهم لاحقا في المستشفى، في مدينة العريش أمس.", 2),
    ("أسفر الهجوم عن مقتل جندي وإصابة ثلاثة آخرين في مدينة العريش أمس.", 1),
])
def test_tolls_of_subsets_and_later_deaths(pipeline, text, want):
    assert [e.fatalities for e in events(pipeline, text)] == [want]


def test_a_tally_over_the_past_week_is_no_act(pipeline):
    assert events(pipeline, "قتل أكثر من 50 مسلحا من داعش في عمليات الجيش العراقي في صحراء الأنبار"
                            " خلال الأسبوع الماضي.") == ()


@pytest.mark.parametrize("text", [
    "الحديدة - المسيرة\nاستشهد طفل أمس جراء قصف مدفعي لمرتزقة العدوان على منازل المواطنين في مديرية التحيتا.",
    "استشهد طفل أمس جراء قصف مدفعي لمرتزقة العدوان على منازل المواطنين في مديرية التحيتا، وأوضح مصدر"
    " محلي للمسيرة أن القصف استهدف المنازل.",
])
def test_an_outlet_named_march_is_no_protest(pipeline, text):
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Shelling/artillery/missile attack"]


def test_a_march_a_source_tells_of_is_a_protest(pipeline):
    got = events(pipeline, "قال الناشط إن مسيرة خرجت في مدينة تعز أمس للمطالبة بصرف الرواتب.")
    assert [e.sub_event_type for e in got] == ["Peaceful protest"]


def test_a_migrant_shot_is_a_civilian(pipeline):
    got = events(pipeline, "أصيب مهاجر أفريقي بنيران حرس الحدود السعودي في منطقة آل ثابت بمديرية قطابر أمس.")
    assert [(e.sub_event_type, e.actor2) for e in got] == [("Attack", "Civilians (Yemen)")]


def test_a_road_between_two_named_towns_is_one_place(pipeline):
    got = events(pipeline, "قتل شابان مساء أمس إثر استهدافهم بالرصاص من قبل مسلحين مجهولين على الطريق الواصل"
                           " بين بلدتي نصيب وأم المياذن في ريف درعا الشرقي.")
    assert [(e.location, e.fatalities) for e in got] == [("Nasib", 2)]


@pytest.mark.parametrize("text", [
    # a verb in the relative clause of a condemned act (الهجوم الذي استهدف) is the act condemned
    "أدانت وزارة الخارجية السعودية الهجوم الإرهابي الذي استهدف مسجدا في مدينة بيشاور الباكستانية.",
    # a threat told with its participle (مهددا باستهداف)
    "حذر الجيش الإسرائيلي سكان جنوب لبنان من العودة إلى قراهم، مهددا باستهداف أي تحرك قرب الحدود.",
])
def test_condemned_and_threatened_acts_are_no_events(pipeline, text):
    assert events(pipeline, text) == ()


def test_an_act_told_in_a_relative_clause_is_an_event(pipeline):
    got = events(pipeline, "قتل ثلاثة أشخاص في الهجوم الذي استهدف مسجدا في مدينة بيشاور أمس.")
    assert [e.fatalities for e in got] == [3]


def test_martyrs_who_fell_by_fire_were_killed(pipeline):
    got = events(pipeline, "شيع آلاف الفلسطينيين في مدينة جنين جثامين ثلاثة شهداء سقطوا برصاص الاحتلال أمس.")
    assert [(e.actor1, e.fatalities) for e in got] == [("Military Forces of Israel", 3)]


def test_a_suicide_bombing_in_the_accusative_is_one(pipeline):
    got = events(pipeline, "تبنت حركة الشباب تفجيرا انتحاريا استهدف فندقا في مقديشو أمس وأسفر عن مقتل 9 أشخاص.")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in got] == [("Suicide bomb", "Al Shabaab", 9)]


def test_the_temporary_capital_is_the_town_named_after_it(pipeline):
    got = events(pipeline, "شهدت مدينة كريتر بالعاصمة المؤقتة عدن، أمس، احتجاجات غاضبة قام خلالها محتجون"
                           " بإحراق إطارات السيارات.")
    assert [e.location for e in got] == ["Aden"]


@pytest.mark.parametrize("text, want", [
    # a brawl between two parties: mob violence with rioters on both sides (ACLED, the dev coders)
    ("أصيب 7 أشخاص، أمس، إثر نشوب مشاجرة بين عائلتين بالطوب والحجارة في قرية القاوية التابعة لمركز"
     " البلينا في سوهاج.", ("Mob violence", "Rioters (Egypt)", "Rioters (Egypt)")),
    ("قتل شاب طعنا بالسكين خلال مشاجرة في حي الشيخ مقصود بمدينة حلب أمس.",
     ("Mob violence", "Rioters (Syria)", "Civilians (Syria)")),
])
def test_brawls_are_mob_violence(pipeline, text, want):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text)] == [want]


def test_a_count_of_members_after_an_attack_verb_is_its_subject(pipeline):
    # (after a verb of killing it is its object: قتل العشرات من عناصر داعش)
    got = events(pipeline, "هاجم العشرات من عناصر تنظيم داعش قرية البوعجيل في قضاء تكريت أمس.")
    assert [e.actor1 for e in got] == ["Islamic State (Iraq)"]


@pytest.mark.parametrize("text, want", [
    # a state's missiles abroad, no other weapon: an air strike, as before صاروخي was a weapon word
    ("شنت مسيرة إسرائيلية غارة على سيارة في بلدة برج الملوك في جنوب لبنان أمس. كما استهدف قصف"
     " صاروخي إسرائيلي أطراف بلدة كفركلا.", ["Air/drone strike", "Air/drone strike"]),
    # with artillery named too, shelling
    ("شنت مسيرة إسرائيلية غارة على سيارة في بلدة برج الملوك في جنوب لبنان أمس. كما استهدف قصف"
     " صاروخي ومدفعي إسرائيلي أطراف بلدة كفركلا.", ["Air/drone strike", "Shelling/artillery/missile attack"]),
])
def test_a_states_missiles_abroad(pipeline, text, want):
    assert [e.sub_event_type for e in events(pipeline, text)] == want


def test_ground_rockets_abroad_are_shelling(pipeline):
    # Katyusha and Grad rockets are fired from the ground (rocket artillery), not from aircraft
    got = events(pipeline, "شنت مسيرة إسرائيلية غارة على سيارة في بلدة برج الملوك في جنوب لبنان أمس. كما"
                           " استهدف الجيش الإسرائيلي بلدة كفركلا بقصف بصواريخ الكاتيوشا.")
    assert [e.sub_event_type for e in got][-1:] == ["Shelling/artillery/missile attack"]
