// gelu.cuh — GELU, tanh approximation, elementwise over N values.
//
//   forward:  out = 0.5 x (1 + tanh(u)),  u = s (x + k x^3),  s = sqrt(2/pi),  k = 0.044715
//   backward: dinp = dout * gelu'(x)                                               (overwrites)
//             gelu'(x) = 0.5 (1 + tanh(u)) + 0.5 x (1 - tanh(u)^2) s (1 + 3 k x^2)
//
// N counts elements (B*T*4C in the MLP), so the launchers take N instead of B, T, C.
#pragma once

#include <algorithm>
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

// One span of the forward or backward: 8 lanes at a time with AVX2 and FMA where the CPU has them
// (chosen at run time, as exp_sum_cpu does), the plain loop otherwise and for the last few values.
inline void gelu_forward_span(float* out, const float* inp, size_t n) {
    for (size_t i = 0; i < n; i++) {
        float x = inp[i], u = GELU_SCALE * (x + GELU_CUBIC * x * x * x);
        out[i] = x / (1.0f + exp_cpu(-2.0f * u));
    }
}

inline void gelu_backward_span(float* dinp, const float* dout, const float* inp, size_t n) {
    for (size_t i = 0; i < n; i++) {
        float x = inp[i], u = GELU_SCALE * (x + GELU_CUBIC * x * x * x);
        float s = 1.0f / (1.0f + exp_cpu(-2.0f * u));
        float du_dx = GELU_SCALE * (1.0f + 3.0f * GELU_CUBIC * x * x);
        dinp[i] = (s + 2.0f * x * s * (1.0f - s) * du_dx) * dout[i];
    }
}

#if defined(__x86_64__) || defined(__i386__)
// s = sigmoid(2u) = 1 / (1 + exp(-2u)) for 8 values of x; also returns x^2 in *x2.
__attribute__((target("avx2,fma"))) inline __m256 gelu_sigmoid_avx2(__m256 x, __m256* x2) {
    *x2 = _mm256_mul_ps(x, x);
    __m256 u = _mm256_mul_ps(_mm256_set1_ps(GELU_SCALE),
                             _mm256_fmadd_ps(_mm256_mul_ps(_mm256_set1_ps(GELU_CUBIC), *x2), x, x));
    __m256 e = exp_avx2(_mm256_mul_ps(_mm256_set1_ps(-2.0f), u));
    return _mm256_div_ps(_mm256_set1_ps(1.0f), _mm256_add_ps(_mm256_set1_ps(1.0f), e));
}

__attribute__((target("avx2,fma"))) inline void gelu_forward_span_avx2(float* out, const float* inp, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 x = _mm256_loadu_ps(inp + i), x2;
        _mm256_storeu_ps(out + i, _mm256_mul_ps(x, gelu_sigmoid_avx2(x, &x2)));
    }
    gelu_forward_span(out + i, inp + i, n - i);
}

__attribute__((target("avx2,fma"))) inline void gelu_backward_span_avx2(float* dinp, const float* dout, const float* inp,
                                                                         size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 x = _mm256_loadu_ps(inp + i), x2;
        __m256 s = gelu_sigmoid_avx2(x, &x2);
        __m256 du_dx = _mm256_mul_ps(_mm256_set1_ps(GELU_SCALE),
                                     _mm256_fmadd_ps(_mm256_set1_ps(3.0f * GELU_CUBIC), x2, _mm256_set1_ps(1.0f)));
        // s + 2 x s (1 - s) du/dx
        __m256 t = _mm256_mul_ps(_mm256_mul_ps(_mm256_mul_ps(_mm256_set1_ps(2.0f), x), s),
                                 _mm256_mul_ps(_mm256_sub_ps(_mm256_set1_ps(1.0f), s), du_dx));
        _mm256_storeu_ps(dinp + i, _mm256_mul_ps(_mm256_add_ps(s, t), _mm256_loadu_ps(dout + i)));
    }
    gelu_backward_span(dinp + i, dout + i, inp + i, n - i);
}
#endif

constexpr size_t GELU_CPU_SPAN = 4096;  // values per OpenMP work item

inline void gelu_forward_cpu(float* out, const float* inp, size_t N) {
    const bool avx2 = cpu_has_avx2_fma();
    (void)avx2;  // unused where there is no AVX2 version
#pragma omp parallel for schedule(static)
    for (size_t i0 = 0; i0 < N; i0 += GELU_CPU_SPAN) {
        size_t n = std::min(GELU_CPU_SPAN, N - i0);
#if defined(__x86_64__) || defined(__i386__)
        if (avx2) { gelu_forward_span_avx2(out + i0, inp + i0, n); continue; }
#endif
        gelu_forward_span(out + i0, inp + i0, n);
    }
}

inline void gelu_backward_cpu(float* dinp, const float* dout, const float* inp, size_t N) {
    const bool avx2 = cpu_has_avx2_fma();
    (void)avx2;  // unused where there is no AVX2 version
#pragma omp parallel for schedule(static)
    for (size_t i0 = 0; i0 < N; i0 += GELU_CPU_SPAN) {
        size_t n = std::min(GELU_CPU_SPAN, N - i0);
#if defined(__x86_64__) || defined(__i386__)
        if (avx2) { gelu_backward_span_avx2(dinp + i0, dout + i0, inp + i0, n); continue; }
#endif
        gelu_backward_span(dinp + i0, dout + i0, inp + i0, n);
    }
}

#ifdef __CUDACC__

// ----------------------------------------------------------------------------------------------
// CUDA kernels

constexpr int GELU_BLOCK = 256;

// T = float or __nv_bfloat16 (common.cuh). Each thread takes the Vec16<T>::N consecutive elements from
// i0: one 16-byte load per input and one store when `vec` (every buffer aligned) and the group is whole,
// else element by element (the last partial group, or unaligned buffers).
template <typename T>
static __global__ void __launch_bounds__(GELU_BLOCK) gelu_forward_kernel(T* out, const T* inp, size_t N, bool vec) {
    constexpr int K = Vec16<T>::N;
    size_t i0 = ((size_t)blockIdx.x * blockDim.x + threadIdx.x) * K;
    if (i0 >= N) return;
    if (vec && i0 + K <= N) {
        Vec16<T> x = *reinterpret_cast<const Vec16<T>*>(inp + i0), y;
        for (int k = 0; k < K; k++) y.v[k] = from_float<T>(gelu(to_float(x.v[k])));
        *reinterpret_cast<Vec16<T>*>(out + i0) = y;
        return;
    }
    for (size_t i = i0; i < N && i < i0 + K; i++) out[i] = from_float<T>(gelu(to_float(inp[i])));
}

// dinp may be dout: each element is read before it is written, by the same thread.
template <typename T>
static __global__ void __launch_bounds__(GELU_BLOCK)
    gelu_backward_kernel(T* dinp, const T* dout, const T* inp, size_t N, bool vec) {
    constexpr int K = Vec16<T>::N;
    size_t i0 = ((size_t)blockIdx.x * blockDim.x + threadIdx.x) * K;
    if (i0 >= N) return;
    if (vec && i0 + K <= N) {
        Vec16<T> x = *reinterpret_cast<const Vec16<T>*>(inp + i0), d = *reinterpret_cast<const Vec16<T>*>(dout + i0), y;
        for (int k = 0; k < K; k++) y.v[k] = from_float<T>(gelu_grad(to_float(x.v[k])) * to_float(d.v[k]));
        *reinterpret_cast<Vec16<T>*>(dinp + i0) = y;
        return;
    }
    for (size_t i = i0; i < N && i < i0 + K; i++) dinp[i] = from_float<T>(gelu_grad(to_float(inp[i])) * to_float(dout[i]));
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

template <typename T>
inline unsigned gelu_blocks(size_t N) {
    return (unsigned)ceil_div(ceil_div(N, (size_t)Vec16<T>::N), (size_t)GELU_BLOCK);
}

template <typename T>
inline void gelu_forward(T* out, const T* inp, size_t N, cudaStream_t stream) {
    bool vec = aligned16(out) && aligned16(inp);
    gelu_forward_kernel<T><<<gelu_blocks<T>(N), GELU_BLOCK, 0, stream>>>(out, inp, N, vec);
    CUDA_CHECK(cudaGetLastError());
}

// dinp overwrites; it may be the same buffer as dout.
template <typename T>
inline void gelu_backward(T* dinp, const T* dout, const T* inp, size_t N, cudaStream_t stream) {
    bool vec = aligned16(dinp) && aligned16(dout) && aligned16(inp);
    gelu_backward_kernel<T><<<gelu_blocks<T>(N), GELU_BLOCK, 0, stream>>>(dinp, dout, inp, N, vec);
    CUDA_CHECK(cudaGetLastError());
}

#endif  // __CUDACC__
