#!/usr/bin/env python3
"""Turns a pipeline run (scripts/pipeline.sh) into the paper's Table 3 at our scale, as Markdown.

    python3 scripts/report.py OUT --size tiny --expert-steps 100 > OUT/results.md

Reads OUT/results.json (infer), the programs' printed output (routers.txt, segment.txt, expert_0.txt)
and the checkpoints' headers; writes OUT/loss.png and OUT/usage.png when matplotlib is
installed (Debian: python3-matplotlib). Standard library otherwise.
"""
import argparse
import json
import os
import re
import struct
import sys


def shape(V, Vp, L, H, C):
    return dict(V=V, L=L, H=H, C=C, params=Vp * C + L * (12 * C * C + 13 * C) + 2 * C)


def checkpoint_shape(path):
    with open(path, "rb") as f:
        w = struct.unpack("<10i", f.read(40))
    V, Vp, maxT, L, H, C = w[2:8]
    return shape(V, Vp, L, H, C)


def model_shape(out, ckpt, log, prefix):
    """A model's shape from its checkpoint's header, or, in a run kept without its checkpoints (as
    docs/results/ keeps them), from the line the program printed: "model: L 2, H 4, C 64, V 1024 ..."."""
    if os.path.exists(os.path.join(out, ckpt)):
        return checkpoint_shape(os.path.join(out, ckpt))
    m = re.search(prefix + r": L (\d+), H (\d+), C (\d+), V (\d+)", read(os.path.join(out, log)))
    L, H, C, V = map(int, m.groups())
    return shape(V, (V + 127) // 128 * 128, L, H, C)  # common/model.h: padded_vocab


def train_flops_per_token(shape, T):
    return 6 * shape["params"] + 6 * shape["L"] * shape["C"] * T  # common/model.h: flops_per_token


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def log_losses(path):
    steps, losses, val = [], [], []
    for line in read(path).splitlines():
        m = re.match(r"step (\d+) loss ([\d.]+)", line)
        if m:
            steps.append(int(m.group(1)))
            losses.append(float(m.group(2)))
        m = re.match(r"val step (\d+) loss ([\d.]+)", line)
        if m:
            val.append((int(m.group(1)), float(m.group(2))))
    return steps, losses, val


# The two dense baselines of the experts' training FLOPs, named as in scripts/pipeline.sh and infer:
BASELINES = {"dense_batch": "dense, E× batch (paper)", "dense_steps": "dense, E× steps"}


def plots(out, E, usage):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        msg = "(plots skipped: matplotlib is not installed; 'make deps' or apt-get install python3-matplotlib)"
        print("report.py: " + msg, file=sys.stderr)  # said on the terminal too, not only inside results.md
        return msg
    fig, ax = plt.subplots(figsize=(7, 4))
    for name in [f"expert_{e}" for e in range(E)] + ["dense_batch", "dense_steps"]:
        if not os.path.exists(os.path.join(out, name, "log.txt")):
            continue
        steps, losses, _ = log_losses(os.path.join(out, name, "log.txt"))
        if name.startswith("dense"):
            ax.plot(steps, losses, color="black", linewidth=1.2, linestyle="-" if name == "dense_batch" else ":",
                    label=BASELINES[name])
        else:
            ax.plot(steps, losses, linewidth=0.8, alpha=0.8, label=name.replace("_", " "))
    ax.set_xlabel("step")
    ax.set_ylabel("training loss (nats)")
    ax.set_title("experts (each on its segment) and the dense baselines")
    ax.legend()
    fig.tight_layout()
    fig.savefig(os.path.join(out, "loss.png"), dpi=110)
    fig, ax = plt.subplots(figsize=(5, 3))
    ax.bar(range(E), usage)
    ax.set_xlabel("expert")
    ax.set_ylabel("held-out sequences routed")
    ax.set_title("expert usage (argmax routing)")
    fig.tight_layout()
    fig.savefig(os.path.join(out, "usage.png"), dpi=110)
    return "![loss curves](loss.png) ![expert usage](usage.png)"


def segmented_sequences(seg, S):
    """How many training sequences segment scored, for a segment.txt that does not print its FLOPs: from the
    token file its command names (header words 2-3: the token count; docs/formats.md), else from its
    printed "120.5 k sequences"."""
    m = re.search(r"--tokens (\S+)", seg)
    if m and os.path.exists(m.group(1)):
        with open(m.group(1), "rb") as f:
            count = struct.unpack("<q", f.read(16)[8:16])[0]
        return (count - 1) // S
    m = re.search(r"([\d.]+) ?([km]?) sequences", seg)
    if not m:
        sys.exit("report.py: segment.txt says neither its routers' scoring FLOPs nor how many sequences it scored")
    return int(float(m.group(1)) * {"": 1, "k": 1e3, "m": 1e6}[m.group(2)])


def summarize(out, expert_steps):
    """The figures of one pipeline run: its results.json and the training FLOPs with the routers' share."""
    res = json.loads(read(os.path.join(out, "results.json")))
    E = res["experts"]
    S, M = res["seq_len"], res["prefix"]
    expert = model_shape(out, "expert_0/model.ckpt", "expert_0.txt", "model")
    tfidf = os.path.exists(os.path.join(out, "routers", "tfidf.bin")) or "--router tfidf" in read(os.path.join(out, "routers.txt"))
    router = None if tfidf else model_shape(out, "routers/router_00.ckpt", "routers.txt", "router")
    batch_tokens = int(re.search(r"batch (\d+) tokens", read(os.path.join(out, "expert_0.txt"))).group(1))
    # Training FLOPs, the paper's way: experts and each dense baseline the same; routers' training + scoring on top.
    experts_train = E * expert_steps * batch_tokens * train_flops_per_token(expert, S)
    routers_em = float(re.search(r"training \+ scoring: ([\d.e+]+) FLOPs", read(os.path.join(out, "routers.txt"))).group(1))
    seg = read(os.path.join(out, "segment.txt")).replace(",", "")
    printed = re.search(r"routers' scoring: ([\d.e+]+) FLOPs", seg)  # segment prints it since the tf-idf router came
    if printed:
        segment_flops = float(printed.group(1))
    else:  # an older run's segment.txt: its LM routers' forward over the training sequences' prefixes
        n_train_seq = segmented_sequences(seg, S)
        segment_flops = n_train_seq * E * (M - 1) * train_flops_per_token(router, M - 1) / 3
    nmi = re.search(r"NMI[ =:]+([\d.]+)", read(os.path.join(out, "segment.txt")))
    return dict(res=res, E=E, S=S, M=M, expert=expert, router=router, batch_tokens=batch_tokens,
                expert_steps=expert_steps, experts_train=experts_train, routers_em=routers_em,
                segment_flops=segment_flops, overhead_train=100 * (routers_em + segment_flops) / experts_train,
                nmi=float(nmi.group(1)) if nmi else None)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--size", default="?")
    ap.add_argument("--expert-steps", type=int, required=True)
    args = ap.parse_args()
    out = args.out
    r = summarize(out, args.expert_steps)
    res, E, S, M, expert, router = r["res"], r["E"], r["S"], r["M"], r["expert"], r["router"]
    router_text = (f"routers: L {router['L']}, H {router['H']}, C {router['C']} ({router['params'] / 1e6:.2f} M)" if router
                   else f"router: tf-idf, {E} centroids (k-means on the prefixes' tf-idf vectors)")
    batch_tokens, experts_train, routers_em = r["batch_tokens"], r["experts_train"], r["routers_em"]
    segment_flops, overhead_train = r["segment_flops"], r["overhead_train"]
    dense_train = experts_train

    mix, rnd = res["mixture"], res["random"]
    dense = {k: res[k] for k in BASELINES if k in res}
    lines = []
    lines.append(f"### {args.size}: E = {E} experts, S = {S}, prefix M = {M}\n")
    lines.append(f"Expert and dense model: L {expert['L']}, H {expert['H']}, C {expert['C']} "
                 f"({expert['params'] / 1e6:.2f} M parameters); {router_text}. Each expert {args.expert_steps} steps of {batch_tokens} tokens; "
                 f"{BASELINES['dense_batch']}: {args.expert_steps} steps of {E * batch_tokens} tokens; "
                 f"{BASELINES['dense_steps']}: {E * args.expert_steps} steps of {batch_tokens} tokens. "
                 f"Held-out: {res['sequences']} sequences of {res['tokens']}. Δ: the mixture against each baseline.\n")
    names = list(dense)
    row = lambda cells: "| " + " | ".join(cells) + " |"
    lines.append(row([""] + [BASELINES[k] for k in names] + ["mixture"]
                     + [f"Δ vs {BASELINES[k].split(', ')[1]}" for k in names] + ["random routing"]))
    lines.append("|---|" + "---:|" * (2 * len(names) + 2))
    for key, name in [("ppl", f"perplexity, all {S} tokens"), ("ppl_after_prefix", f"perplexity, tokens after the prefix")]:
        m = mix[key]
        lines.append(row([name] + [f"{dense[k][key]:.2f}" for k in names] + [f"{m:.2f}"]
                         + [f"{100 * (m - dense[k][key]) / dense[k][key]:+.1f}%" for k in names] + [f"{rnd[key]:.2f}"]))
    lines.append(row(["loss (nats), all tokens"] + [f"{dense[k]['loss']:.4f}" for k in names] + [f"{mix['loss']:.4f}"]
                     + [""] * len(names) + [f"{rnd['loss']:.4f}"]))
    lines.append(row(["training FLOPs"] + [f"{dense_train:.3g}"] * len(names)
                     + [f"{experts_train + routers_em + segment_flops:.3g} (routers +{overhead_train:.2f}%)"] + [""] * (len(names) + 1)))
    lines.append(row(["inference FLOPs / sequence"] + [f"{dense[k]['flops_per_sequence']:.3g}" for k in names]
                     + [f"{mix['flops_per_sequence']:.3g} (routers +{mix.get('router_overhead_pct', 0):.2f}%)"]
                     + [""] * (len(names) + 1)))
    lines.append("")
    # The reading, in words: where the mixture stands against each baseline and against random routing.
    def versus(k):
        d = 100 * (mix["ppl"] - dense[k]["ppl"]) / dense[k]["ppl"]
        return f"{abs(d):.1f}% {'below' if d < 0 else 'above'} {BASELINES[k]}"
    wins = [k for k in names if mix["ppl"] < dense[k]["ppl"]]
    lines.append(f"**Reading.** The mixture's held-out perplexity (all tokens) is " + " and ".join(versus(k) for k in names) +
                 f"; routing by the routers is {100 * (rnd['ppl'] - mix['ppl']) / rnd['ppl']:.1f}% better than a random routing "
                 f"of the same experts. " + ("At these training FLOPs the paper's claim holds against " +
                 " and ".join(BASELINES[k] for k in wins) + "." if wins else
                 "At these training FLOPs the paper's claim does not hold: the dense model of the expert's size wins.") + "\n")
    usage = res.get("usage", [])
    lines.append("Expert usage on held-out data (argmax of the routers): " + ", ".join(str(u) for u in usage) + ".\n")
    if res.get("sweep"):
        lines.append("Prefix sweep (mixture perplexity, all tokens): " +
                     ", ".join(f"M̂ {row['prefix']}: {row['ppl']:.2f}" for row in res["sweep"]) + ".\n")
    routers_txt = read(os.path.join(out, "routers.txt"))
    last_iter = [l for l in routers_txt.splitlines() if l.startswith("iter ")]
    if last_iter:
        lines.append(("Last k-means iteration" if router is None else "Last EM iteration") + ": `" + last_iter[-1].strip() + "`\n")
    seg = read(os.path.join(out, "segment.txt"))
    table = [l for l in seg.splitlines() if re.match(r"^domain\s+e0\b", l) or re.match(r"^\S+(\s+\d+)+\s*$", l)]
    if table:
        lines.append("Training sequences by domain and expert (segment):\n")
        lines.append("```\n" + "\n".join(table) + "\n```\n")
    if r["nmi"] is not None:
        lines.append(f"Segmentation NMI against the domain labels (never seen by the routers): {r['nmi']}.\n")
    lines.append(plots(out, E, usage))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
