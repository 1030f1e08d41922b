// data/tokenizer, run as a user runs it: round trips on real text of every domain, agreement with
// SentencePiece's own spm_encode, determinism, the document-level split, and clear refusals of bad input.
#include <gtest/gtest.h>
#include <sentencepiece_processor.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "../common/files.h"
#include "helpers.h"

static const std::string TOOL = "data/tokenizer";
static const std::string MODEL = "data/default/tokenizer.model";
static const std::string SAMPLE = "test/data/sample.jsonl";  // real documents of every default domain

struct Doc {
    std::string text, domain;
};

static std::vector<Doc> read_jsonl(const std::string& path) {
    std::vector<Doc> docs;
    std::istringstream in(read_file(path));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        auto j = nlohmann::json::parse(line);
        docs.push_back({j["text"].get<std::string>(), j.value("domain", "")});
    }
    return docs;
}

static void write_jsonl(const std::string& path, const std::vector<Doc>& docs) {
    std::string out;
    for (const Doc& d : docs) {
        nlohmann::json j = {{"text", d.text}};
        if (!d.domain.empty()) j["domain"] = d.domain;
        out += j.dump() + "\n";
    }
    write_file(path, out);
}

// The documents of a token file, each without its leading BOS.
static std::vector<std::vector<int>> split_documents(const std::string& path) {
    TokenFile f(path);
    std::vector<std::vector<int>> docs;
    for (int64_t i = 0; i < f.count; i++) {
        int id = (int)f[i];
        if (id == f.bos) docs.emplace_back();
        else docs.back().push_back(id);
    }
    return docs;
}

// What the hardest text looks like: tabs, blank lines, CRLF, spaces at both ends, non-ASCII, a very long line.
static std::vector<Doc> edge_case_documents() {
    std::string long_line;
    for (int i = 0; long_line.size() < 120000; i++) long_line += "word" + std::to_string(i) + (i % 7 ? " " : ", ");
    return {
        {"int main(void)\n{\n\tif (x)\n\t\treturn 1;\n\t\t\t\t\t\t/* six tabs */\n}\n", "edge"},
        {"\n\n\nthree blank lines above and two below\n\n\n", "edge"},
        {"   leading and trailing spaces   ", "edge"},
        {"windows\r\nline\r\nends\r\n", "edge"},
        {"Caf\xC3\xA9 na\xC3\xAFve \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xF0\x9F\x98\x80 \xCE\xB1\xCE\xB2\xCE\xB3 \xE2\x80\x94 \xC2\xBD", "edge"},
        {long_line, "edge"},
        {" ", "edge"},
        {"digits 3.14159 2026-11-24 0xDEADBEEF", "edge"},
    };
}

class Tokenizer : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ASSERT_TRUE(exists(TOOL)) << TOOL << " is missing: run the tests with 'make test'";
        ASSERT_TRUE(exists(MODEL)) << MODEL << " is missing: the default dataset should be in the repository";
        ASSERT_TRUE(exists(SAMPLE)) << SAMPLE << " is missing";
    }
    ScratchDir dir;

    void load(sentencepiece::SentencePieceProcessor& sp, const std::string& model = MODEL) {
        ASSERT_TRUE(sp.Load(model).ok());
    }
    RunResult encode(const std::string& args) {
        return run(TOOL + " encode --model " + MODEL + " " + args);
    }
};

TEST_F(Tokenizer, SampleCoversEveryDomainAndTheHardCases) {
    std::set<std::string> domains;
    for (const Doc& d : read_jsonl(SAMPLE)) domains.insert(d.domain);
    EXPECT_GE(domains.size(), 8u) << "the sample should hold documents of every domain of the default data";
    std::string all;
    for (const Doc& d : edge_case_documents()) all += d.text;
    EXPECT_NE(all.find('\t'), std::string::npos);
    EXPECT_NE(all.find("\n\n"), std::string::npos);
    EXPECT_NE(all.find("\xC3\xA9"), std::string::npos);
    EXPECT_GT(edge_case_documents()[5].text.size(), 100000u);
}

TEST_F(Tokenizer, DecodeOfEncodeGivesBackEveryDocumentAndItsDomain) {
    std::vector<Doc> docs = read_jsonl(SAMPLE);
    for (const Doc& d : edge_case_documents()) docs.push_back(d);
    write_jsonl(dir / "in.jsonl", docs);
    RunResult r = encode("--out " + dir / "c" + " --val-fraction 0.3 " + dir / "in.jsonl");
    ASSERT_EQ(r.code, 0) << r.output;

    sentencepiece::SentencePieceProcessor sp;
    load(sp);
    std::multiset<std::pair<std::string, std::string>> expected, got;
    for (const Doc& d : docs) expected.insert({d.text, d.domain});
    for (const char* side : {"train", "val"}) {
        std::string tokens = dir / ("c_" + std::string(side) + ".bin");
        Labels labels = read_labels(dir / ("c_" + std::string(side) + "_labels.bin"));
        std::vector<std::vector<int>> split = split_documents(tokens);
        ASSERT_EQ(split.size(), labels.offset.size());
        for (size_t i = 0; i < split.size(); i++) {
            std::string text;
            ASSERT_TRUE(sp.Decode(split[i], &text).ok());
            got.insert({text, labels.names[labels.label[i]]});
        }
    }
    EXPECT_EQ(got.size(), expected.size());
    for (const auto& e : expected)
        EXPECT_EQ(got.count(e), expected.count(e)) << "document of domain " << e.second << " did not come back: "
                                                   << e.first.substr(0, 200);
}

TEST_F(Tokenizer, IdsEqualSpmEncode) {
    if (run("command -v spm_encode").code != 0)
        GTEST_SKIP() << "spm_encode not installed (Debian package 'sentencepiece'); CI installs it";
    // spm_encode encodes each line on its own, so each non-empty line becomes one of our documents.
    std::vector<Doc> lines;
    std::string text;
    for (const Doc& d : read_jsonl(SAMPLE)) {
        std::istringstream in(d.text);
        std::string line;
        while (std::getline(in, line))
            if (!line.empty() && line.find('\r') == std::string::npos) { lines.push_back({line, ""}); text += line + "\n"; }
    }
    ASSERT_GT(lines.size(), 100u);
    write_file(dir / "lines.txt", text);
    write_jsonl(dir / "lines.jsonl", lines);
    RunResult spm = run("spm_encode --model " + MODEL + " --output_format=id < " + dir / "lines.txt" + " > " + dir / "spm.txt");
    ASSERT_EQ(spm.code, 0) << spm.output;
    RunResult r = encode("--out " + dir / "c" + " --val-fraction 0 " + dir / "lines.jsonl");
    ASSERT_EQ(r.code, 0) << r.output;

    std::vector<std::vector<int>> ours = split_documents(dir / "c_train.bin");
    ASSERT_EQ(ours.size(), lines.size());
    std::istringstream theirs(read_file(dir / "spm.txt"));
    std::string row;
    for (size_t i = 0; i < ours.size(); i++) {
        ASSERT_TRUE((bool)std::getline(theirs, row));
        std::vector<int> ids;
        std::istringstream nums(row);
        for (int x; nums >> x;) ids.push_back(x);
        ASSERT_EQ(ours[i], ids) << "line " << i << ": " << lines[i].text;
    }
}

TEST_F(Tokenizer, EncodingTwiceGivesIdenticalFiles) {
    std::vector<std::string> names = {"c_train.bin", "c_val.bin", "c_train_labels.bin", "c_val_labels.bin"};
    ASSERT_EQ(encode("--out " + dir / "c" + " --val-fraction 0.2 --seed 3 " + SAMPLE).code, 0);
    std::vector<std::string> first;
    for (auto& n : names) first.push_back(read_file(dir / n));
    ASSERT_EQ(encode("--out " + dir / "c" + " --val-fraction 0.2 --seed 3 " + SAMPLE).code, 0);
    for (size_t i = 0; i < names.size(); i++) {
        EXPECT_FALSE(first[i].empty());
        EXPECT_TRUE(first[i] == read_file(dir / names[i])) << names[i] << " differs between two runs";
    }
}

TEST_F(Tokenizer, SplitNeverPutsADocumentOnBothSides) {
    // Every document twice (as a corpus with duplicates has them): both copies must land on the same side.
    std::vector<Doc> docs = read_jsonl(SAMPLE), twice;
    for (const Doc& d : docs) twice.push_back(d);
    for (const Doc& d : docs) twice.push_back(d);
    write_jsonl(dir / "in.jsonl", twice);
    ASSERT_EQ(encode("--out " + dir / "c" + " --val-fraction 0.4 " + dir / "in.jsonl").code, 0);
    std::vector<std::vector<int>> train = split_documents(dir / "c_train.bin"), val = split_documents(dir / "c_val.bin");
    std::set<std::vector<int>> train_set(train.begin(), train.end());
    EXPECT_GT(val.size(), 0u);
    EXPECT_GT(train.size(), val.size());
    EXPECT_EQ(train.size() + val.size(), twice.size());
    for (const auto& v : val) EXPECT_EQ(train_set.count(v), 0u) << "a document is in both train and val";
}

TEST_F(Tokenizer, ShardsHoldTheSameTokensAsOneFile) {
    ASSERT_EQ(encode("--out " + dir / "one" + " --val-fraction 0 " + SAMPLE).code, 0);
    std::string shard_tokens = std::to_string(TokenFile(dir / "one_train.bin").count / 4);  // 4 or 5 shards
    RunResult r = encode("--out " + dir / "sh" + " --val-fraction 0 --shard-tokens " + shard_tokens + " " + SAMPLE);
    ASSERT_EQ(r.code, 0) << r.output;
    std::vector<std::vector<int>> one = split_documents(dir / "one_train.bin"), joined;
    int shards = 0;
    int64_t docs_in_labels = 0;
    for (; exists(dir / ("sh_train_" + std::string(shards < 10 ? "00" : "0") + std::to_string(shards) + ".bin")); shards++) {
        std::string base = dir / ("sh_train_" + std::string(shards < 10 ? "00" : "0") + std::to_string(shards));
        for (auto& d : split_documents(base + ".bin")) joined.push_back(d);
        Labels lb = read_labels(base + "_labels.bin");
        EXPECT_EQ(lb.token_count, TokenFile(base + ".bin").count);
        docs_in_labels += (int64_t)lb.offset.size();
    }
    EXPECT_GE(shards, 4);
    EXPECT_EQ(joined, one);
    EXPECT_EQ(docs_in_labels, (int64_t)one.size());
}

TEST_F(Tokenizer, DecodePrintsOneDocumentExactly) {
    std::vector<Doc> docs = edge_case_documents();
    write_jsonl(dir / "in.jsonl", docs);
    ASSERT_EQ(encode("--out " + dir / "c" + " --val-fraction 0 " + dir / "in.jsonl").code, 0);
    for (int k : {0, 1, 4}) {
        RunResult r = run(TOOL + " decode --model " + MODEL + " --doc " + std::to_string(k) + " " + dir / "c_train.bin" +
                          " 2>/dev/null");
        EXPECT_EQ(r.code, 0);
        EXPECT_EQ(r.output, docs[k].text);
    }
    RunResult r = run(TOOL + " decode --model " + MODEL + " --doc 99 " + dir / "c_train.bin");
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.output.find("has 8 documents"), std::string::npos) << r.output;
}

TEST_F(Tokenizer, TrainWritesAModelThatRoundTrips) {
    RunResult r = run(TOOL + " train --out " + dir / "tok" + " --vocab-size 600 " + SAMPLE);
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_EQ(dir.files(), (std::vector<std::string>{"tok.model", "tok.vocab"}));
    sentencepiece::SentencePieceProcessor sp;
    load(sp, dir / "tok.model");
    EXPECT_EQ(sp.GetPieceSize(), 600);
    EXPECT_EQ(sp.unk_id(), 0);
    EXPECT_EQ(sp.bos_id(), 1);
    EXPECT_EQ(sp.eos_id(), 2);
    EXPECT_NE(sp.PieceToId("\t\t"), sp.unk_id()) << "runs of tabs should be pieces of their own";
    for (const Doc& d : edge_case_documents()) {
        std::vector<int> ids;
        std::string back;
        ASSERT_TRUE(sp.Encode(d.text, &ids).ok());
        ASSERT_TRUE(sp.Decode(ids, &back).ok());
        EXPECT_EQ(back, d.text);
    }
    // A token file made with another tokenizer is refused by decode.
    ASSERT_EQ(encode("--out " + dir / "c" + " --val-fraction 0 " + SAMPLE).code, 0);
    r = run(TOOL + " decode --model " + dir / "tok.model" + " " + dir / "c_train.bin");
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.output.find("decode with the model it was encoded with"), std::string::npos) << r.output;
}

// ----------------------------------------------------------------------------
// bad input: a clear error, a non-zero exit, and no output file at all (not even a .tmp)

struct BadCase {
    const char* name;
    std::string input;      // written to the file named `file`
    std::string file;
    std::string extra;      // more flags
    std::string expected;   // part of the error message
};

class BadInput : public Tokenizer {
protected:
    void expect_refused(const BadCase& c) {
        SCOPED_TRACE(c.name);
        std::vector<std::string> before;
        if (!c.file.empty()) { write_file(dir / c.file, c.input); before.push_back(c.file); }
        std::string input_arg = c.file.empty() ? dir / "does_not_exist.jsonl" : dir / c.file;
        ::expect_refused(TOOL + " encode --model " + MODEL + " --out " + dir / "c " + c.extra + " " + input_arg, c.expected);
        EXPECT_EQ(dir.files(), before) << "a failed run left files behind";
        for (const std::string& f : dir.files()) if (f != c.file) (void)!remove((dir / f).c_str());
        if (!c.file.empty()) (void)!remove((dir / c.file).c_str());
    }
};

TEST_F(BadInput, EveryCaseIsRefusedClearly) {
    std::string many;  // 299 good documents, then a bad one: the good ones must not leave a partial file
    for (int i = 0; i < 299; i++) many += "{\"text\": \"document number " + std::to_string(i) + "\", \"domain\": \"x\"}\n";
    std::vector<BadCase> cases = {
        {"missing file", "", "", "", "does_not_exist.jsonl: cannot open"},
        {"empty file", "", "empty.jsonl", "", "empty.jsonl: empty file"},
        {"blank jsonl", "\n\n  \n", "blank.jsonl", "", "no documents"},
        {"invalid UTF-8 in plain text", "caf\xE9 au lait\n", "latin1.txt", "", "latin1.txt: invalid UTF-8 at byte 3"},
        {"invalid UTF-8 in JSON", "{\"text\": \"caf\xE9\"}\n", "latin1.jsonl", "", "latin1.jsonl:1: invalid UTF-8 at byte offset 13 of line 1 (byte 0xE9"},
        {"no text field", many + "{\"txt\": \"oops\"}\n", "notext.jsonl", "", "notext.jsonl:300: the object has no \"text\" field"},
        {"text not a string", "{\"text\": 42}\n", "num.jsonl", "", "\"text\" is not a string"},
        {"not JSON", "{\"text\": \"a\"}\nplain words\n", "words.jsonl", "", "words.jsonl:2: not valid JSON"},
        {"not an object", "[\"a\"]\n", "array.jsonl", "", "expected a JSON object"},
        {"domain not a string", "{\"text\": \"a\", \"domain\": 3}\n", "dom.jsonl", "", "\"domain\" is not a string"},
        {"domain not in --domains", "{\"text\": \"a\", \"domain\": \"c\"}\n", "d.jsonl", "--domains python,scripture", "domain \"c\" is not in --domains"},
        {"token width 3", "{\"text\": \"a\"}\n", "w.jsonl", "--bytes-per-token 3", "3 bytes per token"},
        {"val fraction 1", "{\"text\": \"a\"}\n", "v.jsonl", "--val-fraction 1", "--val-fraction 1 must be in [0, 1)"},
        {"bad number", "{\"text\": \"a\"}\n", "n.jsonl", "--seed x", "--seed expects an integer"},
        {"unknown flag", "{\"text\": \"a\"}\n", "u.jsonl", "--vocab 5", "unknown option --vocab"},
    };
    for (const BadCase& c : cases) expect_refused(c);
}

TEST_F(BadInput, ModelThatIsNotATokenizer) {
    write_file(dir / "fake.model", "this is not a protobuf");
    write_file(dir / "in.jsonl", "{\"text\": \"a\"}\n");
    RunResult r = run(TOOL + " encode --model " + dir / "fake.model" + " --out " + dir / "c " + dir / "in.jsonl");
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.output.find("fake.model: not a SentencePiece model"), std::string::npos) << r.output;
    r = run(TOOL + " encode --model " + dir / "none.model" + " --out " + dir / "c " + dir / "in.jsonl");
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.output.find("none.model: cannot open"), std::string::npos) << r.output;
    EXPECT_EQ(dir.files(), (std::vector<std::string>{"fake.model", "in.jsonl"}));
}

TEST_F(BadInput, CommandsAndHelp) {
    RunResult r = run(TOOL + " frobnicate");
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.output.find("unknown command 'frobnicate'"), std::string::npos);
    r = run(TOOL);
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.output.find("commands:"), std::string::npos);
    for (const char* cmd : {"train", "encode", "decode"}) {
        r = run(TOOL + " " + cmd + " --help");
        EXPECT_EQ(r.code, 0) << cmd;
        EXPECT_NE(r.output.find(std::string(cmd) == "train" ? "--vocab-size" : "--model"), std::string::npos) << cmd;
        EXPECT_NE(r.output.find("usage: data/tokenizer " + std::string(cmd)), std::string::npos) << r.output;
    }
    r = run(TOOL + " encode --out x in.jsonl");
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.output.find("--model FILE is required"), std::string::npos) << r.output;
}
