"""The golden snapshot (hadath.evaluation.snapshot): the pipeline's records on the project's own
corpus must equal the committed ones. A change of behaviour made on purpose rewrites it with
``python -m hadath.evaluation.snapshot --update`` and says why in its commit."""
from __future__ import annotations

from hadath.evaluation import snapshot


def test_pipeline_output_equals_the_committed_snapshot():
    new = snapshot.records(snapshot.corpus())
    changes = snapshot.diff(snapshot.read(), new)
    assert not changes, "pipeline output changed:\n" + "\n".join(changes)


def test_diff_names_what_changed():
    a = [{"article_id": "x", "n": 0, "sub_event_type": "Attack", "location": "Homs", "fatalities": 1}]
    b = [{"article_id": "x", "n": 0, "sub_event_type": "Attack", "location": "Homs", "fatalities": 2},
         {"article_id": "x", "n": 1, "sub_event_type": "Arrests", "location": "Hama"}]
    assert snapshot.diff(a, b) == ["~ ('x', 0): fatalities: 1 -> 2", "+ ('x', 1): Arrests at Hama"]
