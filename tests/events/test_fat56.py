"""Tolls of round 56 (issue #9, docs/notes/fat56.md), on wire wording made up for the tests.

1. Scare quotes around a victim noun in the singular (مقتل «إرهابي»، مقتل "داعشي"، قتل
   «مسلحان»): the quote marks are no word of the victim phrase - one (two) dead, not the 10
   of a death told with no count (unnumbered.singular_victims; was 10).
2. A group's member named by its nisba in the singular (داعشي، تكفيري، متطرف) is one victim
   as جهادي and متشدد were (event_tolls.tsv singular_victim; was 10 or the next clause's count).
3. The bodies of the dead in the plural of جثمان (جثامين 7 أشخاص، جثمان شاب) are a death noun
   as جثث and جثة are (triggers.tsv death_noun; was 0: the count found no death word).
4. An act whose two sides bear one name (a tribal feud, a clash between unidentified groups)
   told again with the sides in the other order: the same dead, not the other side's dead added
   (records._both_sides_toll; was 1 + 1, 4 + 4). A retelling that names the doers' dead beside
   the side hit still adds them (23 soldiers + 40 attackers).
5. A sentence with no act of its own counting bodies, right after an act (وانتشلت فرق الدفاع
   المدني جثث أربعة مدنيين، وأعلن الدفاع المدني انتشال أربع جثث، وعثر ... على جثث أربعة):
   the act's dead when higher than its own toll, as a toll update is (assemble._toll_updates,
   event_tolls.tsv body; was 0). Not with a day of its own or another resolved place.
6. So does a count of the dead told by a weak death word only - no word in the sentence can
   found an act (وأكدت مصادر طبية وفاة شخصين، وقالت الشرطة إن الحصيلة قتيلان، وأعلنت الوزارة
   وفاة ثلاثة مدنيين; was 0). An act dropped as background keeps its toll off (وكان ثلاثة قد
   قتلوا في انفجار مماثل، وقتل أكثر من 200 منذ بداية العام), and so does a general statement.
7. A war's toll told as what the war caused (وتسببت الحرب في مقتل آلاف المدنيين، الحرب التي أودت
   بحياة ...: modality.tsv generic) and deaths of cold, thirst or want (بسبب البرد، جراء نقص
   الغذاء: accident) are no toll of the act told before (was 1000, 100, 3).
8. An act named right after "since" (الأعنف منذ تفجير أودى بحياة 30 شخصا، الأكثر دموية منذ
   الهجوم الذي قتل فيه 15 جنديا) is the act the reported one is measured from: in a later
   sentence it never continues the act (earlier.told_before), in the same clause its toll is
   kept off (frame_tolls.since_span) - was 30, 32, 19. A span after منذ stays (منذ صباح اليوم).
"""
from __future__ import annotations

import pytest

from tests.events.test_fat48 import tolls  # (the helpers of an earlier round)


@pytest.mark.parametrize("text, want", [
    ("أعلنت وزارة الداخلية مقتل «إرهابي» وإصابة اثنين من عناصر الأمن خلال تبادل لإطلاق النار أمس في ولاية قبلي.", [1]),
    ('أعلن الجيش مقتل "إرهابي" في اشتباك مع قوات الأمن في مدينة العريش أمس.', [1]),
    ('أسفر الاشتباك عن مقتل "مسلح" وإصابة جنديين في قرية البوعيثة أمس.', [1]),
    ("قتل «مسلحان» في اشتباك مع قوات الأمن في مدينة العريش أمس.", [2]),
    ("أعلنت الشرطة العراقية مقتل «انتحاري» قبل تفجير حزامه الناسف في مدينة سامراء أمس.", [1]),
    # guards: the same phrases without quotes, the quoted noun before its verb
    ("أعلنت وزارة الداخلية مقتل إرهابي وإصابة اثنين من عناصر الأمن خلال تبادل لإطلاق النار أمس في ولاية قبلي.", [1]),
    ("أوضحت الوزارة أن «إرهابياً» قتل وأصيب عنصران من الحرس الوطني خلال تبادل لإطلاق النار في ولاية قبلي.", [1]),
    ("قتل مسلح وأصيب شرطيان في اشتباك في مدينة العريش أمس.", [1]),
])
def test_quoted_victim(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("أسفر الاشتباك عن مقتل داعشي وإصابة جنديين في قرية البوعيثة أمس.", [1]),
    ("قتل تكفيري في اشتباك مع الجيش اللبناني في بلدة عرسال أمس.", [1]),
    ('قتل "تكفيري" في اشتباك مع الجيش اللبناني في بلدة عرسال أمس.', [1]),
    ("أعلن الجيش مقتل متطرف في اشتباك مع قوات الأمن في مدينة العريش أمس.", [1]),
    # guard: a count of them stays the count
    ("قتل ثلاثة دواعش في اشتباك مع الجيش العراقي في قرية البوعيثة أمس.", [3]),
])
def test_nisba_victim(pipeline, text, want):
    assert tolls(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("انتشلت طواقم الدفاع المدني جثامين 7 أشخاص من منزل قصفته مقاتلات إسرائيلية في مدينة رفح مساء السبت.", [7]),
    ("أعلنت الوزارة أن طواقمها انتشلت جثامين 7 أشخاص، بينهم فتى وسيدتان، من منزل قصفته مقاتلات إسرائيلية في مدينة رفح مساء السبت.", [7]),
    ("انتشلت فرق الإنقاذ جثامين ثلاثة شهداء من تحت أنقاض منزل قصفته طائرات إسرائيلية في خان يونس أمس.", [3]),
    ("انتشلت طواقم الإسعاف جثمان شاب من تحت أنقاض منزل دمرته غارة إسرائيلية في مدينة رفح أمس.", [1]),
    ("عثر على جثامين أربعة جنود قتلوا في هجوم شنه مسلحون على حاجز عسكري في مدينة العريش أمس.", [4]),
    # guards: the bodies of dead told before are not counted again; جثث and جثتي as before
    ("استشهد شابان برصاص قوات الاحتلال في مدينة جنين أمس. وشيع المئات جثماني الشهيدين اليوم.", [2]),
    ("قتل خمسة مدنيين في قصف مدفعي على بلدة كفرنبل أمس، وانتشلت فرق الدفاع المدني جثامينهم من تحت الأنقاض.", [5]),
    ("انتشلت طواقم الدفاع المدني جثث سبعة أشخاص من منزل قصفته مقاتلات إسرائيلية في مدينة رفح مساء السبت.", [7]),
    ("انتشل مسعفون جثتي شابين من تحت أنقاض منزل دمرته غارة إسرائيلية على مخيم جباليا أمس.", [2]),
])
def test_bodies_plural(pipeline, text, want):
    assert tolls(pipeline, text) == want


TRIBES = ("قتل احد الاشخاص واصيب ثلاثة آخرون بجروح متفاوتة نتيجة نزاع عشائري اندلع ظهر اليوم الاثنين جنوبي "
          "مدينة العمارة مركز محافظة ميسان. ")


@pytest.mark.parametrize("text, want", [
    (TRIBES + "واكد مصدر في شرطة المحافظة بتصريح نشر قبل قليل ان النزاع العشائري الذي اندلع بين قبيلتين في "
              "منطقة (صدور المجر) جنوبي العمارة، تطور الى استخدام الاسلحة النارية الخفيفة والمتوسطة، ما اسفر عن "
              "مقتل شخص على الفور، وإصابة ثلاثة اخرين بجروح متفاوتة.", [1]),
    ("قتل أربعة أشخاص في اشتباكات بين عشيرتين اليوم في مدينة الديوانية. وقال مصدر أمني إن الاشتباكات "
     "التي اندلعت بين عشيرتين في حي (العروبة) بالديوانية أسفرت عن مقتل أربعة أشخاص.", [4]),
    ("قتل ثلاثة أشخاص في اشتباك بين مسلحين مجهولين اليوم في مدينة البصرة. وقال مصدر أمني إن الاشتباك "
     "الذي وقع بين مجموعتين مسلحتين في حي (الجمهورية) وسط البصرة أسفر عن مقتل ثلاثة أشخاص.", [3]),
    # guards: the place told without brackets; the other side's dead told after are added
    (TRIBES + "واكد مصدر ان النزاع تطور الى استخدام الاسلحة النارية، ما اسفر عن مقتل شخص على الفور.", [1]),
    ("قتل 23 جنديا في هجوم شنه مسلحون على نقطة عسكرية في مدينة العريش اليوم. "
     "وقال المتحدث العسكري إن القوات قتلت 40 من المهاجمين.", [63]),
])
def test_one_name_both_sides(pipeline, text, want):
    assert tolls(pipeline, text) == want


STRUCK = "شنت طائرات حربية غارة جوية على مدينة إدلب اليوم. "


@pytest.mark.parametrize("text, want", [
    (STRUCK + "وأعلن الدفاع المدني انتشال جثث أربعة مدنيين.", [4]),
    (STRUCK + "وانتشلت فرق الدفاع المدني جثث أربعة مدنيين.", [4]),
    (STRUCK + "وقال الدفاع المدني إنه انتشل جثث أربعة مدنيين من تحت الأنقاض.", [4]),
    (STRUCK + "وأعلن الدفاع المدني انتشال أربع جثث من تحت الأنقاض.", [4]),
    (STRUCK + "وعثر الدفاع المدني على جثث أربعة مدنيين تحت الأنقاض.", [4]),
    ("قصفت طائرات حربية مدينة إدلب اليوم. وأعلن الدفاع المدني انتشال جثث أربعة مدنيين.", [4]),
    ("قصفت مقاتلات إسرائيلية منزلا في حي الشعوت بمدينة رفح مساء السبت. "
     "وأعلنت الوزارة انتشال جثامين 7 أشخاص بينهم فتى وسيدتان.", [7]),
    # guards: a day or a place of their own (another act's bodies); the act's own toll higher
    (STRUCK + "وكانت الشرطة قد عثرت على جثث ثلاثة أشخاص الأسبوع الماضي.", [0]),
    (STRUCK + "وعثر الأهالي على جثث ثلاثة أشخاص في مدينة حلب.", [0]),
    ("قتل خمسة مدنيين في غارة جوية على مدينة إدلب اليوم. وانتشلت فرق الدفاع المدني جثث ثلاثة منهم من تحت الأنقاض.", [5]),
    ("قتل خمسة مدنيين في غارة جوية على مدينة إدلب اليوم. وانتشلت فرق الدفاع المدني ثلاث جثث من تحت الأنقاض.", [5]),
])
def test_bodies_told_after(pipeline, text, want):
    assert tolls(pipeline, text) == want


BLAST = "انفجرت عبوة ناسفة في سوق مدينة الحلة اليوم. "


@pytest.mark.parametrize("text, want", [
    (BLAST + "وأكدت مصادر طبية وفاة شخصين.", [2]),
    (BLAST + "وقالت الشرطة إن الحصيلة قتيلان وخمسة جرحى.", [2]),
    ("سقطت قذائف هاون على حي باب توما في دمشق اليوم. وأعلنت وزارة الصحة وفاة ثلاثة مدنيين.", [3]),
    # guards: an act dropped as background (pluperfect and similar, a period's total)
    (BLAST + "وكان ثلاثة أشخاص قد قتلوا في انفجار مماثل في المدينة.", [0]),
    (BLAST + "وقتل أكثر من 200 شخص في تفجيرات مماثلة منذ بداية العام.", [0]),
    (BLAST + "وشهدت المدينة مقتل أكثر من 200 شخص في تفجيرات مماثلة.", [0]),
])
def test_weak_death_word_after(pipeline, text, want):
    assert tolls(pipeline, text) == want



@pytest.mark.parametrize("text, want", [
    (BLAST + "وتسببت الحرب في مقتل آلاف المدنيين.", [0]),
    ("قصفت طائرات حربية مدينة إدلب اليوم. وأسفرت الحرب عن مقتل مئات الآلاف.", [0]),
    (BLAST + "وتوفي ثلاثة أطفال بسبب البرد في مخيمات النازحين.", [0]),
    (BLAST + "وتوفي ثلاثة أطفال جراء نقص الغذاء.", [0]),
    # guards: a war's total with a weak death noun; a war named beside the act; a feud's toll told again
    (BLAST + "وخلفت الحرب أكثر من 300 ألف قتيل.", [0]),
    ("استشهد خمسة فلسطينيين في غارة إسرائيلية على مدينة رفح اليوم في اليوم الـ200 من الحرب على غزة.", [5]),
    ("قتل ثلاثة أشخاص في نزاع عشائري اليوم في مدينة العمارة. وأسفر النزاع عن مقتل ثلاثة أشخاص.", [3]),
    (BLAST[:-2] + " ما أدى إلى مقتل شخص. وتوفي ثلاثة أطفال بسبب البرد في مخيمات النازحين.", [1]),
])
def test_war_and_want_deaths(pipeline, text, want):
    assert tolls(pipeline, text) == want



@pytest.mark.parametrize("text, want", [
    (BLAST + "ويعد هذا الهجوم الأعنف منذ تفجير أودى بحياة 30 شخصا.", [0]),
    ("قتل شخصان في انفجار عبوة ناسفة في سوق مدينة الحلة اليوم، في أعنف هجوم منذ تفجير أودى بحياة 30 شخصا في المدينة.", [2]),
    ("قتل أربعة جنود في هجوم على حاجز في مدينة العريش اليوم، وهو الهجوم الأكثر دموية منذ الهجوم الذي قتل فيه 15 جنديا.", [4]),
    # guards: a span after منذ, an act after منذ with the count before it, a comparison with no act
    ("قتل 20 شخصا في قصف على مدينة دوما منذ صباح اليوم.", [20]),
    ("قتل 20 شخصا منذ القصف الذي بدأ فجر اليوم على مدينة دوما.", [20]),
    ("قتل ستة أشخاص في غارات جوية على مدينة إدلب اليوم، هي الأعنف منذ أسابيع.", [6]),
    ("قتل ثلاثة أشخاص في غارة جوية على مدينة إدلب اليوم، وهي الأولى منذ غارة أسفرت عن مقتل عشرة أشخاص الشهر الماضي.", [3]),
])
def test_act_since(pipeline, text, want):
    assert tolls(pipeline, text) == want
