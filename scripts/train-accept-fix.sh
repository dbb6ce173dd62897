#!/usr/bin/env bash
# Retrain the acceptance model with the fix parts of the fresh coded sets as extra gold:
# each set is read by path (absent ones are skipped) and only its `fix` part is used (sorted
# ids, every fourth report is the set's clean part, never trained on: `hadath.accept.dataset.
# fix_or_clean`). The clean parts are for scoring old model against new (in Python:
# `gold_reports(["SET:clean"])`); the cut is the training script's cross-validated rule.
#
#   ./scripts/train-accept-fix.sh                      # the default sets below, if present
#   HADATH_FIX_SETS="a.jsonl b.jsonl" ./scripts/train-accept-fix.sh
#
# Writes src/hadath/data/models/accept.json and SOURCE.md through scripts/train-accept.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEFAULT="/work/tmp/s29/pool.jsonl /work/tmp/set45/crowd.jsonl /work/tmp/set47/actors.jsonl /work/tmp/set48/words.jsonl"
PARTS=()
for f in ${HADATH_FIX_SETS:-$DEFAULT}; do
  if [ -f "$f" ]; then PARTS+=("$f:fix"); else echo "train-accept-fix: skipped (absent): $f" >&2; fi
done
exec "$ROOT/scripts/train-accept.sh" ${PARTS[@]+"${PARTS[@]}"}
