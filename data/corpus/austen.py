"""Jane Austen's six novels from r-cran-janeaustenr, one document per chapter.

The novels live in R's lazy-load database data/Rdata.rdb, indexed by data/Rdata.rdx. The index
is a gzip-compressed serialized R list whose "variables" element maps each object name to an
(offset, length) pair in the .rdb file. Each record there is a 4-byte big-endian uncompressed
size followed by a zlib stream, or by a type byte and a stream when the index says "compressed"
is 2 (bzip2) or 3 (xz). The payload is one object in R's XDR serialization format; for this
package it is a character vector of lines, one per line of the Project Gutenberg text.
"""
import bz2
import gzip
import lzma
import re
import struct
import zlib
from pathlib import Path

DATA_DIR = "usr/lib/R/site-library/janeaustenr/data"
TITLES = {
    "emma": "Emma",
    "mansfieldpark": "Mansfield Park",
    "northangerabbey": "Northanger Abbey",
    "persuasion": "Persuasion",
    "prideprejudice": "Pride and Prejudice",
    "sensesensibility": "Sense and Sensibility",
}

# SEXP type codes of R's serialization format (src/main/serialize.c in R).
SYMSXP, LISTSXP, CLOSXP, ENVSXP, PROMSXP, LANGSXP = 1, 2, 3, 4, 5, 6
CHARSXP, LGLSXP, INTSXP, REALSXP, STRSXP, DOTSXP, VECSXP, EXPRSXP = 9, 10, 13, 14, 16, 17, 19, 20
ALTREP_SXP, BASEENV_SXP, EMPTYENV_SXP, BASENAMESPACE_SXP = 238, 241, 242, 250
MISSINGARG_SXP, UNBOUNDVALUE_SXP, GLOBALENV_SXP, NILVALUE_SXP, REFSXP = 251, 252, 253, 254, 255
SINGLETONS = (BASEENV_SXP, EMPTYENV_SXP, BASENAMESPACE_SXP, MISSINGARG_SXP, UNBOUNDVALUE_SXP,
              GLOBALENV_SXP, NILVALUE_SXP)


class RUnserializer:
    """Reads the subset of R's XDR serialization that data sets use: vectors, strings,
    pairlists (attributes), symbols, environments and references back to them."""

    def __init__(self, data: bytes):
        if data[:2] != b"X\n":
            raise ValueError(f"R serialization: format {data[:2]!r}, expected b'X\\n' (XDR)")
        self.data, self.pos, self.refs = data, 2, []
        version = self.int()
        self.pos += 8  # writer's and minimal reader's R versions
        if version == 3:
            name_length = self.int()  # native encoding name follows
            self.pos += name_length
        elif version != 2:
            raise ValueError(f"R serialization: version {version}, expected 2 or 3")

    def int(self) -> int:
        (value,) = struct.unpack_from(">i", self.data, self.pos)
        self.pos += 4
        return value

    def length(self) -> int:
        n = self.int()
        if n == -1:  # long vector: two more words
            n = (self.int() << 32) + self.int()
        return n

    def item(self):
        flags = self.int()
        kind, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
        if kind in SINGLETONS:  # NULL and the special environments: nothing follows
            return None
        if kind == REFSXP:
            index = flags >> 8 or self.int()
            return self.refs[index - 1]
        if kind == SYMSXP:
            symbol = self.item()
            self.refs.append(symbol)
            return symbol
        if kind == ENVSXP:
            env = {}
            self.refs.append(env)
            self.int()  # locked
            for field in ("enclos", "frame", "hashtab", "attributes"):
                env[field] = self.item()
            return env
        if kind in (LISTSXP, LANGSXP, CLOSXP, PROMSXP, DOTSXP):
            if has_attr:
                self.item()  # attributes of a pairlist cell: not needed here
            tag = self.item() if has_tag else None
            head, tail = self.item(), self.item()
            return [(tag, head)] + (tail or [])
        if kind == CHARSXP:
            n = self.int()
            if n == -1:
                return None  # NA_character_
            raw = self.data[self.pos:self.pos + n]
            self.pos += n
            return raw.decode("latin-1" if flags & (1 << 14) else "utf-8")
        if kind == ALTREP_SXP:
            raise ValueError("R serialization: ALTREP objects are not supported")
        if kind in (LGLSXP, INTSXP):
            n = self.length()
            value = list(struct.unpack_from(f">{n}i", self.data, self.pos))
            self.pos += 4 * n
        elif kind == REALSXP:
            n = self.length()
            value = list(struct.unpack_from(f">{n}d", self.data, self.pos))
            self.pos += 8 * n
        elif kind in (STRSXP, VECSXP, EXPRSXP):
            value = [self.item() for _ in range(self.length())]
        else:
            raise ValueError(f"R serialization: SEXP type {kind} at byte {self.pos - 4} is not supported")
        if has_attr:
            attributes = dict(self.item())
            if "names" in attributes:
                return dict(zip(attributes["names"], value))
        return value


def load_rdx_database(rdx: Path, rdb: Path) -> dict:
    """Returns {name: object} for every object of an R lazy-load database."""
    index = RUnserializer(gzip.decompress(rdx.read_bytes())).item()
    compression = index["compressed"][0]
    blob = rdb.read_bytes()
    objects = {}
    for name, (offset, size) in index["variables"].items():
        record = blob[offset:offset + size]
        if compression in (2, 3):
            method, stream = record[4:5], record[5:]
            payload = {b"Z": zlib.decompress, b"2": bz2.decompress, b"X": lzma.decompress,
                       b"0": bytes}[method](stream)
        else:
            payload = zlib.decompress(record[4:])
        objects[name] = RUnserializer(payload).item()
    return objects


CHAPTER = re.compile(r"^(CHAPTER|Chapter) +([0-9]+|[IVXLC]+)\.?$")
VOLUME = re.compile(r"^VOLUME +[IVX]+$")


def documents(package_root: Path):
    """Yields (name, text) per chapter: the novel's title, the chapter heading, the chapter.
    Front matter before the first chapter and volume headings are dropped."""
    data = package_root / DATA_DIR
    novels = load_rdx_database(data / "Rdata.rdx", data / "Rdata.rdb")
    for name, lines in sorted(novels.items()):
        chapters = []
        for line in lines:
            if CHAPTER.match(line.strip()):
                chapters.append([line.strip(), ""])
            elif chapters and not VOLUME.match(line.strip()):
                chapters[-1].append(line)
        for number, chapter in enumerate(chapters, 1):
            yield f"{name}/{number:03d}", f"{TITLES[name]}\n\n" + "\n".join(chapter).strip() + "\n"
