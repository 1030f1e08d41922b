#!/usr/bin/env python3
"""The crossover: the mixture against both dense baselines as the training budget grows (scripts/crossover.sh).

    python3 scripts/crossover.py OUT --size cpu > OUT/crossover.md

Reads every finished pipeline run OUT/E{E}_s{steps}/ (results.json and the programs' output, as
scripts/report.py does) and writes, as Markdown: one row per run (E, budget, both baselines, the
mixture, Δ %, the routers' share of the training and inference FLOPs, NMI), the trend at E = 4, and
OUT/crossover.png: Δ % of held-out perplexity against training FLOPs. Δ < 0: the mixture is better.
"""
import argparse
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import BASELINES, summarize  # noqa: E402


def delta(mix, dense):
    return 100 * (mix - dense) / dense


def load_runs(out):
    runs = []
    for d in sorted(glob.glob(os.path.join(out, "E*_s*"))):
        m = re.fullmatch(r"E(\d+)_s(\d+)", os.path.basename(d))
        if not m or not os.path.isdir(d):
            continue
        if not os.path.exists(os.path.join(d, "results.json")):
            print(f"crossover.py: {d} has no results.json (an unfinished run): left out", file=sys.stderr)
            continue
        r = summarize(d, int(m.group(2)))
        r["dir"] = os.path.basename(d)
        res = r["res"]
        for key in ("ppl", "ppl_after_prefix"):
            for k in BASELINES:
                r[f"d_{k}_{key}"] = delta(res["mixture"][key], res[k][key])
        routers = r["routers_em"] + r["segment_flops"]
        r["train_total"] = r["experts_train"] + routers
        r["router_train_share"] = 100 * routers / r["train_total"]
        runs.append(r)
    runs.sort(key=lambda r: (r["E"], r["experts_train"]))
    return runs


def plot(out, runs):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        msg = "(figure skipped: matplotlib is not installed; 'make deps' or apt-get install python3-matplotlib)"
        print("crossover.py: " + msg, file=sys.stderr)
        return msg
    fig, ax = plt.subplots(figsize=(7, 4.2))
    ax.axhline(0, color="grey", linewidth=0.8)
    colors = {2: "tab:blue", 4: "tab:red", 8: "tab:green", 16: "tab:purple"}
    for E in sorted({r["E"] for r in runs}):
        rs = [r for r in runs if r["E"] == E]
        x = [r["train_total"] for r in rs]
        c = colors.get(E, "black")
        for k, style, marker in (("dense_batch", "-", "o"), ("dense_steps", ":", "s")):
            ax.plot(x, [r[f"d_{k}_ppl"] for r in rs], linestyle=style, marker=marker, color=c,
                    label=f"E = {E} vs {BASELINES[k]}")
    ax.set_xscale("log")
    ax.set_xlabel("training FLOPs (experts + routers' EM and scoring)")
    ax.set_ylabel("Δ held-out perplexity, mixture vs dense (%)")
    ax.set_title("below 0: the mixture beats the dense model of the expert's size")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(os.path.join(out, "crossover.png"), dpi=110)
    return "![crossover](crossover.png)"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--size", default="?")
    args = ap.parse_args()
    runs = load_runs(args.out)
    if not runs:
        sys.exit(f"crossover.py: no finished run in {args.out} (expected folders E{{E}}_s{{steps}} with results.json)")
    row = lambda cells: "| " + " | ".join(cells) + " |"
    r0 = runs[0]
    lines = [f"## Crossover ({args.size}): S = {r0['S']}, prefix M = {r0['M']}, held-out {r0['res']['tokens']}\n",
             f"Expert and dense model: L {r0['expert']['L']}, C {r0['expert']['C']} ({r0['expert']['params'] / 1e6:.3f} M "
             f"parameters, V {r0['expert']['V']}); routers: L {r0['router']['L']}, C {r0['router']['C']} "
             f"({r0['router']['params'] / 1e6:.3f} M). Budget: the experts' training FLOPs, which each dense baseline "
             f"also spends; the routers' EM and scoring come on top (their share of the total below). "
             f"Perplexity on the held-out sequences, all tokens / tokens after the prefix. Δ < 0: the mixture wins.\n"]
    lines.append(row(["E", "steps per expert", "training FLOPs", "routers' share (train)", "routers' share (inference)",
                      "dense, E× batch (paper)", "dense, E× steps", "mixture", "Δ vs E× batch", "Δ vs E× steps", "NMI"]))
    lines.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in runs:
        res = r["res"]
        inf = res["mixture"].get("router_flops_per_sequence", 0) / res["mixture"]["flops_per_sequence"] * 100
        ppl = lambda d: f"{d['ppl']:.2f} / {d['ppl_after_prefix']:.2f}"
        lines.append(row([str(r["E"]), str(r["expert_steps"]), f"{r['train_total']:.3g}", f"{r['router_train_share']:.1f}%",
                          f"{inf:.1f}%", ppl(res["dense_batch"]), ppl(res["dense_steps"]), ppl(res["mixture"]),
                          f"{r['d_dense_batch_ppl']:+.1f}% / {r['d_dense_batch_ppl_after_prefix']:+.1f}%",
                          f"{r['d_dense_steps_ppl']:+.1f}% / {r['d_dense_steps_ppl_after_prefix']:+.1f}%",
                          f"{r['nmi']:.3f}" if r["nmi"] is not None else "-"]))
    lines.append("")
    e4 = [r for r in runs if r["E"] == 4]
    if len(e4) >= 2:
        for k in BASELINES:
            trend = " → ".join(f"{r[f'd_{k}_ppl']:+.1f}%" for r in e4)
            first, last = e4[0][f"d_{k}_ppl"], e4[-1][f"d_{k}_ppl"]
            word = "falls" if last < first else "rises"
            crossed = "below zero at the largest budget" if last < 0 else "still above zero at the largest budget"
            lines.append(f"- E = 4, Δ vs {BASELINES[k]} as the budget grows ×{e4[-1]['experts_train'] / e4[0]['experts_train']:.0f}: "
                         f"{trend} (it {word}; {crossed}).")
        lines.append("")
    lines.append(plot(args.out, runs))
    lines.append("\nEach run's own table, routing and loss curves: " +
                 ", ".join(f"[{r['dir']}]({r['dir']}/results.md)" for r in runs) + ".")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
