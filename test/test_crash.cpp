// A kill at any instant of a checkpoint leaves a run that --resume continues to the same bytes as a run
// never interrupted. SMALLTALK_CRASH_AT (common/util.h) makes a program SIGKILL itself at a
// named point of the checkpoint protocol (common/files.h, "checkpoints of several files"): while each
// file is being written (part of it on disk), between the files, after the commit, between the renames.
#include <gtest/gtest.h>

#include "../common/checkpoint.h"
#include "../common/files.h"
#include "helpers.h"

namespace {

// What a SIGKILLed command looks like through run(): the shell reports 128 + 9, or, where it exec'd
// the program itself, popen's status is a signal (run() gives -1).
bool killed(const RunResult& r) { return r.code == 137 || r.code == -1; }

std::string crash_at(const std::string& point) { return "SMALLTALK_CRASH_AT='" + point + "' "; }

// A log without the fields that depend on the machine's speed (train_expert's " ms ..." at the end of a
// step line; train_router's lines have none).
std::string deterministic_log(const std::string& log) {
    std::istringstream in(log);
    std::string line, out;
    while (std::getline(in, line)) out += line.substr(0, line.find(" ms ")) + "\n";
    return out;
}

// Runs `cmd` killed at `point`, then `cmd --resume`; the files of `names` must equal those of `whole`
// byte for byte, and nothing staged may be left in the folder.
void kill_then_resume(const std::string& cmd, const std::string& point, const std::string& dir,
                      const std::string& whole, const std::vector<std::string>& names) {
    SCOPED_TRACE("killed at '" + point + "'");
    (void)!system(("rm -rf '" + dir + "'").c_str());
    RunResult crashed = run(crash_at(point) + cmd + " --out " + dir);
    ASSERT_TRUE(killed(crashed)) << "the crash point was never reached (exit " << crashed.code << "):\n" << crashed.output;
    RunResult resumed = run(cmd + " --resume --out " + dir);
    ASSERT_EQ(resumed.code, 0) << resumed.output;
    for (const std::string& name : names)
        EXPECT_TRUE(read_file(whole + "/" + name) == read_file(dir + "/" + name)) << name << " differs from the uninterrupted run's";
    // The log too, but for its timings: each step once, in order, with the uninterrupted run's numbers.
    EXPECT_EQ(deterministic_log(read_file(whole + "/log.txt")), deterministic_log(read_file(dir + "/log.txt")));
    RunResult left = run("ls " + dir);
    EXPECT_EQ(left.output.find(".step"), std::string::npos) << "staged files left behind:\n" << left.output;
    EXPECT_EQ(left.output.find(".tmp"), std::string::npos) << "temporary files left behind:\n" << left.output;
}

}  // namespace

TEST(Crash, TrainExpertResumesExactlyFromAKillAtEveryPointOfACheckpoint) {
    ScratchDir dir;
    const std::string TRAIN = "./train_expert --device cpu --layers 1 --heads 2 --channels 32 --seq-len 32 --batch 2 "
                              "--val '' --sample-every 0 --lr 3e-3 --warmup 2 --steps 6 --ckpt-every 2";
    expect_success(TRAIN + " --out " + dir / "whole");
    const std::vector<std::string> files = {"model.ckpt", "optimizer.bin"};
    // The checkpoint of step 4 (the second one), at each point: the files staged one after the other
    // (killed with part of each on disk), the marker being written, committed, and installed file by file.
    for (const char* point : {"writing model.ckpt.step4", "writing optimizer.bin.step4", "writing checkpoint#2",
                              "committed step 4", "installed model.ckpt step 4", "installed optimizer.bin step 4"})
        kill_then_resume(TRAIN, point, dir / "run", dir / "whole", files);

    // Between the two renames: model.ckpt at step 4, optimizer.bin still at 2.
    // The resume finishes installing the committed checkpoint, and says so.
    (void)!system(("rm -rf '" + dir / "mid" + "'").c_str());
    ASSERT_TRUE(killed(run(crash_at("installed model.ckpt step 4") + TRAIN + " --out " + dir / "mid")));
    int step = -1;
    read_checkpoint(dir / "mid/model.ckpt", &step, nullptr);
    EXPECT_EQ(step, 4);
    EXPECT_EQ(read_optimizer_state(dir / "mid/optimizer.bin", file_size_or_fail(dir / "mid/optimizer.bin") / 8 - HEADER_BYTES / 8).step, 2);
    std::string out = expect_success(TRAIN + " --resume --out " + dir / "mid");
    EXPECT_NE(out.find("optimizer.bin installed from the checkpoint of step 4"), std::string::npos) << out;

    // Killed before the first checkpoint was committed: nothing to resume, said clearly.
    (void)!system(("rm -rf '" + dir / "early" + "'").c_str());
    ASSERT_TRUE(killed(run(crash_at("writing optimizer.bin.step2") + TRAIN + " --out " + dir / "early")));
    expect_refused(TRAIN + " --resume --out " + dir / "early", "no checkpoint to resume");
}

TEST(Crash, TrainRouterResumesExactlyFromAKillAtEveryPointOfACheckpoint) {
    ScratchDir dir;
    const std::string ROUTERS = "./train_router --device cpu --layers 1 --heads 2 --channels 32 --seq-len 64 --prefix 16 "
                                "--sequences 64 --batch 8 --steps 2 --probe 16 --experts 2 --lr 1e-2 --warmup 2 "
                                "--iterations 3";
    expect_success(ROUTERS + " --out " + dir / "whole");
    const std::vector<std::string> files = {"router_00.ckpt", "router_00.opt", "router_01.ckpt", "router_01.opt",
                                            "em_assignment.bin"};
    // Iteration 2's checkpoint (step 2 x 2 = 4): staging of each kind of file, the marker, the commit, and
    // renames half done (router 0's files installed, router 1's and the EM draw's not yet).
    for (const char* point : {"writing router_00.ckpt.step4", "writing router_01.opt.step4", "writing em_assignment.bin.step4",
                              "writing checkpoint#2", "committed step 4", "installed router_01.ckpt step 4"})
        kill_then_resume(ROUTERS, point, dir / "run", dir / "whole", files);
}

TEST(Crash, AFreshRunInAnOldFolderIsNotResumedFromTheOldRun) {
    // A new run (no --resume) in a folder holding a finished run, killed before its first checkpoint: resuming
    // must not mix the old run's files with the new one's, so it is refused.
    ScratchDir dir;
    const std::string TRAIN = "./train_expert --device cpu --layers 1 --heads 2 --channels 32 --seq-len 32 --batch 2 "
                              "--val '' --sample-every 0 --steps 4 --ckpt-every 2";
    expect_success(TRAIN + " --out " + dir / "o");
    ASSERT_TRUE(killed(run(crash_at("writing optimizer.bin.step2") + TRAIN + " --seed 7 --out " + dir / "o")));
    expect_refused(TRAIN + " --seed 7 --resume --out " + dir / "o", "no checkpoint to resume");
}

TEST(Crash, CheckpointMarkerIsCheckedOnResume) {
    ScratchDir dir;
    write_file(dir / "checkpoint", "smalltalk.cu checkpoint\nstep 4\nfile model.ckpt\n");
    EXPECT_THROW(checkpoint_recover(dir.path), std::runtime_error);  // model.ckpt is missing
    try {
        checkpoint_recover(dir.path);
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("model.ckpt: missing, but"), std::string::npos) << e.what();
    }
    for (const char* bad : {"hello\n", "smalltalk.cu checkpoint\nstep x\nfile a\n", "smalltalk.cu checkpoint\nstep 4\n",
                            "smalltalk.cu checkpoint\nstep 4\nfile ../a\n", "smalltalk.cu checkpoint\nstep 4\nfile a"}) {
        write_file(dir / "checkpoint", bad);
        EXPECT_THROW(read_checkpoint_marker(dir.path), std::runtime_error) << bad;
    }
    // Committed step 4, installation interrupted: a.step4 is installed; b.step6 (staged, never committed) is removed.
    write_file(dir / "checkpoint", "smalltalk.cu checkpoint\nstep 4\nfile a\nfile b\n");
    write_file(dir / "a", "old a");
    write_file(dir / "a.step4", "new a");
    write_file(dir / "b", "new b");
    write_file(dir / "b.step6", "uncommitted b");
    write_file(dir / "b.step6.tmp", "partial");
    CheckpointMarker m = checkpoint_recover(dir.path);
    EXPECT_EQ(m.step, 4);
    EXPECT_EQ(m.names, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(read_file(dir / "a"), "new a");
    EXPECT_EQ(read_file(dir / "b"), "new b");
    EXPECT_EQ(dir.files(), (std::vector<std::string>{"a", "b", "checkpoint"}));
}
