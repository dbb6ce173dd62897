"""The sentence encoder's disk cache: built once, restored to the same model, a damaged copy
replaced, one encoder per process."""
from __future__ import annotations

import numpy as np
import pytest

from hadath.dedupe import encoder

TEXTS = ["قتل خمسة مدنيين في غارة جوية على سراقب بريف إدلب",
         "Opposition Rebels (Syria): shelling against Civilians in Idlib; 5 killed.", "ﻻ ١٢٣ — “x”"]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("encoder-cache")


@pytest.fixture(scope="module")
def built(cache):
    """The encoder built from the package, which also writes the cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HADATH_CACHE_DIR", str(cache))
        return encoder.load_encoder()


def _folder(cache):
    (folder,) = [p for p in cache.iterdir() if p.name.startswith("use-")]
    return folder


def test_the_cache_restores_the_same_encoder(built, cache, monkeypatch):
    monkeypatch.setenv("HADATH_CACHE_DIR", str(cache))
    assert (_folder(cache) / "state.marshal").is_file()
    monkeypatch.setattr(encoder, "_build", lambda threads: pytest.fail("built again instead of restored"))
    again = encoder.load_encoder()
    assert again is not built
    assert np.array_equal(np.asarray(again.encode(TEXTS)), np.asarray(built.encode(TEXTS)))
    # the restored tokenizer reads its vocabulary a part at a time: same tokens on any text
    tok, ref = again._sp, built._sp
    assert again._backend.sp is tok                       # one tokenizer, as in the built model
    assert len(tok._prefixes) < len(ref._prefixes) // 2   # only the parts these texts reached
    texts = TEXTS + [" ".join(TEXTS) * 3, "Ωμέγα 中文テキスト ẞ ﷺ 𝔘𝔫𝔦", "x" * 300, ""]
    assert tok.encode(texts, out_type=str) == ref.encode(texts, out_type=str)
    assert tok.vocab_size == ref.vocab_size


def test_a_damaged_cache_is_replaced(built, cache, monkeypatch, caplog):
    monkeypatch.setenv("HADATH_CACHE_DIR", str(cache))
    probe = _folder(cache) / "probe.npy"
    np.save(probe, np.zeros(512, dtype=np.float32))
    monkeypatch.setattr(encoder, "_build", lambda threads: built)
    assert encoder.load_encoder() is built
    assert "unusable" in caplog.text
    assert not np.array_equal(np.load(probe), np.zeros(512, dtype=np.float32))   # written anew
    monkeypatch.setattr(encoder, "_build", lambda threads: pytest.fail("built again instead of restored"))
    encoder.load_encoder()


def test_one_encoder_per_process(monkeypatch):
    made = []
    monkeypatch.setattr(encoder, "load_encoder", lambda threads=1: made.append(threads) or object())
    encoder.forget()
    try:
        first = encoder.shared_encoder()
        assert encoder.shared_encoder() is first and made == [1]
        encoder.forget()
        assert encoder.shared_encoder() is not first and made == [1, 1]
    finally:
        encoder.forget()
