#!/usr/bin/env bash
# The paper's pipeline from token files to a final table:
#   routers (EM) -> segmentation -> E experts, each on its segment -> two dense baselines with the
#   experts' training FLOPs -> routed evaluation on held-out data -> table. The baselines, named the same
#   way everywhere (infer's table and JSON, scripts/report.py, docs/results.md):
#     dense_batch  the paper's protocol: an expert's number of steps at E x its batch;
#     dense_steps  E x an expert's steps at its batch.
#
#   bash scripts/pipeline.sh tiny            # CPU, a few minutes on 2 cores (CI runs it)
#   bash scripts/pipeline.sh cpu             # CPU, the reproduction at a size where capacity binds (~1 h on 2 cores;
#                                            #   bash data/build_corpus.sh --cpu first)
#   bash scripts/pipeline.sh small           # one GPU: the real reproduction (needs data/corpus_out)
#   BIN=build/emu bash scripts/pipeline.sh emu --data DIR --device cuda   # the CUDA path on the CPU emulator
#   bash scripts/pipeline.sh tiny --out DIR --device cpu
#   bash scripts/pipeline.sh tiny --ranks 2  # every step over 2 MPI ranks on this machine (mpirun)
#   bash scripts/pipeline.sh cpu --expert-steps 500 --experts 8 --data DIR   # another budget, E, corpus
#   bash scripts/pipeline.sh cpu --router tfidf --out out/cpu_tfidf --dense-from out/pipeline_cpu
#                                            # c-BTM's tf-idf router instead of the LM routers, the rest the same
#
# --expert-steps changes the budget: each expert's steps (the dense baselines follow); --lr the peak
# learning rate of the experts and both dense baselines (not the routers'); --router-em 2x512 the
# routers' EM: 2 iterations of 512 sequences; --router-channels C the routers' width (their layers and
# heads stay the size's); --precision P every program's precision (fp32, tf32 or
# bf16; by default each program's own: bf16 on a GPU, fp32 on the CPU). --data DIR reads
# DIR/corpus_{train,val}.bin instead of the size's corpus (scripts/crossover.sh's CI miniature uses
# --expert-steps, --router-em and --data). BIN=DIR runs the programs in DIR. --router tfidf fits a tf-idf
# router (train_router --router tfidf: k-means on the tf-idf vectors of the same N prefixes) where the
# LM routers would be; every later step is the same. --routers-from DIR and --dense-from DIR take another
# run's routers and segmentation, or its dense baselines, where they came from the very same commands
# (scripts/crossover.sh uses both).
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
case "$SIZE" in -h|--help) sed -n '2,37p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
OUT="" DEVICE=auto E_OVERRIDE="" RANKS=1 STEPS_OVERRIDE="" DATA="" ROUTER_OVERRIDE="" ROUTERS_FROM="" DENSE_FROM="" ROUTER_KIND=lm LR_OVERRIDE="" ROUTER_CHANNELS="" PREC=()
# BIN: the folder of the four programs (default: the repository root, where make puts them).
B=${BIN:-.}
USAGE="usage: pipeline.sh tiny|cpu|small|emu [--out DIR] [--device D] [--experts E] [--expert-steps N] [--lr F] [--precision P] [--router lm|tfidf] [--router-em ITERxSEQ] [--router-channels C] [--routers-from DIR] [--dense-from DIR] [--data DIR] [--ranks R]"
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift 2 ;;
    --device) DEVICE=$2; shift 2 ;;
    --experts) E_OVERRIDE=$2; shift 2 ;;
    --ranks) RANKS=$2; shift 2 ;;
    --expert-steps) STEPS_OVERRIDE=$2; shift 2 ;;
    --lr) LR_OVERRIDE=$2; shift 2 ;;
    --precision) PREC=(--precision "$2"); shift 2 ;;
    --data) DATA=$2; shift 2 ;;
    --router-em) ROUTER_OVERRIDE=$2; shift 2 ;;
    --router-channels) ROUTER_CHANNELS=$2; shift 2 ;;
    --routers-from) ROUTERS_FROM=${2%/}; shift 2 ;;
    --dense-from) DENSE_FROM=${2%/}; shift 2 ;;
    --router) ROUTER_KIND=$2; shift 2 ;;
    -h|--help) sed -n '2,37p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "pipeline.sh: unknown argument '$1' ($USAGE)" >&2; exit 2 ;;
  esac
done

case "$SIZE" in
  tiny)  # CPU: the default data (3 English prose domains, 2 M tokens), small models, minutes
    TRAIN=data/default/corpus_train.bin VAL=data/default/corpus_val.bin
    E=4 S=256 M=64
    ROUTER="--model router-tiny" ROUTER_ARGS="--iterations 4 --sequences 1536 --batch 16 --lr 3e-3 --warmup 10 --probe 256"
    EXPERT="--layers 2 --heads 4 --channels 64" EXPERT_STEPS=120 EXPERT_BATCH=8 EXPERT_ARGS="--lr 5e-3 --warmup 10"
    ;;
  cpu)  # CPU: the reproduction where capacity, not steps, limits the dense model.
    # Corpus: bash data/build_corpus.sh --cpu (10 domains of <= 8 MB, a 1,024-piece tokenizer, 30.8 M training
    # tokens). Expert: L 2, C 64 = 0.17 M parameters (V 1024), so the dense baselines see ~190 tokens per
    # parameter; routers: L 2, C 32 (0.06 M), a third of an expert's FLOPs per token, on 64-token prefixes.
    # Budget: 1,900 steps of 16 x 256 tokens per expert = 7.8 M tokens, a quarter of the corpus: the experts
    # together and each dense baseline make one pass over it.
    TRAIN=data/corpus_out/cpu/corpus_train.bin VAL=data/corpus_out/cpu/corpus_val.bin
    E=4 S=256 M=64
    ROUTER="--layers 2 --heads 2 --channels 32" ROUTER_ARGS="--iterations 8 --sequences 8192 --batch 16 --lr 3e-3 --warmup 20 --probe 1024"
    EXPERT="--layers 2 --heads 4 --channels 64" EXPERT_STEPS=1900 EXPERT_BATCH=16 EXPERT_ARGS="--lr 3e-3 --warmup 50 --val-every 250"
    ;;
  small)  # one GPU: a larger share of the full corpus (bash data/build_corpus.sh), experts of tens of millions of parameters
    TRAIN=data/corpus_out/corpus_train.bin VAL=data/corpus_out/corpus_val.bin
    E=4 S=512 M=128
    ROUTER="--model router-4m" ROUTER_ARGS="--iterations 20 --sequences 16384 --batch 32 --lr 1e-3 --warmup 100 --probe 2048"
    EXPERT="--model small" EXPERT_STEPS=2000 EXPERT_BATCH=32 EXPERT_ARGS="--lr 1e-3 --warmup 200 --val-every 500"
    ;;
  emu)  # a miniature of every step for the CUDA path on the CPU emulator (dev/bench/gpu_crossover.sh --mini,
    # with BIN=build/emu): shapes the emulator runs in seconds; give it a small --data (a few hundred sequences)
    TRAIN=data/default/corpus_train.bin VAL=data/default/corpus_val.bin
    E=2 S=32 M=16
    ROUTER="--layers 1 --heads 2 --channels 32" ROUTER_ARGS="--iterations 2 --sequences 64 --batch 8 --lr 3e-3 --warmup 2 --probe 32"
    EXPERT="--layers 2 --heads 2 --channels 32" EXPERT_STEPS=4 EXPERT_BATCH=2 EXPERT_ARGS="--lr 3e-3 --warmup 2 --val-every 0 --val-batches 2"
    ;;
  *) echo "pipeline.sh: first argument must be tiny, cpu, small or emu ($USAGE)" >&2; exit 2 ;;
esac
[ -n "$E_OVERRIDE" ] && E=$E_OVERRIDE
[ -n "$STEPS_OVERRIDE" ] && EXPERT_STEPS=$STEPS_OVERRIDE
if [ -n "$LR_OVERRIDE" ]; then
  [[ "$LR_OVERRIDE" =~ ^[0-9]*\.?[0-9]+(e-?[0-9]+)?$ ]] || { echo "pipeline.sh: --lr takes a number such as 1e-2, not '$LR_OVERRIDE'" >&2; exit 2; }
  EXPERT_ARGS=$(echo "$EXPERT_ARGS" | sed "s/--lr [^ ]*/--lr $LR_OVERRIDE/")
fi
[ -n "$DATA" ] && TRAIN=$DATA/corpus_train.bin VAL=$DATA/corpus_val.bin
if [ -n "$ROUTER_OVERRIDE" ]; then  # later flags win in train_router
  [[ "$ROUTER_OVERRIDE" =~ ^([1-9][0-9]*)x([1-9][0-9]*)$ ]] ||
    { echo "pipeline.sh: --router-em takes ITERATIONSxSEQUENCES, for example 2x512, not '$ROUTER_OVERRIDE'" >&2; exit 2; }
  ROUTER_ARGS="$ROUTER_ARGS --iterations ${BASH_REMATCH[1]} --sequences ${BASH_REMATCH[2]}"
fi
if [ -n "$ROUTER_CHANNELS" ]; then  # later flags win in train_router: this replaces the size's --channels
  [[ "$ROUTER_CHANNELS" =~ ^[1-9][0-9]*$ ]] || { echo "pipeline.sh: --router-channels takes a positive integer, not '$ROUTER_CHANNELS'" >&2; exit 2; }
  ROUTER="$ROUTER --channels $ROUTER_CHANNELS"
fi
case "$ROUTER_KIND" in lm|tfidf) ;; *) echo "pipeline.sh: --router takes lm or tfidf, not '$ROUTER_KIND'" >&2; exit 2 ;; esac
for n in "$E" "$EXPERT_STEPS" "$RANKS"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "pipeline.sh: --experts, --expert-steps and --ranks take positive integers, not '$n'" >&2; exit 2; }
done
OUT=${OUT:-out/pipeline_$SIZE}
for f in "$TRAIN" "$VAL"; do
  [ -f "$f" ] || { echo "pipeline.sh: $f is missing (for 'cpu': bash data/build_corpus.sh --cpu first; for 'small': bash data/build_corpus.sh)" >&2; exit 1; }
done
for p in train_router segment train_expert infer; do
  [ -x "$B/$p" ] || { echo "pipeline.sh: $B/$p is missing: run make first" >&2; exit 1; }
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
labels() { local l="${1%.bin}_labels.bin"; [ -f "$l" ] && echo "--labels $l"; true; }  # none: a corpus without domains
run() { echo "+ $*"; "$@"; }
# same_command DIR FILE CMD: DIR/FILE's first line is the command run would print for CMD, up to the folder.
same_command() { [ "$(head -n 1 "$1/$2" 2>/dev/null | sed "s#$1/#OUT/#g")" = "$(echo "+ $3" | sed "s#$OUT/#OUT/#g")" ]; }
# A training run's whole output into FILE; on the terminal, its held-out evaluations as they come and its last line.
progress() { tee "$1" | grep --line-buffered -E '^(val |done)' | sed -u 's/^/   /'; }
START=$SECONDS

ROUTER_CMD=("$B/train_router" --train "$TRAIN" --val "$VAL" --out "$OUT/routers" --experts "$E" --seq-len "$S" --prefix "$M"
            $ROUTER $ROUTER_ARGS --device "$DEVICE" "${PREC[@]}")
if [ "$ROUTER_KIND" = tfidf ]; then
  # The same N prefixes and probe set as the LM routers' (the last --sequences and --probe of ROUTER_ARGS win,
  # as in train_router); k-means stops earlier when no prefix moves. No LM: no model, lr or device flags.
  last_value() { echo "$ROUTER_ARGS" | grep -oE -- "--$1 [0-9]+" | tail -n 1 | cut -d ' ' -f 2; }
  ROUTER_CMD=("$B/train_router" --router tfidf --train "$TRAIN" --val "$VAL" --out "$OUT/routers" --experts "$E" --seq-len "$S"
              --prefix "$M" --sequences "$(last_value sequences)" --probe "$(last_value probe)" --iterations 30)
  MPI_ROUTERS=()  # seconds in one process
fi
SEGMENT_CMD=("$B/segment" --routers "$OUT/routers" --tokens "$TRAIN" --seq-len "$S" --prefix "$M" --chunk "$CHUNK"
             --out "$OUT/assign_train.bin" $(labels "$TRAIN") --device "$DEVICE" "${PREC[@]}")
# --routers-from DIR: another run's routers and segmentation, when they came from the very same commands
# (only the output folder differs). Training is deterministic, so they are the files these commands
# would write again; scripts/crossover.sh uses this across budgets at one E. The FLOPs are counted as if run.
reused=0
if [ -n "$ROUTERS_FROM" ]; then
  if same_command "$ROUTERS_FROM" routers.txt "${MPI_ROUTERS[*]:+${MPI_ROUTERS[*]} }${ROUTER_CMD[*]}" &&
     same_command "$ROUTERS_FROM" segment.txt "${MPI[*]:+${MPI[*]} }${SEGMENT_CMD[*]}" &&
     [ -f "$ROUTERS_FROM/assign_train.bin" ]; then
    rm -rf "$OUT/routers" && cp -r "$ROUTERS_FROM/routers" "$OUT/routers"
    cp "$ROUTERS_FROM/assign_train.bin" "$OUT/assign_train.bin"
    sed "s#$ROUTERS_FROM/#$OUT/#g" "$ROUTERS_FROM/routers.txt" > "$OUT/routers.txt"
    sed "s#$ROUTERS_FROM/#$OUT/#g" "$ROUTERS_FROM/segment.txt" > "$OUT/segment.txt"
    echo "== 1-2/5 routers and segmentation: the same commands as in $ROUTERS_FROM, so its files are reused"
    reused=1
  else
    echo "== --routers-from $ROUTERS_FROM: not reused (its routers or segmentation came from other commands); training them"
  fi
fi
if [ $reused = 0 ]; then
  [ "$ROUTER_KIND" = tfidf ] && echo "== 1/5 routers: a tf-idf router of $E centroids, k-means on prefixes of $M tokens" ||
    echo "== 1/5 routers: $E, EM on prefixes of $M tokens"
  run "${MPI_ROUTERS[@]}" "${ROUTER_CMD[@]}" | tee "$OUT/routers.txt"
  echo "== 2/5 segmentation of $TRAIN"
  run "${MPI[@]}" "${SEGMENT_CMD[@]}" | tee "$OUT/segment.txt"
fi

echo "== 3/5 experts: $E x $EXPERT_STEPS steps, each on its own segment, independently"
for ((e = 0; e < E; e++)); do
  run "${MPI[@]}" "$B/train_expert" --train "$TRAIN" --val "$VAL" --assign "$OUT/assign_train.bin" --expert "$e" --out "$OUT/expert_$e" \
    --seq-len "$S" --steps "$EXPERT_STEPS" $EXPERT $EXPERT_ARGS $EXPERT_BATCH_ARGS --sample-every 0 --device "$DEVICE" "${PREC[@]}" | progress "$OUT/expert_$e.txt"
done

echo "== 4/5 dense baselines: the same model on all sequences, the experts' total FLOPs"
# --dense-from DIR: another run's dense baseline, when it came from the very same command (dense_steps,
# E x an expert's steps, is the same model at every E of one budget: scripts/crossover.sh; both are the
# same for another router at the same E and budget: --router tfidf).
dense() {  # dense NAME COMMAND...: train it, or reuse DENSE_FROM's
  local name=$1; shift
  if [ -n "$DENSE_FROM" ] && [ -f "$DENSE_FROM/$name/model.ckpt" ] && same_command "$DENSE_FROM" "$name.txt" "$*"; then
    rm -rf "$OUT/$name" && cp -r "$DENSE_FROM/$name" "$OUT/$name"
    sed "s#$DENSE_FROM/#$OUT/#g" "$DENSE_FROM/$name.txt" > "$OUT/$name.txt"
    echo "   the same command as in $DENSE_FROM, so its model is reused"
  else
    [ -n "$DENSE_FROM" ] && echo "   --dense-from $DENSE_FROM: its $name is not reused (another command, or none there); training it"
    run "$@" | progress "$OUT/$name.txt"
  fi
}
echo "   dense_batch (the paper's): $EXPERT_STEPS steps of $E x $EXPERT_BATCH sequences"
dense dense_batch "${MPI[@]}" "$B/train_expert" --train "$TRAIN" --val "$VAL" --out "$OUT/dense_batch" --seq-len "$S" --steps "$EXPERT_STEPS" \
  $EXPERT $EXPERT_ARGS $DENSE_BATCH_ARGS --sample-every 0 --device "$DEVICE" "${PREC[@]}"
echo "   dense_steps: $((E * EXPERT_STEPS)) steps of $EXPERT_BATCH sequences"
dense dense_steps "${MPI[@]}" "$B/train_expert" --train "$TRAIN" --val "$VAL" --out "$OUT/dense_steps" --seq-len "$S" \
  --steps $((E * EXPERT_STEPS)) $EXPERT $EXPERT_ARGS $EXPERT_BATCH_ARGS --sample-every 0 --device "$DEVICE" "${PREC[@]}"

echo "== 5/5 evaluation on $VAL, routed by the first $M tokens"
run "$B/infer" --routers "$OUT/routers" --experts "$OUT/expert_{e}/model.ckpt" \
  --dense-batch "$OUT/dense_batch/model.ckpt" --dense-steps "$OUT/dense_steps/model.ckpt" \
  --tokens "$VAL" --seq-len "$S" --prefix "$M" --json "$OUT/results.json" --device "$DEVICE" "${PREC[@]}" | tee "$OUT/infer.txt"

"$(command -v /usr/bin/python3 || command -v python3)" scripts/report.py "$OUT" --size "$SIZE" --expert-steps "$EXPERT_STEPS" > "$OUT/results.md"
cat "$OUT/results.md"
echo "== done in $((SECONDS - START)) s: $OUT/results.md, $OUT/results.json"
