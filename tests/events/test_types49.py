"""Round 49 (issue #9, docs/notes/types49.md): an armed side's attack on civilians during which
"confrontations broke out with the residents" is the attack (Violence against civilians), not a
battle: ACLED's civilians are unarmed, and the fight people put up against their attackers makes
no armed clash. The confrontation word alone (no attack word), a fight between two armed sides,
or people facing a state force (a violent demonstration) are as before."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.taxonomy import decide
from tests.events.conftest import events

PUB = date(2023, 1, 15)


def types(pipeline, text):
    return sorted({(e.event_type, e.sub_event_type) for e in events(pipeline, text, PUB)})


ATTACK = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("classes, target, inter1, confront, want", [
    # an attack with a confrontation, the side hit civilians: the attack (settlers, a militia,
    # rebels, a state force, unknown men)
    ({"attack", "clash"}, "civilian", 3, "", ATTACK),
    ({"attack", "clash", "injure"}, "civilian", 4, "", ATTACK),
    ({"attack", "clash", "kill"}, "civilian", 2, "", ATTACK),
    ({"attack", "clash"}, "civilian", 1, "", ATTACK),
    ({"attack", "clash", "injure"}, "civilian", None, "", ATTACK),
    # as before: the side hit armed or unknown, no attack word, or people facing a force
    ({"attack", "clash"}, "armed", 3, "", CLASH),
    ({"attack", "clash"}, None, 3, "", CLASH),
    ({"clash", "kill"}, "civilian", 2, "", CLASH),
    ({"attack", "clash"}, "civilian", 7, "", CLASH),
    ({"attack", "clash"}, "civilian", 1, "force", ("Riots", "Violent demonstration")),
])
def test_attack_with_confrontation_table(classes, target, inter1, confront, want):
    assert decide(set(classes), set(), target, inter1, confront=confront) == want


@pytest.mark.parametrize("text", [
    "شن المستوطنون هجوما واسعا على قرية ترمسعيا شمال رام الله، اندلعت خلاله مواجهات مع الأهالي، "
    "وأسفرت عن إصابة فلسطينيين اثنين.",
    "هاجم مستوطنون بلدة حوارة جنوب نابلس، وتصدى لهم الأهالي واندلعت مواجهات أصيب خلالها ثلاثة مواطنين.",
    "هاجم مسلحون مجهولون قرية في ريف درعا الغربي واندلعت مواجهات مع السكان أسفرت عن إصابة أربعة مدنيين.",
    "هاجمت عناصر من ميليشيا الجنجويد قرية قرب مدينة نيالا، واندلعت مواجهات مع المواطنين أسفرت عن مقتل "
    "ثلاثة مدنيين.",
])
def test_attack_on_residents_with_confrontation_is_an_attack(pipeline, text):
    assert types(pipeline, text) == [ATTACK]


@pytest.mark.parametrize("text, want", [
    ("اندلعت اشتباكات بين الجيش السوري ومسلحي المعارضة في ريف درعا، أسفرت عن مقتل مدنيين اثنين.", CLASH),
    ("هاجم مسلحون حاجزا للجيش في ريف درعا واندلعت اشتباكات بين الطرفين.", CLASH),
    ("اندلعت مواجهات بين الشبان وقوات الاحتلال في بلدة بيتا جنوب نابلس، أصيب خلالها عشرة شبان.",
     ("Riots", "Violent demonstration")),
])
def test_fights_of_armed_sides_and_crowds_unchanged(pipeline, text, want):
    assert types(pipeline, text) == [want]


# An arrest verb that needs a person as its object (أوقف، احتجز: object column "person") takes a
# dual noun of people (شخصين، طفلين، رجلين، شابين), itself a count, as that person: an arrest.
@pytest.mark.parametrize("text", [
    "أوقفت الشرطة المغربية شخصين الجمعة في مدينة الحسيمة.",
    "احتجزت قوات الاحتلال طفلين في مدينة الخليل.",
    "أوقفت السلطات الجزائرية رجلين في مدينة وهران بتهمة الانتماء إلى جماعة إرهابية.",
    "أوقفت قوات الأمن التونسية شابين في حي التضامن بالعاصمة تونس.",
])
def test_arrest_of_two_people_named_by_a_dual(pipeline, text):
    assert types(pipeline, text) == [("Strategic developments", "Arrests")]


@pytest.mark.parametrize("text", [
    "أوقفت السلطات العمل في مصنعين بمدينة وهران.",
    "أوقفت الشرطة حافلتين في مدينة وهران.",
])
def test_stopping_things_counted_by_a_dual_is_no_arrest(pipeline, text):
    assert types(pipeline, text) == []


@pytest.mark.parametrize("word", ["شابين", "طفلان", "طفلتين", "فتاتين", "امرأتين", "سيدتان", "مسنين", "شقيقين"])
def test_dual_nouns_of_people_are_civilians(word):
    from hadath.events.lexicons import victim_words
    from hadath.text.normalize import normalize_key
    assert victim_words().get(normalize_key(word)) == "civilian"
