"""Villages known only by a Latin name (hadath.gazetteer.latin_places): which rows are kept,
the file's layout, the lookup by consonant key, and the file the package ships."""
from __future__ import annotations

import lzma

import pytest

from hadath.errors import DataError
from hadath.gazetteer.consonant_key import arabic_key, latin_keys
from hadath.gazetteer.latin_places import (LatinIndex, LatinPlace, bundled_index, city_rows,
                                           frequent_words, keys_of,
                                           latin_rows, latin_words,
                                           read_index, write)
from hadath.gazetteer.wof import WofPlace


def _wof(wid, name, name_ar="", placetype="locality", cc="SD", lat=14.9, lon=33.4, gn=0,
         region="Gezira", county="Eastern El Gezira", pop=0):
    return WofPlace(wid, cc, placetype, name, name_ar, [name_ar] if name_ar else [], [], lat, lon,
                    population=pop, region_id=1, region=region, county_id=2, county=county,
                    geonames_id=gn)


def _city(name, alts=(), cc="ML", admin1="04", pop=37002, lat=15.0061, lon=-2.9517):
    return {"name": name, "alternatenames": list(alts), "countrycode": cc, "admin1code": admin1,
            "population": pop, "latitude": lat, "longitude": lon}


def test_latin_only_towns_of_the_sahel_countries_come_from_cities500():
    cities = [
        _city("Douentza"),
        _city("Mopti", ["موبتي", "Mopti"], pop=186187),      # has an Arabic name: the index's
        _city("Kidal", cc="DZ"),                             # not a Sahel country of CITIES_CCS
        _city("Aba", cc="TD"),                               # too few consonants to be found
        _city("Abdi", cc="TD"),                              # two are enough in the Sahel
    ]
    got = city_rows(cities, {("ML", "04"): "Mopti"})
    assert [(r.name, r.cc) for r in got] == [("Douentza", "ML"), ("Abdi", "TD")]
    assert (got[0].admin1, got[0].population) == ("Mopti", 37002)
    assert got[0].id == "latin:ML:15.0061,-2.9517"


def test_the_shipped_file_holds_the_sahel_towns():
    got = bundled_index().lookup("ML", arabic_key("دوينتزا"))
    assert any(p.name == "Douentza" and p.admin1 == "Mopti" for p in got), got


def test_only_latin_only_localities_are_kept():
    places = [
        _wof(1, "Tambul", gn=366447),
        _wof(2, "Rufa`a", gn=367972, pop=5000),
        _wof(3, "Wad Madani", "ود مدني", gn=365137),     # has an Arabic name: the index's
        _wof(4, "Madani", gn=365137),                   # same GeoNames id as an Arabic-named one
        _wof(5, "Eastern El Gezira", placetype="county"),  # a county: kept only when no
        _wof(8, "Tambul", placetype="county"),          # locality shares its key (place57)
        _wof(6, "   "),                                 # no name
        _wof(7, "Abdi"),                                # too few consonants to be found
    ]
    places += [_wof(10 + k, f"Village {k}", lat=14.9 + k / 100) for k in range(12)]
    got = latin_rows(places, lambda cc, region, region_ar: "Al Jazirah" if region == "Gezira" else None)
    names = {r.name for r in got}
    assert {"Tambul", "Rufa`a", "Eastern El Gezira"} <= names
    assert not names & {"Wad Madani", "Madani", "", "Abdi"}
    assert [r.admin2 for r in got if r.name == "Tambul"] == ["Eastern El Gezira"]   # the town
    ruf = next(r for r in got if r.name == "Rufa`a")
    assert (ruf.cc, ruf.admin1, ruf.admin2, ruf.population) == ("SD", "Al Jazirah", "Eastern El Gezira", 5000)


def test_a_region_no_admin1_maps_to_keeps_its_own_name():
    got = latin_rows([_wof(1, "Tambul")], lambda *a: None)
    assert got[0].admin1 == "Gezira"


ROWS = [
    LatinPlace("", "Tambul", "SD", "Al Jazirah", "Eastern El Gezira", 14.9344, 33.4305, 0),
    LatinPlace("", "Rufa`a", "SD", "Al Jazirah", "Eastern El Gezira", 14.75969, 33.36754, 0),
    LatinPlace("", "Rufa`a", "SD", "Al Jazirah", "El Manageel", 14.2384, 32.9719, 1200),
    LatinPlace("", "Gedaref\tx", "SD", "Al Qadarif", "", 14.03, 35.38, 0),
    LatinPlace("", "Tamboul", "EG", "Giza", "", 29.9, 31.1, 0),
]


def test_written_rows_read_back_by_key_and_country(tmp_path):
    p = tmp_path / "latin.tsv.xz"
    assert write(ROWS, p) == len(ROWS)
    assert write(list(reversed(ROWS)), tmp_path / "again.tsv.xz") == len(ROWS)
    assert p.read_bytes() == (tmp_path / "again.tsv.xz").read_bytes()   # same rows, same bytes
    idx = read_index(p)
    assert idx.countries() == ["EG", "SD"]
    ruf = idx.lookup("SD", arabic_key("رفاعة"))
    assert sorted((r.admin2, r.population) for r in ruf) == [("Eastern El Gezira", 0), ("El Manageel", 1200)]
    assert ruf[0].id.startswith("latin:SD:") and ruf[0].id != ruf[1].id
    assert [r.name for r in idx.lookup("SD", arabic_key("تمبول"))] == ["Tambul"]
    assert [r.name for r in idx.lookup("EG", arabic_key("تمبول"))] == ["Tamboul"]
    assert idx.lookup("SD", latin_keys("Gedaref x")[1])[0].name == "Gedaref x"   # a tab is no column
    assert idx.lookup("SD", arabic_key("القضارف") + "ش")[0].name == "Gedaref x"
    assert idx.lookup("LY", arabic_key("تمبول")) == []
    assert len(idx.places("SD")) == 4


def test_a_lookup_by_search_finds_what_the_keyed_country_finds(tmp_path, monkeypatch):
    # a country's first lookups search its text (SCANS), later ones key it whole: same places.
    # A name may hold a key's letters (a decoy named تمبل, whose keys are others'), a key may be
    # part of another key (تمب)
    from hadath.gazetteer import latin_places
    rows = ROWS + [LatinPlace("", "تمبل Ta", "SD", "Al Jazirah", "", 14.5, 33.5, 0)]
    p = tmp_path / "latin.tsv.xz"
    write(rows, p)
    asked = [arabic_key(w) for w in ("رفاعة", "تمبول", "القضارف")] + ["تمب", "Ta", "تمبل", ""]
    monkeypatch.setattr(latin_places, "SCANS", 10 ** 6)
    searched = read_index(p)
    found = [searched.lookup(cc, k) for cc in ("SD", "EG", "LY") for k in asked]
    assert not searched._keyed and searched._texts
    monkeypatch.setattr(latin_places, "SCANS", 0)
    keyed = read_index(p)
    assert [keyed.lookup(cc, k) for cc in ("SD", "EG", "LY") for k in asked] == found
    assert keyed._keyed and not keyed._texts
    assert [r.name for r in found[asked.index("تمبل")]] == ["Tambul"]
    assert found[asked.index("Ta")] == found[asked.index("تمب")] == []


@pytest.mark.parametrize("body", [b"not xz", lzma.compress("@SD\tA\tB\nTambul\t14.9\n".encode()),
                                  lzma.compress("@SD\tA\tB\nTambul\tx\t33\t\tتمبل\n".encode())])
def test_a_broken_file_is_a_data_error(tmp_path, body):
    p = tmp_path / "bad.tsv.xz"
    p.write_bytes(body)
    with pytest.raises(DataError):
        read_index(p).lookup("SD", "تمبل")


def test_the_shipped_file_holds_the_gezira_towns_with_current_keys():
    idx = bundled_index()
    assert isinstance(idx, LatinIndex)
    sd = idx.places("SD")
    assert len(sd) > 5000
    tambul = [p for p in sd if p.name == "Tambul"]
    assert [(p.admin1, p.admin2) for p in tambul] == [("Al Jazirah", "Eastern El Gezira")]
    # the keys stored at build time are the ones the code makes now (else: rebuild the file
    # with scripts/build_gazetteer.py)
    for p in sd[::50]:
        for k in keys_of(p.name):
            assert p in idx.lookup("SD", k), (p.name, k)


def test_frequent_words_that_name_no_place_and_meet_a_village(tmp_path):
    p = tmp_path / "latin.tsv.xz"
    write(ROWS, p)
    freq = {"تمبوله": 3.5, "رفاعه": 3.2, "كتاب": 5.0, "في": 7.0}
    # تمبوله meets Tambul and names no place; رفاعه is a place's name; كتاب meets no village
    assert frequent_words(freq, {"رفاعه"}, read_index(p)) == ["تمبوله"]


def test_the_shipped_word_list():
    words = latin_words()
    assert "متطوره" in words and "محاصره" in words          # adjectives
    assert "رفاعه" not in words and "الشرفه" not in words   # names of places


def test_sahel_towns_keep_two_letter_keys():
    from hadath.gazetteer.latin_places import keys_of
    assert keys_of("Niono", "ML") == ("نن",)
    assert keys_of("Niono", "SY") == ()
