// rope.cuh — rotary position embedding (RoPE) of the queries and keys, in place on the qkv buffer.
//
// qkv is (B, T, 3C): per position the q block, the k block and the v block, each NH heads of
// HS = C/NH channels (HS even). Rotate-half convention (GPT-NeoX, HF Llama): in every head of q and
// of k, channel i pairs with channel i + HS/2, for i in [0, HS/2), and at position t the pair turns
// by the angle theta = t * base^(-2i/HS):
//
//   forward:  x1' = x1 cos(theta) - x2 sin(theta),   x2' = x2 cos(theta) + x1 sin(theta)
//   backward: the same with -theta on the gradients of q and k (a rotation's transpose is its
//             inverse), in place.
//
// v is not touched. The angle and its cosine and sine are computed in double and rounded once to
// float by the one function both sides call: a float angle t * freq would be off by up to
// t * 6e-8 rad (6e-5 at t = 1000), and this way the CPU and the GPU use the same cos and sin
// (to the last bit, but where a double result lies within an ulp or two of a float rounding tie).
#pragma once

#include <cmath>
#include <cstddef>
#include <vector>

#include "common.cuh"

// cos and sin of the angle of pair i (of HS/2) at position t.
HOST_DEVICE inline void rope_cos_sin(int t, int i, int HS, float base, float* cos_theta, float* sin_theta) {
    double theta = t * pow((double)base, -2.0 * i / HS);
    *cos_theta = (float)cos(theta);
    *sin_theta = (float)sin(theta);
}

// Turns pair (x1, x2) by the angle whose cosine and sine are c and s.
HOST_DEVICE inline void rope_rotate(float* x1, float* x2, float c, float s) {
    float a = *x1, b = *x2;
    *x1 = a * c - b * s;
    *x2 = b * c + a * s;
}

// ----------------------------------------------------------------------------------------------
// Reference

// Forward and backward differ only in the sign of the sine: turning by -theta is exact negation.
// The angles depend on the position and the pair only, so their cosines and sines are made once per call
// for all B sequences (in double, they had been most of the time the rotation took).
inline void rope_rotate_cpu(float* qkv, int B, int T, int C, int NH, float base, bool inverse) {
    int HS = C / NH, half = HS / 2;
    std::vector<float> cos_sin((size_t)T * half * 2);  // (t, i): cos, sin
#pragma omp parallel for
    for (int t = 0; t < T; t++)
        for (int i = 0; i < half; i++)
            rope_cos_sin(t, i, HS, base, &cos_sin[((size_t)t * half + i) * 2], &cos_sin[((size_t)t * half + i) * 2 + 1]);
#pragma omp parallel for collapse(2)
    for (int b = 0; b < B; b++) {
        for (int t = 0; t < T; t++) {
            float* row = qkv + ((size_t)b * T + t) * 3 * C;
            for (int i = 0; i < half; i++) {
                float c = cos_sin[((size_t)t * half + i) * 2], s = cos_sin[((size_t)t * half + i) * 2 + 1];
                if (inverse) s = -s;
                for (int h = 0; h < NH; h++) {
                    float* q = row + h * HS;
                    float* k = row + C + h * HS;
                    rope_rotate(&q[i], &q[i + half], c, s);
                    rope_rotate(&k[i], &k[i + half], c, s);
                }
            }
        }
    }
}

inline void rope_forward_cpu(float* qkv, int B, int T, int C, int NH, float base) {
    rope_rotate_cpu(qkv, B, T, C, NH, base, false);
}

// dqkv: on entry the gradient of the rotated qkv, on exit that of qkv before the rotation.
inline void rope_backward_cpu(float* dqkv, int B, int T, int C, int NH, float base) {
    rope_rotate_cpu(dqkv, B, T, C, NH, base, true);
}

#ifdef __CUDACC__

// ----------------------------------------------------------------------------------------------
// CUDA kernels
//
// `static`: every .cu file that includes this header gets its own copy of each kernel. nvcc ignores
// `inline` on a __global__ function, so without it two such files would clash at link time.

constexpr int ROPE_BLOCK = 256;

// One thread per pair: (position b*T + t, pair p of the C/2 in a block), which turns that pair in q
// and in k. Consecutive threads take consecutive channels of a head, so the reads are coalesced.
// The double-precision sine and cosine are cheap next to the memory traffic on the sm_80/sm_90
// GPUs we build for (full-rate fp64).
// T = float or __nv_bfloat16 (common.cuh): the pair is read as T, turned in fp32, stored as T.
template <typename T>
__device__ inline void rope_rotate_stored(T* x1, T* x2, float c, float s) {
    float a = to_float(*x1), b = to_float(*x2);
    *x1 = from_float<T>(a * c - b * s);
    *x2 = from_float<T>(b * c + a * s);
}

template <typename T>
static __global__ void __launch_bounds__(ROPE_BLOCK)
    rope_kernel(T* qkv, int N, int T_, int C, int NH, float base, bool inverse) {
    int HS = C / NH, half = HS / 2;
    size_t idx = (size_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (idx >= (size_t)N * (C / 2)) return;
    int position = (int)(idx / (C / 2)), pair = (int)(idx % (C / 2));
    int h = pair / half, i = pair % half;
    float c, s;
    rope_cos_sin(position % T_, i, HS, base, &c, &s);
    if (inverse) s = -s;
    T* q = qkv + (size_t)position * 3 * C + h * HS;
    T* k = q + C;
    rope_rotate_stored(&q[i], &q[i + half], c, s);
    rope_rotate_stored(&k[i], &k[i + half], c, s);
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

template <typename T>
inline void rope_forward(T* qkv, int B, int T_, int C, int NH, float base, cudaStream_t stream) {
    unsigned blocks = (unsigned)ceil_div((size_t)B * T_ * (C / 2), (size_t)ROPE_BLOCK);
    rope_kernel<T><<<blocks, ROPE_BLOCK, 0, stream>>>(qkv, B * T_, T_, C, NH, base, false);
    CUDA_CHECK(cudaGetLastError());
}

// dqkv: on entry the gradient of the rotated qkv, on exit that of qkv before the rotation.
template <typename T>
inline void rope_backward(T* dqkv, int B, int T_, int C, int NH, float base, cudaStream_t stream) {
    unsigned blocks = (unsigned)ceil_div((size_t)B * T_ * (C / 2), (size_t)ROPE_BLOCK);
    rope_kernel<T><<<blocks, ROPE_BLOCK, 0, stream>>>(dqkv, B * T_, T_, C, NH, base, true);
    CUDA_CHECK(cudaGetLastError());
}

#endif  // __CUDACC__
