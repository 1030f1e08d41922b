"""Dictionary entries from dictd databases (usr/share/dictd/NAME.index + NAME.dict.dz).

The .dict.dz file is dictzip, which is plain gzip with a random-access table in a header field,
so gzip reads it whole. Each .index line is "headword TAB offset TAB length", the numbers in
dictd's base64 digits (A-Z a-z 0-9 + /, most significant first). Several headwords can share
one entry (alternate spellings, inflections); each entry is kept once. Entries whose headword
starts with "00-database" or "00database" describe the database itself and are skipped.
"""
import gzip
import re
import string
from pathlib import Path

from text import decode_utf8, tidy_prose

DICTD_DIR = "usr/share/dictd"
DIGITS = {c: i for i, c in enumerate(string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/")}
# {word}: a link to another entry, which may start on the next line. Braces around code (the
# Jargon File quotes C) or sets (FOLDOC's "{ f z : z in Z }") hold a ";" or start with a space,
# and stay.
CROSS_REFERENCE = re.compile(r"\{((?:\n\s*)?[^{};\s][^{};]*)\}")


def drop_cross_reference_braces(entry: str) -> str:
    count = 1
    while count:  # innermost first: GCIDE nests them, as in "{{Lophopoda}}"
        entry, count = CROSS_REFERENCE.subn(r"\1", entry)
    return entry


def base64_number(digits: str) -> int:
    value = 0
    for c in digits:
        value = value * 64 + DIGITS[c]
    return value


def documents(package_root: Path):
    for index_path in sorted((package_root / DICTD_DIR).glob("*.index")):
        name = index_path.name.removesuffix(".index")
        data = gzip.decompress((index_path.parent / f"{name}.dict.dz").read_bytes())
        seen = set()
        for line in index_path.read_text("utf-8").splitlines():
            headword, offset, length = line.split("\t")[:3]
            span = (base64_number(offset), base64_number(length))
            if headword.startswith(("00-database", "00database")) or span in seen:
                continue
            seen.add(span)
            entry = decode_utf8(data[span[0]:span[0] + span[1]])
            yield f"{name}/{span[0]:010d}", entry and tidy_prose(drop_cross_reference_braces(entry))
