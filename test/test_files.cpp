// Every file format round-trips, and every reader rejects a bad file with a message that says what is wrong.
#include <gtest/gtest.h>

#include <cstring>
#include <numeric>

#include "../common/files.h"
#include "helpers.h"

// EXPECT that `statement` throws an error whose message contains `needle`.
#define EXPECT_ERROR(statement, needle)                                                        \
    do {                                                                                       \
        try {                                                                                  \
            statement;                                                                         \
            ADD_FAILURE() << "no error thrown, expected one containing \"" << (needle) << "\""; \
        } catch (const std::runtime_error& e) {                                                \
            EXPECT_NE(std::string(e.what()).find(needle), std::string::npos)                   \
                << "message: " << e.what() << "\nexpected to contain: " << (needle);           \
        }                                                                                      \
    } while (0)

// Raw edits, to make the bad files that our writers refuse to make.
static void truncate_by(const std::string& path, int64_t bytes) {
    std::string all = read_file(path);
    write_file(path, all.substr(0, all.size() - bytes));
}

static void set_header_word(const std::string& path, int word, int32_t value) {
    std::string all = read_file(path);
    memcpy(&all[4 * word], &value, 4);
    write_file(path, all);
}

// ----------------------------------------------------------------------------

TEST(Header, SixtyFourBitFieldsAreLowWordFirst) {
    Header h;
    h.set64(2, 0x123456789ABCDEF0ll);
    EXPECT_EQ((uint32_t)h.w[2], 0x9ABCDEF0u);
    EXPECT_EQ((uint32_t)h.w[3], 0x12345678u);
    EXPECT_EQ(h.get64(2), 0x123456789ABCDEF0ll);
    h.set64(4, -5);
    EXPECT_EQ(h.get64(4), -5);
    h.set64(6, 3000000000ll);  // above INT32_MAX: both words matter
    EXPECT_EQ(h.get64(6), 3000000000ll);
}

TEST(AtomicFile, UncommittedWriteLeavesNothing) {
    ScratchDir dir;
    {
        AtomicFile f(dir / "x.bin");
        f.write("abc", 3);
        EXPECT_TRUE(exists(dir / "x.bin.tmp"));
        EXPECT_FALSE(exists(dir / "x.bin"));
    }
    EXPECT_TRUE(dir.files().empty());
}

TEST(AtomicFile, FailedWriteKeepsThePreviousFile) {
    ScratchDir dir;
    write_file(dir / "a.bin", "old");
    Assignment bad;
    bad.S = 4; bad.E = 2; bad.M = 2; bad.token_count = 9;
    bad.expert = {0, 5};  // expert 5 of 2: refused
    EXPECT_ERROR(write_assignment(dir / "a.bin", bad), "expert 5");
    EXPECT_EQ(read_file(dir / "a.bin"), "old");
    EXPECT_EQ(dir.files(), std::vector<std::string>{"a.bin"});
}

TEST(AtomicFile, TwoStepPublishKeepsTmpUntilPublished) {
    ScratchDir dir;
    AtomicFile f(dir / "y.bin");
    f.write("xyz", 3);
    f.close();
    EXPECT_TRUE(exists(dir / "y.bin.tmp"));
    EXPECT_FALSE(exists(dir / "y.bin"));
    f.publish();
    EXPECT_EQ(read_file(dir / "y.bin"), "xyz");
    EXPECT_EQ(dir.files(), std::vector<std::string>{"y.bin"});
}

// ----------------------------------------------------------------------------
// tokens

static std::vector<int> some_tokens(int n, int vocab) {
    std::vector<int> t(n);
    for (int i = 0; i < n; i++) t[i] = (int)((i * 2654435761u) % vocab);
    t[0] = 1;
    return t;
}

TEST(TokenFile, RoundTripsInBothWidths) {
    ScratchDir dir;
    for (int bpt : {2, 4}) {
        int vocab = bpt == 2 ? 65536 : 100000;
        std::vector<int> t = some_tokens(1000, vocab);
        std::string path = dir / ("t" + std::to_string(bpt) + ".bin");
        TokenWriter w(path, vocab, bpt, 1, 2);
        w.append(t.data(), 600);
        w.append(t.data() + 600, 400);
        w.commit();
        TokenFile f(path);
        EXPECT_EQ(f.count, 1000);
        EXPECT_EQ(f.vocab, vocab);
        EXPECT_EQ(f.bytes_per_token, bpt);
        EXPECT_EQ(f.bos, 1);
        EXPECT_EQ(f.eos, 2);
        std::vector<int> back(1000);
        f.read(0, 1000, back.data());
        EXPECT_EQ(back, t);
        EXPECT_EQ(file_size_or_fail(path), HEADER_BYTES + 1000 * bpt);
    }
}

TEST(TokenFile, SequencesFollowTheDesign) {
    // Sequence i is tokens [i*S, i*S+S]: S+1 tokens, so the last token only ever serves as a target.
    EXPECT_EQ(num_sequences(0, 4), 0);
    EXPECT_EQ(num_sequences(4, 4), 0);
    EXPECT_EQ(num_sequences(5, 4), 1);
    EXPECT_EQ(num_sequences(9, 4), 2);
    EXPECT_EQ(num_sequences(12, 4), 2);
}

class BadTokenFile : public ::testing::Test {
protected:
    ScratchDir dir;
    std::string path;
    void SetUp() override {
        path = dir / "tok.bin";
        std::vector<int> t = some_tokens(100, 500);
        TokenWriter w(path, 500, 2, 1, -1);
        w.append(t.data(), t.size());
        w.commit();
    }
};

TEST_F(BadTokenFile, Truncated) {
    truncate_by(path, 1);
    EXPECT_ERROR(TokenFile f(path), "truncated");
}
TEST_F(BadTokenFile, LongerThanItsHeaderSays) {
    write_file(path, read_file(path) + "xx");
    EXPECT_ERROR(TokenFile f(path), "longer than its header");
}
TEST_F(BadTokenFile, ShorterThanAHeader) {
    truncate_by(path, 200 + 100);
    EXPECT_ERROR(TokenFile f(path), "shorter than the 1024-byte header");
}
TEST_F(BadTokenFile, Empty) {
    write_file(path, "");
    EXPECT_ERROR(TokenFile f(path), "0 bytes");
}
TEST_F(BadTokenFile, Missing) {
    EXPECT_ERROR(TokenFile f(dir / "nope.bin"), "nope.bin: cannot open");
}
TEST_F(BadTokenFile, WrongMagic) {
    set_header_word(path, 0, 12345);
    EXPECT_ERROR(TokenFile f(path), "magic number 12345, expected 20251101");
}
TEST_F(BadTokenFile, AnotherKindOfFile) {
    set_header_word(path, 0, FILE_MAGIC[ASSIGNMENT]);
    EXPECT_ERROR(TokenFile f(path), "this is in the assignment file format, but the token file format");
}
TEST_F(BadTokenFile, WrongVersion) {
    set_header_word(path, 1, 7);
    EXPECT_ERROR(TokenFile f(path), "version 7, but this build reads version 1");
}
TEST_F(BadTokenFile, OddTokenWidth) {
    set_header_word(path, 5, 3);
    EXPECT_ERROR(TokenFile f(path), "3 bytes per token");
}
TEST_F(BadTokenFile, VocabularyTooLargeForTwoBytes) {
    set_header_word(path, 4, 70000);
    EXPECT_ERROR(TokenFile f(path), "does not fit 2 bytes per token");
}
TEST_F(BadTokenFile, BosOutsideVocabulary) {
    set_header_word(path, 6, 500);
    EXPECT_ERROR(TokenFile f(path), "BOS id 500");
}
TEST_F(BadTokenFile, TokenOutsideVocabulary) {
    set_header_word(path, 4, 400);  // the file holds ids up to 499
    EXPECT_ERROR(TokenFile f(path), "outside the vocabulary of 400");
}
TEST_F(BadTokenFile, ReadOutsideTheFile) {
    TokenFile f(path);
    std::vector<int> out(10);
    EXPECT_ERROR(f.read(95, 10, out.data()), "outside the file's 100 tokens");
}

TEST(TokenWriter, RefusesAVocabularyWiderThanTheTokens) {
    ScratchDir dir;
    EXPECT_ERROR(TokenWriter(dir / "t.bin", 70000, 2, 1, -1), "does not fit 2 bytes per token");
    EXPECT_TRUE(dir.files().empty());
}

TEST(TokenWriter, RefusesIdsOutsideTheVocabulary) {
    ScratchDir dir;
    {
        TokenWriter w(dir / "t.bin", 100, 2, 1, -1);
        int bad[2] = {5, 100};
        EXPECT_ERROR(w.append(bad, 2), "token id 100 outside");
    }
    EXPECT_TRUE(dir.files().empty());
}

// ----------------------------------------------------------------------------
// labels

static Labels some_labels() {
    Labels lb;
    lb.token_count = 1000;
    lb.offset = {0, 10, 500, 999};
    lb.label = {2, 0, 1, 2};
    lb.names = {"literature", "c", "scripture"};
    return lb;
}

TEST(Labels, RoundTrip) {
    ScratchDir dir;
    Labels lb = some_labels();
    write_labels(dir / "l.bin", lb);
    EXPECT_EQ(file_size_or_fail(dir / "l.bin"), HEADER_BYTES + 4 * 12 + (11 + 2 + 10));
    Labels back = read_labels(dir / "l.bin");
    EXPECT_EQ(back.token_count, 1000);
    EXPECT_EQ(back.offset, lb.offset);
    EXPECT_EQ(back.label, lb.label);
    EXPECT_EQ(back.names, lb.names);
    EXPECT_EQ(back.label_at(0), 2);
    EXPECT_EQ(back.label_at(9), 2);
    EXPECT_EQ(back.label_at(10), 0);
    EXPECT_EQ(back.label_at(998), 1);
    EXPECT_EQ(back.label_at(999), 2);
}

TEST(Labels, Rejects) {
    ScratchDir dir;
    std::string path = dir / "l.bin";
    write_labels(path, some_labels());
    truncate_by(path, 1);
    EXPECT_ERROR(read_labels(path), "truncated");

    write_labels(path, some_labels());
    set_header_word(path, 4, 5);  // 5 label values but 3 names
    EXPECT_ERROR(read_labels(path), "5 label values but the name table holds 3");

    Labels lb = some_labels();
    lb.offset[2] = 5;  // not increasing
    EXPECT_ERROR(write_labels(path, lb), "offsets must increase");
    lb = some_labels();
    lb.offset[3] = 1000;  // past the token count
    EXPECT_ERROR(write_labels(path, lb), "below the token count 1000");
    lb = some_labels();
    lb.label[1] = 3;
    EXPECT_ERROR(write_labels(path, lb), "label 3, outside [0, 3)");
}

// ----------------------------------------------------------------------------
// assignments

static Assignment some_assignment() {
    Assignment a;
    a.S = 8; a.E = 3; a.M = 4; a.chunk = 0;
    a.token_count = 8 * 5 + 1;  // 5 sequences
    a.expert = {0, 2, 1, UNASSIGNED, 2};
    return a;
}

TEST(Assignment, RoundTrip) {
    ScratchDir dir;
    write_assignment(dir / "a.bin", some_assignment());
    Assignment a = read_assignment(dir / "a.bin");
    Assignment b = some_assignment();
    EXPECT_EQ(a.S, b.S); EXPECT_EQ(a.E, b.E); EXPECT_EQ(a.M, b.M); EXPECT_EQ(a.chunk, b.chunk);
    EXPECT_EQ(a.token_count, b.token_count);
    EXPECT_EQ(a.expert, b.expert);
    EXPECT_EQ(file_size_or_fail(dir / "a.bin"), HEADER_BYTES + 5 * 2);
}

TEST(Assignment, Rejects) {
    ScratchDir dir;
    std::string path = dir / "a.bin";
    write_assignment(path, some_assignment());
    truncate_by(path, 2);
    EXPECT_ERROR(read_assignment(path), "truncated");

    write_assignment(path, some_assignment());
    set_header_word(path, 6, 9);  // M 9 > S 8
    EXPECT_ERROR(read_assignment(path), "1 <= M <= S");

    write_assignment(path, some_assignment());
    set_header_word(path, 8, 100);  // a token count that gives another number of sequences
    EXPECT_ERROR(read_assignment(path), "5 sequences, but a token file of 100 tokens has 12");

    write_assignment(path, some_assignment());
    set_header_word(path, 1, 2);
    EXPECT_ERROR(read_assignment(path), "assignment file version 2");

    Assignment a = some_assignment();
    a.expert[1] = 3;
    EXPECT_ERROR(write_assignment(path, a), "expert 3, but there are only 3 experts");
}

TEST(Assignment, RefusesAnotherTokenFileOrSequenceLength) {
    ScratchDir dir;
    std::vector<int> t = some_tokens(41, 50);
    TokenWriter w(dir / "t.bin", 50, 2, 1, -1);
    w.append(t.data(), t.size());
    w.commit();
    TokenFile tokens(dir / "t.bin");
    Assignment a = some_assignment();
    EXPECT_NO_THROW(check_assignment_matches("a.bin", a, tokens, 8));
    EXPECT_ERROR(check_assignment_matches("a.bin", a, tokens, 16), "S is 16");
    a.token_count = 42;
    a.expert.assign(5, 0);
    EXPECT_ERROR(check_assignment_matches("a.bin", a, tokens, 8), "made for a token file of 42 tokens");
}

// ----------------------------------------------------------------------------
// scores

TEST(Scores, RoundTripAndTruncation) {
    ScratchDir dir;
    Scores sc;
    sc.n = 3; sc.E = 2; sc.M = 64;
    sc.s = {-1.5f, -2.25f, -100.f, -0.f, -3e4f, -7.f};
    write_scores(dir / "s.bin", sc);
    Scores back = read_scores(dir / "s.bin");
    EXPECT_EQ(back.n, 3); EXPECT_EQ(back.E, 2); EXPECT_EQ(back.M, 64);
    EXPECT_EQ(back.s, sc.s);
    truncate_by(dir / "s.bin", 4);
    EXPECT_ERROR(read_scores(dir / "s.bin"), "truncated");
    sc.s.pop_back();
    EXPECT_ERROR(write_scores(dir / "s2.bin", sc), "inconsistent scores");
}

// ----------------------------------------------------------------------------
// checkpoints and optimizer state

TEST(Checkpoint, ParameterCountOfASmallModel) {
    // Counted by hand: V 10 padded to 16, C 4, L 2, H 2. wte 16*4 = 64. Per layer: ln1 2*4, qkv 3*4*4 + 3*4,
    // attproj 4*4 + 4, ln2 2*4, fc 4*4*4 + 4*4, fcproj 4*4*4 + 4 = 8+60+20+8+80+68 = 244. lnf 2*4 = 8.
    ModelConfig c;
    c.V = 10; c.Vp = 16; c.max_T = 32; c.L = 2; c.H = 2; c.C = 4;
    EXPECT_EQ(num_parameters(c), 64 + 2 * 244 + 8);
    // GPT-2 124M (V 50257 padded to 50304, C 768, L 12) has 124,475,904 parameters with learned positions
    // (1024 x 768 = 786,432 of them) and biases; with RoPE instead of positions: 123,689,472.
    c.V = 50257; c.Vp = 50304; c.max_T = 1024; c.L = 12; c.H = 12; c.C = 768;
    EXPECT_EQ(num_parameters(c), 124475904 - 786432);
}

TEST(Checkpoint, RoundTripAndRejects) {
    ScratchDir dir;
    ModelConfig c;
    c.V = 10; c.Vp = 16; c.max_T = 32; c.L = 2; c.H = 2; c.C = 4; c.rope_base = 10000;
    std::vector<float> p(num_parameters(c));
    std::iota(p.begin(), p.end(), 0.5f);
    std::string path = dir / "m.ckpt";
    write_checkpoint(path, c, 123, p.data());
    int step = 0;
    std::vector<float> back;
    ModelConfig r = read_checkpoint(path, &step, &back);
    EXPECT_EQ(step, 123);
    EXPECT_EQ(r.V, 10); EXPECT_EQ(r.Vp, 16); EXPECT_EQ(r.max_T, 32); EXPECT_EQ(r.L, 2);
    EXPECT_EQ(r.H, 2); EXPECT_EQ(r.C, 4); EXPECT_EQ(r.rope_base, 10000);
    EXPECT_EQ(back, p);

    truncate_by(path, 4);
    EXPECT_ERROR(read_checkpoint(path, nullptr, nullptr), "truncated");
    write_checkpoint(path, c, 123, p.data());
    set_header_word(path, 6, 3);  // H 3 does not divide C 4
    EXPECT_ERROR(read_checkpoint(path, nullptr, nullptr), "not a multiple of H 3");
    write_checkpoint(path, c, 123, p.data());
    set_header_word(path, 3, 8);  // Vp < V
    EXPECT_ERROR(read_checkpoint(path, nullptr, nullptr), "invalid model shape");
    write_checkpoint(path, c, 123, p.data());
    set_header_word(path, 5, 3);  // 3 layers: the size no longer matches
    EXPECT_ERROR(read_checkpoint(path, nullptr, nullptr), "truncated");
}

TEST(OptimizerState, RoundTripAndRejects) {
    ScratchDir dir;
    OptimizerState s;
    s.step = 77; s.rng = 0xFEDCBA9876543210ull; s.epoch = 3; s.position = 5000000000ll;
    s.m = {1, 2, 3}; s.v = {4, 5, 6};
    write_optimizer_state(dir / "o.bin", s);
    OptimizerState b = read_optimizer_state(dir / "o.bin", 3);
    EXPECT_EQ(b.step, 77); EXPECT_EQ(b.rng, s.rng); EXPECT_EQ(b.epoch, 3); EXPECT_EQ(b.position, 5000000000ll);
    EXPECT_EQ(b.m, s.m); EXPECT_EQ(b.v, s.v);
    EXPECT_ERROR(read_optimizer_state(dir / "o.bin", 4), "3 parameters, but the model has 4");
    truncate_by(dir / "o.bin", 4);
    EXPECT_ERROR(read_optimizer_state(dir / "o.bin", 3), "truncated");
}

// ----------------------------------------------------------------------------
// Headers whose counts make the sizes wrap around. count x bytes, computed naively in 64
// bits, comes back to the file's true size, so a reader that multiplied first would accept the file
// and then read far past its end. Every reader must refuse these, naming the file and the field.
// The suite runs under AddressSanitizer too (make test: build/emu/run_tests), where a read past the
// end would be reported even if the message were right by luck.

static void set_header_64(const std::string& path, int word, int64_t value) {
    std::string all = read_file(path);
    Header h;
    h.set64(word, value);
    memcpy(&all[4 * word], &h.w[word], 8);
    write_file(path, all);
}

constexpr int64_t TWO_TO_60 = (int64_t)1 << 60, TWO_TO_62 = (int64_t)1 << 62;

TEST(WrappingHeaders, TokenCountTimesFourBytes) {
    ScratchDir dir;
    std::vector<int> t = some_tokens(1000, 100000);
    TokenWriter w(dir / "t.bin", 100000, 4, 1, -1);
    w.append(t.data(), t.size());
    w.commit();
    set_header_64(dir / "t.bin", 2, TWO_TO_62 + 1000);  // 4 x (2^62 + 1000) = 2^64 + 4000: wraps to the true size
    EXPECT_EQ((uint64_t)4 * (uint64_t)(TWO_TO_62 + 1000), (uint64_t)4000);  // the wrap this test is about
    EXPECT_ERROR(TokenFile f(dir / "t.bin"), "t.bin: header field token count (words 2-3) is 4611686018427388904");
    EXPECT_ERROR(TokenFile f(dir / "t.bin", false), "do not fit the 4000 bytes after the header");
    set_header_64(dir / "t.bin", 2, -1000);
    EXPECT_ERROR(TokenFile f(dir / "t.bin"), "token count (words 2-3) is -1000, negative");
}

TEST(WrappingHeaders, LabelsDocumentCountTimesTwelveBytes) {
    ScratchDir dir;
    std::string path = dir / "l.bin";
    write_labels(path, some_labels());  // 4 documents
    set_header_64(path, 2, TWO_TO_62 + 4);  // 12 x 2^62 = 3 x 2^64
    EXPECT_ERROR(read_labels(path), "l.bin: header field document count (words 2-3) is 4611686018427387908");
    write_labels(path, some_labels());
    set_header_word(path, 5, 0x7FFFFFFF);  // a name table longer than the file
    EXPECT_ERROR(read_labels(path), "header field name-table bytes (word 5) is 2147483647");
    write_labels(path, some_labels());
    set_header_word(path, 4, 0x7FFFFFFF);
    EXPECT_ERROR(read_labels(path), "header field label count (word 4) is 2147483647");
}

TEST(WrappingHeaders, AssignmentSequenceCountTimesTwoBytes) {
    ScratchDir dir;
    std::string path = dir / "a.bin";
    write_assignment(path, some_assignment());  // 5 sequences
    set_header_64(path, 2, INT64_MIN + 5);  // 2 x (2^63 + 5) = 2^64 + 10
    EXPECT_ERROR(read_assignment(path), "a.bin: header field sequence count (words 2-3) is -9223372036854775803, negative");
    set_header_64(path, 2, TWO_TO_62 + 5);
    EXPECT_ERROR(read_assignment(path), "header field sequence count (words 2-3) is 4611686018427387909");
}

TEST(WrappingHeaders, ScoresNTimesETimesFourBytes) {
    ScratchDir dir;
    Scores sc;
    sc.n = 3; sc.E = 4; sc.M = 8;
    sc.s.assign(12, -1.0f);
    write_scores(dir / "s.bin", sc);
    set_header_64(dir / "s.bin", 2, TWO_TO_60 + 3);  // 16 x 2^60 = 2^64
    EXPECT_ERROR(read_scores(dir / "s.bin"), "s.bin: header field sequence count N (words 2-3) is 1152921504606846979");
    write_scores(dir / "s.bin", sc);
    set_header_word(dir / "s.bin", 4, 0);
    EXPECT_ERROR(read_scores(dir / "s.bin"), "header field E (word 4) is 0");
}

TEST(WrappingHeaders, CheckpointShapeAndOptimizerCount) {
    ScratchDir dir;
    ModelConfig c;
    c.V = 10; c.Vp = 16; c.max_T = 32; c.L = 2; c.H = 2; c.C = 4;
    std::vector<float> p(num_parameters(c), 0.5f);
    std::string path = dir / "m.ckpt";
    // L x 12 x C^2 with C = 2^31 - 2 and L = 2^31 - 1 overflows int64 many times over.
    for (auto [word, value] : std::vector<std::pair<int, int32_t>>{{7, 0x7FFFFFFE}, {5, 0x7FFFFFFF}, {3, 0x7FFFFFFF}, {4, 0x7FFFFFFF}}) {
        write_checkpoint(path, c, 1, p.data());
        set_header_word(path, word, value);
        EXPECT_ERROR(read_checkpoint(path, nullptr, nullptr), "beyond this engine's limits");
    }
    write_checkpoint(path, c, 1, p.data());
    set_header_word(path, 9, -4);
    EXPECT_ERROR(read_checkpoint(path, nullptr, nullptr), "header field step (word 9) is -4");

    OptimizerState s;
    s.step = 1; s.m = {1, 2, 3}; s.v = {4, 5, 6};
    write_optimizer_state(dir / "o.bin", s);
    set_header_64(dir / "o.bin", 2, ((int64_t)1 << 61) + 3);  // 8 x 2^61 = 2^64
    EXPECT_ERROR(read_optimizer_state(dir / "o.bin", 3), "optimizer state for 2305843009213693955 parameters");
    write_optimizer_state(dir / "o.bin", s);
    set_header_64(dir / "o.bin", 9, -7);
    EXPECT_ERROR(read_optimizer_state(dir / "o.bin", 3), "position (words 9-10) -7");
}

// The programs, as a careless script would feed them: the message names the file and the field. In the
// emulator's test binary (make test), the programs built with AddressSanitizer are the ones run.
#ifdef EMU_ASAN
static const std::string BIN = "build/emu/";
#else
static const std::string BIN = "./";
#endif

TEST(WrappingHeaders, ProgramsRefuseThemClearly) {
    ScratchDir dir;
    std::vector<int> t = some_tokens(4000, 8192);
    TokenWriter w(dir / "t.bin", 8192, 4, 1, -1);
    w.append(t.data(), t.size());
    w.commit();
    set_header_64(dir / "t.bin", 2, TWO_TO_62 + 4000);
    expect_refused(BIN + "train_expert --device cpu --steps 1 --val '' --out " + dir / "o --train " + dir / "t.bin",
                   "t.bin: header field token count (words 2-3)");
    expect_refused("data/tokenizer decode --model data/default/tokenizer.model " + dir / "t.bin",
                   "t.bin: header field token count (words 2-3)");

    write_labels(dir / "l.bin", some_labels());
    set_header_64(dir / "l.bin", 2, TWO_TO_62 + 4);
    expect_refused(BIN + "train_router --device cpu --iterations 1 --out " + dir / "r --labels " + dir / "l.bin",
                   "l.bin: header field document count (words 2-3)");
    expect_refused(BIN + "segment --routers " + dir / "r --out " + dir / "x.bin --labels " + dir / "l.bin",
                   "l.bin: header field document count (words 2-3)");

    Assignment a = some_assignment();
    a.expert[3] = 1;  // every sequence assigned: a whole shard
    write_assignment(dir / "a.bin", a);
    Scores sc;
    sc.n = 5; sc.E = 3; sc.M = 4;
    sc.s.assign(15, -1.0f);
    write_scores(dir / "s.bin", sc);
    set_header_64(dir / "s.bin", 2, TWO_TO_62 + 5);  // 12 x 2^62 = 3 x 2^64
    expect_refused(BIN + "segment --merge --out " + dir / "m.bin --scores " + dir / "ms.bin --merge-scores " + dir / "s.bin " +
                       dir / "a.bin",
                   "s.bin: header field sequence count N (words 2-3)");
    for (const std::string& name : dir.files()) EXPECT_EQ(name.find(".tmp"), std::string::npos) << name << " left behind";
}
