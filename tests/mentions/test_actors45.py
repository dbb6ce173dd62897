"""Actor names of the forty-fifth round (issue #9 item 5; docs/notes/actors45.md): ACLED's names
for groups whose name the lexicon spelled its own way, and a group split in two by date. The
sentences are made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from tests.mentions.test_actors import names

JNIM = "JNIM: Group for Support of Islam and Muslims"
HILU = "SPLM-N: Sudan People's Liberation Movement-North (Al Hilu Faction)"
AGAR = "SPLM-N: Sudan People's Liberation Movement-North (Agar Faction)"
SPLMN = "SPLM-N: Sudan People's Liberation Movement-North"


@pytest.mark.parametrize("text, surface, name, published", [
    # JNIM under ACLED's English name, whichever Arabic spelling
    ("هاجمت جماعة نصرة الإسلام والمسلمين قافلة عسكرية في بوركينا فاسو.",
     "جماعة نصرة الإسلام والمسلمين", JNIM, date(2023, 6, 1)),
    ("تبنت جماعة دعم الإسلام والمسلمين الهجوم على معسكر للجيش المالي.",
     "جماعة دعم الإسلام والمسلمين", JNIM, date(2022, 1, 5)),
    ("قتل جنود في كمين نصبه مسلحو نصرة الإسلام في منطقة موبتي.",
     "مسلحو نصرة الإسلام", JNIM, date(2024, 9, 1)),
    # SPLM-N split in June 2017: after it, the movement without a leader named is al-Hilu's
    # faction (the one still fighting in South Kordofan and the Blue Nile); Agar's faction by name
    ("هاجمت الحركة الشعبية لتحرير السودان شمال مواقع للجيش في كادقلي.",
     "الحركة الشعبية لتحرير السودان شمال", HILU, date(2023, 6, 1)),
    ("هاجمت الحركة الشعبية بقيادة عبد العزيز الحلو مواقع للجيش في الدلنج.",
     "الحركة الشعبية بقيادة عبد العزيز الحلو", HILU, date(2025, 11, 30)),
    ("اشتبكت قوات مالك عقار مع مسلحين قرب الدمازين.", "قوات مالك عقار", AGAR, date(2021, 3, 1)),
    ("أعلنت الحركة الشعبية جناح عقار سيطرتها على بلدة في النيل الأزرق.",
     "الحركة الشعبية جناح عقار", AGAR, date(2018, 3, 1)),
    # before the split, the one movement
    ("هاجمت الحركة الشعبية لتحرير السودان شمال مواقع للجيش في كادقلي.",
     "الحركة الشعبية لتحرير السودان شمال", SPLMN, date(2014, 6, 1)),
])
def test_round45_acled_names(text, surface, name, published):
    assert names(text, published=published).get(surface) == name


SNA = "SNA: Syrian National Army"


@pytest.mark.parametrize("text, surface", [
    # factions told by their tie to Turkey are the Syrian National Army (actors.tsv sna)
    ("اختطفت فصائل مرتبطة بالقوات التركية عددا من المدنيين في منطقة عفرين.", "فصائل مرتبطة بالقوات التركية"),
    ("داهمت الفصائل التابعة لتركيا منازل في قرية بمنطقة عفرين.", "الفصائل التابعة لتركيا"),
    ("قصفت الفصائل المسلحة الموالية لتركيا قرية في ريف منبج.", "الفصائل المسلحة الموالية لتركيا"),
    ("اشتبكت ميليشيات موالية لتركيا مع قوات سوريا الديمقراطية قرب منبج.", "ميليشيات موالية لتركيا"),
])
def test_round45_factions_tied_to_turkey(text, surface):
    assert names(text, published=date(2021, 11, 4)).get(surface) == SNA


@pytest.mark.parametrize("text, party", [
    # an unknown party that is also an unknown place (actors_words.tsv whereabouts): after a word
    # of direction it is where someone was taken, no actor; elsewhere the unknown party
    ("اختطف مسلحون ناشطا في مدينة درعا واقتادوه إلى جهة مجهولة.", False),
    ("اعتقلت قوات الأمن شابا ونقلته إلى جهة مجهولة.", False),
    ("اقتيد المخطوفون نحو جهة مجهولة.", False),
    ("اختطف ناشط في مدينة درعا من قبل جهة مجهولة.", True),
    ("قالت الشرطة إن جهة مجهولة تقف وراء الهجوم.", True),
])
def test_round45_an_unknown_destination_is_no_actor(text, party):
    assert ("جهة مجهولة" in names(text)) is party
