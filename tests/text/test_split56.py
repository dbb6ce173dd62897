"""A list set out on its own lines after a colon (round split56, issue #9): "مستهدفا بلدات:" and
then "زبقين وقانا والشعيتية" as the next paragraph - the paragraph break ended the sentence, so
the towns fell outside the act's sentence. A paragraph that ends in a list's head (a plural noun
of places, "the following": lexicons/list_heads.tsv) and a colon runs on into the next one
(text.sentences._list_follows). Controls: any other colon at a paragraph's end (a speaker, a
section), a headline, a quotation or a number after the break."""
from __future__ import annotations

import pytest

from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences


def _sentences(text):
    return [text[s.span.start:s.span.end] for s in split_sentences(normalize(text))]


HEAD = "غارات على الجنوب\n\n"


@pytest.mark.parametrize("body, n", [
    # a list's head and a colon: the list is in the same sentence
    ("شن الطيران غارات على قضاء صور، مستهدفا بلدات:\n\nزبقين وقانا والشعيتية.", 1),
    ("قصفت المدفعية القرى التالية:\nكفرنبل وحاس والبارة.", 1),
    ("استهدف القصف مناطق:\n\nالشجاعية والزيتون والتفاح.", 1),
    ("طالت الغارات أحياء: \n\n الشجاعية والزيتون.", 1),
    ("شن الطيران غارات على ريف إدلب وقرى:\n\nكفرنبل وحاس.", 1),
    ("شملت المداهمات مخيمي:\n\nجنين وطولكرم.", 1),
    # controls: another word before the colon, a quotation or a number after the break
    ("وقال المتحدث باسم الجيش:\n\nإن القوات قصفت مواقع المسلحين.", 2),
    ("وفي التفاصيل:\n\nشن الطيران غارات على بلدة كفرنبل.", 2),
    ("شن الطيران غارات على قضاء صور، مستهدفا بلدات:\n\n\"زبقين وقانا\".", 2),
    ("وأعلنت الوزارة حصيلة المناطق:\n\n1. حلب 3 قتلى.", 2),
    ("شن الطيران غارات على قضاء صور، مستهدفا بلدات زبقين وقانا.\n\nوقصفت المدفعية قرى أخرى.", 2),
])
def test_a_list_after_a_colon_stays_in_its_sentence(body, n):
    assert len(_sentences(HEAD + body)) == 1 + n


@pytest.mark.parametrize("text", [
    "أبرز البلدات:\n\nشن الطيران غارة على بلدة كفرنبل.",   # a headline ends in a list's head
    "القرى التالية:\nزبقين وقانا.",
])
def test_a_headline_ending_in_a_colon_stands_alone(text):
    assert len(_sentences(text)) == 2
