#!/usr/bin/env python3
"""Training curves from train_expert logs (OUT/log.txt), as one PNG.

    /usr/bin/python3 dev/plot.py out/dense/log.txt out/expert_0/log.txt ... -o curves.png

Each log gives its training loss per step (thin) and its validation loss (dots). Needs matplotlib
(Debian: python3-matplotlib).
"""
import argparse
import os
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def read_log(path):
    steps, losses, val_steps, val_losses = [], [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"step (\d+) loss ([\d.eE+-]+|nan|inf)", line)
            if m:
                steps.append(int(m.group(1)))
                losses.append(float(m.group(2)))
            m = re.match(r"val step (\d+) loss ([\d.eE+-]+)", line)
            if m:
                val_steps.append(int(m.group(1)))
                val_losses.append(float(m.group(2)))
    return steps, losses, val_steps, val_losses


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("logs", nargs="+")
    ap.add_argument("-o", "--out", default="curves.png")
    args = ap.parse_args()
    fig, ax = plt.subplots(figsize=(7, 4))
    for path in args.logs:
        steps, losses, val_steps, val_losses = read_log(path)
        name = os.path.basename(os.path.dirname(os.path.abspath(path))) or path
        line, = ax.plot(steps, losses, linewidth=0.8, alpha=0.8, label=name)
        if val_steps:
            ax.plot(val_steps, val_losses, "o", color=line.get_color(), markersize=4)
    ax.set_xlabel("step")
    ax.set_ylabel("loss (nats); dots: validation")
    ax.legend()
    fig.tight_layout()
    fig.savefig(args.out, dpi=110)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
