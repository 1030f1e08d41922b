// checkpoint.h — a resumable run's files saved as one unit: staged, committed by one atomic rename
// of a marker file, then installed, so that a kill at any instant leaves the last complete checkpoint
// (docs/formats.md, "Checkpoint marker"); and the log trimmed back to it on --resume. The formats of
// the files themselves (model checkpoint, optimizer state) are in files.h.
#pragma once

#include "files.h"

// ----------------------------------------------------------------------------
// checkpoints of several files, committed as one unit
//
// A resumable run's state is several files that must change together: train_expert's model.ckpt
// and optimizer.bin; train_router's router_XX.ckpt and router_XX.opt for every router, and
// em_assignment.bin. Each file is atomic on its own (AtomicFile), but a kill between two of them
// would leave a mix of two steps. So a checkpoint at step K is saved in three phases:
//
//   1. stage:   every file is written complete as NAME.stepK (through its writer's NAME.stepK.tmp);
//   2. commit:  DIR/checkpoint, a short text file naming the step and the files, replaces the
//               previous one atomically: this rename is the instant the checkpoint exists;
//   3. install: each NAME.stepK is renamed onto NAME.
//
// A kill in phase 1 leaves the previous checkpoint untouched (its marker and its files); the staged
// files are strays that the next resume removes. A kill in phase 3 leaves some NAME at the previous
// step with a complete NAME.stepK beside it; the next resume finishes the renames (roll forward).
// Either way --resume starts from the last committed checkpoint, bit-exactly (test/test_crash.cpp
// kills the programs at each of these points). Readers that do not resume (infer, segment) just read
// NAME: it is always a complete file, of the last step or the one before.

constexpr const char* CHECKPOINT_MARKER = "checkpoint";

// Where phase 1 writes `name` of the checkpoint at `step`.
inline std::string checkpoint_staged_path(const std::string& dir, const std::string& name, int step) {
    return dir + "/" + name + ".step" + std::to_string(step);
}

// Makes the renames in `dir` durable before and after the commit (a power cut, not only a kill).
inline void sync_dir(const std::string& dir) {
    int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) { fsync(fd); close(fd); }
}

// Phases 2 and 3, once every file of `names` has been staged (by every rank, where ranks share the folder).
inline void checkpoint_commit(const std::string& dir, int step, const std::vector<std::string>& names) {
    std::string text = "smalltalk.cu checkpoint\nstep " + std::to_string(step) + "\n";
    for (const std::string& name : names) {
        if (name.empty() || name.find('/') != std::string::npos || name.find('\n') != std::string::npos)
            fail("checkpoint file name '%s' must be a plain file name", name.c_str());
        text += "file " + name + "\n";
    }
    sync_dir(dir);
    AtomicFile marker(dir + "/" + CHECKPOINT_MARKER);
    marker.write(text.data(), text.size());
    marker.commit();
    sync_dir(dir);
    crash_point("committed step " + std::to_string(step));
    for (const std::string& name : names) {
        std::string staged = checkpoint_staged_path(dir, name, step), path = dir + "/" + name;
        if (rename(staged.c_str(), path.c_str()) != 0)
            fail("%s: cannot rename %s into place (%s)", path.c_str(), staged.c_str(), strerror(errno));
        crash_point("installed " + name + " step " + std::to_string(step));
    }
    sync_dir(dir);
}

// A fresh run in `dir`: the previous run's checkpoint is no longer one to resume, and until this run
// commits its first checkpoint there is nothing to resume.
inline void checkpoint_forget(const std::string& dir) {
    std::string marker = dir + "/" + CHECKPOINT_MARKER;
    if (unlink(marker.c_str()) != 0 && errno != ENOENT)
        fail("%s: cannot remove the previous run's checkpoint marker (%s)", marker.c_str(), strerror(errno));
}

struct CheckpointMarker {
    int step = 0;
    std::vector<std::string> names;
};

inline CheckpointMarker read_checkpoint_marker(const std::string& dir) {
    std::string path = dir + "/" + CHECKPOINT_MARKER;
    FILE* f = fopen(path.c_str(), "rb");
    if (!f)
        fail("%s: no checkpoint to resume (%s): the run in %s never completed a checkpoint, or was started by a "
             "version of smalltalk.cu without checkpoint markers; start it again without --resume",
             path.c_str(), strerror(errno), dir.c_str());
    char buf[4096];
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = 0;
    std::string text(buf, n);
    CheckpointMarker m;
    size_t at = 0;
    int line_no = 0;
    bool have_step = false;
    while (at < text.size()) {
        size_t end = text.find('\n', at);
        if (end == std::string::npos) fail("%s: unterminated line (corrupt checkpoint marker)", path.c_str());
        std::string line = text.substr(at, end - at);
        at = end + 1;
        line_no++;
        char extra;
        if (line_no == 1) {
            if (line != "smalltalk.cu checkpoint") fail("%s: not a checkpoint marker (first line '%s')", path.c_str(), line.c_str());
        } else if (line.compare(0, 5, "step ") == 0) {
            if (sscanf(line.c_str() + 5, "%d%c", &m.step, &extra) != 1 || m.step < 0)
                fail("%s: line %d: bad step '%s' (corrupt checkpoint marker)", path.c_str(), line_no, line.c_str() + 5);
            have_step = true;
        } else if (line.compare(0, 5, "file ") == 0) {
            std::string name = line.substr(5);
            if (name.empty() || name.find('/') != std::string::npos)
                fail("%s: line %d: bad file name '%s' (corrupt checkpoint marker)", path.c_str(), line_no, name.c_str());
            m.names.push_back(name);
        } else {
            fail("%s: line %d: unexpected '%s' (corrupt checkpoint marker)", path.c_str(), line_no, line.c_str());
        }
    }
    if (!have_step || m.names.empty()) fail("%s: no step or no files listed (corrupt checkpoint marker)", path.c_str());
    return m;
}

// On resume, every file of the checkpoint must be at the marker's step (it is, unless changed by hand).
inline void check_checkpoint_step(const std::string& path, int step, const std::string& dir, int committed) {
    if (step != committed)
        fail("%s is at step %d, but %s/%s says the last checkpoint is at step %d: the run's files were changed by hand; "
             "start again without --resume", path.c_str(), step, dir.c_str(), CHECKPOINT_MARKER, committed);
}

// Before a resume: finishes the installation of the last committed checkpoint if a kill
// interrupted it, removes the files staged by a checkpoint that was never committed, and returns
// the committed checkpoint (its step and files). Fails when there is none.
inline CheckpointMarker checkpoint_recover(const std::string& dir) {
    CheckpointMarker m = read_checkpoint_marker(dir);
    for (const std::string& name : m.names) {
        std::string staged = checkpoint_staged_path(dir, name, m.step), path = dir + "/" + name;
        if (access(staged.c_str(), F_OK) == 0) {
            if (rename(staged.c_str(), path.c_str()) != 0)
                fail("%s: cannot rename %s into place (%s)", path.c_str(), staged.c_str(), strerror(errno));
            printf("resume: %s installed from the checkpoint of step %d (the run was stopped while installing it)\n",
                   path.c_str(), m.step);
        } else if (access(path.c_str(), F_OK) != 0) {
            fail("%s: missing, but %s/%s lists it in the checkpoint of step %d: the run's files were moved or deleted",
                 path.c_str(), dir.c_str(), CHECKPOINT_MARKER, m.step);
        }
    }
    // Strays: NAME.stepJ (and NAME.stepJ.tmp) of a checkpoint that was being staged when the run stopped.
    if (DIR* d = opendir(dir.c_str())) {
        std::vector<std::string> strays;
        while (dirent* e = readdir(d)) {
            std::string entry = e->d_name;
            for (const std::string& name : m.names)
                if (entry.compare(0, name.size() + 5, name + ".step") == 0) strays.push_back(entry);
            if (entry == std::string(CHECKPOINT_MARKER) + ".tmp") strays.push_back(entry);
        }
        closedir(d);
        for (const std::string& entry : strays) unlink((dir + "/" + entry).c_str());
    }
    sync_dir(dir);
    return m;
}

// On resume: a run's log keeps its lines up to the resumed checkpoint, and loses those that the stopped
// run wrote after it (the resumed run writes them again), so that a log has each step once, in order.
// `number` is the word that starts a counted line ("step" for "step 12 ..." and "val step 12 ...",
// "iter" for "iter 3 ..."); the log is cut before the first such line past `last`. Rewritten atomically.
inline void trim_log_after(const std::string& path, const char* number, int64_t last) {
    FILE* f = fopen(path.c_str(), "rb");
    if (!f) return;  // no log yet: nothing to trim
    std::string text, word = std::string(number) + " ";
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), f)) > 0) text.append(buf, n);
    fclose(f);
    size_t at = 0, cut = text.size();
    while (at < text.size()) {
        size_t end = text.find('\n', at);
        end = end == std::string::npos ? text.size() : end + 1;
        size_t w = text.compare(at, 4, "val ") == 0 ? at + 4 : at;
        if (text.compare(w, word.size(), word) == 0 && atoll(text.c_str() + w + word.size()) > last) { cut = at; break; }
        at = end;
    }
    if (cut == text.size()) return;
    AtomicFile out(path);
    out.write(text.data(), cut);
    out.commit();
}
