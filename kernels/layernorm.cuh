// layernorm.cuh — LayerNorm over the C channels of each of the B*T rows, with weight and bias.
//
//   forward:  mean = (1/C) sum_c x_c,  rstd = 1 / sqrt((1/C) sum_c (x_c - mean)^2 + 1e-5)
//             n_c = (x_c - mean) * rstd,  out_c = weight_c * n_c + bias_c
//             mean and rstd (B*T each) are kept for the backward.
//   backward: with g_c = weight_c * dout_c (the gradient reaching n),
//             dinp_c     = rstd * (g_c - mean_c'(g_c') - n_c * mean_c'(g_c' n_c'))   (overwrites, or adds)
//             dweight_c += sum over rows of dout_c * n_c                              (accumulates)
//             dbias_c   += sum over rows of dout_c                                    (accumulates)
//
// Fused with the residual connection that precedes every LayerNorm of the model but the first:
//   residual_layernorm forward: res = inp1 + inp2, then the forward above of res. One pass over the
//   rows instead of two (the unfused pair writes res, then reads it back), with the same results to the
//   bit: res is rounded to its type before the statistics are taken, as the unfused pair does.
//   Its backward is the backward above with `accumulate`: dinp += instead of dinp =, which adds the
//   LayerNorm's input gradient straight into the residual stream's (no buffer, no residual kernel).
//
// The CUDA version: one warp per row, with warp-shuffle sums. dweight and dbias are column sums
// over all rows; to make them the same on every run, no atomics: each block sums a fixed chunk of
// rows in a fixed order into a partial, and a second kernel adds the partials in chunk order.
#pragma once

#include <cmath>
#include <algorithm>
#include <cstddef>
#include <vector>

#include "common.cuh"
#include "residual.cuh"  // residual_forward_cpu: the reference of the fused residual + LayerNorm

constexpr float LAYERNORM_EPS = 1e-5f;

// ----------------------------------------------------------------------------------------------
// Reference

inline void layernorm_forward_cpu(float* out, float* mean, float* rstd, const float* inp, const float* weight,
                                  const float* bias, int B, int T, int C) {
#pragma omp parallel for
    for (int row = 0; row < B * T; row++) {
        const float* x = inp + (size_t)row * C;
        float sum = 0.0f;
        for (int c = 0; c < C; c++) sum += x[c];
        float m = sum / C;
        float sumsq = 0.0f;  // two passes: no cancellation when |mean| >> std
        for (int c = 0; c < C; c++) sumsq += (x[c] - m) * (x[c] - m);
        float s = 1.0f / sqrtf(sumsq / C + LAYERNORM_EPS);
        float* o = out + (size_t)row * C;
        // Each c on its own: lanes keep the bits, and the compiler left this loop scalar without the pragma
        // (it cannot see that out does not overlap the inputs). The two sums above stay in order.
#pragma omp simd
        for (int c = 0; c < C; c++) o[c] = weight[c] * ((x[c] - m) * s) + bias[c];
        mean[row] = m;
        rstd[row] = s;
    }
}

// The reference of the fusion is the pair itself.
inline void residual_layernorm_forward_cpu(float* res, float* out, float* mean, float* rstd, const float* inp1,
                                           const float* inp2, const float* weight, const float* bias, int B, int T,
                                           int C) {
    residual_forward_cpu(res, inp1, inp2, (size_t)B * T * C);
    layernorm_forward_cpu(out, mean, rstd, res, weight, bias, B, T, C);
}

// accumulate: dinp += the input gradient (the model adds it into the residual stream's gradient).
// dweight and dbias are column sums over all the rows. They are taken in the row loop itself: each fixed
// chunk of LAYERNORM_CPU_CHUNK_ROWS rows sums its rows into a partial side by side over the channels (a
// loop over c that vectorises), and the partials are added in chunk order at the end, so the bits do not
// depend on the thread count. (Summing down each column instead read dout and inp once per channel, C
// floats apart: a fifth of the LayerNorm's backward time went there.)
constexpr int LAYERNORM_CPU_CHUNK_ROWS = 64;
inline void layernorm_backward_cpu(float* dinp, float* dweight, float* dbias, const float* dout, const float* inp,
                                   const float* weight, const float* mean, const float* rstd, int B, int T, int C,
                                   bool accumulate = false) {
    int N = B * T, chunks = ceil_div(N, LAYERNORM_CPU_CHUNK_ROWS);
    static thread_local std::vector<float> partial_buffer;
    if (partial_buffer.size() < (size_t)chunks * 2 * C) partial_buffer.resize((size_t)chunks * 2 * C);
    float* partial = partial_buffer.data();
#pragma omp parallel for schedule(static)
    for (int chunk = 0; chunk < chunks; chunk++) {
        float* pw = partial + (size_t)chunk * 2 * C;  // this chunk's dweight, then its dbias
        float* pb = pw + C;
        for (int c = 0; c < C; c++) pw[c] = pb[c] = 0.0f;
        int end = std::min(N, (chunk + 1) * LAYERNORM_CPU_CHUNK_ROWS);
        for (int row = chunk * LAYERNORM_CPU_CHUNK_ROWS; row < end; row++) {
            const float* x = inp + (size_t)row * C;
            const float* d = dout + (size_t)row * C;
            float m = mean[row], s = rstd[row];
            float sum_g = 0.0f, sum_gn = 0.0f;
#pragma omp simd reduction(+ : sum_g, sum_gn)
            for (int c = 0; c < C; c++) {
                float g = weight[c] * d[c];
                sum_g += g;
                sum_gn += g * ((x[c] - m) * s);
            }
            float mean_g = sum_g / C, mean_gn = sum_gn / C;
            float* di = dinp + (size_t)row * C;
            // Each c is on its own, so lanes change nothing in the bits. The pragma is needed because the
            // compiler cannot see that di, pw and pb do not overlap the inputs, and the two loops because
            // it does not vectorise a load of di that only one branch makes: the single scalar loop
            // was two thirds of the LayerNorm's backward time.
            if (accumulate) {
#pragma omp simd
                for (int c = 0; c < C; c++) {
                    float n = (x[c] - m) * s;
                    di[c] = di[c] + s * (weight[c] * d[c] - mean_g - n * mean_gn);
                    pw[c] += d[c] * n;
                    pb[c] += d[c];
                }
            } else {
#pragma omp simd
                for (int c = 0; c < C; c++) {
                    float n = (x[c] - m) * s;
                    di[c] = s * (weight[c] * d[c] - mean_g - n * mean_gn);
                    pw[c] += d[c] * n;
                    pb[c] += d[c];
                }
            }
        }
    }
    for (int c = 0; c < C; c++) {
        float dw = 0.0f, db = 0.0f;
        for (int chunk = 0; chunk < chunks; chunk++) {
            dw += partial[(size_t)chunk * 2 * C + c];
            db += partial[(size_t)chunk * 2 * C + C + c];
        }
        dweight[c] += dw;
        dbias[c] += db;
    }
}

#ifdef __CUDACC__

// ----------------------------------------------------------------------------------------------
// CUDA kernels

constexpr int LAYERNORM_BLOCK = 256;                              // 8 warps: 8 rows per block
constexpr int LAYERNORM_ROWS_PER_BLOCK = LAYERNORM_BLOCK / WARP_SIZE;
constexpr int LAYERNORM_CHUNK_ROWS = 64;                          // rows per partial of dweight, dbias

// T = float or __nv_bfloat16 (common.cuh): the activations (inp, out, dout, dinp) are T; the weight,
// the bias, their gradients, mean and rstd are fp32, and every sum is an fp32 sum.

// One warp per row. The row is read three times (sum, squared deviations, output); the second and
// third reads come from cache. With inp2 (the fused residual + LayerNorm), the first pass forms the row
// x = inp + inp2, rounded to T, and writes it to res; each lane later reads back only the elements it
// wrote itself, so no barrier is needed. Lane c takes columns c, c + 32, ... in both kernels, so the
// fused sums are the unfused ones to the bit. (Not 16-byte vectors: 8 columns a lane would change the
// order of the sums, and the rows stay in L1/L2 between the passes anyway.)
template <typename T>
static __global__ void __launch_bounds__(LAYERNORM_BLOCK)
    layernorm_forward_kernel(T* out, float* mean, float* rstd, const T* inp, const float* weight,
                             const float* bias, int N, int C, const T* inp2, T* res) {
    int row = blockIdx.x * LAYERNORM_ROWS_PER_BLOCK + threadIdx.x / WARP_SIZE;
    int lane = threadIdx.x % WARP_SIZE;
    if (row >= N) return;  // the whole warp leaves together, so warp_sum below still has 32 lanes
    const T* x = inp + (size_t)row * C;
    float sum = 0.0f;
    if (inp2) {
        const T* x2 = inp2 + (size_t)row * C;
        T* r = res + (size_t)row * C;
        for (int c = lane; c < C; c += WARP_SIZE) {
            T v = from_float<T>(to_float(x[c]) + to_float(x2[c]));
            r[c] = v;
            sum += to_float(v);
        }
        x = r;
    } else {
        for (int c = lane; c < C; c += WARP_SIZE) sum += to_float(x[c]);
    }
    float m = warp_sum(sum) / C;
    float sumsq = 0.0f;
    for (int c = lane; c < C; c += WARP_SIZE) {
        float dev = to_float(x[c]) - m;
        sumsq += dev * dev;
    }
    float s = 1.0f / sqrtf(warp_sum(sumsq) / C + LAYERNORM_EPS);
    T* o = out + (size_t)row * C;
    for (int c = lane; c < C; c += WARP_SIZE) o[c] = from_float<T>(weight[c] * ((to_float(x[c]) - m) * s) + bias[c]);
    if (lane == 0) {
        mean[row] = m;
        rstd[row] = s;
    }
}

// dinp, one warp per row.
template <typename T>
static __global__ void __launch_bounds__(LAYERNORM_BLOCK)
    layernorm_backward_dinp_kernel(T* dinp, const T* dout, const T* inp, const float* weight,
                                   const float* mean, const float* rstd, int N, int C, bool accumulate) {
    int row = blockIdx.x * LAYERNORM_ROWS_PER_BLOCK + threadIdx.x / WARP_SIZE;
    int lane = threadIdx.x % WARP_SIZE;
    if (row >= N) return;
    const T* x = inp + (size_t)row * C;
    const T* d = dout + (size_t)row * C;
    float m = mean[row], s = rstd[row];
    float sum_g = 0.0f, sum_gn = 0.0f;
    for (int c = lane; c < C; c += WARP_SIZE) {
        float g = weight[c] * to_float(d[c]);
        sum_g += g;
        sum_gn += g * ((to_float(x[c]) - m) * s);
    }
    float mean_g = warp_sum(sum_g) / C, mean_gn = warp_sum(sum_gn) / C;
    T* di = dinp + (size_t)row * C;
    for (int c = lane; c < C; c += WARP_SIZE) {
        float n = (to_float(x[c]) - m) * s;
        float v = s * (weight[c] * to_float(d[c]) - mean_g - n * mean_gn);
        di[c] = from_float<T>(accumulate ? to_float(di[c]) + v : v);  // one rounding, after the sum
    }
}

// Partial column sums of dweight and dbias over one chunk of LAYERNORM_CHUNK_ROWS rows.
// Block (32, 8): threadIdx.x picks one of 32 adjacent channels (coalesced reads), threadIdx.y one of
// 8 interleaved row sets; the 8 per-set sums are then added in order of threadIdx.y.
// Grid: (ceil(C / 32), number of chunks). Partial p of channel c lands at [p * C + c].
template <typename T>
static __global__ void __launch_bounds__(LAYERNORM_BLOCK)
    layernorm_backward_partials_kernel(float* partial_dweight, float* partial_dbias, const T* dout,
                                       const T* inp, const float* mean, const float* rstd, int N, int C) {
    constexpr int SETS = LAYERNORM_BLOCK / WARP_SIZE;
    __shared__ float dw_sets[SETS][WARP_SIZE];
    __shared__ float db_sets[SETS][WARP_SIZE];
    int c = blockIdx.x * WARP_SIZE + threadIdx.x;
    int first = blockIdx.y * LAYERNORM_CHUNK_ROWS;
    int end = min(first + LAYERNORM_CHUNK_ROWS, N);
    float dw = 0.0f, db = 0.0f;
    if (c < C) {
        for (int row = first + threadIdx.y; row < end; row += SETS) {
            float d = to_float(dout[(size_t)row * C + c]);
            dw += d * ((to_float(inp[(size_t)row * C + c]) - mean[row]) * rstd[row]);
            db += d;
        }
    }
    dw_sets[threadIdx.y][threadIdx.x] = dw;
    db_sets[threadIdx.y][threadIdx.x] = db;
    __syncthreads();
    if (threadIdx.y == 0 && c < C) {
        for (int k = 1; k < SETS; k++) {
            dw += dw_sets[k][threadIdx.x];
            db += db_sets[k][threadIdx.x];
        }
        partial_dweight[(size_t)blockIdx.y * C + c] = dw;
        partial_dbias[(size_t)blockIdx.y * C + c] = db;
    }
}

// One thread per channel: adds the partials in chunk order and accumulates into dweight, dbias.
static __global__ void __launch_bounds__(LAYERNORM_BLOCK)
    layernorm_backward_params_kernel(float* dweight, float* dbias, const float* partial_dweight,
                                     const float* partial_dbias, int chunks, int C) {
    int c = blockIdx.x * blockDim.x + threadIdx.x;
    if (c >= C) return;
    float dw = 0.0f, db = 0.0f;
    for (int p = 0; p < chunks; p++) {
        dw += partial_dweight[(size_t)p * C + c];
        db += partial_dbias[(size_t)p * C + c];
    }
    dweight[c] += dw;
    dbias[c] += db;
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

template <typename T>
inline void layernorm_forward(T* out, float* mean, float* rstd, const T* inp, const float* weight,
                              const float* bias, int B, int T_, int C, cudaStream_t stream) {
    int N = B * T_;
    layernorm_forward_kernel<T><<<ceil_div(N, LAYERNORM_ROWS_PER_BLOCK), LAYERNORM_BLOCK, 0, stream>>>(
        out, mean, rstd, inp, weight, bias, N, C, (const T*)nullptr, (T*)nullptr);
    CUDA_CHECK(cudaGetLastError());
}

// res = inp1 + inp2 (rounded to T), out = LayerNorm(res). res must not overlap inp1 or inp2 rows of
// other warps; res == inp1 is allowed (each element is read, then written, by one lane).
template <typename T>
inline void residual_layernorm_forward(T* res, T* out, float* mean, float* rstd, const T* inp1, const T* inp2,
                                       const float* weight, const float* bias, int B, int T_, int C,
                                       cudaStream_t stream) {
    int N = B * T_;
    layernorm_forward_kernel<T><<<ceil_div(N, LAYERNORM_ROWS_PER_BLOCK), LAYERNORM_BLOCK, 0, stream>>>(
        out, mean, rstd, inp1, weight, bias, N, C, inp2, res);
    CUDA_CHECK(cudaGetLastError());
}

// Bytes of device memory layernorm_backward needs as `scratch`: the per-chunk partials.
inline size_t layernorm_backward_scratch_bytes(int B, int T, int C) {
    return 2 * (size_t)ceil_div(B * T, LAYERNORM_CHUNK_ROWS) * C * sizeof(float);
}

// dinp overwrites, or adds with accumulate; dweight, dbias accumulate (+=). scratch:
// layernorm_backward_scratch_bytes(B, T, C) bytes of device memory.
template <typename T>
inline void layernorm_backward(T* dinp, float* dweight, float* dbias, void* scratch, const T* dout, const T* inp,
                               const float* weight, const float* mean, const float* rstd, int B, int T_, int C,
                               cudaStream_t stream, bool accumulate = false) {
    int N = B * T_;
    int chunks = ceil_div(N, LAYERNORM_CHUNK_ROWS);
    float* partial_dweight = (float*)scratch;
    float* partial_dbias = partial_dweight + (size_t)chunks * C;
    layernorm_backward_dinp_kernel<T><<<ceil_div(N, LAYERNORM_ROWS_PER_BLOCK), LAYERNORM_BLOCK, 0, stream>>>(
        dinp, dout, inp, weight, mean, rstd, N, C, accumulate);
    CUDA_CHECK(cudaGetLastError());
    dim3 grid(ceil_div(C, WARP_SIZE), chunks), block(WARP_SIZE, LAYERNORM_BLOCK / WARP_SIZE);
    layernorm_backward_partials_kernel<T><<<grid, block, 0, stream>>>(partial_dweight, partial_dbias, dout, inp, mean,
                                                                  rstd, N, C);
    CUDA_CHECK(cudaGetLastError());
    layernorm_backward_params_kernel<<<ceil_div(C, LAYERNORM_BLOCK), LAYERNORM_BLOCK, 0, stream>>>(
        dweight, dbias, partial_dweight, partial_dbias, chunks, C);
    CUDA_CHECK(cudaGetLastError());
}

#endif  // __CUDACC__
