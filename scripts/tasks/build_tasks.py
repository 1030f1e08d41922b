#!/usr/bin/env python3
"""Builds HellaSwag-like multiple-choice tasks from a held-out token file, one task file per domain.

    python3 scripts/tasks/build_tasks.py --val data/default/corpus_val.bin --out build/tasks/default

Each item is a passage of a validation document (the context), the tokens that follow it in the same
document (the right continuation) and K-1 continuations of the same token length taken from other
documents of the same domain (the distractors: the right continuations of other items), in a random
order. See docs/tasks.md.
"""
import argparse
import hashlib
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tasklib  # noqa: E402
from tasklib import fail  # noqa: E402

# A passage must be mostly words: at least half of its characters are not whitespace, and at
# least half of those are letters. This drops runs of spaces, tables of figures and lines of
# punctuation, which a reader cannot continue by meaning.
MIN_NONSPACE_SHARE = 0.5
MIN_LETTER_SHARE = 0.5
# Two choices whose word sets overlap this much are near copies (the KJV and the WEB translate
# the same verse; commentaries quote it): a distractor like that could be as right as the answer.
MAX_WORD_OVERLAP = 0.5
# Draws of a candidate distractor before an item is given up (it then is left out).
DISTRACTOR_TRIES = 500

HELP = __doc__ + """
A context is --context-tokens long, or up to a quarter shorter, so that it can start on a word.
Contexts and continuations start and end at word boundaries (a continuation starts at a piece that
begins with U+2581, so its text starts with one space), so no choice is given away by a cut word.
Labels are balanced exactly over the K positions, then shuffled, so position gives nothing away.
Items prefer passages that share no token with another item; when a domain's documents are too
short for that, items may share context tokens, but never continuation tokens.

Writes OUT/DOMAIN.jsonl for each domain and OUT/README.md (sizes, counts, and what trivial
choosers score). The same inputs and seed always give the same bytes.
"""


def parse_args():
    p = argparse.ArgumentParser(prog="build_tasks.py", description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--val", required=True, metavar="FILE", help="validation token file (e.g. data/default/corpus_val.bin)")
    p.add_argument("--labels", metavar="FILE", help="its labels file (default: VAL with .bin replaced by _labels.bin)")
    p.add_argument("--vocab", metavar="FILE", help="the tokenizer's .vocab (default: tokenizer.vocab beside VAL)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    p.add_argument("--items", type=int, default=500, metavar="N", help="items per domain (default 500)")
    p.add_argument("--context-tokens", type=int, default=64, metavar="N",
                   help="tokens of context, at most (default 64); at least three quarters of N")
    p.add_argument("--continuation-tokens", type=int, default=20, metavar="N",
                   help="tokens of every choice (default 20)")
    p.add_argument("--choices", type=int, default=4, metavar="K", help="choices per item (default 4)")
    p.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    a = p.parse_args()
    for name in ("items", "context_tokens", "continuation_tokens"):
        if getattr(a, name) < 1:
            p.error("--%s %d must be at least 1" % (name.replace("_", "-"), getattr(a, name)))
    if a.choices < 2:
        p.error("--choices %d must be at least 2" % a.choices)
    if a.labels is None:
        if not a.val.endswith(".bin"):
            p.error("--val %s does not end in .bin: give --labels" % a.val)
        a.labels = a.val[:-4] + "_labels.bin"
    if a.vocab is None:
        a.vocab = os.path.join(os.path.dirname(a.val), "tokenizer.vocab")
    return a


# ----------------------------------------------------------------------------
# where a passage may start and end

def word_start_flags(ids, vocab):
    """flags[t] is 1 when the text may be cut just before token t: the token starts with one
    space followed by something that is not whitespace, and the token before it does not end in
    whitespace (so the cut lands on a single space between two words)."""
    pb = vocab.piece_bytes
    ws = tasklib.WHITESPACE
    # Per id: 2 = " x..." (a word start on its own), 1 = exactly " " (depends on the next token), 0 = no.
    kind = bytearray(len(pb))
    ends_clean = bytearray(len(pb))  # 1 when the piece ends in a non-whitespace byte
    starts_clean = bytearray(len(pb))  # 1 when the piece starts with a non-whitespace byte
    for i, b in enumerate(pb):
        if b[:1] == b" ":
            kind[i] = 2 if len(b) > 1 and b[1] not in ws else (1 if len(b) == 1 else 0)
        if b:
            ends_clean[i] = b[-1] not in ws
            starts_clean[i] = b[0] not in ws
    n = len(ids)
    flags = bytearray(n)
    for t in range(1, n):
        k = kind[ids[t]]
        if k == 0 or not ends_clean[ids[t - 1]]:
            continue
        if k == 2 or (t + 1 < n and starts_clean[ids[t + 1]]):
            flags[t] = 1
    return flags


def mostly_words(text):
    if not text:
        return False
    nonspace = sum(1 for ch in text if not ch.isspace())
    letters = sum(1 for ch in text if ch.isalpha())
    return nonspace >= MIN_NONSPACE_SHARE * len(text) and letters >= MIN_LETTER_SHARE * nonspace


def word_set(text):
    return set(re.findall(r"\w+", text.lower()))


def too_similar(a, b):
    wa, wb = word_set(a), word_set(b)
    if not wa or not wb:
        return a.strip() == b.strip()
    return len(wa & wb) / len(wa | wb) >= MAX_WORD_OVERLAP


class Domain:
    def __init__(self, name):
        self.name = name
        self.docs = []  # (first token after BOS, end) of each document
        self.cuts = []  # (start, cut, doc): context [start, cut), continuation [cut, cut + L)


def shortest_context(C):
    return (3 * C + 3) // 4


def find_passages(tokens, labels, flags, C, L):
    """Every place, per domain, where a context and a continuation of L tokens fit inside one
    document with all three ends on word boundaries. The context is at most C tokens and at least
    three quarters of that: it starts at the first word boundary at or after C tokens before the
    cut. (Asking for exactly C would need three boundaries at fixed distances, which code, with its
    indentation and punctuation, offers in only 1 place out of 200.)"""
    domains = [Domain(name) for name in labels.names]
    ends = labels.offsets[1:] + [tokens.count]
    least = shortest_context(C)
    for doc, (bos, end, lab) in enumerate(zip(labels.offsets, ends, labels.labels)):
        d = domains[lab]
        first = bos + 1
        d.docs.append((first, end))
        # The continuation [cut, cut + L) ends before the document does, so it ends at a word boundary.
        for cut in range(first + least, end - L):
            if flags[cut] and flags[cut + L]:
                start = flags.find(1, max(first, cut - C), cut - least + 1)
                if start >= 0:
                    d.cuts.append((start, cut, doc))
    return domains


# ----------------------------------------------------------------------------
# items

def text_of(vocab, ids, lead_space):
    """The UTF-8 text of ids, or None when it is not valid UTF-8. A context is decoded as
    vocab.h decodes (the first word's space dropped); a continuation keeps its leading space."""
    raw = vocab.decode_bytes(ids) if lead_space else vocab.decode(ids)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def pick_distractors(rng, answers, i, K):
    """K-1 right continuations of other items, from documents other than item i's, none a near
    copy of item i's answer or of each other. Drawing the distractors from the same pool as the
    answers matters: which passages become items depends on how densely word boundaries fall in
    a region (items are packed so as not to overlap), and that leans towards passages of many
    short tokens, i.e. fewer bytes per token. Distractors drawn from all passages would then be
    about 2 % longer than the answers, and "pick the shortest" would beat chance."""
    doc, answer = answers[i]["doc"], answers[i]["answer"]
    chosen = []
    for _ in range(DISTRACTOR_TRIES):
        if len(chosen) == K - 1:
            break
        j = rng.randrange(len(answers))
        if answers[j]["doc"] == doc or j in chosen:
            continue
        text = answers[j]["answer"]
        if any(too_similar(text, t) for t in [answer] + [answers[c]["answer"] for c in chosen]):
            continue
        chosen.append(j)
    return chosen if len(chosen) == K - 1 else None


def pick_passages(domain, tokens, vocab, rng, L, N):
    """Up to N (context, right continuation) passages, in a random order. Pass 1 takes passages
    that share no token with each other; pass 2, only when pass 1 falls short, lets passages
    share context tokens, but no two share a token of their right continuations."""
    ids = tokens.ids
    cuts = list(domain.cuts)
    rng.shuffle(cuts)
    window_used = bytearray(tokens.count)  # tokens inside an accepted context or continuation
    answer_used = bytearray(tokens.count)  # tokens inside an accepted right continuation
    accepted, taken = [], set()
    for shared_context in (False, True):
        for start, cut, doc in cuts:
            if len(accepted) >= N:
                break
            if cut in taken or answer_used.find(1, cut, cut + L) >= 0:
                continue
            overlaps = window_used.find(1, start, cut + L) >= 0
            if overlaps and not shared_context:
                continue
            context = text_of(vocab, ids[start:cut], False)
            answer = text_of(vocab, ids[cut:cut + L], True)
            if context is None or answer is None or not mostly_words(context) or not mostly_words(answer):
                continue
            accepted.append({"doc": doc, "start": start, "cut": cut, "context": context, "answer": answer,
                             "shares_context": overlaps})
            taken.add(cut)
            window_used[start:cut + L] = b"\1" * (cut + L - start)
            answer_used[cut:cut + L] = b"\1" * L
        if len(accepted) >= N:
            break
    return accepted


def build_domain(domain, tokens, vocab, args, file_name):
    L, K = args.continuation_tokens, args.choices
    # One generator per domain, seeded by the seed and the name: a domain's items do not depend
    # on which other domains the file holds. (String seeds are hashed with SHA-512: stable.)
    rng = random.Random("smalltalk-tasks %d %s" % (args.seed, domain.name))
    passages = pick_passages(domain, tokens, vocab, rng, L, args.items)
    picks = [pick_distractors(rng, passages, i, K) for i in range(len(passages))]
    kept = [(p, d) for p, d in zip(passages, picks) if d is not None]

    # The right answer's position: each of the K positions equally often (exactly, up to the
    # remainder), in a random order, so that neither position 0 nor the most common position
    # does better than chance.
    positions = [i % K for i in range(len(kept))]
    rng.shuffle(positions)
    items = []
    for number, ((item, others), label) in enumerate(zip(kept, positions)):
        others = list(others)
        rng.shuffle(others)
        choices = [passages[j]["answer"] for j in others]
        spans = [(passages[j]["cut"], passages[j]["cut"] + L) for j in others]
        choices.insert(label, item["answer"])
        spans.insert(label, (item["cut"], item["cut"] + L))
        items.append({
            "context": item["context"], "choices": choices, "label": label,
            "id": "%s-%04d" % (domain.name, number), "domain": domain.name,
            # Where the text came from: token offsets [start, end) in the token file.
            "source": {"tokens": file_name, "doc": item["doc"], "context": [item["start"], item["cut"]],
                       "choices": [list(s) for s in spans]},
        })
    shared = sum(1 for p, _ in kept if p["shares_context"])
    return items, shared


def safe_name(name):
    return re.sub(r"[^A-Za-z0-9._-]", "_", name) or "unnamed"


def main():
    args = parse_args()
    base = os.path.basename(args.val)
    # Tasks built from training text would measure memorisation, not modelling.
    if "train" in base:
        fail("--val %s: looks like a training token file; build tasks from the held-out (validation) file, "
             "e.g. corpus_val.bin" % args.val)
    tokens = tasklib.TokenFile(args.val)
    labels = tasklib.Labels(args.labels, tokens)
    vocab = tasklib.Vocab(args.vocab)
    if len(vocab.piece_bytes) != tokens.vocab:
        fail("%s: %d pieces, but %s was encoded with a vocabulary of %d: the .vocab of another tokenizer "
             "(give --vocab)" % (args.vocab, len(vocab.piece_bytes), args.val, tokens.vocab))
    C, L = args.context_tokens, args.continuation_tokens

    flags = word_start_flags(tokens.ids, vocab)
    domains = find_passages(tokens, labels, flags, C, L)
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        fail("--out %s: is a file; give a folder (the tasks are written as FOLDER/DOMAIN.jsonl)" % args.out)
    try:
        os.makedirs(args.out, exist_ok=True)
    except OSError as e:
        fail("--out %s: cannot create the folder (%s)" % (args.out, e.strerror))

    summary, short = [], []
    for d in domains:
        if not d.docs:
            continue  # a label value with no validation document (a name list shared with train)
        items, shared = build_domain(d, tokens, vocab, args, base)
        path = os.path.join(args.out, safe_name(d.name) + ".jsonl")
        if items:
            tasklib.write_atomically(path, "".join(tasklib.item_line(it) for it in items).encode("utf-8"))
        report = tasklib.trivial_choosers(items) if items else None
        summary.append((d, path, items, shared, report))
        if len(items) < args.items:
            short.append((d, len(items)))

    for d, n in short:
        bar = "!" * 78
        print("%s\nWARNING: domain %s: only %d items, %d asked for: its %d validation document(s) (%d tokens) hold\n"
              "too few passages of %d-%d + %d tokens between word boundaries%s.\n%s"
              % (bar, d.name, n, args.items, len(d.docs), sum(e - s for s, e in d.docs), shortest_context(C), C, L,
                 " with distractors from another document" if len(d.docs) < 2 else "", bar), file=sys.stderr)

    with open(args.val, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    text = readme(args, base, digest, summary)
    tasklib.write_atomically(os.path.join(args.out, "README.md"), text.encode("utf-8"))
    for d, path, items, shared, report in summary:
        if items:
            print("%s: %d items%s" % (path, len(items), ", %d sharing context tokens with another" % shared if shared else ""))
            print(tasklib.describe_choosers(report))
        else:
            print("%s: no items (domain %s)" % (path, d.name))
    return 0


def readme(args, base, digest, summary):
    lines = [
        "# Multiple-choice tasks built from %s" % base, "",
        "Made by `python3 scripts/tasks/build_tasks.py` (docs/tasks.md); the same inputs and seed give the same bytes.", "",
        "- token file: `%s` (sha256 %s)" % (base, digest),
        "- contexts of %d-%d tokens, %d choices of %d tokens each, seed %d, %d items asked per domain"
        % (shortest_context(args.context_tokens), args.context_tokens, args.choices, args.continuation_tokens,
           args.seed, args.items), "",
        "Accuracy of choosers that never read the text: each should be near chance.", "",
        "| file | items | items sharing context tokens | longest choice | shortest choice | always choice 0 | chance |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for d, path, items, shared, report in summary:
        if items:
            lines.append("| `%s` | %d | %d | %.3f | %.3f | %.3f | %.3f |" % (
                os.path.basename(path), len(items), shared, report["acc"]["longest"], report["acc"]["shortest"],
                report["acc"]["first"], report["chance"]))
        else:
            lines.append("| (domain %s) | 0 | | | | | |" % d.name)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    tasklib.run_main(main)
