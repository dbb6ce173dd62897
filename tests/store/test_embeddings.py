"""The store's embedding cache: what the semantic judge embedded once is read back by the next
judge (another run), on SQLite and PostgreSQL."""
from __future__ import annotations

import numpy as np

from hadath.dedupe.semantic import SemanticJudge, text_key
from hadath.store.embeddings import StoredEmbeddings


class _Model:
    def __init__(self):
        self.encoded = 0

    def encode(self, texts):
        self.encoded += len(texts)
        return np.array([[len(t), 1.0, sum(map(ord, t)) % 97] for t in texts], dtype=np.float32)


def _judge(store):
    judge = SemanticJudge(backing=StoredEmbeddings(store))
    judge._model = _Model()
    return judge


def test_embeddings_round_trip(store):
    emb = StoredEmbeddings(store)
    v = np.linspace(-1, 1, 512, dtype=np.float32)
    emb.put_many({text_key("a"): v})
    emb.put_many({text_key("a"): v * 0})          # a second write of a key changes nothing
    got = emb.get_many([text_key("a"), text_key("b")])
    assert list(got) == [text_key("a")] and np.array_equal(got[text_key("a")], v)


def test_a_second_judge_reads_what_the_first_embedded(store):
    texts = [f"report {i}" for i in range(70)]
    first = _judge(store)
    first.prepare(texts)
    assert first._model.encoded == 70
    second = _judge(store)
    second.prefetch(texts[:10])
    second.prepare(texts + ["new text"])
    assert second._model.encoded == 1 and second.reused == 70
    assert second(texts[0], texts[1]) == first(texts[0], texts[1])
    assert all(second.cached(t) for t in texts)
