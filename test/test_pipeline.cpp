// The whole paper pipeline at tiny scale on real data (scripts/pipeline.sh tiny, CPU): every program
// runs, every file it writes validates, routing by the routers beats a random routing of the same
// experts on held-out data, and the downstream tasks run on its models. With 2 experts instead of the tiny size's 4, to keep CI near 6 minutes
// (docs/results.md has the E = 4 run).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>

#include "../common/files.h"
#include "helpers.h"

TEST(Pipeline, TinyMixtureBeatsRandomRoutingOnHeldOutData) {
    ScratchDir dir;
    RunResult r = run("bash scripts/pipeline.sh tiny --experts 2 --device cpu --out " + dir.path);
    ASSERT_EQ(r.code, 0) << r.output.substr(r.output.size() > 4000 ? r.output.size() - 4000 : 0);

    // Every file validates through the readers.
    TokenFile train("data/default/corpus_train.bin");
    Assignment a = read_assignment(dir / "assign_train.bin");
    EXPECT_NO_THROW(check_assignment_matches(dir / "assign_train.bin", a, train, 256));
    std::vector<int64_t> count(a.E, 0);
    for (uint16_t e : a.expert) { ASSERT_LT(e, a.E); count[e]++; }
    for (int e = 0; e < a.E; e++) EXPECT_LE(std::abs(count[e] - (int64_t)a.expert.size() / a.E), 1) << "expert " << e;
    EXPECT_EQ(a.E, 2);
    for (const char* ckpt : {"routers/router_00.ckpt", "routers/router_01.ckpt", "expert_0/model.ckpt", "expert_1/model.ckpt",
                             "dense_batch/model.ckpt", "dense_steps/model.ckpt"})
        EXPECT_NO_THROW(read_checkpoint(dir / ckpt, nullptr, nullptr)) << ckpt;

    auto res = nlohmann::json::parse(read_file(dir / "results.json"));
    double routed = res["mixture"]["loss"], random = res["random"]["loss"];
    EXPECT_LT(routed, random - 0.02) << "routing by the routers should beat a random routing of the same experts";
    EXPECT_LT(res["mixture"]["loss_after_prefix"].get<double>(), res["random"]["loss_after_prefix"].get<double>());
    EXPECT_NE(read_file(dir / "results.md").find("| perplexity, all 256 tokens |"), std::string::npos);
    // The plots are part of the result: 'make deps' installs python3-matplotlib, so a skip is a failure here.
    EXPECT_EQ(read_file(dir / "results.md").find("plots skipped"), std::string::npos) << "run 'make deps'";
    EXPECT_TRUE(exists(dir / "loss.png"));
    EXPECT_TRUE(exists(dir / "usage.png"));

    // The downstream tasks on the same run (scripts/tasks.sh): a miniature task per domain of data/default's
    // held-out text, every model scored under the three rules, the table written.
    std::string tasks = expect_success("bash scripts/tasks.sh tiny --items 24 --device cpu --out " + dir.path + " 2>&1");
    auto tj = nlohmann::json::parse(read_file(dir / "tasks.json"));
    for (const char* domain : {"literature", "scripture", "speeches"}) {
        ASSERT_TRUE(tj["tasks"].contains(domain)) << tasks;
        EXPECT_EQ(tj["tasks"][domain]["items"], 24);
        for (const char* model : {"mixture", "random", "dense_batch", "dense_steps"})
            for (const char* rule : {"pred", "pred_norm", "pred_mi"}) EXPECT_EQ(tj["tasks"][domain][model][rule].size(), 24u) << model;
    }
    EXPECT_NE(read_file(dir / "tasks.md").find("mixture against dense, E x steps: better on"), std::string::npos) << tasks;

    // The same pipeline routed by a tf-idf router (--router tfidf) with the dense baselines above reused
    // (--dense-from): the router, the segmentation, the experts and the evaluation run again, the same steps.
    ScratchDir tf;
    std::string tfidf = expect_success("bash scripts/pipeline.sh tiny --experts 2 --device cpu --router tfidf --dense-from " +
                                       dir.path + " --out " + tf.path + " 2>&1");
    EXPECT_TRUE(exists(tf / "routers/tfidf.bin")) << tfidf;
    EXPECT_FALSE(exists(tf / "routers/router_00.ckpt"));
    auto tres = nlohmann::json::parse(read_file(tf / "results.json"));
    EXPECT_EQ(tres["router"], "tfidf");
    EXPECT_EQ(tres["dense_steps"]["loss"], res["dense_steps"]["loss"]) << "the reused baseline, evaluated again: " << tfidf;
    EXPECT_EQ(tres["dense_batch"]["loss"], res["dense_batch"]["loss"]) << tfidf;
    EXPECT_LT(tres["mixture"]["loss"].get<double>(), tres["random"]["loss"].get<double>()) << "tf-idf routing beats random";
    EXPECT_NE(read_file(tf / "results.md").find("router: tf-idf, 2 centroids"), std::string::npos) << read_file(tf / "results.md");

    // The run exported for llama.cpp (dev/export_gguf.py; test_export.cu checks the files in depth): a
    // held-out prompt scored by each exported router inside llama.cpp gets infer's score, so it is routed
    // to the same expert outside our engine.
    if (system("command -v node > /dev/null 2>&1") != 0 || !exists("dev/gguf/node_modules/node-llama-cpp/package.json"))
        GTEST_SKIP() << "the llama.cpp part: node-llama-cpp is not installed ('make deps' installs it)";
    expect_success("/usr/bin/python3 dev/export_gguf.py --tokenizer data/default/tokenizer.model --run " + dir.path + " " + dir / "gguf");
    auto manifest = nlohmann::json::parse(read_file(dir / "gguf/manifest.json"));
    int M = manifest["prefix"];
    TokenFile val("data/default/corpus_val.bin");
    std::vector<int> prompt(M);
    val.read(0, M, prompt.data());  // a document's start: BOS, then text
    std::string ids;
    for (int id : prompt) ids += (ids.empty() ? "" : ",") + std::to_string(id);
    std::string ours = expect_success("./infer --device cpu --routers " + dir / "routers" + " --experts '" + dir / "expert_{e}/model.ckpt" +
                                      "' --prefix " + std::to_string(M) + " --prompt-ids " + ids + " --max-new-tokens 0");
    nlohmann::json requests = nlohmann::json::array();
    for (const auto& router : manifest["routers"])
        requests.push_back({{"model", dir / ("gguf/" + router.get<std::string>())}, {"sequences", {prompt}}});
    // and every other exported file loads and runs there
    std::vector<std::string> others = manifest["expert_files"];
    for (const auto& item : manifest["dense"].items()) others.push_back(item.value());
    EXPECT_EQ(manifest["dense"].size(), 2u) << "dense_batch and dense_steps";
    for (const std::string& f : others)
        requests.push_back({{"model", dir / ("gguf/" + f)}, {"sequences", {std::vector<int>(prompt.begin(), prompt.begin() + 16)}}});
    write_file(dir / "llama_requests.json", requests.dump());
    expect_success("node dev/gguf/llama_eval.mjs " + dir / "llama_requests.json " + dir / "llama_results.json");
    auto results = nlohmann::json::parse(read_file(dir / "llama_results.json"));
    ASSERT_EQ(results.size(), requests.size());
    for (size_t i = manifest["routers"].size(); i < results.size(); i++)
        for (const auto& lp : results[i]["logprobs"][0]) EXPECT_TRUE(lp.is_number() && std::isfinite(lp.get<double>())) << requests[i]["model"];
    int best = -1;
    double best_score = -INFINITY;
    for (int e = 0; e < (int)manifest["routers"].size(); e++) {
        double theirs = 0;
        for (const auto& lp : results[e]["logprobs"][0]) theirs += lp.get<double>();
        char line[64];
        snprintf(line, sizeof(line), "router %2d: log-likelihood ", e);
        size_t at = ours.find(line);
        ASSERT_NE(at, std::string::npos) << ours;
        double score = std::stod(ours.substr(at + strlen(line)));  // printed with 3 decimals
        EXPECT_NEAR(theirs, score, 1e-3 * (M - 1) + 5e-4) << "router " << e;
        if (theirs > best_score) { best_score = theirs; best = e; }
    }
    EXPECT_NE(ours.find("expert " + std::to_string(best) + ": "), std::string::npos) << "llama.cpp routes to expert " << best << ":\n" << ours;
}

// The crossover script (scripts/crossover.sh) on a miniature budget, so that it cannot rot: the
// cpu size's shapes on the default data, E = 4 at two budgets and E = 2 at the larger one. Its table
// must agree with each run's results.json (the Δ recomputed here from the perplexities), the figure
// must be drawn, and a second call must keep the finished runs instead of training them again.
TEST(Pipeline, CrossoverMiniatureWritesTableFigureAndKeepsFinishedRuns) {
    ScratchDir dir;
    RunResult r = run("bash scripts/crossover.sh --mini --device cpu --out " + dir.path);
    ASSERT_EQ(r.code, 0) << r.output.substr(r.output.size() > 4000 ? r.output.size() - 4000 : 0);
    // The second run of E = 4 takes the first one's routers and segmentation instead of training them again.
    EXPECT_NE(r.output.find("routers and segmentation: the same commands as in " + dir / "E4_s8"), std::string::npos) << r.output;
    // E = 2 at 16 steps trains the same E x steps baseline as E = 4 at 8 (32 steps of 16 sequences): reused.
    std::string e2_log = read_file(dir / "E2_s16.log");
    EXPECT_NE(e2_log.find("the same command as in " + dir / "E4_s8" + ", so its model is reused"), std::string::npos) << e2_log;
    std::string md = read_file(dir / "crossover.md");
    EXPECT_TRUE(exists(dir / "crossover.png")) << md;
    EXPECT_EQ(md.find("figure skipped"), std::string::npos) << "run 'make deps'";
    EXPECT_NE(md.find("E = 4, Δ vs dense, E× batch (paper) as the budget grows ×4"), std::string::npos) << md;
    for (auto [E, steps] : {std::pair{4, 2}, std::pair{4, 8}, std::pair{2, 16}}) {
        std::string run_dir = "E" + std::to_string(E) + "_s" + std::to_string(steps);
        auto res = nlohmann::json::parse(read_file(dir / (run_dir + "/results.json")));
        EXPECT_EQ(res["experts"].get<int>(), E);
        double mix = res["mixture"]["ppl"], batch = res["dense_batch"]["ppl"], more = res["dense_steps"]["ppl"];
        char row[160];
        snprintf(row, sizeof(row), "| %d | %d | ", E, steps);
        size_t at = md.find(row);
        ASSERT_NE(at, std::string::npos) << "no row for " << run_dir << " in\n" << md;
        std::string line = md.substr(at, md.find('\n', at) - at);
        snprintf(row, sizeof(row), "| %.2f / ", mix);
        EXPECT_NE(line.find(row), std::string::npos) << line;
        snprintf(row, sizeof(row), "| %+.1f%% / ", 100 * (mix - batch) / batch);
        EXPECT_NE(line.find(row), std::string::npos) << line;
        snprintf(row, sizeof(row), "| %+.1f%% / ", 100 * (mix - more) / more);
        EXPECT_NE(line.find(row), std::string::npos) << line;
        // Equal FLOPs at one budget: E = 4 at 8 steps and E = 2 at 16 give each dense baseline 32 x 16 sequences.
        std::string batch_log = read_file(dir / (run_dir + "/dense_batch/log.txt")), steps_log = read_file(dir / (run_dir + "/dense_steps/log.txt"));
        EXPECT_NE(batch_log.find("\nstep " + std::to_string(steps) + " loss"), std::string::npos) << run_dir;
        EXPECT_EQ(batch_log.find("\nstep " + std::to_string(steps + 1) + " loss"), std::string::npos) << run_dir;
        EXPECT_NE(steps_log.find("\nstep " + std::to_string(E * steps) + " loss"), std::string::npos) << run_dir;
        EXPECT_EQ(steps_log.find("\nstep " + std::to_string(E * steps + 1) + " loss"), std::string::npos) << run_dir;
    }
    // At the largest budget each E's dense model of E x the steps is trained again for the mixture's whole
    // training FLOPs: more steps than E x steps (the routers' EM and scoring come on top), the number
    // crossover.py computes, and its own row in the table, Δ recomputed here from its evaluation.
    for (auto [E, steps] : {std::pair{4, 8}, std::pair{2, 16}}) {
        std::string run_dir = dir / ("E" + std::to_string(E) + "_s" + std::to_string(steps));
        int n = std::stoi(expect_success("/usr/bin/python3 scripts/crossover.py --dense-flops-steps " + run_dir));
        EXPECT_GT(n, E * steps) << run_dir;
        std::string log = read_file(run_dir + "/dense_flops/log.txt");
        EXPECT_NE(log.find("\nstep " + std::to_string(n) + " loss"), std::string::npos) << run_dir;
        EXPECT_EQ(log.find("\nstep " + std::to_string(n + 1) + " loss"), std::string::npos) << run_dir;
        auto eq = nlohmann::json::parse(read_file(run_dir + "/dense_flops.json"));
        double mix = eq["mixture"]["ppl"], dense = eq["dense_steps"]["ppl"];
        char row[200];
        snprintf(row, sizeof(row), "| %d | %.2f / %.2f | %.2f / %.2f | %+.1f%% |", n, dense, eq["dense_steps"]["ppl_after_prefix"].get<double>(),
                 mix, eq["mixture"]["ppl_after_prefix"].get<double>(), 100 * (mix - dense) / dense);
        EXPECT_NE(md.find(row), std::string::npos) << row << " not in\n" << md;
    }
    RunResult again = run("bash scripts/crossover.sh --mini --device cpu --out " + dir.path);
    ASSERT_EQ(again.code, 0) << again.output;
    EXPECT_NE(again.output.find("run 1/3: E = 4, 8 steps per expert: done before, kept"), std::string::npos) << again.output;
    EXPECT_EQ(again.output.find("train_expert"), std::string::npos) << "nothing is trained again:\n" << again.output;

    RunResult bad = run("bash scripts/crossover.sh --steps 0,4 --out " + dir / "bad");
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.output.find("positive integers, not '0'"), std::string::npos) << bad.output;
}

// dev/bench/gpu_first_run.sh is what runs first on a GPU machine, often a bare one with little time on
// it: a renamed flag or a missing file must show here, not there. --prepare copies GoogleTest and
// nlohmann/json into build/device; --dry-run then checks every file, program flag and tool the run uses
// against the programs built here, and records the commit the run will name.
TEST(GpuFirstRun, DryRunFindsEveryFileFlagAndTool) {
    expect_success("bash dev/bench/gpu_first_run.sh --prepare");
    std::string out = expect_success("bash dev/bench/gpu_first_run.sh --dry-run");
    EXPECT_NE(out.find("every file, flag and tool the run uses is there"), std::string::npos) << out;
    std::string commit = read_file("build/device/commit");
    EXPECT_FALSE(commit.empty());
    EXPECT_NE(out.find(commit.substr(0, commit.find_first_of("+\n"))), std::string::npos) << out;
    expect_refused("bash dev/bench/gpu_first_run.sh --bogus", "unknown argument '--bogus'");
}

// dev/bench/gpu_crossover.sh runs on a bare GPU machine with minutes of time: --prepare packs a corpus
// with its checksums (here data/default, into a scratch folder, instead of the CPU corpus CI does not
// build), and --dry-run checks every file, flag and tool the run uses against the programs built here.
// Without the packed corpus the dry run names what is missing and how to make it.
TEST(GpuCrossover, DryRunFindsEveryFileFlagAndTool) {
    ScratchDir dir;
    const std::string env = "PACK=" + dir / "pack" + " CORPUS=data/default ";
    RunResult missing = run(env + "bash dev/bench/gpu_crossover.sh --dry-run");
    EXPECT_EQ(missing.code, 1) << missing.output;
    EXPECT_NE(missing.output.find("missing: " + dir / "pack/corpus_cpu.tar.xz (bash dev/bench/gpu_crossover.sh --prepare"), std::string::npos)
        << missing.output;
    std::string prepared = expect_success(env + "bash dev/bench/gpu_crossover.sh --prepare");
    EXPECT_NE(prepared.find("prepared " + dir / "pack"), std::string::npos) << prepared;
    // The archive holds the four files, byte for byte.
    expect_success("mkdir -p " + dir / "x" + " && tar -x -J -f " + dir / "pack/corpus_cpu.tar.xz" + " -C " + dir / "x");
    for (const char* f : {"corpus_train.bin", "corpus_val.bin", "corpus_train_labels.bin", "corpus_val_labels.bin"})
        EXPECT_EQ(read_file(dir / (std::string("x/") + f)), read_file(std::string("data/default/") + f)) << f;
    std::string out = expect_success(env + "bash dev/bench/gpu_crossover.sh --dry-run");
    EXPECT_NE(out.find("every file, flag and tool the run uses is there"), std::string::npos) << out;
    expect_refused("bash dev/bench/gpu_crossover.sh --bogus", "unknown argument '--bogus'");
}
