"""Death tolls told without a numeral (CODING.md): a singular victim or death noun is 1, a dual
is 2, an unnumbered plural is ACLED's "several" (10, an estimate)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, deaths, estimate", [
    ("أعدم تنظيم داعش شابين في مدينة الرقة أمس.", 2, False),
    # a weekday that is also a number word (الاثنين: Monday, "the two") is a day, not a count
    ("واليوم الاثنين، قتل طفلان في غارة جوية على مدينة سراقب.", 2, False),
    # a singular victim joined by و with its pronoun (ووالدته، وزوجته وابنته) is one more
    ("قتل طفل ووالدته في قصف على مدينة الفاشر أمس.", 2, False),
    ("قتل رجل وزوجته وابنته في قصف على مدينة الفاشر أمس.", 3, False),
    # a counted side and one named in the singular beside it add up (the suicide bomber who
    # carried out the attack is its doer, not one more death)
    ("أسفرت الاشتباكات في مدينة العريش اليوم عن مصرع سبعة عناصر إرهابية واستشهاد ضابط من قوات الشرطة.", 8, False),
    ("قتل 34 شخصا في تفجير في حي الشعب في بغداد أمس، وقالت الشرطة إن الهجوم نفذه انتحاري.", 34, False),
    ("أصيب 4 جنود في عملية دهس قرب مستوطنة كريات أربع جنوب الخليل، ونفذها شاب فلسطيني استشهد برصاص الجنود.", 1, False),
    ("قتل مسلحون طفلين في بلدة الحولة أمس.", 2, False),
    ("قتل مسلحون مدنيين في بلدة الحولة أمس.", 10, True),
    ("تجددت الاشتباكات في مدينة طرابلس أمس سقط فيها قتيل وعدد من الإصابات.", 1, False),
    ("قتل جندي في هجوم على حاجز في مدينة درعا أمس.", 1, False),
    ("سقط قتلى في قصف على مدينة إدلب أمس.", 10, True),
    # the nominative dual of a sound-plural victim noun is two (its ين form is also a plural)
    ("قتل مدنيان أمس بقصف على مدينة حرستا.", 2, False),
    ("استشهد مقاتلان أمس في هجوم على قرية الدردارة.", 2, False),
    # a feminine or a profession in the singular is one
    ("استشهدت صباح اليوم صحفية برصاص قناص في مدينة تعز.", 1, False),
    ("قتل مصور أمس في قصف على مدينة حلب.", 1, False),
    # a massacre of N, and N its victims (راح ضحيتها), are N deaths
    ("ارتكبت قوات النظام أمس مجزرة بحق سبعة مدنيين في قصف على مدينة حرستا.", 7, False),
    ("قصفت الطائرات أمس مدينة حلب في غارة راح ضحيتها 9 مدنيين.", 9, False),
    # classes met on real news (tests/events/test_fatalities_classes.py has the denials)
    # dead and wounded counted together: one sure death with a numeral, "several" with a vague word
    ("أفادت مصادر محلية بمقتل وإصابة سبعة مدنيين أمس جراء تفجير قنبلتين يدويتين في مدينة عدن.", 1, True),
    ("سقط عشرات القتلى والجرحى أمس في معارك في مدينة مأرب.", 10, True),
    ("قتل وأصيب عدد من المدنيين أمس بغارات على مدينة دوما.", 10, True),
    # a counted dead noun before a counted injury is no joint count
    ("قصفت قوات الدعم السريع مخيم أبو شوك أمس ما أدى إلى سقوط 4 شهداء وإصابة 3 آخرين.", 4, False),
    # a bare death noun before the wounded: 10 dead, not 10 + 10
    ("انفجرت سيارة مفخخة أمس في مدينة الموصل مما أدى لسقوط قتلى وجرحى.", 10, True),
    # a singular victim with his own verb, the wounded counted apart ("others")
    ("قال مصدر إن شخصا قتل وأصيب 15 آخرون بجروح في انفجار سيارة مفخخة في مدينة كركوك أمس.", 1, False),
    # the day between the death verb and its singular victim
    ("قتل مسلحون مجهولون، مساء الثلاثاء، رئيس بلدية في مدينة طفس بريف درعا.", 1, False),
    # a dual of "others" wounded is no joint count
    ("استشهد مواطن وأصيب اثنان آخران أمس جراء غارة على مدينة الحديدة.", 1, False),
    # a vague word standing alone after a death word, and idioms of killing
    ("قتل العشرات في قصف على مدينة حلب أمس.", 12, True),
    ("أودى الانفجار في مدينة كركوك أمس بحياة 8 أشخاص.", 8, False),
    ("حصد الهجوم على مدينة مايدوغوري أمس أرواح 12 شخصا.", 12, False),
    # casualties (ضحايا: dead or wounded) counted: one sure death, numbered or vague
    ("أسفر قصف على مدينة حلب أمس عن سقوط 5 ضحايا.", 1, True),
    ("أسفر القصف على مدينة داريا أمس عن سقوط عشرات الضحايا.", 1, True),
    ("قتل وجرح العشرات في معارك عنيفة في مدينة قعطبة أمس.", 10, True),
    # a singular victim in the indefinite accusative, past the subject
    ("اغتال مسلحون مجهولون قياديا في حركة فتح في مخيم عين الحلوة أمس.", 1, False),
    # the attacker after an attack verb is its doer; after a death word, one dead
    ("هاجم مسلح حاجزا للجيش في مدينة العريش أمس ما أدى إلى مقتل جنود.", 10, True),
    ("قتل المهاجم في تبادل لإطلاق النار مع الشرطة في مدينة العريش أمس.", 1, False),
    # an update of a period or aggregate total is no toll of the act; an update of the act is
    ("قتل 4 أشخاص في هجوم على مدينة العريش أمس، وارتفع عدد القتلى خلال الشهر الجاري إلى 40.", 4, False),
    ("قتل 4 أشخاص في هجوم على مدينة العريش أمس، لترتفع الحصيلة الإجمالية لقتلى الهجمات إلى 40.", 4, False),
    ("قتل 4 أشخاص في هجوم على مدينة العريش أمس، وارتفعت حصيلة القتلى لاحقا إلى 9.", 9, False),
    # a subset of the toll is not added to it
    ("قصف مسلحون أحياء سكنية في مدينة حلب أمس ما أسفر عن 5 قتلى بينهم 4 مدنيين.", 5, False),
    ("استشهد 11 فلسطينيا، بينهم أربعة أطفال وثلاث نساء، فجر أمس في غارة على حي الأمل في مدينة خان يونس.", 11, False),
    # a list of counted sides goes on past the first side's name; واحدة is no و + count
    ("قتل 5 عناصر من قوات النظام و3 من الفصائل في اشتباكات في بلدة كفرنبودة أمس.", 8, False),
    ("أسفر القصف على مدينة حلب أمس عن مقتل خمسة أشخاص من عائلة واحدة.", 5, False),
    # a hedge set off by commas between the count and its death verb
    ("قال مسعفون إن ستة عشر متظاهرا، على الأقل، قتلوا أمس في مدينة طرابلس برصاص مسلحين.", 16, False),
    # a count in brackets
    ("هاجم مسلحون قرية عسير أمس وسقط على إثر الهجوم (15) شهيدا.", 15, False),
    # the count right after an execution verb, past its bound words
    ("أعدم تنظيم داعش ما لا يقل عن 19 رجلا في بلدة الشحيل أمس.", 19, False),
    # the count after its definite noun, the article written apart
    ("أعدم تنظيم داعش الأشخاص الـ 19 في بلدة الشحيل أمس.", 19, False),
    # a dual of people past the subject, the place and the day
    ("أعدم تنظيم داعش في مدينة الرقة، الجمعة، شابين بالسيف.", 2, False),
    # a dual of a weapon or a car is no victim count
    ("قتل مسلحون عائلة كاملة في مدينة خان شيخون أمس بقصف ببرميلين متفجرين.", 10, True),
])
def test_unnumbered_tolls(pipeline, text, deaths, estimate):
    got = events(pipeline, text)
    assert got and got[0].fatalities == deaths and got[0].fatalities_estimate == estimate, got


@pytest.mark.parametrize("text, want", [
    # a singular victim joined by و to a count, before or after it: one more death
    ("أعلنت خلية الإعلام الأمني مقتل ضابط وجنديين بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية.", 3),
    ("قتل جنديان وضابط في هجوم على حاجز في قضاء الطارمية أمس.", 3),
    ("أسفر الهجوم عن مقتل ضابط و3 جنود في قضاء الطارمية أمس.", 4),
    # ... not when the joined ones are the wounded
    ("قتل جندي وأصيب 3 جنود وضابط في هجوم على حاجز في قضاء الطارمية أمس.", 1),
])
def test_singular_joined_to_a_count(pipeline, text, want):
    assert [e.fatalities for e in events(pipeline, text)] == [want]
