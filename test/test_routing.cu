// The balanced assignment (common/routing.h) against an independent implementation on random score
// matrices, its quotas, greedy order, ties, determinism and chunking; the clustering measures;
// and router scoring against the model's own loss.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "../common/model.h"
#include "../common/routing.h"
#include "helpers.h"

namespace {

// The rule written the other way round: for each sequence in order, sort ALL experts by (score desc,
// index asc) and take the first with room. The tested code scans instead; ties must come out the same.
std::vector<uint16_t> reference_assign(const std::vector<float>& s, int64_t n, int E) {
    std::vector<std::pair<float, int64_t>> seqs;
    for (int64_t i = 0; i < n; i++) {
        float best = -INFINITY;
        for (int e = 0; e < E; e++) best = std::max(best, std::isnan(s[i * E + e]) ? -INFINITY : s[i * E + e]);
        seqs.push_back({best, i});
    }
    std::sort(seqs.begin(), seqs.end(), [](auto& a, auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    std::vector<int64_t> room(E);
    for (int e = 0; e < E; e++) room[e] = n / E + (e < n % E);
    std::vector<uint16_t> out(n, UNASSIGNED);
    for (auto& [best, i] : seqs) {
        std::vector<std::pair<float, int>> experts;
        for (int e = 0; e < E; e++) experts.push_back({std::isnan(s[i * E + e]) ? -INFINITY : s[i * E + e], e});
        std::sort(experts.begin(), experts.end(), [](auto& a, auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
        for (auto& [score, e] : experts)
            if (room[e] > 0) { out[i] = (uint16_t)e; room[e]--; break; }
    }
    return out;
}

// Scores from a small set of values, so that ties between sequences and between experts are common.
std::vector<float> tied_scores(int64_t n, int E, uint64_t seed, int levels) {
    Rng rng(seed);
    std::vector<float> s(n * E);
    for (float& x : s) x = -(float)rng.below(levels);
    return s;
}

}  // namespace

TEST(BalancedAssign, EqualsAnIndependentImplementationOnRandomScores) {
    for (int trial = 0; trial < 200; trial++) {
        int E = 2 + trial % 7;
        int64_t n = 1 + (trial * 37) % 301;
        std::vector<float> s = trial % 2 ? tied_scores(n, E, trial, 4) : tied_scores(n, E, trial, 1000000);
        if (trial % 10 == 3) s[0] = NAN;
        EXPECT_EQ(balanced_assign(s, n, E, 0), reference_assign(s, n, E)) << "trial " << trial << ", n " << n << ", E " << E;
    }
}

TEST(BalancedAssign, QuotasAreExact) {
    for (int64_t n : {1, 7, 100, 1001}) {
        for (int E : {2, 3, 8}) {
            std::vector<uint16_t> a = balanced_assign(tied_scores(n, E, n * E, 50), n, E, 0);
            std::vector<int64_t> count(E, 0);
            for (uint16_t e : a) { ASSERT_LT(e, E); count[e]++; }
            for (int e = 0; e < E; e++) EXPECT_EQ(count[e], n / E + (e < n % E ? 1 : 0)) << "n " << n << " E " << E << " expert " << e;
        }
    }
}

TEST(BalancedAssign, GreedyOrderAndTiesByHand) {
    // 4 sequences, 2 experts (quota 2 each). Best scores: seq 2 (-1), seq 0 (-2), seq 3 (-2), seq 1 (-3).
    // seq 2 -> e1; seq 0 (tie with seq 3, lower index first) -> e1 (full now); seq 3 -> e1 full -> e0; seq 1 -> e0.
    std::vector<float> s = {-5, -2,   // seq 0 prefers e1
                            -3, -4,   // seq 1 prefers e0
                            -9, -1,   // seq 2 prefers e1
                            -7, -2};  // seq 3 prefers e1
    EXPECT_EQ(balanced_assign(s, 4, 2, 0), (std::vector<uint16_t>{1, 0, 1, 0}));
    // All equal: sequences in index order, each to the lowest expert with room.
    std::vector<float> flat(5 * 2, -1.0f);
    EXPECT_EQ(balanced_assign(flat, 5, 2, 0), (std::vector<uint16_t>{0, 0, 0, 1, 1}));
}

TEST(BalancedAssign, ChunksAreBalancedOnTheirOwnAndDeterministic) {
    int64_t n = 1000, chunk = 128;
    int E = 3;
    std::vector<float> s = tied_scores(n, E, 11, 20);
    std::vector<uint16_t> a = balanced_assign(s, n, E, chunk);
    EXPECT_EQ(a, balanced_assign(s, n, E, chunk));
    for (int64_t start = 0; start < n; start += chunk) {
        int64_t len = std::min(chunk, n - start);
        std::vector<float> part(s.begin() + start * E, s.begin() + (start + len) * E);
        std::vector<uint16_t> expected = reference_assign(part, len, E);
        EXPECT_TRUE(std::equal(expected.begin(), expected.end(), a.begin() + start)) << "chunk at " << start;
    }
    EXPECT_NE(a, balanced_assign(s, n, E, 0)) << "chunking should change something on 1000 tied scores";
}

TEST(ClusterQuality, KnownCases) {
    ClusterQuality perfect = cluster_quality({0, 0, 1, 1, 2}, {2, 2, 0, 0, 1}, 3, 3);
    EXPECT_NEAR(perfect.nmi, 1.0, 1e-12);
    EXPECT_NEAR(perfect.purity, 1.0, 1e-12);
    ClusterQuality independent = cluster_quality({0, 0, 1, 1}, {0, 1, 0, 1}, 2, 2);
    EXPECT_NEAR(independent.nmi, 0.0, 1e-12);
    EXPECT_NEAR(independent.purity, 0.5, 1e-12);
    // Clusters {a,a,b} and {b}: I = H(L) - H(L|C) with H(L) = ln 2, H(L|C) = 3/4 * H(1/3) = 0.4774;
    // H(C) = H(1/4) = 0.5623; NMI = 2 I / (H(C) + H(L)) = 2 * 0.2158 / 1.2555 = 0.3437. Purity 3/4.
    ClusterQuality mixed = cluster_quality({0, 0, 0, 1}, {0, 0, 1, 1}, 2, 2);
    EXPECT_NEAR(mixed.nmi, 0.3437, 1e-4);
    EXPECT_NEAR(mixed.purity, 0.75, 1e-12);
}

// list_routers: router_00.ckpt, router_01.ckpt, ... up to the first gap, past 100 too (the name grows a
// digit: router_100.ckpt, as train_router writes it); a missing folder or a file is refused.
TEST(ListRouters, ReadsUpToTheFirstGapPastOneHundred) {
    ScratchDir dir;
    EXPECT_TRUE(list_routers(dir.path).empty());
    for (int e = 0; e <= 101; e++)
        if (e != 101) write_file(router_path(dir.path, e), "x");
    write_file(router_path(dir.path, 102), "x");  // after the gap at 101: not a router of this folder
    std::vector<std::string> routers = list_routers(dir.path);
    ASSERT_EQ(routers.size(), 101u);
    EXPECT_EQ(routers[100], dir / "router_100.ckpt");
    EXPECT_EQ(routers[7], dir / "router_07.ckpt");
    EXPECT_THROW(list_routers(dir / "missing"), std::runtime_error);
    EXPECT_THROW(list_routers(routers[0]), std::runtime_error);
}

TEST(RouterScore, EqualsTheModelsOwnLossOnThePrefix) {
    ModelConfig c;
    c.V = 500; c.Vp = padded_vocab(500); c.max_T = 32; c.L = 2; c.H = 2; c.C = 32;
    const int B = 5, M = 17;
    Model batched, single;
    model_create(batched, c, CPU_FP32);
    model_init(batched, 3);
    model_allocate(batched, B, M - 1, false);
    model_create(single, c, CPU_FP32);
    model_init(single, 3);
    model_allocate(single, 1, M - 1);
    Rng rng(8);
    std::vector<int> tokens(B * M);
    for (int& t : tokens) t = (int)rng.below(c.V);
    std::vector<float> scores(B);
    model_score(batched, tokens.data(), B, M, scores.data());
    for (int b = 0; b < B; b++) {
        const int* x = &tokens[b * M];
        float mean_loss = model_forward(single, x, x + 1, 1, M - 1);  // inputs x_1..x_{M-1}, targets x_2..x_M
        EXPECT_NEAR(scores[b], -(M - 1) * mean_loss, 1e-4 * (M - 1) * mean_loss) << "sequence " << b;
    }
    model_free(batched);
    model_free(single);
}

#ifdef __CUDACC__
static void logprob_matches_reference() {
    const int B = 37, T = 63;
    Vec losses = random_vec((size_t)B * T, 5, 3.0f, 3.0f);
    Vec expected(B), got(B);
    sequence_logprob_cpu(expected.data(), losses.data(), B, T);
    DeviceBuffer<float> d_losses(losses), d_out(B);
    sequence_logprob(d_out.ptr, d_losses.ptr, B, T, 0);
    got = d_out.download();
    EXPECT_TRUE(bit_identical(got, expected)) << "the GPU must add in the CPU's order";
}
#endif
GPU_TEST(RouterScore, CudaLogprobIsBitIdenticalToReference, logprob_matches_reference)

// ----------------------------------------------------------------------------
// train_router as a user runs it (CPU, very small routers on the default data)

namespace {
const std::string ROUTERS = "./train_router --device cpu --layers 1 --heads 2 --channels 32 --seq-len 64 --prefix 16 "
                            "--sequences 96 --batch 8 --probe 32 --experts 3 --lr 1e-2 --warmup 2";
}

TEST(TrainRouter, ResumeAtAnIterationBoundaryGivesTheSameRouters) {
    ScratchDir dir;
    RunResult whole = run(ROUTERS + " --iterations 3 --out " + dir / "whole");
    ASSERT_EQ(whole.code, 0) << whole.output;
    // Stopped after 2 iterations (a shorter run is the same run up to there: nothing depends on T), then resumed.
    RunResult first = run(ROUTERS + " --iterations 2 --out " + dir / "parts");
    ASSERT_EQ(first.code, 0) << first.output;
    RunResult rest = run(ROUTERS + " --iterations 3 --resume --out " + dir / "parts");
    ASSERT_EQ(rest.code, 0) << rest.output;
    for (int e = 0; e < 3; e++)
        EXPECT_EQ(read_file(router_path(dir / "whole", e)), read_file(router_path(dir / "parts", e))) << "router " << e;
    EXPECT_EQ(read_file(dir / "whole/em_assignment.bin"), read_file(dir / "parts/em_assignment.bin"));
    EXPECT_NE(whole.output.find("held-out argmax: NMI"), std::string::npos) << "labels beside the data give NMI";
}

TEST(TrainRouter, RefusesBadInputClearly) {
    ScratchDir dir;
    struct Case { std::string args, expected; };
    std::vector<Case> cases = {
        {"--experts 1", "need at least 2 routers"},
        {"--prefix 100", "--prefix 100 must be in [2, --seq-len 64]"},
        {"--sequences 100000", "has only"},
        {"--train data/default/corpus_val_labels.bin", "is in the labels file format"},
        {"--resume", "no checkpoint to resume"},
    };
    for (const Case& c : cases) expect_refused(ROUTERS + " --iterations 1 --out " + dir / "o " + c.args, c.expected);
}
