"""Manual pages (usr/share/man/man*/), rendered to plain text with groff, one document per page.

Rendering: `groff -t -man -Tutf8 -P-cbou` (tbl for tables; grotty without colour, bold,
overstrike or underline), 100-column lines (-rLL=100n), no hyphenation (-rHY=0 plus a `.nh`
preamble: otherwise a word broken at a line end reaches the corpus as two pieces with a hyphen)
and left-aligned lines (`.ad l`: justified text pads words with runs of spaces). Some pages ask
for `.ad b` or `.hy` themselves (Tcl's do), so the preamble also turns both requests into empty
macros after using them. `-k -Kutf-8` runs preconv so UTF-8 pages keep their characters.
Symbolic links and `.so` stubs are aliases of other pages and are skipped.
"""
import gzip
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from text import decode_utf8, tidy_prose

MAN_DIR = "usr/share/man"
GROFF = ["groff", "-t", "-man", "-Tutf8", "-P-cbou", "-rLL=100n", "-rHY=0", "-k", "-Kutf-8", "-Wall"]
PREAMBLE = ".nh\n.ad l\n.de ad\n..\n.de hy\n..\n"


def is_alias(source: str) -> bool:
    """True for a stub page that only includes another (".so man3/other.3")."""
    lines = [line for line in source.splitlines() if line.strip() and not line.startswith(('.\\"', "'\\\""))]
    return len(lines) <= 2 and any(line.startswith(".so ") for line in lines)


def render(path: Path):
    """The page as text; "" for an alias; None when the page is not UTF-8."""
    raw = path.read_bytes()
    source = decode_utf8(gzip.decompress(raw) if path.suffix == ".gz" else raw)
    if source is None:
        return None
    if is_alias(source):
        return ""
    result = subprocess.run(GROFF, input=(PREAMBLE + source).encode("utf-8"), capture_output=True, check=False)
    text = decode_utf8(result.stdout)
    return text and tidy_prose(text)


def documents(package_root: Path):
    man_root = package_root / MAN_DIR
    pages = sorted(p for p in man_root.glob("man*/*") if p.is_file() and not p.is_symlink())
    with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:  # groff runs in parallel
        for page, text in zip(pages, pool.map(render, pages)):
            if text != "":
                yield str(page.relative_to(man_root)).removesuffix(".gz"), text
