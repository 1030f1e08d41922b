// files.h — the project's binary files (docs/formats.md): tokens, labels, assignments,
// scores, model checkpoints, optimizer state, tf-idf routers. Implemented here once for every program.
//
// Every file starts with a 256 x int32 little-endian header (1024 bytes): word 0 the magic
// number, word 1 the version, then the fields of each format. Readers check magic, version,
// header consistency and the file size, and throw an error naming the file and what is wrong.
// Writers write `name.tmp` and rename it over `name` only when complete, so no reader ever
// sees half a file (rename is atomic within one file system).
#pragma once

#include <dirent.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "util.h"

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the file formats are little-endian");

// ----------------------------------------------------------------------------
// magic numbers and versions (part of the public interface: bump the version on any change)

enum FileKind { TOKENS, LABELS, ASSIGNMENT, SCORES, CHECKPOINT, OPTIMIZER, TFIDF_ROUTER, NUM_FILE_KINDS };
constexpr int32_t FILE_MAGIC[NUM_FILE_KINDS]   = {20251101, 20251102, 20251103, 20251104, 20251105, 20251106, 20251107};
constexpr int32_t FILE_VERSION[NUM_FILE_KINDS] = {1, 1, 1, 1, 1, 1, 1};
constexpr const char* FILE_KIND_NAME[NUM_FILE_KINDS] = {
    "token file", "labels file", "assignment file", "scores file", "model checkpoint", "optimizer state file",
    "tf-idf router"};
constexpr int HEADER_INTS = 256;
constexpr int64_t HEADER_BYTES = HEADER_INTS * 4;

struct Header {
    int32_t w[HEADER_INTS] = {};
    // 64-bit fields take two words, low word first.
    int64_t get64(int i) const { return (int64_t)(((uint64_t)(uint32_t)w[i + 1] << 32) | (uint32_t)w[i]); }
    void set64(int i, int64_t v) { w[i] = (int32_t)(uint32_t)(uint64_t)v; w[i + 1] = (int32_t)(uint32_t)((uint64_t)v >> 32); }
};

// ----------------------------------------------------------------------------
// writing: name.tmp, then rename

class AtomicFile {
public:
    explicit AtomicFile(std::string path) : path_(std::move(path)), tmp_(path_ + ".tmp") {
        f_ = fopen(tmp_.c_str(), "wb");
        if (!f_) fail("%s: cannot create (%s)", tmp_.c_str(), strerror(errno));
        setvbuf(f_, nullptr, _IOFBF, 1 << 20);
    }
    // Not committed (an error happened on the way): remove the partial file.
    ~AtomicFile() {
        if (f_) fclose(f_);
        if (f_ || closed_) unlink(tmp_.c_str());
    }
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(const void* data, size_t bytes) {
        if (bytes && fwrite(data, 1, bytes, f_) != bytes) fail("%s: write failed (%s)", tmp_.c_str(), strerror(errno));
        if (crash_armed()) {  // the kill tests: die with this much of the file on disk, the rest not yet written
            fflush(f_);
            crash_point("writing " + path_.substr(path_.rfind('/') + 1));
        }
    }
    // Rewrites bytes already written (a header whose counts are known only at the end).
    void write_at(int64_t offset, const void* data, size_t bytes) {
        long here = ftell(f_);
        if (fseek(f_, (long)offset, SEEK_SET) != 0) fail("%s: seek failed (%s)", tmp_.c_str(), strerror(errno));
        write(data, bytes);
        if (fseek(f_, here, SEEK_SET) != 0) fail("%s: seek failed (%s)", tmp_.c_str(), strerror(errno));
    }
    // Two steps, so that a program writing several files can publish them all only at the end.
    void close() {
        bool ok = fflush(f_) == 0 && fsync(fileno(f_)) == 0;
        int err = errno;
        ok = (fclose(f_) == 0) && ok;
        f_ = nullptr;
        if (!ok) { unlink(tmp_.c_str()); fail("%s: write failed (%s)", tmp_.c_str(), strerror(err)); }
        closed_ = true;
    }
    void publish() {
        if (rename(tmp_.c_str(), path_.c_str()) != 0) {
            int err = errno;
            fail("%s: cannot rename %s into place (%s)", path_.c_str(), tmp_.c_str(), strerror(err));
        }
        closed_ = false;
    }
    void commit() { close(); publish(); }
    const std::string& path() const { return path_; }

private:
    std::string path_, tmp_;
    FILE* f_ = nullptr;
    bool closed_ = false;  // closed but not yet renamed into place
};

// Checks, before any long work, that a file can be written at `path` (the value of --`flag`): its
// folder exists and is a folder, `path` is not a folder, and a file can really be created there.
// The creation is tried rather than asked of access(), which says yes to root on any folder.
inline void check_output_file(const char* flag, const std::string& path) {
    size_t slash = path.rfind('/');
    std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    struct stat st;
    if (stat(dir.c_str(), &st) != 0)
        fail("--%s %s: the folder %s does not exist (%s); create it first", flag, path.c_str(), dir.c_str(), strerror(errno));
    if (!S_ISDIR(st.st_mode)) fail("--%s %s: %s is not a folder", flag, path.c_str(), dir.c_str());
    if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        fail("--%s %s: is a folder; give a file name (e.g. %s/out.bin)", flag, path.c_str(), path.c_str());
    std::string probe = path + ".probe" + std::to_string(getpid());
    int fd = open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0) fail("--%s %s: cannot create a file in %s (%s)", flag, path.c_str(), dir.c_str(), strerror(errno));
    close(fd);
    unlink(probe.c_str());
}

// ----------------------------------------------------------------------------
// reading: open, check size, magic, version

inline int64_t file_size_or_fail(const std::string& path) {
    struct stat st;
    if (stat(path.c_str(), &st) != 0) fail("%s: cannot open (%s)", path.c_str(), strerror(errno));
    if (!S_ISREG(st.st_mode)) fail("%s: not a regular file", path.c_str());
    return (int64_t)st.st_size;
}

// Reads the header of `path` and checks that it is a `kind` file of a version we read.
// Returns the header; *size receives the file size in bytes.
inline Header read_header(const std::string& path, FileKind kind, int64_t* size) {
    const char* kind_name = FILE_KIND_NAME[kind];
    *size = file_size_or_fail(path);
    if (*size < HEADER_BYTES)
        fail("%s: %lld bytes, shorter than the %lld-byte header of a %s (empty or truncated file)", path.c_str(),
             (long long)*size, (long long)HEADER_BYTES, kind_name);
    Header h;
    FILE* f = fopen(path.c_str(), "rb");
    if (!f) fail("%s: cannot open (%s)", path.c_str(), strerror(errno));
    size_t got = fread(h.w, 4, HEADER_INTS, f);
    fclose(f);
    if (got != (size_t)HEADER_INTS) fail("%s: cannot read the header", path.c_str());
    if (h.w[0] != FILE_MAGIC[kind]) {
        for (int k = 0; k < NUM_FILE_KINDS; k++)
            if (h.w[0] == FILE_MAGIC[k])
                fail("%s: magic %d says this is in the %s format, but the %s format (magic %d) is expected here",
                     path.c_str(), h.w[0], FILE_KIND_NAME[k], kind_name, FILE_MAGIC[kind]);
        fail("%s: not a %s: magic number %d, expected %d (not a smalltalk.cu file, or corrupt)", path.c_str(),
             kind_name, h.w[0], FILE_MAGIC[kind]);
    }
    if (h.w[1] != FILE_VERSION[kind])
        fail("%s: %s version %d, but this build reads version %d (re-create the file with this build, or use the "
             "matching version of smalltalk.cu)", path.c_str(), kind_name, h.w[1], FILE_VERSION[kind]);
    return h;
}

inline void check_file_size(const std::string& path, FileKind kind, int64_t size, int64_t expected, const char* what) {
    if (size != expected)
        fail("%s: %s of %lld bytes, but its header (%s) implies %lld bytes: the file is %s", path.c_str(),
             FILE_KIND_NAME[kind], (long long)size, what, (long long)expected,
             size < expected ? "truncated (re-create it)" : "longer than its header says (corrupt)");
}

// A header field that counts records of `each` bytes (tokens, documents, sequences, values) is
// checked against the bytes the file really holds after the header *before* anything is multiplied:
// a corrupt count near 2^63 would otherwise wrap count x each around to the true size and pass
// the size check. `field` names the field and its header words, for the message.
inline void check_count_fits(const std::string& path, FileKind kind, const char* field, int64_t count, int64_t each,
                             int64_t available) {
    if (count < 0)
        fail("%s: header field %s is %lld, negative: the %s is corrupt (re-create it)", path.c_str(), field,
             (long long)count, FILE_KIND_NAME[kind]);
    if (count > available / each)
        fail("%s: header field %s is %lld, but %lld records of %lld bytes do not fit the %lld bytes after the header: "
             "the %s is truncated or corrupt (re-create it)", path.c_str(), field, (long long)count, (long long)count,
             (long long)each, (long long)available, FILE_KIND_NAME[kind]);
}

inline void read_body(const std::string& path, void* data, size_t bytes) {
    FILE* f = fopen(path.c_str(), "rb");
    if (!f) fail("%s: cannot open (%s)", path.c_str(), strerror(errno));
    bool ok = fseek(f, (long)HEADER_BYTES, SEEK_SET) == 0 && (bytes == 0 || fread(data, 1, bytes, f) == bytes);
    fclose(f);
    if (!ok) fail("%s: read failed", path.c_str());
}

inline Header new_header(FileKind kind) {
    Header h;
    h.w[0] = FILE_MAGIC[kind];
    h.w[1] = FILE_VERSION[kind];
    return h;
}

// ----------------------------------------------------------------------------
// token files. header: 2-3 token count, 4 vocab size, 5 bytes per token (2|4), 6 BOS id,
// 7 EOS id (-1: none). Body: the ids; each document starts with BOS.

// Sequence i is tokens [i*S, i*S + S] (S+1 tokens: inputs and the shifted targets).
inline int64_t num_sequences(int64_t token_count, int S) { return token_count < 1 ? 0 : (token_count - 1) / S; }

inline void check_token_header(const std::string& path, int64_t count, int vocab, int bytes_per_token, int bos, int eos) {
    if (count < 0) fail("%s: header field token count (words 2-3) is %lld, negative (corrupt file)", path.c_str(), (long long)count);
    if (bytes_per_token != 2 && bytes_per_token != 4)
        fail("%s: %d bytes per token; only 2 (vocabulary <= 65536) and 4 are supported", path.c_str(), bytes_per_token);
    if (vocab < 1) fail("%s: vocabulary size %d must be positive", path.c_str(), vocab);
    if (bytes_per_token == 2 && vocab > 65536)
        fail("%s: vocabulary of %d tokens does not fit 2 bytes per token (at most 65536); use 4 bytes per token",
             path.c_str(), vocab);
    if (bos < 0 || bos >= vocab) fail("%s: BOS id %d is outside the vocabulary [0, %d)", path.c_str(), bos, vocab);
    if (eos < -1 || eos >= vocab) fail("%s: EOS id %d is outside the vocabulary [0, %d) and not -1", path.c_str(), eos, vocab);
}

// A token file, memory-mapped read-only: nothing is loaded until it is touched.
class TokenFile {
public:
    std::string path;
    int64_t count = 0;
    int vocab = 0, bytes_per_token = 0, bos = 0, eos = -1;

    // check_ids: scan every token once and reject ids >= vocab (they would index out of bounds later).
    explicit TokenFile(const std::string& file, bool check_ids = true) : path(file) {
        int64_t size;
        Header h = read_header(path, TOKENS, &size);
        count = h.get64(2);
        vocab = h.w[4]; bytes_per_token = h.w[5]; bos = h.w[6]; eos = h.w[7];
        check_token_header(path, count, vocab, bytes_per_token, bos, eos);
        check_count_fits(path, TOKENS, "token count (words 2-3)", count, bytes_per_token, size - HEADER_BYTES);
        check_file_size(path, TOKENS, size, HEADER_BYTES + count * bytes_per_token, "token count x bytes per token");
        int fd = open(path.c_str(), O_RDONLY);
        if (fd < 0) fail("%s: cannot open (%s)", path.c_str(), strerror(errno));
        map_bytes_ = (size_t)size;
        map_ = mmap(nullptr, map_bytes_, PROT_READ, MAP_PRIVATE, fd, 0);
        close(fd);
        if (map_ == MAP_FAILED) { map_ = nullptr; fail("%s: mmap failed (%s)", path.c_str(), strerror(errno)); }
        body_ = (const unsigned char*)map_ + HEADER_BYTES;
        if (check_ids) {
            for (int64_t i = 0; i < count; i++)
                if ((*this)[i] >= (uint32_t)vocab)
                    fail("%s: token %lld has id %u, outside the vocabulary of %d (corrupt file)", path.c_str(),
                         (long long)i, (*this)[i], vocab);
        }
    }
    ~TokenFile() { if (map_) munmap(map_, map_bytes_); }
    TokenFile(const TokenFile&) = delete;
    TokenFile& operator=(const TokenFile&) = delete;

    uint32_t operator[](int64_t i) const {
        if (bytes_per_token == 2) { uint16_t x; memcpy(&x, body_ + 2 * i, 2); return x; }
        uint32_t x; memcpy(&x, body_ + 4 * i, 4); return x;
    }
    // Copies tokens [start, start+n) into out.
    void read(int64_t start, int64_t n, int* out) const {
        if (start < 0 || n < 0 || start + n > count)
            fail("%s: read of tokens [%lld, %lld) outside the file's %lld tokens", path.c_str(), (long long)start,
                 (long long)(start + n), (long long)count);
        for (int64_t i = 0; i < n; i++) out[i] = (int)(*this)[start + i];
    }
    int64_t sequences(int S) const { return num_sequences(count, S); }

private:
    void* map_ = nullptr;
    size_t map_bytes_ = 0;
    const unsigned char* body_ = nullptr;
};

// Streams tokens to a new token file; the header's count is filled in by commit().
class TokenWriter {
public:
    TokenWriter(const std::string& path, int vocab, int bytes_per_token, int bos, int eos)
        : file_(path), vocab_(vocab), bytes_per_token_(bytes_per_token), bos_(bos), eos_(eos) {
        check_token_header(path, 0, vocab, bytes_per_token, bos, eos);
        Header h = header();
        file_.write(h.w, HEADER_BYTES);
    }
    void append(const int* ids, size_t n) {
        buf_.resize(n * bytes_per_token_);
        for (size_t i = 0; i < n; i++) {
            if (ids[i] < 0 || ids[i] >= vocab_)
                fail("%s: token id %d outside the vocabulary [0, %d)", file_.path().c_str(), ids[i], vocab_);
            if (bytes_per_token_ == 2) { uint16_t x = (uint16_t)ids[i]; memcpy(&buf_[2 * i], &x, 2); }
            else { uint32_t x = (uint32_t)ids[i]; memcpy(&buf_[4 * i], &x, 4); }
        }
        file_.write(buf_.data(), buf_.size());
        count_ += (int64_t)n;
    }
    int64_t count() const { return count_; }
    const std::string& path() const { return file_.path(); }
    void close() {
        Header h = header();
        file_.write_at(0, h.w, HEADER_BYTES);
        file_.close();
    }
    void publish() { file_.publish(); }
    void commit() { close(); publish(); }

private:
    Header header() const {
        Header h = new_header(TOKENS);
        h.set64(2, count_);
        h.w[4] = vocab_; h.w[5] = bytes_per_token_; h.w[6] = bos_; h.w[7] = eos_;
        return h;
    }
    AtomicFile file_;
    int vocab_, bytes_per_token_, bos_, eos_;
    int64_t count_ = 0;
    std::vector<unsigned char> buf_;
};

// ----------------------------------------------------------------------------
// labels files: the domain of each document, for diagnostics only (never used for routing).
// header: 2-3 document count, 4 number of label values, 5 bytes of the label-name table,
// 6-7 token count of the token file described. Body: per document a packed 12-byte record
// (int64 first-token offset, int32 label), then the names, each NUL-terminated, in label order.

struct Labels {
    int64_t token_count = 0;          // tokens in the token file these labels describe
    std::vector<int64_t> offset;      // first-token offset of each document, strictly increasing
    std::vector<int32_t> label;       // each document's label, in [0, names.size())
    std::vector<std::string> names;   // the label values' names (e.g. domains)

    // The label of the document that contains token `pos`.
    int label_at(int64_t pos) const {
        auto it = std::upper_bound(offset.begin(), offset.end(), pos);
        return it == offset.begin() ? -1 : label[it - offset.begin() - 1];
    }
};

inline void check_labels(const std::string& path, const Labels& lb) {
    if (lb.offset.size() != lb.label.size()) fail("%s: %zu offsets but %zu labels", path.c_str(), lb.offset.size(), lb.label.size());
    for (size_t i = 0; i < lb.offset.size(); i++) {
        if (lb.offset[i] < 0 || lb.offset[i] >= lb.token_count || (i > 0 && lb.offset[i] <= lb.offset[i - 1]))
            fail("%s: document %zu starts at token %lld: offsets must increase and stay below the token count %lld",
                 path.c_str(), i, (long long)lb.offset[i], (long long)lb.token_count);
        if (lb.label[i] < 0 || lb.label[i] >= (int32_t)lb.names.size())
            fail("%s: document %zu has label %d, outside [0, %zu)", path.c_str(), i, lb.label[i], lb.names.size());
    }
}

// Writes the labels into `f` without closing it (see write_labels for the usual case).
inline void write_labels_to(AtomicFile& f, const Labels& lb) {
    const std::string& path = f.path();
    check_labels(path, lb);
    std::string names;
    for (const std::string& n : lb.names) {
        if (n.find('\0') != std::string::npos) fail("%s: label name contains a NUL byte", path.c_str());
        names += n;
        names += '\0';
    }
    Header h = new_header(LABELS);
    h.set64(2, (int64_t)lb.offset.size());
    h.w[4] = (int32_t)lb.names.size();
    h.w[5] = (int32_t)names.size();
    h.set64(6, lb.token_count);
    f.write(h.w, HEADER_BYTES);
    std::vector<unsigned char> rec(12 * lb.offset.size());
    for (size_t i = 0; i < lb.offset.size(); i++) {
        memcpy(&rec[12 * i], &lb.offset[i], 8);
        memcpy(&rec[12 * i + 8], &lb.label[i], 4);
    }
    f.write(rec.data(), rec.size());
    f.write(names.data(), names.size());
}

inline void write_labels(const std::string& path, const Labels& lb) {
    AtomicFile f(path);
    write_labels_to(f, lb);
    f.commit();
}

inline Labels read_labels(const std::string& path) {
    int64_t size;
    Header h = read_header(path, LABELS, &size);
    int64_t ndocs = h.get64(2);
    int nlabels = h.w[4], name_bytes = h.w[5];
    if (nlabels < 0 || nlabels > 65536)
        fail("%s: header field label count (word 4) is %d, outside [0, 65536] (corrupt file)", path.c_str(), nlabels);
    check_count_fits(path, LABELS, "name-table bytes (word 5)", name_bytes, 1, size - HEADER_BYTES);
    check_count_fits(path, LABELS, "document count (words 2-3)", ndocs, 12, size - HEADER_BYTES - name_bytes);
    check_file_size(path, LABELS, size, HEADER_BYTES + 12 * ndocs + name_bytes, "12 bytes per document + the name table");
    std::vector<unsigned char> body((size_t)(size - HEADER_BYTES));
    read_body(path, body.data(), body.size());
    Labels lb;
    lb.token_count = h.get64(6);
    lb.offset.resize(ndocs);
    lb.label.resize(ndocs);
    for (int64_t i = 0; i < ndocs; i++) {
        memcpy(&lb.offset[i], &body[12 * i], 8);
        memcpy(&lb.label[i], &body[12 * i + 8], 4);
    }
    const char* p = (const char*)body.data() + 12 * ndocs;
    const char* end = p + name_bytes;
    while (p < end) {
        const char* z = (const char*)memchr(p, '\0', end - p);
        if (!z) fail("%s: the label-name table is not NUL-terminated (corrupt)", path.c_str());
        lb.names.emplace_back(p, z);
        p = z + 1;
    }
    if (name_bytes == 0)  // a writer that kept no names: number them
        for (int k = 0; k < nlabels; k++) lb.names.push_back(std::to_string(k));
    if ((int)lb.names.size() != nlabels)
        fail("%s: header says %d label values but the name table holds %zu names", path.c_str(), nlabels, lb.names.size());
    check_labels(path, lb);
    return lb;
}

// ----------------------------------------------------------------------------
// assignment files: the expert of every sequence of one token file.
// header: 2-3 N sequences, 4 S, 5 E, 6 M (prefix used), 7 chunk size (0 = whole),
// 8-9 token count of the token file it was made from. Body: N x uint16 expert id.

constexpr uint16_t UNASSIGNED = 0xFFFF;

struct Assignment {
    int S = 0, E = 0, M = 0, chunk = 0;
    int64_t token_count = 0;
    std::vector<uint16_t> expert;  // one per sequence; UNASSIGNED = not assigned
};

inline void check_assignment(const std::string& path, const Assignment& a) {
    if (a.S < 1 || a.E < 1 || a.E >= UNASSIGNED || a.M < 1 || a.M > a.S || a.chunk < 0 || a.token_count < 0)
        fail("%s: inconsistent header: S %d, E %d, M %d, chunk %d, token count %lld (need S >= 1, 1 <= E < 65535, "
             "1 <= M <= S, chunk >= 0)", path.c_str(), a.S, a.E, a.M, a.chunk, (long long)a.token_count);
    int64_t n = num_sequences(a.token_count, a.S);
    if ((int64_t)a.expert.size() != n)
        fail("%s: %zu sequences, but a token file of %lld tokens has %lld sequences of length %d", path.c_str(),
             a.expert.size(), (long long)a.token_count, (long long)n, a.S);
    for (size_t i = 0; i < a.expert.size(); i++)
        if (a.expert[i] >= a.E && a.expert[i] != UNASSIGNED)
            fail("%s: sequence %zu is assigned to expert %d, but there are only %d experts", path.c_str(), i, a.expert[i], a.E);
}

inline void write_assignment(const std::string& path, const Assignment& a) {
    check_assignment(path, a);
    Header h = new_header(ASSIGNMENT);
    h.set64(2, (int64_t)a.expert.size());
    h.w[4] = a.S; h.w[5] = a.E; h.w[6] = a.M; h.w[7] = a.chunk;
    h.set64(8, a.token_count);
    AtomicFile f(path);
    f.write(h.w, HEADER_BYTES);
    f.write(a.expert.data(), a.expert.size() * 2);
    f.commit();
}

inline Assignment read_assignment(const std::string& path) {
    int64_t size;
    Header h = read_header(path, ASSIGNMENT, &size);
    int64_t n = h.get64(2);
    check_count_fits(path, ASSIGNMENT, "sequence count (words 2-3)", n, 2, size - HEADER_BYTES);
    check_file_size(path, ASSIGNMENT, size, HEADER_BYTES + 2 * n, "2 bytes per sequence");
    Assignment a;
    a.S = h.w[4]; a.E = h.w[5]; a.M = h.w[6]; a.chunk = h.w[7];
    a.token_count = h.get64(8);
    a.expert.resize(n);
    read_body(path, a.expert.data(), 2 * n);
    check_assignment(path, a);
    return a;
}

// Refuses an assignment made for another token file or another sequence length.
inline void check_assignment_matches(const std::string& path, const Assignment& a, const TokenFile& tokens, int S) {
    if (a.token_count != tokens.count || a.S != S)
        fail("%s: made for a token file of %lld tokens cut into sequences of %d, but %s has %lld tokens and S is %d "
             "(re-run segment on this token file with this S)", path.c_str(), (long long)a.token_count, a.S,
             tokens.path.c_str(), (long long)tokens.count, S);
}

// ----------------------------------------------------------------------------
// scores files: every router's log-likelihood of every sequence's prefix.
// header: 2-3 N, 4 E, 5 M. Body: N x E float32, row = sequence.

struct Scores {
    int E = 0, M = 0;
    int64_t n = 0;
    std::vector<float> s;  // n x E
};

inline void write_scores(const std::string& path, const Scores& sc) {
    if (sc.E < 1 || sc.M < 1 || sc.n < 0 || (int64_t)sc.s.size() != sc.n * sc.E)
        fail("%s: inconsistent scores (N %lld, E %d, M %d, %zu values)", path.c_str(), (long long)sc.n, sc.E, sc.M, sc.s.size());
    Header h = new_header(SCORES);
    h.set64(2, sc.n);
    h.w[4] = sc.E; h.w[5] = sc.M;
    AtomicFile f(path);
    f.write(h.w, HEADER_BYTES);
    f.write(sc.s.data(), sc.s.size() * 4);
    f.commit();
}

inline Scores read_scores(const std::string& path) {
    int64_t size;
    Header h = read_header(path, SCORES, &size);
    Scores sc;
    sc.n = h.get64(2); sc.E = h.w[4]; sc.M = h.w[5];
    if (sc.E < 1 || sc.E >= UNASSIGNED) fail("%s: header field E (word 4) is %d, outside [1, 65535) (corrupt file)", path.c_str(), sc.E);
    if (sc.M < 1) fail("%s: header field M (word 5) is %d, not positive (corrupt file)", path.c_str(), sc.M);
    check_count_fits(path, SCORES, "sequence count N (words 2-3)", sc.n, 4 * (int64_t)sc.E, size - HEADER_BYTES);
    check_file_size(path, SCORES, size, HEADER_BYTES + 4 * sc.n * sc.E, "N x E float32");
    sc.s.resize(sc.n * sc.E);
    read_body(path, sc.s.data(), sc.s.size() * 4);
    return sc;
}

// ----------------------------------------------------------------------------
// model checkpoints. header: 2 V, 3 padded Vp, 4 max sequence length, 5 L, 6 H, 7 C,
// 8 RoPE base, 9 step. Body: float32 parameters, in the order and (out, in) layout below.

struct ModelConfig {
    int V = 0;           // vocabulary size
    int Vp = 0;          // padded vocabulary (rows V..Vp-1 of wte are zero)
    int max_T = 0;       // maximum sequence length
    int L = 0, H = 0, C = 0;
    int rope_base = 10000;
};

constexpr int NUM_PARAM_TENSORS = 15;
constexpr const char* PARAM_NAMES[NUM_PARAM_TENSORS] = {
    "wte", "ln1w", "ln1b", "qkvw", "qkvb", "attprojw", "attprojb", "ln2w", "ln2b",
    "fcw", "fcb", "fcprojw", "fcprojb", "lnfw", "lnfb"};

inline void param_sizes(const ModelConfig& c, int64_t sizes[NUM_PARAM_TENSORS]) {
    int64_t Vp = c.Vp, L = c.L, C = c.C;
    int64_t s[NUM_PARAM_TENSORS] = {
        Vp * C,                       // wte (Vp, C), also the output head (tied)
        L * C, L * C,                 // ln1w, ln1b
        L * 3 * C * C, L * 3 * C,     // qkvw (L, 3C, C), qkvb
        L * C * C, L * C,             // attprojw (L, C, C), attprojb
        L * C, L * C,                 // ln2w, ln2b
        L * 4 * C * C, L * 4 * C,     // fcw (L, 4C, C), fcb
        L * C * 4 * C, L * C,         // fcprojw (L, C, 4C), fcprojb
        C, C};                        // lnfw, lnfb
    std::copy(s, s + NUM_PARAM_TENSORS, sizes);
}

inline int64_t num_parameters(const ModelConfig& c) {
    int64_t sizes[NUM_PARAM_TENSORS], n = 0;
    param_sizes(c, sizes);
    for (int64_t s : sizes) n += s;
    return n;
}

inline void check_model_config(const std::string& where, const ModelConfig& c) {
    if (c.V < 1 || c.Vp < c.V || c.max_T < 1 || c.L < 1 || c.H < 1 || c.C < 1 || c.rope_base < 2)
        fail("%s: invalid model shape V %d, Vp %d, max T %d, L %d, H %d, C %d, RoPE base %d (need V >= 1, Vp >= V, "
             "all positive, RoPE base >= 2)", where.c_str(), c.V, c.Vp, c.max_T, c.L, c.H, c.C, c.rope_base);
    // Bounds far above any model this engine trains, low enough that no size computed from them
    // (L x 12 x C^2 parameters, Vp x C, the RoPE and KV-cache tables of max T) can overflow int64.
    if (c.Vp > (1 << 24) || c.max_T > (1 << 20) || c.L > 4096 || c.C > 65536)
        fail("%s: model shape V %d, Vp %d, max T %d, L %d, C %d is beyond this engine's limits (Vp <= 2^24, max T <= 2^20, "
             "L <= 4096, C <= 65536): a corrupt header?", where.c_str(), c.V, c.Vp, c.max_T, c.L, c.C);
    if (c.C % c.H != 0 || (c.C / c.H) % 2 != 0)
        fail("%s: C %d is not a multiple of H %d with an even head size (RoPE rotates pairs of channels)",
             where.c_str(), c.C, c.H);
}

inline void write_checkpoint(const std::string& path, const ModelConfig& c, int step, const float* params) {
    check_model_config(path, c);
    Header h = new_header(CHECKPOINT);
    h.w[2] = c.V; h.w[3] = c.Vp; h.w[4] = c.max_T; h.w[5] = c.L; h.w[6] = c.H; h.w[7] = c.C;
    h.w[8] = c.rope_base; h.w[9] = step;
    AtomicFile f(path);
    f.write(h.w, HEADER_BYTES);
    f.write(params, (size_t)num_parameters(c) * 4);
    f.commit();
}

// Reads and checks a checkpoint's header; `params` (when given) receives the parameters.
inline ModelConfig read_checkpoint(const std::string& path, int* step, std::vector<float>* params) {
    int64_t size;
    Header h = read_header(path, CHECKPOINT, &size);
    ModelConfig c;
    c.V = h.w[2]; c.Vp = h.w[3]; c.max_T = h.w[4]; c.L = h.w[5]; c.H = h.w[6]; c.C = h.w[7]; c.rope_base = h.w[8];
    check_model_config(path, c);
    if (h.w[9] < 0) fail("%s: header field step (word 9) is %d, negative (corrupt file)", path.c_str(), h.w[9]);
    if (step) *step = h.w[9];
    int64_t n = num_parameters(c);
    check_file_size(path, CHECKPOINT, size, HEADER_BYTES + 4 * n, "the parameter count of its shape");
    if (params) {
        params->resize(n);
        read_body(path, params->data(), 4 * n);
    }
    return c;
}

// ----------------------------------------------------------------------------
// optimizer state, beside a checkpoint, for bit-exact resume.
// header: 2-3 parameter count, 4 step, 5-6 RNG state, 7-8 data epoch, 9-10 position within
// the epoch. Body: AdamW m then v, float32, parameter count each.

struct OptimizerState {
    int step = 0;
    uint64_t rng = 0;
    int64_t epoch = 0, position = 0;
    std::vector<float> m, v;
};

inline void write_optimizer_state(const std::string& path, const OptimizerState& s) {
    if (s.m.size() != s.v.size()) fail("%s: m and v differ in size (%zu, %zu)", path.c_str(), s.m.size(), s.v.size());
    Header h = new_header(OPTIMIZER);
    h.set64(2, (int64_t)s.m.size());
    h.w[4] = s.step;
    h.set64(5, (int64_t)s.rng);
    h.set64(7, s.epoch);
    h.set64(9, s.position);
    AtomicFile f(path);
    f.write(h.w, HEADER_BYTES);
    f.write(s.m.data(), s.m.size() * 4);
    f.write(s.v.data(), s.v.size() * 4);
    f.commit();
}

// expected_params: the model's parameter count; a state for another model is refused.
inline OptimizerState read_optimizer_state(const std::string& path, int64_t expected_params) {
    int64_t size;
    Header h = read_header(path, OPTIMIZER, &size);
    int64_t n = h.get64(2);
    if (n != expected_params)
        fail("%s: optimizer state for %lld parameters, but the model has %lld (state of another model?)",
             path.c_str(), (long long)n, (long long)expected_params);
    check_file_size(path, OPTIMIZER, size, HEADER_BYTES + 8 * n, "two float32 per parameter");
    OptimizerState s;
    s.step = h.w[4];
    s.rng = (uint64_t)h.get64(5);
    s.epoch = h.get64(7);
    s.position = h.get64(9);
    if (s.step < 0 || s.epoch < 0 || s.position < 0)
        fail("%s: header fields step (word 4) %d, epoch (words 7-8) %lld, position (words 9-10) %lld: none may be "
             "negative (corrupt file)", path.c_str(), s.step, (long long)s.epoch, (long long)s.position);
    std::vector<float> mv(2 * n);
    read_body(path, mv.data(), mv.size() * 4);
    s.m.assign(mv.begin(), mv.begin() + n);
    s.v.assign(mv.begin() + n, mv.end());
    return s;
}

// ----------------------------------------------------------------------------
// tf-idf routers (train_router --router tfidf): E centroids of the tf-idf vectors of N training prefixes.
// header: 2 E, 3 V, 4 M (the prefix length it was fitted on), 5-6 N (prefixes fitted on), 7 k-means
// iterations run. Body: idf (V float32), then the centroids (E x V float32, row = expert, unit length).

struct TfidfRouter {
    int E = 0, V = 0, M = 0, iterations = 0;
    int64_t N = 0;
    std::vector<float> idf;        // V
    std::vector<float> centroids;  // E x V
};

inline void write_tfidf_router(const std::string& path, const TfidfRouter& r) {
    if (r.E < 1 || r.V < 1 || (int64_t)r.idf.size() != r.V || (int64_t)r.centroids.size() != (int64_t)r.E * r.V)
        fail("%s: inconsistent tf-idf router (E %d, V %d, %zu idf values, %zu centroid values)", path.c_str(), r.E, r.V,
             r.idf.size(), r.centroids.size());
    Header h = new_header(TFIDF_ROUTER);
    h.w[2] = r.E; h.w[3] = r.V; h.w[4] = r.M;
    h.set64(5, r.N);
    h.w[7] = r.iterations;
    AtomicFile f(path);
    f.write(h.w, HEADER_BYTES);
    f.write(r.idf.data(), r.idf.size() * 4);
    f.write(r.centroids.data(), r.centroids.size() * 4);
    f.commit();
}

inline TfidfRouter read_tfidf_router(const std::string& path) {
    int64_t size;
    Header h = read_header(path, TFIDF_ROUTER, &size);
    TfidfRouter r;
    r.E = h.w[2]; r.V = h.w[3]; r.M = h.w[4]; r.N = h.get64(5); r.iterations = h.w[7];
    if (r.E < 1 || r.E >= UNASSIGNED) fail("%s: header field E (word 2) is %d, outside [1, 65535) (corrupt file)", path.c_str(), r.E);
    if (r.V < 1) fail("%s: header field V (word 3) is %d, not positive (corrupt file)", path.c_str(), r.V);
    if (r.M < 1 || r.N < 1 || r.iterations < 0)
        fail("%s: header fields M (word 4) %d, N (words 5-6) %lld, iterations (word 7) %d: M and N must be positive, "
             "iterations not negative (corrupt file)", path.c_str(), r.M, (long long)r.N, r.iterations);
    check_file_size(path, TFIDF_ROUTER, size, HEADER_BYTES + 4 * (int64_t)r.V * (r.E + 1), "V idf values and E x V centroid values, float32");
    std::vector<float> body((size_t)r.V * (r.E + 1));
    read_body(path, body.data(), body.size() * 4);
    for (size_t i = 0; i < body.size(); i++)
        if (!std::isfinite(body[i]) || (i < (size_t)r.V && body[i] <= 0))
            fail("%s: %s %zu is %g: %s (corrupt file; train the router again)", path.c_str(),
                 i < (size_t)r.V ? "idf of token" : "centroid value", i < (size_t)r.V ? i : i - r.V, body[i],
                 i < (size_t)r.V ? "an idf weight is positive and finite" : "centroids are finite");
    r.idf.assign(body.begin(), body.begin() + r.V);
    r.centroids.assign(body.begin() + r.V, body.end());
    return r;
}
