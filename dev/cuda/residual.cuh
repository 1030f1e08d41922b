// residual.cuh — the residual connection's CUDA kernels, elementwise over N values: out = inp1 + inp2,
// and the backward dinp1 += dout, dinp2 += dout (both accumulate; kernels/residual.cuh says why). Their
// reference is kernels/residual.cuh's.
//
// No program runs them: the model fuses each residual add with the LayerNorm after it
// (residual_layernorm_forward, and layernorm_backward with accumulate, in kernels/layernorm.cuh). They
// stay for dev/cuda/layernorm.cu, whose v1 is the unfused pair, and for the tests, which check the fused
// kernel against that pair to the bit. N counts elements (B*T*C), so the launchers take N instead of
// B, T, C.
#pragma once

#include <cstddef>

#include "../../kernels/common.cuh"
#include "../../kernels/residual.cuh"

#ifdef __CUDACC__

// ----------------------------------------------------------------------------------------------
// Kernels

constexpr int RESIDUAL_BLOCK = 256;

// T = float or __nv_bfloat16, Vec16 groups per thread as in gelu.cuh. out may be inp1 or inp2 (the
// backward's dresidual += dc2): each element is read before it is written, by the same thread.
template <typename T>
static __global__ void __launch_bounds__(RESIDUAL_BLOCK)
    residual_forward_kernel(T* out, const T* inp1, const T* inp2, size_t N, bool vec) {
    constexpr int K = Vec16<T>::N;
    size_t i0 = ((size_t)blockIdx.x * blockDim.x + threadIdx.x) * K;
    if (i0 >= N) return;
    if (vec && i0 + K <= N) {
        Vec16<T> a = *reinterpret_cast<const Vec16<T>*>(inp1 + i0), b = *reinterpret_cast<const Vec16<T>*>(inp2 + i0), y;
        for (int k = 0; k < K; k++) y.v[k] = from_float<T>(to_float(a.v[k]) + to_float(b.v[k]));
        *reinterpret_cast<Vec16<T>*>(out + i0) = y;
        return;
    }
    for (size_t i = i0; i < N && i < i0 + K; i++) out[i] = from_float<T>(to_float(inp1[i]) + to_float(inp2[i]));
}

template <typename T>
static __global__ void __launch_bounds__(RESIDUAL_BLOCK)
    residual_backward_kernel(T* dinp1, T* dinp2, const T* dout, size_t N, bool vec) {
    constexpr int K = Vec16<T>::N;
    size_t i0 = ((size_t)blockIdx.x * blockDim.x + threadIdx.x) * K;
    if (i0 >= N) return;
    if (vec && i0 + K <= N) {
        Vec16<T> d = *reinterpret_cast<const Vec16<T>*>(dout + i0), a = *reinterpret_cast<const Vec16<T>*>(dinp1 + i0),
                 b = *reinterpret_cast<const Vec16<T>*>(dinp2 + i0);
        for (int k = 0; k < K; k++) {
            a.v[k] = from_float<T>(to_float(a.v[k]) + to_float(d.v[k]));
            b.v[k] = from_float<T>(to_float(b.v[k]) + to_float(d.v[k]));
        }
        *reinterpret_cast<Vec16<T>*>(dinp1 + i0) = a;
        *reinterpret_cast<Vec16<T>*>(dinp2 + i0) = b;
        return;
    }
    for (size_t i = i0; i < N && i < i0 + K; i++) {
        float d = to_float(dout[i]);
        dinp1[i] = from_float<T>(to_float(dinp1[i]) + d);
        dinp2[i] = from_float<T>(to_float(dinp2[i]) + d);
    }
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

template <typename T>
inline unsigned residual_blocks(size_t N) {
    return (unsigned)ceil_div(ceil_div(N, (size_t)Vec16<T>::N), (size_t)RESIDUAL_BLOCK);
}

template <typename T>
inline void residual_forward(T* out, const T* inp1, const T* inp2, size_t N, cudaStream_t stream) {
    bool vec = aligned16(out) && aligned16(inp1) && aligned16(inp2);
    residual_forward_kernel<T><<<residual_blocks<T>(N), RESIDUAL_BLOCK, 0, stream>>>(out, inp1, inp2, N, vec);
    CUDA_CHECK(cudaGetLastError());
}

// dinp1 and dinp2 accumulate (+=).
template <typename T>
inline void residual_backward(T* dinp1, T* dinp2, const T* dout, size_t N, cudaStream_t stream) {
    bool vec = aligned16(dinp1) && aligned16(dinp2) && aligned16(dout);
    residual_backward_kernel<T><<<residual_blocks<T>(N), RESIDUAL_BLOCK, 0, stream>>>(dinp1, dinp2, dout, N, vec);
    CUDA_CHECK(cudaGetLastError());
}

#endif  // __CUDACC__
