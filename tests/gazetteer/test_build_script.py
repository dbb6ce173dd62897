"""scripts/build_gazetteer.py: same inputs, same bytes; Yemen rows get OCHA's admin levels."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from hadath.gazetteer.bundled import read_rows
from tests.gazetteer.test_wof import row, write
from tests.gazetteer.test_yemen import HEAD, ROWS

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"


def _script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_rebuild_is_deterministic(tmp_path):
    shared = tmp_path / "shared"
    (shared / "whosonfirst_arab").mkdir(parents=True)
    (shared / "yemen_cod_ab").mkdir()
    src = write(shared / "whosonfirst_arab", [
        row(2, "Sirrin", "صرين الشمالية", "صرين", 36.588, 38.297, gn=164071),
        row(1, "Hays", "حيس", lat=13.94, lon=43.49, cc="YE", gn=7),
        row(3, "Hays bis", "حيس", lat=13.941, lon=43.491, cc="YE", gn=7),   # same GeoNames id
        row(4, "Old", "قديمة", dep="2020"),
    ])
    src.rename(shared / "whosonfirst_arab" / "wof_arab_admin_places.tsv.gz")
    (shared / "yemen_cod_ab" / "yem_cod_ab_adm1_3_centroids.tsv").write_text(
        HEAD + "\n".join(ROWS) + "\n", encoding="utf-8")
    mod = _script()
    outs = []
    for k in range(2):
        out = tmp_path / f"out{k}"
        assert mod.main(["--shared", str(shared), "--out", str(out), "--no-common"]) == 0
        outs.append(out)
    assert (outs[0] / "arab_places.tsv.gz").read_bytes() == (outs[1] / "arab_places.tsv.gz").read_bytes()
    assert "Who's On First" in (outs[0] / "NOTICE").read_text(encoding="utf-8")
    rows = {r.id: r for r in read_rows(outs[0] / "arab_places.tsv.gz")}
    assert set(rows) == {"wof:1", "wof:2", "ocha:YE:YE1819", "ocha:YE:YE1824", "ocha:YE:YE181921",
                         "ocha:YE:YE181922"}
    assert rows["wof:1"].alt == ("Hays bis",)  # one record per GeoNames id, names kept
    assert (rows["wof:1"].admin2, rows["wof:1"].admin3) == ("Hays", "Hays")
    assert rows["ocha:YE:YE1819"].fclass == "admin2" and "مديرية حيس" in rows["ocha:YE:YE1819"].alt
