#!/usr/bin/env bash
# The downstream table of a finished pipeline: multiple-choice tasks built from the held-out text of each
# domain (scripts/tasks/build_tasks.py), scored by infer --tasks for the routed mixture, random routing
# and both dense baselines, summarised by scripts/tasks/summary.py. docs/tasks.md explains the tasks and
# the three rules (acc, acc_norm, acc_mutual_info); the table reports acc_mutual_info first, the rule
# under which models of this size are clearly above chance on these tasks.
#
#   bash scripts/pipeline.sh tiny && bash scripts/tasks.sh tiny      # minutes on 2 cores
#   bash scripts/pipeline.sh cpu && bash scripts/tasks.sh cpu
#   bash scripts/tasks.sh cpu --out DIR --items 200 --device cpu     # another pipeline folder, fewer items
#
# Writes OUT/tasks/DOMAIN.jsonl, OUT/tasks.json (every prediction) and OUT/tasks.md (the table).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZE=${1:-}
shift || true
USAGE="usage: tasks.sh tiny|cpu [--out DIR] [--items N] [--device D]"
case "$SIZE" in -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
OUT="" ITEMS=500 DEVICE=auto
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=${2%/}; shift 2 ;;
    --items) ITEMS=$2; shift 2 ;;
    --device) DEVICE=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "tasks.sh: unknown argument '$1' ($USAGE)" >&2; exit 2 ;;
  esac
done
# Context and choice lengths in tokens: about 50 words of context and 15 per choice with the default
# data's 8,192-piece tokenizer; the CPU corpus's 1,024 pieces are shorter, so more of them (docs/tasks.md).
case "$SIZE" in
  tiny) DATA=data/default CONTEXT=64 CONTINUATION=20 ;;
  cpu)  DATA=data/corpus_out/cpu CONTEXT=96 CONTINUATION=24 ;;
  *) echo "tasks.sh: the first argument must be tiny or cpu ($USAGE)" >&2; exit 2 ;;
esac
OUT=${OUT:-out/pipeline_$SIZE}
[ -f "$OUT/routers/tfidf.bin" ] && ROUTER="$OUT/routers/tfidf.bin" || ROUTER="$OUT/routers/router_00.ckpt"  # either kind
for f in "$ROUTER" "$OUT/expert_0/model.ckpt" "$DATA/corpus_val.bin" "$DATA/tokenizer.model"; do
  [ -f "$f" ] || { echo "tasks.sh: missing $f: run bash scripts/pipeline.sh $SIZE${OUT:+ --out $OUT} first" >&2; exit 1; }
done

echo "== 1/3 tasks: $ITEMS items per domain from $DATA/corpus_val.bin"
python3 scripts/tasks/build_tasks.py --val "$DATA/corpus_val.bin" --out "$OUT/tasks" --items "$ITEMS" \
  --context-tokens $CONTEXT --continuation-tokens $CONTINUATION
FILES=$(ls "$OUT"/tasks/*.jsonl | paste -sd, -)

echo "== 2/3 scoring: the mixture, random routing and the dense baselines"
DENSE=()
for b in dense_batch dense_steps; do
  [ -f "$OUT/$b/model.ckpt" ] && DENSE+=(--${b/_/-} "$OUT/$b/model.ckpt")
done
set -x
./infer --tasks "$FILES" --routers "$OUT/routers" --experts "$OUT/expert_{e}/model.ckpt" "${DENSE[@]}" \
  --tokenizer "$DATA/tokenizer.model" --device "$DEVICE" --json "$OUT/tasks.json"
{ set +x; } 2>/dev/null

echo "== 3/3 the table: $OUT/tasks.md"
python3 scripts/tasks/summary.py "$OUT/tasks.json" --out "$OUT/tasks.md"
