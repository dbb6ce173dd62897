"""Round 50 (issue #9, docs/notes/types50.md): crowds - protests and riots.

- Crowd clash nouns (صدامات، مصادمات، مناوشات، اصطدامات) are fights: between protesters and a
  state force they make a violent demonstration, as اشتباكات and مواجهات did.
- Vandalism (حطم، تحطيم، تكسير، كسر واجهات) is destruction: a crowd that does it riots.
- "أعمال عنف / تخريب" beside a protest word (تخللتها أعمال عنف، تحولت المظاهرة إلى أعمال عنف)
  makes the protest violent; alone it founds nothing.
- Live ammunition used on a crowd (قمعت المظاهرة بالرصاص الحي) is excessive force, even with no
  shooting verb and no one hurt; fired into the air it is not.
- A protest word right after a word of calling off (تعليق الاحتجاجات، إلغاء المسيرة، إنهاء الاعتصام)
  tells no protest, and neither does the crowd word of its clause.
- A crowd word right after a cue of modality (دعا المحتجون إلى مظاهرة يوم الجمعة المقبل) whose
  clause's protest noun the cue blocks is the caller, no protest of its own.
- A crowd word after a noun of a body that speaks or acts for it (ممثلين عن المتظاهرين، تنسيقية
  المتظاهرين، قادة الاحتجاجات، وفد من المحتجين) names the body, no protest.
- A verb of gathering (تجمع، احتشد، تجمهر) followed in its clause by a purpose that is no
  protest's (لاستقبال، لأداء الصلاة، لمساعدة، للاحتفال) tells no protest.
- A protest noun a few words after a word of remembrance (الذكرى الأولى لانطلاق الاحتجاجات) is
  remembered, not told.
- An activist described by an adjective before في (ناشطا بارزا في الاحتجاجات) is a person, no
  protest: killing him is an attack on a civilian.
- A protest noun after an imperfect verb of organizing or leading in a relative clause (تجمع
  المهنيين الذي يقود الاحتجاجات) is what a group does, no protest; it no longer takes in, as an
  unplaced frame, the protests told after it with their places.
- A protest frame is cut, as violent and arrest frames were, where a comma and a coordinated verb
  go on to a place of their own (تظاهر الآلاف في الخرطوم وأم درمان، واعتقلت الشرطة عشرات المحتجين
  في أم درمان): the force's act is at that place, the protest elsewhere stays peaceful.
- Angry fans, residents, citizens (مشجعون غاضبون، الجماهير الغاضبة، أهالي غاضبون) are rioters; a
  rioters' act of violence (no remote means, no clash) is mob violence; rioters named by a noun
  whose second word is a riot word (مثيرو الشغب) may take a role - they fought the force.
- A flag, pictures or an effigy burnt by a crowd is a symbol: a peaceful protest, no destruction.
- People named by an agent phrase (قتل شاب على يد مجموعة من الأهالي), or before a verb of the act
  whose victim is marked by على (اقتحم عشرات المواطنين المستشفى واعتدوا على الطاقم), are a mob.
- Mob violence with an armed or state side as actor1 and people as actor2 (قتلت قوات الدعم السريع
  مواطنا في صدامات مع المواطنين) has the Rioters as actor1 and the armed side as actor2.
"""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.lexicons import function_words
from hadath.events.taxonomy import decide
from hadath.text.normalize import normalize_key
from tests.events.conftest import events

PUB = date(2024, 5, 10)

PEACEFUL = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
EXCESSIVE = ("Protests", "Excessive force against protesters")
RIOT = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")
ATTACK = ("Violence against civilians", "Attack")


def types(pipeline, text):
    return sorted({(e.event_type, e.sub_event_type) for e in events(pipeline, text, PUB)})


@pytest.mark.parametrize("text, want", [
    # crowd clash nouns between a crowd and a force: a violent demonstration
    ("وقعت صدامات بين المتظاهرين والشرطة في مدينة القصرين يوم الأحد.", [RIOT]),
    ("وقعت مناوشات بين المحتجين وقوات الأمن في مدينة البصرة يوم الأحد.", [RIOT]),
    ("وقعت مصادمات بين المحتجين وقوات مكافحة الشغب في مدينة البصرة يوم الأحد.", [RIOT]),
    ("أصيب خمسة متظاهرين في صدامات مع الشرطة في مدينة البصرة يوم الأحد.", [RIOT]),
    ("اندلعت اصطدامات بين المحتجين وقوات الأمن أمام مبنى المحافظة في مدينة الناصرية مساء السبت.", [RIOT]),
    # a crowd's vandalism: a riot
    ("حطم المتظاهرون واجهات المحلات في مدينة البصرة يوم الأحد.", [RIOT]),
    ("قام المحتجون بتكسير واجهات المحلات التجارية في مدينة صفاقس يوم الأحد.", [RIOT]),
    ("أقدم محتجون على تحطيم سيارات الشرطة في مدينة القصرين يوم الأحد.", [RIOT]),
    ("كسر المتظاهرون زجاج مبنى البلدية في مدينة الكاف يوم الأحد.", [RIOT]),
    # a word of violence beside a protest word; alone, or beside no crowd, none
    ("تحولت المظاهرة في مدينة البصرة إلى أعمال عنف يوم الأحد.", [RIOT]),
    ("شهدت مدينة البصرة يوم الأحد مظاهرات تخللتها أعمال عنف.", [RIOT]),
    ("خرجت مسيرة احتجاجية في مدينة القصرين يوم الأحد رافقتها أعمال تخريب.", [RIOT]),
    ("حذر وزير الداخلية يوم الأحد من أعمال العنف في مدينة البصرة.", []),
    ("تظاهر المئات في مدينة البصرة يوم الأحد للمطالبة بتوفير الكهرباء.", [PEACEFUL]),
    # live ammunition on a crowd: excessive force
    ("قمعت قوات الأمن بالرصاص الحي مظاهرة في مدينة البصرة يوم الأحد.", [EXCESSIVE]),
    ("فرقت قوات الأمن المتظاهرين بالرصاص الحي في مدينة الناصرية يوم الأحد.", [EXCESSIVE]),
    ("استخدمت قوات الأمن الذخيرة الحية لتفريق المحتجين في مدينة البصرة يوم الأحد.", [EXCESSIVE]),
    ("فرقت مجموعة مسلحة بالرصاص الحي مظاهرة سلمية في ميدان الشهداء وسط العاصمة طرابلس.", [EXCESSIVE]),
    # a protest called off: none; calling off named elsewhere (its motive, a crowd's banner): kept
    ("أعلنت تنسيقية المتظاهرين في مدينة البصرة يوم الأحد تعليق الاحتجاجات حتى إشعار آخر.", []),
    ("قررت نقابة المعلمين تعليق الإضراب في مدينة البصرة يوم الأحد.", []),
    ("أعلن المحتجون إنهاء الاعتصام أمام مبنى المحافظة في مدينة البصرة يوم الأحد.", []),
    ("تقرر تأجيل المسيرة التي كانت مقررة في مدينة البصرة يوم الأحد.", []),
    ("قرر المنظمون إلغاء الوقفة الاحتجاجية أمام البرلمان في بغداد يوم الأحد.", []),
    ("تظاهر المئات في مدينة البصرة يوم الأحد للمطالبة بإلغاء قرار الحكومة.", [PEACEFUL]),
    ("نظم العشرات وقفة احتجاجية أمام مبنى المحافظة في مدينة البصرة يوم الأحد رفضا لتعليق الرواتب.", [PEACEFUL]),
    ("علق المتظاهرون لافتة كبيرة على مبنى المحافظة في مدينة البصرة يوم الأحد.", [PEACEFUL]),
    # a crowd word that is only the subject of a call for a protest: no protest; a crowd that went
    # out, or protested, calling for more: its protest
    ("دعا المحتجون في مدينة البصرة يوم الأحد إلى مظاهرة مليونية يوم الجمعة المقبل.", []),
    ("طالب المحتجون في مدينة البصرة يوم الأحد بتنظيم مظاهرات جديدة.", []),
    ("دعا عشرات المعتصمين في بغداد يوم الأحد إلى اعتصام مفتوح أمام البرلمان.", []),
    ("خرج المحتجون في مدينة البصرة يوم الأحد داعين إلى اعتصام مفتوح.", [PEACEFUL]),
    ("تظاهر المئات في مدينة البصرة يوم الأحد ودعوا إلى مظاهرة مليونية يوم الجمعة المقبل.", [PEACEFUL]),
    ("طالب المحتجون في مدينة البصرة يوم الأحد بإقالة المحافظ.", [PEACEFUL]),
    # a body that speaks or acts for the crowd: no protest told by the crowd word
    ("التقى رئيس الوزراء يوم الأحد بممثلين عن المتظاهرين في بغداد لبحث مطالبهم.", []),
    ("أعلنت تنسيقية المتظاهرين في مدينة البصرة يوم الأحد رفضها للحوار مع الحكومة.", []),
    ("استقبل المحافظ وفدا من المحتجين في مدينة البصرة يوم الأحد.", []),
    ("اعتقلت قوات الأمن اثنين من قادة الاحتجاجات في مدينة البصرة يوم الأحد.", [("Strategic developments", "Arrests")]),
    ("اعتقلت قوات الأمن عشرات من المتظاهرين في مدينة البصرة يوم الأحد.", [INTERVENTION]),
    # people gathered for no protest's purpose: none; a gathering that demands, or told with no
    # purpose before a police station: a protest
    ("احتشد الآلاف في مطار بغداد يوم الأحد لاستقبال المنتخب الوطني.", []),
    ("تجمع المصلون في المسجد الأقصى يوم الجمعة لأداء صلاة الجمعة.", []),
    ("تجمع الأهالي في موقع الحادث لمساعدة فرق الإنقاذ في مدينة الموصل يوم الأحد.", []),
    ("تجمهر المئات في ساحة المدينة للاحتفال بفوز المنتخب في مدينة وهران يوم الأحد.", []),
    ("احتشد الآلاف في ساحة التحرير ببغداد يوم الجمعة للمطالبة بإسقاط الحكومة.", [PEACEFUL]),
    ("تجمهر عشرات الأهالي أمام مركز الشرطة في مدينة المنيا يوم الأحد.", [PEACEFUL]),
    # protests remembered on an anniversary: none told by the noun; a march on it is a protest
    ("أحيا العراقيون يوم الأحد الذكرى الأولى لانطلاق الاحتجاجات في ساحة التحرير ببغداد.", []),
    ("استذكر الناشطون في بغداد يوم الأحد ذكرى المظاهرات التي شهدتها البلاد.", []),
    ("خرج الآلاف في مظاهرات في ساحة التحرير ببغداد يوم الأحد في الذكرى الأولى لانطلاق الاحتجاجات.", [PEACEFUL]),
    ("نظم الآلاف مسيرة في الخرطوم يوم الأحد في ذكرى الثورة.", [PEACEFUL]),
    # an activist described by an adjective: a person, no protest
    ("قتل مسلحون مجهولون ناشطا بارزا في الاحتجاجات في مدينة البصرة يوم الأحد.", [ATTACK]),
    ("اغتال مسلحون مجهولون الناشط البارز في الاحتجاجات في مدينة البصرة يوم الأحد.", [ATTACK]),
    ("قتل مسلحون ناشطا مدنيا في الاحتجاجات في مدينة البصرة يوم الأحد.", [ATTACK]),
    # a group's habit in a relative clause (الذي يقود الاحتجاجات): no protest; the protests told after
    # it keep their own places
    ("قال تجمع المهنيين السودانيين، الذي يقود الاحتجاجات في البلاد، إن قوات الأمن اعتقلت عشرة من أعضائه.",
     [("Strategic developments", "Arrests")]),
    ("أعلنت الحركة التي تنظم المظاهرات في البلاد منذ أشهر أنها ستواصل نشاطها.", []),
    ("تنظم نقابة المعلمين وقفة احتجاجية أمام وزارة التربية في بغداد يوم الأحد.", [PEACEFUL]),
    # angry fans, residents, citizens: rioters; rioters' violence is mob violence; rioters named by
    # their noun (مثيرو الشغب) are the side that fought the force
    ("هاجم مشجعون غاضبون حافلة الفريق الضيف في مدينة طرابلس يوم الأحد.", [MOB]),
    ("اعتدت الجماهير الغاضبة على حكم المباراة في مدينة بنغازي يوم الأحد.", [MOB]),
    ("اعتدى مواطنون غاضبون على رجلين يشتبه بقيامهما بالسرقة في مدينة المنيا يوم الأحد.", [MOB]),
    ("اشتبك مثيرو الشغب مع قوات الأمن في مدينة المنيا يوم الأحد.", [RIOT]),
    ("اشتبك مثيرو شغب مع الشرطة في مدينة الإسكندرية مساء السبت.", [RIOT]),
    ("تجمع الأهالي الغاضبون أمام مركز الشرطة في مدينة المنيا يوم الأحد مطالبين بالقصاص.", [PEACEFUL]),
    # a symbol burnt by a crowd (flag, pictures, effigy): a peaceful protest, no destruction
    ("أحرق المتظاهرون صور المرشد الإيراني في مدينة النجف يوم الأحد.", [PEACEFUL]),
    ("أحرق المحتجون العلم الإسرائيلي أمام السفارة في بغداد يوم الأحد.", [PEACEFUL]),
    ("أحرق المتظاهرون دمية تمثل الرئيس في مدينة البصرة يوم الأحد.", [PEACEFUL]),
    ("أحرق المتظاهرون مقر الحزب في مدينة البصرة يوم الأحد.", [RIOT]),
    # people who did the act to the civilians hit: a mob
    ("قتل شاب على يد مجموعة من الأهالي في مدينة المنيا يوم الأحد بعد اتهامه بالسرقة.", [MOB]),
    ("اقتحم عشرات المواطنين مستشفى المدينة واعتدوا على الطاقم الطبي في مدينة المنيا يوم الأحد.", [MOB]),
    ("قتل رجل على أيدي عشرات من سكان القرية في محافظة سوهاج يوم الأحد.", [MOB]),
    ("اعتدى عشرات من أهالي القرية على رجلين يشتبه بقيامهما بالسرقة في مدينة المنيا يوم الأحد.", [MOB]),
    ("قتل شاب على يد مسلحين مجهولين في مدينة المنيا يوم الأحد.", [ATTACK]),
    ("قتل مسلحون ثلاثة مواطنين واعتدوا على آخرين في قرية بمحافظة المنيا يوم الأحد.", [ATTACK]),
    ("واصلت الميليشيا استهداف المواطنين في مدينة تعز يوم الأحد.", [ATTACK]),
])
def test_crowd_types(pipeline, text, want):
    assert types(pipeline, text) == want


@pytest.mark.parametrize("text, places", [
    ("على الرغم من أن التجمع الشبابي، الذي ينظم نفسه عبر وسائل التواصل الاجتماعي وينظم الاحتجاجات في "
     "البلاد، يصف أنشطته بأنها سلمية، إلا أن الأنشطة في المدينة ازدادت في اليومين الماضيين. في المظاهرات "
     "التي شهدتها مدن مثل الدار البيضاء وطنجة، رفعت شعارات ضد الفساد.", ["Casablanca", "Tangier"]),
    ("أكدت الحركة، التي تقود المظاهرات في البلاد منذ أسابيع، أن أنشطتها تصاعدت في اليومين الماضيين. في "
     "المظاهرات التي شهدتها مدن مثل الدار البيضاء وطنجة، رفعت شعارات ضد الفساد.", ["Casablanca", "Tangier"]),
])
def test_protests_after_a_groups_habit_keep_their_places(pipeline, text, places):
    assert sorted(e.location for e in events(pipeline, text, PUB)) == places


@pytest.mark.parametrize("text, want", [
    ("خرجت مظاهرات حاشدة في مدن الخرطوم وأم درمان وعطبرة يوم الخميس، وأطلقت قوات الأمن الغاز المسيل "
     "للدموع لتفريق المحتجين في الخرطوم.",
     [("Atbara", PEACEFUL[1]), ("Khartoum", INTERVENTION[1]), ("Omdurman", PEACEFUL[1])]),
    ("تظاهر الآلاف في الخرطوم وأم درمان يوم الخميس، واعتقلت الشرطة عشرات المحتجين في أم درمان.",
     [("Khartoum", PEACEFUL[1]), ("Omdurman", INTERVENTION[1])]),
    ("نظم المئات وقفات احتجاجية في بغداد والبصرة يوم الجمعة، وأطلقت قوات الأمن الرصاص الحي على المحتجين في البصرة.",
     [("Baghdad", PEACEFUL[1]), ("Basrah", EXCESSIVE[1])]),
    # the force's act at no place of its own: at every place of the protest, as before
    ("خرجت مظاهرات حاشدة في مدن الخرطوم وأم درمان يوم الخميس، وأطلقت قوات الأمن الغاز المسيل للدموع "
     "لتفريق المحتجين.", [("Khartoum", INTERVENTION[1]), ("Omdurman", INTERVENTION[1])]),
])
def test_force_at_one_place_of_a_protest_list(pipeline, text, want):
    assert sorted((e.location, e.sub_event_type) for e in events(pipeline, text, PUB)) == want


@pytest.mark.parametrize("classes, weapons, want", [
    ({"protest"}, {"live"}, EXCESSIVE),                       # قمعت المظاهرة بالرصاص الحي
    ({"protest"}, {"live", "intervention"}, EXCESSIVE),       # فرقت المتظاهرين بالرصاص الحي
    ({"protest"}, {"live", "teargas"}, EXCESSIVE),
    ({"protest", "warning"}, {"live"}, INTERVENTION),          # في الهواء: warning shots
    ({"protest"}, {"teargas"}, INTERVENTION),
    ({"protest"}, {"gun"}, PEACEFUL),                          # a gun named, nothing fired at them
])
def test_live_ammunition_on_a_crowd_table(classes, weapons, want):
    assert decide(set(classes), set(weapons), None, 1, protesters=True) == want


@pytest.mark.parametrize("text, force", [
    ("قتلت قوات الدعم السريع الثلاثاء مواطنا في صدامات مع المواطنين بمدينة الفاشر.",
     "RSF: Rapid Support Forces"),
    ("اندلعت صدامات بين قوات الدعم السريع والمواطنين في مدينة نيالا يوم الثلاثاء.",
     "RSF: Rapid Support Forces"),
])
def test_mob_violence_has_the_rioters_first(pipeline, text, force):
    evs = [e for e in events(pipeline, text, PUB) if e.sub_event_type == MOB[1]]
    assert [(e.actor1, e.actor2) for e in evs] == [("Rioters (Sudan)", force)]


@pytest.mark.parametrize("word, role", [
    ("صدامات", "confront"), ("المصادمات", "confront"), ("مناوشات", "confront"),
    ("تعليق", "calloff"), ("إلغاء", "calloff"), ("أنهت", "calloff"), ("تأجيل", "calloff"),
    ("العلم", "symbol"), ("صور", "symbol"), ("دمية", "symbol"),
])
def test_lexicon_words(word, role):
    assert normalize_key(word) in function_words(role)
