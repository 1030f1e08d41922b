#!/usr/bin/env bash
# The CPU speeds the CPU reproduction depends on, on this machine, as a Markdown table:
#   - train_expert tokens/s at L 2, H 4, C 64, batch 16 x 256: on the default data (V 8192) and, when
#     it is built (bash data/build_corpus.sh --cpu), on the cpu corpus (V 1024, the cpu size's expert);
#   - segment's sequences/s per router, prefix 64: router-tiny (L 2, C 64) on the default data, the
#     cpu size's router (L 2, C 32) on the cpu corpus.
# Run it on an otherwise idle machine (two OpenMP programs sharing the cores run several times slower
# than either alone). Training: the median tokens/s of the steps after the first 5; segment: the rate it
# prints for each router over the held-out file (670 sequences of the default data, 6,297 of the cpu corpus).
#
#   bash dev/bench/cpu_speed.sh [--steps N] [--out DIR] [--bin DIR]
#   (--bin DIR: the programs built elsewhere, e.g. from an older commit, to compare)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
STEPS=30 OUT=out/bench_cpu BIN=.
while [ $# -gt 0 ]; do
  case "$1" in
    --steps) STEPS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --bin) BIN=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "cpu_speed.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
for p in train_expert train_router segment; do
  [ -x "$BIN/$p" ] || { echo "cpu_speed.sh: $BIN/$p is missing: run make first" >&2; exit 1; }
done
mkdir -p "$OUT"
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "| what | data | figure |"
echo "|---|---|---:|"
for data in data/default data/corpus_out/cpu; do
  if [ ! -f "$data/corpus_train.bin" ]; then echo "| (skipped: $data is not built) | | |"; continue; fi
  name=$(basename "$data")
  "$BIN/train_expert" --train "$data/corpus_train.bin" --val "$data/corpus_val.bin" --out "$OUT/train_$name" --layers 2 \
    --heads 4 --channels 64 --seq-len 256 --batch 16 --steps "$STEPS" --val-every 0 --sample-every 0 --device cpu \
    > "$OUT/train_$name.txt"
  tps=$(grep -E '^step' "$OUT/train_$name.txt" | tail -n +6 | sed -E 's/.*\| +([0-9]+) tok\/s.*/\1/' | median)
  gemm=$(grep -E '^step' "$OUT/train_$name.txt" | tail -n 1 | sed -E 's/.*tok\/s \| (.*)$/\1/')
  echo "| train_expert L 2, C 64, 16 x 256 tokens a step: tokens/s | $name | $tps (last step: $gemm) |"
  shape=(--model router-tiny) label="router-tiny (L 2, C 64)"
  if [ "$name" = cpu ]; then shape=(--layers 2 --heads 2 --channels 32) label="the cpu router (L 2, C 32)"; fi
  "$BIN/train_router" --train "$data/corpus_train.bin" --val "$data/corpus_val.bin" --out "$OUT/routers_$name" --experts 2 \
    "${shape[@]}" --iterations 1 --sequences 64 --probe 16 --device cpu > "$OUT/routers_$name.txt"
  "$BIN/segment" --routers "$OUT/routers_$name" --tokens "$data/corpus_val.bin" --out "$OUT/assign_$name.bin" --device cpu \
    > "$OUT/segment_$name.txt"
  rates=$(grep -E '^router +[0-9]+:' "$OUT/segment_$name.txt" | sed -E 's/.*, ([0-9.]+ ?[kM]?) +sequences\/s.*/\1/' |
          sed 's/ *$//' | paste -sd, - | sed 's/,/, /g')
  echo "| segment, $label, prefix 64: sequences/s per router | $name | $rates |"
done
