#!/usr/bin/env python3
"""The crossover: the mixture against both dense baselines as the training budget grows (scripts/crossover.sh).

    python3 scripts/crossover.py OUT --size cpu > OUT/crossover.md

Reads every finished pipeline run OUT/E{E}_s{steps}/ (results.json and the programs' output, as
scripts/report.py does) and writes, as Markdown: one row per run (E, budget, both baselines, the
mixture, Δ %, the routers' share of the training and inference FLOPs, NMI), the trend at E = 4, and
OUT/crossover.png: Δ % of held-out perplexity against training FLOPs. Δ < 0: the mixture is better.

With three budgets or more in a family (the mixture at one E, the paper's dense baseline at one E, the
dense model of E x the steps), it fits the held-out loss against training FLOPs, L(C) = L_inf + A * C^-alpha,
draws the fits through the points (OUT/crossover_fit.png) and says where the fitted mixture crosses the
fitted dense model of E x the steps. A run's dense model given the routers' FLOPs too (RUN/dense_flops.json,
which scripts/crossover.sh trains at the largest budget) is one more point of that family, at the
mixture's total training FLOPs, and has its own table: the comparison at equal total compute.

    python3 scripts/crossover.py --dense-flops-steps RUN   # the steps that dense model trains for The fit is least squares on the loss in nats: for each alpha on a
fine grid, L_inf and A by linear least squares, and the alpha with the smallest residual. With exactly
three points the curve passes through them (three parameters): read it as an extrapolation, not a test.
"""
import math
import argparse
import json
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
        flops = os.path.join(d, "dense_flops.json")  # the dense model of the same total FLOPs, if trained
        if os.path.exists(flops):
            with open(flops, encoding="utf-8") as f:
                res["dense_flops"] = json.load(f)["dense_steps"]  # infer names its one dense model dense_steps
        runs.append(r)
    runs.sort(key=lambda r: (r["E"], r["experts_train"]))
    return runs


def fit_power_law(xs, ys):
    """L(C) = L_inf + A * C^-alpha through (xs, ys), least squares; None below 3 points or without a decreasing fit."""
    if len(xs) < 3:
        return None
    x0 = max(xs)
    best = None
    for i in range(1, 3001):  # alpha from 0.001 to 3
        alpha = i / 1000
        f = [(x / x0) ** -alpha for x in xs]
        n, fm, ym = len(xs), sum(f) / len(f), sum(ys) / len(ys)
        sff = sum((a - fm) ** 2 for a in f)
        if sff == 0:
            continue
        A = sum((a - fm) * (y - ym) for a, y in zip(f, ys)) / sff
        linf = ym - A * fm
        sse = sum((linf + A * a - y) ** 2 for a, y in zip(f, ys))
        if A > 0 and (best is None or sse < best["sse"]):
            best = dict(linf=linf, A=A, alpha=alpha, x0=x0, sse=sse, n=n)
    return best


def fit_at(fit, x):
    return fit["linf"] + fit["A"] * (x / fit["x0"]) ** -fit["alpha"]


def families(runs):
    """The measured (training FLOPs, held-out loss) points of each family, by name."""
    fam = {}
    for r in runs:
        res = r["res"]
        fam.setdefault(f"mixture, E = {r['E']}", {})[r["train_total"]] = res["mixture"]["loss"]
        fam.setdefault(f"{BASELINES['dense_batch']}, E = {r['E']}", {})[r["experts_train"]] = res["dense_batch"]["loss"]
        fam.setdefault(BASELINES["dense_steps"], {})[r["experts_train"]] = res["dense_steps"]["loss"]
        if "dense_flops" in res:  # the same model trained longer: one more point of its family
            fam[BASELINES["dense_steps"]][r["train_total"]] = res["dense_flops"]["loss"]
    return {k: sorted(v.items()) for k, v in fam.items()}


def crossings(f_mix, f_dense, lo, hi):
    """Where the fitted curves cross in [lo, hi] (a log grid): [(C, "below" or "above")], the mixture's side after C."""
    out, prev = [], None
    for i in range(0, 4001):
        x = lo * (hi / lo) ** (i / 4000)
        d = fit_at(f_mix, x) - fit_at(f_dense, x)
        if prev is not None and (prev > 0) != (d > 0):
            out.append((x, "below" if d <= 0 else "above"))
        prev = d
    return out


def fit_section(out, runs):
    fam = families(runs)
    fits = {k: fit_power_law([x for x, _ in v], [y for _, y in v]) for k, v in fam.items()}
    if not any(fits.values()):
        return []
    lines = ["### Fits: held-out loss L(C) = L_inf + A·(C / C_max)^−α against training FLOPs C\n",
             "| family | budgets | L_inf (nats) | A | α | C_max | rms residual (nats) |", "|---|---:|---:|---:|---:|---:|---:|"]
    for k, f in fits.items():
        if f:
            lines.append(f"| {k} | {f['n']} | {f['linf']:.3f} | {f['A']:.3f} | {f['alpha']:.3f} | {f['x0']:.3g} | {math.sqrt(f['sse'] / f['n']):.4f} |")
        else:
            lines.append(f"| {k} | {len(fam[k])} | (fewer than 3 budgets, or no decreasing fit) | | | | |")
    lines.append("")
    dense = fits.get(BASELINES["dense_steps"])
    xmax = max(x for v in fam.values() for x, _ in v)
    for k, f in fits.items():
        if not k.startswith("mixture") or not f or not dense:
            continue
        lo = min(x for x, _ in fam[k])
        cross = crossings(f, dense, lo, 1e3 * xmax)
        far = fit_at(f, 1e3 * xmax) - fit_at(dense, 1e3 * xmax)
        where = "; ".join(f"the fitted mixture goes {side} the fitted dense model at {x:.3g} FLOPs ({x / xmax:.2g}× the "
                          f"largest budget run, perplexity {math.exp(fit_at(f, x)):.2f})" for x, side in cross)
        where = where or "the fits do not cross up to 1,000× the largest budget run"
        lines.append(f"- {k} against {BASELINES['dense_steps']}: {where}; at 1,000× the largest budget the fitted gap is "
                     f"{100 * (math.exp(far) - 1):+.1f} % of perplexity, and as C grows it tends to "
                     f"{100 * (math.exp(f['linf'] - dense['linf']) - 1):+.1f} % (L_inf {f['linf']:.3f} against {dense['linf']:.3f}).")
    lines.append("")
    lines.append(plot_fits(out, fam, fits))
    lines.append("")
    return lines


def plot_fits(out, fam, fits):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "(fit figure skipped: matplotlib is not installed)"
    fig, ax = plt.subplots(figsize=(7, 4.2))
    xmax = max(x for v in fam.values() for x, _ in v)
    dense = fits.get(BASELINES["dense_steps"])
    for i, (k, pts) in enumerate(sorted(fam.items())):
        color = f"C{i}"
        ax.plot([x for x, _ in pts], [math.exp(y) for _, y in pts], "o", color=color, label=k)
        f = fits[k]
        if f:
            lo = min(x for x, _ in pts)  # from the family's own first point: a fit says nothing before it
            grid = [lo * (8 * xmax / lo) ** (j / 200) for j in range(201)]
            ax.plot(grid, [math.exp(fit_at(f, x)) for x in grid], "-", color=color, linewidth=1)
            if k.startswith("mixture") and dense:
                for x, side in crossings(f, dense, min(x for x, _ in pts), 8 * xmax):
                    ax.plot([x], [math.exp(fit_at(f, x))], "x", color="black", markersize=10)
                    ax.annotate(f"fits cross: {x:.2g}", (x, math.exp(fit_at(f, x))), textcoords="offset points",
                                xytext=(-40, 12), fontsize=7)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("training FLOPs (the mixture's with the routers' EM and scoring)")
    ax.set_ylabel("held-out perplexity")
    ax.set_title("points: measured; lines: L(C) = L_inf + A C^-alpha; x: fitted crossing")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(os.path.join(out, "crossover_fit.png"), dpi=110)
    return "![fits](crossover_fit.png)"


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


def steps_for_total_flops(r):
    """The steps of the dense model of E x the steps that spend run r's whole training FLOPs, routers' EM and
    scoring included: its E x steps scaled by (experts + routers) / experts (r: a summary from report.py)."""
    return round(r["E"] * r["expert_steps"] * (r["experts_train"] + r["routers_em"] + r["segment_flops"]) / r["experts_train"])


def dense_flops_steps(run):
    m = re.fullmatch(r"E(\d+)_s(\d+)", os.path.basename(os.path.normpath(run)))
    if not m:
        sys.exit(f"crossover.py: {run} is not a crossover run folder (E{{E}}_s{{steps}})")
    return steps_for_total_flops(summarize(run, int(m.group(2))))


def equal_flops_section(runs):
    rs = [r for r in runs if "dense_flops" in r["res"]]
    if not rs:
        return []
    lines = ["### At equal total training FLOPs: the dense model given the routers' FLOPs too\n",
             "The dense model of E × the steps trained for the mixture's whole training FLOPs, the routers' EM and "
             "scoring included (the baselines above get the experts' FLOPs only, as in the paper).\n",
             "| E | training FLOPs | dense steps | dense | mixture | Δ all tokens | Δ after the prefix |",
             "|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rs:
        res = r["res"]
        dense, mix = res["dense_flops"], res["mixture"]
        lines.append(f"| {r['E']} | {r['train_total']:.3g} | {steps_for_total_flops(r)} | "
                     f"{dense['ppl']:.2f} / {dense['ppl_after_prefix']:.2f} | {mix['ppl']:.2f} / {mix['ppl_after_prefix']:.2f} | "
                     f"{delta(mix['ppl'], dense['ppl']):+.1f}% | {delta(mix['ppl_after_prefix'], dense['ppl_after_prefix']):+.1f}% |")
    lines.append("")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--size", default="?")
    ap.add_argument("--dense-flops-steps", action="store_true",
                    help="print the steps of OUT's dense model of the same total training FLOPs (OUT: one run) and exit")
    args = ap.parse_args()
    if args.dense_flops_steps:
        print(dense_flops_steps(args.out))
        return
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
    lines.append("")
    lines += equal_flops_section(runs)
    lines += fit_section(args.out, runs)
    for r in runs:  # scripts/seeds.sh, against either dense model
        for name in ("seeds.md", "seeds_dense_flops.md"):
            seeds = os.path.join(args.out, r["dir"], name)
            if os.path.exists(seeds):
                with open(seeds, encoding="utf-8") as f:
                    lines += ["#" + f.read().strip(), ""]
    lines.append("\nEach run's own table, routing and loss curves: " +
                 ", ".join(f"[{r['dir']}]({r['dir']}/results.md)" for r in runs) + ".")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
