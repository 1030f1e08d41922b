"""Source code, one document per file, as written (no normalisation beyond the driver's).
  Python: the standard library and its test suite, usr/lib/python3.11/**/*.py from
          libpython3.11-minimal, libpython3.11-stdlib and libpython3.11-testsuite
  C:      *.c and *.h of the Linux kernel's core folders, from the source tarball of
          linux-source-6.1, which build_corpus.sh unpacks (only those folders) into the
          package's folder as linux-source-6.1/
Files over MAX_FILE_BYTES are skipped: they are generated tables and test data, not code a
person wrote."""
from pathlib import Path

from text import decode_utf8

MAX_FILE_BYTES = 256 * 1024
PYTHON_DIR = "usr/lib/python3.11"
KERNEL_DIR = "linux-source-6.1"
KERNEL_FOLDERS = ("kernel", "mm", "fs", "net", "lib", "block", "ipc", "security", "crypto", "init")


def files(root: Path, patterns):
    paths = sorted({p for pattern in patterns for p in root.glob(pattern)})
    for path in paths:
        if path.is_file() and not path.is_symlink() and path.stat().st_size <= MAX_FILE_BYTES:
            yield str(path.relative_to(root)), decode_utf8(path.read_bytes())


def python_documents(package_root: Path):
    return files(package_root / PYTHON_DIR, ["**/*.py"])


def c_documents(package_root: Path):
    return files(package_root / KERNEL_DIR, [f"{folder}/**/*.{ext}" for folder in KERNEL_FOLDERS for ext in "ch"])
