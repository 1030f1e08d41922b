// data/tokenizer — text to token files and back, with SentencePiece.
//
//   data/tokenizer train  --out PREFIX [--vocab-size N] INPUT...      -> PREFIX.model, PREFIX.vocab
//   data/tokenizer encode --model M --out PREFIX INPUT...              -> PREFIX_train.bin, PREFIX_val.bin
//                                                                         (+ PREFIX_{train,val}_labels.bin)
//   data/tokenizer decode --model M FILE [--doc N | --start T --count K]
//
// INPUT is a JSON Lines file (name ending in .jsonl: one {"text": ..., "domain": ...} object a
// line, "domain" optional) or any other file, read whole as one plain-text document. Every
// document must be valid UTF-8. Documents stream through in batches, so memory does not grow
// with the corpus; outputs are written as NAME.tmp and renamed into place only when the whole
// run succeeded.
#include <omp.h>
#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../common/files.h"   // TokenWriter, TokenFile, Labels, AtomicFile
#include "../common/flags.h"   // Flags: long options and --help from one table
#include "../common/util.h"    // fail, hash_bytes, find_invalid_utf8, human

// ----------------------------------------------------------------------------
// reading documents

struct Document {
    std::string text;
    std::string domain;  // empty: unknown
    std::string where;   // "file:line", for messages
};

static bool is_jsonl(const std::string& path) {
    return path.size() >= 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0;
}

static void check_utf8(const std::string& text, const std::string& where) {
    int64_t bad = find_invalid_utf8(text.data(), text.size());
    if (bad >= 0)
        fail("%s: invalid UTF-8 at byte %lld of the document (convert the text to UTF-8 first, e.g. with iconv)",
             where.c_str(), (long long)bad);
}

// Reads the inputs one document at a time.
class DocumentReader {
public:
    explicit DocumentReader(const std::vector<std::string>& inputs) : inputs_(inputs) {
        for (const std::string& p : inputs_) {  // fail before any work if an input is missing or empty
            if (file_size_or_fail(p) == 0) fail("%s: empty file (no documents)", p.c_str());
        }
    }

    bool next(Document* doc) {
        while (true) {
            if (!in_.is_open()) {
                if (next_input_ == inputs_.size()) return false;
                path_ = inputs_[next_input_++];
                in_.open(path_, std::ios::binary);
                if (!in_) fail("%s: cannot open", path_.c_str());
                line_ = 0;
                docs_in_file_ = 0;
                if (!is_jsonl(path_)) {  // plain text: the whole file is one document
                    doc->text.assign(std::istreambuf_iterator<char>(in_), std::istreambuf_iterator<char>());
                    doc->domain.clear();
                    doc->where = path_;
                    bytes_read_ += doc->text.size();
                    in_.close();
                    check_utf8(doc->text, doc->where);
                    return true;
                }
            }
            std::string line;
            if (!std::getline(in_, line)) {
                in_.close();
                if (docs_in_file_ == 0) fail("%s: no documents (every line is blank)", path_.c_str());
                continue;
            }
            line_++;
            bytes_read_ += line.size() + 1;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
            doc->where = path_ + ":" + std::to_string(line_);
            parse_json_line(line, line_, doc);
            docs_in_file_++;
            return true;
        }
    }
    uint64_t bytes_read() const { return bytes_read_; }

private:
    static void parse_json_line(const std::string& line, int64_t line_number, Document* doc) {
        // Checked before the JSON parser, whose message would echo the raw byte into the terminal.
        int64_t bad = find_invalid_utf8(line.data(), line.size());
        if (bad >= 0)
            fail("%s: invalid UTF-8 at byte offset %lld of line %lld (byte 0x%02X; convert the file to UTF-8 first, "
                 "e.g. with iconv)", doc->where.c_str(), (long long)bad, (long long)line_number,
                 (unsigned)(unsigned char)line[bad]);
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(line);  // also rejects strings that are not valid UTF-8
        } catch (const nlohmann::json::parse_error& e) {
            fail("%s: not valid JSON (%s)", doc->where.c_str(), e.what());
        }
        if (!j.is_object()) fail("%s: expected a JSON object like {\"text\": \"...\"}", doc->where.c_str());
        auto t = j.find("text");
        if (t == j.end()) fail("%s: the object has no \"text\" field", doc->where.c_str());
        if (!t->is_string()) fail("%s: \"text\" is not a string", doc->where.c_str());
        doc->text = t->get<std::string>();
        doc->domain.clear();
        auto d = j.find("domain");
        if (d != j.end() && !d->is_null()) {
            if (!d->is_string()) fail("%s: \"domain\" is not a string", doc->where.c_str());
            doc->domain = d->get<std::string>();
        }
    }

    std::vector<std::string> inputs_;
    size_t next_input_ = 0;
    std::ifstream in_;
    std::string path_;
    int64_t line_ = 0, docs_in_file_ = 0;
    uint64_t bytes_read_ = 0;
};

static void load_tokenizer(const std::string& path, sentencepiece::SentencePieceProcessor& sp) {
    file_size_or_fail(path);
    auto status = sp.Load(path);
    if (!status.ok()) fail("%s: not a SentencePiece model (%s)", path.c_str(), status.ToString().c_str());
    if (sp.bos_id() < 0) fail("%s: the model defines no BOS token; train it with 'data/tokenizer train'", path.c_str());
}

// ----------------------------------------------------------------------------
// train

// SentencePiece training reads lines and silently drops those longer than max_sentence_length
// (4192 bytes), so long lines are cut into pieces of at most this many bytes, at UTF-8 boundaries.
static const size_t TRAIN_PIECE_BYTES = 4000;

static void add_training_lines(const std::string& text, std::vector<std::string>* lines) {
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string::npos ? text.size() : nl;
        while (end - start > TRAIN_PIECE_BYTES) {
            size_t cut = start + TRAIN_PIECE_BYTES;
            while (((unsigned char)text[cut] & 0xC0) == 0x80) cut--;  // do not split a UTF-8 sequence
            lines->emplace_back(text, start, cut - start);
            start = cut;
        }
        if (end > start) lines->emplace_back(text, start, end - start);
        start = end + 1;
    }
}

class VectorIterator : public sentencepiece::SentenceIterator {
public:
    explicit VectorIterator(const std::vector<std::string>& v) : v_(v) {}
    bool done() const override { return i_ >= v_.size(); }
    void Next() override { i_++; }
    const std::string& value() const override { return v_[i_]; }
    sentencepiece::util::Status status() const override { return sentencepiece::util::Status(); }

private:
    const std::vector<std::string>& v_;
    size_t i_ = 0;
};

static int cmd_train(int argc, char** argv) {
    std::string out;
    int vocab_size = 8192, threads = omp_get_max_threads();
    int64_t sample_bytes = 5000000;
    double coverage = 0.9995;
    bool verbose = false;
    std::vector<std::string> inputs;
    Flags fl("data/tokenizer train", "--out PREFIX [options] INPUT...",
             "Trains a SentencePiece BPE tokenizer on the documents of the inputs (.jsonl or plain text) and writes\n"
             "PREFIX.model and PREFIX.vocab. Settings keep code and whitespace intact: identity normalisation, no\n"
             "whitespace folding, byte fallback, digits split, tab runs as pieces; ids 0 <unk>, 1 <s> (BOS), 2 </s>.");
    fl.add("out", &out, "PREFIX", "output prefix", Flags::REQUIRED);
    fl.add("vocab-size", &vocab_size, "N", "vocabulary size");
    fl.add("sample-bytes-per-domain", &sample_bytes, "BYTES",
           "train on at most this many bytes of text per domain, taking whole documents in input order (0 = all)");
    fl.add("character-coverage", &coverage, "F", "share of characters covered by pieces; the rest fall back to bytes");
    fl.add("threads", &threads, "N", "training threads");
    fl.add("verbose", &verbose, "show SentencePiece's own log");
    fl.positional(&inputs, 1);
    if (!fl.parse(argc, argv, 2)) return 0;
    if (vocab_size < 300) fail("--vocab-size %d is too small: byte fallback alone needs 256 + 3 special pieces", vocab_size);

    double t0 = now_seconds();
    DocumentReader reader(inputs);
    std::map<std::string, int64_t> taken;  // bytes taken per domain
    std::vector<std::string> lines;
    Document doc;
    int64_t docs = 0, bytes = 0;
    while (reader.next(&doc)) {
        int64_t& t = taken[doc.domain];
        if (sample_bytes > 0 && t >= sample_bytes) continue;
        t += (int64_t)doc.text.size();
        bytes += (int64_t)doc.text.size();
        docs++;
        add_training_lines(doc.text, &lines);
    }
    fprintf(stderr, "train: sample of %lld documents, %s, %zu lines, from %zu domain(s):", (long long)docs,
            human((double)bytes, "B").c_str(), lines.size(), taken.size());
    for (auto& [domain, b] : taken) fprintf(stderr, " %s %s;", domain.empty() ? "(none)" : domain.c_str(), human((double)b, "B").c_str());
    fprintf(stderr, "\ntrain: BPE with %d pieces on %d threads (about a minute per 50 MB)...\n", vocab_size, threads);

    std::string tabs;  // "\t", "\t\t", ... as user-defined pieces: indentation in code stays cheap
    for (int n = 1; n <= 5; n++) tabs += (n > 1 ? "," : "") + std::string(n, '\t');
    std::unordered_map<std::string, std::string> args = {
        {"model_type", "bpe"}, {"vocab_size", std::to_string(vocab_size)},
        {"normalization_rule_name", "identity"}, {"remove_extra_whitespaces", "false"},
        {"allow_whitespace_only_pieces", "true"}, {"byte_fallback", "true"}, {"split_digits", "true"},
        {"user_defined_symbols", tabs}, {"character_coverage", std::to_string(coverage)},
        {"unk_id", "0"}, {"bos_id", "1"}, {"eos_id", "2"}, {"pad_id", "-1"},
        {"input_sentence_size", "0"}, {"max_sentence_length", "4192"},
        {"num_threads", std::to_string(threads)}, {"minloglevel", verbose ? "0" : "1"}};
    VectorIterator it(lines);
    std::string proto;
    auto status = sentencepiece::SentencePieceTrainer::Train(args, &it, &proto);
    if (!status.ok()) fail("SentencePiece training failed: %s", status.ToString().c_str());

    sentencepiece::SentencePieceProcessor sp;
    status = sp.LoadFromSerializedProto(proto);
    if (!status.ok()) fail("SentencePiece produced a model it cannot load: %s", status.ToString().c_str());
    std::string vocab_text;
    for (int i = 0; i < sp.GetPieceSize(); i++)
        vocab_text += sp.IdToPiece(i) + "\t" + std::to_string(sp.GetScore(i)) + "\n";
    AtomicFile model_file(out + ".model"), vocab_file(out + ".vocab");
    model_file.write(proto.data(), proto.size());
    vocab_file.write(vocab_text.data(), vocab_text.size());
    model_file.close();
    vocab_file.close();
    model_file.publish();
    vocab_file.publish();
    fprintf(stderr, "train: wrote %s.model and %s.vocab (%d pieces) in %.1f s\n", out.c_str(), out.c_str(),
            sp.GetPieceSize(), now_seconds() - t0);
    return 0;
}

// ----------------------------------------------------------------------------
// encode

// One side of the split (train or val): its token files (shards) and their labels.
struct SplitOutput {
    std::string prefix;  // PREFIX_train or PREFIX_val
    int64_t shard_tokens;
    int vocab, bytes_per_token, bos;
    const std::vector<std::string>* domain_names;  // label ids index this list, which only grows
    std::vector<std::unique_ptr<TokenWriter>> shards;  // closed ones wait for the final publish
    std::vector<std::unique_ptr<AtomicFile>> label_files;
    Labels labels;  // of the open shard

    std::string name(const char* suffix) const {
        if (shard_tokens == 0) return prefix + suffix;
        char buf[16];
        snprintf(buf, sizeof(buf), "_%03zu", shards.size() - 1);
        return prefix + buf + suffix;
    }
    void open_shard() {
        shards.emplace_back(nullptr);
        shards.back() = std::make_unique<TokenWriter>(name(".bin"), vocab, bytes_per_token, bos, -1);
    }
    void add(const std::vector<int>& ids, int label) {
        if (shards.empty()) open_shard();
        else if (shard_tokens > 0 && shards.back()->count() >= shard_tokens) { close_shard(); open_shard(); }
        labels.offset.push_back(shards.back()->count());
        labels.label.push_back(label);
        shards.back()->append(ids.data(), ids.size());
    }
    void close_shard() {
        TokenWriter& w = *shards.back();
        labels.token_count = w.count();
        labels.names = *domain_names;  // the names known so far: a prefix of the final list
        label_files.push_back(std::make_unique<AtomicFile>(name("_labels.bin")));
        write_labels_to(*label_files.back(), labels);
        label_files.back()->close();
        w.close();
        labels = Labels();
    }
    void finish() {  // a side without documents still gets its (empty) file
        if (shards.empty()) open_shard();
        close_shard();
    }
};

struct DomainStats { int64_t docs = 0, bytes = 0, tokens = 0; };

static int cmd_encode(int argc, char** argv) {
    std::string model, out, domains_flag;
    double val_fraction = 0.05;
    int64_t seed = 0, shard_tokens = 0;
    int bytes_per_token = 0, batch_docs = 512;
    std::vector<std::string> inputs;
    Flags fl("data/tokenizer encode", "--model FILE --out PREFIX [options] INPUT...",
             "Encodes the documents of the inputs (.jsonl with \"text\" and optional \"domain\", or plain text, one\n"
             "document per file) into PREFIX_train.bin and PREFIX_val.bin, each document starting with BOS. The split\n"
             "is by document, decided by a hash of its text and the seed: deterministic, and duplicates of a document\n"
             "always land on the same side. When documents have domains, PREFIX_{train,val}_labels.bin are written too.");
    fl.add("model", &model, "FILE", "SentencePiece model (from data/tokenizer train)", Flags::REQUIRED);
    fl.add("out", &out, "PREFIX", "output prefix", Flags::REQUIRED);
    fl.add("val-fraction", &val_fraction, "F", "share of documents for validation, in [0, 1)");
    fl.add("seed", &seed, "N", "seed of the train/val split");
    fl.add("bytes-per-token", &bytes_per_token, "2|4", "token width; 0 = 2 when the vocabulary fits, else 4");
    fl.add("shard-tokens", &shard_tokens, "N",
           "start a new file after N tokens (at a document boundary): PREFIX_train_000.bin, ...; 0 = one file");
    fl.add("domains", &domains_flag, "A,B,...", "fix the label order (and refuse other domains); default: order of first appearance");
    fl.add("batch-docs", &batch_docs, "N", "documents encoded in parallel per batch");
    fl.positional(&inputs, 1);
    if (!fl.parse(argc, argv, 2)) return 0;
    if (!(val_fraction >= 0 && val_fraction < 1)) fail("--val-fraction %g must be in [0, 1)", val_fraction);
    if (shard_tokens < 0) fail("--shard-tokens %lld must be >= 0", (long long)shard_tokens);
    if (batch_docs < 1) fail("--batch-docs %d must be >= 1", batch_docs);

    sentencepiece::SentencePieceProcessor sp;
    load_tokenizer(model, sp);
    int vocab = sp.GetPieceSize(), bos = sp.bos_id();
    if (bytes_per_token == 0) bytes_per_token = vocab <= 65536 ? 2 : 4;
    check_token_header(out + "_train.bin", 0, vocab, bytes_per_token, bos, -1);

    std::vector<std::string> domain_names;
    std::map<std::string, int> domain_id;
    bool fixed_domains = !domains_flag.empty();
    for (size_t s = 0; fixed_domains && s <= domains_flag.size();) {
        size_t e = domains_flag.find(',', s);
        if (e == std::string::npos) e = domains_flag.size();
        std::string name = domains_flag.substr(s, e - s);
        if (name.empty() || domain_id.count(name)) fail("--domains: empty or repeated name in '%s'", domains_flag.c_str());
        domain_id[name] = (int)domain_names.size();
        domain_names.push_back(name);
        s = e + 1;
    }

    DocumentReader reader(inputs);
    SplitOutput split[2] = {{out + "_train", shard_tokens, vocab, bytes_per_token, bos, &domain_names, {}, {}, {}},
                            {out + "_val", shard_tokens, vocab, bytes_per_token, bos, &domain_names, {}, {}, {}}};
    std::vector<DomainStats> stats;
    int64_t split_docs[2] = {0, 0}, split_tokens[2] = {0, 0}, empty_docs = 0;
    bool any_domain = false;
    double t0 = now_seconds(), last_progress = t0;

    std::vector<Document> batch(batch_docs);
    std::vector<std::vector<int>> ids(batch_docs);
    while (true) {
        int n = 0;
        while (n < batch_docs && reader.next(&batch[n])) n++;
        if (n == 0) break;
        std::vector<std::string> errors(n);
#pragma omp parallel for schedule(dynamic, 1)
        for (int i = 0; i < n; i++) {
            ids[i].clear();
            auto status = sp.Encode(batch[i].text, &ids[i]);
            if (!status.ok()) errors[i] = status.ToString();
        }
        for (int i = 0; i < n; i++) {
            const Document& d = batch[i];
            if (!errors[i].empty()) fail("%s: SentencePiece could not encode the document (%s)", d.where.c_str(), errors[i].c_str());
            if (d.text.empty()) { empty_docs++; continue; }
            std::string domain = d.domain.empty() ? "none" : d.domain;
            any_domain = any_domain || !d.domain.empty();
            auto it = domain_id.find(domain);
            if (it == domain_id.end()) {
                if (fixed_domains) fail("%s: domain \"%s\" is not in --domains %s", d.where.c_str(), domain.c_str(), domains_flag.c_str());
                it = domain_id.emplace(domain, (int)domain_names.size()).first;
                domain_names.push_back(domain);
            }
            ids[i].insert(ids[i].begin(), bos);
            int side = (double)(hash_bytes(d.text.data(), d.text.size(), (uint64_t)seed) >> 11) * 0x1.0p-53 < val_fraction;
            split[side].add(ids[i], it->second);
            split_docs[side]++;
            split_tokens[side] += (int64_t)ids[i].size();
            if ((int)stats.size() <= it->second) stats.resize(it->second + 1);
            stats[it->second].docs++;
            stats[it->second].bytes += (int64_t)d.text.size();
            stats[it->second].tokens += (int64_t)ids[i].size() - 1;
        }
        double now = now_seconds();
        if (now - last_progress > 5) {
            last_progress = now;
            fprintf(stderr, "encode: %s read, %s tokens, %.1f MB/s\n", human((double)reader.bytes_read(), "B").c_str(),
                    human((double)(split_tokens[0] + split_tokens[1])).c_str(), reader.bytes_read() / 1e6 / (now - t0));
        }
    }
    if (split_docs[0] + split_docs[1] == 0) fail("no non-empty documents in the inputs");

    // Everything succeeded: close the last shards, then put every file in place.
    bool write_val = val_fraction > 0;
    for (int side = 0; side < 2; side++) {
        if (side == 1 && !write_val) continue;
        split[side].finish();
    }
    for (int side = 0; side < 2; side++) {
        for (auto& w : split[side].shards) { w->publish(); fprintf(stderr, "encode: wrote %s\n", w->path().c_str()); }
        if (any_domain) for (auto& f : split[side].label_files) { f->publish(); fprintf(stderr, "encode: wrote %s\n", f->path().c_str()); }
    }

    fprintf(stderr, "encode: %lld train documents (%s tokens), %lld val documents (%s tokens)", (long long)split_docs[0],
            human((double)split_tokens[0]).c_str(), (long long)split_docs[1], human((double)split_tokens[1]).c_str());
    if (empty_docs) fprintf(stderr, ", %lld empty documents skipped", (long long)empty_docs);
    fprintf(stderr, ", %.1f s\n", now_seconds() - t0);
    fprintf(stderr, "%-16s %10s %12s %12s %12s\n", "domain", "documents", "bytes", "tokens", "tokens/byte");
    for (size_t k = 0; k < stats.size(); k++)
        fprintf(stderr, "%-16s %10lld %12lld %12lld %12.3f\n", domain_names[k].c_str(), (long long)stats[k].docs,
                (long long)stats[k].bytes, (long long)stats[k].tokens, stats[k].bytes ? (double)stats[k].tokens / stats[k].bytes : 0.0);
    return 0;
}

// ----------------------------------------------------------------------------
// decode

static int cmd_decode(int argc, char** argv) {
    std::string model, separator = "\n";
    int64_t doc = -1, start = 0, count = -1;
    std::vector<std::string> files;
    Flags fl("data/tokenizer decode", "--model FILE [options] TOKEN_FILE",
             "Prints the text of a token file: one document (--doc), or a range of tokens with documents separated\n"
             "by --separator.");
    fl.add("model", &model, "FILE", "SentencePiece model the file was encoded with", Flags::REQUIRED);
    fl.add("doc", &doc, "N", "print document N (0-based) exactly as it was encoded");
    fl.add("start", &start, "T", "first token of the range");
    fl.add("count", &count, "K", "number of tokens (-1 = to the end)");
    fl.add("separator", &separator, "TEXT", "printed before each document that starts inside the range, but the first");
    fl.positional(&files, 1);
    if (!fl.parse(argc, argv, 2)) return 0;
    if (files.size() != 1) fail("decode takes one token file, got %zu", files.size());

    sentencepiece::SentencePieceProcessor sp;
    load_tokenizer(model, sp);
    TokenFile tokens(files[0]);
    if (tokens.vocab != sp.GetPieceSize() || tokens.bos != sp.bos_id())
        fail("%s: vocabulary of %d (BOS %d), but %s has %d pieces (BOS %d): decode with the model it was encoded with",
             tokens.path.c_str(), tokens.vocab, tokens.bos, model.c_str(), sp.GetPieceSize(), sp.bos_id());
    if (doc >= 0) {  // find the doc-th BOS
        int64_t seen = -1, i = 0;
        for (; i < tokens.count; i++)
            if ((int)tokens[i] == tokens.bos && ++seen == doc) break;
        if (i == tokens.count) fail("%s: has %lld documents; --doc %lld is out of range", tokens.path.c_str(), (long long)(seen + 1), (long long)doc);
        start = i;
        for (count = 1; start + count < tokens.count && (int)tokens[start + count] != tokens.bos; count++) {}
    }
    if (count < 0) count = tokens.count - start;
    if (start < 0 || start + count > tokens.count)
        fail("%s: tokens [%lld, %lld) are outside the file's %lld tokens", tokens.path.c_str(), (long long)start,
             (long long)(start + count), (long long)tokens.count);

    std::vector<int> piece;
    bool first = true;
    auto flush = [&]() {
        std::string text;
        auto status = sp.Decode(piece, &text);
        if (!status.ok()) fail("SentencePiece could not decode: %s", status.ToString().c_str());
        fwrite(text.data(), 1, text.size(), stdout);
        piece.clear();
    };
    for (int64_t i = start; i < start + count; i++) {
        int id = (int)tokens[i];
        if (id == tokens.bos) {
            flush();
            if (!first) fputs(separator.c_str(), stdout);
        } else {
            piece.push_back(id);
        }
        first = false;
    }
    flush();
    return 0;
}

// ----------------------------------------------------------------------------

int main(int argc, char** argv) {
    const char* usage =
        "usage: data/tokenizer COMMAND [options]\n\n"
        "commands:\n"
        "  train    train a SentencePiece BPE tokenizer on .jsonl / text files\n"
        "  encode   encode .jsonl / text files into train and val token files (+ labels)\n"
        "  decode   print the text of a token file\n\n"
        "'data/tokenizer COMMAND --help' describes each command's options.\n";
    try {
        std::string cmd = argc > 1 ? argv[1] : "";
        if (cmd == "train") return cmd_train(argc, argv);
        if (cmd == "encode") return cmd_encode(argc, argv);
        if (cmd == "decode") return cmd_decode(argc, argv);
        if (cmd == "--help" || cmd == "-h") { fputs(usage, stdout); return 0; }
        fprintf(stderr, "%s%s", cmd.empty() ? "" : ("error: unknown command '" + cmd + "'\n\n").c_str(), usage);
        return 1;
    } catch (const std::exception& e) {
        fflush(stdout);
        fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}
