// logprob.cuh — a sequence's log-likelihood from its per-token losses: the router score.
//
//   out[b] = - sum_{t < T} losses[b, t]          losses (B, T): cross-entropy of each predicted token
//
// For a prefix of M tokens the model predicts tokens 2..M from tokens 1..M-1 (T = M - 1), so out[b]
// is s_e(x) = sum_{t=1}^{M-1} log p(x_{t+1} | x_{1..t}), the router's score. Forward only: scoring keeps
// nothing for a backward.
//
// Both versions add the T terms of a row in order, one row per thread, so the GPU gives the CPU's
// bits exactly: a score never depends on the device, and neither does the balanced assignment.
#pragma once

#include <cstddef>

#include "common.cuh"

// ----------------------------------------------------------------------------------------------
// Reference

inline void sequence_logprob_cpu(float* out, const float* losses, int B, int T) {
    for (int b = 0; b < B; b++) {
        float sum = 0.0f;
        for (int t = 0; t < T; t++) sum += losses[(size_t)b * T + t];
        out[b] = -sum;
    }
}

#ifdef __CUDACC__

// ----------------------------------------------------------------------------------------------
// CUDA kernels

constexpr int LOGPROB_BLOCK = 128;

// One thread per sequence: B is in the thousands when scoring, T at most a few hundred, and the
// sum is a negligible part of the forward that produced the losses.
static __global__ void __launch_bounds__(LOGPROB_BLOCK) sequence_logprob_kernel(float* out, const float* losses, int B, int T) {
    int b = blockIdx.x * blockDim.x + threadIdx.x;
    if (b >= B) return;
    float sum = 0.0f;
    for (int t = 0; t < T; t++) sum += losses[(size_t)b * T + t];
    out[b] = -sum;
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

inline void sequence_logprob(float* out, const float* losses, int B, int T, cudaStream_t stream) {
    sequence_logprob_kernel<<<ceil_div(B, LOGPROB_BLOCK), LOGPROB_BLOCK, 0, stream>>>(out, losses, B, T);
    CUDA_CHECK(cudaGetLastError());
}

#endif  // __CUDACC__
