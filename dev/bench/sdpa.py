"""sdpa.py — PyTorch's causal scaled_dot_product_attention in bf16, timed on the shapes dev/cuda/attention
times our kernels on (GPT-2 small B 8, T 1024, C 768, NH 12; the paper's router B 8, T 256, C 96, NH 12),
with the same FLOP count (the causal half of the products: forward 4 B NH T^2 HS / 2, backward twice
that) and the same line format, so the two print side by side. Needs a GPU and PyTorch.

    python3 dev/bench/sdpa.py

PyTorch picks its backend (FlashAttention-2 or cuDNN on an H100 for these shapes); the line says which
backends were enabled. The head size 8 of the router is below what the flash backend takes on some
versions; PyTorch then falls back to another kernel, which is the comparison a user would see.
"""
import sys

import torch
import torch.nn.functional as F

WARMUP, REPEATS = 3, 21


def median_ms(fn):
    for _ in range(WARMUP):
        fn()
    times = []
    for _ in range(REPEATS):
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        start.record()
        fn()
        end.record()
        torch.cuda.synchronize()
        times.append(start.elapsed_time(end))
    return sorted(times)[len(times) // 2]


def report(what, B, T, C, NH, ms, flops):
    print(f"{what:<8} B {B} T {T:4d} C {C:3d} NH {NH:2d} HS {C // NH:3d}: {ms:9.3f} ms  {flops / (ms * 1e-3) / 1e12:7.2f} TFLOP/s")


def main():
    if not torch.cuda.is_available():
        print("sdpa.py: no GPU (torch.cuda.is_available() is False)", file=sys.stderr)
        return 1
    print(f"device: {torch.cuda.get_device_name()}, torch {torch.__version__}; SDPA backends enabled: "
          f"flash {torch.backends.cuda.flash_sdp_enabled()}, mem-efficient {torch.backends.cuda.mem_efficient_sdp_enabled()}, "
          f"cuDNN {getattr(torch.backends.cuda, 'cudnn_sdp_enabled', lambda: 'n/a')()}")
    for B, T, C, NH in [(8, 1024, 768, 12), (8, 256, 96, 12)]:
        HS = C // NH
        gen = torch.Generator(device="cuda").manual_seed(1)
        q, k, v = (torch.randn(B, NH, T, HS, device="cuda", dtype=torch.bfloat16, generator=gen).requires_grad_() for _ in range(3))
        dout = torch.randn(B, NH, T, HS, device="cuda", dtype=torch.bfloat16, generator=gen)
        forward_flops = 4.0 * B * NH * T * T * HS / 2
        print("PyTorch SDPA (bf16, is_causal=True)")
        with torch.no_grad():
            report("forward", B, T, C, NH, median_ms(lambda: F.scaled_dot_product_attention(q, k, v, is_causal=True)), forward_flops)
        out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        backward = lambda: torch.autograd.grad(out, (q, k, v), dout, retain_graph=True)
        report("backward", B, T, C, NH, median_ms(backward), 2 * forward_flops)
    return 0


if __name__ == "__main__":
    sys.exit(main())
