#!/usr/bin/env python3
"""PyTorch on the CPU, training the same model as ./train_expert, for the CPU speed comparison (docs/results.md).

Same model (dev/torch_reference.py, here in float32), same batch, same optimizer; random tokens
(speed does not depend on the data). Prints tokens/s as the median of the timed steps.

    /usr/bin/python3 dev/bench/torch_cpu.py [--layers 4 --heads 4 --channels 128 --vocab 8192 --seq-len 256 --batch 8]

Needs Debian's python3-torch; it is far faster with libopenblas0-pthread installed (Debian's default
BLAS is the reference one).
"""
import argparse
import os
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from torch_reference import MATRICES, NAMES, forward  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--channels", type=int, default=128)
    ap.add_argument("--vocab", type=int, default=8192)
    ap.add_argument("--seq-len", type=int, default=256)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--steps", type=int, default=12)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)

    L, C, V = args.layers, args.channels, args.vocab
    Vp = (V + 127) // 128 * 128
    shapes = [(Vp, C), (L, C), (L, C), (L, 3 * C, C), (L, 3 * C), (L, C, C), (L, C), (L, C), (L, C),
              (L, 4 * C, C), (L, 4 * C), (L, C, 4 * C), (L, C), (C,), (C,)]
    p = {n: (torch.randn(s) * 0.02).requires_grad_() for n, s in zip(NAMES, shapes)}
    cfg = dict(V=V, Vp=Vp, L=L, H=args.heads, C=C, base=10000)
    groups = [{"params": [p[n] for n in NAMES if n in MATRICES], "weight_decay": 0.1},
              {"params": [p[n] for n in NAMES if n not in MATRICES], "weight_decay": 0.0}]
    opt = torch.optim.AdamW(groups, lr=1e-3, betas=(0.9, 0.99), eps=1e-8)
    B, T = args.batch, args.seq_len
    times = []
    for step in range(args.steps):
        inputs = torch.randint(0, V, (B, T))
        targets = torch.randint(0, V, (B, T))
        t0 = time.perf_counter()
        opt.zero_grad()
        _, loss = forward(cfg, p, inputs, targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_([p[n] for n in NAMES], 1.0)
        opt.step()
        times.append(time.perf_counter() - t0)
        print(f"step {step + 1}: loss {loss.item():.4f}, {1000 * times[-1]:.1f} ms", file=sys.stderr)
    median = statistics.median(times[2:])  # the first steps warm up the allocator
    print(f"pytorch {torch.__version__} cpu, {args.threads} threads | L {L} H {args.heads} C {C} V {V} | "
          f"batch {B} x {T}: {B * T / median:.0f} tokens/s (median {1000 * median:.1f} ms/step)")


if __name__ == "__main__":
    main()
