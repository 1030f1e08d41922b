// crossentropy.cuh — softmax cross-entropy of each of the N = B*T rows of logits, over a padded vocabulary.
//
//   logits (N, Vp): columns [0, V) are the vocabulary, columns V..Vp-1 padding (Vp is V rounded up so
//   that the classifier's matmul has friendly sizes). Padding never enters the softmax, whatever it
//   holds, and gets zero gradient. targets (N) lie in [0, V).
//
//   forward:  losses[n]    = log sum_{v<V} exp(logits[n,v]) - logits[n, targets[n]]
//   backward: dlogits[n,v] = dlosses[n] * (p[n,v] - [v == targets[n]])  for v < V,  p = softmax(logits[n, :V])
//             dlogits[n,v] = 0                                           for V <= v < Vp   (overwrites)
//
// dlosses is per row so that the caller picks the reduction: 1/(B*T) everywhere for a mean loss, 0 at
// positions that must not count. dlogits may be the same buffer as logits: the classifier can turn its
// logits into their gradient in place, which saves a (B*T, Vp) buffer the size of the largest activation.
//
// The fused classifier (crossentropy_forward_backward): both at once, with one dloss for every row,
// when the caller knows the loss's scale at the forward (training). One pass for the statistics and one
// for the gradient, against three for the forward and the backward apart; the same results to the bit.
//
// Stability: exp is taken of logit - row max, so nothing overflows at any range of logits, and the
// largest term is exactly 1, so the sum never underflows to 0. The CPU reference adds the exp terms in
// double, so the rounding of the sum stays negligible at any V, and takes them from exp_sum_cpu
// (kernels/common.cuh: exp_cpu, 8 lanes at a time where AVX2 is there).
//
// The CUDA version: one block per row. Each thread walks its strided share of the row once, keeping the
// row's running max m and s = sum exp(x - m) (rescaling s when the max grows: "online softmax",
// Milakov & Gimelshein 2018), so the forward reads every logit once, not twice (a large vocabulary's
// rows do not all stay in L2 between two passes). The per-thread (m, s) pairs are merged by warp
// shuffles, then across warps through shared memory, always in the same order, so a run repeats bit
// for bit. The backward recomputes (m, s) — one more read of the row, instead of a buffer the forward
// would have to keep — then writes the gradient.
#pragma once

#include <cmath>
#include <cstddef>

#include "common.cuh"

// ----------------------------------------------------------------------------------------------
// Reference

// A row's max and its gradient's last pass, 8 lanes at a time where AVX2 is there (chosen at run time,
// as exp_sum_cpu is). Plain loops were two thirds of the cross-entropy's time: at -O2 the compiler kept
// an `omp simd` max's accumulator on the stack (a store and a reload for every 4 values) and left the
// gradient's loop scalar. Both versions give the same bits: a max is exact in any order, and the
// gradient is the same two products per entry (the target's entry is redone with its - 1).
inline float crossentropy_row_max_plain(const float* x, int V) {
    float max = x[0];
    for (int v = 1; v < V; v++) max = x[v] > max ? x[v] : max;
    return max;
}

// dx[v] = d * (e[v] * inv_sum - [v == target]) for v < V, where dx holds e = exp(x - max) on entry; 0 for
// V <= v < Vp.
inline void crossentropy_row_grad_plain(float* dx, int target, float d, float inv_sum, int V, int Vp) {
    for (int v = 0; v < V; v++) dx[v] = d * (dx[v] * inv_sum - (v == target ? 1.0f : 0.0f));
    for (int v = V; v < Vp; v++) dx[v] = 0.0f;
}

#if defined(__x86_64__) || defined(__i386__)
__attribute__((target("avx2"))) inline float crossentropy_row_max_avx2(const float* x, int V) {
    if (V < 32) return crossentropy_row_max_plain(x, V);
    // Four accumulators: a max's latency is 3 – 4 cycles, and four of them keep two loads a cycle busy.
    // They start at x[0], and _mm256_max_ps(x, m) is `x > m ? x : m` lane by lane, the plain loop's rule,
    // so a NaN is kept or skipped exactly as there (kept at x[0], skipped elsewhere).
    __m256 m0 = _mm256_set1_ps(x[0]), m1 = m0, m2 = m0, m3 = m0;
    int v = 0;
    for (; v + 32 <= V; v += 32) {
        m0 = _mm256_max_ps(_mm256_loadu_ps(x + v), m0), m1 = _mm256_max_ps(_mm256_loadu_ps(x + v + 8), m1);
        m2 = _mm256_max_ps(_mm256_loadu_ps(x + v + 16), m2), m3 = _mm256_max_ps(_mm256_loadu_ps(x + v + 24), m3);
    }
    __m256 m = _mm256_max_ps(_mm256_max_ps(m0, m1), _mm256_max_ps(m2, m3));
    alignas(32) float lanes[8];
    _mm256_store_ps(lanes, m);
    float max = lanes[0];
    for (int i = 1; i < 8; i++) max = lanes[i] > max ? lanes[i] : max;
    for (; v < V; v++) max = x[v] > max ? x[v] : max;
    return max;
}

__attribute__((target("avx2"))) inline void crossentropy_row_grad_avx2(float* dx, int target, float d, float inv_sum,
                                                                        int V, int Vp) {
    float e_target = dx[target];
    __m256 vd = _mm256_set1_ps(d), vinv = _mm256_set1_ps(inv_sum);
    int v = 0;
    for (; v + 8 <= V; v += 8) _mm256_storeu_ps(dx + v, _mm256_mul_ps(vd, _mm256_mul_ps(_mm256_loadu_ps(dx + v), vinv)));
    for (; v < V; v++) dx[v] = d * (dx[v] * inv_sum);
    dx[target] = d * (e_target * inv_sum - 1.0f);
    for (v = V; v < Vp; v++) dx[v] = 0.0f;
}
#endif

inline float crossentropy_row_max_cpu(const float* x, int V) {
#if defined(__x86_64__) || defined(__i386__)
    if (cpu_has_avx2_fma()) return crossentropy_row_max_avx2(x, V);
#endif
    return crossentropy_row_max_plain(x, V);
}

// One row x of Vp logits: its loss into *loss (if loss), and its gradient d * (p - onehot) into dx (if
// dx). The exp terms go into dx as they are summed, so each is computed once (exp is most of the cost).
// In place (dx == x) works: the target's logit is read first, then each logit just before its own entry
// is overwritten.
inline void crossentropy_row_cpu(float* loss, float* dx, const float* x, int target, float d, int V, int Vp) {
    float max = crossentropy_row_max_cpu(x, V);
    float x_target = x[target];
    double sum = exp_sum_cpu(x, max, V, dx);
    if (loss) *loss = (float)(((double)max - x_target) + log(sum));
    if (!dx) return;
    float inv_sum = (float)(1.0 / sum);
#if defined(__x86_64__) || defined(__i386__)
    if (cpu_has_avx2_fma()) return crossentropy_row_grad_avx2(dx, target, d, inv_sum, V, Vp);
#endif
    crossentropy_row_grad_plain(dx, target, d, inv_sum, V, Vp);
}

inline void crossentropy_forward_cpu(float* losses, const float* logits, const int* targets, int N, int V, int Vp) {
#pragma omp parallel for
    for (int n = 0; n < N; n++) crossentropy_row_cpu(losses + n, nullptr, logits + (size_t)n * Vp, targets[n], 0.0f, V, Vp);
}

inline void crossentropy_backward_cpu(float* dlogits, const float* logits, const int* targets, const float* dlosses,
                                      int N, int V, int Vp) {
#pragma omp parallel for
    for (int n = 0; n < N; n++)
        crossentropy_row_cpu(nullptr, dlogits + (size_t)n * Vp, logits + (size_t)n * Vp, targets[n], dlosses[n], V, Vp);
}

// The fused classifier: losses, and dlogits for the same dloss on every row (dlogits may be logits).
inline void crossentropy_forward_backward_cpu(float* losses, float* dlogits, const float* logits, const int* targets,
                                              float dloss, int N, int V, int Vp) {
#pragma omp parallel for
    for (int n = 0; n < N; n++)
        crossentropy_row_cpu(losses + n, dlogits + (size_t)n * Vp, logits + (size_t)n * Vp, targets[n], dloss, V, Vp);
}

#ifdef __CUDACC__

// ----------------------------------------------------------------------------------------------
// CUDA kernels

// Kernels are static: every translation unit that includes this header (the test files, the
// programs) gets its own copy, instead of a duplicate symbol at link time.
constexpr int CROSSENTROPY_BLOCK = 512;  // 16 warps; 4 blocks fill an SM's 2048 threads

// Softmax statistics of a set of logits: their max, and the sum of exp(x - max). The empty set is
// {-INFINITY, 0}.
struct SoftmaxStats {
    float max, sum;
};

// The statistics of the union of two sets. A side whose max is the union's keeps its sum unscaled: one
// exp fewer, and two empty sets give the empty set rather than 0 * exp(-inf - -inf) = NaN.
// merge(a, b) and merge(b, a) are bit-identical (fmaxf and + commute exactly), so both lanes of every
// butterfly step below hold the same value and the whole warp ends with one result.
__device__ inline SoftmaxStats softmax_stats_merge(SoftmaxStats a, SoftmaxStats b) {
    float max = fmaxf(a.max, b.max);
    float sum_a = a.max == max ? a.sum : a.sum * expf(a.max - max);
    float sum_b = b.max == max ? b.sum : b.sum * expf(b.max - max);
    return {max, sum_a + sum_b};
}

// The statistics of x[0..V), for the whole block (every thread gets them). Thread i takes columns
// i, i + blockDim.x, ... in order; warps merge by xor shuffles; warp 0 merges the warps' results in
// warp order. Every thread of the block must call it; it synchronises the block.
template <typename T>
__device__ inline SoftmaxStats crossentropy_block_stats(const T* x, int V) {
    SoftmaxStats s = {-INFINITY, 0.0f};
    for (int v = threadIdx.x; v < V; v += blockDim.x) {
        float xv = to_float(x[v]);
        if (xv > s.max) {
            s.sum = s.sum * expf(s.max - xv) + 1.0f;
            s.max = xv;
        } else {
            s.sum += expf(xv - s.max);
        }
    }
    for (int offset = WARP_SIZE / 2; offset > 0; offset /= 2) {
        SoftmaxStats other = {__shfl_xor_sync(0xffffffffu, s.max, offset), __shfl_xor_sync(0xffffffffu, s.sum, offset)};
        s = softmax_stats_merge(s, other);
    }
    __shared__ SoftmaxStats warp_stats[CROSSENTROPY_BLOCK / WARP_SIZE];
    __shared__ SoftmaxStats block_stats;
    int warp = threadIdx.x / WARP_SIZE, lane = threadIdx.x % WARP_SIZE;
    if (lane == 0) warp_stats[warp] = s;
    __syncthreads();
    if (warp == 0) {
        s = lane < (int)(blockDim.x / WARP_SIZE) ? warp_stats[lane] : SoftmaxStats{-INFINITY, 0.0f};
        for (int offset = WARP_SIZE / 2; offset > 0; offset /= 2) {
            SoftmaxStats other = {__shfl_xor_sync(0xffffffffu, s.max, offset),
                                  __shfl_xor_sync(0xffffffffu, s.sum, offset)};
            s = softmax_stats_merge(s, other);
        }
        if (lane == 0) block_stats = s;
    }
    __syncthreads();
    return block_stats;
}

// One block per row, for the forward (losses), the backward (dlogits) or both. T = float or
// __nv_bfloat16 (common.cuh): the logits' type; losses, dlosses and every sum are fp32. The row's
// gradient scale is dlosses[row], or dloss where dlosses is null (the fused classifier).
// No __restrict__: dlogits may be logits. The target's logit is read before crossentropy_block_stats'
// barriers, and each thread reads a logit, then writes the gradient of that same logit, only after the
// last of them, when the whole row has been read for the statistics.
template <typename T>
static __global__ void __launch_bounds__(CROSSENTROPY_BLOCK)
    crossentropy_kernel(float* losses, T* dlogits, const T* logits, const int* targets, const float* dlosses,
                        float dloss, int V, int Vp) {
    const T* x = logits + (size_t)blockIdx.x * Vp;
    int target = targets[blockIdx.x];
    float x_target = threadIdx.x == 0 && losses ? to_float(x[target]) : 0.0f;
    SoftmaxStats s = crossentropy_block_stats(x, V);
    if (losses && threadIdx.x == 0) losses[blockIdx.x] = (s.max - x_target) + logf(s.sum);
    if (!dlogits) return;
    T* dx = dlogits + (size_t)blockIdx.x * Vp;
    float inv_sum = 1.0f / s.sum, d = dlosses ? dlosses[blockIdx.x] : dloss;
    for (int v = threadIdx.x; v < Vp; v += blockDim.x)
        dx[v] = from_float<T>(v < V ? d * (expf(to_float(x[v]) - s.max) * inv_sum - (v == target ? 1.0f : 0.0f)) : 0.0f);
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

template <typename T>
inline void crossentropy_forward(float* losses, const T* logits, const int* targets, int N, int V, int Vp,
                                 cudaStream_t stream) {
    if (N == 0) return;
    crossentropy_kernel<T><<<N, CROSSENTROPY_BLOCK, 0, stream>>>(losses, (T*)nullptr, logits, targets, (const float*)nullptr,
                                                                0.0f, V, Vp);
    CUDA_CHECK(cudaGetLastError());
}

// dlogits overwrites, padding columns included; it may be the same buffer as logits.
template <typename T>
inline void crossentropy_backward(T* dlogits, const T* logits, const int* targets, const float* dlosses, int N, int V,
                                  int Vp, cudaStream_t stream) {
    if (N == 0) return;
    crossentropy_kernel<T><<<N, CROSSENTROPY_BLOCK, 0, stream>>>((float*)nullptr, dlogits, logits, targets, dlosses, 0.0f,
                                                                V, Vp);
    CUDA_CHECK(cudaGetLastError());
}

// The fused classifier: losses, and dlogits (overwritten, padding included; may be logits) for the same
// dloss on every row.
template <typename T>
inline void crossentropy_forward_backward(float* losses, T* dlogits, const T* logits, const int* targets, float dloss,
                                          int N, int V, int Vp, cudaStream_t stream) {
    if (N == 0) return;
    crossentropy_kernel<T><<<N, CROSSENTROPY_BLOCK, 0, stream>>>(losses, dlogits, logits, targets, (const float*)nullptr,
                                                                dloss, V, Vp);
    CUDA_CHECK(cudaGetLastError());
}

#endif  // __CUDACC__
