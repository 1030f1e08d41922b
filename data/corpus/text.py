"""Small text helpers shared by the extractors."""
import re

TRAILING_SPACE = re.compile(r"[ \t]+\n")
BLANK_RUNS = re.compile(r"\n{3,}")


def tidy_prose(text: str) -> str:
    """Drops trailing spaces and keeps at most one blank line between paragraphs. For prose
    only: in code a run of blank lines is the author's choice and stays."""
    text = TRAILING_SPACE.sub("\n", text.replace("\r\n", "\n"))
    return BLANK_RUNS.sub("\n\n", text).strip("\n") + "\n"


def decode_utf8(raw: bytes):
    """The text if `raw` is valid UTF-8 (a leading byte-order mark dropped), else None: a
    guessed 8-bit decoding could turn the bytes into wrong characters without notice."""
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None
