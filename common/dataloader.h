// dataloader.h — batches of sequences from a token file (docs/formats.md), read without loading the
// file: sequence i is tokens [i·S, i·S + S], inputs its first S tokens, targets its last S.
//
// Training order: the served sequences (all of them, or one expert's share of an assignment) in a
// random order drawn from the seed and the epoch, so a run can resume at (epoch, position) and
// see exactly the batches it would have seen. Evaluation order: the file's order.
#pragma once

#include <string>
#include <vector>

#include "files.h"
#include "util.h"

struct DataLoader {
    const TokenFile* tokens = nullptr;
    int S = 0;
    bool shuffle = true;
    uint64_t seed = 0;
    std::vector<int64_t> sequences;  // indices of the sequences served
    std::vector<int64_t> order;      // this epoch's order (indices into `sequences`)
    int64_t epoch = 0, position = 0;
    std::vector<int> buf;

    // expert < 0: every sequence; else only those the assignment gives to `expert`.
    void init(const TokenFile& file, int seq_len, uint64_t seed_, bool shuffle_, const Assignment* assign = nullptr,
              const std::string& assign_path = "", int expert = -1) {
        tokens = &file;
        S = seq_len;
        seed = seed_;
        shuffle = shuffle_;
        int64_t n = file.sequences(S);
        if (n < 1)
            fail("%s: %lld tokens hold no sequence of %d tokens (+1 target); use a shorter --seq-len or more data",
                 file.path.c_str(), (long long)file.count, S);
        sequences.clear();
        if (assign) {
            check_assignment_matches(assign_path, *assign, file, S);
            if (expert < 0 || expert >= assign->E)
                fail("--expert %d: %s has experts 0 .. %d", expert, assign_path.c_str(), assign->E - 1);
            for (int64_t i = 0; i < n; i++)
                if (assign->expert[i] == expert) sequences.push_back(i);
            if (sequences.empty()) fail("%s: no sequence is assigned to expert %d", assign_path.c_str(), expert);
        } else {
            for (int64_t i = 0; i < n; i++) sequences.push_back(i);
        }
        buf.resize(S + 1);
        seek(0, 0);
    }

    // Continue from a saved (epoch, position): the order of that epoch is drawn again.
    void seek(int64_t epoch_, int64_t position_) {
        epoch = epoch_;
        position = position_;
        order.resize(sequences.size());
        for (size_t i = 0; i < order.size(); i++) order[i] = (int64_t)i;
        if (shuffle) {  // Fisher-Yates with a generator of (seed, epoch)
            Rng rng(seed ^ splitmix64(0x5EED0000 + (uint64_t)epoch));
            for (size_t i = order.size(); i > 1; i--) std::swap(order[i - 1], order[rng.below(i)]);
        }
    }

    // The next sequence of the order; a new epoch (a new order) after the last one.
    int64_t next_sequence() {
        if (position == (int64_t)order.size()) seek(epoch + 1, 0);
        return sequences[order[position++]];
    }

    // Fills B sequences: inputs and targets are B x S each.
    void next_batch(int B, int* inputs, int* targets) {
        for (int b = 0; b < B; b++) {
            int64_t seq = next_sequence();
            tokens->read(seq * S, S + 1, buf.data());
            std::copy(buf.begin(), buf.begin() + S, inputs + (size_t)b * S);
            std::copy(buf.begin() + 1, buf.end(), targets + (size_t)b * S);
        }
    }
    // Passes over n sequences without reading them: the slices of the other ranks (common/dist.h).
    void skip(int64_t n) {
        for (int64_t i = 0; i < n; i++) next_sequence();
    }
    int64_t size() const { return (int64_t)sequences.size(); }
};
