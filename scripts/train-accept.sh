#!/usr/bin/env bash
# Retrain the bundled acceptance model (src/hadath/data/models/accept.json) and rewrite its
# SOURCE.md with the cross-validated figures. Run it after any change to the stages before
# `accept` (events, geocode, reconcile ...): the model judges what they produce.
#
#   ./scripts/train-accept.sh            # needs scikit-learn: pip install -e '.[train]'
#   ./scripts/train-accept.sh MORE.jsonl [MORE2.jsonl:dev ...]     # more gold files
#   HADATH_EXTRA_GOLD="MORE.jsonl MORE2.jsonl" ./scripts/train-accept.sh   # the same, from the environment
#
# To train with the fix parts of the fresh coded sets as well (real reports, not in this
# repository: benchmarks/pool/README.md) run ./scripts/train-accept-fix.sh, which passes them
# here (fix54, fix55, fix56: fix.jsonl:fix each, linked by folder name). The 200-report fix pool
# named here before (/work/tmp/s29/pool.jsonl) is lost.
#
# Trained on the development split of the real-news set (every report but every third by id;
# the held-out third is never used here: score it with
# `hadath eval $SHARED/data/news_dev/reports.jsonl --split heldout`), plus the project's own
# gold files. Deterministic: the same inputs give the same file.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
SHARED="${HADATH_SHARED:-}"
for c in "$SHARED" "$ROOT/../shared" /work/shared; do
  if [ -n "$c" ] && [ -f "$c/data/news_dev/reports.jsonl" ]; then SHARED="$c"; break; fi
done
NEWS="$SHARED/data/news_dev/reports.jsonl"
if [ ! -f "$NEWS" ]; then
  echo "train-accept: news_dev/reports.jsonl not found (set HADATH_SHARED to the shared folder)" >&2
  exit 2
fi
PY="${PYTHON:-$ROOT/.venv/bin/python}"
"$PY" -c 'import sklearn' 2>/dev/null || { echo "train-accept: needs scikit-learn: $PY -m pip install -e '.[train]'" >&2; exit 2; }
OUT=src/hadath/data/models
mkdir -p "$OUT"
# shellcheck disable=SC2086  # (HADATH_EXTRA_GOLD: paths separated by spaces)
set -- "$@" ${HADATH_EXTRA_GOLD:-}
EXTRA=()
for g in "$@"; do EXTRA+=(--extra-gold "$g"); done
REPORT="$(env -u HADATH_EXTRA_GOLD "$PY" -m hadath train "$NEWS:dev" examples/gold.jsonl tests/events/data/dev_reports.jsonl \
  benchmarks/blind/blind_reports.jsonl "${EXTRA[@]}" -o "$OUT/accept.json")"
echo "$REPORT"
"$PY" - "$OUT" "$@" <<'PYEOF'
import json, sys
from pathlib import Path
out = Path(sys.argv[1])
from hadath.accept.dataset import parse_gold_arg
extra = {Path(parse_gold_arg(a)[0]).name for a in sys.argv[2:]}
m = json.loads((out / "accept.json").read_text(encoding="utf-8"))
cv = m["cv"]
rows = []
for title, part in [("all gold reports", cv["figures"])] + sorted(cv["figures"].get("by_file", {}).items()):
    for name in ("before", "after"):
        f = part[name]
        rows.append(f"| {title} ({part['reports']} reports) | {name} | {f['predicted']} | "
                    + " / ".join(f"{x:.3f}" for x in f["lenient"]) + " | "
                    + " / ".join(f"{x:.3f}" for x in f["strict"]) + " |")
files = "\n".join(f"- `{g['file']}`" + (f" (split `{g['split']}`)" if g["split"] != "all" else "")
                  + f": {g['reports']} reports, {g['gold_events']} gold events, {g['candidates']} candidates,"
                    f" {g['positives']} matched" for g in m["trained_on"]["gold"])
rel = "\n".join(f"| {lo:.1f}-{hi:.1f} | {int(n)} | {mc:.3f} | {ob:.3f} |" for lo, hi, n, mc, ob in cv["reliability"])
origin_note = "The other files are\nthe project's own gold (Apache-2.0, this repository)."
if extra:
    origin_note = ("`gold.jsonl`, `dev_reports.jsonl` and `blind_reports.jsonl` are the project's own gold\n"
                   "(Apache-2.0, this repository); " + ", ".join(f"`{n}`" for n in sorted(extra))
                   + " came as extra gold (script arguments or\nHADATH_EXTRA_GOLD; the fix parts of"
                   " fresh coded sets through `scripts/train-accept-fix.sh`)\nand are not in this"
                   " repository: their texts are not ours (`benchmarks/pool/README.md`).")
extra_rows = []
for name, checks in sorted(cv.get("extra_files", {}).items()):
    for title, what in (("without", "trained without it, scored on it"), ("alone", "cross-validated on it alone")):
        part = checks.get(title)
        for row in ("before", "after") if part else ():
            f = part[row]
            extra_rows.append(f"| `{name}` | {what} | {part['min_confidence']:.2f} | {row} | {f['predicted']} | "
                              + " / ".join(f"{x:.3f}" for x in f["lenient"]) + " | "
                              + " / ".join(f"{x:.3f}" for x in f["strict"]) + " |")
extra_text = "" if not extra_rows else (
    "What each extra gold file adds, read honestly: a model trained (C and cut chosen as above) on\n"
    "every other report and scored on the file (out of sample), and the file's own cross-validated\n"
    "figures (a model of it alone). Before = every candidate, after = at or above that model's cut.\n\n"
    "| file | model | cut | | events | lenient P / R / F1 | strict P / R / F1 |\n|---|---|---|---|---|---|---|\n"
    + "\n".join(extra_rows) + "\n\n")
text = f"""# accept.json: the acceptance model

Written by `scripts/train-accept.sh` (`{m['created_by']}`); do not edit by hand.
Model version `{m['model_version']}`, format {m['format']} v{m['format_version']}: a logistic
regression over {len(m['features'])} standardized features (`hadath.accept.features`), Platt-calibrated
on out-of-fold scores; applied in plain Python by the `accept` stage.

## Trained on

{files}

`news_dev` is the real-news development set (shared data, not in this repository); only its
`dev` split is used, its held-out third (every third report by id) is not.
{origin_note}
Labels: a candidate event of the pipeline
without `accept` is positive when `hadath eval`'s lenient matching pairs it with a gold event.

## Cross-validated figures

{cv['folds']} folds grouped by report (fold = hash of the report key), L2 strength C={cv['C']}
chosen by out-of-fold log-loss ({", ".join(f"C={k}: {v}" for k, v in cv["log_loss"].items())}). `min_confidence` = {m['min_confidence']}: the middle
of the cuts whose out-of-fold lenient F1 is within 0.005 of the best (the top of the curve is
flat; its lowest cut leaned to recall and kept many events on negative reports, its argmax jumps
between retrainings). Before = every candidate;
after = candidates at or above the cut, confidences from models that did not see the report.

What a higher `--min-confidence` trades (out-of-fold, all training reports):

| cut | lenient P | R | F1 |
|---|---|---|---|
{chr(10).join(f"| {c:.2f} | {p:.3f} | {r:.3f} | {f:.3f} |" for c, p, r, f in cv.get("curve", []) if c <= 0.9)}

| reports | | events | lenient P / R / F1 | strict P / R / F1 |
|---|---|---|---|---|
{chr(10).join(rows)}

{extra_text}Reliability (out-of-fold):

| confidence | candidates | mean confidence | share matched |
|---|---|---|---|
{rel}
"""
(out / "SOURCE.md").write_text(text, encoding="utf-8")
PYEOF
echo "train-accept: wrote $OUT/accept.json and $OUT/SOURCE.md" >&2
