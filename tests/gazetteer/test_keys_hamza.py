"""Final hamza spellings of place names (keys.hamza_free, keys.hamza_on_seat, and the index's
hamza-free name rows): ـاء/ـا, ـىء/ـئ, ة/ه and ى/ي at the end of a name."""
from __future__ import annotations

import pytest

from hadath.gazetteer.keys import hamza_free, hamza_on_seat, name_key
from hadath.gazetteer.store import Gazetteer, PlaceRecord, Writer


@pytest.mark.parametrize("name, bare", [
    ("شداء", "شدا"),                       # Shada'a district (Saada), news often writes شدا
    ("صنعاء القديمة", "صنعا القديمه"),      # the hamza ends the first word
    ("الأحساء", "الاحسا"),
    ("مخيم الشاطئ", "مخيم الشاطي"),         # ئ is keyed ي: nothing to drop
    ("الشاطىء", "الشاطي"),                  # ى + ء
    ("ماء", "ماء"),                         # a word of two letters would be left: kept
    ("سوء", "سوء"),
    ("جزء", "جزء"),                         # no long vowel before the hamza
    ("رأس العين", "راس العين"),             # (أ is keyed ا by name_key)
    ("بيت لحم", "بيت لحم"),
])
def test_hamza_free(name, bare):
    assert hamza_free(name_key(name)) == bare


@pytest.mark.parametrize("a, b", [
    ("صعدة", "صعده"), ("حماة", "حماه"),    # taa marbuta and ha meet in name_key
    ("المنى", "المني"), ("الشاطئ", "الشاطى"),   # alef maqsura, ئ and ى meet in name_key
])
def test_final_letters_that_name_key_folds(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("word, keyed", [
    ("الشاطيء", "الشاطي"),     # الشاطىء normalized
    ("فوجيء", "فوجي"),         # فوجىء: the verb فوجئ
    ("اباء", "اباء"),          # آباء (fathers): a written hamza, no variant of ابا
    ("ميساء", "ميساء"),        # a woman's name, not Mesa
    ("شيء", "شيء"),            # three letters: kept
])
def test_hamza_on_seat(word, keyed):
    assert hamza_on_seat(word) == keyed


def test_the_index_also_keys_a_name_without_its_final_hamza(tmp_path):
    path = tmp_path / "g.sqlite"
    recs = [PlaceRecord("x:1", "Shada'a", "admin2", "YE", 16.9, 43.2, (), "شداء"),
            PlaceRecord("x:2", "Al Ghuraba", "neighbourhood", "OM", 23.0, 58.0, (), "غرباء",
                        weak=True),
            PlaceRecord("x:3", "Sana'a", "populated_place", "YE", 15.35, 44.2, ("صنعا",), "صنعاء")]
    with Writer(path) as w:
        w.add(recs)
    gz = Gazetteer([path])
    assert [h.place.id for h in gz.exact("شدا")] == ["x:1"]
    assert [h.place.id for h in gz.exact("شداء")] == ["x:1"]
    assert [h.weak for h in gz.exact("غربا")] == [True]          # a weak name's variant is weak
    assert len(gz.exact("صنعا")) == 1                             # one row per key and place
    keys = dict(gz.arabic_keys())
    assert "شدا" in keys and "شداء" in keys
