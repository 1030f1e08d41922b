#!/usr/bin/env bash
# gpu_first_run.sh — checks and times smalltalk.cu on a machine with one NVIDIA GPU, in one command:
# builds the programs, benchmarks and GPU tests for that GPU, runs the tests, trains the 124M model against
# PyTorch, times the kernels, the tiny model in every precision and the routers, and writes a summary.
# Run it first on any new GPU machine. docs/performance.md has the figures of its runs so far.
#
# The GPU machine needs: an NVIDIA GPU of compute capability 8.0 or later (A100, H100, H200, ...) with
# its driver (nvidia-smi); the CUDA toolkit (nvcc, cuBLAS, cuBLASLt); g++ with OpenMP, make, awk and
# coreutils' timeout; python3 with numpy and a CUDA build of PyTorch 2 (torch.compile, SDPA), for the
# comparison. It needs no network, nor GoogleTest, nlohmann/json, SentencePiece, MPI or NCCL installed
# (step 1 below brings the first two; the build leaves MPI and NCCL out, or takes PyTorch's pip NCCL).
#
# 1. Where GoogleTest and nlohmann/json are installed (Debian: libgtest-dev, nlohmann-json3-dev, which
#    'make deps' installs), in the repository:
#      bash dev/bench/gpu_first_run.sh --prepare   copies GoogleTest's sources and nlohmann/json's
#                                                  headers into build/device/ (git-ignored, a few MB)
#      bash dev/bench/gpu_first_run.sh --dry-run   optional, after 'make': checks every file, program flag
#                                                  and tool the run will use against the programs built
#                                                  there; builds and runs nothing; writes
#                                                  build/device/commit, the commit summary.md names
# 2. Copy the repository to the GPU machine with build/device/ and without build outputs, e.g. from
#    the repository's root:
#      { git ls-files -co --exclude-standard; find build/device -type f; } |
#        tar -c -T - | ssh gpuhost 'mkdir -p smalltalk.cu && tar -x -C smalltalk.cu'
#    (If the GPU machine has those two packages itself, 'git clone' there and run --prepare there.)
# 3. On the GPU machine, in the repository:
#      bash dev/bench/gpu_first_run.sh             (OUT=DIR bash dev/bench/gpu_first_run.sh for another
#                                                  output folder)
#    Typically 3-5 minutes on an H100 or H200 (its two runs so far: 163 s and 239 s); the steps' time
#    limits add up to about 14 minutes.
#
# Steps, each under its own time limit so that one that hangs cannot hold up the others (they run in
# the order 1, 2, 3, 5, 4, 6, 7: correctness first, then the comparison with PyTorch):
#   1 environment (nvidia-smi, nvcc, PyTorch) into summary.md                   ~5 s
#   2 build: the four programs, the dev/cuda benchmarks and a GPU test binary,
#     CUDA for this GPU only (sm_90 on an H100/H200), 16 jobs                  ~3 min
#   3 the GPU tests: test/gpu/ptx_check (kernels/ptx.cuh's known answers), then every *Cuda* test
#     (the CUDA path against the CPU reference)                               ~1 min
#   4 the dev/cuda microbenchmarks (each checks, then times; attention's v4 to v6 are
#     our flash attention), PyTorch's SDPA on attention's shapes
#     (dev/bench/sdpa.py), then dev/cuda/model: the whole model on the GPU
#     against the CPU, tensor by tensor, 30 steps, in fp32 and in bf16        ~60 s
#   5 train_expert against PyTorch (compile, bf16 autocast, SDPA) on the 124M
#     model at S 1024, batch 8 (dev/bench/expert_vs_torch.sh): both tokens/s,
#     both MFU, the ratio; then train_expert with --precision fp32 (the default
#     is bf16)                                                                ~2 min
#   6 the tiny model, 200 steps on the default data, on the GPU in every
#     precision train_expert offers, and 20 on the CPU (the loss curves)        ~1 min
#   7 segment: E = 4 and 32 routers of the paper's size (router-4m, prefix
#     256 of 1024) against one expert step of the 124M model (routers' share)  ~1 min
#
# Results, in the output folder (out/gpu_first_run unless OUT is set), 8 files:
#   summary.md              the date, the commit, the environment, one line per step (ok, FAILED or TIMED
#                           OUT, and its seconds), step 5's tokens/s, MFU and ratio lines, the total time
#   2a_build_programs.log   make: the programs and the dev/cuda benchmarks
#   2b_build_tests.log      the GPU tests' build
#   3_gpu_tests.log         ptx_check and GoogleTest's output for the *Cuda* tests
#   4_microbenchmarks.log   each dev/cuda benchmark's check and times, PyTorch's SDPA, dev/cuda/model
#   5_expert_vs_torch.log   train_expert and PyTorch on the 124M model, the ratio, the fp32 run
#   6_tiny_precisions.log   the tiny model's losses in each precision, on the GPU and the CPU
#   7_segment_share.log     the routers' training, segment's sequences/s at E = 4 and 32, an expert step
# A step whose build failed is skipped. Models, token files and the like go to out/gpu_first_run_scratch/,
# the GPU test binaries to build/device/. To bring the results back, e.g.:
#   rsync -a gpuhost:smalltalk.cu/out/gpu_first_run/ out/gpu_first_run/
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

MODE=run
case "${1:-}" in
  --prepare) MODE=prepare ;;
  --dry-run) MODE=dry ;;
  -h|--help) sed -n '2,64p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
  "") ;;
  *) echo "error: gpu_first_run.sh: unknown argument '$1' (--prepare, --dry-run or nothing)" >&2; exit 2 ;;
esac
DEV=build/device
PROGRAMS=(train_expert train_router segment infer)
GPU_TESTS=(test_attention test_kernels test_matmul test_model test_optimizer test_routing)
BENCHES=(crossentropy adamw layernorm gelu matmul attention model)  # model: the whole model against the CPU, 30 steps

if [ "$MODE" = prepare ]; then
  [ -d /usr/src/googletest/googletest/src ] || { echo "gpu_first_run.sh: /usr/src/googletest is missing: make deps (libgtest-dev)" >&2; exit 1; }
  [ -f /usr/include/nlohmann/json.hpp ] || { echo "gpu_first_run.sh: /usr/include/nlohmann is missing: make deps (nlohmann-json3-dev)" >&2; exit 1; }
  rm -rf "$DEV" && mkdir -p "$DEV/include"
  cp -r /usr/src/googletest/googletest "$DEV/googletest"
  cp -r /usr/include/nlohmann "$DEV/include/nlohmann"
  echo "prepared $DEV ($(du -sh "$DEV" | cut -f1)). Next: bash dev/bench/gpu_first_run.sh --dry-run (after make),"
  echo "then copy the repository with $DEV to the GPU machine and run bash dev/bench/gpu_first_run.sh there (--help)."
  exit 0
fi

# What the run needs, checked before anything is built (the whole of --dry-run).
problems=()
need() { [ -e "$1" ] || problems+=("missing: $1${2:+ ($2)}"); }
need "$DEV/googletest/src/gtest-all.cc" "bash dev/bench/gpu_first_run.sh --prepare where libgtest-dev is installed, and copy build/device along"
need "$DEV/include/nlohmann/json.hpp" "bash dev/bench/gpu_first_run.sh --prepare"
for p in "${PROGRAMS[@]}"; do need "$p.cu"; done
for t in "${GPU_TESTS[@]}"; do need "test/$t.cu"; done
for b in "${BENCHES[@]}"; do need "dev/cuda/$b.cu"; done
for f in test/main.cpp test/helpers.h test/gpu/ptx_check.cu dev/bench/expert_vs_torch.sh dev/bench/torch_gpu.py dev/bench/sdpa.py \
         data/default/corpus_train.bin data/default/corpus_val.bin; do need "$f"; done
if [ "$MODE" = dry ]; then
  # The flags the steps pass, against the programs' --help (built here).
  for p in "${PROGRAMS[@]}"; do [ -x "./$p" ] || problems+=("./$p is not built here (make), so its flags cannot be checked"); done
  if [ -x ./train_expert ]; then
    for f in --model --layers --heads --channels --train --val --seq-len --batch --steps --warmup --val-every --sample-every --out --device; do
      ./train_expert --help | grep -q -- "^  $f " || problems+=("train_expert has no $f")
    done
  fi
  if [ -x ./train_router ]; then
    for f in --model --experts --iterations --sequences --prefix --seq-len --device --out; do
      ./train_router --help | grep -q -- "^  $f " || problems+=("train_router has no $f")
    done
  fi
  if [ -x ./segment ]; then
    for f in --routers --tokens --seq-len --prefix --out --device --batch; do ./segment --help | grep -q -- "^  $f " || problems+=("segment has no $f"); done
  fi
  for tool in bash make awk timeout; do command -v "$tool" > /dev/null || problems+=("no $tool on PATH"); done
  bash -n dev/bench/expert_vs_torch.sh || problems+=("dev/bench/expert_vs_torch.sh does not parse")
  /usr/bin/python3 -m py_compile dev/bench/torch_gpu.py 2>/dev/null || problems+=("dev/bench/torch_gpu.py does not compile")
  /usr/bin/python3 -m py_compile dev/bench/sdpa.py 2>/dev/null || problems+=("dev/bench/sdpa.py does not compile")
  if [ ${#problems[@]} -gt 0 ]; then printf 'gpu_first_run.sh --dry-run: %s\n' "${problems[@]}" >&2; exit 1; fi
  # The commit the run will measure (with "+changes" when the tree differs from it), for summary.md.
  echo "$(git rev-parse --short HEAD)$(git diff --quiet HEAD 2>/dev/null || echo '+changes')" > "$DEV/commit"
  echo "gpu_first_run.sh --dry-run: every file, flag and tool the run uses is there (commit $(cat "$DEV/commit"))"
  exit 0
fi
if [ ${#problems[@]} -gt 0 ]; then printf 'gpu_first_run.sh: %s\n' "${problems[@]}" >&2; exit 1; fi

OUT=${OUT:-out/gpu_first_run}
W=out/gpu_first_run_scratch
mkdir -p "$OUT" "$W"
SUMMARY="$OUT/summary.md"
START=$SECONDS
# The commit: from build/device/commit, written by --dry-run before the repository was copied here (a
# copy may have no .git, or a stale one), else from git.
COMMIT=$(cat "$DEV/commit" 2>/dev/null || git rev-parse --short HEAD 2>/dev/null || echo '?')
{ echo "# gpu_first_run.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT"; echo; } > "$SUMMARY"
say() { echo "$*" | tee -a "$SUMMARY"; }
# step NAME LIMIT_S COMMAND...: runs it under a time limit, its output in $OUT/NAME.log, one line in the summary.
step() {
  local name=$1 limit=$2; shift 2
  local t0=$SECONDS
  echo "== $name (limit ${limit} s, at $((SECONDS - START)) s)"
  timeout --kill-after=10 "$limit" bash -c "$*" > "$OUT/$name.log" 2>&1
  local rc=$?
  local verdict=ok
  [ $rc -eq 124 ] && verdict="TIMED OUT after $limit s"
  [ $rc -ne 0 ] && [ $rc -ne 124 ] && verdict="FAILED (exit $rc)"
  say "- $name: $verdict in $((SECONDS - t0)) s (log: $name.log)"
  tail -n 5 "$OUT/$name.log"
  return $rc
}

echo "== 1 environment"
{ echo '```'; nvidia-smi --query-gpu=name,memory.total,clocks.max.sm,driver_version,compute_cap --format=csv,noheader; nvcc --version | tail -n 2
  python3 -c 'import torch; print("torch", torch.__version__, "CUDA", torch.version.cuda)'; nproc; echo '```'; } 2>&1 | tee -a "$SUMMARY"
CAP=$(nvidia-smi --query-gpu=compute_cap --format=csv,noheader 2>/dev/null | head -1 | tr -d .)
CAP=${CAP:-90}
ARCH="-gencode arch=compute_$CAP,code=sm_$CAP"
# PyTorch's pip NCCL, if there is one, else no NCCL (one GPU needs none).
NCCL_ARGS="NO_NCCL=1"
NCCL_DIR=$(python3 -c 'import nvidia.nccl as n; print(n.__path__[0])' 2>/dev/null || true)
[ -n "$NCCL_DIR" ] && [ -f "$NCCL_DIR/include/nccl.h" ] && NCCL_ARGS="NCCL_HOME=$NCCL_DIR"
NVCC=$(command -v nvcc || echo /usr/local/cuda/bin/nvcc)
CUFLAGS="-O2 -std=c++17 -Xcompiler -fopenmp,-fno-trapping-math $ARCH -I$DEV/include"
GTEST="-I$DEV/googletest/include"

# 2. Build, in two halves at once: make for the programs and benchmarks (CUDA for this GPU only), and the
# GPU tests by hand against GoogleTest's sources in build/device (this machine need not have libgtest-dev).
# A failed half skips only the steps that need it.
step 2a_build_programs 240 "make -j12 NO_MPI=1 $NCCL_ARGS CUFLAGS='$CUFLAGS -MMD -MP' ${PROGRAMS[*]} ${BENCHES[*]/#/dev/cuda/}" &
BUILD_PID=$!
step 2b_build_tests 240 "
  set -e
  mkdir -p $DEV/obj
  (g++ -O2 -std=c++17 $GTEST -I$DEV/googletest -c $DEV/googletest/src/gtest-all.cc -o $DEV/obj/gtest-all.o &&
   g++ -O2 -std=c++17 -fopenmp $GTEST -c test/main.cpp -o $DEV/obj/main.o) &
  $NVCC -x cu $CUFLAGS -I. test/gpu/ptx_check.cu -o $DEV/ptx_check &
  for t in ${GPU_TESTS[*]}; do echo \$t; done | xargs -P 6 -I{} $NVCC -x cu $CUFLAGS $GTEST -c test/{}.cu -o $DEV/obj/{}.o
  wait
  $NVCC -Xcompiler -fopenmp $DEV/obj/*.o -o $DEV/gpu_tests -lcublasLt -lcublas -lpthread
"
TESTS_BUILT=$?
wait $BUILD_PID
PROGRAMS_BUILT=$?

# Most telling first: the GPU tests (correctness), then the comparison with PyTorch (speed).
[ $TESTS_BUILT -eq 0 ] && step 3_gpu_tests 90 "$DEV/ptx_check; $DEV/gpu_tests --gtest_filter='*Cuda*'"
if [ $PROGRAMS_BUILT -eq 0 ]; then
  # train_expert's default precision against PyTorch, then train_expert in fp32 for the difference.
  step 5_expert_vs_torch 200 "OUT=$W/bench STEPS=30 WARMUP=10 bash dev/bench/expert_vs_torch.sh &&
    echo '== train_expert --precision fp32 (15 steps)' &&
    ./train_expert --model gpt2-124m --precision fp32 --device cuda --train $W/bench/random_v50257.bin --val '' \
      --seq-len 1024 --batch 8 --total-batch 8192 --steps 15 --warmup 0 --val-every 0 --sample-every 0 \
      --out $W/bench/expert_fp32 | grep -E '^step +1[45]/'"
  grep -E "tokens/s|ratio|MFU" "$OUT/5_expert_vs_torch.log" | sed 's/^/  /' >> "$SUMMARY"
  step 4_microbenchmarks 100 "for b in ${BENCHES[*]}; do echo \"== \$b\"; ./dev/cuda/\$b || exit 1;
    if [ \$b = attention ]; then echo '== PyTorch SDPA, the same shapes'; python3 dev/bench/sdpa.py; fi; done
    echo '== model, the GPU copy in bf16'; ./dev/cuda/model --precision bf16 --tolerance 5e-2"
  # 6. The tiny model in each precision train_expert's --help lists (fp32, tf32, bf16 when it lands).
  PRECISIONS=fp32 PRECISION_FLAG=0
  if ./train_expert --help | grep -q -- "--precision"; then
    PRECISIONS=$(./train_expert --help | grep -- "--precision" | grep -oE '(fp32|tf32|bf16)' | sort -u | tr '\n' ' ')
    PRECISION_FLAG=1
  fi
  step 6_tiny_precisions 75 "
    set -e
    for p in $PRECISIONS; do
      flag=''; [ $PRECISION_FLAG = 1 ] && flag=\"--precision \$p\"
      ./train_expert --model tiny --steps 200 --device cuda \$flag --sample-every 0 --val-every 50 --out $W/tiny_\$p | grep -E '^(step +(1|50|100|150|200)/|val)'
    done
    ./train_expert --model tiny --steps 20 --device cpu --sample-every 0 --val-every 0 --out $W/tiny_cpu | tail -n 2
  "
  # 7. The routers' share: E routers of the paper's size scoring 1024-token sequences' first 256 tokens.
  step 7_segment_share 120 "
    set -e
    python3 - $W/random_v50257.bin <<'PY'
import os, sys
import numpy as np
path, n = sys.argv[1], 4096 * 1024 + 1
if not os.path.exists(path):
    header = np.zeros(256, dtype='<i4'); header[0], header[1] = 20251101, 1
    header[2:4] = np.array([n], dtype='<i8').view('<i4'); header[4:8] = (50257, 2, 50256, -1)
    with open(path + '.tmp', 'wb') as f:
        f.write(header.tobytes()); f.write(np.random.default_rng(1).integers(0, 50257, n, dtype=np.uint16).astype('<u2').tobytes())
    os.replace(path + '.tmp', path)
PY
    ./train_router --model router-4m --experts 32 --iterations 1 --sequences 256 --prefix 256 --seq-len 1024 \
      --train $W/random_v50257.bin --val '' --device cuda --out $W/routers32 | tail -n 2
    for E in 4 32; do  # E routers take E times one router's time: the two ends say it
      # E < 32 reads the first E of the 32 through links (linking routers32 to itself would replace them).
      if [ \$E -lt 32 ]; then
        mkdir -p $W/routers\$E
        for ((e = 0; e < E; e++)); do f=\$(printf router_%02d.ckpt \$e); ln -sf ../routers32/\$f $W/routers\$E/\$f; done
      fi
      echo \"== E = \$E\"
      ./segment --routers $W/routers\$E --tokens $W/random_v50257.bin --seq-len 1024 --prefix 256 --device cuda --out $W/assign\$E.bin | grep -E 'sequences/s|in [0-9.]+ s'
    done
    echo '== one step of the 124M expert (8 x 1024 tokens), for the share'
    grep -E '^step' $W/bench/expert/log.txt | tail -n 3
  "
fi
say ""
say "total: $((SECONDS - START)) s. Next: copy the figures into docs/performance.md (command, device, date)."
