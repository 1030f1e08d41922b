// Multiple-choice tasks (common/tasks.h and ./infer --tasks): the three rules and the Wilson interval on
// hand-computed cases, the batched continuation log-likelihoods against the model's own per-token
// losses, the tokens of an item as lm-eval-harness makes them, refusals of malformed task files naming
// the file, the line and the field, and ./infer --tasks as a user runs it.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sentencepiece_processor.h>

#include <cmath>
#include <string>
#include <vector>

#include "../common/model.h"
#include "../common/tasks.h"
#include "helpers.h"

namespace {

const char* TOKENIZER = "data/default/tokenizer.model";  // V 8192

// An item of the given number of choices whose text does not matter (the rules read the scores).
TaskItem item_of(int choices, int label, std::vector<double> bytes) {
    TaskItem it;
    it.label = label;
    it.choices.assign(choices, {5});
    it.alone.assign(choices, {5});
    it.bytes = bytes;
    return it;
}

// A message of the exception fn throws, or "" when it throws none.
template <typename F>
std::string error_of(F fn) {
    try {
        fn();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

sentencepiece::SentencePieceProcessor& tokenizer() {
    static sentencepiece::SentencePieceProcessor sp;
    static bool loaded = false;
    if (!loaded) {
        if (!sp.Load(TOKENIZER).ok()) throw std::runtime_error(std::string("cannot load ") + TOKENIZER);
        loaded = true;
    }
    return sp;
}

std::vector<int> encode(const std::string& text) {
    std::vector<int> ids;
    if (!tokenizer().Encode(text, &ids).ok()) throw std::runtime_error("cannot encode " + text);
    return ids;
}

}  // namespace

// Scores chosen so that each rule picks differently: item 0's choice 1 is the most likely (acc), choice 0
// the most likely per byte (acc_norm), choice 2 the one the context raised most (mutual information).
TEST(Tasks, EachRulePicksItsOwnArgmaxOnAHandComputedCase) {
    Task task;
    task.items = {item_of(3, 0, {10, 2, 4}), item_of(2, 1, {3, 3})};
    std::vector<std::vector<double>> ll = {{-3.0, -2.0, -5.0}, {-1.0, -1.0}};
    std::vector<std::vector<double>> alone = {{-2.0, -2.5, -9.0}, {-4.0, -1.5}};
    // item 0: acc argmax(-3, -2, -5) = 1; norm (-0.3, -1, -1.25) = 0; mi (-1, 0.5, 4) = 2.
    // item 1: a tie under acc and norm goes to the first (0); mi (3, 0.5) = 0.
    TaskPredictions p = predict(task, ll, alone);
    EXPECT_EQ(p.acc, (std::vector<int>{1, 0}));
    EXPECT_EQ(p.norm, (std::vector<int>{0, 0}));
    EXPECT_EQ(p.mi, (std::vector<int>{2, 0}));
    EXPECT_DOUBLE_EQ(accuracy(task, p.norm).value, 0.5);  // item 0 right, item 1 wrong
    EXPECT_DOUBLE_EQ(chance_accuracy(task), (1.0 / 3 + 1.0 / 2) / 2);
}

// Wilson intervals as published (e.g. statsmodels' proportion_confint(method="wilson")): 1 of 2 right gives
// [0.0945, 0.9055]; 0 of 10 gives [0, 0.2775], where value ± 1.96 standard errors would give [0, 0].
TEST(Tasks, AccuracyCarriesTheWilsonInterval) {
    Task two;
    two.items = {item_of(2, 0, {1, 1}), item_of(2, 0, {1, 1})};
    Accuracy a = accuracy(two, {0, 1});
    EXPECT_DOUBLE_EQ(a.value, 0.5);
    EXPECT_NEAR(a.lo, 0.0945, 1e-4);
    EXPECT_NEAR(a.hi, 0.9055, 1e-4);
    Task ten;
    ten.items.assign(10, item_of(2, 0, {1, 1}));
    a = accuracy(ten, std::vector<int>(10, 1));
    EXPECT_DOUBLE_EQ(a.value, 0.0);
    EXPECT_DOUBLE_EQ(a.lo, 0.0);
    EXPECT_NEAR(a.hi, 0.2775, 1e-4);
}

// Requests of different lengths in one batch (padded on the right), and one longer than the model's
// context (cut on the left), against model_forward on each sequence alone: the sum of the losses at the
// continuation's targets.
TEST(Tasks, ContinuationLogprobsAreTheModelsOwnPerTokenLosses) {
    ModelConfig c;
    c.V = 300;
    c.Vp = padded_vocab(c.V);
    c.max_T = 12;
    c.L = 2;
    c.H = 2;
    c.C = 16;
    Rng rng(3);
    auto tokens = [&](int n) {
        std::vector<int> t(n);
        for (int& x : t) x = 1 + (int)rng.below(c.V - 1);
        return t;
    };
    std::vector<std::vector<int>> prefixes = {tokens(3), tokens(7), tokens(1), tokens(11)}, conts = {tokens(2), tokens(4), tokens(1), tokens(5)};
    std::vector<ContinuationRequest> requests;
    for (size_t i = 0; i < prefixes.size(); i++) requests.push_back({&prefixes[i], &conts[i]});

    Model m;
    model_create(m, c, CPU_FP32);
    model_init(m, 11);
    std::vector<double> got = continuation_logprobs(m, requests, 3);
    model_free(m);

    for (size_t i = 0; i < requests.size(); i++) {
        std::vector<int> seq = prefixes[i];
        seq.insert(seq.end(), conts[i].begin(), conts[i].end());
        if ((int)seq.size() > c.max_T + 1) seq.erase(seq.begin(), seq.end() - (c.max_T + 1));  // 16 tokens: the first 3 go
        int T = (int)seq.size() - 1;
        Model one;
        model_create(one, c, CPU_FP32);
        model_init(one, 11);
        model_allocate(one, 1, T, false);
        model_forward(one, seq.data(), seq.data() + 1, 1, T);
        double want = 0;
        for (int t = T - (int)conts[i].size(); t < T; t++) want -= one.losses_host[t];
        model_free(one);
        EXPECT_NEAR(got[i], want, 1e-5 * std::fabs(want)) << "request " << i;
        EXPECT_LT(got[i], 0.0);
    }
}

// lm-eval-harness's tokens: BOS + encode(context); a choice's tokens are those of encode(context + choice)
// after encode(context)'s, the context's trailing space moved into the choice; alone = encode(choice) without
// its leading space, which here gives the very tokens the choice has after the context.
TEST(Tasks, ItemTokensFollowLmEvalHarness) {
    int bos = tokenizer().bos_id();
    TaskItem it = make_task_item("In the beginning God created ", {"the heaven", "a dog and a cat"}, 1, encode, bos, "x:1");
    std::vector<int> ctx = encode("In the beginning God created");
    std::vector<int> want_context = {bos};
    want_context.insert(want_context.end(), ctx.begin(), ctx.end());
    EXPECT_EQ(it.context, want_context);
    for (int k = 0; k < 2; k++) {
        std::string choice = k == 0 ? " the heaven" : " a dog and a cat";
        std::vector<int> whole = encode("In the beginning God created" + choice);
        EXPECT_EQ(it.choices[k], std::vector<int>(whole.begin() + ctx.size(), whole.end())) << k;
        EXPECT_EQ(it.alone[k], encode(choice.substr(1))) << k;
        EXPECT_EQ(it.alone[k], it.choices[k]) << k;
        EXPECT_EQ(it.bytes[k], (double)choice.size()) << k;
    }
    EXPECT_EQ(it.label, 1);
}

TEST(Tasks, ItemsThatWouldBeScoredWrongAreRefused) {
    int bos = tokenizer().bos_id();
    EXPECT_NE(error_of([&] { make_task_item("A context", {"a", "b"}, 2, encode, bos, "f.jsonl:3"); }).find("f.jsonl:3: \"label\" 2 is out of range"),
              std::string::npos);
    EXPECT_NE(error_of([&] { make_task_item("A context", {"a", "b"}, -1, encode, bos, "f:1"); }).find("out of range"), std::string::npos);
    EXPECT_NE(error_of([&] { make_task_item("A context", {"only"}, 0, encode, bos, "f:1"); }).find("at least 2"), std::string::npos);
    EXPECT_NE(error_of([&] { make_task_item("A context", {" a", ""}, 0, encode, bos, "f:1"); }).find("choice 1"), std::string::npos);
    EXPECT_NE(error_of([&] { make_task_item("   ", {" a", " b"}, 0, encode, bos, "f:1"); }).find("\"context\" is empty"),
              std::string::npos);
}

TEST(Tasks, MalformedLinesAreRefusedNamingTheFileTheLineAndTheField) {
    ScratchDir dir;
    std::string good = "{\"context\": \"Once upon a time\", \"choices\": [\" there\", \" where\"], \"label\": 0}\n";
    struct Case {
        std::string line, expected;
    } cases[] = {
        {"{\"context\": \"Once\", \"choices\": [\" a\", \" b\"]", "t.jsonl:2: not a JSON object"},
        {"[1, 2]", "t.jsonl:2: field \"context\" is missing"},
        {"{\"context\": 5, \"choices\": [\" a\", \" b\"], \"label\": 0}", "t.jsonl:2: field \"context\" must be a string"},
        {"{\"context\": \"Once\", \"label\": 0}", "t.jsonl:2: field \"choices\" is missing"},
        {"{\"context\": \"Once\", \"choices\": [\" a\", 3], \"label\": 0}", "t.jsonl:2: field \"choices\" must be a list of strings"},
        {"{\"context\": \"Once\", \"choices\": [\" a\", \" b\"], \"label\": \"0\"}", "t.jsonl:2: field \"label\" must be an integer"},
        {"{\"context\": \"Once\", \"choices\": [\" a\", \" b\"], \"label\": 2}", "t.jsonl:2: field \"label\" is 2, outside the 2 choices"},
        {"{\"context\": \"Once\", \"choices\": [\" a\", \" b\"], \"label\": 0, \"label\": 1}", "t.jsonl:2: field \"label\" appears twice"},
        {"{\"context\": \"Once \\ud800\", \"choices\": [\" a\", \" b\"], \"label\": 0}", "t.jsonl:2: not a JSON object"},
        {"{\"context\": \"Once \xff\", \"choices\": [\" a\", \" b\"], \"label\": 0}", "t.jsonl:2: not a JSON object"},
    };
    for (const Case& c : cases) {
        write_file(dir / "t.jsonl", good + c.line + "\n");
        std::string error = error_of([&] { read_task(dir / "t.jsonl", encode, 1); });
        EXPECT_NE(error.find(c.expected), std::string::npos) << "line: " << c.line << "\nerror: " << error;
    }
    write_file(dir / "t.jsonl", good + "\n" + good);  // a blank line is skipped, not an item
    Task t = read_task(dir / "t.jsonl", encode, 1);
    EXPECT_EQ(t.items.size(), 2u);
    EXPECT_EQ(t.name, "t");
    EXPECT_EQ(read_task(dir / "t.jsonl", encode, 1, 1).items.size(), 1u);  // max_items
    write_file(dir / "t.jsonl", "\n");
    EXPECT_NE(error_of([&] { read_task(dir / "t.jsonl", encode, 1); }).find("no items"), std::string::npos);
}

// ./infer --tasks as a user runs it: a mixture of two identical routers and two identical experts, a dense
// model equal to the experts, and a dense model alone. Identical models choose identically, whichever way
// the items are routed; the JSON holds every rule's accuracy inside its interval and every prediction.
TEST(Infer, TasksScoreTheMixtureTheRandomRoutingAndADenseModelAlone) {
    ScratchDir dir;
    EXPECT_EQ(run("mkdir -p " + (dir / "routers")).code, 0);
    ModelConfig c;
    c.V = 8192;
    c.Vp = padded_vocab(c.V);
    c.max_T = 64;
    c.L = 1;
    c.H = 2;
    c.C = 16;
    auto save = [&](const std::string& path, uint64_t seed) {
        Model m;
        model_create(m, c, CPU_FP32);
        model_init(m, seed);
        model_save(m, path, 0);
        model_free(m);
    };
    save(dir / "routers/router_00.ckpt", 1);
    save(dir / "routers/router_01.ckpt", 1);
    save(dir / "expert_0.ckpt", 7);
    save(dir / "expert_1.ckpt", 7);
    save(dir / "dense.ckpt", 7);
    std::string items;
    for (int i = 0; i < 12; i++)
        items += "{\"context\": \"And it came to pass, in the " + std::to_string(i) +
                 "th year, that\", \"choices\": [\" the king went up\", \" a fish\", \" and they said\"], \"label\": " +
                 std::to_string(i % 3) + "}\n";
    write_file(dir / "a.jsonl", items);
    write_file(dir / "b.jsonl", items.substr(0, items.find('\n') + 1));

    std::string models = " --routers " + (dir / "routers") + " --experts '" + (dir / "expert_{e}.ckpt") + "'";
    std::string common = std::string("./infer --device cpu --tokenizer ") + TOKENIZER + " --tasks " + (dir / "a.jsonl") + "," +
                         (dir / "b.jsonl");
    RunResult r = run(common + models + " --dense-steps " + (dir / "dense.ckpt") + " --batch 5 --json " + (dir / "out.json"));
    ASSERT_EQ(r.code, 0) << r.output;
    EXPECT_NE(r.output.find("task a: 12 items, chance 33.3%"), std::string::npos) << r.output;
    nlohmann::json j = nlohmann::json::parse(read_file(dir / "out.json"));
    ASSERT_TRUE(j["tasks"].contains("a") && j["tasks"].contains("b"));
    const nlohmann::json& a = j["tasks"]["a"];
    EXPECT_EQ(a["items"], 12);
    EXPECT_EQ(j["usage"], nlohmann::json::array({13, 0}));  // identical routers: ties go to router 0
    for (const char* model : {"mixture", "random", "dense_steps"}) {
        SCOPED_TRACE(model);
        ASSERT_TRUE(a.contains(model));
        for (const char* rule : {"pred", "pred_norm", "pred_mi"}) EXPECT_EQ(a[model][rule].size(), 12u);
        for (const char* rule : {"acc", "acc_norm", "acc_mutual_info"}) {
            double v = a[model][rule].get<double>();
            std::string ci = std::string(rule) + "_ci95";
            EXPECT_LE(a[model][ci][0].get<double>(), v);
            EXPECT_GE(a[model][ci][1].get<double>(), v);
        }
        // The same experts and the same dense model: every prediction is the same.
        EXPECT_EQ(a[model]["pred"], a["dense_steps"]["pred"]);
        EXPECT_EQ(a[model]["pred_mi"], a["dense_steps"]["pred_mi"]);
    }
    EXPECT_FALSE(a.contains("dense_batch"));

    // A dense model alone, without routers or experts.
    r = run(common + " --dense-batch " + (dir / "dense.ckpt") + " --json " + (dir / "alone.json"));
    ASSERT_EQ(r.code, 0) << r.output;
    nlohmann::json alone = nlohmann::json::parse(read_file(dir / "alone.json"));
    EXPECT_EQ(alone["tasks"]["a"]["dense_batch"]["pred"], a["dense_steps"]["pred"]);
    EXPECT_FALSE(alone["tasks"]["a"].contains("mixture"));

    // Refusals: no model; routers without experts; a label out of range, by file and line.
    expect_refused(common, "no model to score");
    expect_refused(common + " --routers " + (dir / "routers"), "give both --routers and --experts");
    write_file(dir / "bad.jsonl", items + "{\"context\": \"x y\", \"choices\": [\" a\", \" b\"], \"label\": 5}\n");
    expect_refused(std::string("./infer --device cpu --tokenizer ") + TOKENIZER + " --tasks " + (dir / "bad.jsonl") +
                       " --dense-batch " + (dir / "dense.ckpt"),
                   "bad.jsonl:13: field \"label\" is 5, outside the 2 choices");
}

// The Python side: the task builder (same seed, same bytes; length and position at chance), the converters
// of HellaSwag, ARC, PIQA and SciQ against hand-written expected files, and the checker's refusals.
TEST(Tasks, BuilderAndConvertersPassTheirOwnTests) {
    std::string out = expect_success("python3 scripts/tasks/test_tasks.py 2>&1");
    EXPECT_NE(out.find(" 0 failed"), std::string::npos) << out;
}
