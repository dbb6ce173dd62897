"""Mechanisms of round 24 on sub-types, tolls and extra records (issue #9), one report per row:
real-news phrasings of tolls and means the round read (docs/notes/types24.md). The sentences are
made up in the style of that wire copy, never copied from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2022, 1, 17)


def _main(got):
    assert got, "no event"
    return max(got, key=lambda e: e.fatalities or 0)


@pytest.mark.parametrize("text, deaths", [
    # an age is no count (numbers_cues.tsv unit_after): one young man, not 24; one child, not 11
    ("قال مراسل إن الشاب مازن عمر 24 عاما قتل بشظايا قصف مدفعي على بلدة البارة.", 1),
    ("أفاد مصدر طبي بأن طفلا يبلغ من العمر 11 عاما قتل جراء قصف مدفعي على بلدة البارة.", 1),
    # "one of the two" is one of the toll, not one more (event_tolls.tsv subset)
    ("قتل شخصان أحدهما شرطي بانفجار عبوة ناسفة قرب سوق في مدينة العريش.", 2),
    # a singular victim, words of his side, then a count joined to him: both count
    ("قتل جندي في الجيش العراقي وخمسة مسلحين في هجوم على نقطة تفتيش في قضاء الطارمية.", 6),
    # a contrastive clause telling only the other side's deaths: one act, both sides' toll
    ("أسفرت الاشتباكات عن مقتل ستة من عناصر داعش فيما قتل عنصر من البيشمركة في قضاء مخمور.", 7),
    # a victim's age told between him and the verb: the victim is one, not "several"
    ("قال مصدر محلي إن المواطن أحمد علي البالغ من العمر 40 عاما، قتل جراء قصف مدفعي على مديرية منبه.", 1),
    # two people joined before a death verb in the dual: two, not "several"
    ("أفاد مصدر بأن الشاب أحمد محمد والطفل علي حسن استشهدا بغارة جوية على بلدة البارة.", 2),
    # a person killed "during the protests" in a riot's clause is its dead (event_tolls.tsv
    # during, protest_noun), like a protester
    ("اقتحم عشرات المحتجين مبنى البلدية في مدينة السويداء وأحرقوه، وأفادت مصادر بمقتل شخص برصاص"
     " قوات الأمن خلال الاحتجاجات.", 1),
])
def test_tolls(pipeline, text, deaths):
    assert _main(events(pipeline, text, PUB)).fatalities == deaths


@pytest.mark.parametrize("text, sub", [
    # the toll told first, the act after a contrastive word: the act types the deaths
    ("قتل أربعة مدنيين فيما أصيب عشرة آخرون خلال هجوم بطائرة مسيرة شنته قوات الدعم السريع على إقليم دارفور.",
     "Air/drone strike"),
    # a "suicide aircraft" is a drone, not a suicide bomber (weapons.tsv)
    ("قتل مدني وجرح اثنان في قصف نفذته طائرة انتحارية على قرية آفس.", "Air/drone strike"),
    # a fight "for control of" a town is no change of hands (event_frames.tsv purpose_clitic)
    ("اندلعت معارك عنيفة بين الجيش والحوثيين للسيطرة على مديرية الجوبة.", "Armed clash"),
    # angry young men or citizens are a mob (triggers.tsv, the crowd row)
    ("تعرض رجل للضرب حتى الموت على يد شبان غاضبين اتهموه بالسرقة في قرية قرب مدينة تيزي وزو.", "Mob violence"),
    # a rubber bullet in the singular is a means of dispersal, not live fire (weapons.tsv)
    ("أصيب متظاهر برصاصة مطاطية خلال تفريق الشرطة لاحتجاج في مدينة سيدي بوزيد.", "Protest with intervention"),
    # "the attacking force" names the doer (triggers_context.tsv attacker_head) and its shots go
    # into the air past its subject (tuning sky_right): the looting is the act
    ("ونهب مسلحون المحلات التجارية في سوق مدينة الخوي بعد أن أطلقت القوة المهاجمة النار بصورة كثيفة في الهواء.",
     "Looting/property destruction"),
])
def test_sub_types(pipeline, text, sub):
    assert _main(events(pipeline, text, PUB)).sub_event_type == sub
