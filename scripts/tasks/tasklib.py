"""Shared pieces of the multiple-choice task scripts (docs/tasks.md):

- the project's token and labels files, checked as common/files.h checks them (docs/formats.md);
- token ids back to text, exactly as common/vocab.h does it;
- reading and checking task files (JSON Lines, docs/formats.md "Multiple-choice tasks");
- what two trivial choosers score on a task file, to show that neither length nor position
  gives the answer away;
- writing a file atomically (NAME.tmp, then rename), as every program of the project does.

Standard library only, so that any python3 runs it.
"""
import json
import os
import struct
import sys
from array import array

HEADER_BYTES = 1024  # 256 little-endian int32 words
TOKENS_MAGIC, LABELS_MAGIC = 20251101, 20251102
# Every magic number of docs/formats.md, so that a file of another kind is named as such.
KNOWN_MAGIC = {20251101: "token file", 20251102: "labels file", 20251103: "assignment file",
               20251104: "scores file", 20251105: "model checkpoint", 20251106: "optimizer state file"}

WHITESPACE = b" \t\n\r\x0b\x0c"
SPACE_PIECE = "\u2581"  # SentencePiece's word boundary, decoded as a space


class TaskError(Exception):
    """An error whose message names the file (and the line and field, where there is one)."""


def fail(message):
    raise TaskError(message)


def run_main(main):
    """Runs main() and turns a TaskError into 'error: ...' and exit status 1, as the C++ programs do."""
    try:
        sys.exit(main())
    except TaskError as e:
        sys.stdout.flush()
        print("error: %s" % e, file=sys.stderr)
        sys.exit(1)


# ----------------------------------------------------------------------------
# binary files (docs/formats.md)

def _read_header(path, magic, kind):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        fail("%s: cannot open (%s)" % (path, e.strerror))
    if len(data) < HEADER_BYTES:
        fail("%s: %d bytes, shorter than the %d-byte header of a %s (empty or truncated file)"
             % (path, len(data), HEADER_BYTES, kind))
    words = struct.unpack_from("<256i", data, 0)
    if words[0] != magic:
        if words[0] in KNOWN_MAGIC:
            fail("%s: magic %d says this is a %s, but a %s (magic %d) is expected here"
                 % (path, words[0], KNOWN_MAGIC[words[0]], kind, magic))
        fail("%s: not a %s: magic number %d, expected %d (not a smalltalk.cu file, or corrupt)"
             % (path, kind, words[0], magic))
    if words[1] != 1:
        fail("%s: %s version %d, but this script reads version 1" % (path, kind, words[1]))
    return words, data


def _get64(words, i):
    return struct.unpack("<q", struct.pack("<ii", words[i], words[i + 1]))[0]


def _check_count_fits(path, kind, field, count, each, available):
    # Checked before anything is multiplied, as common/files.h does, so the message names the field.
    if count < 0:
        fail("%s: header field %s is %d, negative: the %s is corrupt (re-create it)" % (path, field, count, kind))
    if count > available // each:
        fail("%s: header field %s is %d, but %d records of %d bytes do not fit the %d bytes after the header: "
             "the %s is truncated or corrupt (re-create it)" % (path, field, count, count, each, available, kind))


def _check_size(path, kind, size, expected, what):
    if size != expected:
        fail("%s: %s of %d bytes, but its header (%s) implies %d bytes: the file is %s"
             % (path, kind, size, what, expected,
                "truncated (re-create it)" if size < expected else "longer than its header says (corrupt)"))


class TokenFile:
    """A token file (magic 20251101): .ids is an array of the token ids."""

    def __init__(self, path):
        kind = "token file"
        words, data = _read_header(path, TOKENS_MAGIC, kind)
        self.path = path
        self.count = _get64(words, 2)
        self.vocab, self.bytes_per_token, self.bos, self.eos = words[4], words[5], words[6], words[7]
        if self.bytes_per_token not in (2, 4):
            fail("%s: %d bytes per token (header word 5); only 2 and 4 exist" % (path, self.bytes_per_token))
        if self.vocab < 1 or (self.bytes_per_token == 2 and self.vocab > 65536):
            fail("%s: vocabulary size %d (header word 4) is not possible with %d bytes per token"
                 % (path, self.vocab, self.bytes_per_token))
        if not 0 <= self.bos < self.vocab:
            fail("%s: BOS id %d (header word 6) is outside the vocabulary [0, %d)" % (path, self.bos, self.vocab))
        if not -1 <= self.eos < self.vocab:
            fail("%s: EOS id %d (header word 7) is outside the vocabulary [0, %d) and not -1" % (path, self.eos, self.vocab))
        _check_count_fits(path, kind, "token count (words 2-3)", self.count, self.bytes_per_token,
                          len(data) - HEADER_BYTES)
        _check_size(path, kind, len(data), HEADER_BYTES + self.count * self.bytes_per_token,
                    "token count x bytes per token")
        self.ids = array("H" if self.bytes_per_token == 2 else _typecode_of_4_bytes())
        self.ids.frombytes(data[HEADER_BYTES:])
        if sys.byteorder == "big":
            self.ids.byteswap()
        if self.count and max(self.ids) >= self.vocab:
            bad = next(i for i, t in enumerate(self.ids) if t >= self.vocab)
            fail("%s: token %d has id %d, outside the vocabulary of %d (corrupt file)"
                 % (path, bad, self.ids[bad], self.vocab))


def _typecode_of_4_bytes():
    for code in ("I", "L"):
        if array(code).itemsize == 4:
            return code
    fail("this Python has no 4-byte unsigned array type")


class Labels:
    """A labels file (magic 20251102): each document's first-token offset and label, the label names."""

    def __init__(self, path, tokens):
        kind = "labels file"
        words, data = _read_header(path, LABELS_MAGIC, kind)
        self.path = path
        ndocs, nlabels, name_bytes = _get64(words, 2), words[4], words[5]
        self.token_count = _get64(words, 6)
        if not 0 <= nlabels <= 65536:
            fail("%s: header field label count (word 4) is %d, outside [0, 65536] (corrupt file)" % (path, nlabels))
        body = len(data) - HEADER_BYTES
        _check_count_fits(path, kind, "name-table bytes (word 5)", name_bytes, 1, body)
        _check_count_fits(path, kind, "document count (words 2-3)", ndocs, 12, body - name_bytes)
        _check_size(path, kind, len(data), HEADER_BYTES + 12 * ndocs + name_bytes,
                    "12 bytes per document + the name table")
        self.offsets, self.labels = [], []
        for off, lab in struct.iter_unpack("<qi", data[HEADER_BYTES:HEADER_BYTES + 12 * ndocs]):
            self.offsets.append(off)
            self.labels.append(lab)
        table = data[HEADER_BYTES + 12 * ndocs:]
        if table and not table.endswith(b"\0"):
            fail("%s: the label-name table is not NUL-terminated (corrupt)" % path)
        self.names = [n.decode("utf-8", "replace") for n in table.split(b"\0")[:-1]] if table else \
            [str(k) for k in range(nlabels)]  # a writer that kept no names: number them, as files.h does
        if len(self.names) != nlabels:
            fail("%s: header says %d label values but the name table holds %d names" % (path, nlabels, len(self.names)))
        # The pairing with the token file: a labels file of another token file would give every
        # document the wrong domain without any other sign.
        if self.token_count != tokens.count:
            fail("%s: describes a token file of %d tokens (header words 6-7), but %s has %d tokens: "
                 "labels of another token file" % (path, self.token_count, tokens.path, tokens.count))
        for i, (off, lab) in enumerate(zip(self.offsets, self.labels)):
            if not 0 <= off < tokens.count or (i > 0 and off <= self.offsets[i - 1]):
                fail("%s: document %d starts at token %d: offsets must increase and stay below the token count %d"
                     % (path, i, off, tokens.count))
            if not 0 <= lab < nlabels:
                fail("%s: document %d has label %d, outside [0, %d)" % (path, i, lab, nlabels))
            if tokens.ids[off] != tokens.bos:
                fail("%s: document %d starts at token %d, but that token is %d, not BOS %d: labels of another "
                     "token file" % (path, i, off, tokens.ids[off], tokens.bos))


class Vocab:
    """The tokenizer's .vocab file ('piece<TAB>score' per id), decoded exactly as common/vocab.h does."""

    def __init__(self, path):
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            fail("%s: cannot open (%s) (the tokenizer's .vocab file, written beside its .model)" % (path, e.strerror))
        lines = data.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()  # the last line's newline, as std::getline reads it
        self.path = path
        self.piece_bytes = []  # what each id adds to the decoded text
        for number, line in enumerate(lines, 1):
            tab = line.rfind(b"\t")  # pieces may hold tabs themselves: the score follows the last one
            if tab < 0:
                fail("%s:%d: expected 'piece<TAB>score'" % (path, number))
            self.piece_bytes.append(self._bytes_of(line[:tab], number - 1))
        if len(self.piece_bytes) < 3:
            fail("%s: only %d pieces: not a tokenizer vocabulary" % (path, len(self.piece_bytes)))

    @staticmethod
    def _bytes_of(piece, token_id):
        if len(piece) == 6 and piece.startswith(b"<0x") and piece.endswith(b">"):
            return bytes([_strtol_hex(piece[3:5])])  # byte fallback
        if len(piece) > 2 and piece.startswith(b"<") and piece.endswith(b">") and token_id < 3:
            return b""  # <unk>, <s>, </s>
        return piece.replace(SPACE_PIECE.encode("utf-8"), b" ")

    def decode_bytes(self, ids):
        """The bytes of ids, with every space kept (a continuation's leading space included)."""
        pb, n = self.piece_bytes, len(self.piece_bytes)
        return b"".join(pb[i] for i in ids if 0 <= i < n)

    def decode(self, ids):
        """vocab.h's Vocab::decode: as decode_bytes, less the one space SentencePiece adds before the
        first word. Returns bytes, since a cut through a byte-fallback character is not UTF-8."""
        out = self.decode_bytes(ids)
        return out[1:] if out.startswith(b" ") else out


def _strtol_hex(two):
    # strtol(.., 16) on the two characters: the longest prefix of hex digits, 0 when there is none.
    value = 0
    for ch in two.decode("latin-1"):
        if ch not in "0123456789abcdefABCDEF":
            break
        value = value * 16 + int(ch, 16)
    return value


# ----------------------------------------------------------------------------
# task files

REQUIRED_FIELDS = ("context", "choices", "label")


def _no_duplicate_keys(pairs):
    keys = [k for k, _ in pairs]
    for k in keys:
        if keys.count(k) > 1:
            raise ValueError("the key \"%s\" appears twice in one object" % k)
    return dict(pairs)


def _check_unicode(value, where, field):
    # Python's JSON reader accepts lone surrogates ("\ud800"), which are not text: C++ readers refuse them.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        fail("%s: field \"%s\": holds a lone UTF-16 surrogate escape (not valid Unicode)" % (where, field))


def check_item(obj, where):
    """Checks one parsed line; `where` is 'FILE:LINE'. Returns obj."""
    if not isinstance(obj, dict):
        fail("%s: expected a JSON object like {\"context\": ..., \"choices\": [...], \"label\": 0}" % where)
    for field in REQUIRED_FIELDS:
        if field not in obj:
            fail("%s: field \"%s\": missing" % (where, field))
    context, choices, label = obj["context"], obj["choices"], obj["label"]
    if not isinstance(context, str):
        fail("%s: field \"context\": expected a string, found %s" % (where, _json_type(context)))
    if context == "":
        fail("%s: field \"context\": empty" % where)
    _check_unicode(context, where, "context")
    if not isinstance(choices, list):
        fail("%s: field \"choices\": expected a list of strings, found %s" % (where, _json_type(choices)))
    if len(choices) < 2:
        fail("%s: field \"choices\": %d choice(s); a multiple-choice item needs at least 2" % (where, len(choices)))
    for i, c in enumerate(choices):
        if not isinstance(c, str):
            fail("%s: field \"choices\"[%d]: expected a string, found %s" % (where, i, _json_type(c)))
        if c == "":
            fail("%s: field \"choices\"[%d]: empty (a continuation has at least one character)" % (where, i))
        _check_unicode(c, where, "choices[%d]" % i)
    if isinstance(label, bool) or not isinstance(label, int):
        fail("%s: field \"label\": expected an integer index into \"choices\", found %s %s"
             % (where, _json_type(label), json.dumps(label)[:40]))
    if not 0 <= label < len(choices):
        fail("%s: field \"label\": %d is outside [0, %d), the indices of the %d choices"
             % (where, label, len(choices), len(choices)))
    return obj


def _json_type(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "a boolean"
    if isinstance(v, (int, float)):
        return "a number"
    if isinstance(v, str):
        return "a string"
    if isinstance(v, list):
        return "a list"
    return "an object"


def read_tasks(path):
    """Reads and checks a task file; returns its items. Blank lines are skipped."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        fail("%s: cannot open (%s)" % (path, e.strerror))
    items = []
    for number, raw in enumerate(data.split(b"\n"), 1):
        where = "%s:%d" % (path, number)
        if raw.strip(WHITESPACE) == b"":
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            fail("%s: invalid UTF-8 at byte %d of the line (convert the file to UTF-8 first)" % (where, e.start))
        try:
            obj = json.loads(line, object_pairs_hook=_no_duplicate_keys)
        except ValueError as e:
            fail("%s: not valid JSON (%s)" % (where, e))
        items.append(check_item(obj, where))
    if not items:
        fail("%s: no items (the file is empty or every line is blank)" % path)
    return items


def trivial_choosers(items):
    """What choosers that never read the text score: by length only (longest, shortest choice in
    UTF-8 bytes, the first on a tie) and by position only (always choice 0; always the most
    common label). Each should sit at chance; returns a dict of the figures."""
    n = len(items)
    chance = sum(1.0 / len(it["choices"]) for it in items) / n
    counts = {}
    hits = {"longest": 0, "shortest": 0, "first": 0}
    for it in items:
        sizes = [len(c.encode("utf-8")) for c in it["choices"]]
        hits["longest"] += sizes.index(max(sizes)) == it["label"]
        hits["shortest"] += sizes.index(min(sizes)) == it["label"]
        hits["first"] += it["label"] == 0
        counts[it["label"]] = counts.get(it["label"], 0) + 1
    common = min(counts, key=lambda k: (-counts[k], k))
    hits["most_common"] = counts[common]
    # The binomial spread of a chooser that guesses: sum of p(1-p) over the items.
    spread = sum((1.0 / len(it["choices"])) * (1 - 1.0 / len(it["choices"])) for it in items) ** 0.5
    acc = {k: v / n for k, v in hits.items()}
    z = {k: (hits[k] - chance * n) / spread if spread else 0.0 for k in hits}
    return {"items": n, "chance": chance, "acc": acc, "z": z, "most_common_label": common,
            "label_counts": dict(sorted(counts.items()))}


def describe_choosers(r):
    lines = ["%d items, chance %.3f" % (r["items"], r["chance"])]
    names = [("longest", "longest choice (bytes)"), ("shortest", "shortest choice (bytes)"),
             ("first", "always choice 0"), ("most_common", "always label %d (most common)" % r["most_common_label"])]
    for key, name in names:
        lines.append("  %-32s acc %.3f  (%+.1f sd from chance)" % (name, r["acc"][key], r["z"][key]))
    lines.append("  labels: " + ", ".join("%d: %d" % kv for kv in r["label_counts"].items()))
    return "\n".join(lines)


# ----------------------------------------------------------------------------
# writing

def write_atomically(path, data):
    """Writes bytes to PATH.tmp, syncs it and renames it onto PATH: a reader never sees half a file,
    and a failed run leaves no partial file (the .tmp is removed)."""
    tmp = path + ".tmp"
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        fail("%s: cannot write (%s)" % (path, e.strerror))


def item_line(item):
    """One task item as its JSON line: UTF-8 as is (readable), the required fields first."""
    ordered = {k: item[k] for k in REQUIRED_FIELDS}
    ordered.update((k, v) for k, v in item.items() if k not in ordered)
    return json.dumps(ordered, ensure_ascii=False) + "\n"
