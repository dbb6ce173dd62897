"""Mechanisms of the twenty-third round (issue #9), one report per row: the fields of its one record
(None: no record)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

IED = "Remote explosive/landmine/IED"
UAG = "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize("text, want", [
    # an actor past a consequence verb (ما أسفر عن، مما أدى إلى) is the consequence's, never the
    # act's subject or object (positions.past_consequence)
    ("قال مصدر أمني إن عبوة ناسفة انفجرت مستهدفة دورية للشرطة ما أسفر عن إصابة شخصين في قضاء بلد.",
     {"sub_event_type": IED, "actor1": UAG, "actor2": "Police Forces of Iraq"}),
    # a VSO subject comes before the object: an actor after the side hit is no subject
    # (roles.assign, the active reading)
    ("عبوة ناسفة استهدفت دورية للجيش ما أسفر عن إصابة ثلاثة أشخاص في قضاء بلد.",
     {"sub_event_type": IED, "actor1": UAG, "actor2": "Military Forces of Iraq"}),
    ("قال مصدر أمني إن عبوة ناسفة استهدفت دورية للشرطة مما أدى إلى إصابة شخصين في قضاء بلد.",
     {"sub_event_type": IED, "actor1": UAG, "actor2": "Police Forces of Iraq"}),
    # a passive verb's subject right before it is the one hurt, never the doer
    # (positions.subject_of): after أن, or heading the sentence
    ("أفاد مصدر محلي بأن شرطيا أصيب بجروح بانفجار عبوة ناسفة على دورية أمنية في قضاء بلد.",
     {"sub_event_type": IED, "actor1": UAG, "actor2": "Police Forces of Iraq"}),
    ("عناصر الشرطة أصيبوا بجروح بانفجار عبوة ناسفة في قضاء بلد.",
     {"sub_event_type": IED, "actor1": UAG, "actor2": "Police Forces of Iraq"}),
    # where a source or an official speaks from (مصدر محلي في X) is no place of the act when
    # the act names its own (place_elsewhere.reporter, function_words source)
    ("أفاد مصدر محلي في ديالى بأن شرطيا أصيب بجروح بانفجار عبوة ناسفة على دورية أمنية في قضاء خانقين.",
     {"location": "Khanaqin"}),
    ("قالت مصادر أمنية في محافظة الأنبار إن مسلحين هاجموا نقطة تفتيش للجيش في بلدة هيت.", {"location": "Hit"}),
    # with no other place, the source's place stays
    ("قالت مصادر أمنية في محافظة الأنبار إن مسلحين هاجموا نقطة تفتيش للجيش.", {"location": "Al-Anbar"}),
    # a named side told as the subject of a verb of doing whose object is the act already told
    # (نفذت الهجوم، شنت الغارة) did that act (merge._doer_of_the_act); not after a denial
    ("قتل 12 شخصا في قصف بطائرة مسيرة استهدف سوقا قرب مدينة الفاشر. وقالت مصادر محلية إن قوات الدعم "
     "السريع نفذت الهجوم.", {"actor1": "RSF: Rapid Support Forces", "location": "El Fasher"}),
    ("قتل 12 شخصا في قصف بطائرة مسيرة استهدف سوقا قرب مدينة الفاشر. ونفت قوات الدعم السريع أن تكون "
     "نفذت الهجوم.", {"actor1": "Unidentified Armed Group (Sudan)", "location": "El Fasher"}),
    # a side after a relative whose verb is a speech verb (الذي أعلنت X مسؤوليتها عنه) claims the
    # act, it is no occupant of the place hit (marks.mark); a group tied to another named after
    # it (المرتبطة بتنظيم القاعدة) is the claimant (merge.accusation, function_words tied_to)
    ("قال ضابط إن سيارة ملغومة انفجرت اليوم في شارع مزدحم بمدينة كسمايو، وقال في تصريحات من موقع "
     "الانفجار الذي أعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عنه إن عدد الضحايا سيرتفع.",
     {"actor1": "Al Shabaab", "location": "Kismayo"}),
    # both sides fell and no doer is told, but the act is a suicide attack: the non-state side
    # bombed, whatever ACLED's state-first order for a fight (fallen.fallen_sides)
    ("أعلنت الشرطة مقتل خمسة مسلحين على الأقل وإصابة ستة من رجال الشرطة في هجوم انتحاري استهدف "
     "مقرا للشرطة في مدينة بانو.",
     {"sub_event_type": "Suicide bomb", "actor1": "Unidentified Armed Group (Pakistan)",
      "actor2": "Police Forces of Pakistan"}),
    # the town's dead told with no doer and no means, after a lead that tells both but places the
    # act only in the country: the town's record takes the lead's doer and means
    # (reconcile.rules._means_first, absorb)
    ("قتل سبعة مدنيين جراء قصف لقوات النظام على بلدة في شمال غرب سوريا. وقال المرصد إن أربع نساء "
     "وثلاثة أطفال قتلوا في بلدة كفرنبل في ريف إدلب الجنوبي.",
     {"sub_event_type": "Shelling/artillery/missile attack", "actor1": "Military Forces of Syria (2000-2024)",
      "location": "Kafranbel"}),
    # an armed side announcing the death of its own member is the side hit; the other side's
    # dead it announces are not its own (fallen.own_dead, function_words own_member)
    ("استهدفت مسيرة إسرائيلية سيارة في بلدة كفرا جنوب لبنان. وأعلن حزب الله مقتل العضو علي حسن "
     "إثر الغارة الإسرائيلية.", {"actor1": "Military Forces of Israel", "actor2": "Hezbollah"}),
    ("استهدفت مسيرة إسرائيلية سيارة في بلدة كفرا جنوب لبنان. وأعلن حزب الله مقتل أحد عناصره إثر الغارة.",
     {"actor1": "Military Forces of Israel", "actor2": "Hezbollah"}),
    # a strike by aircraft no one is named for, and a state's air force told striking the same
    # place the same day: that state's (events.records._unknown_aircraft)
    ("قتل 14 شخصا في غارة جوية استهدفت حيا سكنيا جنوب العاصمة صنعاء. وقال شهود عيان إن طيران "
     "التحالف العربي شن عدة غارات استهدفت مواقع للحوثيين في العاصمة صنعاء.",
     {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Saudi Arabia"}),
    # a blast's noun has the device for subject: a side named before it is the one hit, never
    # its doer (roles.assign, function_words unaccusative_noun)
    ("وقال المصدر إن جنديا سقط بعد انفجار عبوة ناسفة على دورية راجلة في قضاء المقدادية.",
     {"actor1": UAG, "actor2": "Military Forces of Iraq"}),
    # an aiming verb with the attack told right after it (واستهدف الهجوم قوات X): the side after
    # is the one aimed at, and the telling folds into the act (marks.aimed_verbs)
    ("قتل أربعة جنود في هجوم لتنظيم القاعدة بسيارة مفخخة في محافظة أبين. واستهدف الهجوم قوات "
     "الحزام الأمني في مديرية خنفر.", {"actor1": "AQAP: Al Qaeda in the Arabian Peninsula",
                                     "actor2": "Security Belt Forces"}),
    # a bomb named bare (اعتداء بقنبلة) is an explosive, a gas bomb is dispersal (weapons.tsv)
    ("قتل سبعة جنود من الجيش المصري في اعتداء بقنبلة استهدف مدرعة في مدينة العريش.",
     {"sub_event_type": IED}),
    ("ألقت قوات الأمن قنبلة غاز على المحتجين في ساحة التحرير ببغداد.",
     {"sub_event_type": "Protest with intervention"}),
    # دائرة after a preposition is a district's class noun (Mali's cercles, Algeria's daïras)
    # before a gazetteer name, never a town read for the word (place_cues.tsv)
    ("قتل عشرون مدنيا في هجوم استهدف قرية في دائرة بانكاس بمنطقة موبتي في مالي.", {"location": "Bankass"}),
    # a unit whose mention opens with its class noun (بولاية سنار) holds the unknown village
    # named a few words before it (mentions/places_slots.mark_slots)
    ("قتل 21 مدنيا في قصف لقوات الدعم السريع لقرية طيبة الشيخ السماني بولاية سنار.",
     {"location": "Sennar", "geo_precision": 2}),
    # a dateline with its agency in quote marks (ود مدني «سودانس بوست» –) is where the report
    # was filed, no place of the act (text/sentences, events/datelines)
    ("ود مدني «سودانس بوست» – قتل 21 مدنيا في قصف لقوات الدعم السريع لقرية طيبة الشيخ السماني "
     "بولاية سنار.", {"location": "Sennar"}),
    # a district said to lie off a city (لقضاء سنجار، غربي الموصل) is located by it, 120 km
    # off: the act is the district's (place_choice._locates reaches a district as a province);
    # attackers counted from a group (ثلاثة انتحاريين من داعش) are its men acting, no victims
    # (marks.mark, function_words attacker)
    ("فجر 3 انتحاريين من داعش أنفسهم اليوم الأحد، بعد محاصرتهم في ناحية القيروان التابعة لقضاء "
     "سنجار، غربي الموصل.", {"location": "Sinjar", "actor1": "Islamic State (Iraq)"}),
    # the dead the protesters demand justice for (يطالبون بمحاسبة المسؤولين عن مقتل 79 شخصا)
    # are what they protest about, no toll of the protest (frame_tolls.frame_toll, topic)
    ("أطلقت قوات الأمن الخميس قنابل الغاز المسيل للدموع لتفريق آلاف المتظاهرين الذين يطالبون "
     "بمحاسبة المسؤولين عن مقتل 79 شخصا في مدينة أم درمان.",
     {"sub_event_type": "Protest with intervention", "fatalities": 0}),
    # the act told at the province, then the raid of it at the village with no doer: the
    # village's record keeps the unknown attackers (reconcile.rules.absorb)
    ("قتل مواطنان وأصيب ستة آخرون إثر انفجار قنبلة يدوية ألقاها شخص مسلح على مجموعة من المواطنين "
     "في محافظة تعز. وأفادت مصادر محلية بأن المسلح اقتحم أحد المنازل بمنطقة المهيال التابعة لمديرية "
     "جبل حبشي.", {"sub_event_type": "Grenade", "actor1": "Unidentified Armed Group (Yemen)"}),
    # what was rumoured (ما تردد عن هجوم), denied past a long title: no act (modality.tsv claim)
    ("نفى العقيد أركان حرب أحمد محمد علي، المتحدث الرسمي باسم القوات المسلحة، ما تردد عن هجوم مسلحين "
     "مجهولين صباح الأحد على مقر النيابة العسكرية بمدينة العريش.", None),
    # a strike told, undated, as what a protest is about (احتجاجا على قيام الجيش بقصف بلدة عرسال)
    # is no act of the report: the protest only (realize.realize, topic_tokens)
    ("تظاهر العشرات في مدينة طرابلس احتجاجا على ما قالوا إنه قيام الجيش بقصف بلدة عرسال.",
     {"sub_event_type": "Peaceful protest", "location": "Tripoli"}),
    # a kill verb joined to a passive (قتل وأصيب) reads passive with its subject after the pair
    # too: the soldiers are the side hit (voice.assign_voiced, WINDOWS.pair_subject)
    ("قتل وأصيب عدد من قوات الجيش المصري بهجوم مسلح على كمين جنوب مدينة العريش.",
     {"actor1": "Unidentified Armed Group (Egypt)", "actor2": "Military Forces of Egypt"}),
    # a town said to lie in a part of "the kingdom" (جنوب المملكة) in a report whose country is
    # another kingdom than Saudi Arabia is that country's town (mentions/places, outside_part)
    ("استخدمت قوات مكافحة الشغب الأردنية في معان جنوب المملكة قنابل الغاز لتفريق حوالى مئة متظاهر.",
     {"location": "Ma'an", "country": "Jordan"}),
    # Kutum as the press spells it (aliases.tsv: كوتوم)
    ("اختطف مسلحون مجهولون اثنتين من العاملات في منظمة إغاثة في مدينة كوتوم شمال دارفور.",
     {"sub_event_type": "Abduction/forced disappearance", "location": "Kutum"}),
])
def test_round23_one_record(full_pipeline, text, want):
    got = events(full_pipeline, text, date(2014, 3, 10))
    assert [{k: getattr(e, k) for k in want or ()} for e in got] == ([want] if want else []), got
