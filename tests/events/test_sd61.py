"""Mechanisms of sd61 (issue #9, strategic developments; docs/notes/sd61.md), on sentences made up
in the style of the wire copy:

- trees uprooted or cut (اقتلع / قطع / قلع + أشجار، شجرة، أشتال، غراس; the verbal nouns اقتلاع،
  قطع، تقطيع) are property destroyed - ACLED's looting/property destruction (triggers.tsv row
  هدم); cutting roads (قطع الطرق) stays a protest, uprooting terrorism (تقتلع الإرهاب) no act.
- a settlers' outpost set up (أقام / أنشأ بؤرة استيطانية، إقامة بؤرة) is a base established
  (row انشا قاعده); a park set up is none.
- mines and bombs removed with a count before them (نزعت الفرق 300 لغم، نزع عبوتين) and suicide
  belts dismantled (فكك حزاما ناسفا، تفكيك حزام ناسف) are disrupted weapons use (rows فكك عبوه،
  فجر بطريقه امنه).
- a verbal noun of these SD acts reaches its object past a count alone (events.lexicons
  COUNTED_NOUN_CLASSES, mentions.trigger_counted): اقتلاع 50 شجرة، تفكيك ثلاث عبوات، نزع نحو 300
  لغم، اعتراض 5 صواريخ; any other word between keeps them apart (تفكيك خلية ... عبوات is an
  arrest, no defusal).
- weapons smuggling foiled (أحبط [محاولة/محاولات/عملية] تهريب أسلحة، ذخائر، متفجرات; the verbal
  noun إحباط) is disrupted weapons use (row فكك عبوه); foiled drug smuggling or migration is none.
- an armed side entering or deploying in a place after the other side's withdrawal or without a
  fight (دخل / انتشر ... بعد انسحاب، عقب انسحاب، دون قتال، دون أي مواجهات: row دخل دون قتال, a
  head verb with the no-fight cue as its complement) is a non-violent transfer of territory. The
  row's object column "armed" (events.lexicons.armed_subject_lemmas, mentions.trigger_objects
  Objects.armed_subject) asks for an armed side's name right after the verb or right before it:
  the wounded entering a hospital, an epidemic spreading, aid coming in after a withdrawal are no
  act."""
from __future__ import annotations

import pytest

from tests.events.test_types52 import subtypes

LOOT = "Looting/property destruction"
BASE = "Headquarters or base established"
DISRUPTED = "Disrupted weapons use"

FOUND = [
    ("اقتلع مستوطنون عشرات أشجار الزيتون في قرية المغير شرق رام الله اليوم.", LOOT),
    ("قطع مستوطنون أشجار زيتون في قرية المغير شرق رام الله اليوم.", LOOT),
    ("قطع المستوطنون 40 شجرة زيتون في بلدة سنجل شمال رام الله اليوم.", LOOT),
    ("أقدم مستوطنون على اقتلاع أشجار زيتون في قرية ترمسعيا شمال رام الله اليوم.", LOOT),
    ("أقدم مستوطنون على اقتلاع 50 شجرة زيتون في قرية ترمسعيا شمال رام الله اليوم.", LOOT),
    ("أقدم مستوطنون على اقتلاع نحو 300 شجرة زيتون في قرية ترمسعيا شمال رام الله اليوم.", LOOT),
    ("أقام مستوطنون بؤرة استيطانية جديدة على أراضي قرية المغير شرق رام الله اليوم.", BASE),
    ("أقدم مستوطنون على إقامة بؤرة استيطانية جديدة فوق أحد جبال بلدة قريوت جنوب نابلس.", BASE),
    ("أنشأ مستوطنون بؤرة استيطانية في قرية عقربا جنوب نابلس اليوم.", BASE),
    ("نزعت الفرق الهندسية 300 لغم زرعتها ميليشيا الحوثي في مديرية التحيتا اليوم.", DISRUPTED),
    ("نزع فريق مسام عبوتين ناسفتين في مديرية حيس اليوم.", DISRUPTED),
    ("أعلنت الفرق الهندسية نزع 300 لغم في مديرية التحيتا اليوم.", DISRUPTED),
    ("فككت قوات الجيش العراقي حزاما ناسفا في مدينة الرمادي اليوم.", DISRUPTED),
    ("تمكنت قوات الأمن التونسية من تفكيك حزام ناسف كان يرتديه انتحاري في مدينة بنقردان.", DISRUPTED),
    ("أعلن الجيش اللبناني عن تفكيك ثلاث عبوات ناسفة في بلدة عرسال اليوم.", DISRUPTED),
    ("أحبطت قوات حرس الحدود العراقية محاولة تهريب أسلحة في قضاء القائم اليوم.", DISRUPTED),
    ("أحبطت القوات الأمنية العراقية تهريب أسلحة وذخائر في قضاء القائم اليوم.", DISRUPTED),
    ("أحبط الجيش الأردني محاولات تهريب أسلحة على الحدود الشمالية قرب مدينة الرمثا.", DISRUPTED),
    ("أعلن الجيش الجزائري إحباط عملية تهريب أسلحة وذخائر في ولاية تمنراست.", DISRUPTED),
]


@pytest.mark.parametrize("text,wanted", FOUND)
def test_an_sd_act_told_with_its_object_is_found(pipeline, text, wanted):
    assert wanted in subtypes(pipeline, text), text


CONTROLS = [
    ("قطع المحتجون الطرق في مدينة الناصرية اليوم.", LOOT),
    ("قال الرئيس إن الحكومة ستقتلع الإرهاب من جذوره في مدينة الموصل.", LOOT),
    ("أقامت البلدية حديقة عامة في مدينة نابلس اليوم.", BASE),
    ("غرس المزارعون أشجار الزيتون في قرية المغير شرق رام الله اليوم.", LOOT),
    ("طالب الأهالي بقطع الكهرباء عن الأشجار في قرية المغير اليوم.", LOOT),
    ("أعلن الجيش اللبناني عن تفكيك خلية إرهابية كانت تخطط لزرع عبوات ناسفة في بلدة عرسال.", DISRUPTED),
    ("أحبطت قوات حرس الحدود العراقية محاولة تهريب مخدرات في قضاء القائم اليوم.", DISRUPTED),
    ("أحبط حرس السواحل الجزائري محاولة هجرة غير شرعية في ولاية وهران.", DISRUPTED),
]


@pytest.mark.parametrize("text,unwanted", CONTROLS)
def test_no_sd_act_without_its_object(pipeline, text, unwanted):
    assert unwanted not in subtypes(pipeline, text), text


COUNTED = [  # (verbal noun, count, object) -> the object is the noun's, past the count alone
    ("تفكيك 3 عبوات", True), ("تفكيك ثلاث عبوات", True), ("نزع نحو 300 لغم", True),
    ("اقتلاع عشرات الأشجار", True), ("تفكيك خلية كانت تخطط لزرع عبوات", False),
    ("اقتلاع الإرهاب وزرع الأشجار", False),
]


@pytest.mark.parametrize("phrase,joined", COUNTED)
def test_a_count_alone_stands_between_a_verbal_noun_and_its_object(phrase, joined):
    from hadath.mentions.trigger_counted import counted
    from hadath.text.normalize import normalize
    from hadath.text.tokenize import tokenize

    toks = tuple(tokenize(normalize(phrase)))
    assert counted(toks, 0, len(toks) - 1) is joined, phrase


NVTT = "Non-violent transfer of territory"

ENTERED = [
    "دخلت قوات حركة الشباب بلدة بلدوين بعد انسحاب القوات الإثيوبية منها اليوم.",
    "دخل مقاتلو حركة الشباب مدينة مركا عقب انسحاب قوات الاتحاد الإفريقي منها اليوم.",
    "انتشرت قوات الجيش السوري في مدينة منبج بعد انسحاب الوحدات الكردية منها اليوم.",
    "دخلت قوات الجيش الوطني الليبي مدينة سرت دون قتال اليوم.",
    "انتشرت وحدات من الجيش السوري في مدينة منبج دون أي مواجهات اليوم.",
    "سيطرت قوات الجيش الوطني الليبي على مدينة سرت دون أي مواجهات اليوم.",  # (weapons.tsv: دون أي مواجهات)
]


@pytest.mark.parametrize("text", ENTERED)
def test_an_armed_side_moving_in_without_a_fight_is_a_transfer(pipeline, text):
    assert NVTT in subtypes(pipeline, text), text


NOT_ENTERED = [
    "دخل الجريح مستشفى مدينة بلدوين بعد انسحاب القوات الإثيوبية منها.",
    "انتشر وباء الكوليرا في مدينة بلدوين بعد انسحاب القوات الإثيوبية منها.",
    "دخلت المساعدات الإنسانية مدينة مركا بعد انسحاب قوات الاتحاد الإفريقي منها.",
    "دخلت الهدنة حيز التنفيذ في مدينة بلدوين اليوم.",
]


@pytest.mark.parametrize("text", NOT_ENTERED)
def test_no_transfer_when_no_armed_side_moves_in(pipeline, text):
    assert NVTT not in subtypes(pipeline, text), text
