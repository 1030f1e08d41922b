#!/usr/bin/env python3
"""The model of common/model.h in PyTorch, written independently of its C++/CUDA code, for the tests.

Loads a smalltalk.cu checkpoint (docs/formats.md), runs one batch, and writes what the engine
must reproduce: the logits, the mean loss, every parameter's gradient (in checkpoint order), and
the losses of N AdamW steps on the same batch (torch.optim.AdamW, decay on matrices only,
clip_grad_norm_). Computes in float64 so that the comparison measures the engine's error only.

    python3 dev/torch_reference.py --ckpt m.ckpt --batch batch.bin --out ref.bin [--steps 10 ...]

batch.bin: int32 B, int32 T, then B*T int32 inputs and B*T int32 targets.
ref.bin:   float32 logits (B*T*Vp), float32 loss, float32 gradients (P), int32 N, float32 losses (N).
Needs Debian's python3-torch (CPU).
"""
import argparse
import math
import os
import struct

import numpy as np
import torch
import torch.nn.functional as F

NAMES = ["wte", "ln1w", "ln1b", "qkvw", "qkvb", "attprojw", "attprojb", "ln2w", "ln2b",
         "fcw", "fcb", "fcprojw", "fcprojb", "lnfw", "lnfb"]
MATRICES = {"wte", "qkvw", "attprojw", "fcw", "fcprojw"}


def load_checkpoint(path):
    with open(path, "rb") as f:
        header = np.frombuffer(f.read(1024), dtype="<i4")
        assert header[0] == 20251105 and header[1] == 1, f"{path}: not a version-1 checkpoint"
        V, Vp, maxT, L, H, C, base = (int(x) for x in header[2:9])
        body = np.frombuffer(f.read(), dtype="<f4")
    shapes = [(Vp, C), (L, C), (L, C), (L, 3 * C, C), (L, 3 * C), (L, C, C), (L, C), (L, C), (L, C),
              (L, 4 * C, C), (L, 4 * C), (L, C, 4 * C), (L, C), (C,), (C,)]
    params, offset = {}, 0
    for name, shape in zip(NAMES, shapes):
        n = int(np.prod(shape))
        params[name] = torch.tensor(body[offset:offset + n].reshape(shape), dtype=torch.float64, requires_grad=True)
        offset += n
    assert offset == body.size, f"{path}: size does not match its shape"
    return dict(V=V, Vp=Vp, L=L, H=H, C=C, base=base), params


def rope(x, base):
    """Rotate-half RoPE on (B, NH, T, HS): pairs (i, i + HS/2) turn by t * base^(-2i/HS)."""
    T, HS = x.shape[-2], x.shape[-1]
    freq = base ** (-torch.arange(0, HS // 2, dtype=torch.float64) * 2 / HS)
    angle = torch.arange(T, dtype=torch.float64)[:, None] * freq[None, :]
    cos, sin = torch.cos(angle).to(x.dtype), torch.sin(angle).to(x.dtype)
    x1, x2 = x[..., :HS // 2], x[..., HS // 2:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


def forward(cfg, p, inputs, targets):
    B, T = inputs.shape
    C, NH, L = cfg["C"], cfg["H"], cfg["L"]
    HS = C // NH
    x = p["wte"][inputs]
    mask = torch.ones(T, T, dtype=torch.bool).tril()
    for l in range(L):
        h = F.layer_norm(x, (C,), p["ln1w"][l], p["ln1b"][l], 1e-5)
        qkv = h @ p["qkvw"][l].T + p["qkvb"][l]
        q, k, v = (t.view(B, T, NH, HS).transpose(1, 2) for t in qkv.split(C, dim=-1))
        q, k = rope(q, cfg["base"]), rope(k, cfg["base"])
        att = (q @ k.transpose(-2, -1)) / math.sqrt(HS)
        att = att.masked_fill(~mask, float("-inf")).softmax(dim=-1)
        y = (att @ v).transpose(1, 2).reshape(B, T, C)
        x = x + y @ p["attprojw"][l].T + p["attprojb"][l]
        h = F.layer_norm(x, (C,), p["ln2w"][l], p["ln2b"][l], 1e-5)
        h = F.gelu(h @ p["fcw"][l].T + p["fcb"][l], approximate="tanh")
        x = x + h @ p["fcprojw"][l].T + p["fcprojb"][l]
    x = F.layer_norm(x, (C,), p["lnfw"], p["lnfb"], 1e-5)
    logits = x @ p["wte"].T
    loss = F.cross_entropy(logits[..., :cfg["V"]].reshape(B * T, -1), targets.reshape(-1))
    return logits, loss


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--batch", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--beta2", type=float, default=0.99)
    ap.add_argument("--weight-decay", type=float, default=0.1)
    ap.add_argument("--clip", type=float, default=1.0)
    args = ap.parse_args()

    cfg, p = load_checkpoint(args.ckpt)
    raw = np.fromfile(args.batch, dtype="<i4")
    B, T = int(raw[0]), int(raw[1])
    inputs = torch.tensor(raw[2:2 + B * T].reshape(B, T), dtype=torch.long)
    targets = torch.tensor(raw[2 + B * T:2 + 2 * B * T].reshape(B, T), dtype=torch.long)

    logits, loss = forward(cfg, p, inputs, targets)
    loss.backward()
    grads = torch.cat([p[n].grad.reshape(-1) for n in NAMES])
    out_logits, out_loss = logits.detach().reshape(-1), float(loss)

    groups = [{"params": [p[n] for n in NAMES if n in MATRICES], "weight_decay": args.weight_decay},
              {"params": [p[n] for n in NAMES if n not in MATRICES], "weight_decay": 0.0}]
    opt = torch.optim.AdamW(groups, lr=args.lr, betas=(0.9, args.beta2), eps=1e-8)
    losses = []
    for _ in range(args.steps):
        opt.zero_grad()
        _, step_loss = forward(cfg, p, inputs, targets)
        step_loss.backward()
        if args.clip > 0:
            torch.nn.utils.clip_grad_norm_([p[n] for n in NAMES], args.clip)
        opt.step()
        losses.append(float(step_loss))

    with open(args.out + ".tmp", "wb") as f:
        f.write(out_logits.numpy().astype("<f4").tobytes())
        f.write(struct.pack("<f", out_loss))
        f.write(grads.numpy().astype("<f4").tobytes())
        f.write(struct.pack("<i", len(losses)))
        f.write(np.array(losses, dtype="<f4").tobytes())
    os.replace(args.out + ".tmp", args.out)


if __name__ == "__main__":
    main()
