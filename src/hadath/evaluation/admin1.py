"""admin1 agreement: one first-level unit under two English spellings.

Gold admin1 is the coder's (ACLED's) spelling, hadath's is its gazetteer's (data/gazetteer/
admin1.tsv): Babil / Babylon, Al Gezira / Al Jazirah, Idlib / Idleb are one governorate. Two
names agree when they are equal (``normalize_key``), when the gold name is one of the unit's
other spellings (data/gazetteer/admin1_english.tsv), or when the gold name shares a consonant
key (hadath.gazetteer.consonant_key.latin_keys: vowels, doubled letters, hamza marks and the
article dropped) with the unit's name and with no other unit of the same country (Sa'dah is
Sadah, not Yemen's other units). The unit must lie in the gold record's country when it names
one, and with no country the key must be shared by no unit anywhere else (Ad Dali, Yemen,
and Diyala, Iraq, share a key and never agree). A name hadath's table does not hold agrees
only when equal.
"""
from __future__ import annotations

from functools import lru_cache

from hadath.resources import load_tsv
from hadath.gazetteer.consonant_key import latin_keys
from hadath.gazetteer.data import admin1_tsv, countries_tsv
from hadath.text.normalize import normalize_key


@lru_cache(maxsize=1)
def _units() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """hadath's unit name key → [(country, its spellings' keys)]."""
    others: dict[tuple[str, str], list[str]] = {}
    for row in load_tsv("gazetteer/admin1_english.tsv"):
        others.setdefault((row["cc"], row["name"]), []).extend(n for n in row["others"].split("|") if n)
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for row in admin1_tsv():
        cc, name = row["cc"], row["name"]
        spellings = [name] + others.get((cc, name), [])
        out.setdefault(normalize_key(name), []).append(
            (cc, frozenset(normalize_key(s) for s in spellings)))
    return out


@lru_cache(maxsize=1)
def _country_keys() -> dict[str, dict[str, frozenset[str]]]:
    """country → hadath's unit name key → its consonant keys."""
    out: dict[str, dict[str, frozenset[str]]] = {}
    for row in admin1_tsv():
        out.setdefault(row["cc"], {})[normalize_key(row["name"])] = frozenset(latin_keys(row["name"]))
    return out


@lru_cache(maxsize=1)
def _ccs() -> dict[str, str]:
    return {normalize_key(row["name"]): row["cc"] for row in countries_tsv()}


@lru_cache(maxsize=4096)
def same_admin1(pred: str, gold: str, country: str | None = None) -> bool:
    """``country``: the gold record's country (its English name), when it has one."""
    kp, kg = normalize_key(pred), normalize_key(gold)
    if kp == kg:
        return True
    want = _ccs().get(normalize_key(country)) if country else None
    gkeys = frozenset(latin_keys(gold))
    for cc, spellings in _units().get(kp, ()):
        if want and cc != want:
            continue
        if kg in spellings:
            return True
        units = _country_keys().get(cc, {}) if want else \
            {(c, k): v for c, us in _country_keys().items() for k, v in us.items()}
        me = kp if want else (cc, kp)
        if gkeys & units.get(me, frozenset()) and not any(
                gkeys & keys for k, keys in units.items() if k != me):
            return True
    return False
