"""Mechanisms of the twenty-sixth round (issue #9), one report per row: real-news phrasings of
who did it and to whom (docs/notes/actors26.md). The sentences are made up in the style of the
wire copy the round read, never copied from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, doer, hit", [
    # a country named after an agent word (غارات شنتها روسيا، بقصف إسرائيل) or right before a
    # strike noun it owns (كثفت روسيا غاراتها، واصلت تركيا قصفها) is the doer: its military
    # (state_forces.country_doer, role_words.owned)
    ("قتل عشرة مدنيين في غارات شنتها روسيا على مدينة سراقب في ريف إدلب.", date(2016, 2, 3),
     "Military Forces of Russia (2000-)", "Civilians (Syria)"),
    ("قتل ثلاثة مدنيين في قصف نفذته تركيا على قرية في ريف عفرين.", date(2018, 2, 3),
     "Military Forces of Turkey", "Civilians (Syria)"),
    ("قتل أربعون شخصا على الأقل في القصف الذي طال أرياف حلب وإدلب، حيث كثفت روسيا غاراتها على مدينة سراقب.",
     date(2016, 2, 3), "Military Forces of Russia (2000-)", None),
    # a shooting told with a nationality right after it (بإطلاق نار إسرائيلي): that state's
    # forces fired (weapon_users.weapon_owner)
    ("استشهد شاب فلسطيني، فجر اليوم، بإطلاق نار إسرائيلي قرب مدينة قلقيلية.", date(2016, 3, 1),
     "Military Forces of Israel", "Civilians (Palestine)"),
    ("قتل مزارع كردي بإطلاق نار تركي قرب بلدة الدرباسية.", date(2019, 3, 1),
     "Military Forces of Turkey", "Civilians (Syria)"),
    # ... or right after a means told with ب (بنيران إسرائيلية، بقذائف تركية): its state's forces
    ("أصيب ثلاثة مواطنين بنيران إسرائيلية شرق مدينة خان يونس.", date(2018, 5, 4),
     "Military Forces of Israel", "Civilians (Palestine)"),
    ("قتل مدنيان بقذائف تركية على قرية في ريف عفرين.", date(2018, 2, 3),
     "Military Forces of Turkey", "Civilians (Syria)"),
    # a speaker's title with a rank phrase (ضابط برتبة عقيد في الشرطة) is still the speaker,
    # not the bomber (marks: role_words.ranked)
    ("قال ضابط برتبة عقيد في الشرطة \"قتل جنديان في هجوم انتحاري بسيارة مفخخة استهدف حاجزا للجيش في ناحية العظيم\".",
     date(2015, 7, 1), "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"),
    # أسر as a verb (captured), not the noun "families": no civilians doer (actors.tsv)
    ("أفادت مصادر محلية أن جيش الاحتلال أسر 12 فلسطينيا خلال حملة دهم في مدينة نابلس.", date(2015, 10, 27),
     "Military Forces of Israel", None),
])
def test_round26_doer(pipeline, text, published, doer, hit):
    got = events(pipeline, text, published=published)
    assert any(e.actor1 == doer and (hit is None or e.actor2 == hit) for e in got), got


@pytest.mark.parametrize("text, published, doer", [
    # a strike told with no doer and no weapon (القصف، الغارات) after a sentence naming the
    # state that struck (غارات روسية): that state, not the armed group named beside it
    # (sides.story_actor counts a state side for a shelling as for an air strike)
    ("قتل عشرون شخصا في غارات روسية على مدينة إدلب، بينما صدت فصائل المعارضة هجوما في ريف حلب. "
     "وقال ناشطون إن القصف طال أيضا بلدة سراقب وأودى بحياة ستة أشخاص.", date(2016, 4, 8),
     "Military Forces of Russia (2000-)"),
    # ... and past a speech verb (قالت مصادر إن طيران التحالف: the said clause's subject, no teller),
    # not the group whose stronghold was hit
    ("وقالت مصادر محلية إن طيران التحالف شن غارات على مواقع في محافظة صعدة المعقل الرئيسي للحوثيين. "
     "وأوضحت المصادر أن القصف استهدف منطقة ضحيان.", date(2016, 1, 30), "Military Forces of Saudi Arabia"),
])
def test_round26_story_strikes(pipeline, text, published, doer):
    got = events(pipeline, text, published=published)
    assert got and all(e.actor1 == doer for e in got if e.event_type == "Explosions/Remote violence"), got


@pytest.mark.parametrize("text, published, doer, hit", [
    # a bare definite plural read as unidentified (المتمردين) whose word opened a named side
    # told before (المتمردين الحوثيين) is that side again (mentions.actors_own.sides_again)
    ("اتهمت الحكومة المتمردين الحوثيين بتصعيد هجومهم على مديرية صرواح. وقال مصدر عسكري إن "
     "المتمردين استهدفوا تعزيزات حكومية بصاروخ باليستي في أطراف مأرب ما أدى إلى مقتل ستة جنود.",
     date(2021, 2, 13), "Houthi Movement", "Military Forces of Yemen"),
    # the second side of بين after a quote closing the first name (بين المسلحين "الحوثيين"
    # ومسلحين قبليين), in a reported clause too (roles.joined_members)
    ("وقال سكان إن اشتباكات اندلعت فجر اليوم بين المسلحين \"الحوثيين\" ورجال القبائل في مديرية رداع.",
     date(2014, 10, 20), "Houthi Movement", "Unidentified Tribal Militia (Yemen)"),
    ("وأفاد سكان أن اشتباكات اندلعت بين المسلحين \"الحوثيين\" ومسلحين قبليين في مديرية رداع.",
     date(2014, 10, 20), "Houthi Movement", "Unidentified Tribal Militia (Yemen)"),
    # a common misspelling of the Houthis (حوثين) is theirs (actors.tsv)
    ("قتل 8 مسلحين حوثين في مواجهات مع قوات الجيش اليمني شمال مدينة تعز.", date(2022, 3, 19),
     "Military Forces of Yemen", "Houthi Movement"),
])
def test_round26_sides_told_again(pipeline, text, published, doer, hit):
    got = events(pipeline, text, published=published)
    assert any({e.actor1, e.actor2} == {doer, hit} for e in got), got


def test_round26_mercenaries_are_nobody_named():
    """"المرتزقة" alone (an insult for any side: the RSF in Sudanese army speech) is no Wagner."""
    from hadath.mentions.actors_lexicon import actor_lexicon
    from hadath.text.normalize import normalize_key

    wagner = next(e for e in actor_lexicon().entries.values() if e.actor_id == "wagner")
    assert normalize_key("المرتزقة") not in {normalize_key(a) for a in wagner.aliases}
    assert normalize_key("مرتزقة فاغنر") in {normalize_key(a) for a in wagner.aliases}


def test_round26_an_ally_is_no_side(pipeline):
    """A named group after an alliance adjective that follows another group (الحركة المتحالفة مع
    تنظيم القاعدة) is its ally, no side of any event (mentions.actors_own.allies_dropped)."""
    got = events(pipeline, "قال مسؤولون إن مقاتلي حركة الشباب هاجموا قاعدة عسكرية في منطقة شبلي السفلى "
                 "صباح أمس الاثنين، وقتلوا ثمانية جنود. لكن هجوم الاثنين يظهر صعوبة وقف الهجمات "
                 "التي تشنها الحركة المتحالفة مع تنظيم القاعدة.", published=date(2014, 12, 16))
    assert got and all("Qaeda" not in f"{e.actor1} {e.actor2}" for e in got), got
    assert any((e.actor1, e.actor2) == ("Al Shabaab", "Military Forces of Somalia") for e in got), got
