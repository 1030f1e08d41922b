#!/usr/bin/env python3
"""Checks multiple-choice task files (JSON Lines, docs/formats.md) and shows what trivial choosers score.

    python3 scripts/tasks/check_tasks.py build/tasks/default/*.jsonl
    python3 scripts/tasks/check_tasks.py --expect-chance build/tasks/default/*.jsonl

Every line must be a JSON object with "context" (a non-empty string), "choices" (a list of at least 2
non-empty strings) and "label" (an integer index into "choices"); other keys are ignored; blank lines
are skipped. The first error stops the check and names the file, the line and the field.

For each file it prints the accuracy of choosers that never read the text: the longest choice, the
shortest choice (in UTF-8 bytes), always choice 0, always the most common label; and the label counts.
Built tasks should leave all four at chance. Converted public tasks need not: SciQ, as lm-eval-harness
orders its choices, always has the answer last.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tasklib  # noqa: E402

# --expect-chance fails a file where a trivial chooser is this many standard deviations above chance:
# far beyond what luck gives one of the 4 choosers of a few files (about 1 in 3,000 per chooser).
MAX_SD_ABOVE_CHANCE = 3.5


def main():
    p = argparse.ArgumentParser(prog="check_tasks.py", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE.jsonl")
    p.add_argument("--expect-chance", action="store_true",
                   help="exit with status 1 when a trivial chooser scores more than %.1f standard deviations above "
                        "chance (a task whose length or position gives the answer away)" % MAX_SD_ABOVE_CHANCE)
    a = p.parse_args()
    problems = []
    for path in a.files:
        items = tasklib.read_tasks(path)
        report = tasklib.trivial_choosers(items)
        print("%s: ok, %s" % (path, tasklib.describe_choosers(report)))
        for chooser, z in sorted(report["z"].items()):
            if z > MAX_SD_ABOVE_CHANCE:
                problems.append("%s: the '%s' chooser scores %.3f, %.1f standard deviations above chance %.3f"
                                % (path, chooser, report["acc"][chooser], z, report["chance"]))
    if a.expect_chance and problems:
        for line in problems:
            print("error: " + line, file=sys.stderr)
        return 1
    for line in problems:
        print("note: " + line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    tasklib.run_main(main)
