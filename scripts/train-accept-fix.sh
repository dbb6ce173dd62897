#!/usr/bin/env bash
# Retrain the acceptance model (src/hadath/data/models/accept.json) with the fix parts of the
# fresh coded sets as extra gold (accept62; figures in docs/notes/accept62.md). Each set is
# read by path (absent ones are skipped) and only its `fix` part is used (sorted ids, every fourth
# report is the set's clean part, never trained on: `hadath.evaluation.gold.select_split`; score
# it with `hadath eval SET --split clean`). The cut is the training script's cross-validated rule.
#
#   ./scripts/train-accept-fix.sh                      # the default sets below, if present
#   HADATH_FIX_SETS="a.jsonl b.jsonl" ./scripts/train-accept-fix.sh
#
# Reports are told apart (and put in folds) by their file's name, and the coders name every set
# fix.jsonl: each set is linked as <its folder>.jsonl (/work/tmp/fix54/fix.jsonl -> fix54.jsonl),
# so the same sets give the same folds and the same model wherever they lie.
#
# The default sets (session 37; their texts are not ours and not in this repository:
# benchmarks/pool/README.md): fix54 (48 reports, broad), fix55 (48, who did it to whom), fix56
# (40, mostly negatives: statistics, trials, anniversaries, talks, threats). The fix pool the
# model was trained with before (/work/tmp/s29/pool.jsonl, 200 reports) is lost; its manifest is
# benchmarks/pool/manifest.tsv.
#
# Writes src/hadath/data/models/accept.json and SOURCE.md through scripts/train-accept.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEFAULT="/work/tmp/fix54/fix.jsonl /work/tmp/fix55/fix.jsonl /work/tmp/fix56/fix.jsonl"
LINKS="$(mktemp -d)"
trap 'rm -rf "$LINKS"' EXIT
PARTS=()
for f in ${HADATH_FIX_SETS:-$DEFAULT}; do
  if [ ! -f "$f" ]; then echo "train-accept-fix: skipped (absent): $f" >&2; continue; fi
  name="$(basename "$(dirname "$(realpath "$f")")").jsonl"
  if [ -e "$LINKS/$name" ]; then echo "train-accept-fix: two sets in folders named ${name%.jsonl}: $f" >&2; exit 2; fi
  ln -s "$(realpath "$f")" "$LINKS/$name"
  PARTS+=("$LINKS/$name:fix")
done
"$ROOT/scripts/train-accept.sh" ${PARTS[@]+"${PARTS[@]}"}
