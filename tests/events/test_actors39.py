"""Mechanisms of the thirty-ninth round (issue #9 item 5): who was acted on, the way the news_dev
dev coders code it (docs/notes/actors39.md). The sentences are made up in the style of the
reports the round read, never copied from them."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, hit", [
    # a dual of a listed singular victim noun (امرأتان، فتاتان، طفلتان; راعيان، سائقان، معلمان):
    # the dual is read as its singular is (events.victims.category through
    # text.number_words.dual_singulars), so the people hit are civilians as the dev coders code
    # them (dev: "قتلت امرأتين" -> Civilians)
    ("قتلت فتاتان بغارة جوية على قرية حيش جنوب إدلب.", date(2016, 5, 3), "Civilians (Syria)"),
    ("قتل راعيان بانفجار لغم أرضي قرب بلدة القريتين.", date(2016, 5, 3), "Civilians (Syria)"),
    ("قتل سائقان بانفجار عبوة ناسفة على طريق بغداد كركوك قرب طوز خورماتو.", date(2016, 5, 3),
     "Civilians (Iraq)"),
    ("قتلت طفلتان في سقوط قذيفة هاون على حي جوبر في دمشق.", date(2017, 1, 8), "Civilians (Syria)"),
    ("قتل معلمان بانفجار عبوة ناسفة في مدينة الموصل.", date(2016, 5, 3), "Civilians (Iraq)"),
    ("قتلت امرأتان في قصف مدفعي على بلدة كفرنبل في ريف إدلب.", date(2016, 5, 3), "Civilians (Syria)"),
])
def test_round39_a_dual_victim_is_read_as_its_singular(pipeline, text, published, hit):
    got = events(pipeline, text, published=published)
    assert any(e.actor2 == hit for e in got), got

