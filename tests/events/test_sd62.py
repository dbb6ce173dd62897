"""Mechanisms of sd62 (issue #9, strategic developments; docs/notes/sd62.md), on sentences made up
in the style of the wire copy:

- people led away (اقتاد، اقتياد; a person as its object) are arrested (triggers.tsv row اقتاد):
  a raid with people led away is an arrest, as CODING.md has it for a raid with arrests; led away
  after an abduction (خطف ... واقتادوه) stays the abduction, a car led away no act.
- a count right after an arrest verb is its object, its subject left out after a conjunction
  (mentions.trigger_objects Objects.person_after: اقتحمت القوات البلدة واقتادت شابين، واعتقلت
  ثلاثة شبان), not its subject.
- a camp, an airport, a headquarters or a base taken over from another side, told indefinite
  (تسلمت القوات معسكر بدر، تسلم الجيش مطار الطبقة، تسلمت قوات مقر اللواء) is a non-violent
  transfer (row تسلم المواقع); a letter or a body received is none.
- weapons smuggling foiled with a quantity or shipment noun between (أحبط محاولة تهريب كمية
  [كبيرة] من الأسلحة، شحنة أسلحة; إحباط) is disrupted weapons use (row فكك عبوه); foiled drug
  smuggling stays none.
- land seized by its measure or its owners (استولى على دونمات، 50 دونما، أراضي المواطنين) is property seized - ACLED's looting/property
  destruction (row استولي علي سياره) - not a side overtaking territory; beside the outpost it
  was seized for it is that act (one record); a village or wide lands seized by an armed group
  (أراض واسعة، مساحات) stay a capture.
- theft by an armed side (سرق، object "armed": its name right after the verb) and vandalism
  (أعطب / ثقب إطارات، أتلف محاصيل، خط شعارات عنصرية) are property destroyed (rows سرق، هدم)."""
from __future__ import annotations

import pytest

from tests.events.test_types52 import subtypes

ARREST = "Arrests"
ABDUCT = "Abduction/forced disappearance"
RAID = "Other"
TRANSFER = "Non-violent transfer of territory"
DISRUPTED = "Disrupted weapons use"
LOOT = "Looting/property destruction"
BASE = "Headquarters or base established"
OVERTAKE = "Non-state actor overtakes territory"

FOUND = [
    ("اقتحمت قوات الاحتلال الإسرائيلي بلدة بيت أمر شمال الخليل فجر اليوم واقتادت شابين إلى جهة مجهولة.", [ARREST]),
    ("داهمت قوات الأمن منزلا في حي الجهاد ببغداد واقتادت ثلاثة أشخاص إلى جهة مجهولة.", [ARREST]),
    ("اقتحم جنود الاحتلال مخيم الفوار جنوب الخليل واقتادوا 4 مواطنين بعد تفتيش منازلهم.", [ARREST]),
    ("داهمت الشرطة منزل الناشط في مدينة الناصرة واقتادته إلى مركز الشرطة.", [ARREST]),
    ("اقتاد جنود الاحتلال ثلاثة شبان من مخيم جنين إلى مركز تحقيق الجلمة.", [ARREST]),
    ("اقتادت الشرطة المشتبه به إلى مركز أمن مدينة الزرقاء بعد مداهمة منزله.", [ARREST]),
    ("خطف مسلحون مجهولون مواطنا في مدينة عفرين واقتادوه إلى جهة مجهولة.", [ABDUCT]),
    ("اقتادت الشرطة السيارة المسروقة إلى مركز أمن مدينة الزرقاء.", []),
    ("تسلمت قوات الحزام الأمني معسكر بدر في عدن من قوات الحماية الرئاسية.", [TRANSFER]),
    ("تسلم الجيش السوري مطار الطبقة العسكري من قوات سوريا الديمقراطية.", [TRANSFER]),
    ("تسلمت قوات الشرعية مقر اللواء 35 في مدينة تعز من مسلحي جماعة الحوثي.", [TRANSFER]),
    ("تسلم الرئيس اليمني رسالة من أمير قطر في مدينة عدن.", []),
    ("تسلمت عائلة الشهيد جثمان ابنها في مدينة نابلس.", []),
    ("أحبطت قوات حرس الحدود محاولة تهريب كمية من الأسلحة والذخائر على الحدود مع سوريا في منطقة الرويشد.", [DISRUPTED]),
    ("أعلن الجيش اللبناني إحباط محاولة تهريب كمية كبيرة من الذخائر في بلدة عرسال.", [DISRUPTED]),
    ("أحبطت القوات العراقية عملية تهريب شحنة أسلحة في قضاء القائم اليوم.", [DISRUPTED]),
    ("أحبطت قوات حرس الحدود محاولة تهريب كمية من المخدرات في منطقة الرويشد.", []),
    ("أقام مستوطنون بؤرة استيطانية جديدة في قرية دير استيا بعد الاستيلاء على دونمات من أراضي القرية.", [BASE]),
    ("استولى مستوطنون على أراضي المواطنين في قرية المغير شرق رام الله اليوم.", [LOOT]),
    ("هدمت جرافات الاحتلال منزلا في قرية الولجة واستولت على دونمات من أراضي القرية.", [LOOT]),
    ("استولى مسلحو تنظيم الدولة على قرية الراعي في ريف حلب بعد معارك مع الجيش الحر.", [OVERTAKE]),
    ("استولى تنظيم داعش على أراض واسعة في ريف حلب الشرقي بعد معارك مع الجيش الحر.", [OVERTAKE]),
]


@pytest.mark.parametrize("text,wanted", FOUND)
def test_sd_acts_of_sd62(pipeline, text, wanted):
    assert subtypes(pipeline, text) == wanted, text


LED = [  # the abducted led away or held is the abduction; an arrest of its own stays
    ("داهمت عناصر الشرطة العسكرية منازل في قرية معمل أوشاغي بريف عفرين واختطفت عددا من المدنيين واقتادتهم إلى جهة مجهولة.", ARREST, False),
    ("اختطف مسلحون مجهولون ثلاثة مواطنين في مدينة درعا واحتجزوهم في مكان مجهول.", ARREST, False),
    ("اختطف مسلحون تاجرا في مدينة الموصل ثم اعتقلت الشرطة العراقية ثلاثة من الخاطفين.", ARREST, True),
]


@pytest.mark.parametrize("text,sub,kept", LED)
def test_people_led_away_after_an_abduction_are_the_abduction(pipeline, text, sub, kept):
    got = subtypes(pipeline, text)
    assert ABDUCT in got and (sub in got) == kept, (text, got)


HANDED = [  # a place handed over by its holder, fighters surrendering: SD acts; controls none
    ("سلمت قوات سوريا الديمقراطية مدينة منبج للجيش السوري اليوم.", [TRANSFER]),
    ("سلم الحوثيون ميناء الحديدة لقوات خفر السواحل اليوم.", [TRANSFER]),
    ("سلمت قوات الحماية الرئاسية معسكر بدر في عدن لقوات الحزام الأمني.", [TRANSFER]),
    ("استسلم عشرات المسلحين من حركة الشباب للجيش الصومالي في بلدة جوهر.", [RAID]),
    ("سلم 50 مسلحا من تنظيم داعش أنفسهم للقوات العراقية في قضاء تلعفر اليوم.", [RAID]),
    ("سلم الرئيس اليمني رسالة إلى أمير قطر في مدينة عدن.", []),
    ("سلمت قوات الاحتلال جثمان الشهيد لعائلته في مدينة نابلس.", []),
    ("رفض المسلحون الاستسلام للجيش في بلدة جوهر.", []),
    ("اعتصم المئات بشكل سلمي أمام مقر المحافظة في مدينة الناصرية.", ["Peaceful protest"]),
    ("دعت الحكومة المسلحين إلى تسليم أنفسهم للقوات الأمنية في مدينة الرمادي.", []),
    # sd63: the nisba سلمي/سلمية (peaceful) is no سلم + ي handing a place over (a verb takes its
    # 1st-person object as ني, never ي), a place noun a few words on or right after it: the
    # protest only; a verb with a pronoun object (سلمها، سلمهم) still hands the place over
    ("تظاهر آخرون بشكل سلمي أمام مقر الولاية في مدينة الناصرية.", ["Peaceful protest"]),
    ("نظم المئات وقفة سلمية أمام مقر المحافظة في مدينة البصرة.", ["Peaceful protest"]),
    ("نفذ العشرات اعتصاما سلميا في مدينة الناصرية أمام مقر الحكومة.", ["Peaceful protest"]),
    ("نفذ العشرات اعتصام سلمي في مدينة الناصرية.", ["Peaceful protest"]),
    ("خرج المتظاهرون في مسيرة سلمي الطابع نحو مقر البرلمان في بغداد.", ["Peaceful protest"]),
    ("احتج السكان بشكل سلمي قرب معسكر الجيش في بلدة الضمير.", ["Peaceful protest"]),
    ("نظم الأهالي تجمعا سلمي مقر الحزب في مدينة الناصرية.", []),
    ("سلمها الجيش مدينة منبج أمس.", [TRANSFER]),
    ("سلمهم الحوثيون ميناء الحديدة اليوم.", [TRANSFER]),
]


@pytest.mark.parametrize("text,wanted", HANDED)
def test_a_place_handed_over_and_a_surrender_are_sd_acts(pipeline, text, wanted):
    assert subtypes(pipeline, text) == wanted, text


LED_ONE = [  # led away with a singular pronoun object (row object "person_or_pronoun"): people
    "اقتحمت قوات الاحتلال منزل الأسير المحرر في بلدة بيت أمر واقتادته إلى جهة مجهولة.",
    "داهمت قوات الأمن منزل الناشطة في حي المنصور ببغداد واقتادتها إلى مقر الاستخبارات.",
    "اقتحم جنود الاحتلال منزل المواطن في مخيم جنين فجر اليوم واقتادوه إلى معسكر سالم.",
]


@pytest.mark.parametrize("text", LED_ONE)
def test_one_person_led_away_after_a_raid_is_an_arrest(pipeline, text):
    assert subtypes(pipeline, text) == [ARREST], text


DAMAGED = [  # theft by an armed side and vandalism (tyres, crops, racist graffiti): property
    ("سرق مستوطنون محتويات غرفة زراعية في قرية المغير شرق رام الله اليوم.", [LOOT]),
    ("سرق مسلحون مجهولون سيارة إسعاف في مدينة درعا اليوم.", [LOOT]),
    ("أتلف مستوطنون محاصيل زراعية في قرية المغير شرق رام الله اليوم.", [LOOT]),
    ("أعطب مستوطنون إطارات ثلاث مركبات في بلدة حوارة جنوب نابلس اليوم.", [LOOT]),
    ("ثقب مستوطنون إطارات مركبات المواطنين في قرية دير دبوان اليوم.", [LOOT]),
    ("خط مستوطنون شعارات عنصرية على جدران منازل في قرية دير دبوان اليوم.", [LOOT]),
    ("سرق اللاعب الأضواء في مباراة الفريق في مدينة رام الله اليوم.", []),
    ("خط الطلاب رسومات على جدران المدرسة في مدينة نابلس اليوم.", []),
    ("أتلفت البلدية المواد الغذائية الفاسدة في مدينة نابلس اليوم.", []),
]


@pytest.mark.parametrize("text,wanted", DAMAGED)
def test_theft_and_vandalism_are_property_destruction(pipeline, text, wanted):
    assert subtypes(pipeline, text) == wanted, text
