"""Print the events hadath finds in a file of sentences (see README.md in this folder).

    python benchmarks/sentences/run.py FILE [x]

FILE: lines ``YYYY-MM-DD text`` (``\\n`` in the text for a line break; ``#`` lines are echoed).
With ``x``, the pipeline stops before the acceptance model and keeps records placed only at a
country (what the events stage built, as the tests in tests/events see it).
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

import hadath  # noqa: E402
from hadath.pipeline import CANDIDATE_STAGES, PipelineConfig  # noqa: E402
from hadath.types import Article  # noqa: E402


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    if len(argv) > 1 and argv[1] == "x":
        pipeline = hadath.load(stages=CANDIDATE_STAGES, config=PipelineConfig(options={"keep_country_level": True}))
    else:
        pipeline = hadath.load()
    for n, line in enumerate(Path(argv[0]).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            if line:
                print(line)
            continue
        day, _, text = line.partition(" ")
        text = text.replace("\\n", "\n")
        doc = pipeline(Article(f"s{n}", text, published=date.fromisoformat(day)))
        print(f"[{n}] {text[:110]}")
        if not doc.events:
            print("    -- none")
        for e in doc.events:
            print(f"    {e.event_date} {e.sub_event_type} | {e.actor1} / {e.actor2} | {e.location} "
                  f"p{e.geo_precision} {e.admin1} | f={e.fatalities}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
