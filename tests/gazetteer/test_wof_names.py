"""Issue #10, round 14: Who's On First names that belong to another record (Samawa county
carrying سامراء) and names headed by a unit's class noun (ناحية الاسحاقي)."""
from __future__ import annotations

import pytest

from hadath.gazetteer import wof
from hadath.gazetteer.data import unit_prefixes
from tests.gazetteer.test_wof import row, write


def _read(tmp_path, rows):
    return {p.wof_id: p for p in wof.read(write(tmp_path, rows))}


@pytest.mark.parametrize("rows, wid, kept", [
    # Samawa county carries Samarra's Arabic name (WOF), Samarra county agrees with it: dropped
    ([row(1, "Samarra", "سامراء", pt="county", cc="IQ"),
      row(2, "Samawa", "سامراء", "السماوة", pt="county", cc="IQ")], 2, ["السماوة"]),
    # its only Arabic name borrowed: the record goes
    ([row(1, "Samarra", "سامراء", pt="county", cc="IQ"),
      row(2, "Samawa", "سامراء", pt="county", cc="IQ")], 2, None),
    # a Latin name that agrees keeps the name, whoever else carries it
    ([row(1, "Al Mansurah", "المنصورة"), row(2, "Mansoura", "المنصورة")], 2, ["المنصورة"]),
    # no record agrees: nothing to say whose it is, both keep it
    ([row(1, "Jericho", "أريحا", pt="county", cc="PS"),
      row(2, "Yeriho", "أريحا", pt="county", cc="PS")], 1, ["أريحا"]),
    # another placetype or country is another place
    ([row(1, "Samarra", "سامراء", pt="county", cc="IQ"),
      row(2, "Samawa", "سامراء", pt="locality", cc="IQ")], 2, ["سامراء"]),
])
def test_a_name_borrowed_from_another_record_is_dropped(tmp_path, rows, wid, kept):
    got = {p.wof_id: p for p in wof.drop_borrowed_names(_read(tmp_path, rows).values())}
    if kept is None:
        assert wid not in got
    else:
        assert got[wid].all_arabic() == kept


@pytest.mark.parametrize("name_ar, variants, bare", [
    ("ناحية الاسحاقي", "", ["ناحية الاسحاقي", "الاسحاقي"]),
    ("قضاء الطارمية", "", ["قضاء الطارمية", "الطارمية"]),
    ("الطارمية", "قضاء الطارمية", ["الطارمية", "قضاء الطارمية"]),   # already named bare
    ("قرية الرشاد", "", ["قرية الرشاد"]),   # a village noun is part of the name
    ("ناحية", "", ["ناحية"]),
])
def test_a_unit_named_with_its_class_noun_is_also_named_without(tmp_path, name_ar, variants, bare):
    p = _read(tmp_path, [row(1, "X", name_ar, variants, cc="IQ")])[1]
    assert wof.bare_unit_names([p], unit_prefixes())[0].all_arabic() == bare
