#!/usr/bin/env python3
"""Count the Arabic string literals in hadath's Python code (issue #11: word knowledge belongs in
normalized data files, not in code). Prints the total and the count per module, most first.

    python scripts/arabic_literals.py            # every module under src/hadath
    python scripts/arabic_literals.py --most 20  # only the 20 modules with the most
    python scripts/arabic_literals.py --check    # compare with the ratchet table (exit 1 if over)
    python scripts/arabic_literals.py --lower    # lower the ratchet table to today's counts

The benchmark corpus generator (hadath/bench/) writes Arabic text on purpose and is left out.

The ratchet (``scripts/arabic_literals_max.tsv``, checked by tests/test_arabic_literals.py): each
module may hold at most its listed count, and a module not listed none at all. ``--lower`` only
ever lowers the table. The end state keeps a short, justified allowlist (ALLOWLIST below):
modules whose Arabic characters are the definition of the script or of normalization itself,
not word knowledge.
"""
from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
SKIP = ("bench/",)
TABLE = Path(__file__).resolve().parent / "arabic_literals_max.tsv"
# the end state: modules that may keep Arabic literals, and why
ALLOWLIST = {
    "text/normalize.py": "the character folding table defines normalization (characters, not "
                         "words; a data file would have to bypass the normalizer it feeds)",
}


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


def read_table(path: Path = TABLE) -> dict[str, int]:
    """module -> the most Arabic literals it may hold."""
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, n = line.split("\t")
            out[name] = int(n)
    return out


def over(per: dict[str, int], table: dict[str, int]) -> list[str]:
    """Modules above their ratchet entry (unlisted modules may hold none)."""
    return [f"{name}: {n} Arabic literals, at most {table.get(name, 0)} allowed"
            for name, n in sorted(per.items()) if n > table.get(name, 0)]


def write_table(per: dict[str, int], table: dict[str, int], path: Path = TABLE) -> None:
    lowered = {k: min(v, per.get(k, 0)) for k, v in table.items()}
    lines = ["# Ratchet: the most Arabic string literals each module may hold (issue #11).",
             "# Counts may only go down: `python scripts/arabic_literals.py --lower`.",
             *(f"{k}\t{v}" for k, v in sorted(lowered.items()) if v)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=str(Path(__file__).resolve().parents[1] / "src" / "hadath"))
    ap.add_argument("--most", type=int, default=0)
    ap.add_argument("--check", action="store_true", help="exit 1 when a module is over its entry")
    ap.add_argument("--lower", action="store_true", help="lower the ratchet table to today")
    args = ap.parse_args(argv)
    per = count(Path(args.root))
    if args.lower:
        write_table(per, read_table())
    if args.check:
        bad = over(per, read_table())
        for line in bad:
            print(line, file=sys.stderr)
        return 1 if bad else 0
    print(f"{sum(per.values())} Arabic string literals in {len(per)} modules")
    rows = sorted(per.items(), key=lambda kv: (-kv[1], kv[0]))
    for name, n in rows[:args.most or None]:
        print(f"{n:6}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
