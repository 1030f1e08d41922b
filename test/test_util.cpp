// The small host helpers: UTF-8 validation and the flag table.
#include <gtest/gtest.h>

#include "../common/flags.h"
#include "../common/util.h"

static int64_t bad_at(const std::string& s) { return find_invalid_utf8(s.data(), s.size()); }

TEST(Utf8, AcceptsValidText) {
    EXPECT_EQ(bad_at(""), -1);
    EXPECT_EQ(bad_at("plain ascii\t\n"), -1);
    EXPECT_EQ(bad_at("caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80"), -1);  // é 日本 😀
    EXPECT_EQ(bad_at("\xF4\x8F\xBF\xBF"), -1);                                       // U+10FFFF
}

TEST(Utf8, FindsTheFirstBadByte) {
    EXPECT_EQ(bad_at("ab\xFF" "cd"), 2);          // never valid in UTF-8
    EXPECT_EQ(bad_at("abc\xC3"), 3);              // cut short at the end
    EXPECT_EQ(bad_at("x\xC3(y"), 1);              // continuation byte missing
    EXPECT_EQ(bad_at("\xC0\xAF"), 0);             // overlong "/"
    EXPECT_EQ(bad_at("ok\xED\xA0\x80"), 2);       // UTF-16 surrogate U+D800
    EXPECT_EQ(bad_at("\xF4\x90\x80\x80"), 0);     // above U+10FFFF
    EXPECT_EQ(bad_at("caf\xE9"), 3);              // Latin-1 é
}

struct ParsedFlags {
    std::string name = "default";
    int n = 3;
    int64_t big = 0;
    double x = 0.5;
    bool on = false;
    std::vector<std::string> rest;
};

static bool parse(std::vector<std::string> args, ParsedFlags* p) {
    Flags fl("prog", "[options] FILE...", "A test program.");
    fl.add("name", &p->name, "S", "a string", Flags::REQUIRED);
    fl.add("n", &p->n, "N", "an int");
    fl.add("big", &p->big, "N", "an int64");
    fl.add("x", &p->x, "F", "a number");
    fl.add("on", &p->on, "a switch");
    fl.positional(&p->rest, 1);
    std::vector<char*> argv = {(char*)"prog"};
    for (std::string& a : args) argv.push_back(a.data());
    return fl.parse((int)argv.size(), argv.data());
}

static std::string error_of(std::vector<std::string> args) {
    ParsedFlags p;
    try {
        parse(std::move(args), &p);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "(no error)";
}

TEST(Flags, ParsesBothSpellingsSwitchesAndPositionals) {
    ParsedFlags p;
    ASSERT_TRUE(parse({"--name", "abc", "a.txt", "--n=7", "--big", "5000000000", "--x", "-1e-3", "--on", "b.txt"}, &p));
    EXPECT_EQ(p.name, "abc");
    EXPECT_EQ(p.n, 7);
    EXPECT_EQ(p.big, 5000000000ll);
    EXPECT_DOUBLE_EQ(p.x, -1e-3);
    EXPECT_TRUE(p.on);
    EXPECT_EQ(p.rest, (std::vector<std::string>{"a.txt", "b.txt"}));
}

TEST(Flags, ExplainsEveryMistake) {
    EXPECT_NE(error_of({"f"}).find("--name S is required"), std::string::npos);
    EXPECT_NE(error_of({"--name", "a"}).find("expected at least 1 input"), std::string::npos);
    EXPECT_NE(error_of({"--name", "a", "f", "--nmae", "b"}).find("unknown option --nmae"), std::string::npos);
    EXPECT_NE(error_of({"--name", "a", "f", "-n", "3"}).find("unknown option '-n'"), std::string::npos);
    EXPECT_NE(error_of({"--name", "a", "f", "--n", "3x"}).find("--n expects an integer, got '3x'"), std::string::npos);
    EXPECT_NE(error_of({"--name", "a", "f", "--n", "99999999999"}).find("expects an integer"), std::string::npos);
    EXPECT_NE(error_of({"--name", "a", "f", "--x", ""}).find("expects a number"), std::string::npos);
    EXPECT_NE(error_of({"--name", "a", "f", "--on=1"}).find("switch and takes no value"), std::string::npos);
    EXPECT_NE(error_of({"--name", "a", "f", "--n"}).find("--n needs a value"), std::string::npos);
}

TEST(Flags, HelpListsEveryFlagWithItsDefault) {
    ParsedFlags p;
    testing::internal::CaptureStdout();
    EXPECT_FALSE(parse({"--help"}, &p));
    std::string help = testing::internal::GetCapturedStdout();
    EXPECT_NE(help.find("usage: prog [options] FILE..."), std::string::npos);
    EXPECT_NE(help.find("--name S"), std::string::npos);
    EXPECT_NE(help.find("(required)"), std::string::npos);
    EXPECT_NE(help.find("--n N"), std::string::npos);
    EXPECT_NE(help.find("(default 3)"), std::string::npos);
    EXPECT_NE(help.find("(default 0.5)"), std::string::npos);
    EXPECT_NE(help.find("--on "), std::string::npos);
}
