"""No class in the package names a field twice: a second ``name: type = value`` in a NamedTuple or
dataclass body silently replaces the first one's value (round 23: a new window reused
``Windows.source_left`` and shrank the old one's reach from 8 words to 3)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import hadath

PACKAGE = Path(hadath.__file__).parent


def test_no_class_names_a_field_twice():
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = Counter(s.target.id for s in node.body
                                if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name))
                twice += [f"{path.relative_to(PACKAGE)}:{node.name}.{n}" for n, c in names.items() if c > 1]
    assert not twice
