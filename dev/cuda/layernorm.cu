// layernorm.cu — benchmark of kernels/layernorm.cuh (forward, backward), which this file only uses.
//
//   make dev/cuda/layernorm && ./dev/cuda/layernorm             CUDA: B*T = 8192, C = 768 (GPT-2 small)
//   make NO_CUDA=1 dev/cuda/layernorm && ./dev/cuda/layernorm   the CPU reference: B*T = 2048, C = 128
//
// With CUDA, first checks forward (out, mean, rstd) and backward (dinp, dweight, dbias) against the
// reference at the same shape, then times each (3 warm-up runs, median of 20, cudaEvents). Without,
// times the reference (1 warm-up, median of 5) at the CPU model's shape (batch 8 x 256, C 128).
// GB/s counts the bytes each must move at least: forward reads inp and writes out (plus mean, rstd,
// weight, bias); backward reads dout and inp and writes dinp (plus mean, rstd, weight, and dweight,
// dbias read and written).
#include <algorithm>
#include <vector>

#include "../../kernels/layernorm.cuh"
#include "common.cuh"

#ifdef __CUDACC__

// Forward and backward on both sides; false (and a message) on a mismatch.
static bool check(const Vec& inp, const Vec& weight, const Vec& bias, const Vec& dout, int B, int T, int C) {
    int N = B * T;
    Vec out(inp.size()), mean(N), rstd(N), dinp(inp.size()), dweight(C, 0.0f), dbias(C, 0.0f);
    layernorm_forward_cpu(out.data(), mean.data(), rstd.data(), inp.data(), weight.data(), bias.data(), B, T, C);
    layernorm_backward_cpu(dinp.data(), dweight.data(), dbias.data(), dout.data(), inp.data(), weight.data(),
                           mean.data(), rstd.data(), B, T, C);
    float *d_inp = to_device(inp), *d_weight = to_device(weight), *d_bias = to_device(bias), *d_dout = to_device(dout);
    float *d_out = to_device(out), *d_mean = to_device(mean), *d_rstd = to_device(rstd), *d_dinp = to_device(dinp);
    float *d_dweight = to_device(Vec(C, 0.0f)), *d_dbias = to_device(Vec(C, 0.0f));
    void* scratch;
    CUDA_CHECK(cudaMalloc(&scratch, layernorm_backward_scratch_bytes(B, T, C)));
    layernorm_forward(d_out, d_mean, d_rstd, d_inp, d_weight, d_bias, B, T, C, 0);
    layernorm_backward(d_dinp, d_dweight, d_dbias, scratch, d_dout, d_inp, d_weight, d_mean, d_rstd, B, T, C, 0);
    double forward_error = std::max({max_rel_error(to_host(d_out, out.size()), out),
                                     max_rel_error(to_host(d_mean, N), mean), max_rel_error(to_host(d_rstd, N), rstd)});
    double backward_error =
        std::max({max_rel_error(to_host(d_dinp, dinp.size()), dinp), max_rel_error(to_host(d_dweight, C), dweight),
                  max_rel_error(to_host(d_dbias, C), dbias)});
    printf("check B*T=%d C=%d: max relative error forward %.2e, backward %.2e\n", N, C, forward_error,
           backward_error);
    for (void* d : {(void*)d_inp, (void*)d_weight, (void*)d_bias, (void*)d_dout, (void*)d_out, (void*)d_mean,
                    (void*)d_rstd, (void*)d_dinp, (void*)d_dweight, (void*)d_dbias, scratch})
        CUDA_CHECK(cudaFree(d));
    return forward_error <= 1e-5 && backward_error <= 1e-5;
}

#endif

static int run() {
#ifdef __CUDACC__
    const int B = 8, T = 1024, C = 768;
#else
    const int B = 8, T = 256, C = 128;
#endif
    const int N = B * T;
    Vec inp((size_t)N * C), weight(C), bias(C), dout(inp.size());
    fill_uniform(inp, 1, 2.0f);
    fill_uniform(weight, 2, 1.0f);
    fill_uniform(bias, 3, 0.1f);
    fill_uniform(dout, 4, 1.0f);
#ifdef __CUDACC__
    if (!check(inp, weight, bias, dout, B, T, C)) {
        printf("FAILED: the CUDA kernels disagree with the reference\n");
        return 1;
    }
    float *d_inp = to_device(inp), *d_weight = to_device(weight), *d_bias = to_device(bias), *d_dout = to_device(dout);
    float *out, *mean, *rstd, *dinp, *dweight = to_device(Vec(C, 0.0f)), *dbias = to_device(Vec(C, 0.0f));
    void* scratch;
    CUDA_CHECK(cudaMalloc(&out, inp.size() * sizeof(float)));
    CUDA_CHECK(cudaMalloc(&dinp, inp.size() * sizeof(float)));
    CUDA_CHECK(cudaMalloc(&mean, N * sizeof(float)));
    CUDA_CHECK(cudaMalloc(&rstd, N * sizeof(float)));
    CUDA_CHECK(cudaMalloc(&scratch, layernorm_backward_scratch_bytes(B, T, C)));
    auto forward = [&] { layernorm_forward(out, mean, rstd, d_inp, d_weight, d_bias, B, T, C, 0); };
    auto backward = [&] {
        layernorm_backward(dinp, dweight, dbias, scratch, d_dout, d_inp, d_weight, mean, rstd, B, T, C, 0);
    };
    const char* device = "CUDA";
#else
    Vec out(inp.size()), mean(N), rstd(N), dinp(inp.size()), dweight(C, 0.0f), dbias(C, 0.0f);
    auto forward = [&] {
        layernorm_forward_cpu(out.data(), mean.data(), rstd.data(), inp.data(), weight.data(), bias.data(), B, T, C);
    };
    auto backward = [&] {
        layernorm_backward_cpu(dinp.data(), dweight.data(), dbias.data(), dout.data(), inp.data(), weight.data(),
                               mean.data(), rstd.data(), B, T, C);
    };
    const char* device = "CPU reference";
#endif
    double forward_ms = median_ms(forward), backward_ms = median_ms(backward);
    double forward_bytes = 4.0 * (2.0 * N * C + 2.0 * N + 2.0 * C);
    double backward_bytes = 4.0 * (3.0 * N * C + 2.0 * N + 5.0 * C);
    printf("layernorm, %s, B*T=%d C=%d\n", device, N, C);
    report_bandwidth("forward", forward_ms, forward_bytes);
    report_bandwidth("backward", backward_ms, backward_bytes);
#ifdef __CUDACC__
    for (void* d : {(void*)d_inp, (void*)d_weight, (void*)d_bias, (void*)d_dout, (void*)out, (void*)mean,
                    (void*)rstd, (void*)dinp, (void*)dweight, (void*)dbias, scratch})
        CUDA_CHECK(cudaFree(d));
#endif
    return 0;
}

int main() { return exit_code_of(run); }
