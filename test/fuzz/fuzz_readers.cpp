// fuzz_readers.cpp — a libFuzzer target for every reader of the project's files (common/files.h):
// token, labels, assignment, scores, checkpoint, optimizer-state and tf-idf router files, and the checkpoint marker.
//
// Each input is written to a file and handed to every reader. A reader may refuse it (fail() throws,
// with a message) but must never crash, hang, allocate without bound or read outside the file: the
// binary is built with AddressSanitizer and UndefinedBehaviorSanitizer, and libFuzzer stops at the
// first such input and saves it. `make test` runs it for a minute from seeds cut from data/default
// (test/fuzz/make_seeds.cpp); `make fuzz FUZZ_SECONDS=600` runs it longer.
//
//   build/fuzz/fuzz_readers -max_total_time=60 build/fuzz/corpus     (what make test runs)
//   build/fuzz/fuzz_readers build/fuzz/crash-<hash>                   (replays a saved input)
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>

#include "../../common/checkpoint.h"
#include "../../common/files.h"

static std::string scratch_dir() {
    static std::string dir = [] {
        char tmpl[] = "/tmp/fuzz_readers_XXXXXX";
        if (!mkdtemp(tmpl)) abort();
        return std::string(tmpl);
    }();
    return dir;
}

template <typename F>
static void refused_or_read(F&& read) {
    try {
        read();
    } catch (const std::runtime_error&) {
        // a clear refusal is the expected outcome for most inputs
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string dir = scratch_dir(), path = dir + "/input.bin";
    FILE* f = fopen(path.c_str(), "wb");
    if (!f) abort();
    if (size && fwrite(data, 1, size, f) != size) abort();
    fclose(f);

    refused_or_read([&] {
        TokenFile t(path);  // scans every id
        if (t.count > 0) {
            int first[1];
            t.read(t.count - 1, 1, first);
        }
    });
    refused_or_read([&] { TokenFile t(path, false); });
    refused_or_read([&] { read_labels(path); });
    refused_or_read([&] { read_assignment(path); });
    refused_or_read([&] { read_scores(path); });
    refused_or_read([&] {
        int step;
        std::vector<float> params;
        read_checkpoint(path, &step, &params);
    });
    // The optimizer state is read for a known parameter count: the one its size implies, and a wrong one.
    int64_t implied = size > (size_t)HEADER_BYTES ? (int64_t)(size - HEADER_BYTES) / 8 : 0;
    refused_or_read([&] { read_optimizer_state(path, implied); });
    refused_or_read([&] { read_optimizer_state(path, implied + 1); });
    refused_or_read([&] { read_tfidf_router(path); });

    // The same bytes as a checkpoint marker (text).
    const std::string marker = dir + "/" + CHECKPOINT_MARKER;
    if (rename(path.c_str(), marker.c_str()) != 0) abort();
    refused_or_read([&] { read_checkpoint_marker(dir); });
    unlink(marker.c_str());
    return 0;
}
