"""Place-recognition precision/recall/F1 against Arabic NER gold (ANERcorp, NewsFANE, Wojood).

Input: one token per line with its tag(s), a blank line between sentences. Three layouts are
read: ``token TAG`` (ANERcorp, CoNLL BIO), ``token<TAB>TAG`` with CRLF, a BOM and U+200E marks
(NewsFANE Gold) and ``token TAG TAG2 ...`` with nested tags (Wojood; ``$#$`` paragraph marks
are dropped). Sentences are rebuilt by joining tokens with single spaces; each sentence is one
document for the text and places stages (no cross-sentence context).

Classes (tags without the B-/I- prefix):

- PLACE (recall and precision): ``LOC``, ``GPE`` and NewsFANE's geographic classes ``Nation``,
  ``Population-Center``, ``State-or-Province``, ``County-or-District``, ``GPE-Cluster``,
  ``Continent``, ``Water-Body``, ``Land``, ``Land-Region-Natural``.
- FACILITY (precision only): ``FAC`` and ``Building-Grounds``, ``Airport``, ``Path``,
  ``Subarea-Facility``. A place predicted inside a facility name (مطار دمشق) is not a false
  positive, and a facility the stage does not find is not a miss.
- ORG-like (lenient precision only): organisations, groups and media whose names embed a place
  (جامعة دمشق، بلدية غزة; Wojood also tags a country acting as an agent as ORG).

Matching is by character overlap. A prediction is correct (strict) when it overlaps a PLACE or
FACILITY gold span; ``precision_lenient`` also leaves out predictions overlapping an ORG-like
span. A gold PLACE span is found when some prediction overlaps it. Countries named by a nisba
adjective (``cue="nisba"``: السوري، اللبنانية) are not place names in NER terms and are not
counted as predictions (their number is reported).

Run: ``python -m hadath.evaluation.ner PATH [--limit N] [--errors K]``.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

PLACE_CLASSES = frozenset({
    "LOC", "GPE", "Nation", "Population-Center", "State-or-Province", "County-or-District",
    "GPE-Cluster", "Continent", "Water-Body", "Land", "Land-Region-Natural"})
FACILITY_CLASSES = frozenset({"FAC", "Building-Grounds", "Airport", "Path", "Subarea-Facility"})
ORG_CLASSES = frozenset({
    "ORG", "Government", "Non-Governmental", "Group", "Media", "Educational", "Commercial",
    "Police", "Sports", "Religious_ORG", "Entertainment", "Medical-Science", "MISC"})
_MARKS = "\ufeff\u200e\u200f"


@dataclass
class Sentence:
    text: str
    entities: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, class)


def _entities(tags: list[list[str]], starts: list[int], ends: list[int]) -> list[tuple[int, int, str]]:
    """BIO (possibly nested: several tags per token) → character spans per class."""
    out: list[tuple[int, int, str]] = []
    open_: dict[str, int] = {}   # class -> start token index
    for i, ts in enumerate(tags):
        here: dict[str, str] = {}
        for t in ts:
            if len(t) > 2 and t[1] == "-" and t[0] in "BI":
                here.setdefault(t[2:], t[0])
        for cls in list(open_):
            if here.get(cls) != "I":
                out.append((starts[open_.pop(cls)], ends[i - 1], cls))
        for cls, bi in here.items():
            if bi == "B" or cls not in open_:
                open_[cls] = i
    for cls, s in open_.items():
        out.append((starts[s], ends[-1], cls))
    return out


def read_conll(path: Path) -> list[Sentence]:
    """Sentences with their entity spans (character offsets into the rebuilt text)."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[list[str]] = []

    def flush() -> None:
        if toks:
            starts, ends, pos = [], [], 0
            for t in toks:
                starts.append(pos)
                ends.append(pos + len(t))
                pos += len(t) + 1
            sents.append(Sentence(" ".join(toks), _entities(tags, starts, ends)))
        toks.clear()
        tags.clear()

    with open(path, encoding="utf-8", newline=None) as fh:
        for raw in fh:
            line = raw.strip("\r\n")
            for m in _MARKS:
                line = line.replace(m, "")
            parts = line.split("\t") if "\t" in line else line.split()
            if not parts or not parts[0].strip():
                flush()
                continue
            tok = parts[0].strip()
            if tok == "$#$":
                continue
            toks.append(tok)
            tags.append([p.strip() for p in parts[1:]])
    flush()
    return sents


def evaluate(path: Path, limit: int | None = None, gazetteer: str | None = None,
             errors: int = 25) -> dict:
    from hadath.mentions.places import PlaceStage
    from hadath.pipeline import PipelineConfig
    from hadath.text.stage import TextStage
    from hadath.types import Article, Doc
    text_stage = TextStage()
    places = PlaceStage(PipelineConfig(gazetteer=gazetteer))
    sents = read_conll(Path(path))
    if limit is not None:
        sents = sents[:limit]
    gold_n = found = pred_n = tp = fp = fp_org = nisba = 0
    fps: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    by_class: Counter[str] = Counter()
    by_class_hit: Counter[str] = Counter()
    for k, s in enumerate(sents):
        doc = text_stage(Doc(Article(f"s{k}", s.text)))
        preds = []
        for f, ref in places.resolve(doc):
            if ref.cue == "nisba":
                nisba += 1
                continue
            preds.append((f.span.start, f.span.end, ref))
        gold = [e for e in s.entities if e[2] in PLACE_CLASSES]
        ok = [e for e in s.entities if e[2] in PLACE_CLASSES or e[2] in FACILITY_CLASSES]
        org = [e for e in s.entities if e[2] in ORG_CLASSES]
        for a, b, ref in preds:
            pred_n += 1
            if any(a < e and st < b for st, e, _c in ok):
                tp += 1
            else:
                fp += 1
                if any(a < e and st < b for st, e, _c in org):
                    fp_org += 1
                else:
                    where = ref.place.name if ref.place else "?"
                    fps[f"{s.text[a:b]} → {where}"] += 1
        for st, e, c in gold:
            gold_n += 1
            by_class[c] += 1
            if any(a < e and st < b for a, b, _r in preds):
                found += 1
                by_class_hit[c] += 1
            else:
                misses[s.text[st:e]] += 1
    pct = lambda a, b: round(100.0 * a / b, 1) if b else 0.0  # noqa: E731
    p = tp / pred_n if pred_n else 0.0
    r = found / gold_n if gold_n else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    pl = tp / (pred_n - fp_org) if pred_n - fp_org else 0.0
    return {
        "sentences": len(sents), "gold_places": gold_n, "predicted": pred_n,
        "precision": pct(tp, pred_n), "recall": pct(found, gold_n), "f1": round(100 * f1, 1),
        "precision_lenient": round(100 * pl, 1),
        "false_positives": fp, "false_positives_in_org_names": fp_org, "nisba_not_counted": nisba,
        "recall_by_class": {c: pct(by_class_hit[c], n) for c, n in by_class.most_common()},
        "top_false_positives": fps.most_common(errors),
        "top_misses": misses.most_common(errors),
    }


def main(argv: list[str] | None = None) -> None:
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--gazetteer")
    ap.add_argument("--errors", type=int, default=25, help="how many top errors to list")
    a = ap.parse_args(argv)
    print(json.dumps(evaluate(a.path, a.limit, a.gazetteer, a.errors), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
