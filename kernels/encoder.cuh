// encoder.cuh — token embedding (no positional embedding: the model rotates q and k with RoPE).
//
//   forward:  out[b,t,:] = wte[tokens[b,t], :]                      out (B,T,C), wte (Vp,C)
//   backward: dwte[v,:] += sum over (b,t) with tokens[b,t] == v of dout[b,t,:]   (accumulates)
//
// tokens must lie in [0, Vp). The backward adds each row's contributions in increasing (b,t)
// order, on the CPU and on the GPU, so the two agree to the last bit and a run repeats exactly.
//
// How the CUDA backward stays deterministic: it does not scatter with float atomics (whose order
// changes from run to run). It stable-sorts the positions by token id (CUB's radix sort), so the
// positions of one token form a run in increasing (b,t) order; then one thread block per run
// walks it in that order, its threads splitting the C channels. Sorting rather than "a block per
// channel slice walking all B*T tokens" because that leaves only C threads in flight, each with
// B*T dependent read-modify-writes; the sort keeps one block per distinct token busy.
#pragma once

#include <cstddef>

#include "common.cuh"

// ----------------------------------------------------------------------------------------------
// Reference

inline void encoder_forward_cpu(float* out, const int* tokens, const float* wte, int B, int T, int C) {
#pragma omp parallel for
    for (int bt = 0; bt < B * T; bt++) {
        const float* row = wte + (size_t)tokens[bt] * C;
        float* o = out + (size_t)bt * C;
        for (int c = 0; c < C; c++) o[c] = row[c];
    }
}

// Sequential over (b,t): two positions with the same token write the same row of dwte.
inline void encoder_backward_cpu(float* dwte, const float* dout, const int* tokens, int B, int T, int C) {
    for (int bt = 0; bt < B * T; bt++) {
        float* row = dwte + (size_t)tokens[bt] * C;
        const float* d = dout + (size_t)bt * C;
        for (int c = 0; c < C; c++) row[c] += d[c];
    }
}

#ifdef __CUDACC__
#include <cub/device/device_radix_sort.cuh>

// ----------------------------------------------------------------------------------------------
// CUDA kernels

constexpr int ENCODER_BLOCK = 256;

// One thread per output element. T = float or __nv_bfloat16 (common.cuh): the activations' type; the
// embedding is read from the fp32 parameters and rounded once, on the store.
template <typename T>
static __global__ void __launch_bounds__(ENCODER_BLOCK)
    encoder_forward_kernel(T* out, const int* tokens, const float* wte, int N, int C) {
    size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= (size_t)N * C) return;
    size_t bt = i / C, c = i % C;
    out[i] = from_float<T>(wte[(size_t)tokens[bt] * C + c]);
}

static __global__ void __launch_bounds__(ENCODER_BLOCK) encoder_positions_kernel(int* positions, int N) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < N) positions[i] = i;
}

// One block per entry i of the sorted order; only the block at the start of a token's run works.
// It adds the run's dout rows to that token's dwte row, starting from the row's current value and
// in increasing position order: the same additions, in the same order, as encoder_backward_cpu.
template <typename T>
static __global__ void __launch_bounds__(ENCODER_BLOCK)
    encoder_backward_kernel(float* dwte, const T* dout, const int* sorted_tokens,
                            const int* sorted_positions, int N, int C) {
    int i = blockIdx.x;
    int token = sorted_tokens[i];
    if (i > 0 && sorted_tokens[i - 1] == token) return;  // the whole block leaves together
    float* row = dwte + (size_t)token * C;
    for (int c = threadIdx.x; c < C; c += blockDim.x) {
        float acc = row[c];
        for (int k = i; k < N && sorted_tokens[k] == token; k++) acc += to_float(dout[(size_t)sorted_positions[k] * C + c]);
        row[c] = acc;
    }
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

template <typename T>
inline void encoder_forward(T* out, const int* tokens, const float* wte, int B, int T_, int C, cudaStream_t stream) {
    int N = B * T_;
    unsigned blocks = (unsigned)ceil_div((size_t)N * C, (size_t)ENCODER_BLOCK);
    encoder_forward_kernel<T><<<blocks, ENCODER_BLOCK, 0, stream>>>(out, tokens, wte, N, C);
    CUDA_CHECK(cudaGetLastError());
}

// The backward's device workspace, in this order: the positions 0..N-1, the sorted tokens, the
// sorted positions (N ints each), then CUB's temporary storage; each part starts on 256 bytes.
inline size_t encoder_scratch_ints_bytes(int N) {
    return ceil_div((size_t)N * sizeof(int), (size_t)256) * 256;
}

inline size_t encoder_sort_temp_bytes(int N) {
    size_t bytes = 0;
    CUDA_CHECK(cub::DeviceRadixSort::SortPairs(nullptr, bytes, (const int*)nullptr, (int*)nullptr, (const int*)nullptr,
                                               (int*)nullptr, N));
    return bytes;
}

// Bytes of device memory encoder_backward needs as `scratch` for a batch of B x T tokens.
inline size_t encoder_backward_scratch_bytes(int B, int T) {
    return 3 * encoder_scratch_ints_bytes(B * T) + encoder_sort_temp_bytes(B * T);
}

// dwte accumulates (+=). scratch: encoder_backward_scratch_bytes(B, T) bytes of device memory.
template <typename T>
inline void encoder_backward(float* dwte, void* scratch, const T* dout, const int* tokens, int B, int T_, int C,
                             cudaStream_t stream) {
    int N = B * T_;
    size_t ints = encoder_scratch_ints_bytes(N), sort_temp_bytes = encoder_sort_temp_bytes(N);
    int* positions = (int*)scratch;
    int* sorted_tokens = (int*)((char*)scratch + ints);
    int* sorted_positions = (int*)((char*)scratch + 2 * ints);
    void* sort_temp = (char*)scratch + 3 * ints;
    encoder_positions_kernel<<<ceil_div(N, ENCODER_BLOCK), ENCODER_BLOCK, 0, stream>>>(positions, N);
    CUDA_CHECK(cudaGetLastError());
    // Radix sort is stable: equal tokens keep their positions in increasing order.
    CUDA_CHECK(cub::DeviceRadixSort::SortPairs(sort_temp, sort_temp_bytes, tokens, sorted_tokens, positions,
                                               sorted_positions, N, 0, (int)(8 * sizeof(int)), stream));
    encoder_backward_kernel<T><<<N, ENCODER_BLOCK, 0, stream>>>(dwte, dout, sorted_tokens, sorted_positions, N, C);
    CUDA_CHECK(cudaGetLastError());
}

#endif  // __CUDACC__
