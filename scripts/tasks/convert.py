#!/usr/bin/env python3
"""Converts a public multiple-choice benchmark, as its release or Hugging Face ships it, into our task
format (JSON Lines of {"context", "choices", "label"}), with lm-eval-harness's prompts.

    python3 scripts/tasks/convert.py FORMAT IN OUT.jsonl [--labels FILE]

FORMAT   fields read                                            context, choices, label (as lm-eval-harness)
hellaswag  activity_label, ctx_a, ctx_b, endings, label          "{activity_label}: {ctx_a} {ctx_b capitalized}",
                                                                 the endings, int(label); both cleaned of
                                                                 WikiHow's "[title]"-style brackets
arc        question, choices {text, label}, answerKey            "Question: {question}\\nAnswer:", choices.text,
           (or AI2's release: question {stem, choices [...]})    the index of answerKey in choices.label
piqa       goal, sol1, sol2, label (or --labels FILE: one        "Question: {goal}\\nAnswer:", [sol1, sol2], label
           label a line, as PIQA's *-labels.lst)
sciq       support, question, distractor1-3, correct_answer      "{support, left-stripped}\\nQuestion: {question}
                                                                 \\nAnswer:", [distractor1, distractor2,
                                                                 distractor3, correct_answer], 3

arc_easy and arc_challenge are names for arc. Every choice is written with a leading space: the
continuation follows the context as lm-eval-harness's target delimiter " " joins them. IN is JSON Lines
(one object a line; blank lines skipped) or one JSON array of objects (as SciQ's own release ships it).
An input without a field, or with one of the wrong type, is refused with its file, line and field.
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tasklib  # noqa: E402
from tasklib import fail  # noqa: E402

TARGET_DELIMITER = " "  # lm-eval-harness puts it before every choice


def field(doc, name, where, kind=str):
    if name not in doc:
        fail("%s: field \"%s\": missing" % (where, name))
    value = doc[name]
    if kind is str and not isinstance(value, str):
        fail("%s: field \"%s\": expected a string, found %s" % (where, name, json.dumps(value)[:60]))
    if kind is list and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        fail("%s: field \"%s\": expected a list of strings, found %s" % (where, name, json.dumps(value)[:60]))
    if kind is dict and not isinstance(value, dict):
        fail("%s: field \"%s\": expected an object, found %s" % (where, name, json.dumps(value)[:60]))
    return value


def integer_label(value, where, name, count):
    """A label given as 2 or "2" (Hugging Face's HellaSwag writes it as a string)."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        fail("%s: field \"%s\": expected an integer, found %s" % (where, name, json.dumps(value)[:60]))
    if isinstance(value, str):
        if not re.fullmatch(r"\s*-?\d+\s*", value):
            fail("%s: field \"%s\": \"%s\" is not an integer%s" % (
                where, name, value, " (the test split has no labels)" if value.strip() == "" else ""))
        value = int(value)
    if not 0 <= value < count:
        fail("%s: field \"%s\": %d is outside [0, %d), the indices of the %d choices" % (where, name, value, count, count))
    return value


def with_delimiter(choices):
    return [TARGET_DELIMITER + c for c in choices]


# ----------------------------------------------------------------------------
# the formats

def hellaswag_clean(text):
    """lm-eval-harness's HellaSwag preprocessing, step by step: strip; WikiHow's " [title]" marks the
    end of a title, so it becomes a sentence end; any other bracketed tag ("[header]", "[step]") is
    dropped; one pass turns double spaces into single ones (a run of three keeps two, as there)."""
    text = text.strip()
    text = text.replace(" [title]", ". ")
    text = re.sub(r"\[.*?\]", "", text)
    return text.replace("  ", " ")


def convert_hellaswag(doc, where, _label):
    activity = field(doc, "activity_label", where)
    ctx = field(doc, "ctx_a", where) + " " + field(doc, "ctx_b", where).capitalize()
    endings = field(doc, "endings", where, list)
    if len(endings) < 2:
        fail("%s: field \"endings\": %d ending(s); at least 2 are needed" % (where, len(endings)))
    return {"context": hellaswag_clean(activity + ": " + ctx),
            "choices": with_delimiter([hellaswag_clean(e) for e in endings]),
            "label": integer_label(field(doc, "label", where, None), where, "label", len(endings)),
            "id": doc.get("ind")}


def convert_arc(doc, where, _label):
    question = field(doc, "question", where, None)
    if isinstance(question, dict):  # AI2's release: {"stem": ..., "choices": [{"text", "label"}, ...]}
        stem = field(question, "stem", where + ": field \"question\"")
        listed = question.get("choices")
        if not isinstance(listed, list) or not all(isinstance(c, dict) for c in listed):
            fail("%s: field \"question.choices\": expected a list of {\"text\", \"label\"} objects" % where)
        texts = [field(c, "text", "%s: field \"question.choices\"[%d]" % (where, i)) for i, c in enumerate(listed)]
        keys = [field(c, "label", "%s: field \"question.choices\"[%d]" % (where, i)) for i, c in enumerate(listed)]
    elif isinstance(question, str):  # Hugging Face's ai2_arc: "choices": {"text": [...], "label": [...]}
        stem = question
        choices = field(doc, "choices", where, dict)
        texts = field(choices, "text", where + ": field \"choices\"", list)
        keys = field(choices, "label", where + ": field \"choices\"", list)
        if len(texts) != len(keys):
            fail("%s: field \"choices\": %d texts but %d labels" % (where, len(texts), len(keys)))
    else:
        fail("%s: field \"question\": expected a string or an object with \"stem\" and \"choices\"" % where)
    if len(texts) < 2:
        fail("%s: field \"choices\": %d choice(s); at least 2 are needed" % (where, len(texts)))
    # Some questions are keyed "1".."4", others "A".."E": the answer is the position of its key.
    answer = field(doc, "answerKey", where)
    if answer not in keys:
        fail("%s: field \"answerKey\": \"%s\" is not one of the choice labels %s" % (where, answer, json.dumps(keys)))
    return {"context": "Question: " + stem + "\nAnswer:", "choices": with_delimiter(texts),
            "label": keys.index(answer), "id": doc.get("id")}


def convert_piqa(doc, where, label):
    if "label" in doc:
        label = doc["label"]
    elif label is None:
        fail("%s: field \"label\": missing (PIQA's release keeps labels apart: give --labels FILE-labels.lst)" % where)
    return {"context": "Question: " + field(doc, "goal", where) + "\nAnswer:",
            "choices": with_delimiter([field(doc, "sol1", where), field(doc, "sol2", where)]),
            "label": integer_label(label, where, "label", 2), "id": doc.get("id")}


def convert_sciq(doc, where, _label):
    support = field(doc, "support", where)
    context = support.lstrip() + "\nQuestion: " + field(doc, "question", where) + "\nAnswer:"
    choices = [field(doc, name, where) for name in ("distractor1", "distractor2", "distractor3", "correct_answer")]
    # lm-eval-harness's order: the right answer is always last. Position then gives the answer away,
    # which does not matter to a model scoring each choice on its own.
    return {"context": context, "choices": with_delimiter(choices), "label": 3, "id": doc.get("id")}


FORMATS = {"hellaswag": convert_hellaswag, "arc": convert_arc, "arc_easy": convert_arc,
           "arc_challenge": convert_arc, "piqa": convert_piqa, "sciq": convert_sciq}


# ----------------------------------------------------------------------------

def read_documents(path):
    """(where, object) for each document: JSON Lines, or a single JSON array."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        fail("%s: cannot open (%s)" % (path, e.strerror))
    try:
        text = data.decode("utf-8-sig")  # tolerate a byte-order mark
    except UnicodeDecodeError as e:
        fail("%s: invalid UTF-8 at byte %d (convert the file to UTF-8 first)" % (path, e.start))
    if text.lstrip().startswith("["):
        try:
            docs = json.loads(text)
        except ValueError as e:
            fail("%s: not valid JSON (%s)" % (path, e))
        if not isinstance(docs, list):
            fail("%s: expected a JSON array of objects" % path)
        out = [("%s: item %d of the array" % (path, i), d) for i, d in enumerate(docs)]
    else:
        out = []
        for number, line in enumerate(text.split("\n"), 1):
            if line.strip() == "":
                continue
            where = "%s:%d" % (path, number)
            try:
                out.append((where, json.loads(line)))
            except ValueError as e:
                fail("%s: not valid JSON (%s)" % (where, e))
    if not out:
        fail("%s: no documents (the file is empty or every line is blank)" % path)
    for where, d in out:
        if not isinstance(d, dict):
            fail("%s: expected a JSON object" % where)
    return out


def read_label_list(path, count):
    try:
        with open(path, encoding="utf-8") as f:
            lines = [ln.strip() for ln in f.read().split("\n")]
    except (OSError, UnicodeDecodeError) as e:
        fail("%s: cannot read (%s)" % (path, e))
    while lines and lines[-1] == "":
        lines.pop()
    if len(lines) != count:
        fail("%s: %d labels, but the input has %d documents" % (path, len(lines), count))
    return lines


def convert(fmt, in_path, out_path, labels_path=None):
    if fmt not in FORMATS:
        fail("unknown format \"%s\"; one of: %s" % (fmt, ", ".join(sorted(FORMATS))))
    if labels_path and fmt != "piqa":
        fail("--labels is for piqa, whose release keeps the labels in a file of their own")
    docs = read_documents(in_path)
    labels = read_label_list(labels_path, len(docs)) if labels_path else [None] * len(docs)
    lines = []
    for (where, doc), label in zip(docs, labels):
        item = FORMATS[fmt](doc, where, label)
        if item.get("id") is None:
            item.pop("id", None)
        tasklib.check_item(item, where)  # what we write must be what the reader takes
        lines.append(tasklib.item_line(item))
    tasklib.write_atomically(out_path, "".join(lines).encode("utf-8"))
    return len(lines)


def main():
    p = argparse.ArgumentParser(prog="convert.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("format", metavar="FORMAT", help="one of: " + ", ".join(sorted(FORMATS)))
    p.add_argument("input", metavar="IN", help="the benchmark's file (.jsonl, or .json holding one array)")
    p.add_argument("output", metavar="OUT.jsonl", help="the task file to write")
    p.add_argument("--labels", metavar="FILE", help="piqa: the labels, one a line, when IN has none")
    a = p.parse_args()
    n = convert(a.format, a.input, a.output, a.labels)
    print("%s: %d items (%s)" % (a.output, n, a.format))
    return 0


if __name__ == "__main__":
    tasklib.run_main(main)
