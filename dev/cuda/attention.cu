// attention.cu — microbenchmark of causal attention (kernels/attention.cuh), forward and backward.
//
//   make dev/cuda/attention && ./dev/cuda/attention
//
// With CUDA: checks the kernels against the CPU reference on a small awkward shape, then times them
// (cudaEvent, warm-up, median) at the GPT-2 small shape B 8, T 1024, C 768, NH 12 and at the paper's
// router (C 96, NH 12: head size 8) with T 256. Built without CUDA: times the CPU reference at
// B 8, T 256, C 128, NH 4.
//
// FLOPs count the causal half of the matrix products only: forward S = Q K^T and O = P V, each
// 2 * T*T/2 * HS per head, so 4 * B*NH*T*T*HS / 2; backward dP, dQ, dK and dV, twice that. Softmax
// and the elementwise work are not counted.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include "../../kernels/attention.cuh"
#include "../../kernels/common.cuh"

namespace {

struct Shape {
    int B, T, C, NH;
};

double forward_flops(Shape s) { return 4.0 * s.B * s.NH * (double)s.T * s.T * (s.C / s.NH) / 2; }
double backward_flops(Shape s) { return 2 * forward_flops(s); }

std::vector<float> random_vec(size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::vector<float> v(n);
    for (float& x : v) x = normal(rng);
    return v;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// TFLOP/s on a GPU, GFLOP/s for the CPU reference.
void report(const char* what, Shape s, double ms, double flops, bool tera) {
    printf("%-8s B %d T %4d C %3d NH %2d HS %3d: %9.3f ms  %7.2f %s\n", what, s.B, s.T, s.C, s.NH, s.C / s.NH, ms,
           flops / (ms * 1e-3) / (tera ? 1e12 : 1e9), tera ? "TFLOP/s" : "GFLOP/s");
}

}  // namespace

#ifdef __CUDACC__

namespace {

constexpr int WARMUP = 3, REPEATS = 21;

// Median over REPEATS runs of f(), each timed by its own pair of events, after WARMUP untimed runs.
template <typename F>
double time_ms(F f) {
    cudaEvent_t start, stop;
    CUDA_CHECK(cudaEventCreate(&start));
    CUDA_CHECK(cudaEventCreate(&stop));
    for (int i = 0; i < WARMUP; i++) f();
    std::vector<double> times;
    for (int i = 0; i < REPEATS; i++) {
        CUDA_CHECK(cudaEventRecord(start));
        f();
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

// Device buffers of one shape's inputs, outputs and scratch, inputs random.
struct Buffers {
    float *qkv, *out, *att, *dout, *dqkv;
    void* scratch;
    explicit Buffers(Shape s) {
        size_t n_qkv = (size_t)s.B * s.T * 3 * s.C, n_out = (size_t)s.B * s.T * s.C;
        CUDA_CHECK(cudaMalloc(&qkv, n_qkv * sizeof(float)));
        CUDA_CHECK(cudaMalloc(&dqkv, n_qkv * sizeof(float)));
        CUDA_CHECK(cudaMalloc(&out, n_out * sizeof(float)));
        CUDA_CHECK(cudaMalloc(&dout, n_out * sizeof(float)));
        CUDA_CHECK(cudaMalloc(&att, (size_t)s.B * s.NH * s.T * s.T * sizeof(float)));
        CUDA_CHECK(cudaMalloc(&scratch, attention_backward_scratch_bytes(s.B, s.T, s.C, s.NH)));
        upload(qkv, random_vec(n_qkv, 1));
        upload(dout, random_vec(n_out, 2));
    }
    ~Buffers() {
        for (void* p : {(void*)qkv, (void*)out, (void*)att, (void*)dout, (void*)dqkv, scratch}) cudaFree(p);
    }
    static void upload(float* d, const std::vector<float>& h) {
        CUDA_CHECK(cudaMemcpy(d, h.data(), h.size() * sizeof(float), cudaMemcpyHostToDevice));
    }
    static std::vector<float> download(const float* d, size_t n) {
        std::vector<float> h(n);
        CUDA_CHECK(cudaMemcpy(h.data(), d, n * sizeof(float), cudaMemcpyDeviceToHost));
        return h;
    }
};

// max |got - want| / max |want|, as in the tests.
double max_rel_error(const std::vector<float>& got, const std::vector<float>& want) {
    double max_diff = 0.0, max_abs = 0.0;
    for (size_t i = 0; i < want.size(); i++) {
        double diff = std::fabs((double)got[i] - want[i]);
        if (std::isnan(diff)) return INFINITY;
        max_diff = std::max(max_diff, diff);
        max_abs = std::max(max_abs, std::fabs((double)want[i]));
    }
    return max_diff / std::max(max_abs, 1e-30);
}

// The kernels against the CPU reference; returns false (and says where) when they disagree.
bool validate(Shape s) {
    Buffers d(s);
    attention_forward(d.out, d.att, d.qkv, s.B, s.T, s.C, s.NH, 0);
    attention_backward(d.dqkv, d.scratch, d.dout, d.qkv, d.att, s.B, s.T, s.C, s.NH, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    size_t n_qkv = (size_t)s.B * s.T * 3 * s.C, n_out = (size_t)s.B * s.T * s.C;
    size_t n_att = (size_t)s.B * s.NH * s.T * s.T;
    std::vector<float> qkv = random_vec(n_qkv, 1), dout = random_vec(n_out, 2);
    std::vector<float> out(n_out), att(n_att), dqkv(n_qkv);
    attention_forward_cpu(out.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH);
    attention_backward_cpu(dqkv.data(), dout.data(), qkv.data(), att.data(), s.B, s.T, s.C, s.NH);
    double errors[] = {max_rel_error(Buffers::download(d.out, n_out), out),
                       max_rel_error(Buffers::download(d.att, n_att), att),
                       max_rel_error(Buffers::download(d.dqkv, n_qkv), dqkv)};
    const char* names[] = {"out", "att", "dqkv"};
    bool ok = true;
    for (int i = 0; i < 3; i++) {
        printf("validate B %d T %d C %d NH %d: %-4s max relative error %.2e\n", s.B, s.T, s.C, s.NH, names[i],
               errors[i]);
        ok = ok && errors[i] <= 1e-5;
    }
    return ok;
}

void benchmark(Shape s) {
    Buffers d(s);
    double fwd = time_ms([&] { attention_forward(d.out, d.att, d.qkv, s.B, s.T, s.C, s.NH, 0); });
    double bwd = time_ms(
        [&] { attention_backward(d.dqkv, d.scratch, d.dout, d.qkv, d.att, s.B, s.T, s.C, s.NH, 0); });
    report("forward", s, fwd, forward_flops(s), true);
    report("backward", s, bwd, backward_flops(s), true);
}

}  // namespace

int main() {
    try {
        cudaDeviceProp prop;
        CUDA_CHECK(cudaGetDeviceProperties(&prop, 0));
        printf("device: %s\n", prop.name);
        if (!validate({2, 67, 256, 4}) || !validate({2, 67, 96, 12})) {
            printf("FAILED: the kernels disagree with the reference\n");
            return 1;
        }
        benchmark({8, 1024, 768, 12});
        benchmark({8, 256, 96, 12});
    } catch (const std::exception& e) {
        fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}

#else  // the CPU reference

int main() {
    const Shape s = {8, 256, 128, 4};
    const int REPEATS = 5;
    size_t n_qkv = (size_t)s.B * s.T * 3 * s.C, n_out = (size_t)s.B * s.T * s.C;
    std::vector<float> qkv = random_vec(n_qkv, 1), dout = random_vec(n_out, 2), out(n_out), dqkv(n_qkv);
    std::vector<float> att((size_t)s.B * s.NH * s.T * s.T);
    auto time_ms = [&](auto f) {
        f();  // warm-up: first touch of the buffers, OpenMP's threads
        std::vector<double> times;
        for (int i = 0; i < REPEATS; i++) {
            auto start = std::chrono::steady_clock::now();
            f();
            std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
            times.push_back(elapsed.count());
        }
        return median(times);
    };
    double fwd = time_ms([&] { attention_forward_cpu(out.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH); });
    double bwd = time_ms(
        [&] { attention_backward_cpu(dqkv.data(), dout.data(), qkv.data(), att.data(), s.B, s.T, s.C, s.NH); });
    printf("CPU reference (no CUDA), median of %d\n", REPEATS);
    report("forward", s, fwd, forward_flops(s), false);
    report("backward", s, bwd, backward_flops(s), false);
    return 0;
}

#endif  // __CUDACC__
