#!/usr/bin/env python3
"""Count the Arabic string literals in hadath's Python code (issue #11: word knowledge belongs in
normalized data files, not in code). Prints the total and the count per module, most first.

    python scripts/arabic_literals.py            # every module under src/hadath
    python scripts/arabic_literals.py --most 20  # only the 20 modules with the most

The benchmark corpus generator (hadath/bench/) writes Arabic text on purpose and is left out.
"""
from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
SKIP = ("bench/",)


def literals(path: Path) -> int:
    """Arabic string constants in the module's code (docstrings and comments aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return sum(1 for node in ast.walk(tree)
               if isinstance(node, ast.Constant) and isinstance(node.value, str)
               and id(node) not in docstrings and ARABIC.search(node.value))


def count(root: Path) -> dict[str, int]:
    out = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(SKIP):
            continue
        n = literals(path)
        if n:
            out[rel] = n
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=str(Path(__file__).resolve().parents[1] / "src" / "hadath"))
    ap.add_argument("--most", type=int, default=0)
    args = ap.parse_args(argv)
    per = count(Path(args.root))
    print(f"{sum(per.values())} Arabic string literals in {len(per)} modules")
    rows = sorted(per.items(), key=lambda kv: (-kv[1], kv[0]))
    for name, n in rows[:args.most or None]:
        print(f"{n:6}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
