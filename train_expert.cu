// train_expert — trains one language model on a token file: an expert on its segment
// (--assign FILE --expert E) or, without an assignment, the dense baseline on every sequence.
//
//   make && ./train_expert          # a tiny model on data/default, on the GPU if there is one
//   ./train_expert --help
//
// Reads top to bottom: flags, data, model, then the loop (micro-batches with gradient accumulation,
// clipping and AdamW, validation, samples, checkpoints). Runs on CUDA or on the CPU with the same
// model code (common/model.h). Writes OUT/model.ckpt, OUT/optimizer.bin (for --resume) and OUT/log.txt.
//
// Data-parallel when launched as several ranks (mpirun -np 4 ./train_expert ..., or srun): each rank
// reads its slice of every global batch and the gradients are summed over ranks (common/dist.h);
// --total-batch, not the rank count, defines the run. Rank 0 prints, logs and writes the files.

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "common/dataloader.h"  // DataLoader: shuffled sequences, one expert's share
#include "common/dist.h"        // Dist: ranks, gradient sums over MPI / NCCL, ZeRO-1
#include "common/checkpoint.h"  // model.ckpt and optimizer.bin committed as one, log trimming on resume
#include "common/files.h"       // TokenFile, Assignment, checkpoints, optimizer state
#include "common/flags.h"       // Flags: --help and parsing from one table
#include "common/kvcache.h"     // Generator, sample_token: samples with a KV cache
#include "common/model.h"       // Model: forward, backward, update on CPU or CUDA
#include "common/vocab.h"       // Vocab: ids -> text for samples

// Dense bf16 tensor-core peak of the GPUs we know, for the MFU figure: the convention of llm.c and of
// dev/bench/torch_gpu.py, so that our MFU and PyTorch's compare directly whatever precision each runs in.
static double peak_flops(bool cuda) {
#ifdef __CUDACC__
    if (cuda) {
        cudaDeviceProp prop;
        CUDA_CHECK(cudaGetDeviceProperties(&prop, 0));
        std::string name = prop.name;
        if (name.find("H100") != std::string::npos || name.find("H200") != std::string::npos) return 989e12;
        if (name.find("A100") != std::string::npos) return 312e12;
    }
#endif
    (void)cuda;
    return 0;
}

// On the CPU, MFU is taken against what this machine's cores reach in a GEMM, measured at the start: our
// own sgemm (kernels/matmul.cuh, the one the model runs) on 1024 x 1024 x 1024. The figure then says how
// much of the GEMM speed the whole step keeps (small shapes, attention, the element-wise kernels and
// AdamW are where the rest goes). One untimed call first (the OpenMP threads start, the pages are
// touched), then the fastest of the calls in half a second: anything else running only slows a call
// down, so the fastest is the machine's own figure. (Three calls, the first one cold, read anywhere
// from 54 % to 117 % for the same run.)
static double cpu_gemm_peak() {
    const int n = 1024;
    std::vector<float> a((size_t)n * n, 0.5f), b((size_t)n * n, 0.25f), c((size_t)n * n);
    matmul_forward_cpu(c.data(), a.data(), b.data(), nullptr, n, n, n);
    double best = 0, start = now_seconds();
    for (int r = 0; r < 5 || now_seconds() - start < 0.5; r++) {
        double t0 = now_seconds();
        matmul_forward_cpu(c.data(), a.data(), b.data(), nullptr, n, n, n);
        best = std::max(best, 2.0 * n * n * n / std::max(now_seconds() - t0, 1e-9));
    }
    return best;
}

// --profile: the time of the profiled steps by operation (common/model.h, CpuProfile), and the matmuls'
// rate: the model's matmul FLOPs (2 per multiply-add forward, twice that backward) over their time.
static void print_profile(const ModelConfig& c, int64_t tokens_per_step, double flops_step, int steps, double step_seconds,
                          double peak) {
    const CpuProfile& prof = cpu_profile();
    printf("\nprofile of %d steps (--profile; the first step left out): wall-clock time per step, by operation\n", steps);
    printf("%-30s %10s %10s %7s\n", "operation", "calls/step", "ms/step", "share");
    double kernels = 0, matmul = 0;
    for (const CpuProfile::Op& op : prof.ops) {
        printf("%-30s %10.1f %10.2f %6.1f%%\n", op.name.c_str(), (double)op.calls / steps, 1000 * op.seconds / steps,
               100 * op.seconds / step_seconds);
        kernels += op.seconds;
        if (op.name.rfind("matmul_", 0) == 0) matmul += op.seconds;
    }
    printf("%-30s %10s %10.2f %6.1f%%\n", "other (data, copies, loss sum)", "", 1000 * (step_seconds - kernels) / steps,
           100 * (step_seconds - kernels) / step_seconds);
    printf("%-30s %10s %10.2f %6.1f%%\n", "step", "", 1000 * step_seconds / steps, 100.0);
    double matmul_flops = 3 * 2.0 * (double)tokens_per_step * (12.0 * c.L * c.C * c.C + (double)c.C * c.Vp) * steps;
    printf("the matmuls: %.1f GFLOP/s, %.0f%% of the GEMM peak (%.1f GFLOP/s); the whole step: %.1f GFLOP/s, %.0f%%\n",
           matmul_flops / matmul / 1e9, 100 * matmul_flops / matmul / peak, peak / 1e9,
           flops_step * steps / step_seconds / 1e9, 100 * flops_step * steps / step_seconds / peak);
}

// A few tokens from BOS, with the KV cache of infer (common/kvcache.h): a glimpse of what the model learned.
static std::string generate(const Model& model, const Vocab& vocab, int bos, int n, uint64_t seed) {
    Generator g;
    generator_init(g, model);
    Rng rng(seed);
    std::vector<int> ids;
    std::string text;
    int token = bos;
    for (int i = 0; i < n && i + 1 < model.cfg.max_T; i++) {
        token = sample_token(generator_step(g, token), model.cfg.V, 0.8f, 40, 0.95f, rng);
        if (token == bos) {  // the model starts a new document: show it as a line break and go on
            text += vocab.decode(ids) + "\n";
            ids.clear();
        } else {
            ids.push_back(token);
        }
    }
    return text + vocab.decode(ids);
}

// The mean loss of the first `batches` global batches (world x B sequences) of the val file, each rank
// computing its slice of each; the sum is taken in file order, as one process would.
static float evaluate(Model& model, DataLoader& val, int B, int batches, std::vector<int>& in, std::vector<int>& tg,
                      Dist& dist) {
    val.seek(0, 0);
    std::vector<double> losses((size_t)batches * dist.world, 0.0);
    for (int i = 0; i < batches; i++) {
        val.skip((int64_t)dist.rank * B);
        val.next_batch(B, in.data(), tg.data());
        losses[(size_t)i * dist.world + dist.rank] = model_forward(model, in.data(), tg.data(), B, val.S);
        val.skip((int64_t)(dist.world - 1 - dist.rank) * B);
    }
    dist_sum(dist, losses.data(), losses.size());
    double sum = 0;
    for (double l : losses) sum += l;
    return (float)(sum / losses.size());
}

static std::string folder_of(const std::string& path) {
    size_t slash = path.rfind('/');
    return slash == std::string::npos ? "." : path.substr(0, slash);
}

int main(int argc, char** argv) {
    Dist dist;
    const bool first_run = argc == 1;  // `./train_expert` alone: end by saying what to try next
    try {
        // ---- flags
        std::string train_path = "data/default/corpus_train.bin", val_path = "data/default/corpus_val.bin";
        std::string assign_path, out_dir, preset = "tiny", init_path, vocab_path, device = "auto", precision = "auto", schedule = "cosine";
        int expert = -1, L = 0, H = 0, C = 0, S = 256, B = 8, steps = 400, warmup = 20;
        int val_every = 50, val_batches = 8, ckpt_every = 0, sample_every = 100, sample_tokens = 64, stop_at = 0;
        int64_t total_batch = 0, token_budget = 0, seed = 0;
        double lr = 4e-3, min_lr_frac = 0.1, weight_decay = 0.1, clip = 1.0, beta2 = 0.99;
        bool resume = false, zero = false, distributed = false, profile = false;
        Flags fl("./train_expert", "[options]",
                 "Trains one language model on a token file: the dense baseline on every sequence, or, with\n"
                 "--assign FILE --expert E, expert E on its segment. Without arguments: a tiny model on data/default.");
        fl.add("train", &train_path, "FILE", "training token file");
        fl.add("val", &val_path, "FILE", "validation token file (\"\" = none)");
        fl.add("assign", &assign_path, "FILE", "assignment file from segment: train only on expert --expert's sequences");
        fl.add("expert", &expert, "E", "the expert to train (with --assign)");
        fl.add("out", &out_dir, "DIR", "output folder for model.ckpt, optimizer.bin, log.txt (default out/dense or out/expert_E)");
        fl.add("model", &preset, "NAME", "size preset: tiny, small, router-4m, gpt2-124m, expert-335m, expert-1.3b");
        fl.add("layers", &L, "L", "override the preset's layers");
        fl.add("heads", &H, "H", "override the preset's heads");
        fl.add("channels", &C, "C", "override the preset's channels");
        fl.add("init", &init_path, "FILE", "start from this checkpoint's weights (shape from the checkpoint)");
        fl.add("seq-len", &S, "S", "sequence length");
        fl.add("batch", &B, "B", "micro-batch of each rank, in sequences");
        fl.add("total-batch", &total_batch, "TOKENS", "tokens per optimizer step over all ranks, a multiple of ranks x batch x seq-len "
                                                      "(0 = one micro-batch per rank)");
        fl.add("steps", &steps, "N", "optimizer steps");
        fl.add("tokens", &token_budget, "N", "train on this many tokens instead (sets --steps)");
        fl.add("lr", &lr, "F", "peak learning rate");
        fl.add("warmup", &warmup, "N", "linear warm-up steps");
        fl.add("schedule", &schedule, "NAME", "after warm-up: cosine (to lr x min-lr-frac at the last step) or constant");
        fl.add("min-lr-frac", &min_lr_frac, "F", "final learning rate as a fraction of the peak (cosine)");
        fl.add("weight-decay", &weight_decay, "F", "AdamW weight decay (matrices only)");
        fl.add("beta2", &beta2, "F", "AdamW beta2 (beta1 is 0.9)");
        fl.add("clip", &clip, "F", "clip the global gradient norm to this (0 = off)");
        fl.add("seed", &seed, "N", "seed of the initialisation and the data order");
        fl.add("val-every", &val_every, "N", "evaluate every N steps (0 = only at the end)");
        fl.add("val-batches", &val_batches, "N", "batches of ranks x batch sequences per evaluation (the first ones of the val file)");
        fl.add("ckpt-every", &ckpt_every, "N", "write a checkpoint every N steps (0 = only at the end)");
        fl.add("sample-every", &sample_every, "N", "print a generated sample every N steps (0 = never)");
        fl.add("sample-tokens", &sample_tokens, "N", "tokens per sample");
        fl.add("vocab", &vocab_path, "FILE", "tokenizer .vocab for samples (default: tokenizer.vocab beside --train)");
        fl.add("resume", &resume, "continue the run in --out from its last checkpoint, exactly");
        fl.add("stop-at", &stop_at, "N", "checkpoint and stop after step N, as if interrupted (for job time limits)");
        fl.add("device", &device, "NAME", DEVICE_HELP);
        fl.add("precision", &precision, "NAME", PRECISION_HELP);
        fl.add("zero", &zero, "with several ranks: shard AdamW's moments over them (ZeRO stage 1)");
        fl.add("distributed", &distributed, "use MPI (and NCCL on CUDA) even as a single process, to test that path");
        fl.add("profile", &profile, "on the CPU: time every operation of the training steps and print where the time went");
        if (!fl.parse(argc, argv)) return 0;
        dist_init(dist, distributed);
        bool talk = dist.root();  // rank 0 prints, logs and writes the files
        if (!assign_path.empty() && expert < 0) fail("--assign needs --expert E (which expert to train)");
        if (assign_path.empty() && expert >= 0) fail("--expert needs --assign FILE (the assignment from segment)");
        if (out_dir.empty()) out_dir = expert >= 0 ? "out/expert_" + std::to_string(expert) : "out/dense";
        if (schedule != "cosine" && schedule != "constant") fail("--schedule must be cosine or constant, not '%s'", schedule.c_str());
        check_flag(S >= 1, "seq-len", S, "at least 1");
        check_flag(B >= 1, "batch", B, "at least 1");
        check_flag(steps >= 1, "steps", steps, "at least 1");
        check_training_flags(lr, warmup, weight_decay, clip, L, H, C);
        check_flag(total_batch >= 0, "total-batch", total_batch, ">= 0 (0: one micro-batch per rank)");
        check_flag(token_budget >= 0, "tokens", token_budget, ">= 0 (0: use --steps)");
        check_flag(min_lr_frac >= 0 && min_lr_frac <= 1, "min-lr-frac", min_lr_frac, "in [0, 1]");
        check_flag(beta2 >= 0 && beta2 < 1, "beta2", beta2, "in [0, 1)");
        check_flag(val_every >= 0, "val-every", val_every, ">= 0 (0: only at the end)");
        check_flag(val_batches >= 1, "val-batches", val_batches, "at least 1");
        check_flag(ckpt_every >= 0, "ckpt-every", ckpt_every, ">= 0 (0: only at the end)");
        check_flag(sample_every >= 0, "sample-every", sample_every, ">= 0 (0: never)");
        check_flag(sample_tokens >= 1, "sample-tokens", sample_tokens, "at least 1");
        check_flag(stop_at >= 0, "stop-at", stop_at, ">= 0 (0: run to --steps)");
        int64_t micro_tokens = (int64_t)B * S;
        if (total_batch == 0) total_batch = micro_tokens * dist.world;
        if (total_batch % (micro_tokens * dist.world) != 0 && dist.world == 1)
            fail("--total-batch %lld is not a multiple of batch x seq-len = %lld", (long long)total_batch, (long long)micro_tokens);
        if (total_batch % (micro_tokens * dist.world) != 0)
            fail("--total-batch %lld is not a multiple of ranks x batch x seq-len = %d x %d x %d: each of the %d ranks must "
                 "get whole micro-batches", (long long)total_batch, dist.world, B, S, dist.world);
        int accum = (int)(total_batch / (micro_tokens * dist.world));  // micro-batches per rank and step
        int64_t rank_sequences = (int64_t)accum * B;                   // this rank's slice of each global batch
        if (token_budget > 0) steps = (int)std::max<int64_t>(1, token_budget / total_batch);

        // ---- data
        TokenFile train(train_path);
        Assignment assign;
        if (!assign_path.empty()) assign = read_assignment(assign_path);
        DataLoader loader;
        loader.init(train, S, (uint64_t)seed, true, assign_path.empty() ? nullptr : &assign, assign_path, expert);
        std::unique_ptr<TokenFile> val;
        DataLoader val_loader;
        if (!val_path.empty()) {
            val = std::make_unique<TokenFile>(val_path);
            if (val->vocab != train.vocab)
                fail("%s has a vocabulary of %d but %s has %d: encode both with the same tokenizer", val_path.c_str(),
                     val->vocab, train_path.c_str(), train.vocab);
            val_loader.init(*val, S, 0, false);
            val_batches = (int)std::min<int64_t>(val_batches, val_loader.size() / ((int64_t)B * dist.world));
            if (val_batches < 1)
                fail("%s: fewer than ranks x --batch = %d x %d sequences of %d tokens for validation", val_path.c_str(),
                     dist.world, B, S);
        }
        Vocab vocab;
        if (vocab_path.empty()) vocab_path = folder_of(train_path) + "/tokenizer.vocab";
        bool have_vocab = sample_every > 0 && access(vocab_path.c_str(), R_OK) == 0;
        if (have_vocab) vocab.load(vocab_path);

        // ---- model
        Device dev = dist_choose_device(dist, device, precision);
        if (profile && dev.cuda)
            fail("--profile times the CPU path's operations; on a GPU, profile with Nsight Systems (nsys profile ./train_expert ...) "
                 "or add --device cpu");
        Model model;
        int step = 0;
        std::string ckpt_path = out_dir + "/model.ckpt", opt_path = out_dir + "/optimizer.bin", log_path = out_dir + "/log.txt";
        std::string start_from = resume ? ckpt_path : init_path;
        int committed_step = -1;  // --resume: the step of the last committed checkpoint (common/files.h)
        if (resume) {
            if (talk) committed_step = checkpoint_recover(out_dir).step;
            dist_barrier(dist);  // the other ranks read the files only once rank 0 has finished installing them
        }
        if (!start_from.empty()) {
            int ckpt_step = 0;
            model_load(model, start_from, dev, &ckpt_step);
            if (resume) step = ckpt_step;
            if (resume && talk) check_checkpoint_step(ckpt_path, step, out_dir, committed_step);
            if (model.cfg.V != train.vocab)
                fail("%s has a vocabulary of %d but %s has %d: the model and the data must share a tokenizer",
                     start_from.c_str(), model.cfg.V, train_path.c_str(), train.vocab);
            if (S > model.cfg.max_T)
                fail("--seq-len %d is longer than %s's maximum sequence length %d", S, start_from.c_str(), model.cfg.max_T);
        } else {
            model_create(model, preset_config(preset, train.vocab, S, L, H, C), dev);
            model_init(model, (uint64_t)seed);
        }
        model_allocate(model, B, S);
        if (zero && dist.active) dist_shard_optimizer(dist, model);
        if (resume) {
            OptimizerState st = read_optimizer_state(opt_path, model.num_params);
            if (st.step != step)
                fail("%s is at step %d but %s at step %d: these files are not one checkpoint (changed by hand?); start "
                     "again without --resume", opt_path.c_str(), st.step, ckpt_path.c_str(), step);
            if (st.position > (int64_t)loader.size())
                fail("%s: data position %lld is beyond the %lld sequences of this run's data: the state of a run on "
                     "other data (--train, --assign, --expert, --seq-len must be the run's own)", opt_path.c_str(),
                     (long long)st.position, (long long)loader.size());
            model_load_moments(model, st.m, st.v);
            loader.seek(st.epoch, st.position);
            if (step >= steps) fail("%s is already at step %d of --steps %d: nothing to resume", ckpt_path.c_str(), step, steps);
        }
        FILE* log = nullptr;
        if (talk) {
            make_dirs(out_dir);
            if (!resume) checkpoint_forget(out_dir);  // a fresh run: the folder's previous run is no longer resumable
            if (resume) trim_log_after(log_path, "step", step);
            log = fopen(log_path.c_str(), resume ? "a" : "w");
            if (!log) fail("%s: cannot open for writing (%s)", log_path.c_str(), strerror(errno));
        }

        const ModelConfig& c = model.cfg;
        double flops_step = flops_per_token(c, S) * total_batch, peak = peak_flops(dev.cuda) * dist.world;
        if (!dev.cuda && talk) peak = cpu_gemm_peak() * dist.world;
        if (talk) {
            printf("train_expert: %s on %s | %s sequences of %d tokens%s\n", device_label(dev).c_str(),
                   train_path.c_str(), human((double)loader.size()).c_str(), S,
                   expert >= 0 ? (" (expert " + std::to_string(expert) + " of " + assign_path + ")").c_str() : " (dense: all sequences)");
            printf("model: L %d, H %d, C %d, V %d (padded %d): %s parameters | batch %lld tokens (%d x %d x %d accumulated%s)\n",
                   c.L, c.H, c.C, c.V, c.Vp, human((double)model.num_params).c_str(), (long long)total_batch, B, S, accum,
                   dist.active ? (" x " + std::to_string(dist.world) + " ranks" + (zero ? ", ZeRO-1" : "") +
                                  (dist.nccl ? ", NCCL" : dist.mpi ? ", MPI" : "")).c_str() : "");
            printf("steps %d, lr %g (%d warm-up, %s), weight decay %g, clip %g | out: %s%s\n", steps, lr, warmup,
                   schedule.c_str(), weight_decay, clip, out_dir.c_str(), resume ? (" | resumed at step " + std::to_string(step)).c_str() : "");
            if (!dev.cuda) printf("CPU GEMM peak: %.1f GFLOP/s (our sgemm on 1024^3, measured now): each step's \"%% of GEMM\" is against it\n", peak / 1e9);
        }

        // ---- train
        Schedule sched{lr, min_lr_frac, warmup, steps, schedule == "cosine"};
        AdamWConfig opt;
        opt.beta2 = (float)beta2;
        opt.weight_decay = (float)weight_decay;
        opt.clip = (float)clip;
        std::vector<int> inputs(micro_tokens), targets(micro_tokens);
        auto save = [&](int at_step) {  // every rank takes part (the moments may be sharded); rank 0 writes
            dist_check_replicas(dist, model, at_step);
            OptimizerState st;
            st.step = at_step;
            st.epoch = loader.epoch;
            st.position = loader.position;
            dist_gather_moments(dist, model, st.m, st.v);
            if (!talk) return;
            // One unit: both files staged, then committed together (common/files.h, "checkpoints of several files").
            model_save(model, checkpoint_staged_path(out_dir, "model.ckpt", at_step), at_step);
            write_optimizer_state(checkpoint_staged_path(out_dir, "optimizer.bin", at_step), st);
            checkpoint_commit(out_dir, at_step, {"model.ckpt", "optimizer.bin"});
        };
        float val_loss = NAN;
        const int first_step = step;  // --profile leaves out the first step (threads starting, pages touched)
        int profiled_steps = 0;
        double profiled_seconds = 0;
        while (step < steps) {
            cpu_profile().on = profile && step > first_step;
            double t0 = now_seconds();
            model_zero_grad(model);
            double loss = 0;
            loader.skip(dist.rank * rank_sequences);  // the slices of the ranks before this one
            for (int micro = 0; micro < accum; micro++) {
                loader.next_batch(B, inputs.data(), targets.data());
                // The ranks' sum is the mean over the global batch; the forward's fused classifier already
                // computes the logits' gradient for it.
                float scale = 1.0f / (float)total_batch;
                loss += model_forward(model, inputs.data(), targets.data(), B, S, scale) / accum;
                model_backward(model, scale);
            }
            loader.skip((dist.world - 1 - dist.rank) * rank_sequences);
            loss /= dist.world;
            dist_sum(dist, &loss, 1);
            float lr_now = (float)sched.at(step + 1);
            float norm = dist_update(dist, model, lr_now, opt, step + 1);
            model_sync(model);
            double dt = now_seconds() - t0;
            if (cpu_profile().on) profiled_steps++, profiled_seconds += dt;
            cpu_profile().on = false;  // evaluation and samples are not the step
            if (!std::isfinite(loss) || !std::isfinite(norm))
                fail("step %d: the loss is %g and the gradient norm %g; stopping. The last checkpoint (%s) is intact; "
                     "lower --lr or lengthen --warmup", step + 1, loss, norm,
                     access(ckpt_path.c_str(), R_OK) == 0 ? ckpt_path.c_str() : "none written yet");
            step++;
            double tok_s = total_batch / dt, achieved = flops_step / dt;
            if (talk) {
                fprintf(log, "step %d loss %.6f lr %.6e norm %.4f ms %.1f tok/s %.0f mfu %.4f\n", step, loss, lr_now, norm,
                        1000 * dt, tok_s, peak > 0 ? achieved / peak : 0.0);
                printf("step %5d/%d | loss %.4f | lr %.2e | norm %6.3f | %7.1f ms | %8.0f tok/s | ", step, steps, loss,
                       lr_now, norm, 1000 * dt, tok_s);
                if (dev.cuda && peak > 0) printf("MFU %.1f%%\n", 100 * achieved / peak);
                else if (peak > 0) printf("%.1f GFLOP/s, %.0f%% of GEMM\n", achieved / 1e9, 100 * achieved / peak);
                else printf("%.1f GFLOP/s\n", achieved / 1e9);
            }

            bool last = step == steps;
            if (val && ((val_every > 0 && step % val_every == 0) || last)) {
                val_loss = evaluate(model, val_loader, B, val_batches, inputs, targets, dist);
                if (talk) {
                    fprintf(log, "val step %d loss %.6f\n", step, val_loss);
                    printf("val   %5d | loss %.4f (%d x %d sequences of %s)\n", step, val_loss, val_batches, B * dist.world,
                           val_path.c_str());
                }
            }
            if (talk && have_vocab && (step % sample_every == 0 || last))
                printf("sample %4d | %s\n", step, generate(model, vocab, train.bos, sample_tokens, (uint64_t)seed + step).c_str());
            if (talk) fflush(log);
            fflush(stdout);
            if ((ckpt_every > 0 && step % ckpt_every == 0) || last || step == stop_at) save(step);
            if (step == stop_at) {
                if (talk) printf("stopped at step %d of %d as asked: continue with --resume\n", step, steps);
                break;
            }
        }
        if (talk) {
            fclose(log);
            printf("done: checkpoint %s (step %d), optimizer state %s, log %s\n", ckpt_path.c_str(), step,
                   opt_path.c_str(), log_path.c_str());
            if (profile && profiled_steps > 0)  // one rank's figures: its share of the batch against one rank's peak
                print_profile(model.cfg, micro_tokens * accum, flops_step / dist.world, profiled_steps, profiled_seconds,
                              peak / dist.world);
            else if (profile)
                printf("profile: nothing to show, only one step ran (the first is left out): ask for more --steps\n");
            if (first_run)
                printf("\nnext:\n"
                       "  bash scripts/pipeline.sh tiny     SmallTalk on this data: 4 routers, 4 experts, 2 dense baselines, compared (~4 min)\n"
                       "  ./train_expert --help             every flag: model size, steps, batch, learning rate, resume\n"
                       "  README.md                         what each program does, and the results\n");
        }
        model_free(model);
        dist_finish(dist);
        return 0;
    } catch (const std::exception& e) {
        return dist_error_exit(dist, e);
    }
}
