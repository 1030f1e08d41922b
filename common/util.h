// util.h — small host helpers every program uses: formatted errors, timing, hashing, UTF-8.
//
// Errors are exceptions carrying a complete sentence ("file: what is wrong, what to do").
// Each program's main() catches them, prints "error: ..." and exits 1; tests check the text.
#pragma once

#include <sys/stat.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

// Fault injection for the kill tests (test/test_crash.cpp). With SMALLTALK_CRASH_AT=NAME (or NAME#n,
// the n-th time) in the environment, the program kills itself with SIGKILL when it reaches
// crash_point(NAME), as `kill -9` or a lost node would at that instant: no destructor, no buffered
// write and no cleanup runs. Unset (always, outside the tests), a crash point does nothing.
inline bool crash_armed() {
    static const bool armed = getenv("SMALLTALK_CRASH_AT") != nullptr;
    return armed;
}
inline void crash_point(const std::string& name) {
    if (!crash_armed()) return;
    static std::string at = getenv("SMALLTALK_CRASH_AT");
    static int seen = 0;
    size_t hash = at.rfind('#');
    std::string want = hash == std::string::npos ? at : at.substr(0, hash);
    int nth = hash == std::string::npos ? 1 : atoi(at.c_str() + hash + 1);
    if (name == want && ++seen == nth) {
        fflush(stdout);
        raise(SIGKILL);
    }
}

// Throws std::runtime_error with a printf-formatted message.
[[noreturn]] __attribute__((format(printf, 1, 2))) inline void fail(const char* fmt, ...) {
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    throw std::runtime_error(buf);
}

// mkdir -p: DIR and every folder above it that is missing.
inline void make_dirs(const std::string& dir) {
    std::string partial;
    for (size_t i = 0; i <= dir.size(); i++) {
        if (i == dir.size() || dir[i] == '/') {
            if (!partial.empty() && mkdir(partial.c_str(), 0755) != 0 && errno != EEXIST)
                fail("%s: cannot create the folder (%s)", partial.c_str(), strerror(errno));
        }
        if (i < dir.size()) partial += dir[i];
    }
}

inline double now_seconds() {
    using clock = std::chrono::steady_clock;
    return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

// splitmix64: a tiny, well-mixed 64-bit hash step; also the seed expander for our RNGs.
inline uint64_t splitmix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// A seeded generator: the same numbers on every machine and device (weight init, data order).
struct Rng {
    uint64_t state;
    explicit Rng(uint64_t seed) : state(splitmix64(seed)) {}
    uint64_t next() { return state = splitmix64(state); }
    double uniform() { return (double)(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    double normal() {                                                 // Box-Muller
        double u1 = uniform(), u2 = uniform();
        return sqrt(-2.0 * log(1.0 - u1)) * cos(2.0 * M_PI * u2);
    }
    uint64_t below(uint64_t n) { return n ? next() % n : 0; }  // bias < n / 2^64: negligible here
};

// FNV-1a over bytes, finished with splitmix64 so that the low bits are usable too.
inline uint64_t hash_bytes(const char* data, size_t n, uint64_t seed) {
    uint64_t h = 0xCBF29CE484222325ull ^ splitmix64(seed);
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)data[i];
        h *= 0x100000001B3ull;
    }
    return splitmix64(h);
}

// Returns the byte offset of the first invalid UTF-8 sequence, or -1 if the text is valid.
// Strict: rejects overlong forms, surrogates (U+D800..U+DFFF) and code points above U+10FFFF.
inline int64_t find_invalid_utf8(const char* s, size_t n) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { i++; continue; }
        int len;
        uint32_t cp, min;
        if ((c & 0xE0) == 0xC0)      { len = 2; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
        else return (int64_t)i;
        if (i + len > n) return (int64_t)i;
        for (int k = 1; k < len; k++) {
            unsigned char cc = (unsigned char)s[i + k];
            if ((cc & 0xC0) != 0x80) return (int64_t)i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return (int64_t)i;
        i += len;
    }
    return -1;
}

// "12.3 MB", "4.56 M" — for progress lines.
inline std::string human(double x, const char* unit = "") {
    char buf[64];
    if (x >= 1e9)      snprintf(buf, sizeof(buf), "%.2f G%s", x / 1e9, unit);
    else if (x >= 1e6) snprintf(buf, sizeof(buf), "%.2f M%s", x / 1e6, unit);
    else if (x >= 1e3) snprintf(buf, sizeof(buf), "%.1f k%s", x / 1e3, unit);
    else               snprintf(buf, sizeof(buf), "%.0f %s", x, unit);
    return buf;
}
