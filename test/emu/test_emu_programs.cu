// test_emu_programs.cu — the programs' --device cuda paths (fp32, tf32, bf16), run on the CPU emulator (built only into the
// emulator's test binary, `make test-emu`). The programs under build/emu are the same sources compiled
// against test/emu; each test runs one of them with --device cuda --precision fp32 and with --device cpu and compares:
// training losses, bit-exact resume on the device, router EM, segmentation scores and assignment, routed
// evaluation and generation.
#include <nlohmann/json.hpp>

#include "../../common/files.h"    // read_scores, read_checkpoint
#include "../../common/routing.h"  // router_path
#include "../helpers.h"

namespace {

const std::string BIN = "build/emu/";
const std::string MODEL = " --layers 1 --heads 2 --channels 32 --seq-len 32 --batch 2 --val-batches 2 --sample-every 0"
                          " --lr 3e-3 --warmup 2 --val-every 3";

// The numbers of a text, in order, and the text with each number replaced by '#'.
std::vector<double> numbers_in(const std::string& text, std::string* shape) {
    std::vector<double> out;
    shape->clear();
    const char* p = text.c_str();
    while (*p) {
        bool starts = isdigit((unsigned char)*p) || ((*p == '-' || *p == '.') && isdigit((unsigned char)p[1]));
        char* end = nullptr;
        double v = starts ? strtod(p, &end) : 0.0;
        if (starts && end > p) {
            out.push_back(v);
            *shape += '#';
            p = end;
        } else {
            *shape += *p++;
        }
    }
    return out;
}

// The "step" and "val" lines of a training log, without the timing fields (ms, tok/s, mfu).
std::string losses_of(const std::string& log) {
    std::istringstream in(log);
    std::string line, out;
    while (std::getline(in, line)) {
        if (line.compare(0, 5, "step ") == 0) out += line.substr(0, line.find(" ms ")) + "\n";
        if (line.compare(0, 4, "val ") == 0) out += line + "\n";
    }
    return out;
}

// Same text around the numbers, and every number within `rel` (relative) of the other's.
void expect_same_numbers(const std::string& got, const std::string& want, double rel, const std::string& what) {
    std::string got_shape, want_shape;
    std::vector<double> g = numbers_in(got, &got_shape), w = numbers_in(want, &want_shape);
    ASSERT_EQ(got_shape, want_shape) << what;
    ASSERT_EQ(g.size(), w.size()) << what;
    ASSERT_FALSE(g.empty()) << what;
    for (size_t i = 0; i < g.size(); i++) EXPECT_NEAR(g[i], w[i], rel * std::max(1.0, std::fabs(w[i]))) << what << ", number " << i;
}

// Two small models trained a few steps on the CPU from different seeds: DIR/m0/model.ckpt and
// DIR/m1/model.ckpt, also copied as the routers DIR/routers/router_00.ckpt and router_01.ckpt.
void two_small_models(const ScratchDir& dir) {
    for (int e = 0; e < 2; e++) {
        std::string out = dir / ("m" + std::to_string(e));
        expect_success(BIN + "train_expert --device cpu" + MODEL + " --steps 3 --seed " + std::to_string(e + 1) + " --out " + out);
        expect_success("mkdir -p " + dir / "routers" + " && cp " + out + "/model.ckpt " + dir / "routers" + "/router_0" + std::to_string(e) + ".ckpt");
    }
}

}  // namespace

TEST(TrainExpert, CudaRunMatchesCpuRunAndResumesExactly) {
    ScratchDir dir;
    const std::string train = BIN + "train_expert" + MODEL + " --steps 6";
    expect_success(train + " --device cpu --out " + dir / "cpu");
    expect_success(train + " --device cuda --precision fp32 --out " + dir / "cuda");
    std::string cpu = losses_of(read_file(dir / "cpu/log.txt")), cuda = losses_of(read_file(dir / "cuda/log.txt"));
    expect_same_numbers(cuda, cpu, 1e-4, "losses, learning rates and norms of the CUDA run against the CPU run");

    // Stopped after step 2 and resumed on the device: the same log lines and the same checkpoint, to the bit.
    expect_success(train + " --device cuda --precision fp32 --stop-at 2 --out " + dir / "parts");
    expect_success(train + " --device cuda --precision fp32 --resume --out " + dir / "parts");
    EXPECT_EQ(losses_of(read_file(dir / "parts/log.txt")), cuda);
    EXPECT_EQ(read_file(dir / "parts/model.ckpt"), read_file(dir / "cuda/model.ckpt"));
    EXPECT_EQ(read_file(dir / "parts/optimizer.bin"), read_file(dir / "cuda/optimizer.bin"));

    // A diverging run stops with the step named, on the device as on the CPU.
    expect_refused(train + " --device cuda --precision fp32 --lr 1e30 --warmup 0 --clip 0 --out " + dir / "nan", "the loss is");
}

// --precision tf32 and bf16 (bf16 is the default on a GPU). tf32: the emulator rounds cuBLAS's inputs to
// TF32 as the tensor cores do, so the run is close to the CPU's (1e-2: ten mantissa bits in every matmul)
// but not the same. bf16: activations, their gradients and the matmuls' weights in bf16, within 1e-2 of
// the CPU's losses, learning rates and norms (the bar bf16 must meet). The CPU refuses both, and an unknown
// precision is refused by name.
TEST(TrainExpert, CudaTf32AndBf16RunsAreCloseToTheCpuAndBf16IsTheDefault) {
    ScratchDir dir;
    const std::string train = BIN + "train_expert" + MODEL + " --steps 4";
    expect_success(train + " --device cpu --out " + dir / "cpu");
    std::string out = expect_success(train + " --device cuda --out " + dir / "auto");
    EXPECT_NE(out.find("CUDA, bf16"), std::string::npos) << out;
    expect_success(train + " --device cuda --precision tf32 --out " + dir / "tf32");
    expect_success(train + " --device cuda --precision bf16 --out " + dir / "bf16");
    std::string cpu = losses_of(read_file(dir / "cpu/log.txt")), tf32 = losses_of(read_file(dir / "tf32/log.txt"));
    std::string bf16 = losses_of(read_file(dir / "bf16/log.txt"));
    expect_same_numbers(tf32, cpu, 1e-2, "losses of the tf32 CUDA run against the CPU run");
    expect_same_numbers(bf16, cpu, 1e-2, "losses of the bf16 CUDA run against the CPU run");
    EXPECT_NE(bf16, tf32) << "the bf16 run computed nothing in bf16";
    EXPECT_EQ(losses_of(read_file(dir / "auto/log.txt")), bf16) << "auto is bf16 on the device";
    expect_refused(train + " --device cpu --precision tf32 --out " + dir / "x", "computes in fp32 only");
    expect_refused(train + " --device cpu --precision bf16 --out " + dir / "x", "computes in fp32 only");
    expect_refused(train + " --device cuda --precision fp16 --out " + dir / "x", "--precision must be auto, fp32, tf32 or bf16");
}

// A bf16 run stopped and resumed gives the same losses and files, to the bit, as an uninterrupted one:
// the checkpoint and the optimizer state are fp32 (their formats do not change), and the bf16 copy of
// the weights is made from them again before every forward.
TEST(TrainExpert, CudaBf16RunResumesExactly) {
    ScratchDir dir;
    const std::string train = BIN + "train_expert" + MODEL + " --steps 5 --device cuda --precision bf16";
    expect_success(train + " --out " + dir / "whole");
    expect_success(train + " --stop-at 2 --out " + dir / "parts");
    expect_success(train + " --resume --out " + dir / "parts");
    EXPECT_EQ(losses_of(read_file(dir / "parts/log.txt")), losses_of(read_file(dir / "whole/log.txt")));
    EXPECT_EQ(read_file(dir / "parts/model.ckpt"), read_file(dir / "whole/model.ckpt"));
    EXPECT_EQ(read_file(dir / "parts/optimizer.bin"), read_file(dir / "whole/optimizer.bin"));
}

// fp32 on the device: the CPU's scores to 1e-5 and its assignment exactly. bf16 (the default on a GPU):
// scores are sums of ~16 log-probabilities each computed from bf16 logits, within 1e-2 of the CPU's; the
// balanced assignment ranks sequences by score differences, so a near tie may go the other way in
// bf16: most sequences, not all, keep their expert.
TEST(Segment, CudaScoresAndAssignmentMatchTheCpuInFp32AndAreCloseInBf16) {
    ScratchDir dir;
    two_small_models(dir);
    // 300 sequences of held-out text: enough for the balanced assignment to matter, few enough for the emulator.
    write_token_slice("data/default/corpus_val.bin", 0, 300 * 32 + 1, dir / "few.bin");
    const std::string segment = BIN + "segment --routers " + dir / "routers" + " --tokens " + dir / "few.bin" + " --seq-len 32 --prefix 16 --batch 7";
    expect_success(segment + " --device cpu --out " + dir / "cpu.assign --scores " + dir / "cpu.scores");
    expect_success(segment + " --device cuda --precision fp32 --out " + dir / "cuda.assign --scores " + dir / "cuda.scores");
    Scores c = read_scores(dir / "cpu.scores"), g = read_scores(dir / "cuda.scores");
    ASSERT_EQ(g.s.size(), c.s.size());
    ASSERT_GT(c.s.size(), 100u);
    EXPECT_LE(max_rel_error(g.s, c.s), 1e-5);
    EXPECT_EQ(read_file(dir / "cuda.assign"), read_file(dir / "cpu.assign"));

    expect_success(segment + " --device cuda --precision bf16 --out " + dir / "bf16.assign --scores " + dir / "bf16.scores");
    Scores b = read_scores(dir / "bf16.scores");
    ASSERT_EQ(b.s.size(), c.s.size());
    EXPECT_LE(max_rel_error(b.s, c.s), 1e-2);
    EXPECT_NE(b.s, c.s) << "the bf16 run computed nothing in bf16";
    Assignment ac = read_assignment(dir / "cpu.assign"), ab = read_assignment(dir / "bf16.assign");
    ASSERT_EQ(ab.expert.size(), ac.expert.size());
    size_t same = 0;
    for (size_t i = 0; i < ac.expert.size(); i++) same += ab.expert[i] == ac.expert[i];
    EXPECT_GE(same, ac.expert.size() * 9 / 10) << same << " of " << ac.expert.size() << " sequences keep their expert";
}

// Evaluation in fp32 on the device: the CPU's numbers to 1e-4; in bf16: to 1e-2.
TEST(Infer, CudaEvaluationMatchesTheCpuInFp32AndIsCloseInBf16) {
    ScratchDir dir;
    two_small_models(dir);
    const std::string infer = BIN + "infer --routers " + dir / "routers" + " --experts '" + dir / "m{e}/model.ckpt" + "' --dense-batch " +
                              dir / "m0/model.ckpt" + " --seq-len 32 --prefix 8 --sweep 4,16 --max-sequences 24 --batch 5";
    expect_success(infer + " --device cpu --json " + dir / "cpu.json");
    expect_success(infer + " --device cuda --precision fp32 --json " + dir / "cuda.json");
    expect_same_numbers(read_file(dir / "cuda.json"), read_file(dir / "cpu.json"), 1e-4, "infer's JSON, CUDA against CPU");
    expect_success(infer + " --device cuda --precision bf16 --json " + dir / "bf16.json");
    expect_same_numbers(read_file(dir / "bf16.json"), read_file(dir / "cpu.json"), 1e-2, "infer's JSON, bf16 CUDA against CPU");

    // Greedy generation: the routers' prompt scores and the continuation (KV cache on the device).
    auto generated = [&](const std::string& device) {
        std::string out = expect_success(infer + " --device " + device + " --precision fp32 --prompt-ids 1,523,77,301 --temperature 0 --max-new-tokens 12");
        std::istringstream in(out);
        std::string line, kept;
        while (std::getline(in, line))
            if (line.compare(0, 6, "router") == 0 || line.compare(0, 7, "prompt:") == 0 || line.compare(0, 13, "continuation:") == 0)
                kept += line + "\n";
        return kept;
    };
    expect_same_numbers(generated("cuda"), generated("cpu"), 1e-4, "infer's generation, CUDA against CPU");
}

// train_router on a few sequences of data/default with three small routers.
const std::string ROUTERS = BIN + "train_router --layers 1 --heads 2 --channels 32 --seq-len 32 --prefix 8 --sequences 48 "
                                  "--batch 4 --probe 16 --experts 3 --lr 1e-2 --warmup 2";

TEST(TrainRouter, CudaRunMatchesTheCpuAndResumesExactly) {
    ScratchDir dir;
    expect_success(ROUTERS + " --device cpu --iterations 2 --out " + dir / "cpu");
    expect_success(ROUTERS + " --device cuda --precision fp32 --iterations 2 --out " + dir / "cuda");
    EXPECT_EQ(read_file(dir / "cuda/em_assignment.bin"), read_file(dir / "cpu/em_assignment.bin")) << "the EM step's assignment";
    for (int e = 0; e < 3; e++) {
        int step_c = 0, step_g = 0;
        std::vector<float> c, g;
        read_checkpoint(router_path(dir / "cpu", e), &step_c, &c);
        read_checkpoint(router_path(dir / "cuda", e), &step_g, &g);
        EXPECT_EQ(step_g, step_c);
        ASSERT_EQ(g.size(), c.size());
        EXPECT_LE(max_rel_error(g, c), 1e-4) << "router " << e;
    }
    // Stopped after one iteration and resumed on the device: the same routers, to the bit.
    expect_success(ROUTERS + " --device cuda --precision fp32 --iterations 1 --out " + dir / "parts");
    expect_success(ROUTERS + " --device cuda --precision fp32 --iterations 2 --resume --out " + dir / "parts");
    for (int e = 0; e < 3; e++) EXPECT_EQ(read_file(router_path(dir / "parts", e)), read_file(router_path(dir / "cuda", e))) << "router " << e;
}

// Router training in bf16: the routers after one EM iteration (4 steps each) close to the CPU's. AdamW
// moves a weight by about lr a step whatever its gradient's size, so where a gradient is near zero bf16
// may flip its sign: the weights part by up to ~2 lr a step (lr 1e-2 here), against the largest weight
// (~1). Measured with two iterations (8 steps): 0.054 to 0.063.
TEST(TrainRouter, CudaBf16RunIsCloseToTheCpu) {
    ScratchDir dir;
    const std::string routers = ROUTERS + " --iterations 1";
    expect_success(routers + " --device cpu --out " + dir / "cpu");
    expect_success(routers + " --device cuda --precision bf16 --out " + dir / "cuda");
    for (int e = 0; e < 3; e++) {
        int step_c = 0, step_g = 0;
        std::vector<float> c, g;
        read_checkpoint(router_path(dir / "cpu", e), &step_c, &c);
        read_checkpoint(router_path(dir / "cuda", e), &step_g, &g);
        ASSERT_EQ(g.size(), c.size());
        EXPECT_EQ(step_g, step_c);
        EXPECT_LE(max_rel_error(g, c), 0.1) << "router " << e;
        EXPECT_NE(g, c) << "router " << e << ": the bf16 run computed nothing in bf16";
    }
}

// dev/bench/gpu_crossover.sh --mini: the GPU crossover's every step (routers, segmentation, experts, both
// dense baselines, evaluation, seeds, the table and the fits) at a miniature size, with the programs'
// CUDA paths running on the emulator, so that the script a GPU session runs once has run before.
TEST(GpuCrossover, CudaMiniatureOnTheEmulatorWritesTheTablesAndFigures) {
    ScratchDir dir;
    RunResult r = run("BIN=build/emu OUT=" + dir / "out" + " bash dev/bench/gpu_crossover.sh --mini");
    ASSERT_EQ(r.code, 0) << r.output.substr(r.output.size() > 4000 ? r.output.size() - 4000 : 0);
    std::string summary = read_file(dir / "out/summary.md");
    EXPECT_NE(summary.find("- crossover: ok"), std::string::npos) << summary;
    EXPECT_NE(summary.find("- seeds: ok"), std::string::npos) << summary;
    EXPECT_NE(summary.find("E4_s2/expert_0.txt: "), std::string::npos) << summary;
    // Every program ran on the device, in fp32.
    std::string cmd = read_file(dir / "out/runs/E4_s2/expert_0.txt");
    EXPECT_EQ(cmd.rfind("+ build/emu/train_expert ", 0), 0u) << cmd.substr(0, 300);
    EXPECT_NE(cmd.find("--device cuda --precision fp32"), std::string::npos) << cmd.substr(0, 300);
    std::string md = read_file(dir / "out/crossover.md");
    EXPECT_NE(md.find("| 4 | 2 | "), std::string::npos) << md;
    // The seeds compare with the dense model of the same total FLOPs, and the seed changes the models:
    // seed 1's figures are not seed 0's.
    auto s0 = nlohmann::json::parse(read_file(dir / "out/runs/E4_s2/dense_flops.json"));
    auto s1 = nlohmann::json::parse(read_file(dir / "out/runs/E4_s2/seed_1/results_dense_flops.json"));
    EXPECT_NE(s0["mixture"]["ppl"].get<double>(), s1["mixture"]["ppl"].get<double>());
    EXPECT_NE(s0["dense_steps"]["ppl"].get<double>(), s1["dense_steps"]["ppl"].get<double>());
    std::string seeds = read_file(dir / "out/seeds.md");
    EXPECT_NE(seeds.find("the dense model of the same training FLOPs, routers counted"), std::string::npos) << seeds;
    EXPECT_NE(seeds.find("| 0 | "), std::string::npos) << seeds;
    EXPECT_NE(seeds.find("| 1 | "), std::string::npos) << seeds;
}
