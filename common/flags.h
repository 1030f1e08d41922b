// flags.h — GNU long options from one table, which also prints --help.
//
// Each program declares its variables with their defaults, registers them once, and parses:
//
//     std::string model; int vocab = 8192;
//     Flags fl("data/tokenizer train", "[flags] INPUT...", "Trains a SentencePiece BPE model.");
//     fl.add("model", &model, "FILE", "tokenizer model", Flags::REQUIRED);
//     fl.add("vocab-size", &vocab, "N", "vocabulary size");
//     if (!fl.parse(argc, argv)) return 0;   // --help was printed
//
// Values are given as `--name value` or `--name=value`; a bool flag is a switch (`--name`).
// Because help text and parsing come from the same table, they cannot drift apart.
#pragma once

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

#include "util.h"

// The comma-separated items of a list flag's value ("32,64,128"), in order; "" gives none, a trailing
// comma adds nothing, an empty item between two commas is kept (for the caller to refuse or skip).
inline std::vector<std::string> comma_list(const std::string& text) {
    std::vector<std::string> items;
    for (size_t start = 0; start < text.size();) {
        size_t comma = text.find(',', start);
        items.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return items;
}

// A list flag's integers: --sweep 32,64,128. Anything that is not an integer is refused, naming the flag.
inline std::vector<int> comma_ints(const std::string& flag, const std::string& text) {
    std::vector<int> out;
    for (const std::string& item : comma_list(text)) {
        char* end = nullptr;
        long v = strtol(item.c_str(), &end, 10);
        if (item.empty() || *end)
            fail("--%s '%s': '%s' is not an integer (expected a list like 32,64,128)", flag.c_str(), text.c_str(), item.c_str());
        out.push_back((int)v);
    }
    return out;
}

// A range check on one flag's value, after parsing: the message names the flag, the value given and
// what it must be ("--steps -5: must be at least 1"), e.g. check_flag(steps >= 1, "steps", steps, "at least 1").
template <typename T>
void check_flag(bool ok, const char* flag, T value, const char* must_be) {
    if (ok) return;
    if constexpr (std::is_integral_v<T>) fail("--%s %lld: must be %s", flag, (long long)value, must_be);
    else fail("--%s %g: must be %s", flag, (double)value, must_be);
}

// The flags train_expert and train_router share: the optimizer's and the overrides of a preset's shape.
inline void check_training_flags(double lr, int warmup, double weight_decay, double clip, int L, int H, int C) {
    check_flag(lr > 0, "lr", lr, "positive");
    check_flag(warmup >= 0, "warmup", warmup, ">= 0");
    check_flag(weight_decay >= 0, "weight-decay", weight_decay, ">= 0");
    check_flag(clip >= 0, "clip", clip, ">= 0 (0: no clipping)");
    check_flag(L >= 0, "layers", L, ">= 0 (0: the preset's)");
    check_flag(H >= 0, "heads", H, ">= 0 (0: the preset's)");
    check_flag(C >= 0, "channels", C, ">= 0 (0: the preset's)");
}

class Flags {
public:
    enum Need { OPTIONAL, REQUIRED };

    Flags(std::string program, std::string usage, std::string description)
        : program_(std::move(program)), usage_(std::move(usage)), description_(std::move(description)) {}

    void add(const char* name, std::string* dest, const char* metavar, const char* help, Need need = OPTIONAL) {
        push(name, STRING, dest, metavar, help, need, dest->empty() ? "" : "\"" + escaped(*dest) + "\"");
    }
    void add(const char* name, int* dest, const char* metavar, const char* help, Need need = OPTIONAL) {
        push(name, INT, dest, metavar, help, need, std::to_string(*dest));
    }
    void add(const char* name, int64_t* dest, const char* metavar, const char* help, Need need = OPTIONAL) {
        push(name, INT64, dest, metavar, help, need, std::to_string(*dest));
    }
    void add(const char* name, double* dest, const char* metavar, const char* help, Need need = OPTIONAL) {
        char buf[32];
        snprintf(buf, sizeof(buf), "%g", *dest);
        push(name, DOUBLE, dest, metavar, help, need, buf);
    }
    void add(const char* name, bool* dest, const char* help) {
        push(name, SWITCH, dest, nullptr, help, OPTIONAL, "");
    }
    // Positional arguments (input files, ...): `min` of them at least.
    void positional(std::vector<std::string>* dest, size_t min) { positional_ = dest; min_positional_ = min; }

    // Parses argv[first..]. Returns false after printing --help; throws on bad usage.
    bool parse(int argc, char** argv, int first = 1) {
        for (int i = first; i < argc; i++) {
            std::string arg = argv[i];
            if (arg == "--help" || arg == "-h") { print_help(stdout); return false; }
            if (arg.size() < 3 || arg[0] != '-' || arg[1] != '-') {
                if (arg.size() > 1 && arg[0] == '-') fail("%s: unknown option '%s' (options are --long-names; see --help)", program_.c_str(), arg.c_str());
                if (!positional_) fail("%s: unexpected argument '%s' (see --help)", program_.c_str(), arg.c_str());
                positional_->push_back(arg);
                continue;
            }
            std::string name = arg.substr(2), value;
            bool has_value = false;
            size_t eq = name.find('=');
            if (eq != std::string::npos) { value = name.substr(eq + 1); name = name.substr(0, eq); has_value = true; }
            Entry* e = find(name);
            if (!e) fail("%s: unknown option --%s (see --help for the list)", program_.c_str(), name.c_str());
            if (e->type == SWITCH) {
                if (has_value) fail("%s: --%s is a switch and takes no value", program_.c_str(), name.c_str());
                *(bool*)e->dest = true;
            } else {
                if (!has_value) {
                    if (i + 1 >= argc) fail("%s: --%s needs a value (%s)", program_.c_str(), name.c_str(), e->metavar);
                    value = argv[++i];
                }
                set(*e, value);
            }
            e->seen = true;
        }
        for (const Entry& e : entries_)
            if (e.need == REQUIRED && !e.seen) fail("%s: --%s %s is required (see --help)", program_.c_str(), e.name, e.metavar);
        if (positional_ && positional_->size() < min_positional_)
            fail("%s: expected at least %zu input argument(s), got %zu (usage: %s %s)", program_.c_str(),
                 min_positional_, positional_->size(), program_.c_str(), usage_.c_str());
        return true;
    }

    bool given(const char* name) const {
        for (const Entry& e : entries_) if (e.name == std::string(name)) return e.seen;
        return false;
    }

    void print_help(FILE* out) const {
        fprintf(out, "usage: %s %s\n\n%s\n\noptions:\n", program_.c_str(), usage_.c_str(), description_.c_str());
        for (const Entry& e : entries_) {
            std::string left = std::string("--") + e.name + (e.metavar ? std::string(" ") + e.metavar : "");
            fprintf(out, "  %-28s %s", left.c_str(), e.help);
            if (e.need == REQUIRED) fprintf(out, " (required)");
            else if (!e.default_text.empty()) fprintf(out, " (default %s)", e.default_text.c_str());
            fprintf(out, "\n");
        }
        fprintf(out, "  %-28s %s\n", "--help", "print this help and exit");
    }

private:
    enum Type { STRING, INT, INT64, DOUBLE, SWITCH };
    struct Entry {
        const char* name; Type type; void* dest; const char* metavar; const char* help; Need need;
        std::string default_text; bool seen;
    };

    void push(const char* name, Type type, void* dest, const char* metavar, const char* help, Need need, std::string def) {
        entries_.push_back({name, type, dest, metavar, help, need, std::move(def), false});
    }
    static std::string escaped(const std::string& s) {  // a default of "\n" prints as \n
        std::string r;
        for (char c : s) r += c == '\n' ? "\\n" : c == '\t' ? "\\t" : std::string(1, c);
        return r;
    }
    Entry* find(const std::string& name) {
        for (Entry& e : entries_) if (name == e.name) return &e;
        return nullptr;
    }
    void set(const Entry& e, const std::string& v) {
        const char* s = v.c_str();
        char* end = nullptr;
        errno = 0;
        switch (e.type) {
            case STRING: *(std::string*)e.dest = v; return;
            case INT: {
                long x = strtol(s, &end, 10);
                if (v.empty() || *end || errno || x < INT32_MIN || x > INT32_MAX) bad_value(e, v, "an integer");
                *(int*)e.dest = (int)x;
                return;
            }
            case INT64: {
                long long x = strtoll(s, &end, 10);
                if (v.empty() || *end || errno) bad_value(e, v, "an integer");
                *(int64_t*)e.dest = x;
                return;
            }
            case DOUBLE: {
                double x = strtod(s, &end);
                if (v.empty() || *end || errno) bad_value(e, v, "a number");
                *(double*)e.dest = x;
                return;
            }
            case SWITCH: return;
        }
    }
    [[noreturn]] void bad_value(const Entry& e, const std::string& v, const char* what) {
        fail("%s: --%s expects %s, got '%s'", program_.c_str(), e.name, what, v.c_str());
    }

    std::string program_, usage_, description_;
    std::vector<Entry> entries_;
    std::vector<std::string>* positional_ = nullptr;
    size_t min_positional_ = 0;
};
