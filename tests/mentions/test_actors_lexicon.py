"""The actor lexicon file: size, codes, ids, and that every alias is found in running text."""
from __future__ import annotations

import pytest

from hadath.mentions.actors import match_actors
from hadath.mentions.actors_lexicon import KINDS, ROLES, actor_lexicon, parse_rows
from hadath.mentions.actors_units import soldier_nouns
from hadath.resources import load_tsv
from hadath.text.normalize import normalize, normalize_key
from hadath.text.sentences import split_sentences
from hadath.text.tokenize import tokenize

ROWS = load_tsv("lexicons/actors.tsv")


def _tokens(text: str):
    norm = normalize(text)
    return tokenize(norm, split_sentences(norm))


def test_at_least_300_canonical_actors_with_valid_codes() -> None:
    ids = [r["actor_id"] for r in ROWS]
    assert len(ids) >= 300
    assert len(ids) == len(set(ids)), "duplicate actor ids"
    for r in ROWS:
        assert 1 <= int(r["inter"]) <= 8, r["actor_id"]
        assert r["kind"] in KINDS and r["role"] in ROLES, r["actor_id"]
        assert r["aliases"], f"{r['actor_id']} has no alias"


def test_every_state_role_of_the_arab_league_and_neighbours_is_present() -> None:
    lex = actor_lexicon()
    countries = ["Syria", "Iraq", "Lebanon", "Jordan", "Egypt", "Libya", "Tunisia", "Algeria",
                 "Morocco", "Mauritania", "Sudan", "Somalia", "Djibouti", "Comoros", "Yemen",
                 "Saudi Arabia", "Kuwait", "Bahrain", "Qatar", "United Arab Emirates", "Oman",
                 "Israel", "Turkey", "Iran", "Russia", "United States"]
    for c in countries:
        roles = {e.role for e in lex.entries.values() if e.kind == "state" and e.country == c}
        assert {"military", "air", "police", "government"} <= roles, c


def test_aliases_survive_normalization() -> None:
    for r in ROWS:
        for alias in r["aliases"].split("|"):
            key = normalize_key(alias)
            assert key and key == normalize_key(key), alias


def test_parse_rejects_bad_rows() -> None:
    from hadath.errors import DataError
    good = {"actor_id": "x", "name": "X", "inter": "2", "country": "", "kind": "rebel",
            "role": "", "where": "", "from": "", "until": "", "aliases": "س", "note": ""}
    with pytest.raises(DataError):
        parse_rows((good, dict(good)))
    with pytest.raises(DataError):
        parse_rows((dict(good, inter="9"),))
    with pytest.raises(DataError):
        parse_rows((dict(good, kind="army"),))


def test_every_alias_is_matched_in_a_sentence() -> None:
    missing = []
    for r in ROWS:
        for alias in r["aliases"].split("|"):
            text = f"وقال شهود إن {alias} وصلوا إلى المنطقة صباح اليوم."
            if normalize_key(alias) in soldier_nouns():  # (also an adjective: a soldier after harm)
                text = f"وقال شهود إنه قتل {alias} في المنطقة صباح اليوم."
            found = [m for m in match_actors(_tokens(text))
                     if m.key == normalize_key(alias) and r["actor_id"] in {e.actor_id for e in m.candidates}]
            if not found:
                missing.append((r["actor_id"], alias))
    assert not missing, missing[:30]
