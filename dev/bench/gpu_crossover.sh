#!/usr/bin/env bash
# gpu_crossover.sh — the crossover (scripts/crossover.sh) on one NVIDIA GPU, in minutes: the CPU
# reproduction's models and corpus (scripts/pipeline.sh cpu, at the learning rate the crossover uses),
# carried to the GPU machine as one compressed file, trained there at budgets the CPU cannot afford, with
# seeds at the largest; the table, the fits and the figures come back in the output folder.
#
# The GPU machine needs: an NVIDIA GPU of compute capability 8.0 or later with its driver; the CUDA
# toolkit (nvcc, cuBLAS); g++ with OpenMP, make, awk, coreutils' timeout; python3 (its lzma and tarfile
# modules; matplotlib for the figures, else they are skipped). No network, no SentencePiece, MPI or NCCL.
#
# 1. Here, where the CPU corpus is (bash data/build_corpus.sh --cpu) and nlohmann/json is installed (make deps):
#      bash dev/bench/gpu_crossover.sh --prepare   packs data/corpus_out/cpu's token files into
#                                                  build/gpu_crossover/corpus_cpu.tar.xz (~15 MB) with their
#                                                  sha256 sums, and nlohmann/json's headers beside it
#      bash dev/bench/gpu_crossover.sh --dry-run   after make: checks every file, flag and tool the run uses;
#                                                  builds and trains nothing
# 2. Copy the repository with build/gpu_crossover/ (and without other build outputs) to the GPU machine,
#    e.g.:   { git ls-files -co --exclude-standard; find build/gpu_crossover -type f; } |
#              tar -c -T - | ssh gpuhost 'mkdir -p smalltalk.cu && tar -x -C smalltalk.cu'
# 3. There:  bash dev/bench/gpu_crossover.sh       (OUT=DIR for another output folder than out/gpu_crossover)
#    It unpacks the corpus (checking the sums), builds the four programs for that GPU, runs
#      scripts/crossover.sh --lr 1e-2 --precision fp32 --device cuda --steps $STEPS --experts $EXPERTS
#    (largest budget first; at the largest, each E's dense model also given the routers' FLOPs), then
#    scripts/seeds.sh --dense dense_flops for the largest E at the largest budget (seeds $SEEDS), each
#    under a time limit so that the whole stays within about 8 minutes (LIMIT_S, default 420 s after the
#    build): what does not finish in time is left out and the tables say what there is.
#    STEPS (default 475,1900,7600: x1/4, x1 and x4 of the CPU budget), EXPERTS (4,8)
#    and SEEDS (1,2) can be set in the environment. fp32, so that the GPU's losses continue the CPU's curves
#    (the CPU computes in fp32).
#
#      bash dev/bench/gpu_crossover.sh --mini      the same steps at a miniature size on data/default, on the
#                                                  programs in BIN (default .): with BIN=build/emu, the CUDA
#                                                  path on the CPU emulator (make test-all rehearses it so)
#
# Results, in the output folder: summary.md (the date, the commit, the GPU, each phase's time and verdict,
# the ms per step of each kind of run), crossover.md and crossover.png, crossover_fit.png (the fits),
# seeds.md; the runs themselves in OUT/runs/.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

MODE=run
case "${1:-}" in
  --prepare) MODE=prepare ;;
  --dry-run) MODE=dry ;;
  --mini) MODE=mini ;;
  -h|--help) sed -n '2,38p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
  "") ;;
  *) echo "error: gpu_crossover.sh: unknown argument '$1' (--prepare, --dry-run, --mini or nothing; --help)" >&2; exit 2 ;;
esac
PY=$(command -v /usr/bin/python3 || command -v python3)
# PACK and CORPUS can be set for a rehearsal of --prepare and --dry-run on other data (the tests use data/default).
PACK=${PACK:-build/gpu_crossover}
ARCHIVE=$PACK/corpus_cpu.tar.xz
CORPUS=${CORPUS:-data/corpus_out/cpu}
FILES=(corpus_train.bin corpus_val.bin corpus_train_labels.bin corpus_val_labels.bin)
MAX_MB=55
PROGRAMS=(train_router segment train_expert infer)
BIN=${BIN:-.}

if [ "$MODE" = prepare ]; then
  for f in "${FILES[@]}"; do
    [ -f "$CORPUS/$f" ] || { echo "gpu_crossover.sh: $CORPUS/$f is missing: bash data/build_corpus.sh --cpu first" >&2; exit 1; }
  done
  [ -f /usr/include/nlohmann/json.hpp ] || { echo "gpu_crossover.sh: /usr/include/nlohmann is missing: make deps (nlohmann-json3-dev)" >&2; exit 1; }
  rm -rf "$PACK" && mkdir -p "$PACK/include"
  cp -r /usr/include/nlohmann "$PACK/include/nlohmann"
  (cd "$CORPUS" && sha256sum "${FILES[@]}") > "$PACK/corpus_cpu.sha256"
  echo "packing ${FILES[*]} of $CORPUS (xz -6; about 1.5 minutes of one core)"
  tar -c -C "$CORPUS" "${FILES[@]}" | xz -6 -T1 > "$ARCHIVE.tmp" && mv "$ARCHIVE.tmp" "$ARCHIVE"
  mb=$(( $(stat -c %s "$ARCHIVE") / 1000000 ))
  [ "$mb" -le $MAX_MB ] || { echo "gpu_crossover.sh: $ARCHIVE is $mb MB, over the $MAX_MB MB a GPU machine can be sent" >&2; exit 1; }
  echo "prepared $PACK: $ARCHIVE ($mb MB) and nlohmann/json. Next: make && bash dev/bench/gpu_crossover.sh --dry-run,"
  echo "then copy the repository with $PACK to the GPU machine and run bash dev/bench/gpu_crossover.sh there (--help)."
  exit 0
fi

# What a run needs, checked before anything is built (the whole of --dry-run).
problems=()
need() { [ -e "$1" ] || problems+=("missing: $1${2:+ ($2)}"); }
for f in scripts/crossover.sh scripts/crossover.py scripts/pipeline.sh scripts/report.py scripts/seeds.sh; do need "$f"; done
if [ "$MODE" = mini ]; then
  need data/default/corpus_train.bin
  need data/default/corpus_val.bin
else
  need "$ARCHIVE" "bash dev/bench/gpu_crossover.sh --prepare where the CPU corpus is, and copy build/gpu_crossover along"
  need "$PACK/corpus_cpu.sha256" "bash dev/bench/gpu_crossover.sh --prepare"
  need "$PACK/include/nlohmann/json.hpp" "bash dev/bench/gpu_crossover.sh --prepare"
  for p in "${PROGRAMS[@]}"; do need "$p.cu"; done
fi
if [ "$MODE" = dry ] || [ "$MODE" = mini ]; then
  for p in "${PROGRAMS[@]}"; do [ -x "$BIN/$p" ] || problems+=("$BIN/$p is not built (make), so its flags cannot be checked"); done
  if [ -x "$BIN/train_expert" ]; then
    for f in --seed --lr --precision --device --steps --out; do "$BIN/train_expert" --help | grep -q -- "^  $f " || problems+=("train_expert has no $f"); done
  fi
  if [ -x "$BIN/infer" ]; then
    for f in --dense-steps --dense-batch --sweep --json --precision; do "$BIN/infer" --help | grep -q -- "^  $f " || problems+=("infer has no $f"); done
  fi
  for f in --lr --precision --routers-from --data --steps --experts --size --device --out; do
    grep -q -- "^    $f)" scripts/crossover.sh || problems+=("scripts/crossover.sh has no $f")
  done
  for tool in bash make awk timeout tar xz sha256sum; do command -v "$tool" > /dev/null || problems+=("no $tool on PATH"); done
  for s in scripts/crossover.sh scripts/pipeline.sh scripts/seeds.sh; do bash -n "$s" || problems+=("$s does not parse"); done
  "$PY" -m py_compile scripts/crossover.py scripts/report.py 2>/dev/null || problems+=("scripts/crossover.py or report.py does not compile")
fi
if [ ${#problems[@]} -gt 0 ]; then printf 'gpu_crossover.sh: %s\n' "${problems[@]}" >&2; exit 1; fi
if [ "$MODE" = dry ]; then
  mkdir -p "$PACK"
  echo "$(git rev-parse --short HEAD)$(git diff --quiet HEAD 2>/dev/null || echo '+changes')" > "$PACK/commit"
  echo "gpu_crossover.sh --dry-run: every file, flag and tool the run uses is there (commit $(cat "$PACK/commit"); $ARCHIVE $(( $(stat -c %s "$ARCHIVE") / 1000000 )) MB)"
  exit 0
fi

if [ "$MODE" = mini ]; then
  OUT=${OUT:-out/gpu_crossover_mini}
  SIZE=emu STEPS=${STEPS:-2} EXPERTS=${EXPERTS:-4} SEEDS=${SEEDS:-1} LIMIT_S=${LIMIT_S:-1200}
  DEVICE=${DEVICE:-cuda} LR=3e-3
else
  OUT=${OUT:-out/gpu_crossover}
  SIZE=cpu STEPS=${STEPS:-475,1900,7600} EXPERTS=${EXPERTS:-4,8} SEEDS=${SEEDS:-1,2} LIMIT_S=${LIMIT_S:-420}
  DEVICE=cuda LR=1e-2
fi
DATA=$OUT/data
rm -rf "$OUT" && mkdir -p "$OUT/runs" "$DATA"
SUMMARY=$OUT/summary.md
START=$SECONDS
COMMIT=$(cat "$PACK/commit" 2>/dev/null || git rev-parse --short HEAD 2>/dev/null || echo '?')
{ echo "# gpu_crossover.sh${MODE/run/}, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT"; echo; } > "$SUMMARY"
say() { echo "$*" | tee -a "$SUMMARY"; }
# phase NAME LIMIT COMMAND...: under a time limit, its output in OUT/NAME.log and on the terminal, a line in the summary.
phase() {
  local name=$1 limit=$2; shift 2
  local t0=$SECONDS
  echo "== $name (limit ${limit} s, at $((SECONDS - START)) s)"
  timeout --kill-after=10 "$limit" bash -c "$*" 2>&1 | tee "$OUT/$name.log"
  local rc=${PIPESTATUS[0]}
  local verdict=ok
  [ "$rc" -eq 124 ] && verdict="TIMED OUT after $limit s (what finished is kept)"
  [ "$rc" -ne 0 ] && [ "$rc" -ne 124 ] && verdict="FAILED (exit $rc)"
  say "- $name: $verdict in $((SECONDS - t0)) s"
  return "$rc"
}

if [ "$MODE" = mini ]; then
  # A few hundred sequences of the default data: what the emulator trains and scores in seconds.
  "$PY" - "$DATA" <<'PY' || exit 1
import struct, sys
out = sys.argv[1]
for name, n in (("corpus_train.bin", 240 * 32 + 1), ("corpus_val.bin", 40 * 32 + 1)):
    with open("data/default/" + name, "rb") as f:
        header = bytearray(f.read(1024))
        width = struct.unpack_from("<i", header, 20)[0]
        body = f.read(n * width)
    struct.pack_into("<q", header, 8, n)
    with open(f"{out}/{name}", "wb") as f:
        f.write(header + body)
PY
  say "- data: the first 240 and 40 sequences of 32 tokens of data/default"
else
  { echo '```'; nvidia-smi --query-gpu=name,memory.total,clocks.max.sm,driver_version,compute_cap --format=csv,noheader
    nvcc --version | tail -n 2; nproc; echo '```'; } 2>&1 | tee -a "$SUMMARY"
  SUMS=$(cd "$PACK" && pwd)/corpus_cpu.sha256
  phase unpack 120 "tar -x -J -f $ARCHIVE -C $DATA && cd $DATA && sha256sum -c --quiet $SUMS" || exit 1
  CAP=$(nvidia-smi --query-gpu=compute_cap --format=csv,noheader 2>/dev/null | head -1 | tr -d .)
  CAP=${CAP:-90}
  CUFLAGS="-O2 -std=c++17 -Xcompiler -fopenmp,-fno-trapping-math -gencode arch=compute_$CAP,code=sm_$CAP -I$PACK/include"
  phase build 300 "make -j\$(nproc) NO_MPI=1 NO_NCCL=1 CUFLAGS='$CUFLAGS -MMD -MP' ${PROGRAMS[*]}" || exit 1
fi

# The crossover, largest budget first, then the seeds: each within what is left of LIMIT_S.
T0=$SECONDS
CROSS=(bash scripts/crossover.sh --size "$SIZE" --data "$DATA" --steps "$STEPS" --experts "$EXPERTS" --lr "$LR"
       --precision fp32 --device "$DEVICE" --seeds "" --out "$OUT/runs")
phase crossover "$LIMIT_S" "BIN=$BIN $(printf '%q ' "${CROSS[@]}")"
largest=$(echo "$STEPS" | tr ',' '\n' | sort -n | tail -n 1)
emax=$(echo "$EXPERTS" | tr ',' '\n' | sort -n | tail -n 1)
decider="$OUT/runs/E${emax}_s$((largest * 4 / emax))"  # the largest E at the largest budget
left=$((LIMIT_S - (SECONDS - T0)))
if [ -f "$decider/dense_flops.json" ] && [ "$left" -gt 10 ]; then
  phase seeds "$left" "BIN=$BIN bash scripts/seeds.sh $decider --dense dense_flops --seeds $SEEDS"
else
  say "- seeds: not run (no finished run of E = $emax at the largest budget with its dense model of the same FLOPs, or no time left)"
fi
# Whatever finished: the table and the figures (crossover.sh writes them too when it ends in time).
"$PY" scripts/crossover.py "$OUT/runs" --size "$SIZE" > "$OUT/crossover.md" 2> "$OUT/crossover_py.log"
cp "$OUT"/runs/crossover*.png "$OUT/" 2>/dev/null
[ -f "$decider/seeds_dense_flops.md" ] && cp "$decider/seeds_dense_flops.md" "$OUT/seeds.md"
# What a step costs on this device: each kind of run's median ms per step, from its log.
say ""
say "ms per step (median of each run's step lines):"
for log in "$OUT"/runs/E*_s*/{expert_0,dense_batch,dense_steps,dense_flops}.txt; do
  [ -f "$log" ] || continue
  ms=$(grep -E '^step' "$log" | awk '{for (i = 1; i < NF; i++) if ($(i + 1) == "ms") print $i}' | sort -n | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]}')
  say "- ${log#"$OUT"/runs/}: ${ms:-?} ms"
done
say ""
say "total: $((SECONDS - START)) s. Results: $OUT/crossover.md, $OUT/seeds.md, $OUT/crossover.png, $OUT/crossover_fit.png"
