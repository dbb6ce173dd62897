"""Mechanisms of the twenty-fifth round (issue #9), one report per row: the fields of its one record
(None: no record)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


PUB = date(2023, 5, 14)  # a Sunday


@pytest.mark.parametrize("text, want", [
    # the date of a statement - after its speech verb and speaker, with no act's word between
    # them, wherever the act is told in the sentence - yields to the act's own date
    # (dating._speech_date)
    ("قال مصدر أمني اليوم الأحد إن مسلحين مجهولين هاجموا أمس حاجزا للجيش في مدينة العريش وقتلوا "
     "جنديين.", {"event_date": date(2023, 5, 13)}),
    ("هاجم مسلحون مجهولون حاجزا للجيش في مدينة العريش السبت وقتلوا جنديين، حسب ما أفاد به اليوم "
     "الأحد مصدر أمني.", {"event_date": date(2023, 5, 13)}),
    ("تمكنت مفارز للجيش الوطني الشعبي الخميس إثر عمليات بحث وتمشيط متفرقة بكل من عين الدفلى والمدية "
     "بالناحية العسكرية الأولى وبجاية بالناحية العسكرية الخامسة، من كشف وتدمير 4 مخابئ للجماعات "
     "الإرهابية و3 قنابل تقليدية الصنع، حسب ما أفاد به اليوم الأحد بيان لوزارة الدفاع الوطني.",
     {"event_date": date(2023, 5, 11), "sub_event_type": "Disrupted weapons use"}),
    # a date after the act's word is the act's, even after a speech verb
    ("قال مصدر أمني إن مسلحين مجهولين هاجموا اليوم الأحد حاجزا للجيش في مدينة العريش.",
     {"event_date": PUB}),
    ("أعلن الجيش اليوم الأحد أنه قتل خمسة مسلحين في اشتباكات بمدينة العريش.", {"event_date": PUB}),
    # a court's sentence: the act a defendant is convicted of - past a comma, after "for
    # committing" (لارتكابه), "convicted" (مدانين) or "in the case of" (في قضية) - and the toll it
    # led to are the charge, no act (modality.tsv judicial; mentions.triggers relays a held-back
    # act's modality to the harm a consequence verb leads to)
    ("قضت محكمة عراقية اليوم الأحد بإعدام مدانين اثنين لارتكابهما جريمة تفجير سيارة مفخخة في بغداد.",
     None),
    ("أصدرت المحكمة الجنائية المركزية، اليوم الأحد، حكما بالإعدام بحق إرهابي، لارتكابه تفجير عبوة "
     "ناسفة في سوق بمدينة كركوك.", None),
    ("أصدرت محكمة الجنايات قرارا يقضي بإعدام خمسة مدانين في قضية الهجوم على مركز للشرطة في الموصل.",
     None),
    ("قضت محكمة مصرية بإعدام عشرة من المتهمين باستهداف كنيسة في مدينة طنطا أثناء الصلاة مما أدى إلى "
     "مقتل 30 شخصا.", None),
    ("وأضاف المسؤول أن عددا آخر من المتهمين أدينوا باستهداف كنيسة في مدينة طنطا أثناء الصلاة في يوم "
     "العيد مما أدى إلى مقتل 30 شخصا.", None),
    # ... while an act's own consequence clause, and an arrest for a crime, stay
    ("قتل ثلاثة أشخاص في تفجير سيارة مفخخة في سوق بمدينة كركوك، وأدى الانفجار إلى إصابة عشرة آخرين.",
     {"sub_event_type": "Remote explosive/landmine/IED", "fatalities": 3}),
    ("اعتقلت الشرطة شابا لارتكابه جريمة قتل في مدينة الموصل.", {"sub_event_type": "Arrests"}),
    # the verb of a verb-and-object phrase told apart from its object (ارتكبت X مجزرة): the side
    # right after it is its subject, the doer - never one killed (frames.Trig.split_head)
    ("ارتكبت قوات النظام مجزرة في بلدة كفرنبل راح ضحيتها 12 مدنيا.",
     {"actor1": "Military Forces of Syria (2000-2024)", "actor2": "Civilians (Syria)", "fatalities": 12}),
    ("ارتكبت ميليشيا الدعم السريع مجزرة في قرية ود النورة بولاية الجزيرة راح ضحيتها أكثر من 100 شخص.",
     {"actor1": "RSF: Rapid Support Forces", "sub_event_type": "Attack"}),
    ("ارتكبت قوات الاحتلال مجزرة جديدة في مخيم النصيرات وسط قطاع غزة أسفرت عن استشهاد 40 فلسطينيا.",
     {"actor1": "Military Forces of Israel", "actor2": "Civilians (Palestine)", "fatalities": 40}),
    # a side told after a noun of losses inflicted (خسائر في الأرواح بـX)، after a verb of
    # suffering them (تكبد) or as the object of a verb of inflicting them (كبدت X Y خسائر) is
    # the side hit; its restatement in brackets right after it too (marks.mark, roles._marks_carried)
    ("كبدت قوات الجيش الحوثيين خسائر فادحة في معارك بجبهة صرواح.",
     {"actor1": "Military Forces of Yemen", "actor2": "Houthi Movement"}),
    ("ألحقت قوات الجيش خسائر كبيرة بالحوثيين في معارك بجبهة صرواح.",
     {"actor1": "Military Forces of Yemen", "actor2": "Houthi Movement"}),
    ("تكبد الحوثيون خسائر فادحة في معارك مع الجيش بجبهة صرواح.",
     {"actor1": "Military Forces of Yemen", "actor2": "Houthi Movement"}),
    ("أعلنت وزارة الدفاع اليمنية إلحاق خسائر في الأرواح بجماعة \"أنصار الله\" (الحوثيين)، في قصف "
     "بمحافظة مأرب.", {"actor2": "Houthi Movement"}),
    # a TV channel spelled تليفزيون is an outlet: its name المسيرة is no march
    ("ذكر تليفزيون \"المسيرة\" الناطق باسم جماعة الحوثيين، أن التحالف العربي نفذ 7 غارات جوية على "
     "مديرية صرواح بمحافظة مأرب.", {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Saudi Arabia"}),
    # deaths of hunger or disease are no act of political violence, nor the toll of another act
    # told in their sentence (modality.tsv accident; frame_tolls.NOT_THE_ACTS)
    ("توفي خمسة أطفال جوعا في مخيم زمزم بسبب الحصار.", None),
    ("أدت المجاعة إلى وفاة 20 شخصا في مدينة الفاشر.", None),
    ("تعيش مدينة الفاشر واقعا مؤلما جراء الجوع الذي تسبب في وفاة العشرات، فيما قصفت قوات الدعم السريع "
     "مخيم أبو شوك بالمدفعية.", {"actor1": "RSF: Rapid Support Forces", "fatalities": 0}),
    # a singular victim joined after a count told with its group (3 من عناصر الشرطة ومدني): one
    # more death (beside_toll._past_partitive)
    ("قتل 3 من عناصر الشرطة ومدني في هجوم لداعش على مركز شرطة في قضاء بعقوبة.", {"fatalities": 4}),
])
def test_round25_one_record(full_pipeline, text, want):
    got = events(full_pipeline, text, PUB)
    assert [{k: getattr(e, k) for k in want or ()} for e in got] == ([want] if want else []), got
