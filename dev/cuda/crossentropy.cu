// crossentropy.cu — benchmark of kernels/crossentropy.cuh, the classifier's loss: forward, backward.
//
//   make dev/cuda/crossentropy && ./dev/cuda/crossentropy             CUDA: N=8192, V=50257, Vp=50304
//   make NO_CUDA=1 dev/cuda/crossentropy && ./dev/cuda/crossentropy   the CPU reference: N=2048, V=Vp=8192
//
// With CUDA, first checks forward and backward against the reference on N=64 rows of the same vocabulary
// (padding full of huge values), then times each (3 warm-up runs, median of 20, cudaEvents). Without,
// times the reference (1 warm-up, median of 5) at the CPU model's shape (batch 8 x 256, vocabulary 8192).
// GB/s counts the bytes each pass must move at least: forward reads the N x V real logits; backward
// reads them and writes N x Vp gradients; targets, losses and dlosses are 4 bytes a row.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <vector>

#include "../../kernels/crossentropy.cuh"

using Vec = std::vector<float>;

// Uniform in [-scale, scale), from a xorshift: fast enough for the 400M logits of the CUDA shape.
static void fill_uniform(Vec& v, uint32_t seed, float scale) {
    uint32_t s = seed * 2654435761u + 1;
    for (float& x : v) {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        x = scale * ((float)(s >> 8) * (2.0f / 16777216.0f) - 1.0f);
    }
}

struct Problem {
    int N, V, Vp;
    Vec logits, dlosses;
    std::vector<int> targets;
};

// Padding columns hold 1e30: a kernel that let them into the softmax would fail the check.
static Problem make_problem(int N, int V, int Vp) {
    Problem p{N, V, Vp, Vec((size_t)N * Vp), Vec(N, 1.0f / N), std::vector<int>(N)};
    fill_uniform(p.logits, 1, 10.0f);
    for (int n = 0; n < N; n++) {
        for (int v = V; v < Vp; v++) p.logits[(size_t)n * Vp + v] = 1e30f;
        p.targets[n] = (int)(((uint64_t)n * 2654435761u) % V);
    }
    return p;
}

#ifdef __CUDACC__

// Median of 20 timed runs of launch(), in milliseconds, after 3 warm-up runs.
template <typename F>
static double median_ms(F launch) {
    cudaEvent_t start, stop;
    CUDA_CHECK(cudaEventCreate(&start));
    CUDA_CHECK(cudaEventCreate(&stop));
    for (int i = 0; i < 3; i++) launch();
    std::vector<float> times;
    for (int i = 0; i < 20; i++) {
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
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

template <typename T>
static T* to_device(const std::vector<T>& v) {
    T* d;
    CUDA_CHECK(cudaMalloc(&d, v.size() * sizeof(T)));
    CUDA_CHECK(cudaMemcpy(d, v.data(), v.size() * sizeof(T), cudaMemcpyHostToDevice));
    return d;
}

template <typename T>
static std::vector<T> to_host(const T* d, size_t n) {
    std::vector<T> v(n);
    CUDA_CHECK(cudaMemcpy(v.data(), d, n * sizeof(T), cudaMemcpyDeviceToHost));
    return v;
}

// max |got - want| / max |want|
static double max_rel_error(const Vec& got, const Vec& want) {
    double max_diff = 0.0, max_abs = 0.0;
    for (size_t i = 0; i < want.size(); i++) {
        double diff = std::fabs((double)got[i] - want[i]);
        if (std::isnan(diff)) return INFINITY;
        max_diff = std::max(max_diff, diff);
        max_abs = std::max(max_abs, std::fabs((double)want[i]));
    }
    return max_diff / std::max(max_abs, 1e-30);
}

// The kernels against the reference on a few rows; false (and a message) on a mismatch.
static bool check(int N, int V, int Vp) {
    Problem p = make_problem(N, V, Vp);
    Vec losses(N), dlogits(p.logits.size());
    crossentropy_forward_cpu(losses.data(), p.logits.data(), p.targets.data(), N, V, Vp);
    crossentropy_backward_cpu(dlogits.data(), p.logits.data(), p.targets.data(), p.dlosses.data(), N, V, Vp);
    float *d_logits = to_device(p.logits), *d_dlosses = to_device(p.dlosses), *d_losses, *d_dlogits;
    int* d_targets = to_device(p.targets);
    CUDA_CHECK(cudaMalloc(&d_losses, N * sizeof(float)));
    CUDA_CHECK(cudaMalloc(&d_dlogits, p.logits.size() * sizeof(float)));
    crossentropy_forward(d_losses, d_logits, d_targets, N, V, Vp, 0);
    crossentropy_backward(d_dlogits, d_logits, d_targets, d_dlosses, N, V, Vp, 0);
    double loss_error = max_rel_error(to_host(d_losses, N), losses);
    double grad_error = max_rel_error(to_host(d_dlogits, dlogits.size()), dlogits);
    printf("check N=%d V=%d Vp=%d: max relative error losses %.2e, dlogits %.2e\n", N, V, Vp, loss_error, grad_error);
    for (void* d : {(void*)d_logits, (void*)d_dlosses, (void*)d_losses, (void*)d_dlogits, (void*)d_targets})
        CUDA_CHECK(cudaFree(d));
    return loss_error <= 1e-5 && grad_error <= 1e-5;
}

#else

// Median of 5 timed runs of run(), in milliseconds, after 1 warm-up run.
template <typename F>
static double median_ms(F run) {
    run();
    std::vector<double> times;
    for (int i = 0; i < 5; i++) {
        auto start = std::chrono::steady_clock::now();
        run();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

#endif

static void report(const char* what, double ms, double bytes) {
    printf("%-20s %9.3f ms  %8.1f GB/s\n", what, ms, bytes / (ms * 1e-3) / 1e9);
}

static int run() {
#ifdef __CUDACC__
    if (!check(64, 50257, 50304)) {
        printf("FAILED: the CUDA kernels disagree with the reference\n");
        return 1;
    }
    const int N = 8192, V = 50257, Vp = 50304;
#else
    const int N = 2048, V = 8192, Vp = 8192;
#endif
    Problem p = make_problem(N, V, Vp);
#ifdef __CUDACC__
    float *logits = to_device(p.logits), *dlosses = to_device(p.dlosses), *losses, *dlogits;
    int* targets = to_device(p.targets);
    CUDA_CHECK(cudaMalloc(&losses, N * sizeof(float)));
    CUDA_CHECK(cudaMalloc(&dlogits, p.logits.size() * sizeof(float)));
    auto forward = [&] { crossentropy_forward(losses, logits, targets, N, V, Vp, 0); };
    auto backward = [&] { crossentropy_backward(dlogits, logits, targets, dlosses, N, V, Vp, 0); };
    const char* device = "CUDA";
#else
    float *logits = p.logits.data(), *dlosses = p.dlosses.data();
    int* targets = p.targets.data();
    Vec losses_host(N), dlogits_host(p.logits.size());
    float *losses = losses_host.data(), *dlogits = dlogits_host.data();
    auto forward = [&] { crossentropy_forward_cpu(losses, logits, targets, N, V, Vp); };
    auto backward = [&] { crossentropy_backward_cpu(dlogits, logits, targets, dlosses, N, V, Vp); };
    const char* device = "CPU reference";
#endif
    double forward_ms = median_ms(forward), backward_ms = median_ms(backward);
    double forward_bytes = 4.0 * N * V + 8.0 * N, backward_bytes = 4.0 * N * V + 4.0 * N * Vp + 8.0 * N;
    printf("crossentropy, %s, N=%d V=%d Vp=%d\n", device, N, V, Vp);
    report("forward", forward_ms, forward_bytes);
    report("backward", backward_ms, backward_bytes);
    report("forward + backward", forward_ms + backward_ms, forward_bytes + backward_bytes);
#ifdef __CUDACC__
    for (void* d : {(void*)logits, (void*)dlosses, (void*)losses, (void*)dlogits, (void*)targets})
        CUDA_CHECK(cudaFree(d));
#endif
    return 0;
}

int main() {
    try {
        return run();
    } catch (const std::exception& e) {
        fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
