"""Fortune cookies from the fortune-mod data files (usr/share/games/fortunes/NAME, English only:
the subfolders hold translations), one document per fortune. Fortunes are separated by lines
holding a single "%"; NAME.dat is the random-access index and NAME.u8 a link to NAME."""
import re
from pathlib import Path

from text import decode_utf8, tidy_prose

FORTUNES_DIR = "usr/share/games/fortunes"
SEPARATOR = re.compile(r"^%$", re.M)


def documents(package_root: Path):
    for path in sorted((package_root / FORTUNES_DIR).iterdir()):
        if not path.is_file() or path.is_symlink() or path.suffix == ".dat":
            continue
        text = decode_utf8(path.read_bytes())
        if text is None:
            yield path.name, None
            continue
        for number, fortune in enumerate(SEPARATOR.split(text)):
            if fortune.strip():
                yield f"{path.name}/{number:05d}", tidy_prose(fortune)
