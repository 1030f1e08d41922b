#!/usr/bin/env python3
"""Makes test/data/sample.jsonl: a few real documents of every domain of the default dataset, cut
to a few kB at a space or line break, for the tokenizer tests. Run after `bash data/build_corpus.sh`:

    python3 test/data/make_sample.py data/corpus_out/jsonl > test/data/sample.jsonl
"""
import json
import os
import sys

DOMAINS = ["literature", "scripture", "dictionary", "glossary", "quotes", "speeches", "manpages", "techdocs",
           "python", "c"]  # the default dataset's domains: not e-mail (real addresses, spam)
PER_DOMAIN, MAX_CHARS = 3, 3000

folder = sys.argv[1]
for domain in DOMAINS:
    with open(os.path.join(folder, domain + ".jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i == PER_DOMAIN:
                break
            text = json.loads(line)["text"]
            if len(text) > MAX_CHARS:
                cut = max(text.rfind("\n", 0, MAX_CHARS), text.rfind(" ", 0, MAX_CHARS))
                text = text[:cut + 1] if cut > 0 else text[:MAX_CHARS]
            print(json.dumps({"text": text, "domain": domain}, ensure_ascii=False))
