#!/usr/bin/python3
"""export_gguf.py — our checkpoints as GGUF files that llama.cpp (and the tools built on it) load.

    dev/export_gguf.py --tokenizer data/default/tokenizer.model out/dense/model.ckpt dense.gguf
    dev/export_gguf.py --tokenizer data/default/tokenizer.model --type f16 --run out/pipeline_tiny out/gguf

Run by Debian's python3 (/usr/bin/python3, where `make deps` installs numpy), not another one first on the PATH.

The first form exports one checkpoint. The second exports a SmallTalk run folder (scripts/pipeline.sh's
layout: routers/router_XX.ckpt, expert_E/model.ckpt, dense_batch/ and dense_steps/model.ckpt) into a folder of .gguf files
and a manifest.json that says how to route: score the first M tokens of a prompt with every router
(the sum of log p(x_t | x_<t) over t = 1 .. M-1), take the expert of the highest score.

Our model is llama.cpp's `gptneox` architecture exactly (llama.cpp src/models/gptneox.cpp), with a
sequential residual (use_parallel_residual = false): pre-LayerNorm with biases (eps 1e-5), fused QKV
with bias laid out [Q of all heads; K; V] as llama.cpp slices it, rotate-half RoPE over the whole head
(rope.dimension_count = head size), tanh GELU, biases everywhere. Two differences, both exact: our
head is tied to the embedding, and gptneox has a separate `output` tensor, so the embedding is written
twice; and our embedding has padded rows V..Vp-1 (zeros, never produced), which are left out.
The vocabulary is the SentencePiece model's (read from its protobuf here: pieces, scores, types), as
tokenizer model "llama" (SentencePiece BPE with byte fallback), BOS added, a space prefix added as
SentencePiece's add_dummy_prefix does.

Types: f32 (exact), f16 (2-D weights in f16; LayerNorm weights and biases stay f32, as llama.cpp's own
converter does), q8_0 (2-D weights in llama.cpp's 8-bit blocks of 32: one f16 scale, 32 int8).
The GGUF layout written is documented in docs/formats.md. Standard library and numpy only.
"""
import argparse
import json
import os
import struct
import sys

try:
    import numpy as np
except ImportError:
    sys.exit(f"error: numpy is missing for {sys.executable}: run 'make deps' (Debian's python3-numpy) and use /usr/bin/python3")

CHECKPOINT_MAGIC, CHECKPOINT_VERSION, HEADER_BYTES = 20251105, 1, 1024
LAYERNORM_EPS = 1e-5  # kernels/layernorm.cuh

# GGUF (llama.cpp ggml/include/gguf.h): value types and tensor types used here
GGUF_MAGIC, GGUF_VERSION, GGUF_ALIGNMENT = b"GGUF", 3, 32
T_UINT32, T_INT32, T_FLOAT32, T_BOOL, T_STRING, T_ARRAY = 4, 5, 6, 7, 8, 9
GGML_F32, GGML_F16, GGML_Q8_0 = 0, 1, 8
FILE_TYPE = {"f32": 0, "f16": 1, "q8_0": 7}  # llama_ftype: ALL_F32, MOSTLY_F16, MOSTLY_Q8_0
# SentencePiece piece types (sentencepiece_model.proto) are llama.cpp's token types, value for value:
# 1 normal, 2 unknown, 3 control, 4 user defined, 5 unused, 6 byte.


class ExportError(Exception):
    pass


# ---------------------------------------------------------------------------------------------------
# reading: our checkpoint (docs/formats.md) and the SentencePiece model (a protobuf)

def read_checkpoint(path):
    try:
        data = open(path, "rb").read()
    except OSError as e:
        raise ExportError(f"{path}: cannot open ({e.strerror})")
    if len(data) < HEADER_BYTES:
        raise ExportError(f"{path}: {len(data)} bytes, shorter than a checkpoint's 1024-byte header")
    h = struct.unpack_from("<256i", data)
    if h[0] != CHECKPOINT_MAGIC:
        raise ExportError(f"{path}: not a model checkpoint (magic {h[0]}, expected {CHECKPOINT_MAGIC})")
    if h[1] != CHECKPOINT_VERSION:
        raise ExportError(f"{path}: checkpoint version {h[1]}, this exporter reads version {CHECKPOINT_VERSION}")
    V, Vp, max_T, L, H, C, rope_base, step = h[2:10]
    if not (1 <= V <= Vp <= 1 << 24 and 1 <= L <= 4096 and 1 <= H <= C <= 65536 and C % H == 0 and 1 <= max_T <= 1 << 20):
        raise ExportError(f"{path}: invalid model shape V {V}, Vp {Vp}, L {L}, H {H}, C {C}, max T {max_T}")
    sizes = [("wte", (Vp, C)), ("ln1w", (L, C)), ("ln1b", (L, C)), ("qkvw", (L, 3 * C, C)), ("qkvb", (L, 3 * C)),
             ("attprojw", (L, C, C)), ("attprojb", (L, C)), ("ln2w", (L, C)), ("ln2b", (L, C)),
             ("fcw", (L, 4 * C, C)), ("fcb", (L, 4 * C)), ("fcprojw", (L, C, 4 * C)), ("fcprojb", (L, C)),
             ("lnfw", (C,)), ("lnfb", (C,))]
    n = sum(int(np.prod(s)) for _, s in sizes)
    if len(data) != HEADER_BYTES + 4 * n:
        raise ExportError(f"{path}: {len(data)} bytes, but its shape implies {HEADER_BYTES + 4 * n} (truncated or corrupt)")
    flat = np.frombuffer(data, dtype="<f4", offset=HEADER_BYTES)
    params, at = {}, 0
    for name, shape in sizes:
        count = int(np.prod(shape))
        params[name] = flat[at:at + count].reshape(shape)
        at += count
    cfg = dict(V=V, Vp=Vp, max_T=max_T, L=L, H=H, C=C, rope_base=rope_base, step=step)
    return cfg, params


def _varint(buf, i):
    shift = value = 0
    while True:
        if i >= len(buf):
            raise ExportError("truncated varint")
        b = buf[i]
        i += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return value, i


def _fields(buf):
    """The (field number, wire type, value) of one protobuf message, in order."""
    i = 0
    while i < len(buf):
        key, i = _varint(buf, i)
        field, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _varint(buf, i)
        elif wire == 1:
            value, i = buf[i:i + 8], i + 8
        elif wire == 2:
            length, i = _varint(buf, i)
            value, i = buf[i:i + length], i + length
        elif wire == 5:
            value, i = buf[i:i + 4], i + 4
        else:
            raise ExportError(f"unsupported protobuf wire type {wire}")
        if i > len(buf):
            raise ExportError("truncated protobuf field")
        yield field, wire, value


def read_tokenizer(path):
    """SentencePiece ModelProto: pieces (1: piece, 2: score, 3: type), trainer_spec (2), normalizer_spec (3)."""
    try:
        buf = open(path, "rb").read()
    except OSError as e:
        raise ExportError(f"{path}: cannot open ({e.strerror})")
    pieces, scores, types = [], [], []
    trainer, add_dummy_prefix = {}, True
    try:
        for field, wire, value in _fields(buf):
            if field == 1 and wire == 2:
                piece, score, kind = "", 0.0, 1
                for f, w, v in _fields(value):
                    if f == 1 and w == 2:
                        piece = v.decode("utf-8")
                    elif f == 2 and w == 5:
                        score = struct.unpack("<f", v)[0]
                    elif f == 3 and w == 0:
                        kind = v
                pieces.append(piece)
                scores.append(score)
                types.append(kind)
            elif field == 2 and wire == 2:  # TrainerSpec: 40 unk_id, 41 bos_id, 42 eos_id, 43 pad_id, 3 model_type
                for f, w, v in _fields(value):
                    if w == 0 and f in (3, 40, 41, 42, 43):
                        trainer[f] = v - (1 << 64) if v >= 1 << 63 else v
            elif field == 3 and wire == 2:  # NormalizerSpec: 3 add_dummy_prefix
                for f, w, v in _fields(value):
                    if f == 3 and w == 0:
                        add_dummy_prefix = bool(v)
    except (ExportError, UnicodeDecodeError, struct.error, IndexError) as e:
        raise ExportError(f"{path}: not a SentencePiece model ({e})")
    if not pieces:
        raise ExportError(f"{path}: not a SentencePiece model (no pieces)")
    if trainer.get(3, 1) != 2:
        raise ExportError(f"{path}: a SentencePiece model of type {trainer.get(3, 1)}; only BPE (2) maps to llama.cpp's tokenizer")
    ids = dict(unk=trainer.get(40, 0), bos=trainer.get(41, 1), eos=trainer.get(42, 2), pad=trainer.get(43, -1))
    return dict(pieces=pieces, scores=scores, types=types, add_dummy_prefix=add_dummy_prefix, **ids)


# ---------------------------------------------------------------------------------------------------
# writing GGUF

class GGUFWriter:
    def __init__(self):
        self.kv = []       # (key, encoded type + value)
        self.tensors = []  # (name, ggml type, dims ne0 first, bytes)

    @staticmethod
    def _string(s):
        b = s.encode("utf-8")
        return struct.pack("<Q", len(b)) + b

    def add(self, key, kind, value):
        if kind == T_STRING:
            payload = self._string(value)
        elif kind == T_BOOL:
            payload = struct.pack("<?", value)
        else:
            payload = struct.pack({T_UINT32: "<I", T_INT32: "<i", T_FLOAT32: "<f"}[kind], value)
        self.kv.append((key, struct.pack("<I", kind) + payload))

    def add_array(self, key, kind, values):
        if kind == T_STRING:
            body = b"".join(self._string(v) for v in values)
        else:
            body = np.asarray(values, dtype={T_INT32: "<i4", T_FLOAT32: "<f4"}[kind]).tobytes()
        self.kv.append((key, struct.pack("<IIQ", T_ARRAY, kind, len(values)) + body))

    def add_tensor(self, name, array, kind):
        """array: row-major, rows = the outer dimension; GGUF lists dimensions innermost first."""
        a = np.ascontiguousarray(array, dtype=np.float32)
        if kind == GGML_F32:
            data = a.astype("<f4").tobytes()
        elif kind == GGML_F16:
            data = a.astype("<f2").tobytes()
        elif kind == GGML_Q8_0:
            data = quantize_q8_0(a)
        self.tensors.append((name, kind, list(reversed(a.shape)), data))

    def write(self, path):
        out = [GGUF_MAGIC, struct.pack("<IQQ", GGUF_VERSION, len(self.tensors), len(self.kv))]
        for key, payload in self.kv:
            out += [self._string(key), payload]
        offset = 0
        for name, kind, dims, data in self.tensors:
            out += [self._string(name), struct.pack("<I", len(dims)), struct.pack(f"<{len(dims)}Q", *dims),
                    struct.pack("<IQ", kind, offset)]
            offset += (len(data) + GGUF_ALIGNMENT - 1) // GGUF_ALIGNMENT * GGUF_ALIGNMENT
        head = b"".join(out)
        head += b"\0" * (-len(head) % GGUF_ALIGNMENT)
        tmp = path + ".tmp"
        try:
            with open(tmp, "wb") as f:  # written whole, then renamed: no half file under the real name
                f.write(head)
                for _, _, _, data in self.tensors:
                    f.write(data)
                    f.write(b"\0" * (-len(data) % GGUF_ALIGNMENT))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


def quantize_q8_0(a):
    """llama.cpp's Q8_0 (ggml-quants.c, quantize_row_q8_0_ref): blocks of 32 along each row, d = max|x| / 127
    stored as f16, q = round(x / d) as int8."""
    if a.shape[-1] % 32:
        raise ExportError(f"q8_0 needs rows whose length is a multiple of 32, not {a.shape[-1]}")
    blocks = a.reshape(-1, 32).astype(np.float32)
    d = np.abs(blocks).max(axis=1) / np.float32(127)  # in float32, as the C code
    inv = np.where(d > 0, np.float32(1) / np.where(d > 0, d, np.float32(1)), np.float32(0)).astype(np.float32)
    x = blocks * inv[:, None]
    q = (np.sign(x) * np.floor(np.abs(x) + np.float32(0.5))).astype(np.int8)  # roundf: halves away from zero
    rec = np.zeros(len(blocks), dtype=[("d", "<f2"), ("q", "i1", (32,))])
    rec["d"] = d.astype("<f2")
    rec["q"] = q
    return rec.tobytes()


def export(ckpt_path, tok, out_path, kind, name):
    cfg, p = read_checkpoint(ckpt_path)
    V, C, L, H = cfg["V"], cfg["C"], cfg["L"], cfg["H"]
    if V != len(tok["pieces"]):
        raise ExportError(f"{ckpt_path} has a vocabulary of {V} tokens but the tokenizer has {len(tok['pieces'])}: "
                          f"give the tokenizer.model the model was trained with")
    w2 = {"f32": GGML_F32, "f16": GGML_F16, "q8_0": GGML_Q8_0}[kind]  # 2-D weights; 1-D tensors stay f32
    g = GGUFWriter()
    g.add("general.architecture", T_STRING, "gptneox")
    g.add("general.name", T_STRING, name)
    g.add("general.file_type", T_UINT32, FILE_TYPE[kind])
    g.add("general.alignment", T_UINT32, GGUF_ALIGNMENT)
    g.add("gptneox.context_length", T_UINT32, cfg["max_T"])
    g.add("gptneox.embedding_length", T_UINT32, C)
    g.add("gptneox.block_count", T_UINT32, L)
    g.add("gptneox.feed_forward_length", T_UINT32, 4 * C)
    g.add("gptneox.attention.head_count", T_UINT32, H)
    g.add("gptneox.attention.layer_norm_epsilon", T_FLOAT32, LAYERNORM_EPS)
    g.add("gptneox.use_parallel_residual", T_BOOL, False)
    g.add("gptneox.rope.dimension_count", T_UINT32, C // H)
    g.add("gptneox.rope.freq_base", T_FLOAT32, float(cfg["rope_base"]))
    g.add("tokenizer.ggml.model", T_STRING, "llama")
    g.add_array("tokenizer.ggml.tokens", T_STRING, tok["pieces"])
    g.add_array("tokenizer.ggml.scores", T_FLOAT32, tok["scores"])
    # USER_DEFINED (4) pieces (our tabs, data/tokenizer.cpp) are written as NORMAL (1): llama.cpp splits user-
    # defined pieces out of the text before its BPE and then adds a space prefix to the text after each one,
    # which SentencePiece does not ("\treturn" would become "\t" "▁return"). As normal pieces with their score
    # 0, above every merge, its BPE forms them exactly where SentencePiece matches them (test_export.cu).
    g.add_array("tokenizer.ggml.token_type", T_INT32, [1 if t == 4 else t for t in tok["types"]])
    g.add("tokenizer.ggml.bos_token_id", T_UINT32, tok["bos"])
    if tok["eos"] >= 0:
        g.add("tokenizer.ggml.eos_token_id", T_UINT32, tok["eos"])
    if tok["unk"] >= 0:
        g.add("tokenizer.ggml.unknown_token_id", T_UINT32, tok["unk"])
    g.add("tokenizer.ggml.add_bos_token", T_BOOL, True)
    g.add("tokenizer.ggml.add_eos_token", T_BOOL, False)
    g.add("tokenizer.ggml.add_space_prefix", T_BOOL, tok["add_dummy_prefix"])

    wte = p["wte"][:V]  # rows V..Vp-1 are padding
    g.add_tensor("token_embd.weight", wte, w2)
    for l in range(L):
        b = f"blk.{l}."
        g.add_tensor(b + "attn_norm.weight", p["ln1w"][l], GGML_F32)
        g.add_tensor(b + "attn_norm.bias", p["ln1b"][l], GGML_F32)
        g.add_tensor(b + "attn_qkv.weight", p["qkvw"][l], w2)  # (3C, C): rows Q of all heads, then K, then V
        g.add_tensor(b + "attn_qkv.bias", p["qkvb"][l], GGML_F32)
        g.add_tensor(b + "attn_output.weight", p["attprojw"][l], w2)
        g.add_tensor(b + "attn_output.bias", p["attprojb"][l], GGML_F32)
        g.add_tensor(b + "ffn_norm.weight", p["ln2w"][l], GGML_F32)
        g.add_tensor(b + "ffn_norm.bias", p["ln2b"][l], GGML_F32)
        g.add_tensor(b + "ffn_up.weight", p["fcw"][l], w2)
        g.add_tensor(b + "ffn_up.bias", p["fcb"][l], GGML_F32)
        g.add_tensor(b + "ffn_down.weight", p["fcprojw"][l], w2)
        g.add_tensor(b + "ffn_down.bias", p["fcprojb"][l], GGML_F32)
    g.add_tensor("output_norm.weight", p["lnfw"], GGML_F32)
    g.add_tensor("output_norm.bias", p["lnfb"], GGML_F32)
    g.add_tensor("output.weight", wte, w2)  # our head is tied to the embedding; gptneox has its own
    g.write(out_path)
    return cfg


def check_output_folder(folder):
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise ExportError(f"{folder}: exists and is not a folder")
    try:
        os.makedirs(folder, exist_ok=True)
        probe = os.path.join(folder, f".probe{os.getpid()}")
        open(probe, "wb").close()
        os.unlink(probe)
    except OSError as e:
        raise ExportError(f"{folder}: cannot write there ({e.strerror})")


def export_run(run, tok, out, kind):
    routers = []
    while os.path.exists(os.path.join(run, "routers", f"router_{len(routers):02d}.ckpt")):
        routers.append(os.path.join(run, "routers", f"router_{len(routers):02d}.ckpt"))
    if len(routers) < 2:
        raise ExportError(f"{run}: no routers/router_00.ckpt, router_01.ckpt (the layout scripts/pipeline.sh writes)")
    E = len(routers)
    experts = [os.path.join(run, f"expert_{e}", "model.ckpt") for e in range(E)]
    for path in experts:
        if not os.path.exists(path):
            raise ExportError(f"{path}: missing: a run with {E} routers needs expert_0 .. expert_{E - 1}")
    # the dense baselines (scripts/pipeline.sh): dense_batch (the paper's), dense_steps; "dense" in older runs
    dense = {name: os.path.join(run, name, "model.ckpt") for name in ("dense_batch", "dense_steps", "dense")
             if os.path.exists(os.path.join(run, name, "model.ckpt"))}
    for path in routers + experts + list(dense.values()):  # all checked before any is written
        cfg, _ = read_checkpoint(path)
        if cfg["V"] != len(tok["pieces"]):
            raise ExportError(f"{path} has a vocabulary of {cfg['V']} tokens but the tokenizer has {len(tok['pieces'])}: "
                              f"give the tokenizer.model the run was trained with")
    check_output_folder(out)
    manifest = dict(format="smalltalk.cu gguf export 1", type=kind, experts=E, routers=[], expert_files=[], dense={})
    for e, path in enumerate(routers):
        cfg = export(path, tok, os.path.join(out, f"router_{e:02d}.gguf"), kind, f"smalltalk router {e}")
        manifest["routers"].append(f"router_{e:02d}.gguf")
        manifest["prefix"] = cfg["max_T"]  # M: routers are trained and scored on the first M tokens (train_router)
    for e, path in enumerate(experts):
        export(path, tok, os.path.join(out, f"expert_{e:02d}.gguf"), kind, f"smalltalk expert {e}")
        manifest["expert_files"].append(f"expert_{e:02d}.gguf")
    for name, path in dense.items():
        export(path, tok, os.path.join(out, f"{name}.gguf"), kind, f"smalltalk {name} baseline")
        manifest["dense"][name] = f"{name}.gguf"
    manifest["routing"] = ("score the first M = prefix tokens of the prompt (BOS first, as llama.cpp adds it) with every "
                           "router: the sum of log p(x_t | x_<t) for t = 1 .. M-1; run the expert of the highest score")
    tmp = os.path.join(out, "manifest.json.tmp")
    with open(tmp, "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    os.replace(tmp, os.path.join(out, "manifest.json"))
    return manifest


def main():
    ap = argparse.ArgumentParser(description="Exports smalltalk.cu checkpoints as GGUF files for llama.cpp.")
    ap.add_argument("--tokenizer", required=True, help="the SentencePiece tokenizer.model the models were trained with")
    ap.add_argument("--type", default="f32", choices=["f32", "f16", "q8_0"], help="weight type (default f32)")
    ap.add_argument("--run", metavar="DIR", help="export a whole run folder (routers/, expert_E/, dense_batch/, dense_steps/) into OUT, a folder")
    ap.add_argument("inputs", nargs="+", help="CHECKPOINT OUT.gguf, or with --run: OUT_FOLDER")
    a = ap.parse_args()
    try:
        tok = read_tokenizer(a.tokenizer)
        if a.run:
            if len(a.inputs) != 1:
                raise ExportError("with --run give one argument, the output folder")
            m = export_run(a.run, tok, a.inputs[0], a.type)
            print(f"exported {a.run}: {m['experts']} routers, {m['experts']} experts{''.join(', ' + k for k in m['dense'])} "
                  f"({a.type}) and manifest.json into {a.inputs[0]}")
        else:
            if len(a.inputs) != 2:
                raise ExportError("give CHECKPOINT OUT.gguf (or --run DIR OUT_FOLDER)")
            ckpt, out = a.inputs
            folder = os.path.dirname(out) or "."
            if not os.path.isdir(folder):
                raise ExportError(f"{out}: the folder {folder} does not exist")
            if not os.access(folder, os.W_OK):
                raise ExportError(f"{out}: cannot write into {folder}")
            cfg = export(ckpt, tok, out, a.type, os.path.basename(ckpt))
            print(f"exported {ckpt} (L {cfg['L']}, H {cfg['H']}, C {cfg['C']}, V {cfg['V']}, step {cfg['step']}) "
                  f"as {out} ({a.type})")
    except ExportError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)
    except OSError as e:
        print(f"error: {e.filename or ''}: {e.strerror}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
