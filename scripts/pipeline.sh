#!/usr/bin/env bash
# The paper's pipeline from token files to a final table (design §1-2):
#   routers (EM) -> segmentation -> E experts, each on its segment -> two dense baselines with the
#   experts' training FLOPs -> routed evaluation on held-out data -> table. The baselines, named the same
#   way everywhere (infer's table and JSON, scripts/report.py, docs/results.md):
#     dense_batch  the paper's protocol: an expert's number of steps at E x its batch;
#     dense_steps  E x an expert's steps at its batch.
#
#   bash scripts/pipeline.sh tiny            # CPU, a few minutes on 2 cores (CI runs it)
#   bash scripts/pipeline.sh small           # one GPU: the real reproduction (needs data/corpus_out)
#   bash scripts/pipeline.sh tiny --out DIR --device cpu
#   bash scripts/pipeline.sh tiny --ranks 2  # every step over 2 MPI ranks on this machine (mpirun)
#
# With --ranks R: the routers train on min(R, E) ranks (router e on rank e mod ranks), segment scores R
# shards of the chunks, and each expert (and the dense model) trains data-parallel on R ranks with the
# same global batch as one process. For a cluster: scripts/slurm_pipeline.sh.
#
# Every step is one of the programs, so each can also be run (or rerun) by hand; the commands are
# printed as they run. Results: OUT/results.json (infer), OUT/results.md (scripts/report.py).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZE=${1:-}
shift || true
OUT="" DEVICE=auto E_OVERRIDE="" RANKS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift 2 ;;
    --device) DEVICE=$2; shift 2 ;;
    --experts) E_OVERRIDE=$2; shift 2 ;;
    --ranks) RANKS=$2; shift 2 ;;
    *) echo "pipeline.sh: unknown argument '$1' (usage: pipeline.sh tiny|small [--out DIR] [--device D] [--experts E] [--ranks R])" >&2; exit 2 ;;
  esac
done

case "$SIZE" in
  tiny)  # CPU: the default data (10 domains, 3 M tokens), small models, minutes
    TRAIN=data/default/corpus_train.bin VAL=data/default/corpus_val.bin
    E=4 S=256 M=64
    ROUTER="--model router-tiny" ROUTER_ARGS="--iterations 4 --sequences 1536 --batch 16 --lr 3e-3 --warmup 10 --probe 256"
    EXPERT="--layers 2 --heads 4 --channels 64" EXPERT_STEPS=120 EXPERT_BATCH=8 EXPERT_ARGS="--lr 5e-3 --warmup 10"
    ;;
  small)  # one GPU: a larger share of the full corpus (bash data/build_corpus.sh), experts of tens of millions of parameters
    TRAIN=data/corpus_out/corpus_train.bin VAL=data/corpus_out/corpus_val.bin
    E=4 S=512 M=128
    ROUTER="--model router-4m" ROUTER_ARGS="--iterations 20 --sequences 16384 --batch 32 --lr 1e-3 --warmup 100 --probe 2048"
    EXPERT="--model small" EXPERT_STEPS=2000 EXPERT_BATCH=32 EXPERT_ARGS="--lr 1e-3 --warmup 200 --val-every 500"
    ;;
  *) echo "pipeline.sh: first argument must be tiny or small" >&2; exit 2 ;;
esac
[ -n "$E_OVERRIDE" ] && E=$E_OVERRIDE
OUT=${OUT:-out/pipeline_$SIZE}
for f in "$TRAIN" "$VAL"; do
  [ -f "$f" ] || { echo "pipeline.sh: $f is missing (for 'small': bash data/build_corpus.sh first)" >&2; exit 1; }
done
for p in train_router segment train_expert infer; do
  [ -x "./$p" ] || { echo "pipeline.sh: ./$p is missing: run make first" >&2; exit 1; }
done
# Ranks: each program under mpirun; the experts' global batch stays EXPERT_BATCH sequences, split over the ranks.
MPI=() MPI_ROUTERS=() CHUNK=0
if [ "$RANKS" -gt 1 ]; then
  command -v mpirun > /dev/null || { echo "pipeline.sh: --ranks needs mpirun (make deps installs OpenMPI)" >&2; exit 1; }
  [ $((EXPERT_BATCH % RANKS)) -eq 0 ] || { echo "pipeline.sh: --ranks $RANKS must divide the experts' batch of $EXPERT_BATCH sequences" >&2; exit 1; }
  MPI=(mpirun -np "$RANKS")
  MPI_ROUTERS=(mpirun -np $((RANKS < E ? RANKS : E)))
  CHUNK=4096  # ranks balance their own chunks
fi
EXPERT_BATCH_ARGS="--batch $((EXPERT_BATCH / RANKS)) --total-batch $((EXPERT_BATCH * S))"
DENSE_BATCH_ARGS="--batch $((EXPERT_BATCH / RANKS)) --total-batch $((E * EXPERT_BATCH * S))"  # E micro-batches accumulated
mkdir -p "$OUT"
labels() { local l="${1%.bin}_labels.bin"; [ -f "$l" ] && echo "--labels $l"; }
run() { echo "+ $*"; "$@"; }
START=$SECONDS

echo "== 1/5 routers: $E, EM on prefixes of $M tokens"
run "${MPI_ROUTERS[@]}" ./train_router --train "$TRAIN" --val "$VAL" --out "$OUT/routers" --experts "$E" --seq-len "$S" --prefix "$M" \
  $ROUTER $ROUTER_ARGS --device "$DEVICE" | tee "$OUT/routers.txt"

echo "== 2/5 segmentation of $TRAIN"
run "${MPI[@]}" ./segment --routers "$OUT/routers" --tokens "$TRAIN" --seq-len "$S" --prefix "$M" --chunk "$CHUNK" --out "$OUT/assign_train.bin" \
  $(labels "$TRAIN") --device "$DEVICE" | tee "$OUT/segment.txt"

echo "== 3/5 experts: $E x $EXPERT_STEPS steps, each on its own segment, independently"
for ((e = 0; e < E; e++)); do
  run "${MPI[@]}" ./train_expert --train "$TRAIN" --val "$VAL" --assign "$OUT/assign_train.bin" --expert "$e" --out "$OUT/expert_$e" \
    --seq-len "$S" --steps "$EXPERT_STEPS" $EXPERT $EXPERT_ARGS $EXPERT_BATCH_ARGS --sample-every 0 --device "$DEVICE" > "$OUT/expert_$e.txt"
  tail -n 2 "$OUT/expert_$e.txt"
done

echo "== 4/5 dense baselines: the same model on all sequences, the experts' total FLOPs"
echo "   dense_batch (the paper's): $EXPERT_STEPS steps of $E x $EXPERT_BATCH sequences"
run "${MPI[@]}" ./train_expert --train "$TRAIN" --val "$VAL" --out "$OUT/dense_batch" --seq-len "$S" --steps "$EXPERT_STEPS" \
  $EXPERT $EXPERT_ARGS $DENSE_BATCH_ARGS --sample-every 0 --device "$DEVICE" > "$OUT/dense_batch.txt"
tail -n 2 "$OUT/dense_batch.txt"
echo "   dense_steps: $((E * EXPERT_STEPS)) steps of $EXPERT_BATCH sequences"
run "${MPI[@]}" ./train_expert --train "$TRAIN" --val "$VAL" --out "$OUT/dense_steps" --seq-len "$S" --steps $((E * EXPERT_STEPS)) \
  $EXPERT $EXPERT_ARGS $EXPERT_BATCH_ARGS --sample-every 0 --device "$DEVICE" > "$OUT/dense_steps.txt"
tail -n 2 "$OUT/dense_steps.txt"

echo "== 5/5 evaluation on $VAL, routed by the first $M tokens"
run ./infer --routers "$OUT/routers" --experts "$OUT/expert_{e}/model.ckpt" \
  --dense-batch "$OUT/dense_batch/model.ckpt" --dense-steps "$OUT/dense_steps/model.ckpt" \
  --tokens "$VAL" --seq-len "$S" --prefix "$M" --json "$OUT/results.json" --device "$DEVICE" | tee "$OUT/infer.txt"

"$(command -v /usr/bin/python3 || command -v python3)" scripts/report.py "$OUT" --size "$SIZE" --expert-steps "$EXPERT_STEPS" > "$OUT/results.md"
cat "$OUT/results.md"
echo "== done in $((SECONDS - START)) s: $OUT/results.md, $OUT/results.json"
