#!/usr/bin/env python3
"""PyTorch as a user would run it on a GPU, training the same model as ./train_expert: the other side of
the GPU comparison (dev/bench/expert_vs_torch.sh). bf16 autocast, scaled_dot_product_attention (flash attention),
torch.compile, fused AdamW; the model of common/model.h (GPT with rotate-half RoPE, tied embeddings, biases,
GELU tanh, the vocabulary padded to a multiple of 128); random tokens (speed does not depend on them).

    python3 dev/bench/torch_gpu.py                       # GPT-2 124M shape, S 1024, batch 8, on the GPU
    python3 dev/bench/torch_gpu.py --device cpu --dtype fp32 --no-compile --layers 2 --channels 64 \\
        --heads 4 --vocab 512 --seq-len 64 --batch 2 --steps 6   # a smoke test anywhere

Prints tokens/s (median of the steps after --warmup) and MFU against --peak-tflops, counting FLOPs as
train_expert does (6 x parameters + 6 L C T per token), so that the two figures compare directly. Each
path falls back where this PyTorch lacks it (no SDPA: attention written out; no compile) and says so.
Ran on an H200 on 2026-12-04 (in gpu_first_run.sh): docs/performance.md has the figures.
"""
import argparse
import math
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, C, H):
        super().__init__()
        self.H = H
        self.ln1, self.ln2 = nn.LayerNorm(C), nn.LayerNorm(C)
        self.qkv, self.attproj = nn.Linear(C, 3 * C), nn.Linear(C, C)
        self.fc, self.fcproj = nn.Linear(C, 4 * C), nn.Linear(4 * C, C)

    def forward(self, x, cos, sin, sdpa):
        B, T, C = x.shape
        HS = C // self.H
        q, k, v = (t.view(B, T, self.H, HS).transpose(1, 2) for t in self.qkv(self.ln1(x)).split(C, dim=-1))
        q, k = rope(q, cos, sin), rope(k, cos, sin)
        if sdpa:
            y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        else:
            att = (q @ k.transpose(-2, -1)) / math.sqrt(HS)
            mask = torch.ones(T, T, dtype=torch.bool, device=x.device).tril()
            y = att.masked_fill(~mask, float("-inf")).softmax(dim=-1) @ v
        x = x + self.attproj(y.transpose(1, 2).reshape(B, T, C))
        return x + self.fcproj(F.gelu(self.fc(self.ln2(x)), approximate="tanh"))


def rope(x, cos, sin):
    """Rotate-half RoPE on (B, NH, T, HS): pairs (i, i + HS/2) turn by t * base^(-2i/HS)."""
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


class GPT(nn.Module):
    def __init__(self, V, L, H, C, T, base=10000.0, sdpa=True):
        super().__init__()
        self.V, self.Vp, self.sdpa = V, (V + 127) // 128 * 128, sdpa
        self.wte = nn.Embedding(self.Vp, C)
        self.blocks = nn.ModuleList(Block(C, H) for _ in range(L))
        self.lnf = nn.LayerNorm(C)
        HS = C // H
        freq = base ** (-torch.arange(0, HS // 2, dtype=torch.float64) * 2 / HS)
        angle = torch.arange(T, dtype=torch.float64)[:, None] * freq[None, :]
        self.register_buffer("cos", torch.cos(angle).float(), persistent=False)
        self.register_buffer("sin", torch.sin(angle).float(), persistent=False)
        for p in self.parameters():
            if p.dim() == 2:
                nn.init.normal_(p, std=0.02)

    def forward(self, inputs, targets):
        T = inputs.shape[1]
        x = self.wte(inputs)
        cos, sin = self.cos[:T].to(x.dtype), self.sin[:T].to(x.dtype)
        for block in self.blocks:
            x = block(x, cos, sin, self.sdpa)
        logits = self.lnf(x) @ self.wte.weight.T  # tied embeddings
        return F.cross_entropy(logits[..., :self.V].float().reshape(-1, self.V), targets.reshape(-1))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--layers", type=int, default=12)
    ap.add_argument("--heads", type=int, default=12)
    ap.add_argument("--channels", type=int, default=768)
    ap.add_argument("--vocab", type=int, default=50257)
    ap.add_argument("--seq-len", type=int, default=1024)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--steps", type=int, default=40)
    ap.add_argument("--warmup", type=int, default=10, help="steps left out of the median (compilation, allocator)")
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--dtype", choices=["bf16", "fp32"], default="bf16", help="bf16: autocast, fp32 master weights")
    ap.add_argument("--no-compile", action="store_true")
    ap.add_argument("--peak-tflops", type=float, default=989.0, help="for MFU: H100 SXM dense bf16 = 989")
    args = ap.parse_args()
    if args.steps <= args.warmup:
        sys.exit(f"error: --steps {args.steps} must be larger than --warmup {args.warmup}")
    if args.device.startswith("cuda") and not torch.cuda.is_available():
        sys.exit("error: no CUDA GPU visible to PyTorch; --device cpu runs the smoke test")
    torch.manual_seed(0)
    device = torch.device(args.device)
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True  # what a user leaves on; the bf16 matmuls do not use it
        torch.backends.cudnn.allow_tf32 = True

    sdpa = hasattr(F, "scaled_dot_product_attention")
    model = GPT(args.vocab, args.layers, args.heads, args.channels, args.seq_len, sdpa=sdpa).to(device)
    params = sum(p.numel() for p in model.parameters())
    decay = [p for p in model.parameters() if p.dim() == 2]
    no_decay = [p for p in model.parameters() if p.dim() != 2]
    groups = [{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}]
    fused = device.type == "cuda" and "fused" in torch.optim.AdamW.__init__.__code__.co_varnames
    opt = torch.optim.AdamW(groups, lr=1e-4, betas=(0.9, 0.99), eps=1e-8, **({"fused": True} if fused else {}))
    step_fn = model
    compiled = not args.no_compile and hasattr(torch, "compile")
    if compiled:
        step_fn = torch.compile(model)
    notes = [f"attention: {'SDPA' if sdpa else 'written out (this PyTorch has no SDPA)'}",
             f"compile: {'yes' if compiled else 'no'}", f"AdamW: {'fused' if fused else 'foreach/default'}"]
    print(f"torch {torch.__version__} on {device} ({torch.cuda.get_device_name(device) if device.type == 'cuda' else 'CPU'})"
          f" | {params / 1e6:.1f} M parameters | {args.dtype} | " + ", ".join(notes), file=sys.stderr)

    B, T, V = args.batch, args.seq_len, args.vocab
    autocast = torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=args.dtype == "bf16")
    times = []
    for step in range(args.steps):
        inputs = torch.randint(0, V, (B, T), device=device)
        targets = torch.randint(0, V, (B, T), device=device)
        if device.type == "cuda":
            torch.cuda.synchronize()
        t0 = time.perf_counter()
        opt.zero_grad(set_to_none=True)
        with autocast:
            loss = step_fn(inputs, targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        value = loss.item()  # waits for the GPU
        times.append(time.perf_counter() - t0)
        print(f"step {step + 1}: loss {value:.4f}, {1000 * times[-1]:.1f} ms", file=sys.stderr)
    median = statistics.median(times[args.warmup:])
    tokens_per_s = B * T / median
    # train_expert's count (common/model.h, flops_per_token): 6 x parameters + 6 L C T, parameters at the padded V.
    flops = 6.0 * params + 6.0 * args.layers * args.channels * T
    mfu = tokens_per_s * flops / (args.peak_tflops * 1e12)
    print(f"torch: {tokens_per_s:.0f} tokens/s, {median * 1000:.1f} ms/step (median of steps {args.warmup + 1}-{args.steps}), "
          f"MFU {100 * mfu:.1f}% of {args.peak_tflops:g} TFLOP/s")


if __name__ == "__main__":
    main()
