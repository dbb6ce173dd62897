"""A comma after a place, then a clause that goes on to another place (place64): "قضاء صور،
مستهدفا بلدات زبقين" made Zebqine Tyre's container (the comma read as an address's chain, "X،
Y"). Only place cues (or words a cue skips) between the comma and the next name make an address."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface

CLAUSE = [   # (text, the first place): no container from the clause's place
    ("كثف الطيران غاراته على قضاء صور، مستهدفا بلدات زبقين وقانا والشعيتية.", "صور"),
    ("قصفت المدفعية مدينة إدلب، مستهدفة بلدة سراقب.", "إدلب"),
    ("شنت الطائرات غارات على مدينة حماة، طالت قرية كفرنبودة.", "حماة"),
    ("دخلت القوات مدينة الرمادي، وسيطرت على بلدة هيت.", "الرمادي"),
]


@pytest.mark.parametrize("text,name", CLAUSE)
def test_clause_after_comma_holds_nothing(place_stage, text, name):
    ref = refs_by_surface(place_stage, text)[name]
    assert ref.container is None and ref.place is not None


ADDRESS = [   # an address's chain still holds: X، Y / X، بلدة Y / X (منطقة Y)
    ("قتل شاب في حي الشعار، حلب.", "الشعار", "حلب"),
    ("قتل شاب في حي الخالدية، حمص.", "الخالدية", "حمص"),
    ("قتل شاب في الرستن، مدينة حمص.", "الرستن", "حمص"),
]


@pytest.mark.parametrize("text,name,holder", ADDRESS)
def test_address_chain_holds(place_stage, text, name, holder):
    refs = refs_by_surface(place_stage, text)
    assert refs[name].container is not None and refs[name].container is refs[holder].place
