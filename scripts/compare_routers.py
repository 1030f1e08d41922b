#!/usr/bin/env python3
"""What the routers buy: pipeline runs that differ only in their router, side by side, as Markdown.

    bash scripts/pipeline.sh cpu --router tfidf --out out/pipeline_cpu_tfidf --dense-from out/pipeline_cpu
    python3 scripts/compare_routers.py out/pipeline_cpu out/pipeline_cpu_tfidf > out/routers_compared.md

Each OUT is a finished scripts/pipeline.sh run (LM routers, or --router tfidf). Per run: the mixture's
held-out perplexity (all tokens / after the prefix), random routing of the same experts, both dense
baselines, Δ of the mixture against each, the segmentation's NMI against the domain labels (which no
router sees), the routers' training FLOPs (EM or k-means, and scoring the training set) and their
inference FLOPs per sequence beside the expert's. Reads what scripts/report.py reads. Standard library.
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import BASELINES, read, summarize  # noqa: E402


def run_figures(out):
    if not os.path.exists(os.path.join(out, "results.json")):
        sys.exit(f"compare_routers.py: {out}/results.json is missing: run scripts/pipeline.sh with --out {out} first")
    m = re.search(r"^steps (\d+),", read(os.path.join(out, "expert_0.txt")), re.M)
    r = summarize(out, int(m.group(1)))
    r["dir"] = out
    r["kind"] = "tf-idf" if r["router"] is None else "LM routers"
    held = re.findall(r"held-out argmax: NMI ([\d.]+)", read(os.path.join(out, "routers.txt")))
    r["heldout_nmi"] = float(held[-1]) if held else None
    return r


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runs", nargs="+", help="pipeline output folders")
    runs = [run_figures(d) for d in ap.parse_args().runs]
    row = lambda cells: "| " + " | ".join(cells) + " |"
    pct = lambda a, b: f"{100 * (a - b) / b:+.1f} %"
    lines = [row(["run", "router", "E", "mixture", "random routing"] + [BASELINES[k] for k in BASELINES]
                 + [f"Δ vs {BASELINES[k].split(', ')[1]}" for k in BASELINES]
                 + ["NMI (segment / held-out)", "routers' training FLOPs (share)", "routers' inference FLOPs / sequence (share)"]),
             "|---|---|---:|" + "---:|" * (4 + 2 * len(BASELINES) + 1)]
    for r in runs:
        res = r["res"]
        mix, rnd = res["mixture"], res["random"]
        both = lambda x: f"{x['ppl']:.2f} / {x['ppl_after_prefix']:.2f}"
        dense = [both(res[k]) if k in res else "–" for k in BASELINES]
        deltas = [f"{pct(mix['ppl'], res[k]['ppl'])} / {pct(mix['ppl_after_prefix'], res[k]['ppl_after_prefix'])}"
                  if k in res else "–" for k in BASELINES]
        nmi = f"{r['nmi']:.3f}" if r["nmi"] is not None else "–"
        nmi += f" / {r['heldout_nmi']:.3f}" if r["heldout_nmi"] is not None else ""
        routers_train = r["routers_em"] + r["segment_flops"]
        share_train = 100 * routers_train / (r["experts_train"] + routers_train)
        router_inf = mix["router_flops_per_sequence"]
        share_inf = 100 * router_inf / mix["flops_per_sequence"]
        lines.append(row([os.path.basename(os.path.normpath(r["dir"])), r["kind"], str(r["E"]), both(mix), both(rnd)] + dense + deltas
                         + [nmi, f"{routers_train:.3g} ({share_train:.2f} %)", f"{router_inf:.3g} ({share_inf:.3f} %)"]))
    print("Perplexity on the held-out sequences: all tokens / the tokens after the routers' prefix. "
          "Δ < 0: the mixture is better.\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
