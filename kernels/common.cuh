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
