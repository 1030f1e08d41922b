"""Technical documentation as its authors write it (reStructuredText, AsciiDoc), one document
per source file:
  linux-doc-6.1   Documentation/**/*.rst.gz; translations/ (Chinese, Japanese, Italian ...) is
                  skipped, and so is html/_sources/, a second copy of the same files
  python3.11-doc  html/_sources/**/*.rst.txt, the reST the HTML was built from
  git-doc         **/*.txt, the AsciiDoc sources of git's manual pages and guides
"""
import gzip
from pathlib import Path

from text import decode_utf8

KERNEL_DOCS = "usr/share/doc/linux-doc-6.1/Documentation"
PYTHON_DOCS = "usr/share/doc/python3.11/html/_sources"
GIT_DOCS = "usr/share/doc/git-doc"


def files(root: Path, pattern: str, skip_top_level=()):
    for path in sorted(root.glob(pattern)):
        relative = path.relative_to(root)
        if path.is_file() and not path.is_symlink() and relative.parts[0] not in skip_top_level:
            raw = path.read_bytes()
            text = decode_utf8(gzip.decompress(raw) if path.suffix == ".gz" else raw)
            yield str(relative).removesuffix(".gz"), text


def kernel_documents(package_root: Path):
    return files(package_root / KERNEL_DOCS, "**/*.rst.gz", skip_top_level=("translations",))


def python_documents(package_root: Path):
    return files(package_root / PYTHON_DOCS, "**/*.rst.txt")


def git_documents(package_root: Path):
    return files(package_root / GIT_DOCS, "**/*.txt")
