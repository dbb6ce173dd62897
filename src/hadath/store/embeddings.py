"""The store's sentence-embedding cache (table ``embeddings``): the semantic merge looks a text
up by its content hash before it loads or runs the encoder, and keeps what it had to embed."""
from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
from sqlalchemy import select

from hadath.store.models import EmbeddingRow

C = EmbeddingRow.__table__.c
_PART = 500


class StoredEmbeddings:
    """:class:`hadath.dedupe.semantic.Backing` over a Store."""

    def __init__(self, store):
        self.store = store

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        hexes = {k.hex(): k for k in keys}
        want = sorted(hexes)
        out: dict[bytes, np.ndarray] = {}
        with self.store.engine.connect() as conn:
            for i in range(0, len(want), _PART):
                for key, blob in conn.execute(select(C.text_key, C.vector).where(C.text_key.in_(want[i:i + _PART]))):
                    v = np.frombuffer(bytes(blob), dtype="<f4")
                    if v.size:  # a damaged row is ignored (the text is embedded again)
                        out[hexes[key]] = v.astype(np.float32, copy=False)
        return out

    def put_many(self, items: Mapping[bytes, np.ndarray]) -> None:
        if not items:
            return
        from hadath.store.tx import retrying

        rows = [{"text_key": k.hex(), "vector": np.asarray(v, dtype="<f4").tobytes()} for k, v in sorted(items.items())]

        def tx() -> None:
            with self.store._write() as conn:
                conn.execute(self.store.upsert(EmbeddingRow).on_conflict_do_nothing(index_elements=["text_key"]), rows)
        retrying(tx)
