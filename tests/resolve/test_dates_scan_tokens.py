"""The dates stage scans the text stage's tokens instead of splitting the text again: the same
expressions as :func:`scan` of the normalized text, at the same offsets."""
import pytest

from hadath.pipeline import build_pipeline
from hadath.resolve.dates_parse import scan, scan_tokens
from hadath.text.normalize import normalize
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokens_and_columns, tokenize
from hadath.types import Article, Doc

TEXTS = [
    "قتل ثلاثة مدنيين يوم الأحد 12 آذار 2023 في قصف على إدلب.",
    "وقع الهجوم في 2024/05/01 وتكرر في 01.05.2024 ثم قبل ثلاثة أيام.",
    "قبل يومين، 1,000 نازح و12.5 بالمئة منذ 2011 وفي الأسبوع الماضي.",
    "اشتباكات مساء أمس الجمعة وفجر اليوم بين الطرفين.",
    "بيان: لا تاريخ هنا، بل 3.5 و7 وعشرات.",
    "",
]


def _both(text: str):
    norm = normalize(text)
    tokens, cols = tokens_and_columns(norm, split_sentences(norm))
    return scan(norm.text), scan_tokens(norm.text, tokens, cols.norm_starts), tokens, cols


@pytest.mark.parametrize("text", TEXTS)
def test_scan_tokens_finds_what_the_text_scan_finds(text):
    by_text, by_tokens, tokens, cols = _both(text)
    assert by_tokens == by_text
    assert len(cols.norm_starts) == len(cols.norm_ends) == len(tokens)


def test_scan_tokens_finds_dates():
    by_text, by_tokens, _, _ = _both(TEXTS[1])
    assert len(by_tokens) >= 2  # the two numeric dates (and the "ago" expression)


def test_columns_are_the_tokens_extents_in_the_normalized_text():
    norm = normalize("وقُتِلَ ٣ أشخاص في حلب، أمس.")
    tokens, cols = tokens_and_columns(norm, split_sentences(norm))
    assert tokens == tokenize(norm, split_sentences(norm))
    for tok, a, b in zip(tokens, cols.norm_starts, cols.norm_ends):
        assert norm.text[a:b] == tok.norm


def test_the_dates_stage_without_columns_scans_the_text():
    pipe = build_pipeline(["text", "dates"])
    art = Article("a", TEXTS[0])
    with_cols = pipe(art)
    assert with_cols.columns is not None
    without = pipe.stages[1](Doc(art, with_cols.norm, with_cols.sentences, with_cols.tokens))
    assert without.mentions == with_cols.mentions
    assert any(m.kind == "date" for m in with_cols.mentions)
