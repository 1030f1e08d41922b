// common.cuh — what every kernel benchmark in dev/cuda shares: random inputs, the error measure of
// the checks, timing (median of repeated runs), the GB/s line and main()'s error handling.
//
// Compiles with g++ too (the CPU-only build times the C++ references): the CUDA parts sit behind
// __CUDACC__. Each benchmark is a single translation unit, so plain inline definitions suffice.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <random>
#include <vector>

#include "../../kernels/common.cuh"

using Vec = std::vector<float>;

// ----------------------------------------------------------------------------------------------
// Inputs

// Uniform in [-scale, scale), from a xorshift: fast enough for the hundreds of millions of values of
// the GPU shapes (400M logits for cross-entropy, 4 x 124M for AdamW), and reproducible.
inline void fill_uniform(Vec& v, uint32_t seed, float scale) {
    uint32_t s = seed * 2654435761u + 1;
    for (float& x : v) {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        x = scale * ((float)(s >> 8) * (2.0f / 16777216.0f) - 1.0f);
    }
}

// n standard normal values, the same for the same seed.
inline Vec random_vec(size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    Vec v(n);
    for (float& x : v) x = normal(rng);
    return v;
}

// ----------------------------------------------------------------------------------------------
// Checks

// max |got - want| / max |want|, as in the tests: relative to the largest value, so that entries
// near zero do not blow it up. A NaN anywhere counts as infinitely wrong.
inline double max_rel_error(const Vec& got, const Vec& want) {
    double max_diff = 0.0, max_abs = 0.0;
    for (size_t i = 0; i < want.size(); i++) {
        double diff = std::fabs((double)got[i] - want[i]);
        if (std::isnan(diff)) return INFINITY;
        max_diff = std::max(max_diff, diff);
        max_abs = std::max(max_abs, std::fabs((double)want[i]));
    }
    return max_diff / std::max(max_abs, 1e-30);
}

// ----------------------------------------------------------------------------------------------
// Timing. The median rather than the mean: one run slowed by another process (or a time slice
// lost by an OpenMP thread) would otherwise move the figure.

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Median wall-clock time of `repeats` runs of f(), in milliseconds, after `warmup` untimed runs
// (first touch of the buffers, OpenMP's threads starting).
template <typename F>
double wall_median_ms(F f, int warmup, int repeats) {
    for (int i = 0; i < warmup; i++) f();
    std::vector<double> times;
    for (int i = 0; i < repeats; i++) {
        auto start = std::chrono::steady_clock::now();
        f();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    return median(times);
}

#ifdef __CUDACC__

// Median GPU time of `repeats` runs of launch(), in milliseconds, each between its own pair of
// CUDA events, after `warmup` untimed runs (clocks ramping up, cuBLAS choosing its kernels).
template <typename F>
double cuda_median_ms(F launch, int warmup, int repeats) {
    cudaEvent_t start, stop;
    CUDA_CHECK(cudaEventCreate(&start));
    CUDA_CHECK(cudaEventCreate(&stop));
    for (int i = 0; i < warmup; i++) launch();
    std::vector<double> times;
    for (int i = 0; i < repeats; i++) {
        CUDA_CHECK(cudaEventRecord(start));
        launch();
        CUDA_CHECK(cudaEventRecord(stop));
        CUDA_CHECK(cudaEventSynchronize(stop));
        float ms;
        CUDA_CHECK(cudaEventElapsedTime(&ms, start, stop));
        times.push_back(ms);
    }
    CUDA_CHECK(cudaEventDestroy(start));
    CUDA_CHECK(cudaEventDestroy(stop));
    return median(times);
}

#endif  // __CUDACC__

// The default of the memory-bound benchmarks (crossentropy, adamw, layernorm): CUDA events, 3
// warm-up runs, median of 20; without CUDA the reference is slow, so 1 warm-up and median of 5.
template <typename F>
double median_ms(F f) {
#ifdef __CUDACC__
    return cuda_median_ms(f, 3, 20);
#else
    return wall_median_ms(f, 1, 5);
#endif
}

// ----------------------------------------------------------------------------------------------
// Output

// One line of a memory-bound benchmark: bytes is what one run must move at least.
inline void report_bandwidth(const char* what, double ms, double bytes) {
    printf("%-20s %9.3f ms  %8.1f GB/s\n", what, ms, bytes / (ms * 1e-3) / 1e9);
}

// main()'s body: run()'s exit code, or 1 after printing the error when it throws (CUDA_CHECK, a
// failed allocation).
template <typename F>
int exit_code_of(F run) {
    try {
        return run();
    } catch (const std::exception& e) {
        fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}

// ----------------------------------------------------------------------------------------------
// Host <-> device copies

#ifdef __CUDACC__

// A new device array holding v; the caller frees it with cudaFree.
template <typename T>
T* to_device(const std::vector<T>& v) {
    T* d;
    CUDA_CHECK(cudaMalloc(&d, v.size() * sizeof(T)));
    CUDA_CHECK(cudaMemcpy(d, v.data(), v.size() * sizeof(T), cudaMemcpyHostToDevice));
    return d;
}

template <typename T>
std::vector<T> to_host(const T* d, size_t n) {
    std::vector<T> v(n);
    CUDA_CHECK(cudaMemcpy(v.data(), d, n * sizeof(T), cudaMemcpyDeviceToHost));
    return v;
}

// Values as a kernel of activation type T (float or bf16) holds them: v rounded to T; that rounding
// read back as floats (what the reference must see); a device array of T downloaded as floats.
template <typename T>
std::vector<T> as_type(const Vec& v) {
    std::vector<T> out(v.size());
    for (size_t i = 0; i < v.size(); i++) out[i] = from_float<T>(v[i]);
    return out;
}

template <typename T>
Vec rounded_as(const Vec& v) {
    Vec out(v.size());
    for (size_t i = 0; i < v.size(); i++) out[i] = to_float(from_float<T>(v[i]));
    return out;
}

template <typename T>
Vec floats_from(const T* d, size_t n) {
    std::vector<T> h = to_host(d, n);
    Vec out(n);
    for (size_t i = 0; i < n; i++) out[i] = to_float(h[i]);
    return out;
}

#endif  // __CUDACC__
