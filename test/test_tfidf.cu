// The tf-idf router (common/routing.h, train_router --router tfidf): idf weights and vectors against a
// direct computation, its scores as cosine similarities, and the programs on a corpus whose clusters are
// known (three domains of disjoint vocabularies): k-means finds them, the same seed gives the same bytes,
// segment and infer route by it, and malformed or mismatched files are refused.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <vector>

#include "../common/files.h"
#include "../common/model.h"
#include "../common/routing.h"
#include "helpers.h"

TEST(Tfidf, IdfAndVectorsEqualADirectComputation) {
    // Three prefixes over V = 7. Document frequencies: token 0: 1, 1: 3, 2: 2, 3: 1, 4: 1, 5: 1, 6: 0.
    const int V = 7, P = 4;
    std::vector<int> prefixes = {1, 2, 2, 3,
                                 1, 4, 4, 4,
                                 5, 1, 2, 0};
    std::vector<float> idf = tfidf_idf(prefixes.data(), 3, P, V);
    // ln((1 + N) / (1 + df)) + 1 with N = 3, by hand: df 0 -> ln 4 + 1, df 1 -> ln 2 + 1, df 2 -> ln(4/3) + 1, df 3 -> 1.
    const double df0 = 2.386294361, df1 = 1.693147181, df2 = 1.287682072, df3 = 1.0;
    std::vector<double> expected_idf = {df1, df3, df2, df1, df1, df1, df0};
    for (int v = 0; v < V; v++) EXPECT_NEAR(idf[v], expected_idf[v], 1e-6) << "token " << v;

    // Each prefix against its dense vector: counts x idf over the L2 norm.
    for (int i = 0; i < 3; i++) {
        std::vector<double> dense(V, 0.0);
        for (int t = 0; t < P; t++) dense[prefixes[i * P + t]] += expected_idf[prefixes[i * P + t]];
        double norm = 0;
        for (double w : dense) norm += w * w;
        norm = std::sqrt(norm);
        SparseVector x = tfidf_vector(&prefixes[i * P], P, idf);
        std::vector<double> got(V, 0.0);
        for (size_t k = 0; k < x.id.size(); k++) {
            if (k > 0) { EXPECT_LT(x.id[k - 1], x.id[k]) << "ids ascending"; }
            got[x.id[k]] = x.w[k];
        }
        for (int v = 0; v < V; v++) EXPECT_NEAR(got[v], dense[v] / norm, 1e-6) << "prefix " << i << ", token " << v;
    }
    // The first prefix by hand: weights 1 (token 1), 2 x 1.2877 (token 2), 1.6931 (token 3); norm 3.24025.
    SparseVector x = tfidf_vector(prefixes.data(), P, idf);
    ASSERT_EQ(x.id, (std::vector<int>{1, 2, 3}));
    EXPECT_NEAR(x.w[0], 1.0 / 3.240254, 1e-5);
    EXPECT_NEAR(x.w[1], 2.575364 / 3.240254, 1e-5);
    EXPECT_NEAR(x.w[2], 1.693147 / 3.240254, 1e-5);
    int bad = 9;
    EXPECT_THROW(tfidf_vector(&bad, 1, idf), std::runtime_error);
}

TEST(Tfidf, ScoresAreCosineSimilaritiesToTheCentroids) {
    TfidfRouter r;
    r.E = 3; r.V = 5; r.M = 4; r.N = 1;
    r.idf = {1.0f, 2.0f, 1.5f, 1.0f, 3.0f};
    Rng rng(4);
    r.centroids.resize(15);
    for (int e = 0; e < 3; e++) {
        double norm = 0;
        for (int v = 0; v < 5; v++) { r.centroids[e * 5 + v] = (float)rng.uniform(); norm += r.centroids[e * 5 + v] * r.centroids[e * 5 + v]; }
        for (int v = 0; v < 5; v++) r.centroids[e * 5 + v] /= (float)std::sqrt(norm);
    }
    std::vector<int> prefix = {4, 1, 1, 0};
    std::vector<double> x = {1.0, 4.0, 0, 0, 3.0};  // counts x idf
    float got[3];
    tfidf_scores(r, prefix.data(), 4, got);
    for (int e = 0; e < 3; e++) {
        double dot = 0, nx = 0, nc = 0;
        for (int v = 0; v < 5; v++) { dot += x[v] * r.centroids[e * 5 + v]; nx += x[v] * x[v]; nc += r.centroids[e * 5 + v] * r.centroids[e * 5 + v]; }
        EXPECT_NEAR(got[e], dot / std::sqrt(nx * nc), 1e-6) << "centroid " << e;
    }
}

// ----------------------------------------------------------------------------
// the programs, on three domains whose documents use disjoint token ids (BOS aside)

namespace {

const int TF_V = 64, TF_S = 32, TF_M = 16, TF_BOS = 1;

// 3 x `per_domain` documents of S tokens (BOS + S - 1 ids of the domain's 20), domains in a shuffled
// order, then one BOS so that every document is one whole sequence; labels beside it.
void write_three_domains(const std::string& path, int per_domain, uint64_t seed) {
    Rng rng(seed);
    std::vector<int> order;
    for (int d = 0; d < 3; d++) order.insert(order.end(), per_domain, d);
    for (size_t i = order.size(); i > 1; i--) std::swap(order[i - 1], order[rng.below(i)]);
    TokenWriter w(path, TF_V, 2, TF_BOS, -1);
    Labels lb;
    lb.names = {"red", "green", "blue"};
    std::vector<int> doc(TF_S);
    for (int d : order) {
        lb.offset.push_back(w.count());
        lb.label.push_back(d);
        doc[0] = TF_BOS;
        for (int t = 1; t < TF_S; t++) doc[t] = 4 + 20 * d + (int)rng.below(20);
        w.append(doc.data(), doc.size());
    }
    w.append(&TF_BOS, 1);
    lb.token_count = w.count();
    w.commit();
    write_labels(path.substr(0, path.size() - 4) + "_labels.bin", lb);
}

struct ThreeDomains {
    ScratchDir dir;
    std::string train = dir / "train.bin", val = dir / "val.bin";
    ThreeDomains() {
        write_three_domains(train, 100, 1);
        write_three_domains(val, 30, 2);
    }
    std::string router(const std::string& out, const std::string& extra = "") const {
        return "./train_router --router tfidf --train " + train + " --val " + val + " --experts 3 --seq-len " +
               std::to_string(TF_S) + " --prefix " + std::to_string(TF_M) + " --sequences 150 --probe 60 --iterations 10 --out " +
               out + " " + extra;
    }
};

}  // namespace

TEST(TrainRouterTfidf, FindsKnownClustersAndTheSameSeedGivesTheSameBytes) {
    ThreeDomains d;
    std::string out = expect_success(d.router(d.dir / "a"));
    EXPECT_NE(out.find("held-out argmax: NMI 1.000 purity 1.000"), std::string::npos) << out;
    expect_success(d.router(d.dir / "b"));
    EXPECT_EQ(read_file(d.dir / "a/tfidf.bin"), read_file(d.dir / "b/tfidf.bin"));
    expect_success(d.router(d.dir / "c", "--seed 5"));
    EXPECT_NE(read_file(d.dir / "a/tfidf.bin"), read_file(d.dir / "c/tfidf.bin")) << "another seed, another draw";

    TfidfRouter r = read_tfidf_router(d.dir / "a/tfidf.bin");
    EXPECT_EQ(r.E, 3);
    EXPECT_EQ(r.V, TF_V);
    EXPECT_EQ(r.M, TF_M);
    EXPECT_EQ(r.N, 150);
    std::vector<int> owner(3, -1);
    // Unit length, and most of each centroid's weight on one domain's ids. Not all: the 150 prefixes drawn are
    // not 50 of each domain, and the balanced quotas of 50 send the surplus of a domain to another centroid.
    for (int e = 0; e < 3; e++) {
        double norm = 0;
        for (int v = 0; v < TF_V; v++) norm += (double)r.centroids[e * TF_V + v] * r.centroids[e * TF_V + v];
        EXPECT_NEAR(norm, 1.0, 1e-5) << "centroid " << e;
        for (int dom = 0; dom < 3; dom++) {
            double share = 0;
            for (int v = 4 + 20 * dom; v < 24 + 20 * dom; v++) share += (double)r.centroids[e * TF_V + v] * r.centroids[e * TF_V + v];
            if (share > 0.7) owner[dom] = e;
        }
    }
    EXPECT_TRUE(owner[0] >= 0 && owner[1] >= 0 && owner[2] >= 0 && owner[0] != owner[1] && owner[1] != owner[2] &&
                owner[0] != owner[2]) << "one centroid per domain";
}

TEST(TrainRouterTfidf, SegmentAndInferRouteByIt) {
    ThreeDomains d;
    expect_success(d.router(d.dir / "routers"));
    // The balanced assignment of the training file (100 sequences per domain, quotas of 100): one domain per expert.
    std::string seg = expect_success("./segment --routers " + d.dir / "routers" + " --tokens " + d.train + " --seq-len 32 --prefix 16 "
                                     "--labels " + d.dir / "train_labels.bin --device cpu --out " + d.dir / "assign.bin --scores " +
                                     d.dir / "scores.bin");
    EXPECT_NE(seg.find("a tf-idf router (3 centroids over 64 token ids)"), std::string::npos) << seg;
    EXPECT_NE(seg.find("purity 1.0000 | NMI 1.0000"), std::string::npos) << seg;
    // The scores file holds the cosine similarities tfidf_scores gives.
    Scores sc = read_scores(d.dir / "scores.bin");
    TfidfRouter r = read_tfidf_router(d.dir / "routers/tfidf.bin");
    TokenFile tokens(d.train);
    std::vector<int> prefix(TF_M);
    float expected[3];
    for (int64_t i : {0, 77, 299}) {
        tokens.read(i * TF_S, TF_M, prefix.data());
        tfidf_scores(r, prefix.data(), TF_M, expected);
        for (int e = 0; e < 3; e++) EXPECT_EQ(sc.s[i * 3 + e], expected[e]) << "sequence " << i << ", expert " << e;
    }

    // infer: three tiny random experts, routed by the tf-idf router.
    ModelConfig c;
    c.V = TF_V; c.Vp = padded_vocab(TF_V); c.max_T = 64; c.L = 1; c.H = 2; c.C = 16;
    for (int e = 0; e < 3; e++) {
        Model m;
        model_create(m, c, CPU_FP32);
        model_init(m, 60 + e);
        model_save(m, d.dir / ("expert_" + std::to_string(e) + ".ckpt"), 0);
        model_free(m);
    }
    std::string inf = expect_success("./infer --routers " + d.dir / "routers" + " --experts '" + d.dir / "expert_{e}.ckpt' --tokens " +
                                     d.val + " --seq-len 32 --prefix 16 --sweep 8 --device cpu --json " + d.dir / "out.json");
    EXPECT_NE(inf.find("cosine similarity"), std::string::npos) << inf;
    nlohmann::json j = nlohmann::json::parse(read_file(d.dir / "out.json"));
    EXPECT_EQ(j["router"], "tfidf");
    EXPECT_EQ(j["usage"], nlohmann::json::parse("[30, 30, 30]")) << "90 held-out sequences, 30 per domain, one domain each";
    EXPECT_NEAR(j["mixture"]["router_flops_per_sequence"].get<double>(), tfidf_flops(TF_M, 3), 1e-9);
}

TEST(TrainRouterTfidf, RefusesBadInputClearly) {
    ThreeDomains d;
    expect_refused(d.router(d.dir / "x", "--lr 0.1"), "--lr does not apply to --router tfidf");
    expect_refused(d.router(d.dir / "x", "--router kmeans"), "--router kmeans: expected lm");
    expect_success(d.router(d.dir / "routers"));
    std::string tfidf = read_file(d.dir / "routers/tfidf.bin");
    std::string seg = "./segment --tokens " + d.train + " --seq-len 32 --prefix 16 --device cpu --out " + d.dir / "a.bin --routers ";

    // Truncated; not a tf-idf router; a non-finite centroid; another vocabulary; both kinds in one folder.
    run("mkdir -p " + d.dir / "bad");
    write_file(d.dir / "bad/tfidf.bin", tfidf.substr(0, tfidf.size() - 4));
    expect_refused(seg + d.dir / "bad", "tfidf.bin: tf-idf router of " + std::to_string(tfidf.size() - 4) + " bytes, but its header");
    write_file(d.dir / "bad/tfidf.bin", read_file(d.train));
    expect_refused(seg + d.dir / "bad", "magic 20251101 says this is in the token file format, but the tf-idf router format");
    std::string nan_centroid = tfidf;
    float nan = NAN;
    memcpy(&nan_centroid[HEADER_BYTES + 4 * (TF_V + 5)], &nan, 4);
    write_file(d.dir / "bad/tfidf.bin", nan_centroid);
    expect_refused(seg + d.dir / "bad", "centroid value 5 is nan");
    expect_refused("./segment --tokens data/default/corpus_val.bin --seq-len 32 --prefix 16 --device cpu --out " + d.dir /
                   "a.bin --routers " + d.dir / "routers", "have a vocabulary of 64 but data/default/corpus_val.bin has 8192");
    write_file(d.dir / "routers/router_00.ckpt", "x");
    expect_refused(seg + d.dir / "routers", "holds both LM routers");
    expect_refused(d.router(d.dir / "routers"), "holds LM routers");
    EXPECT_FALSE(exists(d.dir / "a.bin"));
}
