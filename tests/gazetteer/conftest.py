from __future__ import annotations

import pytest

from hadath.gazetteer.store import Gazetteer
from hadath.gazetteer.testing import make_gazetteer


@pytest.fixture(scope="session")
def small_paths(tmp_path_factory):
    return make_gazetteer(tmp_path_factory.mktemp("gz"))


@pytest.fixture(scope="session")
def small_gz(small_paths) -> Gazetteer:
    return Gazetteer([p for p in small_paths if p])


@pytest.fixture(scope="session")
def base_only_gz(small_paths) -> Gazetteer:
    return Gazetteer([small_paths[0]])
