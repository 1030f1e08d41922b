// Inference: the KV cache's incremental forward against the full forward, the sampler, and ./infer
// as a user runs it — numbers checked on a case whose answer is known (identical routers and
// experts), generation from token ids, and clear refusals of bad input.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cmath>
#include <string>
#include <vector>

#include "../common/files.h"
#include "../common/kvcache.h"
#include "../common/model.h"
#include "helpers.h"

namespace {

const char* VAL = "data/default/corpus_val.bin";  // V 8192
constexpr int S = 64, N_SEQ = 40;

ModelConfig tiny_config(int V) {
    ModelConfig c;
    c.V = V;
    c.Vp = padded_vocab(V);
    c.max_T = S;
    c.L = 1;
    c.H = 2;
    c.C = 16;
    return c;
}

void save_random_model(const std::string& path, const ModelConfig& c, uint64_t seed) {
    Model m;
    model_create(m, c, CPU_FP32);
    model_init(m, seed);
    model_save(m, path, 0);
    model_free(m);
}

// Mean loss of a checkpoint over the first n sequences of the token file, straight from
// model_forward: over all S targets, and over the targets at 0-based index >= M - 1.
void direct_losses(const std::string& ckpt, int n, int M, double* all, double* after) {
    Model m;
    int step;
    model_load(m, ckpt, CPU_FP32, &step);
    model_allocate(m, n, S, false);
    TokenFile tokens(VAL);
    std::vector<int> seq(S + 1), in((size_t)n * S), tg((size_t)n * S);
    for (int i = 0; i < n; i++) {
        tokens.read((int64_t)i * S, S + 1, seq.data());
        std::copy(seq.begin(), seq.begin() + S, in.begin() + (size_t)i * S);
        std::copy(seq.begin() + 1, seq.end(), tg.begin() + (size_t)i * S);
    }
    model_forward(m, in.data(), tg.data(), n, S);
    double sa = 0, sb = 0;
    for (int i = 0; i < n; i++)
        for (int t = 0; t < S; t++) {
            sa += m.losses_host[(size_t)i * S + t];
            if (t >= M - 1) sb += m.losses_host[(size_t)i * S + t];
        }
    *all = sa / ((double)n * S);
    *after = sb / ((double)n * (S - M + 1));
    model_free(m);
}

// routers/router_00.ckpt ... and experts/expert_{e}.ckpt in a scratch folder.
struct InferFiles {
    ScratchDir dir;
    std::string routers = dir / "routers", pattern = dir / "expert_{e}.ckpt";
    InferFiles() { EXPECT_EQ(run("mkdir -p " + routers).code, 0); }
    std::string router(int e) const { return routers + "/router_0" + std::to_string(e) + ".ckpt"; }
    std::string expert(int e) const { return dir / ("expert_" + std::to_string(e) + ".ckpt"); }
    std::string infer(const std::string& more) const {
        return "./infer --routers " + routers + " --experts '" + pattern + "' --tokens " + VAL +
               " --seq-len 64 --prefix 16 --sweep 8,32 --max-sequences 40 --device cpu " + more;
    }
};

}  // namespace

TEST(KVCache, LogitsEqualTheFullForwardAtEveryPosition) {
    ModelConfig c;
    c.V = 300;
    c.Vp = padded_vocab(c.V);
    c.max_T = 20;
    c.L = 2;
    c.H = 4;
    c.C = 32;
    Model m;
    model_create(m, c, CPU_FP32);
    model_init(m, 5);
    // Larger biases and LayerNorm parameters than the initialisation's zeros and ones, so that every
    // term of the forward matters.
    int64_t sizes[NUM_PARAM_TENSORS];
    param_sizes(c, sizes);
    Rng rng(9);
    float* t = m.params;
    for (int i = 0; i < NUM_PARAM_TENSORS; t += sizes[i], i++)
        if (!PARAM_IS_MATRIX[i])
            for (int64_t j = 0; j < sizes[i]; j++) t[j] += (float)(0.1 * rng.normal());
    std::vector<int> tokens(c.max_T);
    for (int& x : tokens) x = (int)rng.below(c.V);
    model_allocate(m, 1, c.max_T, false);
    model_forward(m, tokens.data(), nullptr, 1, c.max_T);

    Generator g;
    generator_init(g, m);
    for (int pos = 0; pos < c.max_T; pos++) {
        const float* logits = generator_step(g, tokens[pos]);
        Vec got(logits, logits + c.V), want(m.a.logits + (size_t)pos * c.Vp, m.a.logits + (size_t)pos * c.Vp + c.V);
        EXPECT_LE(max_rel_error(got, want), 1e-5) << "position " << pos;
    }
    EXPECT_THROW(generator_step(g, 0), std::runtime_error);  // the context is full
    generator_reset(g);
    const float* again = generator_step(g, tokens[0]);
    EXPECT_LE(max_rel_error(Vec(again, again + c.V), Vec(m.a.logits, m.a.logits + c.V)), 1e-5);
    model_free(m);
}

TEST(KVCache, SamplerGreedyTopKTopP) {
    std::vector<float> logits = {0.1f, 2.0f, -1.0f, 1.5f, 0.0f};
    Rng rng(1);
    EXPECT_EQ(sample_token(logits.data(), 5, 0.0f, 0, 1.0f, rng), 1);    // greedy
    EXPECT_EQ(sample_token(logits.data(), 5, 1.0f, 1, 1.0f, rng), 1);    // top-1
    EXPECT_EQ(sample_token(logits.data(), 5, 1.0f, 0, 0.01f, rng), 1);   // a tiny nucleus
    std::vector<int> count(5, 0);
    for (int i = 0; i < 2000; i++) count[sample_token(logits.data(), 5, 1.0f, 2, 1.0f, rng)]++;
    EXPECT_EQ(count[0] + count[2] + count[4], 0);  // only the top 2
    // softmax of {2.0, 1.5}: 0.622 and 0.378
    EXPECT_NEAR(count[1] / 2000.0, 0.622, 0.04);
}

// Two identical routers send every sequence to expert 0 (ties go to the lower index); with two
// identical experts and a dense model equal to them, the routed mixture, the random routing and
// the dense baseline all have the expert's own loss, computed here with model_forward directly.
TEST(Infer, IdenticalModelsGiveTheExpertsOwnLoss) {
    InferFiles s;
    ModelConfig c = tiny_config(8192);
    save_random_model(s.router(0), c, 1);
    save_random_model(s.router(1), c, 1);
    save_random_model(s.expert(0), c, 7);
    save_random_model(s.expert(1), c, 7);
    save_random_model(s.dir / "dense.ckpt", c, 7);
    RunResult r = run(s.infer("--dense-batch " + (s.dir / "dense.ckpt") + " --dense-steps " + (s.dir / "dense.ckpt") +
                              " --json " + (s.dir / "out.json")));
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("mixture (routed)"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("0-based target positions 15..63"), std::string::npos) << r.output;

    nlohmann::json j = nlohmann::json::parse(read_file(s.dir / "out.json"));
    EXPECT_EQ(j["sequences"], N_SEQ);
    EXPECT_EQ(j["seq_len"], S);
    EXPECT_EQ(j["prefix"], 16);
    EXPECT_EQ(j["after_prefix_tokens"], S - 16 + 1);
    EXPECT_EQ(j["experts"], 2);
    EXPECT_EQ(j["usage"], nlohmann::json::array({N_SEQ, 0}));
    double all, after;
    direct_losses(s.expert(0), N_SEQ, 16, &all, &after);
    for (const char* which : {"mixture", "random", "dense_batch", "dense_steps"}) {
        SCOPED_TRACE(which);
        EXPECT_NEAR(j[which]["loss"].get<double>(), all, 1e-5 * all);
        EXPECT_NEAR(j[which]["loss_after_prefix"].get<double>(), after, 1e-5 * after);
        EXPECT_NEAR(j[which]["ppl"].get<double>(), exp(all), 1e-4 * exp(all));
        EXPECT_GT(j[which]["flops_per_sequence"].get<double>(), 0);
    }
    // FLOPs: the expert over S tokens (2 per parameter + attention) plus both routers over 16.
    double expert_flops = (2.0 * num_parameters(c) + 2.0 * c.L * c.C * S) * S;
    double router_flops = 2 * (2.0 * num_parameters(c) + 2.0 * c.L * c.C * 16) * 16;
    EXPECT_NEAR(j["mixture"]["router_flops_per_sequence"].get<double>(), router_flops, 1e-6 * router_flops);
    EXPECT_NEAR(j["mixture"]["flops_per_sequence"].get<double>(), expert_flops + router_flops, 1e-6 * expert_flops);
    EXPECT_NEAR(j["dense_batch"]["flops_per_sequence"].get<double>(), expert_flops, 1e-6 * expert_flops);
    ASSERT_EQ(j["sweep"].size(), 2u);
    EXPECT_EQ(j["sweep"][0]["prefix"], 8);
    EXPECT_EQ(j["sweep"][1]["prefix"], 32);
    EXPECT_NEAR(j["sweep"][1]["loss"].get<double>(), all, 1e-5 * all);
}

// Different routers split the sequences; the mixture's loss is then a usage-weighted mix of the
// experts' losses on their own sequences, and every sequence is counted once.
TEST(Infer, DifferentRoutersSplitTheSequences) {
    InferFiles s;
    ModelConfig c = tiny_config(8192);
    for (int e = 0; e < 3; e++) {
        save_random_model(s.router(e), c, 10 + e);
        save_random_model(s.expert(e), c, 20 + e);
    }
    RunResult r = run(s.infer("--json " + (s.dir / "out.json")));
    ASSERT_EQ(r.code, 0) << r.output;
    nlohmann::json j = nlohmann::json::parse(read_file(s.dir / "out.json"));
    int total = 0;
    for (auto& u : j["usage"]) total += u.get<int>();
    EXPECT_EQ(total, N_SEQ);
    EXPECT_TRUE(std::isfinite(j["mixture"]["loss"].get<double>()));
    EXPECT_TRUE(std::isfinite(j["random"]["loss"].get<double>()));
    EXPECT_FALSE(j.contains("dense_batch") || j.contains("dense_steps"));
}

// More than 100 routers: infer reads them as segment does (common/routing.h's list_routers), all of
// them. The 101 routers (and experts) are links to one file: every sequence then goes to expert 0.
TEST(Infer, UsesEveryRouterPastOneHundred) {
    InferFiles s;
    ModelConfig c = tiny_config(8192);
    save_random_model(s.routers + "/router_00.ckpt", c, 50);
    save_random_model(s.expert(0), c, 51);
    for (int e = 1; e <= 100; e++) {
        char name[32];
        snprintf(name, sizeof(name), "/router_%02d.ckpt", e);
        ASSERT_EQ(symlink("router_00.ckpt", (s.routers + name).c_str()), 0);
        ASSERT_EQ(symlink("expert_0.ckpt", s.expert(e).c_str()), 0);
    }
    RunResult r = run(s.infer("--max-sequences 4 --json " + (s.dir / "out.json")));
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("E = 101 routers"), std::string::npos) << r.output;
    nlohmann::json j = nlohmann::json::parse(read_file(s.dir / "out.json"));
    EXPECT_EQ(j["usage"].size(), 101u);
}

TEST(Infer, GeneratesFromTokenIds) {
    InferFiles s;
    ModelConfig c = tiny_config(8192);
    for (int e = 0; e < 2; e++) {
        save_random_model(s.router(e), c, 30 + e);
        save_random_model(s.expert(e), c, 40 + e);
    }
    std::string base = "./infer --routers " + s.routers + " --experts '" + s.pattern + "' --device cpu --max-new-tokens 8 ";
    RunResult r = run(base + "--prompt-ids 1,523,77,900 --temperature 0");
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("router  1: log-likelihood"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("continuation: "), std::string::npos) << r.output;
    auto continuation = [](const std::string& out) {
        size_t at = out.find("continuation: ");
        return at == std::string::npos ? std::string() : out.substr(at, out.find('\n', at) - at);
    };
    EXPECT_EQ(continuation(run(base + "--prompt-ids 1,523,77,900 --temperature 0").output), continuation(r.output))
        << "greedy generation is deterministic";
    if (exists("/usr/include/sentencepiece_processor.h")) {
        RunResult t = run(base + "--prompt 'The quick brown fox' --top-k 5");
        EXPECT_EQ(t.code, 0) << t.output;
        EXPECT_NE(t.output.find("prompt: The quick brown fox"), std::string::npos) << t.output;
    }
}

TEST(Infer, RefusesBadInputClearly) {
    InferFiles s;
    ModelConfig c = tiny_config(8192);
    save_random_model(s.router(0), c, 1);
    save_random_model(s.router(1), c, 2);
    save_random_model(s.expert(0), c, 3);

    RunResult r = run(s.infer(""));  // expert 1 is missing
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.output.find("error: missing expert file: expert 1 of 2"), std::string::npos) << r.output;

    save_random_model(s.expert(1), tiny_config(300), 4);
    r = run(s.infer(""));
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.output.find("error: "), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("has a vocabulary of 300 but expert"), std::string::npos) << r.output;
    save_random_model(s.expert(1), c, 4);

    r = run(s.infer("--prefix 65"));
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.output.find("error: --prefix 65 must be between 2 and --seq-len 64"), std::string::npos) << r.output;

    r = run(s.infer("--prefix 1"));
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.output.find("error: --prefix 1 must be between 2"), std::string::npos) << r.output;

    r = run("./infer --routers " + s.routers + " --experts " + s.expert(0) + " --device cpu");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.output.find("has no {e} in it, but there are 2 routers"), std::string::npos) << r.output;

    r = run("./infer --routers " + (s.dir / "nothing") + " --experts x --device cpu");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.output.find("no router_00.ckpt there"), std::string::npos) << r.output;

    // A token file with a valid header and no tokens.
    std::vector<int32_t> header(256, 0);
    header[0] = 20251101; header[1] = 1; header[4] = 8192; header[5] = 2; header[6] = 1; header[7] = -1;
    write_file(s.dir / "empty.bin", std::string((const char*)header.data(), 1024));
    r = run("./infer --routers " + s.routers + " --experts '" + s.pattern + "' --tokens " + (s.dir / "empty.bin") +
            " --seq-len 64 --prefix 16 --device cpu");
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.output.find("no sequences of 64 + 1 tokens"), std::string::npos) << r.output;

    // --json in a missing folder: refused before the evaluation, which prints its table header first.
    r = expect_refused(s.infer("--json " + s.dir / "missing/r.json"), "the folder " + s.dir / "missing does not exist");
    EXPECT_EQ(r.output.find("infer: "), std::string::npos) << "evaluated before refusing:\n" << r.output;
    // Each flag named with its value.
    expect_refused(s.infer("--prompt-ids 1,2 --temperature -1"), "--temperature -1: must be >= 0");
    expect_refused(s.infer("--prompt-ids 1,2 --top-p 1.5"), "--top-p 1.5: must be in (0, 1]");
    expect_refused(s.infer("--batch 0"), "--batch 0: must be at least 1");

    r = run("./infer --help");
    EXPECT_EQ(r.code, 0);
    for (const char* flag : {"--routers", "--experts", "--dense-batch", "--dense-steps", "--tokens", "--seq-len", "--prefix", "--sweep",
                             "--max-sequences", "--batch", "--json", "--prompt", "--prompt-ids", "--tokenizer",
                             "--max-new-tokens", "--temperature", "--top-k", "--top-p", "--seed", "--device"})
        EXPECT_NE(r.output.find(flag), std::string::npos) << flag;
}
