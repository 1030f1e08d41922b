// segment as a user runs it, on the default validation data with three small random routers: the
// assignment is the balanced rule applied to the scores it writes, the scores are model_score's,
// shards merged give exactly the file of one run, and bad input is refused clearly.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "../common/files.h"
#include "../common/model.h"
#include "../common/routing.h"
#include "helpers.h"

namespace {

const std::string VAL_TOKENS = "data/default/corpus_val.bin";
const std::string VAL_LABELS = "data/default/corpus_val_labels.bin";
// S 128 and M 8 keep each run to about 1,300 sequences x 7 positions x 3 routers: seconds on 2 cores.
const int S = 128, M = 8, B = 32, CHUNK = 50, E = 3;

// A router of the tests' tiny shape, random weights from `seed`.
void save_router(const std::string& path, int V, uint64_t seed) {
    ModelConfig c;
    c.V = V;
    c.Vp = padded_vocab(V);
    c.max_T = 32;
    c.L = 1;
    c.H = 2;
    c.C = 32;
    Model m;
    model_create(m, c, CPU_FP32);
    model_init(m, seed);
    model_save(m, path, 0);
    model_free(m);
}

// One segmentation of the default val data with chunks of 50, shared by the tests: the routers,
// the run's assignment and scores, and what it printed.
class Segment : public ::testing::Test {
protected:
    static std::unique_ptr<ScratchDir> dir;
    static RunResult whole;
    static std::string base() {
        return "./segment --device cpu --routers " + dir->path + " --tokens " + VAL_TOKENS + " --seq-len " + std::to_string(S) +
               " --prefix " + std::to_string(M) + " --batch " + std::to_string(B);
    }
    static void SetUpTestSuite() {
        dir = std::make_unique<ScratchDir>();
        int V = TokenFile(VAL_TOKENS).vocab;
        for (int e = 0; e < E; e++) save_router(*dir / ("router_0" + std::to_string(e) + ".ckpt"), V, 100 + e);
        whole = run(base() + " --chunk " + std::to_string(CHUNK) + " --labels " + VAL_LABELS + " --out " + *dir / "whole.bin" +
                    " --scores " + *dir / "whole.scores");
    }
    static void TearDownTestSuite() { dir.reset(); }
    void SetUp() override { ASSERT_EQ(whole.code, 0) << whole.output; }

    // Runs segment with `args`; expects a refusal that says `expected` and leaves no output file.
    void expect_refusal(const std::string& cmd, const std::string& out, const std::string& expected) {
        expect_refused(cmd, expected);
        EXPECT_FALSE(exists(out)) << cmd;
        EXPECT_FALSE(exists(out + ".tmp")) << cmd;
    }
};
std::unique_ptr<ScratchDir> Segment::dir;
RunResult Segment::whole;

}  // namespace

TEST_F(Segment, AssignmentIsTheBalancedRuleOnTheWrittenScores) {
    Assignment a = read_assignment(*dir / "whole.bin");
    Scores sc = read_scores(*dir / "whole.scores");
    int64_t N = TokenFile(VAL_TOKENS).sequences(S);
    EXPECT_EQ((int64_t)a.expert.size(), N);
    EXPECT_EQ(a.S, S);
    EXPECT_EQ(a.E, E);
    EXPECT_EQ(a.M, M);
    EXPECT_EQ(a.chunk, CHUNK);
    EXPECT_EQ(a.token_count, TokenFile(VAL_TOKENS).count);
    ASSERT_EQ(sc.n, N);
    ASSERT_EQ(sc.E, E);
    EXPECT_EQ(sc.M, M);
    for (float s : sc.s) ASSERT_TRUE(std::isfinite(s) && s < 0) << s;
    EXPECT_EQ(a.expert, balanced_assign(sc.s, N, E, CHUNK));
    // quotas: in each chunk of len sequences, expert e takes len/E, the first len mod E one more
    for (int64_t start = 0; start < N; start += CHUNK) {
        int64_t len = std::min<int64_t>(CHUNK, N - start);
        std::vector<int64_t> count(E, 0);
        for (int64_t i = start; i < start + len; i++) count[a.expert[i]]++;
        for (int e = 0; e < E; e++) EXPECT_EQ(count[e], len / E + (e < len % E ? 1 : 0)) << "chunk at " << start;
    }
    // the summary: cluster sizes, and with --labels the domain table's measures
    EXPECT_NE(whole.output.find("cluster sizes"), std::string::npos) << whole.output;
    EXPECT_NE(whole.output.find("NMI"), std::string::npos) << whole.output;
}

TEST_F(Segment, ScoresAreModelScoreOfThePrefixes) {
    Scores sc = read_scores(*dir / "whole.scores");
    TokenFile tokens(VAL_TOKENS);
    int64_t N = tokens.sequences(S);
    // Batch 2 of the run and the last, partial one: the same batches, device and code as segment's.
    for (int64_t start : {(int64_t)2 * B, (N - 1) / B * B}) {
        int b = (int)std::min<int64_t>(B, N - start);
        std::vector<int> batch((size_t)b * M);
        for (int k = 0; k < b; k++) tokens.read((start + k) * S, M, batch.data() + (size_t)k * M);
        for (int e = 0; e < E; e++) {
            Model m;
            model_load(m, *dir / ("router_0" + std::to_string(e) + ".ckpt"), CPU_FP32, nullptr);
            model_allocate(m, B, M - 1, false);
            std::vector<float> got(b);
            model_score(m, batch.data(), b, M, got.data());
            model_free(m);
            for (int k = 0; k < b; k++) EXPECT_EQ(got[k], sc.s[(start + k) * E + e]) << "sequence " << start + k << " router " << e;
        }
    }
}

TEST_F(Segment, ShardsMergedAreByteIdenticalToOneRun) {
    std::string merge_scores;
    std::string shards;
    for (int i = 0; i < 3; i++) {
        std::string name = *dir / ("shard" + std::to_string(i));
        RunResult r = run(base() + " --chunk " + std::to_string(CHUNK) + " --shard " + std::to_string(i) + "/3 --out " +
                          name + ".bin --scores " + name + ".scores");
        ASSERT_EQ(r.code, 0) << r.output;
        shards += " " + name + ".bin";
        merge_scores += (i ? "," : "") + name + ".scores";
    }
    // A shard's file is full size: its slice assigned (a contiguous run of whole chunks), the rest not.
    Assignment middle = read_assignment(*dir / "shard1.bin");
    Scores middle_scores = read_scores(*dir / "shard1.scores");
    int64_t N = (int64_t)middle.expert.size(), first = -1, last = -1;
    for (int64_t i = 0; i < N; i++)
        if (middle.expert[i] != UNASSIGNED) { if (first < 0) first = i; last = i + 1; }
    ASSERT_GT(first, 0);
    ASSERT_LT(last, N);
    EXPECT_EQ(first % CHUNK, 0);
    EXPECT_EQ(last % CHUNK, 0);
    for (int64_t i = 0; i < N; i++) {
        EXPECT_EQ(middle.expert[i] == UNASSIGNED, i < first || i >= last) << i;
        EXPECT_EQ(std::isnan(middle_scores.s[i * E]), i < first || i >= last) << i;
    }

    RunResult r = run("./segment --merge --out " + *dir / "merged.bin" + " --scores " + *dir / "merged.scores" +
                      " --merge-scores " + merge_scores + " --labels " + VAL_LABELS + shards);
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_EQ(read_file(*dir / "merged.bin"), read_file(*dir / "whole.bin"));
    EXPECT_EQ(read_file(*dir / "merged.scores"), read_file(*dir / "whole.scores"));
    EXPECT_NE(r.output.find("NMI"), std::string::npos) << r.output;
}

TEST_F(Segment, RefusesBadInputClearly) {
    ScratchDir bad;
    int V = TokenFile(VAL_TOKENS).vocab;
    mkdir((bad / "vocab").c_str(), 0755);
    save_router(bad / "vocab/router_00.ckpt", V, 1);
    save_router(bad / "vocab/router_01.ckpt", 1000, 2);
    mkdir((bad / "one").c_str(), 0755);
    save_router(bad / "one/router_00.ckpt", V, 1);
    std::string out = bad / "out.bin";
    std::string common = " --device cpu --tokens " + VAL_TOKENS + " --seq-len " + std::to_string(S) + " --prefix " + std::to_string(M) + " --out " + out;
    expect_refusal("./segment --routers " + bad / "vocab" + common, out,
                   "router_01.ckpt has a vocabulary of 1000 but " + bad / "vocab/router_00.ckpt has 8192");
    expect_refusal("./segment --routers " + bad / "one" + common, out, "found only 1 router (need at least 2");
    expect_refusal("./segment --routers " + bad / "none" + common, out, "none: cannot open (No such file or directory)");
    expect_refusal(base() + " --prefix 200 --out " + out, out, "--prefix 200 is longer than --seq-len " + std::to_string(S));
    expect_refusal(base() + " --prefix 40 --out " + out, out, "has a maximum sequence length of 32: use --prefix <= 33");
    expect_refusal(base() + " --shard 0/2 --out " + out, out, "--shard needs --chunk K > 0");
    expect_refusal(base() + " --chunk 50 --shard 2/2 --out " + out, out, "expected i/n with 0 <= i < n");
    expect_refusal(base() + " --labels data/default/corpus_train_labels.bin --out " + out, out,
                   "corpus_train_labels.bin: labels of a token file of");

    // merges: shards of different runs, overlapping shards, a missing shard
    Assignment a = read_assignment(*dir / "whole.bin"), first_half = a, second_half = a, other_chunk = a, lone = a;
    int64_t N = (int64_t)a.expert.size();
    for (int64_t i = 0; i < N; i++) {
        (i < N / 2 ? second_half : first_half).expert[i] = UNASSIGNED;
        other_chunk.expert[i] = i < N / 2 ? UNASSIGNED : a.expert[i];
        lone.expert[i] = i == 7 ? a.expert[i] : UNASSIGNED;
    }
    other_chunk.chunk = 25;
    second_half.expert[N / 2 + 5] = UNASSIGNED;
    write_assignment(bad / "first.bin", first_half);
    write_assignment(bad / "second.bin", second_half);
    write_assignment(bad / "other_chunk.bin", other_chunk);
    write_assignment(bad / "lone.bin", lone);
    std::string merge = "./segment --merge --out " + out + " ";
    expect_refusal(merge + bad / "first.bin " + bad / "other_chunk.bin", out, "headers differ (chunk 25 vs 50)");
    expect_refusal(merge + bad / "first.bin " + bad / "lone.bin " + bad / "second.bin", out,
                   "sequence 7 is assigned by both " + bad / "first.bin");
    expect_refusal(merge + bad / "first.bin " + bad / "second.bin", out,
                   "sequence " + std::to_string(N / 2 + 5) + " (and 0 more) is assigned in none of");
    expect_refusal(merge + "--chunk 50 " + bad / "first.bin", out, "--chunk does not apply to --merge");

    // Output locations are checked before any scoring, not after it: no router line is printed.
    write_file(bad / "plain", "a file, not a folder");
    RunResult r = expect_refused(base() + " --out " + bad / "plain/x.bin", "plain/x.bin: " + bad / "plain is not a folder");
    EXPECT_EQ(r.output.find("router "), std::string::npos) << "scored before refusing:\n" << r.output;
    r = expect_refused(base() + " --out " + out + " --scores " + bad / "missing/s.bin", "the folder " + bad / "missing does not exist");
    EXPECT_EQ(r.output.find("router "), std::string::npos) << "scored before refusing:\n" << r.output;
    EXPECT_FALSE(exists(out));
    expect_refused(base() + " --out " + bad.path, "is a folder; give a file name");
    expect_refused(base() + " --batch 0 --out " + out, "--batch 0: must be at least 1");

    RunResult help = run("./segment --help");
    EXPECT_EQ(help.code, 0);
    EXPECT_NE(help.output.find("--shard i/n"), std::string::npos) << help.output;
}
