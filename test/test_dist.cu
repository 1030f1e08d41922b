// test_dist.cu — data parallelism (common/dist.h) as users launch it: mpirun -np 2 on the CPU,
// compared with one process on the same global batch; and, on a GPU, the NCCL path with one rank.
//
// Tolerances: two ranks sum their halves of the gradient and then add the two sums, where one
// process adds the micro-batches one after the other; the losses therefore agree to fp32 rounding
// (observed: ~1e-7 relative; asserted: 1e-5). Parameters after AdamW agree to a small absolute
// difference (asserted: 1e-3 after 5 steps of lr 3e-3), since AdamW normalises the update of a
// parameter whose gradient is near zero, rounding and all. Runs that split nothing differently
// (routers on their own ranks, segmentation shards, resume) are compared byte for byte.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <cmath>
#include <cstdio>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "../common/dist.h"
#include "helpers.h"

namespace {

// mpirun as root in CI containers, on however few cores, without its sandbox-hostile shortcuts; one
// OpenMP thread per rank in every run so that the CPU kernels sum in the same order everywhere.
const std::string ENV = "env OMP_NUM_THREADS=1 OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 "
                        "OMPI_MCA_btl=self,vader OMPI_MCA_btl_vader_single_copy_mechanism=none ";
const std::string MPIRUN = ENV + "mpirun -np 2 --oversubscribe --bind-to none ";

const std::string TRAIN = "./train_expert --device cpu --layers 2 --heads 2 --channels 32 --seq-len 32 --steps 5 "
                          "--total-batch 1024 --val-every 2 --val-batches 2 --sample-every 0 --lr 3e-3 --warmup 2 ";

// Why the MPI tests cannot run here ("" when they can): no mpirun, or programs built without MPI.
std::string missing_mpi() {
    if (run("command -v mpirun").code != 0) return "no mpirun: install openmpi-bin and libopenmpi-dev (make deps)";
    if (run("ldd ./train_expert | grep -q libmpi").code != 0)
        return "./train_expert was built without MPI (NO_MPI=1, or no libopenmpi-dev at the time): make deps && make";
    return "";
}

#define SKIP_WITHOUT_MPI()                                    \
    do {                                                      \
        std::string why_no_mpi = missing_mpi();               \
        if (!why_no_mpi.empty()) GTEST_SKIP() << why_no_mpi;  \
    } while (0)

// "step N loss X" and "val step N loss X" lines of a log: the numbers.
std::vector<double> log_losses(const std::string& log) {
    std::vector<double> out;
    std::istringstream in(log);
    std::string line;
    while (std::getline(in, line)) {
        size_t at = line.find(" loss ");
        if (at != std::string::npos) out.push_back(atof(line.c_str() + at + 6));
    }
    return out;
}

// The same without the timings: for exact comparison.
std::vector<std::string> log_loss_lines(const std::string& log) {
    std::vector<std::string> out;
    std::istringstream in(log);
    std::string line;
    while (std::getline(in, line)) out.push_back(line.substr(0, line.find(" ms ")));
    return out;
}

std::vector<float> floats_after_header(const std::string& path) {
    std::string bytes = read_file(path);
    std::vector<float> v(bytes.size() > 256 ? (bytes.size() - 256) / 4 : 0);
    if (!v.empty()) memcpy(v.data(), bytes.data() + 256, v.size() * 4);
    return v;
}

void expect_close_losses(const std::string& log_a, const std::string& log_b) {
    std::vector<double> a = log_losses(log_a), b = log_losses(log_b);
    ASSERT_EQ(a.size(), b.size());
    ASSERT_EQ(a.size(), 5u + 3u);  // 5 steps, val at 2, 4 and the end
    for (size_t i = 0; i < a.size(); i++) EXPECT_NEAR(a[i], b[i], 1e-5 * std::fabs(a[i])) << "log line " << i;
}

void expect_close_floats(const std::string& path_a, const std::string& path_b, double tolerance) {
    std::vector<float> a = floats_after_header(path_a), b = floats_after_header(path_b);
    ASSERT_EQ(a.size(), b.size());
    ASSERT_FALSE(a.empty());
    double worst = 0;
    for (size_t i = 0; i < a.size(); i++) worst = std::max(worst, (double)std::fabs(a[i] - b[i]));
    EXPECT_LE(worst, tolerance) << path_a << " vs " << path_b;
}

}  // namespace

TEST(Dist, SharesCoverEveryItemOnce) {
    for (int64_t n : {0, 1, 7, 64, 1000003})
        for (int world : {1, 2, 3, 8}) {
            int64_t next = 0;
            for (int r = 0; r < world; r++) {
                int64_t begin, count;
                dist_share(n, world, r, &begin, &count);
                EXPECT_EQ(begin, next) << n << " items, " << world << " ranks, rank " << r;
                EXPECT_LE(count, n / world + 1);
                EXPECT_GE(count, n / world);
                next = begin + count;
            }
            EXPECT_EQ(next, n);
        }
}

TEST(Dist, LaunchedAsSeveralRanksWithoutAWorkingMpiIsRefused) {
    // The launcher's variables say 2 ranks, but this process was started alone: a wrong srun plugin,
    // or another MPI's mpirun. Running on as rank 0 of 1 would train twice, into the same files.
    RunResult r = run(ENV + "SLURM_STEP_NUM_TASKS=2 " + TRAIN + "--out /tmp/smalltalk_never_written");
    EXPECT_NE(r.code, 0);
    bool explained = r.output.find("SLURM_STEP_NUM_TASKS says 2 ranks, but MPI sees 1") != std::string::npos ||
                     r.output.find("this build has no MPI") != std::string::npos;
    EXPECT_TRUE(explained) << r.output;
}

TEST(Mpi, TrainExpertTwoRanksMatchOneProcess) {
    SKIP_WITHOUT_MPI();
    ScratchDir dir;
    expect_success(ENV + TRAIN + "--batch 4 --out " + dir / "one");
    std::string two = expect_success(MPIRUN + TRAIN + "--batch 2 --out " + dir / "two");
    EXPECT_NE(two.find("x 2 ranks"), std::string::npos) << two;
    std::string zero = expect_success(MPIRUN + TRAIN + "--batch 2 --zero --out " + dir / "zero");
    EXPECT_NE(zero.find("ZeRO-1"), std::string::npos) << zero;

    expect_close_losses(read_file(dir / "one/log.txt"), read_file(dir / "two/log.txt"));
    expect_close_losses(read_file(dir / "two/log.txt"), read_file(dir / "zero/log.txt"));
    expect_close_floats(dir / "one/model.ckpt", dir / "two/model.ckpt", 1e-3);
    expect_close_floats(dir / "two/model.ckpt", dir / "zero/model.ckpt", 1e-3);
    // ZeRO's moments come from two shards; gathered, they are the replicated run's.
    expect_close_floats(dir / "two/optimizer.bin", dir / "zero/optimizer.bin", 1e-4);
    // Only rank 0 writes: one log line per step, not two.
    EXPECT_EQ(log_losses(read_file(dir / "two/log.txt")).size(), 8u);
}

TEST(Mpi, TrainExpertResumesExactlyWithTwoRanksAndWithOne) {
    SKIP_WITHOUT_MPI();
    ScratchDir dir;
    std::string args = TRAIN + "--batch 2 --zero ";
    expect_success(MPIRUN + args + "--out " + dir / "whole");
    expect_success(MPIRUN + args + "--stop-at 3 --out " + dir / "parts");
    expect_success(MPIRUN + args + "--resume --out " + dir / "parts");
    EXPECT_EQ(log_loss_lines(read_file(dir / "whole/log.txt")), log_loss_lines(read_file(dir / "parts/log.txt")));
    EXPECT_EQ(read_file(dir / "whole/model.ckpt"), read_file(dir / "parts/model.ckpt"));
    EXPECT_EQ(read_file(dir / "whole/optimizer.bin"), read_file(dir / "parts/optimizer.bin"));

    // The files do not depend on the rank count: stopped on 2 ranks, resumed as 1 process (batch 4).
    expect_success(MPIRUN + args + "--stop-at 3 --out " + dir / "moved");
    expect_success(ENV + TRAIN + "--batch 4 --resume --out " + dir / "moved");
    expect_close_losses(read_file(dir / "whole/log.txt"), read_file(dir / "moved/log.txt"));
}

TEST(Mpi, TrainRouterTwoRanksWriteExactlyWhatOneProcessWrites) {
    SKIP_WITHOUT_MPI();
    ScratchDir dir;
    std::string args = "./train_router --device cpu --experts 3 --sequences 96 --steps 3 --batch 8 --seq-len 64 "
                       "--prefix 32 --probe 64 --layers 1 --channels 32 --heads 2 ";
    expect_success(ENV + args + "--iterations 2 --out " + dir / "one");
    expect_success(MPIRUN + args + "--iterations 2 --out " + dir / "two");
    expect_success(MPIRUN + args + "--iterations 1 --out " + dir / "resumed");
    expect_success(MPIRUN + args + "--iterations 2 --resume --out " + dir / "resumed");
    // Each router trains on its own rank exactly as it would alone, and the summed scores are exact:
    // the files are the same bytes, after a resume too.
    for (const char* name : {"log.txt", "em_assignment.bin", "router_00.ckpt", "router_01.ckpt", "router_02.ckpt",
                             "router_00.opt", "router_01.opt", "router_02.opt"}) {
        EXPECT_EQ(read_file(dir / "one/" + name), read_file(dir / "two/" + name)) << name;
        EXPECT_EQ(read_file(dir / "one/" + name), read_file(dir / "resumed/" + name)) << name << " after --resume";
    }
}

TEST(Mpi, SegmentTwoRanksWriteExactlyWhatOneProcessWrites) {
    SKIP_WITHOUT_MPI();
    ScratchDir dir;
    expect_success(ENV + "./train_router --device cpu --experts 2 --iterations 1 --sequences 64 --steps 2 --batch 8 "
                                  "--seq-len 64 --prefix 16 --probe 32 --layers 1 --channels 32 --heads 2 --out " + dir / "r");
    std::string args = "./segment --device cpu --routers " + dir / "r" + " --tokens data/default/corpus_val.bin "
                       "--seq-len 64 --prefix 16 --chunk 300 --batch 32 ";
    expect_success(ENV + args + "--out " + dir / "one.bin --scores " + dir / "one.scores");
    std::string two = expect_success(MPIRUN + args + "--out " + dir / "two.bin --scores " + dir / "two.scores");
    EXPECT_NE(two.find("segment --merge: 2 shards"), std::string::npos) << two;
    EXPECT_EQ(read_file(dir / "one.bin"), read_file(dir / "two.bin"));
    EXPECT_EQ(read_file(dir / "one.scores"), read_file(dir / "two.scores"));
    for (const std::string& name : dir.files())  // the ranks' shard files are gone
        EXPECT_EQ(name.find(".rank"), std::string::npos) << name;
}

TEST(Mpi, RefusesWhatRanksCannotSplit) {
    SKIP_WITHOUT_MPI();
    ScratchDir dir;
    expect_refused(MPIRUN + TRAIN + "--batch 3 --out " + dir / "a", "not a multiple of ranks x batch x seq-len = 2 x 3 x 32");
    expect_refused(ENV + "mpirun -np 3 --oversubscribe --bind-to none ./train_router --device cpu --experts 2 --out " +
                       dir / "c", "3 ranks for 2 routers");
    expect_refused(MPIRUN + "./segment --device cpu --routers " + dir / "none --out " + dir / "d.bin",
                   "2 ranks need --chunk K > 0");
    expect_refused(MPIRUN + "./segment --device cpu --routers " + dir / "none --chunk 10 --shard 0/2 --out " + dir / "d.bin",
                   "rank r already scores shard r/2");
}

TEST(Mpi, ARankThatFailsEndsTheOthers) {
    SKIP_WITHOUT_MPI();
    ScratchDir dir;
    // Rank 0 cannot write its checkpoint at step 2, while rank 1 goes on to the gradient sum of step 3,
    // which rank 0 will never join: rank 0's error must end rank 1 too, not leave it waiting.
    ASSERT_EQ(system(("mkdir -p " + dir / "out/model.ckpt.step2.tmp").c_str()), 0);  // where step 2's checkpoint is staged
    RunResult r = run("timeout 120 " + MPIRUN + TRAIN + "--steps 50 --batch 2 --ckpt-every 2 --out " + dir / "out");
    EXPECT_NE(r.code, 124) << "the ranks hung after rank 0 failed:\n" << r.output;
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.output.find("rank 0: error: "), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("model.ckpt.step2.tmp"), std::string::npos) << r.output;
}

TEST(Mpi, AKilledRankEndsTheOthers) {
    SKIP_WITHOUT_MPI();
    ScratchDir dir;
    // A rank killed outright (out of memory, a node lost) cannot say anything; the launcher must end
    // the other rank, which would otherwise wait in the next gradient sum forever.
    std::string out = dir / "killed";
    std::string cmd = "timeout 120 " + MPIRUN + TRAIN + "--steps 100000 --batch 2 --val-every 0 --out " + out + " > " +
                      dir / "output.txt 2>&1; echo $? > " + dir / "code.txt";
    std::thread launcher([&] { (void)!system(cmd.c_str()); });
    // Wait for the second step in the log (both ranks are inside the loop), then kill one rank.
    bool started = false;
    for (int i = 0; i < 600 && !started; i++) {
        started = log_losses(read_file(out + "/log.txt")).size() >= 2;
        if (!started) usleep(100 * 1000);
    }
    RunResult pids = run("pgrep -f '^./train_expert .*" + out + "'");
    std::istringstream in(pids.output);
    int pid = 0;
    in >> pid;
    if (started && pid > 0) kill(pid, SIGKILL);
    launcher.join();
    ASSERT_TRUE(started) << read_file(dir / "output.txt");
    ASSERT_GT(pid, 0) << pids.output;
    int code = atoi(read_file(dir / "code.txt").c_str());
    EXPECT_NE(code, 124) << "the other rank hung after one was killed:\n" << read_file(dir / "output.txt");
    EXPECT_NE(code, 0);
    EXPECT_NE(read_file(dir / "output.txt").find("signal 9"), std::string::npos) << read_file(dir / "output.txt");
}

// ----------------------------------------------------------------------------
// GPU: the same program path with NCCL and one rank (multi-GPU machines are not available to us)

#ifdef __CUDACC__
static void nccl_with_one_rank_matches_the_plain_run() {
    ScratchDir dir;
    std::string train = "./train_expert --device cuda --layers 2 --heads 2 --channels 64 --seq-len 64 --batch 4 --steps 5 "
                        "--val-every 2 --val-batches 2 --sample-every 0 --lr 3e-3 --warmup 2 ";
    expect_success(train + "--out " + dir / "plain");
    std::string nccl = expect_success(ENV + train + "--distributed --out " + dir / "nccl");
    EXPECT_NE(nccl.find("x 1 ranks"), std::string::npos) << nccl;
    EXPECT_NE(nccl.find("NCCL"), std::string::npos) << "built without NCCL?\n" << nccl;
    // Summing one rank's gradient is a copy: the runs are the same, bit for bit.
    EXPECT_EQ(log_loss_lines(read_file(dir / "plain/log.txt")), log_loss_lines(read_file(dir / "nccl/log.txt")));
    EXPECT_EQ(read_file(dir / "plain/model.ckpt"), read_file(dir / "nccl/model.ckpt"));
}
#endif
GPU_TEST(Nccl, OneRankMatchesTheSingleProcessRun, nccl_with_one_rank_matches_the_plain_run)

// ----------------------------------------------------------------------------
// scripts/slurm_pipeline.sh, without a cluster: the jobs it would submit (--dry-run)

TEST(SlurmPipeline, ChainsTheJobsAndSplitsTheExperts) {
    ScratchDir dir;
    std::string r = expect_success("bash scripts/slurm_pipeline.sh --dry-run --train T.bin --val V.bin --experts 4 --expert-gpus 2 "
                      "--batch 4 --seq-len 1024 --total-batch 16384 --dense --out " + dir / "out");
    std::vector<std::string> jobs;
    std::istringstream in(r);
    std::string line;
    while (std::getline(in, line))
        if (line.compare(0, 7, "sbatch ") == 0) jobs.push_back(line);
    ASSERT_EQ(jobs.size(), 6u) << r;  // routers, segment, experts, dense_batch, dense_steps, eval
    auto has = [](const std::string& job, const std::string& part) { return job.find(part) != std::string::npos; };
    EXPECT_TRUE(has(jobs[0], "--ntasks 4") && has(jobs[0], "./train_router") && !has(jobs[0], "--dependency")) << jobs[0];
    EXPECT_TRUE(has(jobs[1], "--dependency afterok:JOB-routers") && has(jobs[1], "./segment")) << jobs[1];
    EXPECT_TRUE(has(jobs[2], "--dependency afterok:JOB-segment") && has(jobs[2], "--array 0-3") &&
                has(jobs[2], "--ntasks 2") && has(jobs[2], "--expert\\ \\$SLURM_ARRAY_TASK_ID")) << jobs[2];
    // The dense baselines on all sequences (no --assign): the experts' steps (default 20000) at E x the total
    // batch (the paper's), and E x the steps at the experts' batch.
    EXPECT_TRUE(has(jobs[3], "--total-batch\\ 65536") && has(jobs[3], "--steps\\ 20000") && !has(jobs[3], "--assign")) << jobs[3];
    EXPECT_TRUE(has(jobs[4], "--steps\\ 80000") && !has(jobs[4], "--assign")) << jobs[4];
    EXPECT_TRUE(has(jobs[5], "--dependency afterok:JOB-experts:JOB-dense_batch:JOB-dense_steps") && has(jobs[5], "./infer") &&
                has(jobs[5], "--dense-batch") && has(jobs[5], "--dense-steps")) << jobs[5];
    for (const std::string& job : jobs) {
        if (has(job, "srun")) {
            EXPECT_TRUE(has(job, "--kill-on-bad-exit=1")) << job;
        }
    }

    // A batch the experts' GPUs cannot split is refused before anything is submitted.
    RunResult bad = run("bash scripts/slurm_pipeline.sh --dry-run --train T.bin --val V.bin --expert-gpus 3 --batch 4 "
                        "--seq-len 1024 --total-batch 16384 --out " + dir / "bad");
    EXPECT_NE(bad.code, 0);
    EXPECT_NE(bad.output.find("not a multiple of expert GPUs x batch x seq-len = 3 x 4 x 1024"), std::string::npos)
        << bad.output;
}
