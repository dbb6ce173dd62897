"""Mechanisms of the tenth round (issue #9), one report per row: the two sides of a fight
told by its dead, a continuation that names the doer of an act with an unidentified one,
clause openers of another occasion (غداة، تلا ذلك), civilian venues as the target."""
from __future__ import annotations

import pytest

from hadath.types import Article
from tests.events.conftest import events


@pytest.mark.parametrize("text, want", [
    # the dead of two sides and no doer named: the fight was between them
    ("أسفرت المواجهات في مدينة العريش اليوم عن مصرع سبعة عناصر إرهابية واستشهاد ضابط من قوات الشرطة.",
     ("Armed clash", "Police Forces of Egypt", "Unidentified Armed Group (Egypt)")),
    # a state force announcing the death of the gunmen it fought is the side that killed them
    ("أعلن الجيش المصري، الجمعة، مقتل مسلحين اثنين إثر تبادل لإطلاق النار في مدينة العريش.",
     ("Armed clash", "Military Forces of Egypt", "Unidentified Armed Group (Egypt)")),
    # a restaurant, a market or a hotel attacked is a civilian target
    ("هاجم انتحاري بسيارة مفخخة مطعما شعبيا في العاصمة الصومالية مقديشو اليوم.",
     ("Suicide bomb", "Unidentified Armed Group (Somalia)", "Civilians (Somalia)")),
    # a person "in" a group (قيادي في حركة حماس) whose house is hit: the group is the side hit,
    # not the doer
    # (the aircraft over Gaza are Israel's: data/lexicons/weapon_owners.tsv, round 18)
    ("قصفت طائرة مسيرة منزل قيادي في حركة حماس في مدينة رفح أمس.",
     ("Air/drone strike", "Military Forces of Israel", "Hamas Movement")),
    # what a strike hits names its owner as the side hit (a convoy of the police)
    ("استهدفت عبوة ناسفة موكبا للشرطة في مدينة الموصل أمس.",
     ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq")),
    # the subject after a verb carrying its object (غارة شنتها طائرة أميركية) did the act
    ("قتل 12 شخصا في مدينة مأرب اليمنية في غارة جوية شنتها طائرة أميركية بدون طيار فجر أمس.",
     ("Air/drone strike", "Military Forces of the United States", "Civilians (Yemen)")),
    # the side named by what it owns (الطائرات الحربية التابعة للتحالف): the owner
    ("شنت الطائرات الحربية التابعة للتحالف بقيادة السعودية غارات جوية على مديرية منبه في محافظة صعدة اليوم.",
     ("Air/drone strike", "Military Forces of Saudi Arabia", None)),
    # an indefinite dual after an unvocalized kill verb is the one killed, though its group (من
    # الجيش), a later clause's count (وأصيب ثلاثة) and the attack's doer (شنه مسلحو X) follow
    ("قتل جنديان من الجيش الصومالي وأصيب ثلاثة آخرون في هجوم شنه مسلحو حركة الشباب على قاعدة"
     " عسكرية في بلدة بلدوين وسط الصومال، صباح اليوم.",
     ("Armed clash", "Al Shabaab", "Military Forces of Somalia")),
    # "the government's forces" are the country's military
    ("سيطرت قوات المجلس الانتقالي الجنوبي على معسكر في مديرية لودر بمحافظة أبين بعد اشتباكات مع"
     " قوات الحكومة استمرت ساعات.",
     ("Non-state actor overtakes territory", "STC: Southern Transitional Council", "Military Forces of Yemen")),
    # what air defences shot down is the launcher's: actor2 of the disrupted weapon
    ("أسقطت الدفاعات الجوية التابعة للجيش السوداني طائرة مسيرة أطلقتها قوات الدعم السريع على مدينة"
     " عطبرة فجر اليوم.",
     ("Disrupted weapons use", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces")),
    # a group name several regional branches share, none of them working where the story is: the
    # one that works anywhere (تنظيم القاعدة in Syria), not the first branch listed
    ("نفذت القوات الأمريكية ضربة جوية استهدفت قياديا في تنظيم القاعدة في محافظة إدلب شمال غرب سوريا.",
     ("Air/drone strike", "Military Forces of the United States", "Al Qaeda")),
    # a trigger word inside a group's name (فتح in حركة فتح) is the name, not an act
    ("اغتال مسلحون مجهولون قياديا في حركة فتح بإطلاق النار عليه في مخيم عين الحلوة قرب صيدا، فجر اليوم.",
     ("Armed clash", "Unidentified Armed Group (Lebanon)", "Fatah Movement")),
    # an indefinite member noun of a force after an unvocalized kill verb is the one killed,
    # whatever follows: its force (في الشرطة), a second victim, the group that claimed it
    ("قتل ضابط في الشرطة المصرية وأصيب جنديان في هجوم مسلح استهدف كمينا أمنيا في مدينة العريش بشمال"
     " سيناء، مساء أمس، وتبنى تنظيم ولاية سيناء الهجوم.",
     ("Armed clash", "Islamic State (Egypt)", "Police Forces of Egypt")),
    # deaths during a raid whose doer is its genitive, the raid read in another frame
    ("استشهد ثلاثة شبان واعتقل آخرون خلال اقتحام قوات الاحتلال مدينة جنين ومخيمها فجر اليوم.",
     ("Attack", "Military Forces of Israel", "Civilians (Palestine)")),
    # ... and the people arrested in it are arrested by the force, with no dead of their own
    ("استشهد ثلاثة شبان واعتقل آخرون خلال اقتحام قوات الاحتلال مدينة جنين ومخيمها فجر اليوم.",
     ("Arrests", "Military Forces of Israel", "Civilians (Palestine)")),
    # the side hit is named as the dead of a death word of the clause (ما أدى إلى مقتل جنديين)
    ("قال ضابط في الجيش العراقي إن مسلحين هاجموا نقطة تفتيش في قضاء الطارمية شمال بغداد، ما أدى إلى"
     " مقتل جنديين.",
     ("Armed clash", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq")),
    # a member noun "in" a force (بسيارة ضابط في الجيش العراقي) names the side hit, not the doer
    ("انفجرت عبوة ناسفة لاصقة بسيارة ضابط في الجيش العراقي في منطقة المنصور غربي بغداد، ما أدى إلى"
     " إصابته بجروح بليغة.",
     ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq")),
    # an agent marker before the attacker noun and its group (برصاص قناص من فصائل المعارضة): the
    # group fired, the counted members of the other side fell
    ("أفاد المرصد السوري لحقوق الإنسان بمقتل عنصرين من قوات النظام برصاص قناص من فصائل المعارضة على"
     " محور كبانة بريف اللاذقية الشمالي.",
     ("Armed clash", "Opposition Rebels (Syria)", "Military Forces of Syria (2000-2024)")),
    # القضاء على (to eliminate) people is killing them; a fight between two named tribes
    # (بين عشيرتي X وY) is communal
    ("تمكنت قوات الأمن التونسية من القضاء على ثلاثة إرهابيين في مدينة القصرين اليوم.",
     ("Armed clash", "Police Forces of Tunisia", "Unidentified Armed Group (Tunisia)")),
    ("اندلعت اشتباكات مسلحة بين عشيرتي البو محمد والبو حسين في مدينة الناصرية اليوم.",
     ("Armed clash", "Unidentified Tribal Militia (Iraq)", "Unidentified Tribal Militia (Iraq)")),
    # a ramming that wounds soldiers, its attacker shot dead: the soldiers' fire is the doer of
    # his death (after its own death verb), not of their wounds; a nisba between a singular
    # victim and its death verb (شاب فلسطيني استشهد) still counts one
    ("أصيب 4 جنود إسرائيليين في عملية دهس قرب مستوطنة كريات أربع جنوب الخليل، ونفذها شاب فلسطيني"
     " استشهد برصاص الجنود.",
     ("Armed clash", "Unidentified Armed Group (Palestine)", "Military Forces of Israel")),
    ("دهس مستوطن طفلا فلسطينيا قرب بلدة حوارة جنوب نابلس صباح اليوم.",
     ("Attack", "Settlers (Israel)", "Civilians (Palestine)")),
    # soldiers "of" a force are one side with it, the one hit; the doer is the group accused
    ("عدن - خاص: قتل ثلاثة جنود من قوات الحزام الأمني وأصيب اثنان آخران، اليوم السبت، في هجوم بطائرة"
     " مسيرة استهدف نقطة عسكرية في مديرية مودية بمحافظة أبين. واتهمت مصادر عسكرية تنظيم القاعدة"
     " بالوقوف وراء الهجوم.",
     ("Air/drone strike", "AQAP: Al Qaeda in the Arabian Peninsula", "Security Belt Forces")),
    # ... but two sides side by side are a verb's subject and object (اعتقلت قوات الاحتلال شابا)
    ("اعتقلت قوات الاحتلال شابا بعد أن داهمت منزله في مخيم الجلزون شمال رام الله اليوم.",
     ("Arrests", "Military Forces of Israel", "Civilians (Palestine)")),
    # the owner "belonging" after a target and its complement (مستودعا للأسلحة تابعا لـX) is hit
    ("قصفت الطائرات الحربية الروسية مستودعا للأسلحة تابعا لهيئة تحرير الشام في بلدة كفرنبل بريف إدلب"
     " الجنوبي.",
     ("Air/drone strike", "Military Forces of Russia (2000-)", "HTS: Hayat Tahrir al-Sham")),
    # a verb joined by و to the speaker's "it" verb shares its subject; smugglers are armed (an
    # unidentified armed group since round 11)
    ("قال الجيش الأردني إنه أحبط محاولة تسلل وتهريب كميات كبيرة من المخدرات على الحدود مع سوريا في"
     " منطقة الرويشد، وقتل أربعة من المهربين.",
     ("Armed clash", "Military Forces of Jordan", "Unidentified Armed Group (Jordan)")),
    # an accusation's subject comes right after its verb, the accused after it (تتهم قوات الجيش
    # الوطني الليبي مجلس شورى ثوار بنغازي بإطلاق القذائف)
    ("بنغازي - قالت مصادر طبية إن ثلاثة مدنيين قتلوا في سقوط قذائف على حي الصابري وسط المدينة مساء"
     " الأحد. وتتهم قوات الجيش الوطني الليبي مجلس شورى ثوار بنغازي بإطلاق القذائف على الأحياء السكنية.",
     ("Shelling/artillery/missile attack", "BRSC: Benghazi Revolutionaries Shura Council", "Civilians (Libya)")),
    # who a target hosts (قاعدة ... التي تستضيف قوات أمريكية) is the side hit, not the doer
    ("استهدف هجوم بطائرة مسيرة قاعدة عين الأسد الجوية التي تستضيف قوات أمريكية في محافظة الأنبار غربي"
     " العراق.",
     ("Air/drone strike", "Unidentified Armed Group (Iraq)", "Military Forces of the United States")),
    # the two parties of an agreement named together are its two sides, not a side and its ally
    ("وقعت الحكومة السودانية وحركة جيش تحرير السودان اتفاقا لوقف إطلاق النار في جوبا.",
     ("Agreement", "Government of Sudan", "SLM/A: Sudan Liberation Movement/Army")),
    # a camp (of refugees or the displaced) struck is a civilian target
    ("ارتفعت حصيلة ضحايا الغارة الإسرائيلية على مخيم النصيرات إلى 18 شهيدا بعد وفاة ثلاثة جرحى"
     " متأثرين بجراحهم.",
     ("Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)")),
    # ACLED's ethnic militias named by their community (فصائل درزية، مسلحو التبو)
    ("اندلعت اشتباكات بين فصائل درزية مسلحة وقوات الأمن العام في بلدة أشرفية صحنايا بريف دمشق.",
     ("Armed clash", "Druze Ethnic Militia (Syria)", "Police Forces of Syria (2000-2024)")),
    # gunmen shooting at a sit-in: excessive force against protesters by a non-state group (round
    # 20: ACLED's sub-event covers non-state actors targeting protesters, as news_dev's gold codes a
    # militia firing on a march), the gunmen the force - no police the text never names
    ("أطلق مجهولون يستقلون سيارة النار على المعتصمين في ساحة الحبوبي بالناصرية، ما أسفر عن مقتل ثلاثة"
     " منهم.",
     ("Excessive force against protesters", "Protesters (Iraq)", "Unidentified Armed Group (Iraq)")),
    # Houthi media: "the army and the popular committees" repel an advance of "the aggression's
    # mercenaries" (the attacker first, the repeller second: actors31, the lead's convention)
    ("تمكن أبطال الجيش واللجان الشعبية من صد زحف لمرتزقة العدوان في جبهة نهم وتكبيدهم خسائر فادحة.",
     ("Armed clash", "Military Forces of Yemen", "Houthi Movement")),
    # what a strike hits in the indefinite accusative (تجمعا لجنود الاحتلال) names its owner as
    # the side hit; the speaker's "it" did it; rocket weapons are missiles
    ("أعلن حزب الله أنه استهدف تجمعا لجنود الاحتلال في مستوطنة المطلة بالأسلحة الصاروخية.",
     ("Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel")),
    # a count in the next coordinated clause (وأصيب ثلاثة مدنيين) is no object of the kill verb
    ("قتل شرطيان صوماليان وأصيب ثلاثة مدنيين في انفجار عبوة ناسفة استهدف دورية للشرطة في حي هودن"
     " بمقديشو.",
     ("Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)", "Police Forces of Somalia")),
    # "the African forces" in Somalia are the African Union's mission of the day
    ("أعلنت حركة الشباب مسؤوليتها عن الهجوم الذي استهدف قاعدة للقوات الأفريقية في منطقة شبيلي السفلى.",
     ("Armed clash", "Al Shabaab", "ATMIS: African Union Transition Mission in Somalia")),
    # a protest's motive (احتجاجا على البطالة) ends at the comma: the clash after it is the crowd's
    ("أغلق متظاهرون غاضبون مقر شركة النفط في مدينة ورقلة احتجاجا على البطالة، واشتبكوا مع قوات الدرك.",
     ("Violent demonstration", "Rioters (Algeria)", "Police Forces of Algeria")),
])
def test_sides(pipeline, text, want):
    got = [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text)]
    assert want in got, got


@pytest.mark.parametrize("text, not_want", [
    # soldiers "of" a force are that force, not its opponent
    ("استشهد أربعة جنود من القوات المسلحة الجنوبية اليوم إثر انفجار عبوة ناسفة في مديرية مودية في محافظة أبين.",
     "Military Forces of Yemen"),
    # a source quoted with عن is no side (نقل المراسل عن الأجهزة الأمنية مقتل ...)
    ("ونقل المراسل عن الأجهزة الأمنية الصومالية مقتل خمسة من المهاجمين في مقديشو اليوم.",
     "Police Forces of Somalia"),
])
def test_no_side(pipeline, text, not_want):
    got = [(e.actor1, e.actor2) for e in events(pipeline, text)]
    assert got and all(not_want not in pair for pair in got), got


def test_other_occasion_opens_a_clause(pipeline):
    # غداة: the day after another act; its bomb does not type the clash told before it
    got = [e.sub_event_type for e in events(
        pipeline, "أعلن الجيش المصري، الجمعة، مقتل مسلحين اثنين إثر تبادل لإطلاق النار في مدينة العريش، "
                  "غداة إعلان مقتل عشرة عسكريين في تفجير مدرعة بمدينة بئر العبد.")]
    assert "Armed clash" in got, got


def test_toll_after_a_list_is_shared(pipeline):
    # a toll told in the next sentence for strikes on a list of places is split between them
    got = sorted((e.location, e.fatalities) for e in events(
        pipeline, "شنت طائرات التحالف غارات على مدينتي حرض وميدي في محافظة حجة اليوم. وأسفرت الغارات"
                  " عن مقتل 10 أشخاص."))
    assert [f for _l, f in got] == [5, 5], got


def test_arrest_has_no_dead(pipeline):
    got = [(e.sub_event_type, e.fatalities) for e in events(
        pipeline, "استشهد ثلاثة شبان واعتقل آخرون خلال اقتحام قوات الاحتلال مدينة جنين ومخيمها فجر اليوم.")]
    assert ("Arrests", 0) in got and ("Attack", 3) in got, got


def test_continuation_names_the_doer(pipeline):
    # the lead tells of clashes with no side; the statement after it names both sides
    text = ("اندلعت اشتباكات في منطقة الأميرية في القاهرة مساء الثلاثاء. وقالت وزارة الداخلية إن "
            "التعامل مع الخلية أسفر عن مصرع سبعة عناصر إرهابية واستشهاد ضابط من قوات الشرطة.")
    got = [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text)]
    assert ("Armed clash", "Police Forces of Egypt", "Unidentified Armed Group (Egypt)") in got, got


@pytest.mark.parametrize("text, want", [
    # an attempt survived was made: "attempt" is no plan after نجا
    ("نجا محافظ عدن من محاولة اغتيال بعبوة ناسفة استهدفت موكبه في مديرية التواهي، فيما قتل اثنان من"
     " مرافقيه.", "Remote explosive/landmine/IED"),
    # what guns or aircraft destroy they struck (دمرت المدفعية مواقع): no property destruction
    ("دمرت المدفعية التركية مواقع لحزب العمال الكردستاني في قضاء العمادية أمس.",
     "Shelling/artillery/missile attack"),
    # aircraft only flying over are no means of the act: the artillery shelled
    ("قصفت المدفعية التركية صباح اليوم قرى ناحية ديرلوك في محافظة دهوك بالتزامن مع اختراق الطائرات"
     " الحربية التركية سماء المنطقة.", "Shelling/artillery/missile attack"),
    # ... aircraft that strike are the means
    ("قصفت الطائرات الحربية التركية صباح اليوم قرى ناحية ديرلوك في محافظة دهوك.", "Air/drone strike"),
])
def test_means(pipeline, text, want):
    got = [e.sub_event_type for e in events(pipeline, text)]
    assert want in got, got


def test_eliminating_corruption_is_no_act(pipeline):
    # القضاء على acts on people only (the trigger's object column): not on corruption
    assert not events(pipeline, "تعهد الرئيس في مدينة تونس اليوم بالقضاء على الفساد في مؤسسات الدولة.")


def test_ongoing_act_is_background(pipeline):
    # "the continuing shelling" describes a state of affairs, not an act of the day
    assert not events(pipeline, "نزح آلاف من سكان القرى الحدودية في محافظة دهوك بسبب القصف التركي المستمر للمنطقة.")


@pytest.mark.parametrize("text", [
    "الأحد 10 يونيو 2012 - قتل ثلاثة مدنيين في قصف على مدينة إدلب أمس.",
    "الأحد 20 رجب 1433 هـ - قتل ثلاثة مدنيين في قصف على مدينة إدلب أمس.",
])
def test_dateline_run_into_the_sentence(pipeline, text):
    # a dateline with no line break before the story is the day "yesterday" counts from, not
    # the act's day (a report with no publication date: the dateline fixes it)
    got = [str(e.event_date) for e in pipeline(Article("t", text, published=None)).events]
    assert got == ["2012-06-09"], got
