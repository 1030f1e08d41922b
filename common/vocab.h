// vocab.h — turns token ids back into text for the samples the programs print, from the
// tokenizer's .vocab file (one "piece<TAB>score" line per id, written by data/tokenizer train).
//
// Decoding SentencePiece output is simple and safe to do by hand (encoding is not: that stays with
// the library in data/tokenizer): concatenate the pieces, turn "▁" into a space, and byte-fallback
// pieces <0xNN> into their bytes. This keeps the training programs free of SentencePiece, so they
// run on machines that lack it (the GPU machine).
#pragma once

#include <fstream>
#include <string>
#include <vector>

#include "util.h"

struct Vocab {
    std::vector<std::string> pieces;
    int bos = 1;

    void load(const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        if (!in) fail("%s: cannot open (the tokenizer's .vocab file, written beside its .model)", path.c_str());
        std::string line;
        while (std::getline(in, line)) {
            size_t tab = line.rfind('\t');  // pieces may contain tabs themselves: the score follows the last one
            if (tab == std::string::npos) fail("%s:%zu: expected 'piece<TAB>score'", path.c_str(), pieces.size() + 1);
            pieces.push_back(line.substr(0, tab));
        }
        if (pieces.size() < 3) fail("%s: only %zu pieces: not a tokenizer vocabulary", path.c_str(), pieces.size());
    }

    std::string decode(const std::vector<int>& ids) const {
        static const std::string SPACE = "\xE2\x96\x81";  // U+2581, SentencePiece's word boundary
        std::string out;
        for (int id : ids) {
            if (id < 0 || id >= (int)pieces.size()) continue;
            const std::string& p = pieces[id];
            if (p.size() == 6 && p.compare(0, 3, "<0x") == 0 && p[5] == '>') {
                out += (char)strtol(p.substr(3, 2).c_str(), nullptr, 16);
            } else if (p.size() > 2 && p.front() == '<' && p.back() == '>' && id < 3) {
                continue;  // <unk>, <s>, </s>
            } else {
                for (size_t i = 0; i < p.size();) {
                    if (p.compare(i, 3, SPACE) == 0) { out += ' '; i += 3; }
                    else out += p[i++];
                }
            }
        }
        if (!out.empty() && out[0] == ' ') out.erase(0, 1);  // the space SentencePiece adds before the first word
        return out;
    }
};
