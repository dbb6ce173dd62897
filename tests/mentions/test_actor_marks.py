"""Quotation marks and brackets inside an actor's name (hadath.mentions.actor_marks)."""
from __future__ import annotations

from collections import namedtuple

from hadath.mentions.actor_marks import without_marks
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize

M = namedtuple("M", "start end")


def _tokens(text: str):
    norm = normalize(text)
    return tokenize(norm, split_sentences(norm))


def test_matches_map_back_to_the_document_tokens():
    tokens = _tokens('هاجمت حركة "الشباب" قاعدة')
    seen = []

    def match(toks, ids):
        seen.append([t.norm for t in toks])
        return [M(1, 3)], [(3, 2)]  # حركة الشباب, and قاعدة, as the marks-free tokens number them

    matches, roles = without_marks(tokens, (), match)
    assert seen[0] == ["هاجمت", "حركه", "الشباب", "قاعده"]
    assert tokens[matches[0].start].norm == "حركه" and tokens[matches[0].end - 1].norm == "الشباب"
    assert [tokens[i].norm for i, _role in roles] == ["قاعده"]


def test_brackets_too():
    tokens = _tokens("هاجمت حركة (الشباب) قاعدة")
    matches, _ = without_marks(tokens, (), lambda toks, ids: ([M(1, 3)], []))
    assert [t.norm for t in tokens[matches[0].start:matches[0].end]] == ["حركه", "(", "الشباب"]


def test_no_marks_no_copy():
    tokens = _tokens("هاجمت حركة الشباب قاعدة")
    assert without_marks(tokens, (), lambda toks, ids: (toks, ids)) == (tokens, ())
