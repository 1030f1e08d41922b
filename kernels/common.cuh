// common.cuh — what every kernel header shares: CUDA_CHECK, ceil_div, warp_sum.
//
// Compiles with g++ too (the CPU-only build): the CUDA parts sit behind __CUDACC__, and
// HOST_DEVICE marks helpers that both sides use.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

#ifdef __CUDACC__
#include <cuda_runtime.h>
#define HOST_DEVICE __host__ __device__
#else
#define HOST_DEVICE
#endif

// Number of blocks of size b that cover a items.
template <typename Int>
HOST_DEVICE constexpr Int ceil_div(Int a, Int b) {
    return (a + b - 1) / b;
}

// exp for the CPU references, in plain arithmetic that a `#pragma omp simd` loop vectorises (a call
// to libm's expf does not, and was most of the CPU time of the cross-entropy and the softmax).
// Cephes' method: x = n ln2 + r with |r| <= ln2/2 (ln2 split in two so that n ln2 is exact), exp(r)
// by a degree-6 polynomial, times 2^n built in the exponent bits. Relative error about 2e-7 over the
// whole range; exact 0 below -87.3 (where expf underflows to denormals); above 88 it returns
// e^88 = 1.65e38 instead of overflowing, which its callers (1 / (1 + e^x), exp(x - max) with
// x - max <= 0) cannot tell from infinity.
inline float exp_cpu(float x) {
    x = x > 88.0f ? 88.0f : x;
    float t = x * 1.44269504088896341f;                     // x / ln2
    float n = (float)(int)(t + (t >= 0.0f ? 0.5f : -0.5f));  // round to nearest
    float r = x - n * 0.693359375f;                          // ln2 = 0.693359375 - 2.12194440e-4
    r = r + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    float e = p * r * r + r + 1.0f;
    int ni = (int)n;
    ni = ni < -126 ? -126 : (ni > 127 ? 127 : ni);
    union { int i; float f; } scale;
    scale.i = (ni + 127) << 23;
    return x < -87.3f ? 0.0f : e * scale.f;
}

#ifdef __CUDACC__

// Throws std::runtime_error naming the call, where it was made and CUDA's reason, like every other
// error in this project (each program's main() prints it and exits 1).
inline void cuda_check(cudaError_t err, const char* call, const char* file, int line) {
    if (err == cudaSuccess) return;
    throw std::runtime_error(std::string(file) + ":" + std::to_string(line) + ": CUDA error: " +
                             cudaGetErrorString(err) + " (in " + call + ")");
}
#define CUDA_CHECK(call) cuda_check((call), #call, __FILE__, __LINE__)

constexpr int WARP_SIZE = 32;

// Sum over the 32 lanes of a warp; every lane gets the result. The butterfly (xor) order gives
// every lane the bit-identical value, since a + b == b + a exactly in IEEE arithmetic.
// All 32 lanes must call it.
__device__ inline float warp_sum(float v) {
    for (int offset = WARP_SIZE / 2; offset > 0; offset /= 2) v += __shfl_xor_sync(0xffffffffu, v, offset);
    return v;
}

#endif  // __CUDACC__
