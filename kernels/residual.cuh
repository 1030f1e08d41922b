// residual.cuh — the residual connection, elementwise over N values.
//
//   forward:  out = inp1 + inp2
//   backward: dinp1 += dout,  dinp2 += dout
//
// Both gradients accumulate, unlike most activation gradients here: each branch of a residual
// also receives gradient from elsewhere (the stream from the layer above, the branch from its own
// sublayer), and adding in place saves a buffer and a pass. dout must not alias dinp1 or dinp2.
// N counts elements (B*T*C), so the launchers take N instead of B, T, C.
#pragma once

#include <cstddef>

#include "common.cuh"

// ----------------------------------------------------------------------------------------------
// Reference

inline void residual_forward_cpu(float* out, const float* inp1, const float* inp2, size_t N) {
#pragma omp parallel for
    for (size_t i = 0; i < N; i++) out[i] = inp1[i] + inp2[i];
}

inline void residual_backward_cpu(float* dinp1, float* dinp2, const float* dout, size_t N) {
#pragma omp parallel for
    for (size_t i = 0; i < N; i++) {
        float d = dout[i];
        dinp1[i] += d;
        dinp2[i] += d;
    }
}

#ifdef __CUDACC__

// ----------------------------------------------------------------------------------------------
// CUDA kernels

constexpr int RESIDUAL_BLOCK = 256;

static __global__ void __launch_bounds__(RESIDUAL_BLOCK)
    residual_forward_kernel(float* out, const float* inp1, const float* inp2, size_t N) {
    size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (i < N) out[i] = inp1[i] + inp2[i];
}

static __global__ void __launch_bounds__(RESIDUAL_BLOCK)
    residual_backward_kernel(float* dinp1, float* dinp2, const float* dout, size_t N) {
    size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (i < N) {
        float d = dout[i];
        dinp1[i] += d;
        dinp2[i] += d;
    }
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

inline void residual_forward(float* out, const float* inp1, const float* inp2, size_t N, cudaStream_t stream) {
    residual_forward_kernel<<<(unsigned)ceil_div(N, (size_t)RESIDUAL_BLOCK), RESIDUAL_BLOCK, 0, stream>>>(out, inp1,
                                                                                                        inp2, N);
    CUDA_CHECK(cudaGetLastError());
}

// dinp1 and dinp2 accumulate (+=).
inline void residual_backward(float* dinp1, float* dinp2, const float* dout, size_t N, cudaStream_t stream) {
    residual_backward_kernel<<<(unsigned)ceil_div(N, (size_t)RESIDUAL_BLOCK), RESIDUAL_BLOCK, 0, stream>>>(
        dinp1, dinp2, dout, N);
    CUDA_CHECK(cudaGetLastError());
}

#endif  // __CUDACC__
