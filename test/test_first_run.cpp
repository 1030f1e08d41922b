// The first run a newcomer makes: `./train_expert` with no arguments. It must end, in about two minutes on
// two cores, with a sample a person reads as language (at least two thirds of its words are English words,
// by Debian's word list), and say what to try next. Run from a scratch folder that holds only a link to
// data/, so that its out/dense/ never touches the checkout's.
#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <set>
#include <sstream>

#include "helpers.h"

static const char* WORD_LIST = "/usr/share/dict/american-english";  // Debian's wamerican ('make deps')

// Strips what surrounds a word in running text: punctuation, quotes (ASCII and typographic), brackets.
static std::string strip_punctuation(const std::string& w) {
    static const std::string ascii = ".,;:!?\"'()[]{}_*-";
    static const char* typographic[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x94"};
    size_t b = 0, e = w.size();
    for (bool moved = true; moved && b < e;) {
        moved = false;
        if (ascii.find(w[b]) != std::string::npos) { b++; moved = true; continue; }
        for (const char* t : typographic)
            if (w.compare(b, 3, t) == 0) { b += 3; moved = true; break; }
    }
    for (bool moved = true; moved && e > b;) {
        moved = false;
        if (ascii.find(w[e - 1]) != std::string::npos) { e--; moved = true; continue; }
        for (const char* t : typographic)
            if (e - b >= 3 && w.compare(e - 3, 3, t) == 0) { e -= 3; moved = true; break; }
    }
    return w.substr(b, e - b);
}

// Whether a whitespace-separated word of a sample is English: after stripping the punctuation around
// it, each of its hyphen-joined parts is in the list as written, in lower case, or capitalised
// ("LORD", "The"); a possessive 's is allowed. Digits and pure punctuation are not words.
static bool is_english(const std::string& raw, const std::set<std::string>& list) {
    std::string w = strip_punctuation(raw);
    if (w.empty()) return false;
    std::stringstream parts(w);
    std::string part;
    int n = 0;
    while (std::getline(parts, part, '-')) {
        part = strip_punctuation(part);
        if (part.empty()) continue;
        for (const char* s : {"'s", "\xE2\x80\x99s"}) {
            size_t len = strlen(s);
            if (part.size() > len && part.compare(part.size() - len, len, s) == 0) part.erase(part.size() - len);
        }
        std::string lower = part, capital;
        for (char& c : lower) c = (char)tolower((unsigned char)c);
        capital = lower;
        capital[0] = (char)toupper((unsigned char)capital[0]);
        if (!list.count(part) && !list.count(lower) && !list.count(capital)) return false;
        n++;
    }
    return n > 0;
}

// (English words, all words) of a text, words split at whitespace.
static std::pair<int, int> count_english(const std::string& text, const std::set<std::string>& list) {
    std::stringstream ss(text);
    std::string w;
    int english = 0, all = 0;
    while (ss >> w) {
        all++;
        english += is_english(w, list);
    }
    return {english, all};
}

static std::set<std::string> load_word_list() {
    std::set<std::string> list;
    std::ifstream f(WORD_LIST);
    for (std::string line; std::getline(f, line);) list.insert(line);
    return list;
}

// The measure itself, on known answers.
TEST(EnglishWords, CountsOnlyWordsOfTheList) {
    ASSERT_TRUE(exists(WORD_LIST)) << WORD_LIST << " is missing: run 'make deps' (Debian's wamerican)";
    std::set<std::string> list = load_word_list();
    EXPECT_EQ(count_english("The LORD said unto Moses, \"Go.\"", list), std::make_pair(6, 6));
    EXPECT_EQ(count_english("Emma's well-bred friend\xE2\x80\x94", list), std::make_pair(3, 3));
    EXPECT_EQ(count_english("(.  ):  _ = =->  __->_ _).", list), std::make_pair(0, 7));
    EXPECT_EQ(count_english("3998,930.249 the givening Hoon-cim", list), std::make_pair(1, 4));
    EXPECT_EQ(count_english("", list), std::make_pair(0, 0));
}

TEST(FirstRun, TheDefaultRunEndsWithAnEnglishSampleAndWhatToTryNext) {
    ASSERT_TRUE(exists(WORD_LIST)) << WORD_LIST << " is missing: run 'make deps' (Debian's wamerican)";
    char cwd[4096];
    ASSERT_NE(getcwd(cwd, sizeof(cwd)), nullptr);
    ScratchDir dir;
    ASSERT_EQ(symlink((std::string(cwd) + "/data").c_str(), (dir / "data").c_str()), 0);
    RunResult r = run("cd " + dir.path + " && " + cwd + "/train_expert");
    ASSERT_EQ(r.code, 0) << r.output.substr(r.output.size() > 4000 ? r.output.size() - 4000 : 0);

    // The last sample runs from its "sample" line to the "done:" line (a sample that starts a new
    // document goes on, on the next line).
    size_t at = r.output.rfind("\nsample ");
    size_t done = r.output.find("\ndone: ", at == std::string::npos ? 0 : at);
    ASSERT_NE(at, std::string::npos) << r.output;
    ASSERT_NE(done, std::string::npos) << r.output;
    std::string sample = r.output.substr(at + 1, done - at - 1);
    sample = sample.substr(sample.find('|') + 1);
    auto [english, all] = count_english(sample, load_word_list());
    EXPECT_GE(all, 20) << "a 64-token sample should hold tens of words:\n" << sample;
    EXPECT_GE(3 * english, 2 * all) << english << " of " << all << " words are English:\n" << sample;

    EXPECT_NE(r.output.find("next:\n  bash scripts/pipeline.sh tiny"), std::string::npos) << r.output.substr(done);
    EXPECT_TRUE(exists(dir / "out/dense/model.ckpt"));
}
