// gelu.cuh — GELU, tanh approximation, elementwise over N values.
//
//   forward:  out = 0.5 x (1 + tanh(u)),  u = s (x + k x^3),  s = sqrt(2/pi),  k = 0.044715
//   backward: dinp = dout * gelu'(x)                                               (overwrites)
//             gelu'(x) = 0.5 (1 + tanh(u)) + 0.5 x (1 - tanh(u)^2) s (1 + 3 k x^2)
//
// N counts elements (B*T*4C in the MLP), so the launchers take N instead of B, T, C.
#pragma once

#include <cmath>
#include <cstddef>

#include "common.cuh"

constexpr float GELU_SCALE = 0.7978845608028654f;  // sqrt(2/pi)
constexpr float GELU_CUBIC = 0.044715f;

HOST_DEVICE inline float gelu(float x) {
    float u = GELU_SCALE * (x + GELU_CUBIC * x * x * x);
    return 0.5f * x * (1.0f + tanhf(u));
}

HOST_DEVICE inline float gelu_grad(float x) {
    float u = GELU_SCALE * (x + GELU_CUBIC * x * x * x);
    float th = tanhf(u);
    float du_dx = GELU_SCALE * (1.0f + 3.0f * GELU_CUBIC * x * x);
    return 0.5f * (1.0f + th) + 0.5f * x * (1.0f - th * th) * du_dx;
}

// ----------------------------------------------------------------------------------------------
// Reference
//
// The same functions through 1 + tanh(u) = 2 sigmoid(2u), with s = sigmoid(2u) from exp_cpu:
//   gelu(x) = x s,   gelu'(x) = s + 2 x s (1 - s) du/dx
// exact rewrites (no cancellation anywhere) whose loops vectorise, unlike calls to libm's tanhf,
// which made GELU a large part of a CPU training step. They agree with gelu()/gelu_grad() to fp32 rounding.

inline void gelu_forward_cpu(float* out, const float* inp, size_t N) {
#pragma omp parallel for simd
    for (size_t i = 0; i < N; i++) {
        float x = inp[i], u = GELU_SCALE * (x + GELU_CUBIC * x * x * x);
        out[i] = x / (1.0f + exp_cpu(-2.0f * u));
    }
}

inline void gelu_backward_cpu(float* dinp, const float* dout, const float* inp, size_t N) {
#pragma omp parallel for simd
    for (size_t i = 0; i < N; i++) {
        float x = inp[i], u = GELU_SCALE * (x + GELU_CUBIC * x * x * x);
        float s = 1.0f / (1.0f + exp_cpu(-2.0f * u));
        float du_dx = GELU_SCALE * (1.0f + 3.0f * GELU_CUBIC * x * x);
        dinp[i] = (s + 2.0f * x * s * (1.0f - s) * du_dx) * dout[i];
    }
}

#ifdef __CUDACC__

// ----------------------------------------------------------------------------------------------
// CUDA kernels

constexpr int GELU_BLOCK = 256;

static __global__ void __launch_bounds__(GELU_BLOCK) gelu_forward_kernel(float* out, const float* inp, size_t N) {
    size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (i < N) out[i] = gelu(inp[i]);
}

static __global__ void __launch_bounds__(GELU_BLOCK)
    gelu_backward_kernel(float* dinp, const float* dout, const float* inp, size_t N) {
    size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (i < N) dinp[i] = gelu_grad(inp[i]) * dout[i];
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

inline void gelu_forward(float* out, const float* inp, size_t N, cudaStream_t stream) {
    gelu_forward_kernel<<<(unsigned)ceil_div(N, (size_t)GELU_BLOCK), GELU_BLOCK, 0, stream>>>(out, inp, N);
    CUDA_CHECK(cudaGetLastError());
}

// dinp overwrites; it may be the same buffer as dout.
inline void gelu_backward(float* dinp, const float* dout, const float* inp, size_t N, cudaStream_t stream) {
    gelu_backward_kernel<<<(unsigned)ceil_div(N, (size_t)GELU_BLOCK), GELU_BLOCK, 0, stream>>>(dinp, dout, inp, N);
    CUDA_CHECK(cudaGetLastError());
}

#endif  // __CUDACC__
