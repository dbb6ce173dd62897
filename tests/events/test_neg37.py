"""Mechanisms of neg37 (issue #9: no records for what is not an event). A death sentence told as
the court's ruling (بالإعدام، بالإعدام شنقا) is no execution done; an act noun an anniversary
recalls (الذكرى السنوية الثلاثين لقصف حلبجة، الذكرى الأولى لتفجير) is background, its ordinal and
adjectives between, and a stem spelled as a verb after لـ (لقصف) is the noun there; a daypart
before today and a full date (فجر اليوم الأربعاء 27 مارس 2024) is a time, no blast (فجّر); a
vow not to hold back (لن تتردد في استهداف) is a threat; X نت is a web outlet; a capture celebrated
(احتفالاً بتحرير المدينة) is the crowd's motive, told elsewhere; a death after an illness is no
act; a gathering to watch or hear a speech (لمتابعة الخطاب، للاستماع) is no protest. New
acts told next to them stay acts. The sentences are made up in the style of wire copy, never
copied from it (docs/notes/neg37.md)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

NO_EVENT = [
    # a death sentence passed
    "قضت محكمة الجنايات، المنعقدة في مجمع المحاكم بالعاصمة، اليوم الأحد، بالإعدام على 12 متهما في قضية تفجير الكنيسة.",
    "وقضت الدائرة المختصة بقضايا الإرهاب، مساء اليوم، بالإعدام شنقا في حق ثلاثة متهمين.",
    "أصدرت المحكمة العسكرية، صباح اليوم، حكمها بالإعدام رميا بالرصاص على خمسة متهمين في مدينة بنغازي.",
    # an anniversary recalls the act
    "أحيت مدينة الموصل، اليوم الخميس، الذكرى السنوية الخامسة لتفجير سوق النبي يونس.",
    "أحيا الأهالي اليوم الذكرى العشرين لقصف بلدة قانا.",
    # dawn before today and a full date, in a ruling with no act
    "أصدرت المحكمة الابتدائية بمدينة صفاقس، فجر اليوم الخميس 14 مارس 2024، أحكامها في قضية اغتيال المحامي.",
    # a vow not to hold back is a threat
    "وأكد المتحدث العسكري أن قواته لن تتردد في قصف أي هدف معاد في مدينة الحديدة.",
    # a web outlet's name (X نت) in the masthead, no march
    "المسيرة نت | الحديدة\nأعلنت وزارة التربية اليوم افتتاح مدرسة جديدة في مدينة الحديدة.",
    # a celebration of a capture told elsewhere: the capture is the crowd's motive
    "وخرج الأهالي في مدينتي كسلا والقضارف إلى الشوارع احتفالاً باستعادة السيطرة على البلدة.",
    # an act named as the crime of a case (في جريمة قتل)
    "وقضت غرفة الجنايات، مساء اليوم، بالسجن المؤبد في حق المتهمين الأربعة في جريمة قتل الطالب بمدينة فاس.",
    # people gathered to watch or hear a speech
    "وتجمع المئات من أنصار الحركة في ساحة المدينة اليوم لمتابعة كلمة الأمين العام عبر شاشة كبيرة.",
    "واحتشد الآلاف في الملعب البلدي مساء اليوم للاستماع إلى خطاب الرئيس.",
    # a natural death
    "توفي الوزير السابق، مساء الأحد، في مستشفى بالعاصمة بعد صراع طويل مع المرض.",
]

KEPT = [
    # a death by gunfire told with the victim's age
    ("استشهد الشاب، عن عمر يناهز 22 عاما، برصاص قوات الاحتلال في مدينة جنين اليوم.", ["Violence against civilians"]),
    # a killing told before the crime's name; an arrest of suspects in a murder case
    ("لقي شاب مصرعه اليوم في جريمة قتل بشعة بحي الملاح في مدينة مراكش.", ["Violence against civilians"]),
    ("اعتقلت الشرطة اليوم متهمين في جريمة قتل شرطي في مدينة فاس.", ["Strategic developments"]),
    # an act told after the vow's own object
    ("وقال المتحدث إن قواته لن تتردد في الرد، وقصفت مدفعيتها اليوم مواقع المسلحين في بلدة الضالع.",
     ["Explosions/Remote violence"]),
    # a gathering with a protest's purpose
    ("تجمع المئات من المحتجين اليوم أمام مقر الحكومة في بيروت للمطالبة بمحاسبة المسؤولين.", ["Protests"]),
    # a protest against a killing; a capture with a celebration after it
    ("خرج الآلاف اليوم في شوارع مدينة الخرطوم احتجاجا على مقتل متظاهر برصاص الشرطة.", ["Protests"]),
    ("وسيطرت قوات الجيش اليوم على مدينة ود مدني، فيما خرج المواطنون إلى الشوارع احتفالا بالنصر.", ["Battles"]),
    # a celebration that turned into a clash: the clash after the celebration's object is an act
    ("خرج مئات الشبان اليوم في شوارع مدينة وهران احتفالاً بالفوز واشتبكوا مع قوات الشرطة.", ["Riots"]),
    # a protest held on an anniversary
    ("بمناسبة الذكرى الثامنة للثورة تظاهر الآلاف اليوم في ساحة التحرير بمدينة بغداد.", ["Protests"]),
    # an execution done by an armed group, no sentence
    ("أعدم مسلحو داعش اليوم خمسة مدنيين رميا بالرصاص في قرية قرب مدينة الموصل.", ["Violence against civilians"]),
    # a strike at dawn of a fully dated day
    ("قصفت طائرات حربية، فجر اليوم الخميس 14 مارس 2024، بلدة سرمين بريف إدلب.", ["Explosions/Remote violence"]),
    # a blast today next to an anniversary
    ("انفجرت سيارة مفخخة اليوم في سوق مدينة الصدر ببغداد، في الذكرى السنوية لتفجير مماثل.",
     ["Explosions/Remote violence"]),
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_sentences_anniversaries_and_dawn_are_no_events(pipeline, text):
    assert not events(pipeline, text)


@pytest.mark.parametrize("text,types", KEPT)
def test_acts_next_to_them_stay(pipeline, text, types):
    assert [e.event_type for e in events(pipeline, text)] == types
