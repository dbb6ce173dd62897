"""Issue #9/#10, gaz37: records placed far from the act because a word that names no place was
read as one - a hideout noun (وكرا: not و + كرا, Gera in Germany) and a man's chain of given
names (محمد حسين علي: not the hamlet of that name in Salah al-Din) (docs/notes/gaz37.md)."""
from __future__ import annotations

import pytest

from hadath.mentions.places_people import given_names_only
from hadath.text.stage import TextStage
from hadath.types import Article, Doc
from tests.mentions.conftest import refs_by_surface


def _tokens(text: str):
    return TextStage()(Doc(Article("t", text))).tokens


def _named(refs: dict, surface: str) -> bool:
    """Some mention over or inside the surface (كرا of وكرا) resolved to a place."""
    return any((surface in s or s in surface) and r.place is not None for s, r in refs.items())


# A hideout noun (common_words.txt) is no one-word town without a cue, with or without و.
@pytest.mark.parametrize("text, word", [
    ("دك صقور الجو وكرا مهما للإرهابيين في وادي الشاي شرقي صلاح الدين.", "وكرا"),
    ("دمرت الطائرات وكرا لعناصر داعش قرب كركوك.", "وكرا"),
    ("استهدفت غارة جوية وكرا للتنظيم في جبال حمرين.", "وكرا"),
    ("قصفت المقاتلات أوكار الإرهابيين في صحراء الأنبار.", "أوكار"),
    ("عثرت القوات على مخبأ للأسلحة في قضاء طوزخورماتو.", "مخبأ"),
])
def test_a_hideout_noun_is_no_town(place_stage, text, word):
    assert not _named(refs_by_surface(place_stage, text), word)


# The towns named beside the noun are still read.
@pytest.mark.parametrize("text, surface", [
    ("دمرت الطائرات وكرا لعناصر داعش قرب كركوك.", "كركوك"),
    ("استهدفت غارة جوية وكرا للتنظيم في محافظة صلاح الدين.", "صلاح الدين"),
])
def test_the_town_beside_a_hideout_noun_is_kept(place_stage, text, surface):
    assert _named(refs_by_surface(place_stage, text), surface)


# A man's chain of given names is no hamlet of that name (in an Iraqi report: the hamlet is in
# Iraq), after a verb of naming, a pronoun, a colon or a person noun.
@pytest.mark.parametrize("text", [
    "اختطف مسلحون شابين في قضاء كفري. وقال إن المختطفين يدعيان محمد حسين علي (16 عاما) وصباح حسن.",
    "قتل مسلحون راعيا قرب بلد في صلاح الدين. وأوضح أن القتيل هو محمد حسين علي من سكان القرية.",
    "قتل ثلاثة في هجوم في ديالى العراقية. وعرف من القتلى: محمد حسين علي، وهو راع.",
    "أفرج المسلحون في كركوك عن الشاب محمد حسين علي بعد دفع فدية.",
])
def test_a_chain_of_given_names_is_a_person(place_stage, text):
    assert not _named(refs_by_surface(place_stage, text), "محمد حسين علي")


# (text, the name's first and last words, whether it is a chain of given names)
CHAINS = [
    ("يدعى محمد حسين علي أمس", "محمد", "علي", True),
    ("القتيل أحمد محمود حسن من القرية", "أحمد", "حسن", True),
    ("الشاب حسين علي وأخوه", "حسين", "علي", False),     # علي second reads as على: not told
    ("قرب مدينة عين العرب", "عين", "العرب", False),   # a place's own words
    ("في بلدة محمد آغا", "محمد", "آغا", False),          # second word no given name
    ("يدعى محمد فقط", "محمد", "محمد", False),            # one word: left to the one-word rules
]


@pytest.mark.parametrize("text, first, last, expected", CHAINS)
def test_given_names_only(text, first, last, expected):
    tokens = _tokens(text)
    start = next(k for k, t in enumerate(tokens) if t.text == first)
    end = next(k for k, t in enumerate(tokens) if t.text == last and k >= start) + 1
    assert given_names_only(tokens, start, end) is expected
