"""Mechanisms of the fourteenth round (issue #9), one report per row: people arrested after a
riot are its rioters, ground changes hands between armed sides only, an unnamed doer named by
its group after من is that group, and a verb form that is a place's name (تدمر) is no trigger."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.pipeline import CANDIDATE_STAGES
from hadath.types import Article

from tests.events.conftest import events


@pytest.mark.parametrize("text, want", [
    # arrests after a night of rioting: an arrest of rioters, not an attack
    ("اعتقلت قوات الأمن التونسية عشرات الشبان بعد ليلة من أعمال الشغب في حي التضامن بالعاصمة.",
     [("Arrests", "Police Forces of Tunisia", "Rioters (Tunisia)")]),
    ("اعتقلت قوات الأمن التونسية عشرات الشبان في حي التضامن بالعاصمة.",
     [("Arrests", "Police Forces of Tunisia", "Civilians (Tunisia)")]),
    # the people celebrating a retaken town are no side of the fight for it
    ("أعلن الجيش السوداني استعادة السيطرة على مدينة ود مدني، وسط احتفالات الأهالي في شوارع المدينة.",
     [("Government regains territory", "Military Forces of Sudan (2019-)", None)]),
    # gunmen "of" a group: the group took the village
    ("استولى مسلحون من تنظيم داعش على قرية في ريف تدمر.",
     [("Non-state actor overtakes territory", "Islamic State (Syria)", None)]),
    # ... while soldiers "of" a force killed are the side hit
    ("قتل ثلاثة جنود من قوات الحزام الأمني في هجوم على نقطة تفتيش في أبين.",
     [("Armed clash", "Unidentified Armed Group (Yemen)", "Security Belt Forces")]),
    # تدمر after a preposition or a class noun is Palmyra, not "destroys"
    ("وصلت تعزيزات عسكرية إلى تدمر أمس.", []),
    ("وصلت تعزيزات عسكرية إلى مدينة تدمر أمس.", []),
    ("عاد مئات النازحين إلى تدمر.", []),
    # a gathering broken up by the police was a protest, and the arrests are its intervention
    ("فرقت قوات الأمن الجزائرية تجمعا لأنصار الحراك في العاصمة واعتقلت العشرات منهم.",
     [("Protest with intervention", "Protesters (Algeria)", "Police Forces of Algeria")]),
    ("فضت الشرطة اعتصاما للعمال أمام مقر الشركة في مدينة قفصة.",
     [("Protest with intervention", "Protesters (Tunisia)", "Police Forces of Tunisia")]),
    # partisans fighting their opponents, or the police: a riot; a kill verb "in it" is the
    # clash's toll, not the act
    ("اشتبك أنصار الرئيس محمد مرسي مع معارضيه أمام قصر الاتحادية في القاهرة، ما أسفر عن مقتل ستة أشخاص.",
     [("Violent demonstration", "Rioters (Egypt)", None)]),
    ("وقعت مواجهات بين أنصار جماعة الإخوان وقوات الأمن في حي المطرية بالقاهرة، قتل فيها ثلاثة أشخاص.",
     [("Violent demonstration", "Rioters (Egypt)", "Police Forces of Egypt")]),
    # a raid's damage is what the raid did
    ("اقتحمت قوات الدعم السريع مدينة الجنينة وأحرقت مئات المنازل ونهبت الأسواق.",
     [("Looting/property destruction", "RSF: Rapid Support Forces", "Civilians (Sudan)")]),
    # accidents are no political violence; a mob after an accident, a protest over one, are
    ("قتل خمسة أشخاص في انفجار أسطوانة غاز داخل مطعم في مدينة الزرقاء.", []),
    ("لقي ثلاثة أشخاص مصرعهم في حادث سير على الطريق الدولي قرب مدينة حمص.", []),
    ("اعتدى حشد من الأهالي على سائق بعد حادث سير في مدينة الزرقاء.",
     [("Mob violence", "Rioters (Jordan)", "Civilians (Jordan)")]),
    # a ceasefire agreement is no shooting
    ("وقعت الحكومة السودانية وحركة العدل والمساواة أمس اتفاق وقف إطلاق النار في جوبا.",
     [("Agreement", "Government of Sudan", "JEM: Justice and Equality Movement")]),
    # hostages held by a group that is no state force: an abduction
    ("احتجزت الجبهة الشعبية لتحرير فلسطين 68 رهينة من الأجانب في فندقين في مدينة الزرقاء أمس.",
     [("Abduction/forced disappearance", "PFLP: Popular Front for the Liberation of Palestine",
       "Civilians (Jordan)")]),
    # a court's sentence, a sentence carried out: no act of political violence; an armed group's
    # execution is one
    ("قضت محكمة جنايات القاهرة بإعدام 20 متهما في قضية اقتحام قسم شرطة كرداسة.", []),
    ("نفذت السلطات العراقية حكم الإعدام بحق 21 مدانا بالإرهاب في سجن الناصرية.", []),
    ("أعدم تنظيم داعش ثلاثة شبان رميا بالرصاص في ساحة عامة بمدينة الرقة.",
     [("Attack", "Islamic State (Syria)", "Civilians (Syria)")]),
    # an aircraft "belonging to" a force struck from the air
    ("قصفت طائرة تابعة لقوات حفتر مطار طرابلس الدولي أمس.",
     [("Air/drone strike", "LNA: Libyan National Army", None)]),
    # a strike "from a drone" (من مسيرة) is no march
    ("قتل عنصر من حزب الله بغارة إسرائيلية من مسيرة استهدفت دراجة نارية في بلدة عيتا الشعب جنوب لبنان.",
     [("Air/drone strike", "Military Forces of Israel", "Hezbollah")]),
    # driving armed men out of a village takes it; driving out refugees or an envoy does not
    ("طردت قوات سوريا الديمقراطية عناصر تنظيم داعش من قرية الشعفة في ريف دير الزور.",
     [("Non-state actor overtakes territory", "SDF: Syrian Democratic Forces", "Islamic State (Syria)")]),
    ("طردت السلطات اللبنانية مئات اللاجئين السوريين من بلدة بشري.", []),
    ("طردت الحكومة الجزائرية السفير الفرنسي من البلاد.", []),
    # عدوان with a doer's nationality or genitive is their act; العدوان is a side's name for the enemy
    ("تصدت وسائط دفاعنا الجوي فجر اليوم لعدوان إسرائيلي بالصواريخ استهدف نقاطا في محيط دمشق.",
     [("Shelling/artillery/missile attack", "Military Forces of Israel", None)]),
    ("استشهد ثلاثة شبان فجر اليوم خلال عدوان قوات الاحتلال على مدينة جنين.",
     [("Attack", "Military Forces of Israel", "Civilians (Palestine)")]),
    # a group announcing its responsibility is the doer; one denying it is not
    ("قتل 43 شخصا أمس في تفجيرين انتحاريين في برج البراجنة في بيروت، وأعلن تنظيم الدولة مسؤوليته.",
     [("Suicide bomb", "Islamic State (Lebanon)", "Civilians (Lebanon)")]),
    ("قتل 43 شخصا أمس في تفجيرين انتحاريين في برج البراجنة في بيروت، ونفى حزب الله مسؤوليته.",
     [("Suicide bomb", "Unidentified Armed Group (Lebanon)", "Civilians (Lebanon)")]),
    # the consulate's nationality names whose mission it is, not the country of the authorities
    ("أحرق محتجون غاضبون مبنى القنصلية الإيرانية في النجف ليلة أمس، وأعلنت السلطات حظر التجول في المدينة.",
     [("Violent demonstration", "Rioters (Iraq)", "Police Forces of Iraq")]),
    # seizing a building's contents is looting, not taking ground; a home demolished and a
    # crop burnt are civilians' property; "an unknown group" is an unidentified armed group
    ("اقتحم مسلحون حوثيون مقر نقابة الصحفيين في صنعاء أمس واستولوا على محتوياته.",
     [("Looting/property destruction", "Houthi Movement", "Civilians (Yemen)")]),
    ("هدمت قوات الاحتلال مسكنا في قرية المغير شمال شرق رام الله أمس بحجة عدم الترخيص.",
     [("Looting/property destruction", "Military Forces of Israel", "Civilians (Palestine)")]),
    ("أحرقت مجموعة مجهولة أمس محصول القمح في أراض زراعية بريف الحسكة الجنوبي.",
     [("Looting/property destruction", "Unidentified Armed Group (Syria)", "Civilians (Syria)")]),
    # a funeral's martyrs died before it: a procession chanting is a protest with no toll; a
    # killing during a funeral is an act
    ("شيعت جماهير غفيرة أمس جثامين الشهداء الثلاثة في مخيم بلاطة شرق نابلس، مرددين هتافات تطالب بالانتقام.",
     [("Peaceful protest", "Protesters (Palestine)", None)]),
    # the condemned act's relative clause goes on past و: its toll is the condemned act's too
    ("أدان الأزهر الشريف الهجوم الإرهابي الذي استهدف كنيسة في مدينة الإسكندرية وأسفر عن سقوط قتلى وجرحى.", []),
    # a demand made during a protest: the protest happened (a call to protest is no protest)
    ("طالب أهالي المختطفين في سجون الحوثي بالإفراج عن ذويهم خلال وقفة احتجاجية في مأرب أمس.",
     [("Peaceful protest", "Protesters (Yemen)", None)]),
    ("دعا أهالي المختطفين في سجون الحوثي إلى وقفة احتجاجية في مأرب غدا.", []),
    # a strike (إضراب، أضرب عن) is a protest; solidarity with Gaza does not place a march there
    ("نفذ المعلمون في محافظة تعز أمس إضرابا شاملا عن العمل للمطالبة بصرف رواتبهم.",
     [("Peaceful protest", "Protesters (Yemen)", None)]),
    ("أضرب المعلمون في محافظة تعز عن العمل أمس للمطالبة بصرف رواتبهم.",
     [("Peaceful protest", "Protesters (Yemen)", None)]),
    # "the Bedouin clans' armed men" are the Bedouin militia, facing the Druze factions
    ("اندلعت أمس اشتباكات عنيفة بين مسلحين من عشائر البدو وفصائل درزية في حي المقوس بمدينة السويداء.",
     [("Armed clash", "Bedouin Ethnic Militia (Syria)", "Druze Ethnic Militia (Syria)")]),
    # the army blowing up unexploded ordnance disrupts weapons; it is no bombing
    ("فجر الجيش اللبناني أمس ذخائر غير منفجرة من مخلفات العدوان الإسرائيلي في بلدة الخيام.",
     [("Disrupted weapons use", "Military Forces of Lebanon", None)]),
    # an attack "foiled" with losses inflicted was fought off: a battle, the army leading its
    # tribal allies; a plot foiled is no act
    ("أحبطت قوات الجيش الوطني ورجال القبائل أمس هجوما لمليشيا الحوثي على مواقعهم في جبهة الكسارة"
     " غرب مأرب، وكبدتها خسائر فادحة في الأرواح والعتاد.",
     [("Armed clash", "Houthi Movement", "Military Forces of Yemen")]),
    ("أحبطت الأجهزة الأمنية أمس مخططا إرهابيا لاستهداف كنيسة في القاهرة.", []),
    # seizing a hideout (مضافة) of a group disrupts its weapons use
    ("تمكنت قوة من جهاز مكافحة الإرهاب أمس من ضبط مضافة لعصابات داعش في قضاء الحويجة بكركوك.",
     [("Disrupted weapons use", "Military Forces of Iraq", "Islamic State (Iraq)")]),
    # live ammunition beside smoke bombs is still lethal force at a protest
    ("أطلقت قوات الأمن أمس الرصاص الحي والقنابل الدخانية على المحتجين قرب مبنى محافظة كربلاء، ما أسفر عن إصابة 25 متظاهرا.",
     [("Excessive force against protesters", "Protesters (Iraq)", "Police Forces of Iraq")]),
    # two armed groups in the dual after بين are both sides; the two dead are no side
    ("قتل شخصان في اشتباكات بين مجموعتين مسلحتين في منطقة جنزور غرب طرابلس.",
     [("Armed clash", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")]),
])
def test_round14_sides(pipeline, text, want):
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text)] == want


def test_a_town_of_the_region_before_its_namesake_abroad(pipeline):
    # بيت لحم: Bethlehem in the West Bank, not the bigger Bethlehem, Pennsylvania
    (e,) = events(pipeline, "استشهد شاب برصاص قوات الاحتلال في مدينة بيت لحم أمس.")
    assert (e.location, e.country) == ("Bethlehem", "Palestine")


def test_an_accusative_victim_past_a_long_subject(pipeline):
    # the officer is the verb's object, six words on: one dead, not an unnumbered toll
    (e,) = events(pipeline, "اغتال مسلحون مجهولون يستقلون دراجة نارية أمس ضابطا في الجيش بمدينة عدن.")
    assert (e.sub_event_type, e.fatalities) == ("Armed clash", 1)



def test_the_first_of_joined_sides_leads(pipeline):
    # the Iraqi forces and the Peshmerga: the first named is actor1, the second its associate
    (e,) = events(pipeline, "بدأت القوات العراقية وقوات البيشمركة الكردية فجر أمس عملية عسكرية لاستعادة"
                            " مدينة الموصل من تنظيم داعش، وتمكنت من تحرير تسع قرى شرق المدينة.")
    assert (e.actor1, e.assoc_actor_1, e.actor2) == (
        "Military Forces of Iraq", "Peshmerga (Kurdistan Regional Government)", "Islamic State (Iraq)")


def test_a_series_cue_after_the_acts_own_day_leaves_it(pipeline):
    # "the third wave of strikes since the operations began" tells of the series; the act has
    # its own day (فجر اليوم الاثنين) and stays an act
    text = ("شنت مقاتلات أمريكية وبريطانية فجر اليوم الاثنين غارات على مواقع لجماعة الحوثي في"
            " محافظة الحديدة، في ثالث موجة من الضربات منذ بدء العمليات ضد الجماعة قبل أسبوع.")
    (e,) = events(pipeline, text)
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Air/drone strike", "Military Forces of the United States", "Houthi Movement")


def test_a_verb_describing_the_strikes_does_not_head_them(pipeline):
    # "air strikes that targeted their positions": the verb tells of the strikes; the army that
    # announced its strikes did them, the terrorists killed are the side hit
    (e,) = events(pipeline, "أعلن الجيش المالي أمس مقتل عشرات الإرهابيين في غارات جوية استهدفت مواقعهم"
                            " في منطقة موبتي وسط البلاد.")
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Air/drone strike", "Military Forces of Mali", "Unidentified Armed Group (Mali)")


def test_fires_brought_under_control_and_a_claim_for_every_place(pipeline):
    # "fires that were brought under control": no ground taken; the group that claimed the
    # attack did it at both places
    text = ("تعرضت منشأتان لشركة أرامكو في بقيق وخريص لهجوم بطائرات مسيرة فجر اليوم السبت، ما أدى إلى"
            " اندلاع حرائق تمت السيطرة عليها. وأعلنت جماعة الحوثي مسؤوليتها عن الهجوم.")
    got = [(e.sub_event_type, e.actor1, e.location) for e in events(pipeline, text)]
    assert got == [("Air/drone strike", "Houthi Movement", "Abqaiq"), ("Air/drone strike", "Houthi Movement", "Khurays")]


def test_fighting_on_its_second_day_is_an_act_and_a_running_total_no_toll(pipeline):
    # "the clashes went on for a second day": today's fighting; "56 civilians killed since the
    # fighting began" is the war's total so far, not this clash's toll (the candidate events,
    # before acceptance)
    text = ("تواصلت الاشتباكات العنيفة بين الجيش السوداني وقوات الدعم السريع لليوم الثاني في العاصمة"
            " الخرطوم، وقالت نقابة أطباء السودان إن 56 مدنيا على الأقل قتلوا منذ بدء القتال السبت.")
    doc = hadath.load(stages=CANDIDATE_STAGES)(Article(id="t", text=text, published=date(2023, 4, 16)))
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in doc.events] == [
        ("Armed clash", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces", 0)]


def test_solidarity_with_a_place_does_not_place_the_march(pipeline):
    (e,) = events(pipeline, "خرجت مسيرات حاشدة في الرباط أمس تضامنا مع غزة.")
    assert (e.sub_event_type, e.location, e.country) == ("Peaceful protest", "Rabat", "Morocco")


def test_a_doer_the_text_calls_unknown_stays_unknown(pipeline):
    # the story's army fights IS elsewhere; the gunmen of Nawa are "unknown" in the text itself
    text = ("اغتال مسلحون مجهولون أمس قياديا في فصيل إسلامي في بلدة نوى بريف درعا. في حين دارت اشتباكات"
            " بين قوات النظام وتنظيم داعش في محيط مطار دير الزور العسكري.")
    got = {e.location: e.actor1 for e in events(pipeline, text)}
    assert got["Nawa"] == "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize("text", [
    "شنت الطائرات الحربية الروسية أمس غارات على بلدة بنش ومدينة سرمين في ريف إدلب.",
    "شنت الطائرات الحربية الروسية أمس غارات على محيط بلدة بنش وأطراف مدينة سرمين في ريف إدلب.",
])
def test_a_list_joined_on_the_second_places_class_noun(pipeline, text):
    # (ومدينة سرمين، وأطراف مدينة سرمين: the و on the class noun joins the list)
    assert [e.location for e in events(pipeline, text)] == ["Binnish", "Sarmin"]
