// gelu.cu — benchmark of kernels/gelu.cuh (tanh GELU, forward and backward), which this file only uses.
//
//   make dev/cuda/gelu && ./dev/cuda/gelu             CUDA: N = 8 x 1024 x 3072 (the 124M model's MLP)
//   make NO_CUDA=1 dev/cuda/gelu && ./dev/cuda/gelu   the CPU reference: N = 8 x 256 x 256 (the cpu size's MLP)
//
// The element-wise kernels of the model (GELU here, the residual add beside it) are memory-bound: what
// matters is how many bytes each thread moves per instruction. Two versions of the same kernel:
//   v1  each thread takes its elements one load and one store at a time (the launcher's path for
//       buffers that are not 16-byte aligned)
//   v2  each thread moves 16 bytes at once (Vec16: 4 floats or 8 bf16, one 128-bit load or store)
// With CUDA, in fp32 and in bf16, first checks both against the CPU reference on the inputs as the
// device holds them (fp32 1e-5; bf16 rounds the result: 1e-2), then times them (3 warm-up runs, median
// of 20, cudaEvents). GB/s: forward reads inp and writes out (2 N E bytes, E = 4 or 2); backward reads
// dout and inp and writes dinp (3 N E).
#include <string>
#include <vector>

#include "../../kernels/gelu.cuh"
#include "common.cuh"

#ifdef __CUDACC__

template <typename T>
struct Run {
    size_t n;
    T *inp, *dout, *out, *dinp;
    Run(const Vec& x, const Vec& d) : n(x.size()) {
        inp = to_device(as_type<T>(x)), dout = to_device(as_type<T>(d));
        out = to_device(std::vector<T>(n)), dinp = to_device(std::vector<T>(n));
    }
    ~Run() {
        for (void* p : {(void*)inp, (void*)dout, (void*)out, (void*)dinp}) cudaFree(p);
    }
    // The kernels themselves, so that the version is chosen here rather than by the buffers' alignment.
    void forward(bool vec) {
        gelu_forward_kernel<T><<<gelu_blocks<T>(n), GELU_BLOCK, 0, 0>>>(out, inp, n, vec);
        CUDA_CHECK(cudaGetLastError());
    }
    void backward(bool vec) {
        gelu_backward_kernel<T><<<gelu_blocks<T>(n), GELU_BLOCK, 0, 0>>>(dinp, dout, inp, n, vec);
        CUDA_CHECK(cudaGetLastError());
    }
};

// Both versions against the reference; false (and a message) on a mismatch.
template <typename T>
static bool check(const Vec& x0, const Vec& d0) {
    bool bf16 = !std::is_same_v<T, float>;
    Vec x = rounded_as<T>(x0), d = rounded_as<T>(d0), out(x.size()), dinp(x.size());
    gelu_forward_cpu(out.data(), x.data(), x.size());
    gelu_backward_cpu(dinp.data(), d.data(), x.data(), x.size());
    Run<T> r(x, d);
    bool ok = true;
    for (int version = 1; version <= 2; version++) {
        r.forward(version == 2);
        r.backward(version == 2);
        CUDA_CHECK(cudaDeviceSynchronize());
        double fe = max_rel_error(floats_from(r.out, r.n), out), be = max_rel_error(floats_from(r.dinp, r.n), dinp);
        printf("check %s v%d N=%zu: max relative error forward %.2e, backward %.2e\n", bf16 ? "bf16" : "fp32", version,
               x.size(), fe, be);
        ok = ok && fe <= (bf16 ? 1e-2 : 1e-5) && be <= (bf16 ? 1e-2 : 1e-5);
    }
    return ok;
}

template <typename T>
static void time_versions(const Vec& x, const Vec& d) {
    double n = (double)x.size(), E = sizeof(T);
    printf("gelu, CUDA, %s, N=%zu\n", std::is_same_v<T, float> ? "fp32" : "bf16", x.size());
    Run<T> r(x, d);
    for (int version = 1; version <= 2; version++) {
        double forward_ms = median_ms([&] { r.forward(version == 2); });
        double backward_ms = median_ms([&] { r.backward(version == 2); });
        report_bandwidth(("forward v" + std::to_string(version)).c_str(), forward_ms, 2 * n * E);
        report_bandwidth(("backward v" + std::to_string(version)).c_str(), backward_ms, 3 * n * E);
    }
}

#endif

static int run() {
#ifdef __CUDACC__
    const size_t N = (size_t)8 * 1024 * 3072;
#else
    const size_t N = (size_t)8 * 256 * 256;
#endif
    Vec x(N), d(N);
    fill_uniform(x, 1, 4.0f);
    fill_uniform(d, 2, 1.0f);
#ifdef __CUDACC__
    // The check on the first 1M + 3 values: a ragged end that the vector version finishes one by one.
    Vec xc(x.begin(), x.begin() + (1 << 20) + 3), dc(d.begin(), d.begin() + (1 << 20) + 3);
    if (!check<float>(xc, dc) || !check<bf16>(xc, dc)) {
        printf("FAILED: the CUDA kernels disagree with the reference\n");
        return 1;
    }
    time_versions<float>(x, d);
    time_versions<bf16>(x, d);
#else
    Vec out(N), dinp(N);
    double forward_ms = median_ms([&] { gelu_forward_cpu(out.data(), x.data(), N); });
    double backward_ms = median_ms([&] { gelu_backward_cpu(dinp.data(), d.data(), x.data(), N); });
    printf("gelu, CPU reference, N=%zu\n", N);
    report_bandwidth("forward", forward_ms, 8.0 * N);
    report_bandwidth("backward", backward_ms, 12.0 * N);
#endif
    return 0;
}

int main() { return exit_code_of(run); }
