// attention.cuh — causal multi-head self-attention in fp32, keeping the softmax probabilities.
//
// qkv is (B, T, 3C): per position the q block, the k block and the v block; head h of size
// HS = C/NH uses channels h*HS .. (h+1)*HS-1 of each block. out is (B, T, C): the heads' outputs side
// by side in the same order. att is (B, NH, T, T).
//
//   forward:  s_tj = (q_t . k_j) / sqrt(HS) for j <= t,  p_t = softmax_j(s_t),  out_t = sum_j p_tj v_j
//             att keeps p: row t holds p_tj for j <= t and zeros after, for the backward.
//   backward: dv_j  = sum_t p_tj dout_t
//             dp_tj = dout_t . v_j,   ds_tj = p_tj (dp_tj - D_t)   with D_t = sum_j p_tj dp_tj
//             dq_t  = sum_j ds_tj k_j / sqrt(HS),   dk_j = sum_t ds_tj q_t / sqrt(HS)
//             dqkv is overwritten, all of it (q, k and v parts).
//
// The CUDA version writes attention as per-head matrix products, S = Q K^T and O = P V forward,
// dP = dO V^T, dQ = dS K, dK = dS^T Q and dV = P^T dO backward, on cuBLAS (strided-batched GEMMs, for
// large T x HS) or on our own tiled kernel (small ones) that knows the causal shape (it skips the tiles above
// the diagonal and the terms that are zero), plus one row kernel for the softmax and one for ds. Each output element is summed by one thread in a
// fixed order: no atomics, the same bits on every run. It keeps T x T matrices in memory (att, and
// dS in the backward's scratch). For a model that runs no backward, attention_forward_fused computes
// the same output without att, in the flash-attention manner (online softmax over tiles of keys in
// shared memory). A fused backward and tensor cores: kernels/flash_attention.cuh (bf16).
// The CUDA version is a template on the activation type T (kernels/common.cuh): qkv, out, att, dS,
// dout and dqkv are all T; every sum, maximum and exp is fp32.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "common.cuh"
#include "matmul.cuh"  // the CUDA path's products on cuBLAS (matmul_gemm_cublas)

// ----------------------------------------------------------------------------------------------
// Reference (and CPU path)
//
// One (batch, head) at a time, one query row t at a time, in the order of flash attention: the row's
// scores, its softmax and its output are made while the row (t + 1 floats) and the head's K and V stay
// in the cache. Only the causal part is computed. The backward goes the same way row by row, adding
// each row's share into the head's dK and dV, which it keeps beside it and writes back at the end. This
// replaced per-head GEMMs over the whole T x T square, which at head size 16 spent their time writing
// and re-reading T x T matrices rather than computing. A row reads only positions j <= t, so the
// future cannot leak into the past (to the bit). Heads are spread over the OpenMP threads.
//
// The three loops every row is made of, with x_j the row j of a (T, HS) matrix whose rows lie ld apart:
//   attention_row_dots:    s_j = a . x_j for j < n, reading x transposed (xt: HS rows of T), so that
//                          8 positions j go through one register while the HS terms are added
//   attention_row_combine: y = sum_{j<n} w_j x_j, an HS vector
//   attention_row_update:  x_j += w_j a for j < n (x here a (T, HS) buffer of its own, ld = HS)
// and the softmax's backward over a row (attention_softmax_row_backward).
// 8 lanes at a time with AVX2 and FMA where the CPU has them (chosen at run time: the default build may
// only assume SSE2), for head sizes that are multiples of 8; plain loops otherwise. Both add in a fixed
// order: the same bits on every run.
inline void attention_row_dots_plain(float* s, const float* a, const float* xt, int T, int HS, int n) {
    for (int j = 0; j < n; j++) {
        float sum = 0.0f;
        for (int d = 0; d < HS; d++) sum += a[d] * xt[(size_t)d * T + j];
        s[j] = sum;
    }
}
inline void attention_row_combine_plain(float* y, const float* w, const float* x, ptrdiff_t ld, int HS, int n) {
    for (int d = 0; d < HS; d++) y[d] = 0.0f;
    for (int j = 0; j < n; j++)
        for (int d = 0; d < HS; d++) y[d] += w[j] * x[j * ld + d];
}
inline void attention_row_update_plain(float* x, const float* w, const float* a, int HS, int n) {
    for (int j = 0; j < n; j++)
        for (int d = 0; d < HS; d++) x[(size_t)j * HS + d] += w[j] * a[d];
}
#if defined(__x86_64__) || defined(__i386__)
// Four blocks of 8 positions at a time: four independent chains of FMAs rather than one chain of HS
// dependent ones. (Against one block at a time it measured within the noise at head size 16.)
__attribute__((target("avx2,fma"))) inline void attention_row_dots_avx2(float* s, const float* a, const float* xt, int T,
                                                                        int HS, int n) {
    int j = 0;
    for (; j + 32 <= n; j += 32) {
        __m256 c0 = _mm256_setzero_ps(), c1 = _mm256_setzero_ps(), c2 = _mm256_setzero_ps(), c3 = _mm256_setzero_ps();
        for (int d = 0; d < HS; d++) {
            const float* row = xt + (size_t)d * T + j;
            __m256 ad = _mm256_set1_ps(a[d]);
            c0 = _mm256_fmadd_ps(ad, _mm256_loadu_ps(row), c0);
            c1 = _mm256_fmadd_ps(ad, _mm256_loadu_ps(row + 8), c1);
            c2 = _mm256_fmadd_ps(ad, _mm256_loadu_ps(row + 16), c2);
            c3 = _mm256_fmadd_ps(ad, _mm256_loadu_ps(row + 24), c3);
        }
        _mm256_storeu_ps(s + j, c0);
        _mm256_storeu_ps(s + j + 8, c1);
        _mm256_storeu_ps(s + j + 16, c2);
        _mm256_storeu_ps(s + j + 24, c3);
    }
    for (; j + 8 <= n; j += 8) {
        __m256 c = _mm256_setzero_ps();
        for (int d = 0; d < HS; d++) c = _mm256_fmadd_ps(_mm256_set1_ps(a[d]), _mm256_loadu_ps(xt + (size_t)d * T + j), c);
        _mm256_storeu_ps(s + j, c);
    }
    for (; j < n; j++) {
        float sum = 0.0f;
        for (int d = 0; d < HS; d++) sum = fmaf(a[d], xt[(size_t)d * T + j], sum);
        s[j] = sum;
    }
}
// HS a multiple of 8, 8 channels at a time; positions j in four interleaved partial sums (independent
// chains of FMAs), added in a fixed order at the end. The order of the additions is part of the result:
// changing it changes the trained model's bits.
__attribute__((target("avx2,fma"))) inline void attention_row_combine_avx2(float* y, const float* w, const float* x,
                                                                           ptrdiff_t ld, int HS, int n) {
    int d = 0;
    // 16 channels at a time where HS allows (the cpu size's head size is 16): each w_j is broadcast once
    // for both halves, and each half keeps its own four sums, so the bits are those of the loop below.
    for (; d + 16 <= HS; d += 16) {
        __m256 c0 = _mm256_setzero_ps(), c1 = c0, c2 = c0, c3 = c0, e0 = c0, e1 = c0, e2 = c0, e3 = c0;
        const float* xd = x + d;
        int j = 0;
        for (; j + 4 <= n; j += 4) {
            const float *x0 = xd + j * ld, *x1 = x0 + ld, *x2 = x1 + ld, *x3 = x2 + ld;
            __m256 w0 = _mm256_set1_ps(w[j]), w1 = _mm256_set1_ps(w[j + 1]), w2 = _mm256_set1_ps(w[j + 2]),
                   w3 = _mm256_set1_ps(w[j + 3]);
            c0 = _mm256_fmadd_ps(w0, _mm256_loadu_ps(x0), c0), e0 = _mm256_fmadd_ps(w0, _mm256_loadu_ps(x0 + 8), e0);
            c1 = _mm256_fmadd_ps(w1, _mm256_loadu_ps(x1), c1), e1 = _mm256_fmadd_ps(w1, _mm256_loadu_ps(x1 + 8), e1);
            c2 = _mm256_fmadd_ps(w2, _mm256_loadu_ps(x2), c2), e2 = _mm256_fmadd_ps(w2, _mm256_loadu_ps(x2 + 8), e2);
            c3 = _mm256_fmadd_ps(w3, _mm256_loadu_ps(x3), c3), e3 = _mm256_fmadd_ps(w3, _mm256_loadu_ps(x3 + 8), e3);
        }
        for (; j < n; j++) {
            __m256 wj = _mm256_set1_ps(w[j]);
            c0 = _mm256_fmadd_ps(wj, _mm256_loadu_ps(xd + j * ld), c0);
            e0 = _mm256_fmadd_ps(wj, _mm256_loadu_ps(xd + j * ld + 8), e0);
        }
        _mm256_storeu_ps(y + d, _mm256_add_ps(_mm256_add_ps(c0, c1), _mm256_add_ps(c2, c3)));
        _mm256_storeu_ps(y + d + 8, _mm256_add_ps(_mm256_add_ps(e0, e1), _mm256_add_ps(e2, e3)));
    }
    for (; d < HS; d += 8) {
        __m256 c0 = _mm256_setzero_ps(), c1 = _mm256_setzero_ps(), c2 = _mm256_setzero_ps(), c3 = _mm256_setzero_ps();
        const float* xd = x + d;
        int j = 0;
        for (; j + 4 <= n; j += 4) {
            c0 = _mm256_fmadd_ps(_mm256_set1_ps(w[j]), _mm256_loadu_ps(xd + j * ld), c0);
            c1 = _mm256_fmadd_ps(_mm256_set1_ps(w[j + 1]), _mm256_loadu_ps(xd + (j + 1) * ld), c1);
            c2 = _mm256_fmadd_ps(_mm256_set1_ps(w[j + 2]), _mm256_loadu_ps(xd + (j + 2) * ld), c2);
            c3 = _mm256_fmadd_ps(_mm256_set1_ps(w[j + 3]), _mm256_loadu_ps(xd + (j + 3) * ld), c3);
        }
        for (; j < n; j++) c0 = _mm256_fmadd_ps(_mm256_set1_ps(w[j]), _mm256_loadu_ps(xd + j * ld), c0);
        _mm256_storeu_ps(y + d, _mm256_add_ps(_mm256_add_ps(c0, c1), _mm256_add_ps(c2, c3)));
    }
}
// x_j += w_j a: each j independent, so no chain to break.
__attribute__((target("avx2,fma"))) inline void attention_row_update_avx2(float* x, const float* w, const float* a, int HS,
                                                                          int n) {
    for (int d = 0; d < HS; d += 8) {
        __m256 ad = _mm256_loadu_ps(a + d);
        for (int j = 0; j < n; j++) {
            float* xj = x + (size_t)j * HS + d;
            _mm256_storeu_ps(xj, _mm256_fmadd_ps(_mm256_set1_ps(w[j]), ad, _mm256_loadu_ps(xj)));
        }
    }
}
// s_r[j] = a_r . x_j for the rows r < rows and j < n: attention_row_dots for a block of query rows, each
// sum the same FMAs in the same order, so the same bits. A tile of 6 rows by 16 positions stays in 12
// registers while the HS channels go through it, so each value of xt is loaded once for six rows instead
// of once a row. The positions past the last whole tile, and the rows past the last group of six, go
// through attention_row_dots_avx2.
__attribute__((target("avx2,fma"))) inline void attention_block_dots_avx2(float* const* s, const float* const* a,
                                                                         const float* xt, int T, int HS, int rows, int n) {
    int r = 0;
    for (; r + 6 <= rows; r += 6) {
        const float *a0 = a[r], *a1 = a[r + 1], *a2 = a[r + 2], *a3 = a[r + 3], *a4 = a[r + 4], *a5 = a[r + 5];
        int j = 0;
        for (; j + 16 <= n; j += 16) {
            __m256 c00 = _mm256_setzero_ps(), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
            __m256 c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
            for (int d = 0; d < HS; d++) {
                const float* x = xt + (size_t)d * T + j;
                __m256 x0 = _mm256_loadu_ps(x), x1 = _mm256_loadu_ps(x + 8), ad;
                ad = _mm256_broadcast_ss(a0 + d), c00 = _mm256_fmadd_ps(ad, x0, c00), c01 = _mm256_fmadd_ps(ad, x1, c01);
                ad = _mm256_broadcast_ss(a1 + d), c10 = _mm256_fmadd_ps(ad, x0, c10), c11 = _mm256_fmadd_ps(ad, x1, c11);
                ad = _mm256_broadcast_ss(a2 + d), c20 = _mm256_fmadd_ps(ad, x0, c20), c21 = _mm256_fmadd_ps(ad, x1, c21);
                ad = _mm256_broadcast_ss(a3 + d), c30 = _mm256_fmadd_ps(ad, x0, c30), c31 = _mm256_fmadd_ps(ad, x1, c31);
                ad = _mm256_broadcast_ss(a4 + d), c40 = _mm256_fmadd_ps(ad, x0, c40), c41 = _mm256_fmadd_ps(ad, x1, c41);
                ad = _mm256_broadcast_ss(a5 + d), c50 = _mm256_fmadd_ps(ad, x0, c50), c51 = _mm256_fmadd_ps(ad, x1, c51);
            }
            _mm256_storeu_ps(s[r] + j, c00), _mm256_storeu_ps(s[r] + j + 8, c01);
            _mm256_storeu_ps(s[r + 1] + j, c10), _mm256_storeu_ps(s[r + 1] + j + 8, c11);
            _mm256_storeu_ps(s[r + 2] + j, c20), _mm256_storeu_ps(s[r + 2] + j + 8, c21);
            _mm256_storeu_ps(s[r + 3] + j, c30), _mm256_storeu_ps(s[r + 3] + j + 8, c31);
            _mm256_storeu_ps(s[r + 4] + j, c40), _mm256_storeu_ps(s[r + 4] + j + 8, c41);
            _mm256_storeu_ps(s[r + 5] + j, c50), _mm256_storeu_ps(s[r + 5] + j + 8, c51);
        }
        if (j < n)
            for (int i = 0; i < 6; i++) attention_row_dots_avx2(s[r + i] + j, a[r + i], xt + j, T, HS, n - j);
    }
    for (; r < rows; r++) attention_row_dots_avx2(s[r], a[r], xt, T, HS, n);
}
// x_j += w_r[j] a_r for r = 0 .. rows-1 in turn, for j in [j0, j1): the updates of attention_row_update
// for a block of query rows, in the same order, so the same bits. A tile of 6 positions j by 16 channels
// stays in 12 registers while the block's rows go through it: x is loaded and stored once per block of
// rows instead of once per row (one row at a time, the loads and stores of dK and dV were the backward's
// largest cost). HS a multiple of 16; the positions past the last whole tile go one at a time.
__attribute__((target("avx2,fma"))) inline void attention_block_update_avx2(float* x, const float* const* w,
                                                                           const float* const* a, int rows, int HS,
                                                                           int j0, int j1) {
    int j = j0;
    for (; j + 6 <= j1; j += 6) {
        for (int d = 0; d < HS; d += 16) {
            float* x0 = x + (size_t)j * HS + d;
            __m256 c00 = _mm256_loadu_ps(x0), c01 = _mm256_loadu_ps(x0 + 8);
            __m256 c10 = _mm256_loadu_ps(x0 + HS), c11 = _mm256_loadu_ps(x0 + HS + 8);
            __m256 c20 = _mm256_loadu_ps(x0 + 2 * HS), c21 = _mm256_loadu_ps(x0 + 2 * HS + 8);
            __m256 c30 = _mm256_loadu_ps(x0 + 3 * HS), c31 = _mm256_loadu_ps(x0 + 3 * HS + 8);
            __m256 c40 = _mm256_loadu_ps(x0 + 4 * HS), c41 = _mm256_loadu_ps(x0 + 4 * HS + 8);
            __m256 c50 = _mm256_loadu_ps(x0 + 5 * HS), c51 = _mm256_loadu_ps(x0 + 5 * HS + 8);
            for (int r = 0; r < rows; r++) {
                const float* wr = w[r] + j;
                __m256 a0 = _mm256_loadu_ps(a[r] + d), a1 = _mm256_loadu_ps(a[r] + d + 8), wj;
                wj = _mm256_broadcast_ss(wr + 0), c00 = _mm256_fmadd_ps(wj, a0, c00), c01 = _mm256_fmadd_ps(wj, a1, c01);
                wj = _mm256_broadcast_ss(wr + 1), c10 = _mm256_fmadd_ps(wj, a0, c10), c11 = _mm256_fmadd_ps(wj, a1, c11);
                wj = _mm256_broadcast_ss(wr + 2), c20 = _mm256_fmadd_ps(wj, a0, c20), c21 = _mm256_fmadd_ps(wj, a1, c21);
                wj = _mm256_broadcast_ss(wr + 3), c30 = _mm256_fmadd_ps(wj, a0, c30), c31 = _mm256_fmadd_ps(wj, a1, c31);
                wj = _mm256_broadcast_ss(wr + 4), c40 = _mm256_fmadd_ps(wj, a0, c40), c41 = _mm256_fmadd_ps(wj, a1, c41);
                wj = _mm256_broadcast_ss(wr + 5), c50 = _mm256_fmadd_ps(wj, a0, c50), c51 = _mm256_fmadd_ps(wj, a1, c51);
            }
            _mm256_storeu_ps(x0, c00), _mm256_storeu_ps(x0 + 8, c01);
            _mm256_storeu_ps(x0 + HS, c10), _mm256_storeu_ps(x0 + HS + 8, c11);
            _mm256_storeu_ps(x0 + 2 * HS, c20), _mm256_storeu_ps(x0 + 2 * HS + 8, c21);
            _mm256_storeu_ps(x0 + 3 * HS, c30), _mm256_storeu_ps(x0 + 3 * HS + 8, c31);
            _mm256_storeu_ps(x0 + 4 * HS, c40), _mm256_storeu_ps(x0 + 4 * HS + 8, c41);
            _mm256_storeu_ps(x0 + 5 * HS, c50), _mm256_storeu_ps(x0 + 5 * HS + 8, c51);
        }
    }
    for (; j < j1; j++)
        for (int r = 0; r < rows; r++) attention_row_update_avx2(x + (size_t)j * HS, w[r] + j, a[r], HS, 1);
}
// dS_j = P_j (dP_j - D) * scale over j < n, in place in r (dP in, dS out), with D = sum_j P_j dP_j.
__attribute__((target("avx2,fma"))) inline void attention_softmax_row_backward_avx2(float* r, const float* p, int n, float scale) {
    __m256 c0 = _mm256_setzero_ps(), c1 = _mm256_setzero_ps();
    int j = 0;
    for (; j + 16 <= n; j += 16) {
        c0 = _mm256_fmadd_ps(_mm256_loadu_ps(p + j), _mm256_loadu_ps(r + j), c0);
        c1 = _mm256_fmadd_ps(_mm256_loadu_ps(p + j + 8), _mm256_loadu_ps(r + j + 8), c1);
    }
    float l[8];
    _mm256_storeu_ps(l, _mm256_add_ps(c0, c1));
    float D = ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7]));
    for (; j < n; j++) D = fmaf(p[j], r[j], D);
    __m256 vD = _mm256_set1_ps(D), vs = _mm256_set1_ps(scale);
    for (j = 0; j + 8 <= n; j += 8)
        _mm256_storeu_ps(r + j, _mm256_mul_ps(_mm256_mul_ps(_mm256_loadu_ps(p + j), _mm256_sub_ps(_mm256_loadu_ps(r + j), vD)), vs));
    for (; j < n; j++) r[j] = p[j] * (r[j] - D) * scale;
}
#endif
inline bool attention_rows_avx2(int HS) {
#if defined(__x86_64__) || defined(__i386__)
    return HS % 8 == 0 && cpu_has_avx2_fma();
#else
    (void)HS;
    return false;
#endif
}
inline void attention_row_dots(float* s, const float* a, const float* xt, int T, int HS, int n) {
#if defined(__x86_64__) || defined(__i386__)
    if (attention_rows_avx2(HS)) return attention_row_dots_avx2(s, a, xt, T, HS, n);
#endif
    attention_row_dots_plain(s, a, xt, T, HS, n);
}
inline void attention_row_combine(float* y, const float* w, const float* x, ptrdiff_t ld, int HS, int n) {
#if defined(__x86_64__) || defined(__i386__)
    if (attention_rows_avx2(HS)) return attention_row_combine_avx2(y, w, x, ld, HS, n);
#endif
    attention_row_combine_plain(y, w, x, ld, HS, n);
}
inline void attention_row_update(float* x, const float* w, const float* a, int HS, int n) {
#if defined(__x86_64__) || defined(__i386__)
    if (attention_rows_avx2(HS)) return attention_row_update_avx2(x, w, a, HS, n);
#endif
    attention_row_update_plain(x, w, a, HS, n);
}
inline void attention_block_dots(float* const* s, const float* const* a, const float* xt, int T, int HS, int rows, int n) {
#if defined(__x86_64__) || defined(__i386__)
    if (attention_rows_avx2(HS)) return attention_block_dots_avx2(s, a, xt, T, HS, rows, n);
#endif
    for (int r = 0; r < rows; r++) attention_row_dots_plain(s[r], a[r], xt, T, HS, n);
}
inline void attention_block_update(float* x, const float* const* w, const float* const* a, int rows, int HS, int j0,
                                   int j1) {
#if defined(__x86_64__) || defined(__i386__)
    if (HS % 16 == 0 && attention_rows_avx2(HS)) return attention_block_update_avx2(x, w, a, rows, HS, j0, j1);
#endif
    for (int j = j0; j < j1; j++)
        for (int r = 0; r < rows; r++) attention_row_update(x + (size_t)j * HS, w[r] + j, a[r], HS, 1);
}
inline void attention_softmax_row_backward(float* r, const float* p, int n, float scale) {
#if defined(__x86_64__) || defined(__i386__)
    if (cpu_has_avx2_fma()) return attention_softmax_row_backward_avx2(r, p, n, scale);
#endif
    float D = 0.0f;
    for (int j = 0; j < n; j++) D += p[j] * r[j];
    for (int j = 0; j < n; j++) r[j] = p[j] * (r[j] - D) * scale;
}

// Row t of a T x T matrix of dot products q_t . k_j: the causal softmax of the scaled scores in place,
// zeros after t. Safe from overflow: the row's maximum is subtracted before exp (scale > 0, so the
// maximum of the unscaled products is taken). The sum of the exps is added in double (exp_sum_cpu of
// kernels/common.cuh). With AVX2, 8 lanes at a time: in the default build (SSE2 only) the plain loop's
// exps, T^2 / 2 per head, were a quarter of the CPU attention's forward time at the cpu size.
inline void attention_softmax_row_plain(float* p, int t, int T, float scale) {
    float maxval = -INFINITY;
    for (int j = 0; j <= t; j++) maxval = p[j] > maxval ? p[j] : maxval;
    for (int j = 0; j <= t; j++) p[j] = (p[j] - maxval) * scale;
    float inv_sum = (float)(1.0 / exp_sum_cpu(p, 0.0f, t + 1, p));
    for (int j = 0; j <= t; j++) p[j] *= inv_sum;
    for (int j = t + 1; j < T; j++) p[j] = 0.0f;
}
#if defined(__x86_64__) || defined(__i386__)
// The same steps 8 lanes at a time (a maximum is the same whatever the order it is taken in).
__attribute__((target("avx2,fma"))) inline void attention_softmax_row_avx2(float* p, int t, int T, float scale) {
    int n = t + 1, j = 0;
    __m256 m = _mm256_set1_ps(-INFINITY);
    for (; j + 8 <= n; j += 8) m = _mm256_max_ps(m, _mm256_loadu_ps(p + j));
    float l[8];
    _mm256_storeu_ps(l, m);
    float maxval = l[0];
    for (int i = 1; i < 8; i++) maxval = l[i] > maxval ? l[i] : maxval;
    for (; j < n; j++) maxval = p[j] > maxval ? p[j] : maxval;
    __m256 vm = _mm256_set1_ps(maxval), vs = _mm256_set1_ps(scale);
    for (j = 0; j + 8 <= n; j += 8) _mm256_storeu_ps(p + j, _mm256_mul_ps(_mm256_sub_ps(_mm256_loadu_ps(p + j), vm), vs));
    for (; j < n; j++) p[j] = (p[j] - maxval) * scale;
    float inv_sum = (float)(1.0 / exp_sum_avx2(p, 0.0f, n, p));
    __m256 vi = _mm256_set1_ps(inv_sum);
    for (j = 0; j + 8 <= n; j += 8) _mm256_storeu_ps(p + j, _mm256_mul_ps(_mm256_loadu_ps(p + j), vi));
    for (; j < n; j++) p[j] *= inv_sum;
    for (j = n; j < T; j++) p[j] = 0.0f;
}
#endif
inline void attention_softmax_row_cpu(float* p, int t, int T, float scale) {
#if defined(__x86_64__) || defined(__i386__)
    if (cpu_has_avx2_fma()) return attention_softmax_row_avx2(p, t, T, scale);
#endif
    attention_softmax_row_plain(p, t, T, scale);
}

// A head's K (or V), (T, HS) with rows ld apart, copied to (HS, T): row d holds channel d of every position.
inline void attention_transpose_in(float* xt, const float* x, int T, int HS, ptrdiff_t ld) {
    for (int t = 0; t < T; t++)
        for (int d = 0; d < HS; d++) xt[(size_t)d * T + t] = x[t * ld + d];
}

// Both passes take the query rows in blocks of ATTENTION_CPU_ROWS: the dot products of a block's rows
// with the positions every one of them sees (j <= the block's first row) are made together, which loads
// each K (or V) value once for several rows; the rest of each row (the block's triangle, then the softmax
// and the weighted sum) goes one row at a time. Every sum has the same terms in the same order as one row
// at a time, so the bits are the same.
constexpr int ATTENTION_CPU_ROWS = 16;

inline void attention_forward_cpu(float* out, float* att, const float* qkv, int B, int T, int C, int NH) {
    int HS = C / NH;
    float scale = 1.0f / sqrtf((float)HS);
    ptrdiff_t ld = 3 * C;  // from one position's q (or k, v) to the next
#pragma omp parallel
    {
        std::vector<float> kt((size_t)HS * T);  // this head's K, transposed
#pragma omp for collapse(2) schedule(static)
        for (int b = 0; b < B; b++) {
            for (int h = 0; h < NH; h++) {
                const float* q = qkv + (size_t)b * T * ld + h * HS;
                const float* v = q + 2 * C;
                attention_transpose_in(kt.data(), q + C, T, HS, ld);
                for (int t0 = 0; t0 < T; t0 += ATTENTION_CPU_ROWS) {
                    int rows = std::min(ATTENTION_CPU_ROWS, T - t0);
                    float* pr[ATTENTION_CPU_ROWS];
                    const float* qr[ATTENTION_CPU_ROWS];
                    for (int i = 0; i < rows; i++) {
                        pr[i] = att + (((size_t)b * NH + h) * T + t0 + i) * T;
                        qr[i] = q + (t0 + i) * ld;
                    }
                    attention_block_dots(pr, qr, kt.data(), T, HS, rows, t0 + 1);  // s_tj = q_t . k_j, j <= t0
                    for (int i = 0; i < rows; i++) {
                        int t = t0 + i;
                        attention_row_dots(pr[i] + t0 + 1, qr[i], kt.data() + t0 + 1, T, HS, i);  // t0 < j <= t
                        attention_softmax_row_cpu(pr[i], t, T, scale);
                        attention_row_combine(out + ((size_t)b * T + t) * C + h * HS, pr[i], v, ld, HS, t + 1);  // o_t = sum_j p_tj v_j
                    }
                }
            }
        }
    }
}

// The scale 1/sqrt(HS) is folded into dS, which both dQ and dK use. The block's dP rows are made
// together (attention_block_dots), then its dS rows one by one, then added into dK and dV together
// (attention_block_update), in the order of the rows.
inline void attention_backward_cpu(float* dqkv, const float* dout, const float* qkv, const float* att, int B, int T,
                                   int C, int NH) {
    int HS = C / NH;
    float scale = 1.0f / sqrtf((float)HS);
    ptrdiff_t ld = 3 * C;
#pragma omp parallel
    {
        // This head's V transposed, its dK and dV (T, HS), summed over the rows t; a block of rows of dP,
        // then dS.
        std::vector<float> vt((size_t)HS * T), dk((size_t)T * HS), dv((size_t)T * HS), ds((size_t)ATTENTION_CPU_ROWS * T);
#pragma omp for collapse(2) schedule(static)
        for (int b = 0; b < B; b++) {
            for (int h = 0; h < NH; h++) {
                const float* q = qkv + (size_t)b * T * ld + h * HS;
                const float* k = q + C;
                float* dq = dqkv + (size_t)b * T * ld + h * HS;
                attention_transpose_in(vt.data(), q + 2 * C, T, HS, ld);
                std::fill(dk.begin(), dk.end(), 0.0f);
                std::fill(dv.begin(), dv.end(), 0.0f);
                for (int t0 = 0; t0 < T; t0 += ATTENTION_CPU_ROWS) {
                    int rows = std::min(ATTENTION_CPU_ROWS, T - t0);
                    float* dsr[ATTENTION_CPU_ROWS];
                    const float *pr[ATTENTION_CPU_ROWS], *qr[ATTENTION_CPU_ROWS], *gr[ATTENTION_CPU_ROWS];
                    for (int i = 0; i < rows; i++) {
                        int t = t0 + i;
                        dsr[i] = ds.data() + (size_t)i * T;
                        pr[i] = att + (((size_t)b * NH + h) * T + t) * T;
                        qr[i] = q + t * ld;
                        gr[i] = dout + ((size_t)b * T + t) * C + h * HS;  // dO_t
                    }
                    attention_block_dots(dsr, gr, vt.data(), T, HS, rows, t0 + 1);  // dP_tj = dO_t . v_j, j <= t0
                    for (int i = 0; i < rows; i++) {
                        int t = t0 + i;
                        attention_row_dots(dsr[i] + t0 + 1, gr[i], vt.data() + t0 + 1, T, HS, i);  // t0 < j <= t
                        attention_softmax_row_backward(dsr[i], pr[i], t + 1, scale);  // dS_tj = P_tj (dP_tj - D_t), scaled
                        attention_row_combine(dq + t * ld, dsr[i], k, ld, HS, t + 1);  // dQ_t = sum_j dS_tj k_j
                    }
                    // dK_j += dS_tj q_t and dV_j += P_tj dO_t for the block's rows t in order: every row reaches
                    // the positions j <= t0, and the triangle t0 < j <= t row by row.
                    attention_block_update(dk.data(), dsr, qr, rows, HS, 0, t0 + 1);
                    attention_block_update(dv.data(), pr, gr, rows, HS, 0, t0 + 1);
                    for (int i = 1; i < rows; i++) {
                        attention_row_update(dk.data() + (size_t)(t0 + 1) * HS, dsr[i] + t0 + 1, qr[i], HS, i);
                        attention_row_update(dv.data() + (size_t)(t0 + 1) * HS, pr[i] + t0 + 1, gr[i], HS, i);
                    }
                }
                for (int j = 0; j < T; j++)
                    for (int d = 0; d < HS; d++) {
                        dq[j * ld + C + d] = dk[(size_t)j * HS + d];
                        dq[j * ld + 2 * C + d] = dv[(size_t)j * HS + d];
                    }
            }
        }
    }
}

#ifdef __CUDACC__

// ----------------------------------------------------------------------------------------------
// CUDA kernels
//
// `static`: every .cu file that includes this header gets its own copy of each kernel. nvcc ignores
// `inline` on a __global__ function, so without it two such files would clash at link time.

constexpr int ATTENTION_TILE = 32;                              // products: 32 x 32 output tiles, 32-term steps
constexpr int ATTENTION_TILE_THREADS = 16;                      // 16 x 16 threads, each 2 x 2 outputs of a tile
constexpr int ATTENTION_ROW_BLOCK = 256;                        // row kernels: one warp per row,
constexpr int ATTENTION_ROWS_PER_BLOCK = ATTENTION_ROW_BLOCK / WARP_SIZE;  // 8 rows per block

// Where a matrix of every head lies: element (r, c) of head z = b*NH + h sits at
//   b * batch_stride + h * head_stride + r * ld + c    (or c * ld + r when transposed)
// from the buffer's start. Two kinds occur: a head's columns in a buffer of positions (q, k, v in
// qkv; out, dout) and a head's own (T, T) square (att, dS).
struct HeadLayout {
    size_t batch_stride, head_stride;
    int ld;
    bool transposed;  // the matrix is the transpose of the one stored by rows
    __device__ size_t head_offset(int z, int NH) const { return (z / NH) * batch_stride + (z % NH) * head_stride; }
    __device__ size_t offset(int r, int c) const { return transposed ? (size_t)c * ld + r : (size_t)r * ld + c; }
};

// Head h's HS columns in a (B, T, width) buffer of positions, as a (T, HS) matrix.
inline HeadLayout positions_layout(int width, int T, int HS, bool transposed = false) {
    return {(size_t)T * width, (size_t)HS, width, transposed};
}

// Head h's (T, T) matrix in a (B, NH, T, T) buffer.
inline HeadLayout squares_layout(int T, int NH, bool transposed = false) {
    return {(size_t)NH * T * T, (size_t)T * T, T, transposed};
}

// Which part of a product the causal mask leaves; tiles are aligned, so a row tile m0.. and a column
// tile n0.. of a (T, T) matrix lie wholly above the diagonal exactly when n0 > m0.
enum class CausalShape {
    LOWER_TRIANGLE,  // a (T, T) result of which only columns <= row count (S, dP): the tiles above the
                     // diagonal are skipped, the row kernels write zeros there
    SUM_TO_ROW,      // the sum index k runs to the row only (P V, dS K): P and dS are zero beyond it
    SUM_FROM_ROW,    // the sum index k runs from the row on (P^T dO, dS^T Q): zero before it
};

// c = alpha * a b for every head, a (M, K), b (K, N), c (M, N). Block (16, 16) per 32 x 32 tile of c,
// grid (tiles along N, tiles along M, B*NH). Each step stages a 32-term slice of a and b in shared
// memory, loaded so that consecutive threads read consecutive addresses whichever way the operand
// is stored; entries outside the matrices or the causal range load as zero.
template <typename T>
static __global__ void __launch_bounds__(ATTENTION_TILE_THREADS * ATTENTION_TILE_THREADS)
    attention_matmul_kernel(T* c, HeadLayout c_layout, const T* a, HeadLayout a_layout, const T* b,
                            HeadLayout b_layout, int M, int N, int K, float alpha, CausalShape shape, int NH) {
    constexpr int TILE = ATTENTION_TILE, HALF = ATTENTION_TILE_THREADS;
    static_assert(TILE == 2 * HALF, "each thread computes 2 x 2 outputs");
    // Stored [k][m] and [k][n]; the +1 puts the 32 entries of a column in 32 different banks, so that
    // the stores that transpose are free of conflicts.
    __shared__ float a_tile[TILE][TILE + 1];
    __shared__ float b_tile[TILE][TILE + 1];
    int m0 = blockIdx.y * TILE, n0 = blockIdx.x * TILE;
    if (shape == CausalShape::LOWER_TRIANGLE && n0 > m0) return;
    int k_begin = shape == CausalShape::SUM_FROM_ROW ? m0 : 0;
    int k_end = shape == CausalShape::SUM_TO_ROW ? min(K, m0 + TILE) : K;
    a += a_layout.head_offset(blockIdx.z, NH);
    b += b_layout.head_offset(blockIdx.z, NH);
    c += c_layout.head_offset(blockIdx.z, NH);

    int tx = threadIdx.x, ty = threadIdx.y, tid = ty * HALF + tx;
    float acc[2][2] = {{0.0f, 0.0f}, {0.0f, 0.0f}};
    for (int k0 = k_begin; k0 < k_end; k0 += TILE) {
        for (int e = tid; e < TILE * TILE; e += HALF * HALF) {
            int fast = e % TILE, slow = e / TILE;  // fast: along the stored rows, i.e. in memory order
            int kk = a_layout.transposed ? slow : fast, mm = a_layout.transposed ? fast : slow;
            int m = m0 + mm, k = k0 + kk;
            a_tile[kk][mm] = (m < M && k < k_end) ? to_float(a[a_layout.offset(m, k)]) : 0.0f;
            int nn = b_layout.transposed ? slow : fast;
            kk = b_layout.transposed ? fast : slow;
            int n = n0 + nn;
            k = k0 + kk;
            b_tile[kk][nn] = (k < k_end && n < N) ? to_float(b[b_layout.offset(k, n)]) : 0.0f;
        }
        __syncthreads();
        for (int kk = 0; kk < TILE; kk++) {
            float a0 = a_tile[kk][ty], a1 = a_tile[kk][ty + HALF];
            float b0 = b_tile[kk][tx], b1 = b_tile[kk][tx + HALF];
            acc[0][0] += a0 * b0;
            acc[0][1] += a0 * b1;
            acc[1][0] += a1 * b0;
            acc[1][1] += a1 * b1;
        }
        __syncthreads();
    }
    for (int i = 0; i < 2; i++) {
        for (int j = 0; j < 2; j++) {
            int m = m0 + ty + i * HALF, n = n0 + tx + j * HALF;
            if (m < M && n < N) c[c_layout.offset(m, n)] = from_float<T>(alpha * acc[i][j]);
        }
    }
}

__device__ inline float attention_warp_max(float v) {
    for (int offset = WARP_SIZE / 2; offset > 0; offset /= 2) v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, offset));
    return v;
}

// One warp per row (b, h, t) of att, in place: the scaled scores s_tj (j <= t) become the softmax
// p_tj, and the entries j > t become zero (the product left the tiles above the diagonal unwritten).
// The exponentials are summed in fp32 and computed again for the store, so that a bf16 row is
// rounded once, not once as e^s and again as p.
template <typename T>
static __global__ void __launch_bounds__(ATTENTION_ROW_BLOCK)
    attention_softmax_kernel(T* att, int rows, int T_) {
    int row = blockIdx.x * ATTENTION_ROWS_PER_BLOCK + threadIdx.x / WARP_SIZE;
    int lane = threadIdx.x % WARP_SIZE;
    if (row >= rows) return;  // the whole warp leaves together
    int t = row % T_;
    T* p = att + (size_t)row * T_;
    float maxval = -INFINITY;
    for (int j = lane; j <= t; j += WARP_SIZE) maxval = fmaxf(maxval, to_float(p[j]));
    maxval = attention_warp_max(maxval);
    float sum = 0.0f;
    for (int j = lane; j <= t; j += WARP_SIZE) sum += expf(to_float(p[j]) - maxval);
    float inv_sum = 1.0f / warp_sum(sum);
    for (int j = lane; j < T_; j += WARP_SIZE) p[j] = from_float<T>(j <= t ? expf(to_float(p[j]) - maxval) * inv_sum : 0.0f);
}

// One warp per row (b, h, t) of dP, in place: dp_tj becomes ds_tj = p_tj (dp_tj - D_t) for j <= t,
// and zero beyond, so that the products after it may sum over whole tiles.
template <typename T>
static __global__ void __launch_bounds__(ATTENTION_ROW_BLOCK)
    attention_softmax_backward_kernel(T* ds, const T* att, int rows, int T_) {
    int row = blockIdx.x * ATTENTION_ROWS_PER_BLOCK + threadIdx.x / WARP_SIZE;
    int lane = threadIdx.x % WARP_SIZE;
    if (row >= rows) return;
    int t = row % T_;
    T* d = ds + (size_t)row * T_;
    const T* p = att + (size_t)row * T_;
    float D = 0.0f;
    for (int j = lane; j <= t; j += WARP_SIZE) D += to_float(p[j]) * to_float(d[j]);
    D = warp_sum(D);
    for (int j = lane; j < T_; j += WARP_SIZE) d[j] = from_float<T>(j <= t ? to_float(p[j]) * (to_float(d[j]) - D) : 0.0f);
}

// Forward only, fused, in the flash-attention manner: no T x T matrix in memory, for the forward-only
// model (router scoring, evaluation, generation), which needs no att for a backward. A block takes
// ATTENTION_FUSED_ROWS query rows of one head; its warps take the rows in turn, lane i the keys
// j0 + i of each 32-key tile and output dims d = i, i + 32, ... The tiles of K and V pass through
// shared memory; each row keeps the online softmax's running maximum m, sum l and output o:
//   m' = max(m, max_j s_j),  l' = l e^(m - m') + sum_j e^(s_j - m'),  o' = o e^(m - m') + sum_j e^(s_j - m') v_j
// and writes o / l at the end. Head size up to ATTENTION_FUSED_MAX_HS (attention_forward_fused falls
// back to attention_forward beyond it). Summation order is fixed: the same bits on every run. fp32,
// no tensor cores: the first step of the path to a fast version, correct first.
constexpr int ATTENTION_FUSED_ROWS = 16;    // query rows per block
constexpr int ATTENTION_FUSED_WARPS = 4;    // warps per block: each takes 4 of the rows
constexpr int ATTENTION_FUSED_MAX_HS = 128;  // 4 output dims per lane
constexpr int ATTENTION_FUSED_DIMS = ATTENTION_FUSED_MAX_HS / WARP_SIZE;
constexpr int ATTENTION_FUSED_ROWS_PER_WARP = ATTENTION_FUSED_ROWS / ATTENTION_FUSED_WARPS;

// Grid (ceil(T / ROWS), B * NH), block WARPS * 32. out: (B, T, C), head h in channels h*HS ..
template <typename Tx>
static __global__ void __launch_bounds__(ATTENTION_FUSED_WARPS * WARP_SIZE)
    attention_forward_fused_kernel(Tx* out, const Tx* qkv, int T, int C, int NH, float scale) {
    constexpr int ROWS = ATTENTION_FUSED_ROWS, KEYS = WARP_SIZE, DIMS = ATTENTION_FUSED_DIMS;
    // q rows, and one tile of keys and values; +1 so that lane i reading k_tile[i][d] hits bank (i + d) % 32.
    __shared__ float q_tile[ROWS][ATTENTION_FUSED_MAX_HS];
    __shared__ float k_tile[KEYS][ATTENTION_FUSED_MAX_HS + 1];
    __shared__ float v_tile[KEYS][ATTENTION_FUSED_MAX_HS];
    int HS = C / NH, b = blockIdx.y / NH, h = blockIdx.y % NH;
    int t0 = blockIdx.x * ROWS, warp = threadIdx.x / WARP_SIZE, lane = threadIdx.x % WARP_SIZE;
    const Tx* base = qkv + (size_t)b * T * 3 * C + (size_t)h * HS;  // q of position 0 of this head
    for (int e = threadIdx.x; e < ROWS * HS; e += blockDim.x) {
        int r = e / HS, d = e % HS;
        q_tile[r][d] = t0 + r < T ? to_float(base[(size_t)(t0 + r) * 3 * C + d]) : 0.0f;
    }
    float m[ATTENTION_FUSED_ROWS_PER_WARP], l[ATTENTION_FUSED_ROWS_PER_WARP], o[ATTENTION_FUSED_ROWS_PER_WARP][DIMS];
    for (int i = 0; i < ATTENTION_FUSED_ROWS_PER_WARP; i++) {
        m[i] = -INFINITY;
        l[i] = 0.0f;
        for (int d = 0; d < DIMS; d++) o[i][d] = 0.0f;
    }
    int last = min(t0 + ROWS, T) - 1;  // the block's last row: keys beyond it are never needed
    for (int j0 = 0; j0 <= last; j0 += KEYS) {
        __syncthreads();  // the previous tile has been read by every warp
        for (int e = threadIdx.x; e < KEYS * HS; e += blockDim.x) {
            int j = e / HS, d = e % HS;
            bool in = j0 + j < T;
            k_tile[j][d] = in ? to_float(base[(size_t)(j0 + j) * 3 * C + C + d]) : 0.0f;
            v_tile[j][d] = in ? to_float(base[(size_t)(j0 + j) * 3 * C + 2 * C + d]) : 0.0f;
        }
        __syncthreads();
        for (int i = 0; i < ATTENTION_FUSED_ROWS_PER_WARP; i++) {
            int r = warp + i * ATTENTION_FUSED_WARPS, t = t0 + r;
            if (t >= T || j0 > t) continue;  // the same for every lane of the warp
            int j = j0 + lane;
            float s = -INFINITY;
            if (j <= t) {
                float dot = 0.0f;
                for (int d = 0; d < HS; d++) dot += q_tile[r][d] * k_tile[lane][d];
                s = dot * scale;
            }
            float m_new = fmaxf(m[i], attention_warp_max(s));  // finite: key j0 <= t is in this tile
            float p = expf(s - m_new);                          // 0 for the masked keys
            float correction = expf(m[i] - m_new);              // 0 on the first tile (m = -inf)
            l[i] = l[i] * correction + warp_sum(p);
            m[i] = m_new;
            for (int d = 0; d < DIMS; d++) o[i][d] *= correction;
            for (int jj = 0; jj < KEYS; jj++) {
                float pj = __shfl_sync(0xffffffffu, p, jj);
                for (int d = 0; d < DIMS; d++)
                    if (lane + d * WARP_SIZE < HS) o[i][d] += pj * v_tile[jj][lane + d * WARP_SIZE];
            }
        }
    }
    for (int i = 0; i < ATTENTION_FUSED_ROWS_PER_WARP; i++) {
        int t = t0 + warp + i * ATTENTION_FUSED_WARPS;
        if (t >= T) continue;
        Tx* y = out + ((size_t)b * T + t) * C + (size_t)h * HS;
        for (int d = 0; d < DIMS; d++)
            if (lane + d * WARP_SIZE < HS) y[lane + d * WARP_SIZE] = from_float<Tx>(o[i][d] / l[i]);
    }
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

// The per-head products run on cuBLAS or on attention_matmul_kernel above, our own tiled kernel.
// cuBLAS: strided-batched GEMMs over the whole T x T square, in the precision of the model's matmuls
// (fp32, or TF32 tensor cores after matmul_allow_tf32), one call per batch row b. They ignore the
// causal shape: twice the FLOPs of the causal half; above the diagonal S and dP hold values that the
// row kernels overwrite with zeros, and P and dS are exact zeros there, so the other products' sums
// do not change. Measured on an H200 (docs/performance.md): at T 1024, HS 64 cuBLAS takes 3.5 ms
// forward + backward in fp32 and 1.65 in TF32, against 4.1 for the tiled kernel; at T 256, HS 8 (the
// paper's router) it takes 0.67 / 0.48 against 0.23, and the tiny model's step (T 256, HS 32) went
// from 2.2 to 3.9 ms: small products are launch-bound (6 products x B calls a layer). AUTO therefore
// picks cuBLAS only for T x HS >= 32768 (GPT-2's 1024 x 64 is twice that; the two sizes measured
// are the only evidence for the line). The tests force each path on every shape.
enum class AttentionProducts { AUTO, CUBLAS, TILED };
inline AttentionProducts attention_products = AttentionProducts::AUTO;

inline bool attention_products_on_cublas(int T, int HS) {
    if (attention_products != AttentionProducts::AUTO) return attention_products == AttentionProducts::CUBLAS;
    return (long long)T * HS >= 32768;
}

// c = alpha * a b for each of the B*NH heads (c stored by rows; a and b either way; see HeadLayout).
template <typename T>
inline void attention_matmul(T* c, HeadLayout c_layout, const T* a, HeadLayout a_layout, const T* b,
                             HeadLayout b_layout, int M, int N, int K, float alpha, CausalShape shape, int B, int NH,
                             bool cublas, cudaStream_t stream) {
    if (!cublas) {
        dim3 grid(ceil_div(N, ATTENTION_TILE), ceil_div(M, ATTENTION_TILE), B * NH);
        dim3 block(ATTENTION_TILE_THREADS, ATTENTION_TILE_THREADS);
        attention_matmul_kernel<T><<<grid, block, 0, stream>>>(c, c_layout, a, a_layout, b, b_layout, M, N, K, alpha, shape,
                                                            NH);
        CUDA_CHECK(cudaGetLastError());
        return;
    }
    // Column-major, as in matmul_gemm_cublas: a buffer stored by rows is, to cuBLAS, its transpose, so
    // c^T (N x M) = b^T a^T, each operand transposed by cuBLAS exactly when its layout is not. One call
    // per batch row b: within it the heads are head_stride apart, across batches they are not.
    auto op = [](const HeadLayout& l) { return l.transposed ? CUBLAS_OP_T : CUBLAS_OP_N; };
    cublasComputeType_t compute =
        std::is_same_v<T, float> && matmul_tf32_allowed ? CUBLAS_COMPUTE_32F_FAST_TF32 : CUBLAS_COMPUTE_32F;
    cudaDataType_t type = cuda_data_type<T>();
    const float beta = 0.0f;
    cublasHandle_t handle = matmul_cublas(stream);
    for (int bi = 0; bi < B; bi++)
        CUBLAS_CHECK(cublasGemmStridedBatchedEx(
            handle, op(b_layout), op(a_layout), N, M, K, &alpha, b + bi * b_layout.batch_stride, type,
            b_layout.ld, (long long)b_layout.head_stride, a + bi * a_layout.batch_stride, type, a_layout.ld,
            (long long)a_layout.head_stride, &beta, c + bi * c_layout.batch_stride, type, c_layout.ld,
            (long long)c_layout.head_stride, NH, compute, CUBLAS_GEMM_DEFAULT));
}

template <typename Tx>
inline void attention_forward(Tx* out, Tx* att, const Tx* qkv, int B, int T, int C, int NH, cudaStream_t stream) {
    int HS = C / NH, rows = B * NH * T;
    float scale = 1.0f / sqrtf((float)HS);
    HeadLayout qkv_rows = positions_layout(3 * C, T, HS), qkv_columns = positions_layout(3 * C, T, HS, true);
    const Tx *q = qkv, *k = qkv + C, *v = qkv + 2 * C;
    bool cublas = attention_products_on_cublas(T, HS);
    attention_matmul(att, squares_layout(T, NH), q, qkv_rows, k, qkv_columns, T, T, HS, scale,
                     CausalShape::LOWER_TRIANGLE, B, NH, cublas, stream);
    attention_softmax_kernel<Tx><<<ceil_div(rows, ATTENTION_ROWS_PER_BLOCK), ATTENTION_ROW_BLOCK, 0, stream>>>(att, rows,
                                                                                                          T);
    CUDA_CHECK(cudaGetLastError());
    attention_matmul(out, positions_layout(C, T, HS), att, squares_layout(T, NH), v, qkv_rows, T, HS, T, 1.0f,
                     CausalShape::SUM_TO_ROW, B, NH, cublas, stream);
}

// Forward without att (see attention_forward_fused_kernel): for models that run no backward. Head
// sizes above ATTENTION_FUSED_MAX_HS go through attention_forward with `att_fallback`, a (B, NH, T, T)
// buffer; attention_fused_supported says whether one is needed.
inline bool attention_fused_supported(int C, int NH) { return C / NH <= ATTENTION_FUSED_MAX_HS; }

template <typename Tx>
inline void attention_forward_fused(Tx* out, Tx* att_fallback, const Tx* qkv, int B, int T, int C, int NH,
                                    cudaStream_t stream) {
    if (!attention_fused_supported(C, NH)) {
        attention_forward(out, att_fallback, qkv, B, T, C, NH, stream);
        return;
    }
    float scale = 1.0f / sqrtf((float)(C / NH));
    dim3 grid(ceil_div(T, ATTENTION_FUSED_ROWS), B * NH);
    attention_forward_fused_kernel<Tx><<<grid, ATTENTION_FUSED_WARPS * WARP_SIZE, 0, stream>>>(out, qkv, T, C, NH, scale);
    CUDA_CHECK(cudaGetLastError());
}

// Bytes of device memory attention_backward needs as `scratch`: dS, one (T, T) matrix per head, of
// 4-byte elements (enough for either activation type).
inline size_t attention_backward_scratch_bytes(int B, int T, [[maybe_unused]] int C, int NH) {
    return (size_t)B * NH * T * T * sizeof(float);
}

// dqkv is overwritten. scratch: attention_backward_scratch_bytes(B, T, C, NH) bytes of device memory.
template <typename Tx>
inline void attention_backward(Tx* dqkv, void* scratch, const Tx* dout, const Tx* qkv, const Tx* att, int B, int T,
                               int C, int NH, cudaStream_t stream) {
    int HS = C / NH, rows = B * NH * T;
    float scale = 1.0f / sqrtf((float)HS);
    Tx* ds = (Tx*)scratch;
    HeadLayout qkv_rows = positions_layout(3 * C, T, HS), qkv_columns = positions_layout(3 * C, T, HS, true);
    HeadLayout dout_rows = positions_layout(C, T, HS);
    HeadLayout squares = squares_layout(T, NH), squares_transposed = squares_layout(T, NH, true);
    const Tx *q = qkv, *k = qkv + C, *v = qkv + 2 * C;
    Tx *dq = dqkv, *dk = dqkv + C, *dv = dqkv + 2 * C;

    bool cublas = attention_products_on_cublas(T, HS);
    attention_matmul(ds, squares, dout, dout_rows, v, qkv_columns, T, T, HS, 1.0f, CausalShape::LOWER_TRIANGLE, B,
                     NH, cublas, stream);  // dP
    attention_softmax_backward_kernel<Tx><<<ceil_div(rows, ATTENTION_ROWS_PER_BLOCK), ATTENTION_ROW_BLOCK, 0, stream>>>(
        ds, att, rows, T);
    CUDA_CHECK(cudaGetLastError());
    attention_matmul(dq, qkv_rows, ds, squares, k, qkv_rows, T, HS, T, scale, CausalShape::SUM_TO_ROW, B, NH, cublas,
                     stream);
    attention_matmul(dk, qkv_rows, ds, squares_transposed, q, qkv_rows, T, HS, T, scale, CausalShape::SUM_FROM_ROW, B,
                     NH, cublas, stream);
    attention_matmul(dv, qkv_rows, att, squares_transposed, dout, dout_rows, T, HS, T, 1.0f,
                     CausalShape::SUM_FROM_ROW, B, NH, cublas, stream);
}

#endif  // __CUDACC__
