// Our models inside llama.cpp: dev/export_gguf.py writes GGUF files, and llama.cpp itself, as
// the npm package node-llama-cpp ships it (dev/gguf/llama_eval.mjs), loads and runs them. Compared with
// our engine on the same input: the tokenizer's ids, the log-probability of every next token, a greedy
// continuation, and a router's score of a prefix. Skips, saying why, where node-llama-cpp is not
// installed ('make deps' installs it).
//
// The models are made here with train_expert in the shapes of the tiny pipeline (router-tiny: L 2, H 4,
// C 64; tiny: L 4, H 4, C 128), trained a few steps so that their distributions are far from uniform.
// test_pipeline.cpp exports the pipeline's own run and checks its routers' scores in llama.cpp too.
#include <sentencepiece_processor.h>

#include <nlohmann/json.hpp>

#include "../common/kvcache.h"
#include "../common/model.h"
#include "helpers.h"

namespace {

const std::string TOKENIZER = "data/default/tokenizer.model";
const std::string EXPORT = "/usr/bin/python3 dev/export_gguf.py --tokenizer " + TOKENIZER;

std::string missing_llama() {
    if (system("command -v node > /dev/null 2>&1") != 0) return "node is not installed";
    if (!exists("dev/gguf/node_modules/node-llama-cpp/package.json"))
        return "node-llama-cpp is not installed in dev/gguf ('make deps' installs it)";
    return "";
}

#define SKIP_WITHOUT_LLAMA()                              \
    do {                                                  \
        std::string why = missing_llama();                \
        if (!why.empty()) GTEST_SKIP() << why;            \
    } while (0)

// llama.cpp's answers to a list of requests, in one process (see llama_eval.mjs for the fields); on
// failure, a list of empty answers.
nlohmann::json llama_eval(const std::string& dir, const nlohmann::json& requests) {
    std::string req = dir + "/requests.json", res = dir + "/results.json";
    write_file(req, requests.dump());
    (void)!remove(res.c_str());
    RunResult r = run("node dev/gguf/llama_eval.mjs " + req + " " + res);
    EXPECT_EQ(r.code, 0) << r.output;
    if (r.code != 0) return nlohmann::json(std::vector<nlohmann::json>(requests.size(), nlohmann::json::object()));
    return nlohmann::json::parse(read_file(res));
}

// Our engine, on the CPU: log p(ids[t+1] | ids[0..t]) at every position, through the KV-cache
// generator (equal to the full forward: KVCache.LogitsEqualTheFullForwardAtEveryPosition).
void load_generator(Generator& g, const std::string& ckpt) {
    Model m;
    int step;
    model_load(m, ckpt, CPU_FP32, &step);
    generator_init(g, m);
    model_free(m);
}

std::vector<double> our_logprobs(const std::string& ckpt, const std::vector<int>& ids) {
    Generator g;
    load_generator(g, ckpt);
    std::vector<double> lp;
    for (size_t t = 0; t + 1 < ids.size(); t++) {
        const float* logits = generator_step(g, ids[t]);
        double mx = -INFINITY, sum = 0;
        for (int v = 0; v < g.cfg.V; v++) mx = std::max(mx, (double)logits[v]);
        for (int v = 0; v < g.cfg.V; v++) sum += std::exp((double)logits[v] - mx);
        lp.push_back((double)logits[ids[t + 1]] - mx - std::log(sum));
    }
    return lp;
}

std::vector<int> our_greedy(const std::string& ckpt, const std::vector<int>& prompt, int n) {
    Generator g;
    load_generator(g, ckpt);
    const float* logits = nullptr;
    for (int id : prompt) logits = generator_step(g, id);
    std::vector<int> out;
    while ((int)out.size() < n) {
        int best = (int)(std::max_element(logits, logits + g.cfg.V) - logits);
        out.push_back(best);
        if ((int)out.size() < n) logits = generator_step(g, best);
    }
    return out;
}

// A router's score of a prefix of M tokens, as segment and infer compute it (model_score).
float our_router_score(const std::string& ckpt, const std::vector<int>& prefix) {
    Model m;
    int step;
    model_load(m, ckpt, CPU_FP32, &step);
    model_allocate(m, 1, (int)prefix.size() - 1, false);
    float score = 0;
    model_score(m, prefix.data(), 1, (int)prefix.size(), &score);
    model_free(m);
    return score;
}

// Held-out sequences of n tokens of the default data, each from a document's start (BOS).
std::vector<std::vector<int>> held_out(int count, int n) {
    TokenFile val("data/default/corpus_val.bin");
    std::vector<std::vector<int>> out;
    for (int64_t i = 0; i + n <= val.count && (int)out.size() < count; i += 997) {
        while (i + n <= val.count && (int)val[i] != val.bos) i++;
        if (i + n > val.count) break;
        std::vector<int> s(n);
        val.read(i, n, s.data());
        out.push_back(s);
    }
    return out;
}

double max_abs_diff(const std::vector<double>& a, const nlohmann::json& b) {
    double worst = 0;
    if (b.size() != a.size()) return INFINITY;
    for (size_t i = 0; i < a.size(); i++) {
        if (b[i].is_null()) return INFINITY;
        worst = std::max(worst, std::fabs(a[i] - b[i].get<double>()));
    }
    return worst;
}

// A small run folder, as scripts/pipeline.sh lays it out: two routers (router-tiny's shape, prefix 32),
// one expert model of tiny's shape copied as expert 0, expert 1 and the dense_batch baseline. Made once.
class Export : public ::testing::Test {
protected:
    static std::unique_ptr<ScratchDir> dir;
    static std::string made;  // why the run could not be made, or ""
    static constexpr int M = 32, S = 64;
    static void SetUpTestSuite() {
        dir = std::make_unique<ScratchDir>();
        if (!missing_llama().empty()) return;
        std::string common = "./train_expert --device cpu --val '' --sample-every 0 --batch 8 --lr 1e-2 --warmup 5 ";
        std::string run_dir = *dir / "run";
        std::vector<std::string> cmds = {
            common + "--layers 2 --heads 4 --channels 64 --seq-len " + std::to_string(M) + " --steps 30 --seed 1 --out " + run_dir + "/r0",
            common + "--layers 2 --heads 4 --channels 64 --seq-len " + std::to_string(M) + " --steps 30 --seed 2 --out " + run_dir + "/r1",
            common + "--layers 4 --heads 4 --channels 128 --seq-len " + std::to_string(S) + " --steps 40 --seed 3 --out " + run_dir + "/e",
            "mkdir -p " + run_dir + "/routers " + run_dir + "/expert_0 " + run_dir + "/expert_1 " + run_dir + "/dense_batch",
            "cp " + run_dir + "/r0/model.ckpt " + run_dir + "/routers/router_00.ckpt",
            "cp " + run_dir + "/r1/model.ckpt " + run_dir + "/routers/router_01.ckpt",
            "cp " + run_dir + "/e/model.ckpt " + run_dir + "/expert_0/model.ckpt",
            "cp " + run_dir + "/e/model.ckpt " + run_dir + "/expert_1/model.ckpt",
            "cp " + run_dir + "/e/model.ckpt " + run_dir + "/dense_batch/model.ckpt",
        };
        for (const char* type : {"f32", "f16", "q8_0"})
            cmds.push_back(EXPORT + " --type " + type + " --run " + run_dir + " " + *dir / (std::string("gguf_") + type));
        for (const std::string& c : cmds) {
            RunResult r = run(c);
            if (r.code != 0) { made = c + "\n" + r.output; return; }
        }
    }
    static void TearDownTestSuite() { dir.reset(); }
    void SetUp() override {
        SKIP_WITHOUT_LLAMA();
        ASSERT_EQ(made, "") << "making the run failed";
    }
    static std::string ckpt(const std::string& rel) { return *dir / ("run/" + rel); }
    static std::string gguf(const std::string& type, const std::string& name) { return *dir / ("gguf_" + type + "/" + name); }

    // The largest and the mean |ours - llama.cpp| of the next-token log-probabilities over held-out sequences.
    struct Gaps {
        double worst, mean;
    };
    static Gaps logprob_gaps(const std::string& ckpt_path, const std::string& gguf_path, int n) {
        std::vector<std::vector<int>> seqs = held_out(3, n);
        nlohmann::json res = llama_eval(dir->path, {{{"model", gguf_path}, {"sequences", seqs}}})[0];
        if (!res.contains("logprobs")) return {INFINITY, INFINITY};
        double worst = 0, sum = 0;
        size_t count = 0;
        for (size_t i = 0; i < seqs.size(); i++) {
            std::vector<double> ours = our_logprobs(ckpt_path, seqs[i]);
            worst = std::max(worst, max_abs_diff(ours, res["logprobs"][i]));
            for (size_t t = 0; t < ours.size() && t < res["logprobs"][i].size(); t++, count++)
                sum += std::fabs(ours[t] - res["logprobs"][i][t].get<double>());
        }
        return {worst, count ? sum / count : INFINITY};
    }
    static double worst_logprob_gap(const std::string& ckpt_path, const std::string& gguf_path, int n) {
        return logprob_gaps(ckpt_path, gguf_path, n).worst;
    }
};
std::unique_ptr<ScratchDir> Export::dir;
std::string Export::made;

}  // namespace

TEST_F(Export, ManifestSaysHowToRoute) {
    nlohmann::json m = nlohmann::json::parse(read_file(gguf("f32", "manifest.json")));
    EXPECT_EQ(m["experts"], 2);
    EXPECT_EQ(m["prefix"], M);
    EXPECT_EQ(m["routers"], (std::vector<std::string>{"router_00.gguf", "router_01.gguf"}));
    EXPECT_EQ(m["expert_files"], (std::vector<std::string>{"expert_00.gguf", "expert_01.gguf"}));
    EXPECT_EQ(m["dense"]["dense_batch"], "dense_batch.gguf");
    for (const char* f : {"router_00.gguf", "router_01.gguf", "expert_00.gguf", "expert_01.gguf", "dense_batch.gguf"})
        EXPECT_TRUE(exists(gguf("f32", f))) << f;
}

TEST_F(Export, F32LogProbabilitiesEqualOursAtEveryPosition) {
    // f32 weights, f32 K/V cache: what differs is the order of sums, RoPE's angles computed in float, and
    // llama.cpp's CPU GELU, which rounds its input and output through an f16 table (ggml-cpu/vec.h).
    double expert = worst_logprob_gap(ckpt("expert_0/model.ckpt"), gguf("f32", "expert_00.gguf"), S);
    double router = worst_logprob_gap(ckpt("routers/router_00.ckpt"), gguf("f32", "router_00.gguf"), M);
    printf("f32: largest |log p ours - log p llama.cpp|: expert %.2e, router %.2e\n", expert, router);
    EXPECT_LE(expert, 1e-3);
    EXPECT_LE(router, 1e-3);
}

TEST_F(Export, F16AndQ8LogProbabilitiesWithinWhatTheirWeightsImply) {
    // f16 keeps 11 significant bits (relative rounding 2^-12 = 2.4e-4 per weight), and llama.cpp also
    // rounds the activations to f16 before an f16 matrix product; Q8_0 keeps 8 bits per block of 32
    // (a step of max|w| / 127) and quantises the activations to 8 bits as well. Errors that are
    // independent across the ~C terms of each dot product and the L layers give the logits a relative
    // error of order 1e-3 (f16) and 1e-2 (q8_0): log-probabilities of magnitude ~10 move by ~1e-2 and ~1e-1.
    // Those are sizes for the worst positions; the largest over the 3 x 256 positions lies in the tail of
    // the errors' spread (for q8_0 it was under 0.3, then read 0.41 once the CPU path's rounding changed
    // the trained model). So q8_0's mean gap, measured at 5.5e-3, is held to 3e-2, and its largest to a
    // bound that a real mistake (a tensor misplaced, a scale wrong: gaps of nats) exceeds many times over.
    double f16 = worst_logprob_gap(ckpt("expert_0/model.ckpt"), gguf("f16", "expert_00.gguf"), S);
    Gaps q8_gaps = logprob_gaps(ckpt("expert_0/model.ckpt"), gguf("q8_0", "expert_00.gguf"), S);
    double q8 = q8_gaps.worst, q8_mean = q8_gaps.mean;
    printf("|log p ours - log p llama.cpp|: f16 largest %.2e; q8_0 largest %.2e, mean %.2e\n", f16, q8, q8_mean);
    EXPECT_LE(f16, 3e-2);
    EXPECT_LE(q8_mean, 3e-2);
    EXPECT_LE(q8, 1.0);
    EXPECT_GT(q8, 1e-4) << "q8_0 equal to f32: were the weights quantised at all?";
}

TEST_F(Export, EveryExportedFileLoadsAndRuns) {
    std::vector<std::vector<int>> seqs = held_out(1, 16);
    nlohmann::json requests = nlohmann::json::array();
    std::vector<std::string> names;
    for (const char* type : {"f32", "f16", "q8_0"})
        for (const char* f : {"router_00.gguf", "router_01.gguf", "expert_00.gguf", "expert_01.gguf", "dense_batch.gguf"}) {
            requests.push_back({{"model", gguf(type, f)}, {"sequences", seqs}});
            names.push_back(std::string(type) + "/" + f);
        }
    nlohmann::json results = llama_eval(dir->path, requests);
    ASSERT_EQ(results.size(), names.size());
    for (size_t i = 0; i < names.size(); i++) {
        ASSERT_TRUE(results[i].contains("logprobs")) << names[i];
        ASSERT_EQ(results[i]["logprobs"][0].size(), 15u) << names[i];
        for (const auto& lp : results[i]["logprobs"][0]) EXPECT_TRUE(lp.is_number() && std::isfinite(lp.get<double>())) << names[i];
    }
}

TEST_F(Export, TokenizerGivesOurIds) {
    sentencepiece::SentencePieceProcessor sp;
    ASSERT_TRUE(sp.Load(TOKENIZER).ok());
    // The hard cases of our tokenizer (data/tokenizer.cpp): leading and repeated spaces, tabs (user-defined
    // pieces), newlines, digits (split one by one), bytes outside the vocabulary (byte fallback), and
    // held-out documents decoded back to text.
    std::vector<std::string> texts = {"Hello world, this is a test.", "  two leading spaces and  two inside",
                                      "int main(void) {\n\treturn 0;\n}\n", "\t\ttabs\t\tbetween", "pi = 3.14159265358979",
                                      "caf\xC3\xA9 na\xC3\xAFve \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E \xF0\x9F\x99\x82", "line one\n\nline three\n"};
    for (const std::vector<int>& doc : held_out(3, 200)) {
        std::string text;
        sp.Decode(std::vector<int>(doc.begin() + 1, doc.end()), &text);
        texts.push_back(text);
    }
    nlohmann::json res = llama_eval(dir->path, {{{"model", gguf("f32", "expert_00.gguf")}, {"texts", texts}}})[0];
    ASSERT_TRUE(res.contains("tokens"));
    for (size_t i = 0; i < texts.size(); i++) {
        std::vector<int> ours;
        sp.Encode(texts[i], &ours);
        EXPECT_EQ(res["tokens"][i].get<std::vector<int>>(), ours) << "text " << i << ": " << texts[i];
    }
}

TEST_F(Export, GreedyContinuationIsOursInF32) {
    std::vector<int> prompt = held_out(1, 12)[0];
    std::vector<int> ours = our_greedy(ckpt("expert_0/model.ckpt"), prompt, 24);
    nlohmann::json res = llama_eval(dir->path, {{{"model", gguf("f32", "expert_00.gguf")},
                                                 {"greedy", {{"prompt", prompt}, {"tokens", 24}}}}})[0];
    ASSERT_TRUE(res.contains("greedy"));
    EXPECT_EQ(res["greedy"].get<std::vector<int>>(), ours);
}

TEST_F(Export, RouterScoresAndTheRoutingEqualOurs) {
    // What a user routing outside our engine computes: each router's sum of log p over the first M tokens.
    std::vector<std::vector<int>> prefixes = held_out(6, M);
    nlohmann::json results = llama_eval(dir->path, {{{"model", gguf("f32", "router_00.gguf")}, {"sequences", prefixes}},
                                                    {{"model", gguf("f32", "router_01.gguf")}, {"sequences", prefixes}}});
    ASSERT_EQ(results.size(), 2u);
    for (size_t i = 0; i < prefixes.size(); i++) {
        float ours[2];
        double theirs[2];
        for (int e = 0; e < 2; e++) {
            ours[e] = our_router_score(ckpt("routers/router_0" + std::to_string(e) + ".ckpt"), prefixes[i]);
            ASSERT_TRUE(results[e].contains("logprobs"));
            theirs[e] = 0;
            for (const auto& lp : results[e]["logprobs"][i]) theirs[e] += lp.get<double>();
            EXPECT_NEAR(ours[e], theirs[e], 1e-3 * (M - 1)) << "router " << e << ", prefix " << i;
        }
        EXPECT_EQ(ours[0] >= ours[1], theirs[0] >= theirs[1]) << "llama.cpp routes prefix " << i << " elsewhere";
    }
}

TEST_F(Export, RoutingAPromptOutsideOurEngineMatchesInfer) {
    // dev/gguf/route.mjs, what the README shows a user: the same router scores, expert and greedy continuation
    // as ./infer --prompt on the checkpoints.
    std::string prompt = "The meaning of the word";
    std::string ours = expect_success("./infer --device cpu --routers " + ckpt("routers") + " --experts '" + ckpt("expert_{e}/model.ckpt") +
                                      "' --prefix " + std::to_string(M) + " --prompt '" + prompt + "' --temperature 0 --max-new-tokens 20");
    std::string theirs = expect_success("node dev/gguf/route.mjs " + *dir / "gguf_f32" + " '" + prompt + "' --max-new-tokens 20");
    auto line = [](const std::string& text, const std::string& start) {
        size_t at = text.find(start);
        return at == std::string::npos ? std::string("(no line " + start + ")") : text.substr(at, text.find('\n', at) - at);
    };
    for (int e = 0; e < 2; e++) {
        std::string head = "router  " + std::to_string(e) + ": log-likelihood ";
        double a = std::stod(line(ours, head).substr(head.size())), b = std::stod(line(theirs, head).substr(head.size()));
        EXPECT_NEAR(a, b, 1e-3 * M + 1e-3) << ours << theirs;
    }
    auto chosen = [&](const std::string& text) { std::string l = line(text, "expert "); return l.substr(0, l.find(':')); };
    EXPECT_EQ(chosen(ours), chosen(theirs));
    EXPECT_EQ(line(ours, "continuation ids: "), line(theirs, "continuation ids: "));
    RunResult bad = run("node dev/gguf/route.mjs " + *dir / "nothing" + " 'x'");
    EXPECT_NE(bad.code, 0);
    EXPECT_NE(bad.output.find("manifest.json: cannot read it"), std::string::npos) << bad.output;
}

TEST_F(Export, RefusesBadInputWithoutPartialOutput) {
    // a checkpoint whose vocabulary is not the tokenizer's
    ModelConfig c;
    c.V = 1000; c.Vp = 1024; c.max_T = 16; c.L = 1; c.H = 2; c.C = 8;
    Model m;
    model_create(m, c, CPU_FP32);
    model_init(m, 1);
    model_save(m, *dir / "v1000.ckpt", 0);
    model_free(m);
    expect_refused(EXPORT + " " + *dir / "v1000.ckpt " + *dir / "bad.gguf", "has a vocabulary of 1000 tokens but the tokenizer has 8192");
    EXPECT_FALSE(exists(*dir / "bad.gguf"));
    EXPECT_FALSE(exists(*dir / "bad.gguf.tmp"));
    // an output folder that cannot be one (a file is in the way), for one file and for a run
    write_file(*dir / "plain", "x");
    expect_refused(EXPORT + " " + ckpt("expert_0/model.ckpt") + " " + *dir / "plain/x.gguf", "plain does not exist");
    expect_refused(EXPORT + " --run " + *dir / "run " + *dir / "plain", "exists and is not a folder");
    // an unknown type, a file that is not a checkpoint, a tokenizer that is not one, a run without routers
    RunResult r = run(EXPORT + " --type q4 " + ckpt("expert_0/model.ckpt") + " " + *dir / "q4.gguf");
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.output.find("invalid choice: 'q4'"), std::string::npos) << r.output;
    expect_refused(EXPORT + " data/default/corpus_val.bin " + *dir / "t.gguf", "not a model checkpoint");
    expect_refused("/usr/bin/python3 dev/export_gguf.py --tokenizer data/default/corpus_val.bin " + ckpt("expert_0/model.ckpt") + " " +
                       *dir / "t.gguf", "not a SentencePiece model");
    expect_refused(EXPORT + " --run " + *dir / "nothing " + *dir / "out", "no routers/router_00.ckpt");
    EXPECT_FALSE(exists(*dir / "t.gguf"));
    EXPECT_FALSE(exists(*dir / "out"));
}
