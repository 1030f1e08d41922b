#!/usr/bin/env python3
"""The downstream table from `infer --tasks ... --json FILE`: per task, each model's accuracy under one rule
with its 95 % interval, and how many tasks the routed mixture wins, ties and loses against each dense
baseline, beside the paper's "better than the dense baseline on 75 % of the tasks".

A win or a loss is counted only where the paired difference is significant: on the same items, McNemar's
exact test (two-sided, 5 %) on the items that exactly one of the two models gets right. Anything else is
a tie, however the point estimates fall.

    python3 scripts/tasks/summary.py out/pipeline_cpu/tasks.json [--rule acc_mutual_info] [--out FILE.md]
"""
import argparse
import json
import math
import os
import sys

RULES = {"acc": "pred", "acc_norm": "pred_norm", "acc_mutual_info": "pred_mi"}
MODELS = [("mixture", "mixture (routed)"), ("random", "mixture (random)"), ("dense_batch", "dense, E x batch"),
          ("dense_steps", "dense, E x steps")]


def mcnemar_p(only_a, only_b):
    """Two-sided exact p-value of a sign test on the discordant pairs: P(as extreme | each side 1/2)."""
    n = only_a + only_b
    if n == 0:
        return 1.0
    k = min(only_a, only_b)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2.0 ** n
    return min(1.0, 2 * tail)


def compare(labels, pred_a, pred_b):
    """+1 when a is significantly more often right than b on the same items, -1 the reverse, 0 a tie."""
    only_a = sum(1 for y, a, b in zip(labels, pred_a, pred_b) if a == y and b != y)
    only_b = sum(1 for y, a, b in zip(labels, pred_a, pred_b) if b == y and a != y)
    if mcnemar_p(only_a, only_b) >= 0.05:
        return 0
    return 1 if only_a > only_b else -1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("json", help="the file infer --tasks --json wrote")
    ap.add_argument("--rule", default="acc_mutual_info", choices=sorted(RULES),
                    help="the rule the table reports and compares (default: acc_mutual_info)")
    ap.add_argument("--out", help="also write the table to this markdown file")
    args = ap.parse_args()
    try:
        with open(args.json, encoding="utf-8") as f:
            results = json.load(f)
        tasks = results["tasks"]
    except (OSError, ValueError, KeyError) as e:
        sys.exit(f"summary.py: {args.json}: not the JSON of infer --tasks ({e})")
    models = [(k, name) for k, name in MODELS if any(k in t for t in tasks.values())]
    rule, pred = args.rule, RULES[args.rule]

    lines = [f"Accuracy in % under `{rule}` (95 % Wilson interval); chance is 1 / the number of choices.", "",
             "| task | items | chance | " + " | ".join(name for _, name in models) + " |",
             "|---|---:|---:|" + "---:|" * len(models)]
    for name, t in tasks.items():
        cells = []
        for key, _ in models:
            m = t.get(key)
            cells.append("—" if m is None else
                         f"{100 * m[rule]:.1f} [{100 * m[rule + '_ci95'][0]:.1f}, {100 * m[rule + '_ci95'][1]:.1f}]")
        lines.append(f"| {name} | {t['items']} | {100 * t['chance']:.1f} | " + " | ".join(cells) + " |")
    lines.append("")
    if any("mixture" in t for t in tasks.values()):
        for key, name in models:
            if not key.startswith("dense"):
                continue
            outcome = [compare(t["labels"], t["mixture"][pred], t[key][pred]) for t in tasks.values()
                       if "mixture" in t and key in t]
            wins, losses = outcome.count(1), outcome.count(-1)
            ahead = sum(1 for t in tasks.values() if "mixture" in t and key in t and t["mixture"][rule] > t[key][rule])
            lines.append(f"- mixture against {name}: better on {ahead} of {len(outcome)} tasks "
                         f"({100 * ahead / max(len(outcome), 1):.0f} %; the paper: 75 %); significantly "
                         f"(McNemar, 5 %) {wins} wins, {losses} losses, {len(outcome) - wins - losses} ties.")
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.out:
        tmp = args.out + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
