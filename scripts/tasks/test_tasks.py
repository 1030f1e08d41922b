#!/usr/bin/env python3
"""Tests of the multiple-choice task scripts: the converters against hand-written expected output,
the task-file checks and their messages, and the builder (same seed, same bytes; a valid, balanced
task whose length and position give nothing away). About 5 seconds; standard library only.

    python3 scripts/tasks/test_tasks.py
"""
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLES = os.path.join(ROOT, "test", "data", "tasks")
VAL = os.path.join(ROOT, "data", "default", "corpus_val.bin")
sys.path.insert(0, HERE)
import convert  # noqa: E402
import tasklib  # noqa: E402
from tasklib import TaskError  # noqa: E402


def run_script(name, *args):
    """Runs one of the scripts as a user would; returns (exit status, stdout, stderr)."""
    p = subprocess.run([sys.executable, os.path.join(HERE, name)] + list(args), capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class Temp(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="test_tasks_")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def assertFails(self, fn, *parts):
        """fn() raises a TaskError whose message holds every one of parts."""
        with self.assertRaises(TaskError) as cm:
            fn()
        for part in parts:
            self.assertIn(part, str(cm.exception))


# ----------------------------------------------------------------------------

class Convert(Temp):
    def check_sample(self, fmt, sample, expected, labels=None):
        out = os.path.join(self.dir, fmt + ".jsonl")
        args = [fmt, os.path.join(SAMPLES, sample), out] + (["--labels", os.path.join(SAMPLES, labels)] if labels else [])
        rc, stdout, stderr = run_script("convert.py", *args)
        self.assertEqual(rc, 0, stderr)
        self.assertEqual(read_jsonl(out), read_jsonl(os.path.join(SAMPLES, expected)))
        tasklib.read_tasks(out)  # and the reader takes it
        self.assertFalse(os.path.exists(out + ".tmp"))

    def test_hellaswag(self):
        # Hugging Face's string labels and the release's integer ones; " [title]" becomes ". ", other
        # brackets go, one pass of double spaces to single ones (so "   " keeps two, and an ending
        # that began with "[substeps] " keeps its space after the delimiter's), ctx_b capitalized
        # as Python does it (the rest lowercased).
        self.check_sample("hellaswag", "hellaswag.jsonl", "hellaswag.expected.jsonl")

    def test_arc(self):
        # Letter keys, number keys, and AI2's own layout with five choices.
        self.check_sample("arc", "arc.jsonl", "arc.expected.jsonl")
        self.check_sample("arc_challenge", "arc.jsonl", "arc.expected.jsonl")

    def test_piqa(self):
        self.check_sample("piqa", "piqa.jsonl", "piqa.expected.jsonl")

    def test_piqa_labels_apart(self):
        out = os.path.join(self.dir, "p.jsonl")
        convert.convert("piqa", os.path.join(SAMPLES, "piqa_release.jsonl"), out,
                        os.path.join(SAMPLES, "piqa_release-labels.lst"))
        got = read_jsonl(out)
        self.assertEqual([g.pop("id") for g in got], ["made-a", "made-b"])
        self.assertEqual(got, read_jsonl(os.path.join(SAMPLES, "piqa.expected.jsonl")))
        self.assertFails(lambda: convert.convert("piqa", os.path.join(SAMPLES, "piqa_release.jsonl"), out),
                         "piqa_release.jsonl:1", "\"label\"", "--labels")
        short = self.write("short.lst", "0\n")
        self.assertFails(lambda: convert.convert("piqa", os.path.join(SAMPLES, "piqa_release.jsonl"), out, short),
                         "short.lst", "1 labels", "2 documents")

    def test_sciq(self):
        # A JSON array, as SciQ's release ships it; support left-stripped only; the answer last.
        self.check_sample("sciq", "sciq.json", "sciq.expected.jsonl")

    def test_malformed_input(self):
        out = os.path.join(self.dir, "o.jsonl")
        good = '{"activity_label": "a", "ctx_a": "b", "ctx_b": "c", "endings": ["d", "e"], "label": 0}\n'
        cases = [
            ("hellaswag", good + '{"activity_label": "a", "ctx_a": "b", "endings": ["d", "e"], "label": 0}\n',
             [":2:", "\"ctx_b\"", "missing"]),
            ("hellaswag", good + "\n" + '{"activity_label": "a", "ctx_a": "b", "ctx_b": "c", "endings": ["d", "e"], "label": ""}\n',
             [":3:", "\"label\"", "test split"]),
            ("hellaswag", good + '{"activity_label": "a", "ctx_a": "b", "ctx_b": "c", "endings": ["d", "e"], "label": 2}\n',
             [":2:", "\"label\"", "outside [0, 2)"]),
            ("hellaswag", good + '{"activity_label": "a", "ctx_a": "b", "ctx_b": 5, "endings": ["d"], "label": 0}\n',
             [":2:", "\"ctx_b\"", "expected a string"]),
            ("hellaswag", '{"activity_label": "a", \n', [":1:", "not valid JSON"]),
            ("arc", '{"question": "q?", "choices": {"text": ["x", "y"], "label": ["A", "B"]}, "answerKey": "C"}\n',
             [":1:", "\"answerKey\"", "\"C\""]),
            ("arc", '{"question": "q?", "choices": {"text": ["x", "y"], "label": ["A"]}, "answerKey": "A"}\n',
             [":1:", "\"choices\"", "2 texts but 1 labels"]),
            ("piqa", '{"goal": "g", "sol1": "a", "label": 0}\n', [":1:", "\"sol2\"", "missing"]),
            ("sciq", '[{"question": "q", "distractor1": "a", "distractor2": "b", "distractor3": "c", "support": ""}]',
             ["item 0 of the array", "\"correct_answer\""]),
            ("sciq", "[1, 2]", ["item 0 of the array", "expected a JSON object"]),
            ("hellaswag", "", ["no documents"]),
        ]
        for fmt, text, parts in cases:
            src = self.write("in.jsonl", text)
            self.assertFails(lambda: convert.convert(fmt, src, out), src, *parts)
            self.assertFalse(os.path.exists(out) or os.path.exists(out + ".tmp"), "a refused input wrote %s" % out)
        self.assertFails(lambda: convert.convert("mmlu", src, out), "unknown format", "hellaswag")

    def test_command_line_error(self):
        src = self.write("bad.jsonl", '{"goal": "g", "sol1": "a", "sol2": "b", "label": "x"}\n')
        rc, _, stderr = run_script("convert.py", "piqa", src, os.path.join(self.dir, "o.jsonl"))
        self.assertEqual(rc, 1)
        self.assertTrue(stderr.startswith("error: %s:1: field \"label\"" % src), stderr)


# ----------------------------------------------------------------------------

class Check(Temp):
    GOOD = '{"context": "The cat", "choices": [" sat", " flew"], "label": 0, "id": 3}\n'

    def test_good_file(self):
        path = self.write("t.jsonl", self.GOOD + "\n" + self.GOOD.replace('"label": 0', '"label": 1'))
        items = tasklib.read_tasks(path)
        self.assertEqual([it["label"] for it in items], [0, 1])
        rc, stdout, stderr = run_script("check_tasks.py", path)
        self.assertEqual(rc, 0, stderr)
        self.assertIn("2 items, chance 0.500", stdout)

    def test_refusals_name_file_line_field(self):
        cases = [
            ('{"context": "The cat", "choices": [" sat", " flew"]}', ["\"label\"", "missing"]),
            ('{"context": "", "choices": [" sat", " flew"], "label": 0}', ["\"context\"", "empty"]),
            ('{"context": 7, "choices": [" sat", " flew"], "label": 0}', ["\"context\"", "expected a string"]),
            ('{"context": "The cat", "choices": [" sat"], "label": 0}', ["\"choices\"", "at least 2"]),
            ('{"context": "The cat", "choices": " sat", "label": 0}', ["\"choices\"", "expected a list"]),
            ('{"context": "The cat", "choices": [" sat", ""], "label": 0}', ["\"choices\"[1]", "empty"]),
            ('{"context": "The cat", "choices": [" sat", 4], "label": 0}', ["\"choices\"[1]", "expected a string"]),
            ('{"context": "The cat", "choices": [" sat", " flew"], "label": 2}', ["\"label\"", "outside [0, 2)"]),
            ('{"context": "The cat", "choices": [" sat", " flew"], "label": -1}', ["\"label\"", "outside"]),
            ('{"context": "The cat", "choices": [" sat", " flew"], "label": "1"}', ["\"label\"", "a string"]),
            ('{"context": "The cat", "choices": [" sat", " flew"], "label": 1.0}', ["\"label\"", "a number"]),
            ('{"context": "The cat", "choices": [" sat", " flew"], "label": true}', ["\"label\"", "a boolean"]),
            ('{"context": "The cat", "choices": [" sat", " flew"], "label": 0, "label": 1}', ["appears twice"]),
            ('{"context": "\\ud800", "choices": [" sat", " flew"], "label": 0}', ["\"context\"", "surrogate"]),
            ('["The cat", [" sat"], 0]', ["expected a JSON object"]),
            ('{"context": "The cat", "choices": [" sat", " flew"], "label": 0', ["not valid JSON"]),
        ]
        for line, parts in cases:
            path = self.write("t.jsonl", self.GOOD + line + "\n")
            self.assertFails(lambda: tasklib.read_tasks(path), path + ":2:", *parts)
        path = self.write("t.jsonl", "\n  \n")
        self.assertFails(lambda: tasklib.read_tasks(path), "no items")
        with open(path, "wb") as f:
            f.write(b'{"context": "caf\xe9", "choices": [" a", " b"], "label": 0}\n')
        self.assertFails(lambda: tasklib.read_tasks(path), path + ":1:", "invalid UTF-8")
        rc, _, stderr = run_script("check_tasks.py", path)
        self.assertEqual(rc, 1)
        self.assertIn("error: %s:1:" % path, stderr)

    def test_trivial_choosers(self):
        # The answer is always the longest and always at position 1: both choosers must see it.
        items = [{"context": "c", "choices": [" a", " bbb", " c"], "label": 1}] * 30
        r = tasklib.trivial_choosers(items)
        self.assertAlmostEqual(r["chance"], 1 / 3)
        self.assertEqual(r["acc"]["longest"], 1.0)
        self.assertEqual(r["acc"]["first"], 0.0)
        self.assertEqual(r["acc"]["most_common"], 1.0)
        self.assertEqual(r["most_common_label"], 1)
        path = self.write("t.jsonl", "".join(tasklib.item_line(it) for it in items))
        self.assertEqual(run_script("check_tasks.py", path)[0], 0)  # reports only
        rc, _, stderr = run_script("check_tasks.py", "--expect-chance", path)
        self.assertEqual(rc, 1)
        self.assertIn("'longest' chooser", stderr)


# ----------------------------------------------------------------------------

class Build(Temp):
    def build(self, out, *extra):
        rc, stdout, stderr = run_script("build_tasks.py", "--val", VAL, "--out", out, *extra)
        self.assertEqual(rc, 0, stderr)
        return stdout, stderr

    def files(self, out):
        result = {}
        for name in sorted(os.listdir(out)):
            with open(os.path.join(out, name), "rb") as f:
                result[name] = f.read()
        return result

    def test_same_seed_same_bytes(self):
        a, b, c = (os.path.join(self.dir, x) for x in "abc")
        self.build(a)
        self.build(b)
        self.build(c, "--seed", "1")
        fa, fb, fc = self.files(a), self.files(b), self.files(c)
        self.assertEqual(sorted(fa), ["README.md", "literature.jsonl", "scripture.jsonl", "speeches.jsonl"])
        self.assertEqual(fa, fb)
        for name in ("literature.jsonl", "scripture.jsonl", "speeches.jsonl"):
            self.assertNotEqual(fa[name], fc[name])
        self.check_items(a)

    def check_items(self, out):
        tokens = tasklib.TokenFile(VAL)
        labels = tasklib.Labels(VAL[:-4] + "_labels.bin", tokens)
        vocab = tasklib.Vocab(os.path.join(os.path.dirname(VAL), "tokenizer.vocab"))

        def doc_of(pos):
            return max(i for i, off in enumerate(labels.offsets) if off <= pos)

        for domain in ("literature", "scripture", "speeches"):
            path = os.path.join(out, domain + ".jsonl")
            items = tasklib.read_tasks(path)
            self.assertEqual(len(items), 500)
            # Position: exactly balanced. Length: at chance (well within 3 standard deviations).
            r = tasklib.trivial_choosers(items)
            self.assertEqual(sorted(r["label_counts"].values()), [125] * 4, path)
            self.assertEqual(r["acc"]["first"], 0.25)
            for chooser in ("longest", "shortest"):
                self.assertLess(abs(r["z"][chooser]), 3, (path, chooser, r["acc"][chooser]))
            cuts = set()
            for it in items:
                src = it["source"]
                c0, c1 = src["context"]
                self.assertTrue(48 <= c1 - c0 <= 64, src)
                self.assertEqual(len(it["choices"]), 4)
                self.assertEqual(it["domain"], domain)
                # The text is the tokens' text, decoded as vocab.h does.
                self.assertEqual(it["context"], vocab.decode(tokens.ids[c0:c1]).decode("utf-8"))
                self.assertFalse(it["context"][0].isspace() or it["context"][-1].isspace(), it["id"])
                for k, (choice, (s0, s1)) in enumerate(zip(it["choices"], src["choices"])):
                    self.assertEqual(s1 - s0, 20)
                    self.assertEqual(choice, vocab.decode_bytes(tokens.ids[s0:s1]).decode("utf-8"))
                    # Starts on a word: one space, then a character that is not a space; ends on one.
                    self.assertTrue(choice[0] == " " and not choice[1].isspace(), (it["id"], choice))
                    self.assertFalse(choice[-1].isspace(), (it["id"], choice))
                    if k == it["label"]:
                        self.assertEqual(s0, c1)  # the right continuation follows the context
                        self.assertEqual(doc_of(s0), src["doc"])
                    else:
                        self.assertNotEqual(doc_of(s0), src["doc"])  # distractors: other documents
                    self.assertEqual(labels.labels[doc_of(s0)], labels.names.index(domain))
                self.assertEqual(len(set(it["choices"])), 4)
                cuts.add(c1)
            self.assertEqual(len(cuts), 500)

    def test_refusals(self):
        out = os.path.join(self.dir, "out")
        base = os.path.join(ROOT, "data", "default")
        labels, vocab = os.path.join(base, "corpus_val_labels.bin"), os.path.join(base, "tokenizer.vocab")
        with open(VAL, "rb") as f:
            data = f.read()

        def refused(val, *parts, extra=()):
            rc, _, stderr = run_script("build_tasks.py", "--val", val, "--labels", labels, "--vocab", vocab,
                                       "--out", out, *extra)
            self.assertEqual(rc, 1, stderr)
            for part in parts:
                self.assertIn(part, stderr)
            self.assertFalse(os.path.exists(out), "a refused build wrote its output folder")

        bad_magic = os.path.join(self.dir, "magic.bin")
        with open(bad_magic, "wb") as f:
            f.write(struct.pack("<i", 12345) + data[4:])
        refused(bad_magic, "magic.bin: not a token file: magic number 12345")
        labels_as_tokens = os.path.join(self.dir, "l.bin")
        shutil.copy(labels, labels_as_tokens)
        refused(labels_as_tokens, "magic 20251102 says this is a labels file")
        truncated = os.path.join(self.dir, "short.bin")
        with open(truncated, "wb") as f:
            f.write(data[:-2])
        refused(truncated, "short.bin", "truncated")
        short_header = os.path.join(self.dir, "tiny.bin")
        with open(short_header, "wb") as f:
            f.write(data[:100])
        refused(short_header, "tiny.bin", "shorter than the 1024-byte header")
        other_count = os.path.join(self.dir, "more.bin")  # a token file the labels do not describe
        with open(other_count, "wb") as f:
            f.write(data[:8] + struct.pack("<q", (len(data) - 1024) // 2 + 1) + data[16:] + b"\1\0")
        refused(other_count, "corpus_val_labels.bin", "labels of another token file")
        refused(os.path.join(base, "corpus_train.bin"), "training token file")
        rc, _, stderr = run_script("build_tasks.py", "--val", VAL, "--out", out, "--vocab",
                                   os.path.join(self.dir, "missing.vocab"))
        self.assertEqual(rc, 1)
        self.assertIn("missing.vocab: cannot open", stderr)

    def test_short_domain_is_loud(self):
        out = os.path.join(self.dir, "out")
        stdout, stderr = self.build(out, "--items", "600", "--context-tokens", "400", "--continuation-tokens", "40")
        self.assertIn("WARNING: domain", stderr)
        self.assertIn("600 asked for", stderr)


if __name__ == "__main__":
    runner = unittest.TextTestRunner(verbosity=1)
    result = runner.run(unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__]))
    failed = len(result.failures) + len(result.errors)
    print("tests: %d passed, %d failed, %d skipped" % (result.testsRun - failed - len(result.skipped), failed,
                                                      len(result.skipped)))
    sys.exit(1 if failed else 0)
