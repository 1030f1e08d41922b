#!/usr/bin/env bash
# expert_vs_torch.sh — train_expert against PyTorch on one GPU, in one run: ./train_expert and PyTorch
# (dev/bench/torch_gpu.py: compiled, bf16 autocast, SDPA, fused AdamW) train the same model at the same
# batch on random tokens of GPT-2's vocabulary; prints both tokens/s and the ratio (the goal: >= 1.15).
# Needs ./train_expert built by make (with nvcc, for the GPU), and python3 with numpy and PyTorch 2 (a
# CUDA build, for the GPU). About a minute or two at the defaults, most of it torch.compile.
#
#   bash dev/bench/expert_vs_torch.sh                 # gpt2-124m, S 1024, batch 8, 40 steps, on the GPU
#   DEVICE=cpu MODEL="--layers 1 --heads 2 --channels 32" TORCH="--device cpu --dtype fp32 --no-compile \
#     --layers 1 --heads 2 --channels 32" T=32 B=2 STEPS=6 WARMUP=2 bash dev/bench/expert_vs_torch.sh   # smoke test
#
# Settings (environment): B, T, STEPS, WARMUP (steps left out of the medians), MODEL (train_expert's model
# flags), TORCH (torch_gpu.py's extra flags), DEVICE, OUT (scratch folder), PYTHON.
# Ran on an H200 on 2026-12-04 (in gpu_first_run.sh): docs/performance.md has the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
B=${B:-8} T=${T:-1024} STEPS=${STEPS:-40} WARMUP=${WARMUP:-10} DEVICE=${DEVICE:-cuda}
MODEL=${MODEL:---model gpt2-124m} TORCH=${TORCH:-} OUT=${OUT:-out/bench} PYTHON=${PYTHON:-python3}
[ -x ./train_expert ] || { echo "error: ./train_expert not built: run make" >&2; exit 1; }
mkdir -p "$OUT"

# Random tokens with GPT-2's vocabulary (50257, 2 bytes a token), in the token file format of
# docs/formats.md: enough for every step, so that no sequence repeats.
tokens="$OUT/random_v50257.bin"
"$PYTHON" - "$tokens" $(( STEPS * B * T + 1 )) <<'PY'
import os, sys
import numpy as np
path, n = sys.argv[1], int(sys.argv[2])
header = np.zeros(256, dtype="<i4")
header[0], header[1] = 20251101, 1                  # token file magic, version
header[2:4] = np.array([n], dtype="<i8").view("<i4")  # token count (int64)
header[4], header[5], header[6], header[7] = 50257, 2, 50256, -1  # vocabulary, bytes per token, BOS, no EOS
body = np.random.default_rng(0).integers(0, 50257, size=n, dtype=np.uint16)
with open(path + ".tmp", "wb") as f:
    f.write(header.tobytes())
    f.write(body.astype("<u2").tobytes())
os.replace(path + ".tmp", path)
PY

[ "$DEVICE" = cuda ] && command -v nvidia-smi > /dev/null && nvidia-smi --query-gpu=name,memory.total,clocks.max.sm --format=csv,noheader
echo "== train_expert ($MODEL, S $T, batch $B, $STEPS steps)"
rm -rf "$OUT/expert"
./train_expert $MODEL --device "$DEVICE" --train "$tokens" --val "" --seq-len "$T" --batch "$B" --total-batch $(( B * T )) \
    --steps "$STEPS" --warmup 0 --val-every 0 --sample-every 0 --out "$OUT/expert" | tail -3
# The median of the logged tokens/s after the warm-up steps.
ours=$(awk -v w="$WARMUP" '$1 == "step" && $2 > w { for (i = 1; i < NF; i++) if ($i == "tok/s") print $(i + 1) }' \
       "$OUT/expert/log.txt" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo "train_expert: $ours tokens/s (median of steps $(( WARMUP + 1 ))-$STEPS)"

echo "== PyTorch"
theirs_line=$("$PYTHON" dev/bench/torch_gpu.py --batch "$B" --seq-len "$T" --steps "$STEPS" --warmup "$WARMUP" $TORCH 2>"$OUT/torch.log")
echo "$theirs_line"
theirs=$(echo "$theirs_line" | awk '{ print $2 }')
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "ratio: train_expert / PyTorch = %.2f (the goal: >= 1.15 on an H100)\n", a / b }'
