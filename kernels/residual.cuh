// residual.cuh — the residual connection, elementwise over N values.
//
//   forward:  out = inp1 + inp2
//   backward: dinp1 += dout,  dinp2 += dout
//
// Both gradients accumulate, unlike most activation gradients here: each branch of a residual
// also receives gradient from elsewhere (the stream from the layer above, the branch from its own
// sublayer), and adding in place saves a buffer and a pass. dout must not alias dinp1 or dinp2.
// N counts elements (B*T*C).
//
// Only the C++ reference is here: the CPU path runs it (common/kvcache.h) and it is the reference of the
// fused residual + LayerNorm (kernels/layernorm.cuh). The CUDA kernels, which no program runs since the
// model fused every residual add into the LayerNorm after it, live in dev/cuda/residual.cuh, beside the
// benchmark that times the unfused pair (dev/cuda/layernorm.cu) and for the tests.
#pragma once

#include <cstddef>

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
