// helpers.h — what several test files need: a scratch folder, running a tool, reading files; for the
// kernel tests, random inputs, error measures, numeric gradients, and (with CUDA) device buffers and
// tests that skip, saying why, without a GPU.
//
// Included by .cpp files (g++) and by .cu files (nvcc, or g++ -x c++ in the CPU-only build): the
// CUDA parts sit behind __CUDACC__. Everything is inline, as every test file links into one binary.
#pragma once

#include <dirent.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "../common/files.h"  // TokenFile, TokenWriter: write_token_slice

#ifdef __CUDACC__
#include "../kernels/common.cuh"  // CUDA_CHECK
#endif

// A fresh folder under /tmp, removed with everything in it at the end of the test.
struct ScratchDir {
    std::string path;
    ScratchDir() {
        char tmpl[] = "/tmp/smalltalk_test_XXXXXX";
        char* p = mkdtemp(tmpl);
        if (!p) throw std::runtime_error("mkdtemp failed");
        path = p;
    }
    ~ScratchDir() { (void)!system(("rm -rf '" + path + "'").c_str()); }
    std::string operator/(const std::string& name) const { return path + "/" + name; }
    std::vector<std::string> files() const {  // names in the folder, sorted
        std::vector<std::string> names;
        if (DIR* d = opendir(path.c_str())) {
            while (dirent* e = readdir(d))
                if (e->d_name[0] != '.') names.push_back(e->d_name);
            closedir(d);
        }
        std::sort(names.begin(), names.end());
        return names;
    }
};

struct RunResult {
    int code;
    std::string output;  // stdout and stderr together
};

// Runs a shell command from the repository root (where `make test` runs the tests).
inline RunResult run(const std::string& cmd) {
    FILE* p = popen((cmd + " 2>&1").c_str(), "r");
    if (!p) return {-1, "popen failed"};
    std::string out;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), p)) > 0) out.append(buf, n);
    int status = pclose(p);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

// Runs a command that must be refused: a non-zero exit and an "error: " message containing `expected`.
inline RunResult expect_refused(const std::string& cmd, const std::string& expected) {
    RunResult r = run(cmd);
    EXPECT_NE(r.code, 0) << cmd;
    EXPECT_NE(r.output.find("error: "), std::string::npos) << cmd << "\n" << r.output;
    EXPECT_NE(r.output.find(expected), std::string::npos) << cmd << "\nexpected: " << expected << "\noutput: " << r.output;
    return r;
}

// Runs a command that must succeed; returns its output. A failure names the command and shows the output.
inline std::string expect_success(const std::string& cmd) {
    RunResult r = run(cmd);
    EXPECT_EQ(r.code, 0) << cmd << "\n" << r.output;
    return r.output;
}

inline std::string read_file(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

inline void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream f(path, std::ios::binary);
    f.write(bytes.data(), (std::streamsize)bytes.size());
}

inline bool exists(const std::string& path) {
    std::ifstream f(path);
    return f.good();
}

// ----------------------------------------------------------------------------------------------
// Kernel tests: inputs and error measures

using Vec = std::vector<float>;

// n normal values with mean offset and standard deviation scale, the same for the same seed.
inline Vec random_vec(size_t n, unsigned seed, float scale = 1.0f, float offset = 0.0f) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Vec v(n);
    for (float& x : v) x = offset + scale * normal(rng);
    return v;
}

// max |got - want| / max |want|: relative to the largest value, so that entries near zero do not
// blow it up. A NaN anywhere counts as infinitely wrong. want may be double (a yardstick computed
// in double precision) or float.
template <typename Want>
double max_rel_error(const Vec& got, const std::vector<Want>& want) {
    double max_diff = 0.0, max_abs = 0.0;
    for (size_t i = 0; i < want.size(); i++) {
        double diff = std::fabs((double)got[i] - (double)want[i]);
        if (std::isnan(diff)) return INFINITY;
        max_diff = std::max(max_diff, diff);
        max_abs = std::max(max_abs, std::fabs((double)want[i]));
    }
    return max_diff / std::max(max_abs, 1e-30);
}

inline bool bit_identical(const Vec& a, const Vec& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

inline double dot(const Vec& a, const Vec& b) {
    double s = 0.0;
    for (size_t i = 0; i < a.size(); i++) s += (double)a[i] * b[i];
    return s;
}

// a - b elementwise: what a backward that accumulates added to its starting values.
inline Vec difference(const Vec& a, const Vec& b) {
    Vec d(a.size());
    for (size_t i = 0; i < a.size(); i++) d[i] = a[i] - b[i];
    return d;
}

// d loss / d x[i] for every i, by central differences. loss() reads x; the step is measured
// after rounding x +- h to float, so that only loss()'s own rounding is left as error.
inline Vec numeric_grad(Vec& x, const std::function<double()>& loss, float h) {
    Vec g(x.size());
    for (size_t i = 0; i < x.size(); i++) {
        float keep = x[i];
        x[i] = keep + h;
        double up = loss();
        float hi = x[i];
        x[i] = keep - h;
        double down = loss();
        float lo = x[i];
        x[i] = keep;
        g[i] = (float)((up - down) / ((double)hi - (double)lo));
    }
    return g;
}

// ----------------------------------------------------------------------------------------------
// A token file holding `count` tokens of `from` from token `offset` on, with its vocabulary and ids:
// a small dataset cut from a real one.
inline void write_token_slice(const std::string& from, int64_t offset, int64_t count, const std::string& to) {
    TokenFile src(from);
    std::vector<int> tokens((size_t)count);
    src.read(offset, count, tokens.data());
    TokenWriter w(to, src.vocab, src.bytes_per_token, src.bos, src.eos);
    w.append(tokens.data(), tokens.size());
    w.commit();
}

// Tests that need a GPU

// Why CUDA code cannot run here, or "" when it can. The GPU tests skip with this reason, so that a
// skipped run says what is missing rather than passing silently.
inline std::string missing_gpu() {
#ifdef __CUDACC__
    int count = 0;
    cudaError_t err = cudaGetDeviceCount(&count);
    if (err != cudaSuccess) return std::string("no CUDA GPU: ") + cudaGetErrorString(err);
    if (count == 0) return "no CUDA GPU: cudaGetDeviceCount found none";
    return "";
#else
    return "built without CUDA";
#endif
}

// At the top of a test body that compiles in both builds: skips it when there is no GPU.
#define SKIP_WITHOUT_GPU()                                   \
    do {                                                     \
        std::string why_no_gpu = missing_gpu();              \
        if (!why_no_gpu.empty()) GTEST_SKIP() << why_no_gpu; \
    } while (0)

// GPU_TEST(Suite, Name, function): a test that runs function() when a GPU is present and skips,
// saying why, when it is not. function() exists only in the CUDA build; the CPU-only build still
// lists the test, as skipped.
#ifdef __CUDACC__
#define GPU_TEST(suite, name, function) \
    TEST(suite, name) {                 \
        SKIP_WITHOUT_GPU();             \
        function();                     \
    }
#else
#define GPU_TEST(suite, name, function) \
    TEST(suite, name) { GTEST_SKIP() << missing_gpu(); }
#endif

#ifdef __CUDACC__
// A device array of n values (a copy of a host vector, or uninitialised), freed at the end of the
// scope.
template <typename T>
struct DeviceBuffer {
    T* ptr = nullptr;
    size_t n;
    explicit DeviceBuffer(size_t count) : n(count) { CUDA_CHECK(cudaMalloc(&ptr, std::max(n, (size_t)1) * sizeof(T))); }
    explicit DeviceBuffer(const std::vector<T>& v) : DeviceBuffer(v.size()) {
        CUDA_CHECK(cudaMemcpy(ptr, v.data(), n * sizeof(T), cudaMemcpyHostToDevice));
    }
    DeviceBuffer(const DeviceBuffer&) = delete;
    DeviceBuffer& operator=(const DeviceBuffer&) = delete;
    ~DeviceBuffer() { cudaFree(ptr); }
    // All-ones bits, a NaN as float: an output the kernel should have written and did not shows.
    void fill_nan() { CUDA_CHECK(cudaMemset(ptr, 0xFF, n * sizeof(T))); }
    std::vector<T> download() const {
        std::vector<T> v(n);
        CUDA_CHECK(cudaMemcpy(v.data(), ptr, n * sizeof(T), cudaMemcpyDeviceToHost));
        return v;
    }
};

// bf16 copies of fp32 values (round to nearest even) and back (exact): the bf16 tests round their inputs
// first, so that the fp32 reference sees exactly the values the kernel reads.
inline std::vector<__nv_bfloat16> to_bf16(const std::vector<float>& v) {
    std::vector<__nv_bfloat16> out(v.size());
    for (size_t i = 0; i < v.size(); i++) out[i] = __float2bfloat16_rn(v[i]);
    return out;
}
inline std::vector<float> from_bf16(const std::vector<__nv_bfloat16>& v) {
    std::vector<float> out(v.size());
    for (size_t i = 0; i < v.size(); i++) out[i] = __bfloat162float(v[i]);
    return out;
}
// The same for tests written once for both activation types: as<T>(v) is v itself or its bf16 copy,
// floats(x) the fp32 values of either.
template <typename T>
std::vector<T> as(const std::vector<float>& v);
template <>
inline std::vector<float> as<float>(const std::vector<float>& v) { return v; }
template <>
inline std::vector<__nv_bfloat16> as<__nv_bfloat16>(const std::vector<float>& v) { return to_bf16(v); }
inline std::vector<float> floats(const std::vector<float>& v) { return v; }
inline std::vector<float> floats(const std::vector<__nv_bfloat16>& v) { return from_bf16(v); }
#endif  // __CUDACC__
