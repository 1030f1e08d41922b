#!/usr/bin/env bash
# The paper's pipeline on a Slurm cluster: five jobs, each waiting for the ones it reads from.
#
#   1. routers   E router LMs by EM, on min(E, ROUTER_GPUS) ranks (router e on rank e mod ranks);
#                the only message: every router's scores of the new sequences, each EM iteration
#   2. segment   SEGMENT_GPUS ranks, each scores its shard of the chunks; rank 0 merges the files
#   3. experts   a job array, one element per expert, each data-parallel over EXPERT_GPUS GPUs;
#                experts never talk to each other: elements start whenever GPUs are free
#   4. dense     (with --dense) the two baselines of the experts' total FLOPs, data-parallel the same way:
#                dense_batch (the paper's: an expert's steps at E x its batch), dense_steps (E x the steps)
#   5. eval      infer: routed perplexity of the mixture (and the dense baselines) on the val file
#
#   bash scripts/slurm_pipeline.sh --train data/corpus_out/corpus_train.bin --val data/corpus_out/corpus_val.bin \
#        --experts 32 --expert-model expert-335m --steps 20000 --partition gpu --account myproject
#   bash scripts/slurm_pipeline.sh ... --dry-run     # prints the sbatch commands instead of submitting
#
# Run it from the repository (built with MPI: make deps && make) on a file system every node sees;
# each job runs the programs with srun. srun must start MPI ranks (--mpi=pmix is set below; if your
# cluster documents another plugin, give --mpi-plugin). --kill-on-bad-exit ends a job's other ranks
# when one dies, instead of leaving them waiting in a collective.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRAIN="" VAL="" OUT=out/slurm E=32 S=1024 M=256
ROUTER_MODEL=router-4m ROUTER_ARGS="--iterations 20 --sequences 16384 --batch 32 --lr 1e-4 --warmup 100"
EXPERT_MODEL=expert-335m STEPS=20000 BATCH=32 TOTAL_BATCH=$((256 * 1024)) EXPERT_ARGS="--lr 6e-4 --warmup 2000 --val-every 1000"
ROUTER_GPUS=8 SEGMENT_GPUS=8 EXPERT_GPUS=8 GPUS_PER_NODE=8 CPUS_PER_GPU=8
PARTITION="" ACCOUNT="" TIME=24:00:00 MPI_PLUGIN=pmix DENSE=0 DRY_RUN=0

usage() {
  sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  cat << EOF

options (default):
  --train FILE --val FILE      token files (required)
  --out DIR                    output folder on the shared file system ($OUT)
  --experts E                  routers = experts ($E)
  --seq-len S --prefix M       sequence length and routing prefix ($S, $M)
  --router-model NAME          router preset ($ROUTER_MODEL); --router-args "..." ($ROUTER_ARGS)
  --expert-model NAME          expert preset ($EXPERT_MODEL)
  --steps N                    optimizer steps per expert ($STEPS)
  --batch B                    micro-batch per GPU, in sequences ($BATCH)
  --total-batch TOKENS         tokens per optimizer step, over all of an expert's GPUs ($TOTAL_BATCH)
  --expert-args "..."          more train_expert flags ($EXPERT_ARGS)
  --router-gpus N --segment-gpus N --expert-gpus N   GPUs per job ($ROUTER_GPUS, $SEGMENT_GPUS, $EXPERT_GPUS)
  --gpus-per-node N --cpus-per-gpu N                ($GPUS_PER_NODE, $CPUS_PER_GPU)
  --partition P --account A --time T                sbatch's ($TIME)
  --mpi-plugin NAME            srun --mpi ($MPI_PLUGIN)
  --dense                      also train the dense baselines on all sequences: dense_batch (the steps at
                               E x the total batch, the paper's) and dense_steps (E x the steps)
  --dry-run                    print the sbatch commands, submit nothing
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    --train) TRAIN=$2; shift 2 ;;
    --val) VAL=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --experts) E=$2; shift 2 ;;
    --seq-len) S=$2; shift 2 ;;
    --prefix) M=$2; shift 2 ;;
    --router-model) ROUTER_MODEL=$2; shift 2 ;;
    --router-args) ROUTER_ARGS=$2; shift 2 ;;
    --expert-model) EXPERT_MODEL=$2; shift 2 ;;
    --steps) STEPS=$2; shift 2 ;;
    --batch) BATCH=$2; shift 2 ;;
    --total-batch) TOTAL_BATCH=$2; shift 2 ;;
    --expert-args) EXPERT_ARGS=$2; shift 2 ;;
    --router-gpus) ROUTER_GPUS=$2; shift 2 ;;
    --segment-gpus) SEGMENT_GPUS=$2; shift 2 ;;
    --expert-gpus) EXPERT_GPUS=$2; shift 2 ;;
    --gpus-per-node) GPUS_PER_NODE=$2; shift 2 ;;
    --cpus-per-gpu) CPUS_PER_GPU=$2; shift 2 ;;
    --partition) PARTITION=$2; shift 2 ;;
    --account) ACCOUNT=$2; shift 2 ;;
    --time) TIME=$2; shift 2 ;;
    --mpi-plugin) MPI_PLUGIN=$2; shift 2 ;;
    --dense) DENSE=1; shift ;;
    --dry-run) DRY_RUN=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "slurm_pipeline.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

fail() { echo "slurm_pipeline.sh: $*" >&2; exit 1; }
[ -n "$TRAIN" ] && [ -n "$VAL" ] || fail "--train FILE and --val FILE are required (see --help)"
[ "$DRY_RUN" = 1 ] || for f in "$TRAIN" "$VAL"; do [ -f "$f" ] || fail "$f is missing"; done
for p in train_router segment train_expert infer; do [ -x "./$p" ] || fail "./$p is missing: run make first"; done
[ "$DRY_RUN" = 1 ] || command -v sbatch > /dev/null || fail "no sbatch here: run this on a Slurm login node (or --dry-run)"
[ $((TOTAL_BATCH % (EXPERT_GPUS * BATCH * S))) -eq 0 ] ||
  fail "--total-batch $TOTAL_BATCH is not a multiple of expert GPUs x batch x seq-len = $EXPERT_GPUS x $BATCH x $S"
ROUTER_RANKS=$((ROUTER_GPUS < E ? ROUTER_GPUS : E))
mkdir -p "$OUT/logs"

# One job: NAME, GPUs, DEPENDENCY ("" or afterok:ID:...), ARRAY ("" or 0-31), COMMAND. Prints the job id
# (with --dry-run: prints the sbatch command on stderr, and JOB-NAME as the id).
submit() {
  local name=$1 gpus=$2 dependency=$3 array=$4 command=$5
  local nodes=$(((gpus + GPUS_PER_NODE - 1) / GPUS_PER_NODE))
  local args=(--parsable --job-name "smalltalk-$name" --nodes "$nodes" --ntasks "$gpus" --gpus-per-task 1
              --cpus-per-task "$CPUS_PER_GPU" --time "$TIME" --output "$OUT/logs/$name-%A${array:+_%a}.txt")
  [ -n "$PARTITION" ] && args+=(--partition "$PARTITION")
  [ -n "$ACCOUNT" ] && args+=(--account "$ACCOUNT")
  [ -n "$dependency" ] && args+=(--dependency "$dependency" --kill-on-invalid-dep=yes)
  [ -n "$array" ] && args+=(--array "$array")
  args+=(--wrap "export OMP_NUM_THREADS=$CPUS_PER_GPU; $command")
  if [ "$DRY_RUN" = 1 ]; then
    { printf 'sbatch'; printf ' %q' "${args[@]}"; printf '\n'; } >&2
    echo "JOB-$name"
  else
    sbatch "${args[@]}"
  fi
}
SRUN="srun --mpi=$MPI_PLUGIN --kill-on-bad-exit=1"

ROUTERS=$(submit routers "$ROUTER_RANKS" "" "" \
  "$SRUN ./train_router --train $TRAIN --val $VAL --out $OUT/routers --experts $E --seq-len $S --prefix $M --model $ROUTER_MODEL $ROUTER_ARGS")
SEGMENT=$(submit segment "$SEGMENT_GPUS" "afterok:$ROUTERS" "" \
  "$SRUN ./segment --routers $OUT/routers --tokens $TRAIN --seq-len $S --prefix $M --chunk 100000 --out $OUT/assign_train.bin")
EXPERT="./train_expert --train $TRAIN --val $VAL --seq-len $S --model $EXPERT_MODEL --batch $BATCH --total-batch $TOTAL_BATCH $EXPERT_ARGS --sample-every 0"
# An expert whose job hits the time limit continues where it stopped when resubmitted: --resume
# when its folder already holds a committed checkpoint (its marker file `checkpoint`, docs/formats.md).
EXPERTS=$(submit experts "$EXPERT_GPUS" "afterok:$SEGMENT" "0-$((E - 1))" \
  "R=; [ -f $OUT/expert_\$SLURM_ARRAY_TASK_ID/checkpoint ] && R=--resume; $SRUN $EXPERT --assign $OUT/assign_train.bin --expert \$SLURM_ARRAY_TASK_ID --out $OUT/expert_\$SLURM_ARRAY_TASK_ID --steps $STEPS \$R")
EVAL_AFTER="afterok:$EXPERTS" DENSE_FLAG=""
if [ "$DENSE" = 1 ]; then
  DENSE_BATCH_JOB=$(submit dense_batch "$EXPERT_GPUS" "afterok:$SEGMENT" "" \
    "R=; [ -f $OUT/dense_batch/checkpoint ] && R=--resume; $SRUN $EXPERT --total-batch $((E * TOTAL_BATCH)) --out $OUT/dense_batch --steps $STEPS \$R")
  DENSE_STEPS_JOB=$(submit dense_steps "$EXPERT_GPUS" "afterok:$SEGMENT" "" \
    "R=; [ -f $OUT/dense_steps/checkpoint ] && R=--resume; $SRUN $EXPERT --out $OUT/dense_steps --steps $((E * STEPS)) \$R")
  DENSE_JOB="$DENSE_BATCH_JOB $DENSE_STEPS_JOB"
  EVAL_AFTER="$EVAL_AFTER:$DENSE_BATCH_JOB:$DENSE_STEPS_JOB"
  DENSE_FLAG="--dense-batch $OUT/dense_batch/model.ckpt --dense-steps $OUT/dense_steps/model.ckpt"
fi
EVAL=$(submit eval 1 "$EVAL_AFTER" "" \
  "./infer --routers $OUT/routers --experts '$OUT/expert_{e}/model.ckpt' $DENSE_FLAG --tokens $VAL --seq-len $S --prefix $M --json $OUT/results.json")

echo "submitted: routers $ROUTERS -> segment $SEGMENT -> experts $EXPERTS (array 0-$((E - 1)))${DENSE_JOB:+, dense $DENSE_JOB} -> eval $EVAL"
echo "logs: $OUT/logs/ | results: $OUT/results.json | squeue --me to follow"
