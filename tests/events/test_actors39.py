"""Mechanisms of the thirty-ninth round (issue #9 item 5): who was acted on, the way the news_dev
dev coders code it (docs/notes/actors39.md). The sentences are made up in the style of the
reports the round read, never copied from them."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, hit", [
    # a dual of a listed singular victim noun (امرأتان، فتاتان، طفلتان; راعيان، سائقان، معلمان):
    # the dual is read as its singular is (events.victims.category through
    # text.number_words.dual_singulars), so the people hit are civilians as the dev coders code
    # them (dev: "قتلت امرأتين" -> Civilians)
    ("قتلت فتاتان بغارة جوية على قرية حيش جنوب إدلب.", date(2016, 5, 3), "Civilians (Syria)"),
    ("قتل راعيان بانفجار لغم أرضي قرب بلدة القريتين.", date(2016, 5, 3), "Civilians (Syria)"),
    ("قتل سائقان بانفجار عبوة ناسفة على طريق بغداد كركوك قرب طوز خورماتو.", date(2016, 5, 3),
     "Civilians (Iraq)"),
    ("قتلت طفلتان في سقوط قذيفة هاون على حي جوبر في دمشق.", date(2017, 1, 8), "Civilians (Syria)"),
    ("قتل معلمان بانفجار عبوة ناسفة في مدينة الموصل.", date(2016, 5, 3), "Civilians (Iraq)"),
    ("قتلت امرأتان في قصف مدفعي على بلدة كفرنبل في ريف إدلب.", date(2016, 5, 3), "Civilians (Syria)"),
])
def test_round39_a_dual_victim_is_read_as_its_singular(pipeline, text, published, hit):
    got = events(pipeline, text, published=published)
    assert any(e.actor2 == hit for e in got), got


@pytest.mark.parametrize("text, published, hit", [
    # the people a death or wound verb is told of, in two parts joined by و and a count before
    # it (أن ضابطا وأربعة مجندين استشهدوا، شرطيا وثلاثة شرطيين أصيبوا): all of them are its subject,
    # the ones hit - the first part is no doer (events.roles, victims.joined_by_count)
    ("وأوضح البيان أن جنديين وأربعة مجندين استشهدوا يوم الخميس إثر انفجار عبوة ناسفة بمركبة "
     "مدرعة جنوب مدينة بئر العبد.", date(2020, 4, 2), "Military Forces of Egypt"),
    ("وأوضح البيان أن مجندا وأربعة جنود استشهدوا يوم الخميس إثر انفجار عبوة ناسفة جنوب مدينة "
     "الشيخ زويد.", date(2020, 4, 2), "Military Forces of Egypt"),
    ("وقالت مصادر أمنية إن شرطيا وثلاثة شرطيين أصيبوا أمس في انفجار عبوة ناسفة في مدينة "
     "الرمادي.", date(2013, 4, 2), "Police Forces of Iraq"),
])
def test_round39_victims_told_in_two_parts_are_all_hit(pipeline, text, published, hit):
    got = events(pipeline, text, published=published)
    assert got and all(e.actor2 == hit and e.actor1 != hit for e in got), got


@pytest.mark.parametrize("text, published, hit", [
    # an officer of no force named (ضابط، ضابطا، ضابطان، ضابطين، ضباط) is the state's military,
    # as the dev coders code him ("مقتل ضابط برتبة ملازم أول" -> Military Forces of Iraq;
    # intelligence officers -> Military Forces of Libya); a police officer keeps the police
    # (ضابط شرطة، ضابط في الشرطة: actors.tsv gen-military and gen-police)
    ("قتل ضابط بانفجار عبوة ناسفة في مدينة الرمادي.", date(2013, 4, 2), "Military Forces of Iraq"),
    ("قتل ضابطان بانفجار عبوة ناسفة في مدينة الرمادي.", date(2013, 4, 2), "Military Forces of Iraq"),
    ("أسفر انفجار عبوة ناسفة عن مقتل ثلاثة ضباط في مدينة الرمادي.", date(2013, 4, 2),
     "Military Forces of Iraq"),
    ("قتل ضابط برتبة نقيب وجنديان بانفجار عبوة ناسفة في مدينة الرمادي.", date(2013, 4, 2),
     "Military Forces of Iraq"),
    ("قتل ضابط في الشرطة بانفجار عبوة ناسفة في مدينة الرمادي.", date(2013, 4, 2),
     "Police Forces of Iraq"),
    ("قتل ضابط شرطة بانفجار عبوة ناسفة في مدينة الرمادي.", date(2013, 4, 2), "Police Forces of Iraq"),
])
def test_round39_an_officer_of_no_force_named_is_the_military(pipeline, text, published, hit):
    got = events(pipeline, text, published=published)
    assert any(e.actor2 == hit and e.actor1 != hit for e in got), got


@pytest.mark.parametrize("text, published, hit", [
    # a gathering of mourning bombed or shelled (مجلس عزاء، مجلس العزاء، مأتما: triggers_victims.tsv
    # civilian_property) or a funeral procession bombed with no side hit named (موكب تشييع:
    # event_scope.tsv mourner, events.realize): its people are civilians, as the dev coders code
    # a suicide belt in a mourning gathering ("استهدف مجلس عزاء" -> Civilians)
    ("انفجرت سيارة مفخخة قرب مجلس عزاء في قضاء المقدادية ما أسفر عن سقوط قتلى وجرحى.",
     date(2013, 5, 27), "Civilians (Iraq)"),
    ("استهدف قصف مدفعي مأتما في بلدة حيش ما أسفر عن مقتل أربعة.", date(2014, 3, 2),
     "Civilians (Syria)"),
    ("انفجرت سيارة مفخخة قرب موكب تشييع في قضاء المقدادية ما أسفر عن سقوط قتلى وجرحى.",
     date(2013, 5, 27), "Civilians (Iraq)"),
    ("سقطت قذيفة هاون على مجلس العزاء في حي الوعر بمدينة حمص.", date(2014, 3, 2),
     "Civilians (Syria)"),
])
def test_round39_a_mourning_gathering_hit_is_civilians(pipeline, text, published, hit):
    got = events(pipeline, text, published=published)
    assert any(e.actor2 == hit for e in got), got


def test_round39_a_funeral_fired_on_by_a_force_stays_a_protest(pipeline):
    got = events(pipeline, "أطلقت قوات الأمن النار على المشيعين في مدينة درعا.", published=date(2013, 5, 27))
    assert any(e.event_type == "Protests" for e in got), got
