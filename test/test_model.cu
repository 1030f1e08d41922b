// The whole model: the CPU path against PyTorch (dev/torch_reference.py, float64) — logits, loss,
// every gradient, 10 AdamW steps; the CUDA path against the CPU path; and train_expert as a user
// runs it: exact resume, and clear refusals of bad input.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "../common/model.h"
#include "helpers.h"

namespace {

const char* PYTHON = "/usr/bin/python3";  // Debian's, where python3-torch is installed

ModelConfig small_config() {
    ModelConfig c;
    c.V = 1000;  // not a multiple of anything: the padding must be ignored
    c.Vp = padded_vocab(c.V);
    c.max_T = 16;
    c.L = 2;
    c.H = 4;
    c.C = 32;  // head size 8, as the paper's router
    return c;
}

void random_batch(int B, int T, int V, uint64_t seed, std::vector<int>* in, std::vector<int>* tg) {
    Rng rng(seed);
    in->resize(B * T);
    tg->resize(B * T);
    for (int i = 0; i < B * T; i++) { (*in)[i] = (int)rng.below(V); (*tg)[i] = (int)rng.below(V); }
}

// Largest |a - b| over the largest |b|: a relative error that does not blow up near zero entries.
double rel_error(const float* a, const float* b, size_t n) {
    double max_diff = 0, max_ref = 1e-30;
    for (size_t i = 0; i < n; i++) {
        max_diff = std::max(max_diff, (double)std::fabs(a[i] - b[i]));
        max_ref = std::max(max_ref, (double)std::fabs(b[i]));
    }
    return max_diff / max_ref;
}

std::vector<float> to_host(const Model& m, const float* ptr, size_t n) {
    std::vector<float> h(n);
    copy_to_host(m, h.data(), ptr, n * sizeof(float));
    return h;
}

}  // namespace

TEST(Model, CpuMatchesPyTorch) {
    if (run(std::string(PYTHON) + " -c 'import torch'").code != 0)
        GTEST_SKIP() << "Debian's python3-torch is not installed ('make deps' installs it)";
    ScratchDir dir;
    const int B = 2, T = 16, STEPS = 10;
    ModelConfig cfg = small_config();
    Model m;
    model_create(m, cfg, CPU_FP32);
    model_init(m, 1234);
    model_allocate(m, B, T);
    model_save(m, dir / "m.ckpt", 0);
    std::vector<int> in, tg;
    random_batch(B, T, cfg.V, 7, &in, &tg);
    std::vector<int> batch = {B, T};
    batch.insert(batch.end(), in.begin(), in.end());
    batch.insert(batch.end(), tg.begin(), tg.end());
    write_file(dir / "batch.bin", std::string((const char*)batch.data(), batch.size() * 4));
    RunResult r = run(std::string(PYTHON) + " dev/torch_reference.py --ckpt " + dir / "m.ckpt" + " --batch " +
                      dir / "batch.bin" + " --out " + dir / "ref.bin" + " --steps 10 --lr 1e-3 --weight-decay 0.1 --clip 1.0");
    ASSERT_EQ(r.code, 0) << r.output;
    std::string ref = read_file(dir / "ref.bin");
    size_t n_logits = (size_t)B * T * cfg.Vp, P = (size_t)m.num_params;
    ASSERT_EQ(ref.size(), 4 * (n_logits + 1 + P + 1 + STEPS));
    const float* ref_logits = (const float*)ref.data();
    float ref_loss = ref_logits[n_logits];
    const float* ref_grads = ref_logits + n_logits + 1;
    const float* ref_losses = ref_grads + P + 1;

    float loss = model_forward(m, in.data(), tg.data(), B, T);
    std::vector<float> logits = to_host(m, m.a.logits, n_logits);
    EXPECT_LE(rel_error(logits.data(), ref_logits, n_logits), 1e-4);
    EXPECT_NEAR(loss, ref_loss, 1e-4 * ref_loss);
    EXPECT_GT(loss, 6.0f);  // about ln(1000) = 6.9 at initialisation: a sanity check of the setup
    model_zero_grad(m);
    model_backward(m, 1.0f / (B * T));
    std::vector<float> grads = to_host(m, m.grads, P);
    int64_t sizes[NUM_PARAM_TENSORS], offset = 0;
    param_sizes(cfg, sizes);
    for (int i = 0; i < NUM_PARAM_TENSORS; i++) {
        EXPECT_LE(rel_error(grads.data() + offset, ref_grads + offset, sizes[i]), 1e-4) << "gradient of " << PARAM_NAMES[i];
        offset += sizes[i];
    }

    AdamWConfig opt;  // beta2 0.99, weight decay 0.1, clip 1.0: as passed to the reference
    for (int step = 0; step < STEPS; step++) {
        model_zero_grad(m);
        float l = model_forward(m, in.data(), tg.data(), B, T);
        model_backward(m, 1.0f / (B * T));
        model_update(m, 1e-3f, opt, step + 1);
        EXPECT_NEAR(l, ref_losses[step], 1e-4 * ref_losses[step]) << "loss of AdamW step " << step + 1;
    }
    EXPECT_LT(ref_losses[STEPS - 1], ref_losses[0] - 0.1f) << "the 10 steps should visibly lower the loss";
    model_free(m);
}

TEST(Model, CudaMatchesCpu) {
    SKIP_WITHOUT_GPU();
    const int B = 3, T = 16;
    ModelConfig cfg = small_config();
    Model cpu, gpu;
    model_create(cpu, cfg, CPU_FP32);
    model_create(gpu, cfg, Device{true, Precision::FP32});
    model_init(cpu, 99);
    model_init(gpu, 99);
    model_allocate(cpu, B, T);
    model_allocate(gpu, B, T);
    std::vector<int> in, tg;
    random_batch(B, T, cfg.V, 3, &in, &tg);
    AdamWConfig opt;
    for (int step = 1; step <= 3; step++) {
        model_zero_grad(cpu);
        model_zero_grad(gpu);
        float lc = model_forward(cpu, in.data(), tg.data(), B, T);
        float lg = model_forward(gpu, in.data(), tg.data(), B, T);
        EXPECT_NEAR(lg, lc, 1e-5 * lc) << "step " << step;
        size_t n_logits = (size_t)B * T * cfg.Vp;
        EXPECT_LE(rel_error(to_host(gpu, gpu.a.logits, n_logits).data(), to_host(cpu, cpu.a.logits, n_logits).data(), n_logits), 1e-5);
        model_backward(cpu, 1.0f / (B * T));
        model_backward(gpu, 1.0f / (B * T));
        std::vector<float> gc = to_host(cpu, cpu.grads, cpu.num_params), gg = to_host(gpu, gpu.grads, gpu.num_params);
        int64_t sizes[NUM_PARAM_TENSORS], offset = 0;
        param_sizes(cfg, sizes);
        for (int i = 0; i < NUM_PARAM_TENSORS; i++) {
            EXPECT_LE(rel_error(gg.data() + offset, gc.data() + offset, sizes[i]), 1e-4) << "step " << step << ", gradient of " << PARAM_NAMES[i];
            offset += sizes[i];
        }
        model_update(cpu, 1e-3f, opt, step);
        model_update(gpu, 1e-3f, opt, step);
    }
    model_free(cpu);
    model_free(gpu);
}

// --precision bf16: five AdamW steps with bf16 activations, activation gradients and weight
// copy against the fp32 CPU model from the same initialisation: the loss within 1e-2 (the bar
// bf16 must meet), the logits and every parameter's gradient within bf16 tolerance (8 mantissa bits, ~4e-3 per
// rounding, through two layers and their backward), the parameters after each update close; and a
// second bf16 model gives the same bits (no atomics, fixed orders).
#ifdef __CUDACC__
void model_cuda_bf16_is_close_to_the_cpu() {
    const int B = 3, T = 16;
    ModelConfig cfg = small_config();
    Model cpu, gpu, again;
    model_create(cpu, cfg, CPU_FP32);
    model_create(gpu, cfg, Device{true, Precision::BF16});
    model_create(again, cfg, Device{true, Precision::BF16});
    ASSERT_TRUE(gpu.use_bf16 && again.use_bf16 && !cpu.use_bf16);
    for (Model* m : {&cpu, &gpu, &again}) {
        model_init(*m, 99);
        model_allocate(*m, B, T);
    }
    // HS 8 is a multiple of 8: bf16 attention runs as flash attention (padded to HS 16), no att kept.
    EXPECT_TRUE(gpu.flash_attention && !cpu.flash_attention);
    EXPECT_EQ(model_acts<bf16>(gpu).att, nullptr);
    std::vector<int> in, tg;
    random_batch(B, T, cfg.V, 3, &in, &tg);
    AdamWConfig opt;
    size_t n_logits = (size_t)B * T * cfg.Vp;
    for (int step = 1; step <= 5; step++) {
        SCOPED_TRACE("step " + std::to_string(step));
        for (Model* m : {&cpu, &gpu, &again}) model_zero_grad(*m);
        float lc = model_forward(cpu, in.data(), tg.data(), B, T);
        float lg = model_forward(gpu, in.data(), tg.data(), B, T);
        float la = model_forward(again, in.data(), tg.data(), B, T);
        EXPECT_NEAR(lg, lc, 1e-2 * lc);
        EXPECT_EQ(lg, la) << "two bf16 models differ";
        std::vector<bf16> logits16(n_logits);
        copy_to_host(gpu, logits16.data(), gpu.a16.logits, n_logits * sizeof(bf16));
        std::vector<float> logits = from_bf16(logits16), ref = to_host(cpu, cpu.a.logits, n_logits);
        EXPECT_LE(rel_error(logits.data(), ref.data(), n_logits), 2e-2) << "logits";
        for (Model* m : {&cpu, &gpu, &again}) model_backward(*m, 1.0f / (B * T));
        std::vector<float> gc = to_host(cpu, cpu.grads, cpu.num_params), gg = to_host(gpu, gpu.grads, gpu.num_params);
        EXPECT_EQ(gg, to_host(again, again.grads, again.num_params)) << "two bf16 models' gradients differ";
        int64_t sizes[NUM_PARAM_TENSORS], offset = 0;
        param_sizes(cfg, sizes);
        for (int i = 0; i < NUM_PARAM_TENSORS; i++) {
            // Measured on the emulator: 4e-3 to 1.2e-2 at step 1, up to 2.7e-2 at step 5 (the two models' parameters part).
            EXPECT_LE(rel_error(gg.data() + offset, gc.data() + offset, sizes[i]), 5e-2) << "gradient of " << PARAM_NAMES[i];
            offset += sizes[i];
        }
        const float lr = 1e-3f;
        for (Model* m : {&cpu, &gpu, &again}) model_update(*m, lr, opt, step);
        // AdamW moves a parameter by about lr a step whatever its gradient's size (m / sqrt(v)), so where a
        // gradient is near zero its sign may differ between the two models and the parameters part by up
        // to ~2 lr a step (step 1: exactly 2 lr for one such entry, against the largest |p|, a LayerNorm's 1).
        EXPECT_LE(rel_error(to_host(gpu, gpu.params, gpu.num_params).data(),
                            to_host(cpu, cpu.params, cpu.num_params).data(), cpu.num_params), 2.5 * lr * step)
            << "parameters after the update";
    }
    for (Model* m : {&cpu, &gpu, &again}) model_free(*m);
}
#endif
GPU_TEST(Model, CudaBf16IsCloseToTheCpuAndDeterministic, model_cuda_bf16_is_close_to_the_cpu)

// The fused classifier (model_forward with the loss scale, as train_expert and train_router call it)
// against the forward and the backward apart: the same loss and the same gradients to the bit, since
// the fused kernel changes no arithmetic; over two AdamW steps. And its misuses are refused.
static void model_fused_classifier_equals_forward_then_backward(bool cuda, bool bf16) {
    const int B = 2, T = 16;
    ModelConfig cfg = small_config();
    Model fused, apart;
    for (Model* m : {&fused, &apart}) {
        model_create(*m, cfg, Device{cuda, bf16 ? Precision::BF16 : Precision::FP32});
        model_init(*m, 7);
        model_allocate(*m, B, T);
    }
    std::vector<int> in, tg;
    random_batch(B, T, cfg.V, 9, &in, &tg);
    AdamWConfig opt;
    const float scale = 1.0f / (B * T);
    for (int step = 1; step <= 2; step++) {
        SCOPED_TRACE("step " + std::to_string(step));
        for (Model* m : {&fused, &apart}) model_zero_grad(*m);
        float lf = model_forward(fused, in.data(), tg.data(), B, T, scale);
        float la = model_forward(apart, in.data(), tg.data(), B, T);
        EXPECT_EQ(lf, la);
        model_backward(fused, scale);
        model_backward(apart, scale);
        EXPECT_TRUE(to_host(fused, fused.grads, fused.num_params) == to_host(apart, apart.grads, apart.num_params))
            << "the fused classifier's gradients differ";
        for (Model* m : {&fused, &apart}) model_update(*m, 1e-3f, opt, step);
    }
    model_forward(fused, in.data(), tg.data(), B, T, scale);
    EXPECT_THROW(model_backward(fused, 2 * scale), std::runtime_error);  // not the scale of the gradient it has
    EXPECT_THROW(model_forward(fused, in.data(), nullptr, B, T, scale), std::runtime_error);  // no targets
    for (Model* m : {&fused, &apart}) model_free(*m);
}

TEST(Model, FusedClassifierEqualsForwardThenBackward) { model_fused_classifier_equals_forward_then_backward(false, false); }
GPU_TEST(Model, CudaFusedClassifierEqualsForwardThenBackward, [] { model_fused_classifier_equals_forward_then_backward(true, false); })
GPU_TEST(Model, CudaBf16FusedClassifierEqualsForwardThenBackward, [] { model_fused_classifier_equals_forward_then_backward(true, true); })

TEST(Model, CpuRunsAreBitIdentical) {
    const int B = 2, T = 16;
    ModelConfig cfg = small_config();
    std::vector<int> in, tg;
    random_batch(B, T, cfg.V, 5, &in, &tg);
    std::vector<float> first;
    for (int run_index = 0; run_index < 2; run_index++) {
        Model m;
        model_create(m, cfg, CPU_FP32);
        model_init(m, 1);
        model_allocate(m, B, T);
        AdamWConfig opt;
        for (int step = 1; step <= 3; step++) {
            model_zero_grad(m);
            model_forward(m, in.data(), tg.data(), B, T);
            model_backward(m, 1.0f / (B * T));
            model_update(m, 1e-3f, opt, step);
        }
        std::vector<float> params = to_host(m, m.params, m.num_params);
        if (run_index == 0) first = params;
        else EXPECT_TRUE(first == params) << "two identical CPU runs gave different parameters";
        model_free(m);
    }
}

// ----------------------------------------------------------------------------
// train_expert as a user runs it (CPU, a very small model on the default data)

namespace {

const std::string TRAIN = "./train_expert --device cpu --layers 1 --heads 2 --channels 32 --seq-len 32 --batch 2 "
                          "--val-batches 2 --sample-every 0 --lr 3e-3 --warmup 2";

// The "step N loss X" fields of a log, as text: exact comparison.
std::vector<std::string> logged_losses(const std::string& log) {
    std::vector<std::string> out;
    std::istringstream in(log);
    std::string line;
    while (std::getline(in, line))
        if (line.compare(0, 5, "step ") == 0) out.push_back(line.substr(0, line.find(" lr ")));
    return out;
}

}  // namespace

TEST(TrainExpert, ResumeGivesExactlyTheLossesOfAnUninterruptedRun) {
    ScratchDir dir;
    RunResult whole = run(TRAIN + " --steps 8 --out " + dir / "whole");
    ASSERT_EQ(whole.code, 0) << whole.output;
    RunResult first = run(TRAIN + " --steps 8 --stop-at 3 --out " + dir / "parts");
    ASSERT_EQ(first.code, 0) << first.output;
    RunResult rest = run(TRAIN + " --steps 8 --resume --out " + dir / "parts");
    ASSERT_EQ(rest.code, 0) << rest.output;
    std::vector<std::string> a = logged_losses(read_file(dir / "whole/log.txt"));
    std::vector<std::string> b = logged_losses(read_file(dir / "parts/log.txt"));
    ASSERT_EQ(a.size(), 8u);
    EXPECT_EQ(a, b);
    EXPECT_EQ(read_file(dir / "whole/model.ckpt"), read_file(dir / "parts/model.ckpt"));
}

// --profile times each operation of the training steps without touching their arithmetic: the same
// checkpoint to the byte; one row per operation the model runs, with as many calls per step as the
// architecture has (4 matmuls per layer and the classifier's; L attention forwards and backwards; AdamW
// once per parameter tensor, each holding every layer's: 15); and the rows add up to the step.
TEST(TrainExpert, ProfileAccountsForTheWholeStepAndChangesNothing) {
    ScratchDir dir;
    const std::string args = " --layers 2 --steps 4 --val-every 0 --sample-every 0 --out ";
    RunResult plain = run(TRAIN + args + dir / "plain");
    ASSERT_EQ(plain.code, 0) << plain.output;
    RunResult prof = run(TRAIN + args + dir / "prof" + " --profile");
    ASSERT_EQ(prof.code, 0) << prof.output;
    EXPECT_EQ(read_file(dir / "plain/model.ckpt"), read_file(dir / "prof/model.ckpt"));
    size_t at = prof.output.find("profile of 3 steps");
    ASSERT_NE(at, std::string::npos) << prof.output;
    std::istringstream in(prof.output.substr(at));
    std::string line;
    std::map<std::string, double> calls, ms;
    while (std::getline(in, line)) {
        std::istringstream f(line);
        std::string op;
        double a = 0, b = 0;
        f >> op;
        if (op == "other") { ms[op] = std::stod(line.substr(line.find(')') + 1)); continue; }
        if (op == "step") { f >> b; ms[op] = b; continue; }
        if (f >> a >> b) calls[op] = a, ms[op] = b;
    }
    const int L = 2;
    EXPECT_EQ(calls["matmul_forward"], 4 * L + 1) << prof.output.substr(at);
    EXPECT_EQ(calls["matmul_backward"], 4 * L + 1);
    EXPECT_EQ(calls["attention_forward"], L);
    EXPECT_EQ(calls["attention_backward"], L);
    EXPECT_EQ(calls["layernorm_backward"], 2 * L + 1);
    EXPECT_EQ(calls["adamw_update"], 15);
    EXPECT_EQ(calls["global_norm"], 1);
    double sum = 0;
    for (auto& [op, t] : ms) if (op != "step") sum += t;
    EXPECT_NEAR(sum, ms["step"], 0.01 * (double)ms.size()) << prof.output.substr(at);  // each row rounded to 0.01 ms
    EXPECT_GT(ms["step"], 0);
    // one step: nothing to profile (the first is left out), said so
    RunResult one = run(TRAIN + " --steps 1 --val-every 0 --sample-every 0 --profile --out " + dir / "one");
    ASSERT_EQ(one.code, 0) << one.output;
    EXPECT_NE(one.output.find("profile: nothing to show, only one step ran"), std::string::npos) << one.output;
}

TEST(TrainExpert, LearnsOnTheDefaultData) {
    // Eight sequences of real text, seen again and again: a model that learns must memorise them, taking the
    // loss from ln(8192) = 9.01 far below the data's unigram entropy (6.9 nats); one that learned only token
    // frequencies, or nothing, fails.
    ScratchDir dir;
    write_token_slice("data/default/corpus_train.bin", 1000, 8 * 32 + 1, dir / "few.bin");
    RunResult r = run(TRAIN + " --train " + dir / "few.bin" + " --val \"\" --batch 8 --steps 150 --lr 1e-2 --warmup 10 --out " + dir / "o");
    ASSERT_EQ(r.code, 0) << r.output;
    std::vector<std::string> losses = logged_losses(read_file(dir / "o/log.txt"));
    ASSERT_EQ(losses.size(), 150u);
    auto loss_at = [&](size_t i) { return std::stof(losses[i].substr(losses[i].find("loss ") + 5)); };
    EXPECT_GT(loss_at(0), 8.8f);
    EXPECT_LT(loss_at(149), 3.0f);
}

TEST(TrainExpert, RefusesBadInputClearly) {
    ScratchDir dir;
    // a checkpoint with another vocabulary and a short maximum length
    Model m;
    model_create(m, small_config(), CPU_FP32);
    model_init(m, 1);
    model_save(m, dir / "v1000.ckpt", 0);
    model_free(m);
    // an assignment made for another token file
    Assignment a;
    a.S = 32; a.E = 2; a.M = 8; a.token_count = 33 * 4; a.expert.assign(num_sequences(a.token_count, 32), 0);
    write_assignment(dir / "other.assign", a);

    struct Case { std::string args, expected; };
    std::vector<Case> cases = {
        {"--train data/default/corpus_train_labels.bin", "is in the labels file format, but the token file format"},
        {"--train " + dir / "missing.bin", "missing.bin: cannot open"},
        {"--init " + dir / "v1000.ckpt", "has a vocabulary of 1000 but data/default/corpus_train.bin has 8192"},
        {"--assign " + dir / "other.assign" + " --expert 0", "made for a token file of 132 tokens"},
        {"--assign " + dir / "other.assign", "--assign needs --expert"},
        {"--batch 100000 --seq-len 4096 --val \"\"", "lower --batch or --seq-len"},
        {"--total-batch 100", "not a multiple of batch x seq-len"},
        {"--model huge", "unknown model preset 'huge'"},
        {"--device tpu", "--device must be auto, cpu or cuda"},
        {"--steps 5 --lr 1e30 --warmup 0 --clip 0", "the loss is"},
        {"--steps -5", "--steps -5: must be at least 1"},
        {"--lr 0", "--lr 0: must be positive"},
        {"--beta2 1", "--beta2 1: must be in [0, 1)"},
        {"--val-batches 0", "--val-batches 0: must be at least 1"},
    };
    for (const Case& c : cases) expect_refused(TRAIN + " --steps 2 --out " + dir / "o " + c.args, c.expected);
    // S longer than the checkpoint's maximum (16), with matching vocabulary: made from the default data
    RunResult made = run(TRAIN + " --steps 1 --seq-len 16 --out " + dir / "s16");
    ASSERT_EQ(made.code, 0) << made.output;
    RunResult r = run(TRAIN + " --steps 1 --seq-len 32 --init " + dir / "s16/model.ckpt" + " --out " + dir / "o2");
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.output.find("--seq-len 32 is longer than"), std::string::npos) << r.output;
    r = run("./train_expert --help");
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.output.find("--assign FILE"), std::string::npos);
}
