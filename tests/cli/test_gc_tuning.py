"""The library leaves the garbage collector alone; the CLI and batch entry points tune it once
(issue #11: the API server must not inherit process-wide GC settings from a pipeline)."""
from __future__ import annotations

import subprocess
import sys

CHECK = """
import gc
from datetime import date
from hadath import load
from hadath.types import Article
before = gc.get_threshold()
pipe = load()
for i in range(2):
    pipe(Article(id=str(i), text="قتل ثلاثة مدنيين أمس في قصف على ريف إدلب", published=date(2023, 3, 12)))
assert gc.get_threshold() == before, (before, gc.get_threshold())
assert gc.get_freeze_count() == 0, gc.get_freeze_count()
from hadath.cli.gc_tuning import THRESHOLDS, tune_after_warm_up
assert tune_after_warm_up() and not tune_after_warm_up()
assert gc.get_threshold() == THRESHOLDS and gc.get_freeze_count() > 0
print("ok")
"""


def test_the_pipeline_does_not_tune_the_collector_but_the_entry_points_do() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]
