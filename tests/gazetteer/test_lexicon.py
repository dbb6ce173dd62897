"""The place lexicon (data/lexicons/place_cues.tsv, place_words.tsv) is normalized on load."""
from __future__ import annotations

import pytest

from hadath.errors import DataError
from hadath.gazetteer import lexicon as lexmod
from hadath.gazetteer.lexicon import place_lexicon
from hadath.text.normalize import normalize_key


def test_words_are_normalized_as_the_tokens_are():
    lex = place_lexicon()
    for word in ("على", "إلى", "حتى"):
        assert normalize_key(word) in lex.stop | lex.preps
    assert normalize_key("إلى") in lex.preps and normalize_key("حتى") in lex.preps
    assert normalize_key("على") in lex.stop and normalize_key("على") in lex.function
    assert "على" not in lex.stop   # only the normalized spelling
    assert lex.cues[normalize_key("قرية")] == 1 and lex.cues[normalize_key("محافظة")] == 3
    assert normalize_key("أطراف") in lex.after and normalize_key("ضاحية") in lex.part


def test_roles_are_columns_of_one_cue_table():
    lex = place_lexicon()
    # a disambiguation-only row has no recognition hint
    assert normalize_key("لواء") in lex.region and normalize_key("لواء") not in lex.cues
    # every part-of-town cue naming the place itself is a settlement cue (streets and roads
    # are parts coded to their town, not settlements), every class noun is a name prefix
    assert {w for w in lex.part if lex.cues.get(w) == 1} <= lex.settlement
    assert lex.street <= lex.part and not lex.road & lex.part and lex.klass <= lex.prefix
    assert lex.skip >= lex.klass


def _with_rows(monkeypatch, rows):
    monkeypatch.setattr(lexmod, "load_tsv", lambda name: rows)
    lexmod.place_lexicon.cache_clear()


def test_bad_rows_name_the_file_and_row(monkeypatch):
    try:
        _with_rows(monkeypatch, ({"word": "قرية", "precision": "7", "roles": ""},))
        with pytest.raises(DataError, match=r"place_cues\.tsv: row 2 .*precision"):
            lexmod._cue_rows()
        _with_rows(monkeypatch, ({"word": "قرية", "precision": "1", "roles": "villag"},))
        with pytest.raises(DataError, match="unknown role 'villag'"):
            lexmod._cue_rows()
    finally:
        lexmod.place_lexicon.cache_clear()
