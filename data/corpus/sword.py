"""Bibles and Bible commentaries in SWORD zText/zCom modules, one document per book.

A module folder holds, per testament (ot, nt), three files whose names end in s, v, z after a
prefix "b" (book blocks) or "c" (chapter blocks):
  *.?zs  block index, 12 bytes a block: offset in *.?zz, compressed size, uncompressed size
  *.?zv  entry index, one record per verse (plus book and chapter heading entries): block
         number, offset in the uncompressed block, size; 10 bytes (zText/zCom: size is 16-bit)
         or 12 bytes (zText4/zCom4: 32-bit size). The .conf driver name is not reliable (MHCC
         says zCom4 but has 10-byte records), so both layouts are tried against the block sizes.
  *.?zz  zlib-compressed blocks.
Entries are OSIS (or ThML) markup; commentaries point several verses at one shared entry. A
block is not always a book (the WEB splits long books over several blocks), so books are found
by the OSIS book division that opens each book's heading entry.
"""
import html
import re
import struct
import zlib
from pathlib import Path

from text import tidy_prose

BOOK_START = re.compile(r'<div\b(?=[^>]*\btype="book")(?=[^>]*\bsID=)[^>]*\bosisID="([^"]+)"')
NOTE = re.compile(r"<note\b[^>]*>.*?</note>", re.S)  # footnotes and cross-references
NOTE_MARK = "\x00"
BETWEEN_WORDS = re.compile(r"(?<=\w)\x00+(?=\w)")
CHAPTER_START = re.compile(r'<chapter\b[^>]*\bsID="[^"]*"[^>]*>')
CHAPTER_NUMBER = re.compile(r'\bn="([^"]+)"')
# Elements that start a paragraph (paragraph milestones and containers, titles, stanza breaks,
# line groups, lists, tables) and elements that start a line (poetry lines, line breaks, list
# items, table rows). End milestones (eID) of lines and groups start nothing.
PARAGRAPH = re.compile(r'<div\b[^>]*type="(?:x-p|paragraph|introduction)"[^>]*>|<lb\b[^>]*type="x-p"[^>]*>'
                       r'|<(?:/?title|/?p|/?list|/?table)\b[^>]*>|<lg\b(?![^>]*\beID=)[^>]*>')
LINE = re.compile(r'<(?:l|lb|br|item|row)\b(?![^>]*\beID=)[^>]*>')
CELL = re.compile(r"<cell\b[^>]*>")
TAG = re.compile(r"<[^>]*>")
SPACES = re.compile(r"[ \t\u00a0]+")


def chapter_heading(match) -> str:
    number = CHAPTER_NUMBER.search(match.group(0))
    return f"\n\nChapter {number.group(1)}\n\n" if number else "\n\n"


def strip_markup(osis: str) -> str:
    # A note can stand where the space between two words was ("Yahweh<note>..</note><w>God"):
    # mark where notes were, and put a space back only between two words.
    text = NOTE.sub(NOTE_MARK, osis)
    text = CHAPTER_START.sub(chapter_heading, text)
    text = PARAGRAPH.sub("\n\n", text)
    text = LINE.sub("\n", text)
    text = CELL.sub(" ", text)
    text = html.unescape(TAG.sub("", text))
    text = BETWEEN_WORDS.sub(" ", text).replace(NOTE_MARK, "")
    text = SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def read_entry_index(path: Path, block_sizes: list, hint_record_size: int) -> list:
    """(block, offset, size) per entry, for whichever record layout fits the blocks."""
    raw = path.read_bytes()
    for record_size in (hint_record_size, 22 - hint_record_size):
        if len(raw) % record_size:
            continue
        layout = "<IIH" if record_size == 10 else "<III"
        entries = [struct.unpack_from(layout, raw, i) for i in range(0, len(raw), record_size)]
        if all(size == 0 or (block < len(block_sizes) and offset + size <= block_sizes[block])
               for block, offset, size in entries):
            return entries
    raise ValueError(f"{path}: no 10- or 12-byte record layout fits the block index")


def module_documents(module_dir: Path, driver: str, encoding: str):
    """Yields (book name, text) for one module folder."""
    # Bible verses run on inside a paragraph; commentary entries are paragraphs of their own.
    separator = " " if driver.startswith("zText") else "\n\n"
    for testament in ("ot", "nt"):
        for prefix in ("b", "c"):
            blocks_path = module_dir / f"{testament}.{prefix}zz"
            if not blocks_path.exists() or blocks_path.stat().st_size == 0:
                continue
            compressed = blocks_path.read_bytes()
            index = (module_dir / f"{testament}.{prefix}zs").read_bytes()
            blocks = [struct.unpack_from("<III", index, i) for i in range(0, len(index), 12)]
            entries = read_entry_index(module_dir / f"{testament}.{prefix}zv",
                                       [size for _, _, size in blocks],
                                       12 if driver.endswith("4") else 10)
            books, seen, current_block, data = [], set(), None, b""
            for block, offset, size in entries:
                if size == 0 or (block, offset, size) in seen:
                    continue
                seen.add((block, offset, size))
                if block != current_block:  # entries come in block order: one block at a time
                    start, length, _ = blocks[block]
                    current_block, data = block, zlib.decompress(compressed[start:start + length])
                entry = data[offset:offset + size].decode(encoding)
                match = BOOK_START.search(entry)
                if match:
                    books.append((f"{len(books) + 1:02d}-{match.group(1)}", []))
                if books:  # entries before the first book hold only importer milestones
                    books[-1][1].append(entry)
            for book, osis in books:
                text = tidy_prose(strip_markup(separator.join(osis)))
                if text.strip():
                    yield f"{module_dir.name}/{testament}/{book}", text


def documents(package_root: Path):
    for conf in sorted((package_root / "usr/share/sword/mods.d").glob("*.conf")):
        settings = dict(line.strip().split("=", 1) for line in conf.read_text("latin-1").splitlines()
                        if "=" in line and not line.startswith("#"))
        module_dir = package_root / "usr/share/sword" / settings["DataPath"].strip("./")
        # SWORD's default encoding is Latin-1 (the .conf too; its keys are ASCII). All modules
        # used here say UTF-8.
        encoding = "utf-8" if settings.get("Encoding", "").upper() == "UTF-8" else "latin-1"
        yield from module_documents(module_dir, settings["ModDrv"], encoding)
