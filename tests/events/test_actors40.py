"""Mechanisms of the fortieth round (issue #9 item 5): a side named elsewhere in a report is not
lent to an act it is not tied to (docs/notes/actors40.md). The sentences are made up in the style
of the reports the round read, never copied from them."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.attribute.story import inherit_story_attacker
from hadath.types import Event, Span
from tests.events.conftest import events


@pytest.mark.parametrize("text, published, place", [
    # an act whose doer the text calls unknown (مسلحون مجهولون، مجهولون، جهة مجهولة) keeps its
    # unidentified doer when an undated mention of a named group's other attacks is folded into
    # it (سبق أن نفذ هجمات، كان قد شن هجمات): the group of other attacks did not do this one
    # (events.merge._fold_undated, records.continue_event doer_unknown)
    ("اغتال مسلحون مجهولون عنصرين من قوات النظام في ريف الرقة الشرقي اليوم الثلاثاء. غير أن تنظيم "
     "الدولة سبق وأن نفذ هجمات ضد عناصر من قوات النظام في محافظة الرقة.", date(2020, 1, 28), "Ar Raqqah"),
    ("قتل مسلحون مجهولون ثلاثة عناصر من قوات النظام في ريف دير الزور اليوم الأحد. وكان تنظيم الدولة "
     "قد نفذ هجمات على قوات النظام في محافظة دير الزور.", date(2020, 3, 1), "Deir ez-Zor"),
    ("قتل مسلحون مجهولون عنصرين من قوات النظام في مدينة الميادين اليوم الأحد. ويشن تنظيم الدولة "
     "هجمات متكررة على قوات النظام في الميادين.", date(2020, 3, 1), "Al Mayadin"),
])
def test_round40_a_doer_told_unknown_keeps_its_unknown_doer(pipeline, text, published, place):
    got = [e for e in events(pipeline, text, published=published) if e.location == place]
    assert got and all(e.actor1.startswith("Unidentified") for e in got), got


LNA = "LNA: Libyan National Army"
UAG = "Unidentified Armed Group (Libya)"


def _act(text: str, word: str, actor1: str, inter1: int) -> Event:
    at = text.index(word)
    return Event(article_id="a", event_type="Explosions/Remote violence",
                 sub_event_type="Shelling/artillery/missile attack", event_date=date(2020, 4, 17),
                 location="Tripoli", actor1=actor1, inter1=inter1, actor2="Civilians (Libya)", inter2=7,
                 country="Libya", evidence={"trigger": (Span(at, at + len(word)),)})


@pytest.mark.parametrize("text, lent", [
    # an act told after words opening another story (على صعيد آخر، في سياق منفصل، من جهة أخرى،
    # في حادث منفصل) with no doer named takes no side from the story before them
    # (attribute.story._apart; function_words other_story) ...
    ("قصفت قوات حفتر حي أبو سليم بالصواريخ. على صعيد آخر، سقطت قذائف على حي الهضبة.", False),
    ("قصفت قوات حفتر حي أبو سليم بالصواريخ. وفي سياق منفصل، سقطت قذائف على حي الهضبة.", False),
    ("قصفت قوات حفتر حي أبو سليم بالصواريخ. من جهة أخرى، سقطت قذائف على حي الهضبة.", False),
    ("قصفت قوات حفتر حي أبو سليم بالصواريخ. وفي حادث منفصل، سقطت قذائف على حي الهضبة.", False),
    ("قصفت قوات حفتر حي أبو سليم بالصواريخ. وفي تطور آخر، سقطت قذائف على حي الهضبة.", False),
    # ... the same story still lends its one named attacker
    ("قصفت قوات حفتر حي أبو سليم بالصواريخ. كما سقطت قذائف على حي الهضبة.", True),
    ("قصفت قوات حفتر حي أبو سليم بالصواريخ. وعلى صعيد متصل، سقطت قذائف على حي الهضبة.", True),
])
def test_round40_no_side_is_lent_across_another_story(text, lent):
    got = inherit_story_attacker([_act(text, "قصفت", LNA, 2), _act(text, "سقطت", UAG, 3)], text)
    assert got[1].actor1 == (LNA if lent else UAG), got[1]


@pytest.mark.parametrize("text, actor1, actor2", [
    # fighters "of the opposition" told with a partitive or an adjective (مقاتلين من المعارضة، عناصر
    # من المعارضة، مسلحين معارضين) are the armed opposition: bare المعارضة is no alias (it is also
    # the political opposition), so the fighter noun carries it (actors.tsv syr-opp) - they were
    # read as civilians hit or as an unidentified group
    ("قتل خمسة مقاتلين من المعارضة في قصف لقوات النظام على بلدة كفرنبل في ريف إدلب.",
     "Military Forces of Syria (2000-2024)", "Opposition Rebels (Syria)"),
    ("اشتبك مقاتلون من المعارضة مع قوات النظام في محيط بلدة مورك بريف حماة الشمالي.",
     "Opposition Rebels (Syria)", "Military Forces of Syria (2000-2024)"),
    ("قتل ثلاثة عناصر من المعارضة بغارة جوية روسية على بلدة اللطامنة.",
     "Military Forces of Russia (2000-)", "Opposition Rebels (Syria)"),
    ("قتل مسلحون من المعارضة جنديين من قوات النظام في هجوم على حاجز قرب بلدة خان شيخون.",
     "Opposition Rebels (Syria)", "Military Forces of Syria (2000-2024)"),
])
def test_round40_fighters_of_the_opposition_are_the_armed_opposition(pipeline, text, actor1, actor2):
    got = events(pipeline, text, published=date(2016, 5, 3))
    assert any(e.actor1 == actor1 and e.actor2 == actor2 for e in got), got


@pytest.mark.parametrize("text", [
    # a country named as the accused of an act told before (اتهمت إيران إسرائيل بتنفيذ الغارة، ألقت
    # طهران باللوم على إسرائيل، اتهم مسؤولون سوريون إسرائيل): its military did it, as a country
    # named as an act's doer is (merge._accused_country; modality.tsv accuse: باللوم على)
    "قتل سبعة من الحرس الثوري الإيراني في غارة جوية استهدفت مبنى في دمشق. واتهمت إيران إسرائيل بتنفيذ الغارة.",
    "قتل سبعة أشخاص في غارة جوية استهدفت مبنى في دمشق. واتهم مسؤولون سوريون إسرائيل بتنفيذ الغارة.",
    "قتل سبعة من الحرس الثوري الإيراني في غارة جوية استهدفت مبنى في دمشق. وألقت إيران باللوم على إسرائيل.",
    "قتل سبعة من الحرس الثوري الإيراني في غارة جوية استهدفت مبنى القنصلية الإيرانية في دمشق، وألقت طهران "
    "باللوم فيها على إسرائيل.",
    "قتل سبعة من الحرس الثوري الإيراني في غارة جوية استهدفت مبنى في دمشق. واتهمت طهران إسرائيل بالوقوف "
    "وراء الغارة.",
])
def test_round40_a_country_accused_of_an_act_is_its_military(pipeline, text):
    got = events(pipeline, text, published=date(2024, 4, 2))
    assert got and all(e.actor1 == "Military Forces of Israel" for e in got), got


@pytest.mark.parametrize("text", [
    # ... not a country after a claim noun (بدعم أمريكي وتبني تركيا والأردن: sponsors, no accused)
    "قتل خمسة مسلحين في اشتباكات مع عناصر الأمن الداخلي في مدينة السويداء، بعد اتفاق تم بدعم أمريكي "
    "وتبني تركيا والأردن.",
])
def test_round40_no_country_after_a_claim_noun(pipeline, text):
    got = events(pipeline, text, published=date(2025, 8, 3))
    assert all(e.actor1 != "Military Forces of Jordan" and e.actor1 != "Military Forces of Turkey" for e in got), got
