#!/usr/bin/env python3
"""roofline.py — predicted time of one training step of train_expert on one H100, per kernel family, from
the FLOPs and the bytes each family moves (docs/performance.md prints its output). Nothing here is
measured: every figure is a prediction until dev/bench/gpu_first_run.sh runs on a GPU.

    python3 dev/bench/roofline.py                 # GPT-2 124M (our gpt2-124m preset), B 8, T 1024
    python3 dev/bench/roofline.py --B 16 --T 512

Three engines are predicted:
  fp32   the CUDA path as it is (kernels/*.cuh): cuBLAS in plain fp32, activations in fp32, attention by
         tiled SIMT matmuls that write the (B, NH, T, T) scores and probabilities to memory, the classifier
         writing fp32 logits, then reading them twice more (loss, then dlogits);
  bf16   after the bf16 work: bf16 GEMMs on tensor cores with the bias in the epilogue, bf16
         activations, fused residual + LayerNorm, a fused classifier (loss and dlogits in one pass, no
         probabilities stored), 16-byte vector loads; attention unchanged (still fp32 SIMT with T x T);
  flash  after flash attention too: tensor-core flash attention, forward and backward, no T x T
         in memory.
Each family's time is max(FLOPs / (peak x efficiency), bytes / (bandwidth x efficiency)), the roofline
bound divided by the fraction of it a good kernel of that kind reaches (the EFFICIENCY table below: the
assumptions a GPU run will correct).
"""
import argparse

# H100 SXM5 (NVIDIA's datasheet, dense, no sparsity)
PEAK = {"fp32": 66.9e12, "tf32": 494.7e12, "bf16": 989.4e12}
HBM = 3.35e12  # bytes/s

# Fraction of the roofline bound each kind of kernel reaches: assumptions, to be replaced by measurements.
EFFICIENCY = {
    "cublas_fp32": 0.80,   # cuBLAS sgemm at these sizes
    "cublas_bf16": 0.70,   # cuBLAS(Lt) bf16 GEMMs at C = 768 (llm.c's measured range on H100 is 0.6-0.75)
    "simt_attention": 0.35,  # our tiled fp32 attention matmuls (32 x 32 tiles, 2 x 2 outputs a thread)
    "flash": 0.50,         # a FlashAttention-2-like kernel (FA2 reaches ~0.5-0.7 of peak forward, less backward)
    "memory": 0.80,        # element-wise and reduction kernels, of HBM bandwidth
}


def families(engine, B, T, C, L, NH, Vp, P):
    """[(family, FLOPs, bytes, compute kind)] for one step: forward, backward and the AdamW update."""
    BT, N = B * T, B * T * C
    act = 4 if engine == "fp32" else 2  # bytes per activation element
    rows = []
    # GEMMs: per layer qkv (C -> 3C), attproj (C -> C), fc (C -> 4C), fcproj (4C -> C); then the classifier (C -> Vp).
    # Forward 2·m·n·k; backward twice that (dX and dW). Bytes: inputs, weights and outputs once each.
    layer_gemm_flops = 2 * BT * (3 * C * C + C * C + 4 * C * C + 4 * C * C)
    layer_gemm_elems = BT * (C + 3 * C) + BT * (C + C) + BT * (C + 4 * C) + BT * (4 * C + C)
    weight_bytes = 12 * C * C * (4 if engine == "fp32" else 2)
    gemm_kind = "cublas_fp32" if engine == "fp32" else "cublas_bf16"
    rows.append(("matmul (layers)", 3 * L * layer_gemm_flops, L * (3 * layer_gemm_elems * act + 3 * weight_bytes), gemm_kind))
    cls_flops = 2 * BT * C * Vp
    logits = BT * Vp
    if engine == "fp32":
        # logits written, read by the loss, read and rewritten as dlogits, read by both backward GEMMs
        cls_bytes = (BT * C + Vp * C) * 4 * 3 + logits * 4 * (1 + 1 + 2 + 2)
    else:
        # fused classifier: logits written once (bf16), read once and overwritten by dlogits, read by both GEMMs
        cls_bytes = (BT * C + Vp * C) * 2 * 3 + logits * 2 * (1 + 2 + 2)
    rows.append(("matmul (classifier) + loss", 3 * cls_flops, cls_bytes, gemm_kind))

    # Attention, causal: S = QKᵀ and P·V forward, dP, dQ, dK, dV backward, each about half of a (T, T, HS)
    # product per head thanks to the causal mask: 2·T·T·HS·(1/2) FLOPs each.
    HS = C // NH
    half_product = 2 * T * T * HS / 2 * B * NH
    att_flops = L * 6 * half_product
    TT = B * NH * T * T
    if engine in ("fp32", "bf16"):
        # forward: S written (lower half), softmax reads it and writes P (all of T x T), P·V reads P (half);
        # backward: dP written (half), softmax backward reads dP and P, writes dS (full), dQ/dK read dS (half
        # each), dV reads P (half). fp32 throughout; plus q, k, v, dout read and dq, dk, dv written.
        att_bytes = L * (TT * 4 * (0.5 + 1 + 1 + 0.5) + TT * 4 * (0.5 + 1 + 1 + 1 + 0.5 + 0.5 + 0.5) + 10 * N * act)
        rows.append(("attention (T x T in memory)", att_flops, att_bytes, "simt_attention"))
    else:
        # flash: q, k, v, o, the row logsumexp and dout read and written a few times; nothing T x T
        att_bytes = L * 14 * N * act
        rows.append(("attention (flash)", att_flops, att_bytes, "flash"))

    # Element-wise and reductions, in elements of N = B·T·C moved per layer (reads + writes), forward + backward:
    # fp32: LN1 2, rope 4, residual 3, LN2 2, GELU 8, residual 3 forward; about twice that backward (the
    # gradients and the saved activations): (22 + 48) N. bf16: residual fused into the next LayerNorm and
    # the bias and GELU into the GEMM epilogue: (12 + 28) N, at 2 bytes.
    ew = (22 + 48) if engine == "fp32" else (12 + 28)
    rows.append(("LayerNorm, GELU, RoPE, residual", 0, L * ew * N * act + 2 * N * act * 3, "memory"))
    # AdamW: read p, g, m, v, write p, m, v (fp32 master weights and moments, both engines), the gradient
    # norm's extra read of g, zeroing g; bf16 also writes the bf16 working copy of the weights.
    adam = P * 4 * (7 + 1 + 1) + (P * 2 if engine != "fp32" else 0)
    rows.append(("AdamW + grad norm + zero grads", 10 * P, adam, "memory"))
    return rows


def predict(engine, B, T, C, L, NH, Vp, P):
    out = []
    for name, flops, nbytes, kind in families(engine, B, T, C, L, NH, Vp, P):
        eff = EFFICIENCY[kind]
        peak = {"cublas_fp32": PEAK["fp32"], "simt_attention": PEAK["fp32"]}.get(kind, PEAK["bf16"])
        t_compute = flops / (peak * eff) if flops else 0.0
        t_memory = nbytes / (HBM * EFFICIENCY["memory"])
        bound = "compute" if t_compute >= t_memory else "memory"
        out.append((name, flops, nbytes, bound, max(t_compute, t_memory)))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--B", type=int, default=8)
    ap.add_argument("--T", type=int, default=1024)
    ap.add_argument("--L", type=int, default=12)
    ap.add_argument("--C", type=int, default=768)
    ap.add_argument("--NH", type=int, default=12)
    ap.add_argument("--V", type=int, default=50257)
    a = ap.parse_args()
    Vp = (a.V + 127) // 128 * 128
    C, L = a.C, a.L
    P = Vp * C + L * (12 * C * C + 13 * C) + 2 * C  # docs/formats.md
    tokens = a.B * a.T
    model_flops = (6 * P + 6 * L * C * a.T) * tokens  # common/model.h flops_per_token, what MFU counts
    print(f"GPT-2-like model: L {L}, C {C}, NH {a.NH}, V {a.V} (padded {Vp}), {P / 1e6:.2f} M parameters; "
          f"batch {a.B} x {a.T} = {tokens} tokens; model FLOPs per step {model_flops / 1e12:.3f} T\n")
    summary = []
    for engine in ("fp32", "bf16", "flash"):
        rows = predict(engine, a.B, a.T, C, L, a.NH, Vp, P)
        total = sum(r[4] for r in rows)
        print(f"### {engine}\n")
        print("| kernel family | GFLOP | GB moved | bound | predicted ms | share |")
        print("|---|---:|---:|---|---:|---:|")
        for name, flops, nbytes, bound, t in rows:
            print(f"| {name} | {flops / 1e9:,.0f} | {nbytes / 1e9:.2f} | {bound} | {t * 1e3:.2f} | {100 * t / total:.0f} % |")
        print(f"| **step** | | | | **{total * 1e3:.1f}** | |\n")
        summary.append((engine, total))
    print("| engine | predicted step | tokens/s | MFU (of 989 TFLOP/s bf16) |")
    print("|---|---:|---:|---:|")
    for engine, total in summary:
        print(f"| {engine} | {total * 1e3:.1f} ms | {tokens / total:,.0f} | {100 * model_flops / total / PEAK['bf16']:.1f} % |")


if __name__ == "__main__":
    main()
