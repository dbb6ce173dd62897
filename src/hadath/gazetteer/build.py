"""The bundled base index on disk: GeoNames cities500, the bundled countries and admin1 tables
and the Arab-world places (Who's On First + OCHA Yemen), merged so that one real place is one
entry. The package ships the index's rows (``data/gazetteer/base_index.xz``, written by
scripts/build_gazetteer.py through hadath.gazetteer.assemble); first use loads them.

The index is built once per content version into the cache dir (env ``HADATH_CACHE`` or
``~/.cache/hadath``), in a child process and atomically: written to a temporary file, then
renamed, under a lock file so concurrent processes build once.
Run ``python -m hadath.gazetteer.build [PATH]`` to build explicitly.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterator

from hadath.errors import DataError
from hadath.resources import data_path

BUILD_VERSION = "8"
# countries whose Latin alternate names are indexed too (search by English/Kurdish/Turkish name)
FOCUS_CCS = frozenset(
    "SY IQ LB JO PS IL EG YE SA KW BH QA AE OM LY SD SS SO DJ KM MR DZ MA EH TN TR IR CY".split())


def cache_dir() -> Path:
    return Path(os.environ.get("HADATH_CACHE") or Path.home() / ".cache" / "hadath")


def user_index_path() -> Path:
    """Where imported lists go unless a --db is given."""
    env = os.environ.get("HADATH_USER_GAZETTEER")
    if env:
        return Path(env)
    if os.environ.get("HADATH_CACHE"):
        return Path(os.environ["HADATH_CACHE"]) / "user-gazetteer.sqlite"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "hadath" / "user-gazetteer.sqlite"


def content_version() -> str:
    """The shipped rows and the code that loads them (the index's file name in the cache)."""
    from hadath.gazetteer.prebuilt import FILE
    h = hashlib.sha256(BUILD_VERSION.encode())
    h.update(data_path(FILE).read_bytes())
    here = Path(__file__).parent
    for code in ("store.py", "prebuilt.py", "skeletons.py"):  # the index's schema and its loader
        h.update((here / code).read_bytes())
    return h.hexdigest()[:12]


def base_index_path() -> Path:
    return cache_dir() / f"gazetteer-base-{content_version()}.sqlite"


def ensure_base(path: Path | None = None) -> Path:
    """Path of the base index, building it first when missing (safe under concurrency)."""
    path = path or base_index_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock(path.with_suffix(".lock")):
        if path.exists():
            return path
        print(f"hadath: building the gazetteer index at {path} (first use; a few seconds) ...", file=sys.stderr)
        proc = subprocess.run([sys.executable, "-m", "hadath.gazetteer.build", str(path)],
                              capture_output=True, text=True)
        if proc.returncode != 0 or not path.exists():
            raise DataError(f"building the gazetteer index failed: {proc.stderr.strip()[-2000:]}")
    return path


@contextlib.contextmanager
def _lock(lock_path: Path) -> Iterator[None]:
    import fcntl
    with open(lock_path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build_base(path: Path) -> Path:
    """Write the base index to ``path`` atomically (temp file in the same dir, then rename)
    from the shipped rows (hadath.gazetteer.prebuilt)."""
    from hadath.gazetteer.prebuilt import load
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=str(path.parent))
    os.close(fd)
    os.unlink(tmp)
    try:
        load(Path(tmp), version=content_version())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else base_index_path()
    build_base(target)
    print(target)
