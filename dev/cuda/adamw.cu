// adamw.cu — benchmark of kernels/adamw.cuh: the AdamW step and the global gradient norm.
//
//   make dev/cuda/adamw && ./dev/cuda/adamw             CUDA: n = 124M parameters (GPT-2 small)
//   make NO_CUDA=1 dev/cuda/adamw && ./dev/cuda/adamw   the CPU reference: n = 1.84M (the CPU model)
//
// With CUDA, first checks both kernels against the reference (AdamW: three steps on 1M + 3 parameters;
// norm: on the full 124M), then times each (3 warm-up runs, median of 20, cudaEvents). Without, times
// the reference (1 warm-up, median of 5). GB/s counts the bytes each must move at least: AdamW reads
// params, grads, m, v and writes params, m, v (28 bytes a parameter); the norm reads the gradients once.
#include <algorithm>
#include <cmath>
#include <vector>

#include "../../kernels/adamw.cuh"
#include "common.cuh"

// The model's AdamW settings (common/model.h's defaults) at a typical peak learning rate.
constexpr float LR = 5e-4f, BETA1 = 0.9f, BETA2 = 0.99f, EPS = 1e-8f, WEIGHT_DECAY = 0.1f, GRAD_SCALE = 0.5f;

#ifdef __CUDACC__

// Three AdamW steps on both sides; false (and a message) on a mismatch.
static bool check_adamw(size_t n) {
    Vec p(n), g(n), m(n, 0.0f), v(n, 0.0f);
    fill_uniform(p, 2, 0.1f);
    fill_uniform(g, 3, 1.0f);
    float *d_p = to_device(p), *d_g = to_device(g), *d_m = to_device(m), *d_v = to_device(v);
    for (int t = 1; t <= 3; t++) {
        adamw_update_cpu(p.data(), g.data(), m.data(), v.data(), n, LR, BETA1, BETA2, EPS, WEIGHT_DECAY, GRAD_SCALE, t);
        adamw_update(d_p, d_g, d_m, d_v, n, LR, BETA1, BETA2, EPS, WEIGHT_DECAY, GRAD_SCALE, t, 0);
    }
    double error = std::max({max_rel_error(to_host(d_p, n), p), max_rel_error(to_host(d_m, n), m),
                             max_rel_error(to_host(d_v, n), v)});
    printf("check adamw n=%zu, 3 steps: max relative error params, m, v %.2e\n", n, error);
    for (float* d : {d_p, d_g, d_m, d_v}) CUDA_CHECK(cudaFree(d));
    return error <= 1e-5;
}

static bool check_global_norm(const Vec& g, const float* d_g, void* scratch) {
    double want = global_norm_squared_cpu(g.data(), g.size());
    double got = (double)global_norm(scratch, d_g, g.size(), 0);
    double error = std::fabs(got * got - want) / want;
    printf("check global norm n=%zu: relative error of the squared norm %.2e\n", g.size(), error);
    return error <= 1e-6;
}

#endif

static int run() {
#ifdef __CUDACC__
    const size_t n = 124000000;
#else
    const size_t n = 1840000;
#endif
    Vec params(n), grads(n), m(n, 0.0f), v(n, 0.0f);
    fill_uniform(params, 4, 0.1f);
    fill_uniform(grads, 5, 1.0f);
#ifdef __CUDACC__
    float *d_params = to_device(params), *d_grads = to_device(grads), *d_m = to_device(m), *d_v = to_device(v);
    float* norm_squared;
    void* scratch;
    CUDA_CHECK(cudaMalloc(&norm_squared, sizeof(float)));
    CUDA_CHECK(cudaMalloc(&scratch, global_norm_scratch_bytes()));
    if (!check_adamw((1 << 20) + 3) || !check_global_norm(grads, d_grads, scratch)) {
        printf("FAILED: the CUDA kernels disagree with the reference\n");
        return 1;
    }
    auto adamw = [&] {
        adamw_update(d_params, d_grads, d_m, d_v, n, LR, BETA1, BETA2, EPS, WEIGHT_DECAY, GRAD_SCALE, 10, 0);
    };
    auto norm = [&] { global_norm_squared(norm_squared, scratch, d_grads, n, 0); };
    const char* device = "CUDA";
#else
    auto adamw = [&] {
        adamw_update_cpu(params.data(), grads.data(), m.data(), v.data(), n, LR, BETA1, BETA2, EPS, WEIGHT_DECAY,
                         GRAD_SCALE, 10);
    };
    double sink = 0.0;
    auto norm = [&] { sink += global_norm_squared_cpu(grads.data(), n); };
    const char* device = "CPU reference";
#endif
    double adamw_ms = median_ms(adamw), norm_ms = median_ms(norm);
    printf("adamw and global norm, %s, n=%zu\n", device, n);
    report_bandwidth("adamw", adamw_ms, 28.0 * n);
    report_bandwidth("global norm", norm_ms, 4.0 * n);
#ifdef __CUDACC__
    for (void* d : {(void*)d_params, (void*)d_grads, (void*)d_m, (void*)d_v, (void*)norm_squared, scratch})
        CUDA_CHECK(cudaFree(d));
#else
    (void)sink;
#endif
    return 0;
}

int main() { return exit_code_of(run); }
