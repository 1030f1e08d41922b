// adamw.cuh — the optimizer step (AdamW) and the global gradient norm that clipping needs.
//
// Global norm: ||g||^2 = sum_i g_i^2 over all n gradients (one flat buffer). The caller clips with
//   grad_scale = min(1, max_norm / (sqrt(||g||^2) + 1e-6))
// and hands grad_scale to adamw_update, which multiplies the gradients by it as it reads them.
// Deterministic on both sides, so that a resumed run repeats the original bit for bit:
//   CPU: GLOBAL_NORM_CPU_CHUNKS fixed slices, each summed in order in double, then the slices' sums
//        added in slice order: the same additions whatever the number of OpenMP threads.
//   CUDA: two passes, no atomics. GLOBAL_NORM_BLOCKS blocks (a constant, not the GPU's SM count) each
//        sum a fixed grid-stride share into one partial, in double; one block adds the partials.
//
// AdamW, for each element (t = step number, from 1), exactly as PyTorch's torch.optim.AdamW
// (torch/optim/adamw.py, single-tensor and foreach paths alike; amsgrad off):
//   g  = grad * grad_scale
//   p  = p * (1 - lr * weight_decay)                      decoupled weight decay, on the old p
//   m  = m + (1 - beta1) * (g - m)                          exp_avg.lerp_(grad, 1 - beta1)
//   v  = v * beta2 + (1 - beta2) * g * g                    exp_avg_sq.mul_(beta2).addcmul_(g, g, 1 - beta2)
//   denom = sqrt(v) / sqrt(1 - beta2^t) + eps               eps added after the bias correction
//   p  = p - (lr / (1 - beta1^t)) * m / denom               param.addcdiv_(exp_avg, denom, -step_size)
// which is the documented p -= lr * (m_hat / (sqrt(v_hat) + eps) + weight_decay * p) with
// m_hat = m / (1 - beta1^t), v_hat = v / (1 - beta2^t). As in PyTorch the scalars (1 - lr * wd, the bias
// corrections, the step size) are worked out in double once per step and used as fp32.
// The caller calls adamw_update once per parameter tensor, with weight_decay 0 for biases and
// LayerNorm parameters.
//
// bf16 working copy (--precision bf16): AdamW updates the fp32 master weights; the matmuls read a copy
// rounded to bf16 (nearest even), which weights_to_bf16 makes from the master before each forward.
// One pass over the parameters (6 bytes each) per forward, ~0.3 ms at 124M on an H100; a copy made
// inside the AdamW kernel would save it, but then every other writer of the parameters (loading,
// ZeRO's broadcast, a test setting them) would have to remember to refresh it.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "common.cuh"

// ----------------------------------------------------------------------------------------------
// Reference

constexpr int GLOBAL_NORM_CPU_CHUNKS = 64;

inline double global_norm_squared_cpu(const float* g, size_t n) {
    double chunk_sums[GLOBAL_NORM_CPU_CHUNKS];
#pragma omp parallel for
    for (int c = 0; c < GLOBAL_NORM_CPU_CHUNKS; c++) {
        size_t begin = n * c / GLOBAL_NORM_CPU_CHUNKS, end = n * (c + 1) / GLOBAL_NORM_CPU_CHUNKS;
        double sum = 0.0;
        for (size_t i = begin; i < end; i++) sum += (double)g[i] * g[i];
        chunk_sums[c] = sum;
    }
    double total = 0.0;
    for (int c = 0; c < GLOBAL_NORM_CPU_CHUNKS; c++) total += chunk_sums[c];
    return total;
}

// The per-step scalars of the update, shared by the reference and the kernel so that both do the same
// fp32 arithmetic per element.
struct AdamWStep {
    float beta1_complement;  // 1 - beta1, the lerp weight
    float beta2, beta2_complement;
    float decay;      // 1 - lr * weight_decay
    float step_size;  // lr / (1 - beta1^t)
    float bias_correction2_sqrt;  // sqrt(1 - beta2^t)
    float eps, grad_scale;
};

inline AdamWStep adamw_step(float lr, float beta1, float beta2, float eps, float weight_decay, float grad_scale,
                            int t) {
    double bias_correction1 = 1.0 - std::pow((double)beta1, t);
    double bias_correction2 = 1.0 - std::pow((double)beta2, t);
    return {(float)(1.0 - beta1),
            beta2,
            (float)(1.0 - beta2),
            (float)(1.0 - (double)lr * weight_decay),
            (float)(lr / bias_correction1),
            (float)std::sqrt(bias_correction2),
            eps,
            grad_scale};
}

HOST_DEVICE inline void adamw_element(float* p, float grad, float* m, float* v, const AdamWStep& s) {
    float g = grad * s.grad_scale;
    float param = *p * s.decay;
    float m_new = *m + s.beta1_complement * (g - *m);
    float v_new = *v * s.beta2 + s.beta2_complement * g * g;
    float denom = sqrtf(v_new) / s.bias_correction2_sqrt + s.eps;
    *p = param - s.step_size * m_new / denom;
    *m = m_new;
    *v = v_new;
}

// One step for n parameters; m and v start at zero before step t = 1.
inline void adamw_update_cpu(float* params, const float* grads, float* m, float* v, size_t n, float lr, float beta1,
                             float beta2, float eps, float weight_decay, float grad_scale, int t) {
    AdamWStep s = adamw_step(lr, beta1, beta2, eps, weight_decay, grad_scale, t);
#pragma omp parallel for
    for (size_t i = 0; i < n; i++) adamw_element(&params[i], grads[i], &m[i], &v[i], s);
}

// fp32 to bf16, round to nearest even (adding 0x7FFF plus the kept lowest bit carries into the kept
// 16 bits exactly when the dropped ones are above half, or at half with the kept part odd); any NaN
// becomes 0x7FFF, the canonical bf16 NaN that cvt.rn.bf16.f32 gives. The reference of
// weights_to_bf16_kernel.
inline uint16_t bf16_bits_cpu(float x) {
    uint32_t u;
    memcpy(&u, &x, sizeof u);
    if ((u & 0x7fffffffu) > 0x7f800000u) return 0x7fff;
    uint32_t lsb = (u >> 16) & 1u;
    return (uint16_t)((u + 0x7fffu + lsb) >> 16);
}

inline void weights_to_bf16_cpu(uint16_t* out, const float* in, size_t n) {
    for (size_t i = 0; i < n; i++) out[i] = bf16_bits_cpu(in[i]);
}

#ifdef __CUDACC__

// ----------------------------------------------------------------------------------------------
// CUDA kernels

// Kernels are static: every translation unit that includes this header (the test files, the
// programs) gets its own copy, instead of a duplicate symbol at link time.
constexpr int GLOBAL_NORM_BLOCK = 512;
constexpr int GLOBAL_NORM_BLOCKS = 1024;  // fixed, so every GPU adds in the same order
constexpr int ADAMW_BLOCK = 256;

// Sum over the block, in double; thread 0 gets the result. Every thread must call it.
__device__ inline double global_norm_block_sum(double x) {
    __shared__ double warp_sums[GLOBAL_NORM_BLOCK / WARP_SIZE];
    for (int offset = WARP_SIZE / 2; offset > 0; offset /= 2) x += __shfl_xor_sync(0xffffffffu, x, offset);
    int warp = threadIdx.x / WARP_SIZE, lane = threadIdx.x % WARP_SIZE;
    if (lane == 0) warp_sums[warp] = x;
    __syncthreads();
    x = 0.0;
    if (warp == 0) {
        if (lane < (int)(blockDim.x / WARP_SIZE)) x = warp_sums[lane];
        for (int offset = WARP_SIZE / 2; offset > 0; offset /= 2) x += __shfl_xor_sync(0xffffffffu, x, offset);
    }
    return x;
}

// Pass 1: block b sums g[i]^2 for its grid-stride share into partials[b].
static __global__ void __launch_bounds__(GLOBAL_NORM_BLOCK)
    global_norm_partials_kernel(double* partials, const float* g, size_t n) {
    double sum = 0.0;
    for (size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x)
        sum += (double)g[i] * g[i];
    sum = global_norm_block_sum(sum);
    if (threadIdx.x == 0) partials[blockIdx.x] = sum;
}

// Pass 2, one block: out = sum of the partials.
static __global__ void __launch_bounds__(GLOBAL_NORM_BLOCK)
    global_norm_total_kernel(float* out, const double* partials, int count) {
    double sum = 0.0;
    for (int i = threadIdx.x; i < count; i += blockDim.x) sum += partials[i];
    sum = global_norm_block_sum(sum);
    if (threadIdx.x == 0) *out = (float)sum;
}

// One thread per element, grid-stride.
static __global__ void __launch_bounds__(ADAMW_BLOCK)
    adamw_kernel(float* params, const float* grads, float* m, float* v, size_t n, AdamWStep s) {
    for (size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x)
        adamw_element(&params[i], grads[i], &m[i], &v[i], s);
}

static __global__ void __launch_bounds__(ADAMW_BLOCK) weights_to_bf16_kernel(__nv_bfloat16* out, const float* in,
                                                                             size_t n) {
    for (size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x)
        out[i] = __float2bfloat16_rn(in[i]);
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

// Bytes of device memory global_norm_squared needs as `scratch` (global_norm: the same).
inline size_t global_norm_scratch_bytes() { return (GLOBAL_NORM_BLOCKS + 1) * sizeof(double); }

// *out (device memory) = sum of g[i]^2 over n gradients. scratch: global_norm_scratch_bytes() bytes.
inline void global_norm_squared(float* out, void* scratch, const float* g, size_t n, cudaStream_t stream) {
    double* partials = (double*)scratch;
    global_norm_partials_kernel<<<GLOBAL_NORM_BLOCKS, GLOBAL_NORM_BLOCK, 0, stream>>>(partials, g, n);
    CUDA_CHECK(cudaGetLastError());
    global_norm_total_kernel<<<1, GLOBAL_NORM_BLOCK, 0, stream>>>(out, partials, GLOBAL_NORM_BLOCKS);
    CUDA_CHECK(cudaGetLastError());
}

// The norm itself, on the host: waits for the stream. The squared norm lands in scratch's last slot.
inline float global_norm(void* scratch, const float* g, size_t n, cudaStream_t stream) {
    float* out = (float*)((double*)scratch + GLOBAL_NORM_BLOCKS);
    global_norm_squared(out, scratch, g, n, stream);
    float norm_squared;
    CUDA_CHECK(cudaMemcpyAsync(&norm_squared, out, sizeof(float), cudaMemcpyDeviceToHost, stream));
    CUDA_CHECK(cudaStreamSynchronize(stream));
    return sqrtf(norm_squared);
}

inline void adamw_update(float* params, const float* grads, float* m, float* v, size_t n, float lr, float beta1,
                         float beta2, float eps, float weight_decay, float grad_scale, int t, cudaStream_t stream) {
    if (n == 0) return;
    AdamWStep s = adamw_step(lr, beta1, beta2, eps, weight_decay, grad_scale, t);
    // Enough blocks to fill any GPU several times over; the grid-stride loop covers the rest.
    size_t blocks = std::min(ceil_div(n, (size_t)ADAMW_BLOCK), (size_t)65536);
    adamw_kernel<<<(unsigned)blocks, ADAMW_BLOCK, 0, stream>>>(params, grads, m, v, n, s);
    CUDA_CHECK(cudaGetLastError());
}

// out = in rounded to bf16: the model's working copy of its n parameters.
inline void weights_to_bf16(__nv_bfloat16* out, const float* in, size_t n, cudaStream_t stream) {
    if (n == 0) return;
    size_t blocks = std::min(ceil_div(n, (size_t)ADAMW_BLOCK), (size_t)65536);
    weights_to_bf16_kernel<<<(unsigned)blocks, ADAMW_BLOCK, 0, stream>>>(out, in, n);
    CUDA_CHECK(cudaGetLastError());
}

#endif  // __CUDACC__
