// flash_attention.cuh — causal attention in bf16 on the tensor cores, forward and backward, in the
// FlashAttention-2 manner: no (T, T) matrix in memory, only one fp32 number per row kept for the
// backward. docs/attention.md walks through it, from the math to the fragments.
//
// Same inputs and outputs as kernels/attention.cuh (qkv (B, T, 3C) after RoPE, out (B, T, C), head h in
// channels h*HS ..), and the same reference: attention_forward_cpu / attention_backward_cpu there, in
// fp32. What changes is how it is computed:
//
//   forward:  a block takes 64 query rows of one head; its 4 warps take 16 rows each. Tiles of 64 keys
//             and values pass through shared memory; each warp computes S = Q K^T for its rows on the
//             tensor cores, folds it into the online softmax (running maximum m and sum l per row),
//             and adds P V to its output, rescaled as m grows:
//                 m' = max(m, max_j s_j),  l' = l e^(m - m') + sum_j e^(s_j - m'),
//                 o' = o e^(m - m') + sum_j e^(s_j - m') v_j,        out = o / l at the end.
//             It keeps lse = m + log l (natural log, of the scaled scores) per row: P is then
//             e^(s - lse) anywhere, without the whole row.
//   backward: with D_t = dout_t . out_t (= sum_j p_tj dp_tj, one dot product of HS terms), the
//             gradient of the softmax is ds_tj = p_tj (dp_tj - D_t). Two kernels, so that every
//             output element is summed by one warp in a fixed order (no atomics, the same bits on
//             every run; FlashAttention-2 adds dQ with atomics instead):
//               dK, dV: a block takes 64 keys (16 per warp) and walks the query tiles from the
//                       diagonal down, recomputing P^T and dS^T per tile: dV += P^T dO, dK += dS^T Q.
//               dQ:     a block takes 64 query rows and walks the key tiles up to the diagonal,
//                       recomputing P and dS: dQ += dS K.
//             Both recompute S and dP, which costs 2 x the forward's S (FlashAttention-2 recomputes
//             it once); the price of determinism without a T x T buffer.
//
// The tiles sit in shared memory swizzled against bank conflicts, and the next tile's loads (cp.async)
// overlap this tile's mma: FlashPipelined below, the one version the programs run. The simpler versions
// that led to it, for learning and for timing side by side, are in dev/cuda/flash_ladder.cuh.
//
// Precision: bf16 operands, fp32 accumulation (mma.sync m16n8k16), fp32 softmax. P and dS are rounded
// to bf16 on their way into the second product of each pair, as in FlashAttention-2.
//
// Head sizes: any multiple of 8 up to 128. The kernels are templates on the padded head size
// D = 16, 32, 64 or 128, and a smaller HS loads as zeros in the columns beyond it (zeros add nothing
// to a dot product; those output columns are never written). So the paper's router (HS 8) runs at
// D = 16, twice its work, and HS 96 at D = 128. Other head sizes use kernels/attention.cuh.
//
// The tensor-core instructions are the small wrappers of kernels/ptx.cuh, which the CPU emulator
// replaces with the PTX ISA's fragment layouts, so a lane that reads the wrong element fails there too.
// In every kernel: lane = threadIdx.x % 32, g = lane / 4 (the mma's groupID) and tg = lane % 4; a warp's
// C fragment of a 16 x 8 tile holds rows g and g + 8, columns 2 tg and 2 tg + 1.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "attention.cuh"
#include "common.cuh"

// ----------------------------------------------------------------------------------------------
// Reference of what only this file computes: the row logsumexp of the scaled causal scores, the
// number the forward keeps for the backward. lse: (B, NH, T).
inline void flash_attention_lse_cpu(float* lse, const float* qkv, int B, int T, int C, int NH) {
    int HS = C / NH;
    float scale = 1.0f / sqrtf((float)HS);
    for (int b = 0; b < B; b++)
        for (int h = 0; h < NH; h++)
            for (int t = 0; t < T; t++) {
                const float* q = qkv + ((size_t)b * T + t) * 3 * C + h * HS;
                double maxval = -INFINITY, sum = 0.0;
                std::vector<double> s(t + 1);
                for (int j = 0; j <= t; j++) {
                    const float* k = qkv + ((size_t)b * T + j) * 3 * C + C + h * HS;
                    double dot = 0.0;
                    for (int d = 0; d < HS; d++) dot += (double)q[d] * k[d];
                    s[j] = dot * scale;
                    maxval = std::max(maxval, s[j]);
                }
                for (int j = 0; j <= t; j++) sum += std::exp(s[j] - maxval);
                lse[((size_t)b * NH + h) * T + t] = (float)(maxval + std::log(sum));
            }
}

// Which head sizes the kernels take (see above); the model uses them in bf16 when this holds.
inline bool flash_attention_supported(int C, int NH) {
    int HS = C / NH;
    return HS % 8 == 0 && HS >= 8 && HS <= 128;
}

#ifdef __CUDACC__

#include "ptx.cuh"

constexpr int FLASH_ROWS = 64;    // query rows (forward, dQ) or keys (dK dV) per block: 16 per warp
constexpr int FLASH_TILE = 64;    // keys (forward, dQ) or query rows (dK dV) per step through shared memory
constexpr int FLASH_WARPS = 4;
constexpr int FLASH_THREADS = FLASH_WARPS * WARP_SIZE;
static_assert(FLASH_ROWS == 16 * FLASH_WARPS, "one 16-row mma tile per warp");
static_assert(FLASH_ROWS == FLASH_TILE, "the causal skip below assumes square tiles");

// The kernels are templates on a version V: a struct that says how a tile sits in shared memory and how
// it gets there from global memory.
//   V::D               the padded head size: 16, 32, 64 or 128;
//   V::elements(rows)  bf16 elements of one [rows][...] tile in shared memory;
//   V::at(r, c)        where element (r, c) of a tile lies;
//   V::pipelined       whether the tiles a block streams are double-buffered (see FlashPipelined);
//   V::copy_16, V::copy_4  how 16 bytes of a tile, or 4 of an lse or D row, are copied in.
// The programs run one version, FlashPipelined below. The simpler ones that led to it (tiles padded
// instead of swizzled; swizzled but with plain loads, one buffer) live in dev/cuda/flash_ladder.cuh:
// dev/cuda/attention times the three side by side (its v4, v5 and v6, this one) and the tests check
// each, while the programs never compile them. The kernel bodies are shared, so their single-buffered
// loop stays below, as the `else` of each `if constexpr (PIPELINED)`.

// Where element (r, c) of a swizzled [rows][D] tile lies. Stored plainly, rows D*2 bytes apart would
// all start in the same bank for D >= 64, and the 8 row addresses of one ldmatrix phase would be an
// 8-way conflict. So the 16-byte chunk c of row r is stored at chunk c ^ f(r) instead: a 128-byte line
// of shared memory holds 8 chunks of 16 bytes (8 bf16), i.e. 128 / (2 D) rows; the chunk index is XORed
// with the row's line number modulo the chunks a line can tell apart, so that 8 consecutive rows at the
// same logical chunk land in 8 different physical chunks of their lines: no two in the same 4 banks.
template <int D>
__device__ inline int flash_swizzled_at(int r, int c) {
    constexpr int CHUNKS = D / 8, ROWS_PER_LINE = CHUNKS >= 8 ? 1 : 8 / CHUNKS, SPREAD = CHUNKS >= 8 ? 8 : CHUNKS;
    return r * D + 8 * ((c / 8) ^ ((r / ROWS_PER_LINE) % SPREAD)) + c % 8;
}

// The model's version: swizzled tiles, and the tiles a block streams (K and V forward and for dQ, Q and
// dO for dK dV) double-buffered: cp.async copies the next tile into one buffer while the warps compute
// on the other, so the loads' latency hides behind the mma.
template <int D_>
struct FlashPipelined {
    static constexpr int D = D_;
    static constexpr bool pipelined = true;
    __host__ __device__ static constexpr int elements(int rows) { return rows * D; }
    __device__ static int at(int r, int c) { return flash_swizzled_at<D>(r, c); }
    // The copies only start here (4 bytes for lse and D: a head's rows start anywhere); the kernel
    // commits them and waits before anyone reads the tile.
    __device__ static void copy_16(bf16* dst, const bf16* src) { cp_async_16(dst, src); }
    __device__ static void copy_4(float* dst, const float* src) { cp_async_4(dst, src); }
};

// Two fp32 values as one register of two bf16, the first in the low half (the mma's operand order).
__device__ inline uint32_t flash_pack(float lo, float hi) {
    __nv_bfloat162 v = __floats2bfloat162_rn(lo, hi);
    uint32_t r;
    memcpy(&r, &v, 4);
    return r;
}

// Rows t0 .. t0+ROWS-1 of one head's (T, HS) matrix, `ld` elements apart in global memory, into a
// shared tile: 16 bytes (8 bf16) per thread per step, by V::copy_16; rows at or past T and columns at or
// past HS are zeros (a padded head's columns, and the keys after the last one: the values must be zero
// there, not NaN, since P = 0 times NaN is NaN), plain stores, ordered by the same barrier as the copies.
template <typename V, int ROWS>
__device__ inline void flash_load_tile(bf16* tile, const bf16* src, size_t ld, int t0, int T, int HS) {
    constexpr int CHUNKS = V::D / 8;
    for (int e = threadIdx.x; e < ROWS * CHUNKS; e += FLASH_THREADS) {
        int r = e / CHUNKS, c = 8 * (e % CHUNKS);
        bf16* dst = tile + V::at(r, c);
        if (t0 + r < T && c < HS) {
            V::copy_16(dst, src + (size_t)(t0 + r) * ld + c);
        } else {
            Vec16<bf16> zeros;
            for (int i = 0; i < 8; i++) zeros.v[i] = __float2bfloat16_rn(0.0f);
            *(Vec16<bf16>*)dst = zeros;
        }
    }
}

// FLASH_TILE fp32 values per row (lse or D) of rows t0 .., by V::copy_4; zeros past T.
template <typename V>
__device__ inline void flash_load_rows(float* dst, const float* src, int t0, int T) {
    for (int r = threadIdx.x; r < FLASH_TILE; r += FLASH_THREADS) {
        if (t0 + r < T) V::copy_4(dst + r, src + t0 + r);
        else dst[r] = 0.0f;
    }
}

// K and V rows t0 .. into two adjacent tiles (V's right after K's), as flash_load_tile loads each.
template <typename V>
__device__ inline void flash_load_kv(bf16* k_tile, const bf16* k, const bf16* v, size_t ld, int t0, int T, int HS) {
    flash_load_tile<V, FLASH_TILE>(k_tile, k, ld, t0, T, HS);
    flash_load_tile<V, FLASH_TILE>(k_tile + V::elements(FLASH_TILE), v, ld, t0, T, HS);
}

// The mma operands, from a shared tile (see kernels/ptx.cuh for the ldmatrix layouts):
//   flash_a:  A fragment of the 16 x 16 block at (row0, col0) of a row-major tile;
//   flash_bt: B fragment (16 x 8) whose column n is tile row row0 + n, k from col0: B = the tile's
//             rows transposed (K^T in Q K^T);
//   flash_b:  B fragment (16 x 8) = the tile's rows row0 .. row0+15, columns col0 .. col0+7 as stored
//             (V in P V).
template <typename V>
__device__ inline void flash_a(uint32_t a[4], const bf16* tile, int row0, int col0) {
    int lane = threadIdx.x % WARP_SIZE;
    ldmatrix_x4(a, tile + V::at(row0 + lane % 16, col0 + 8 * (lane / 16)));
}
template <typename V>
__device__ inline void flash_bt(uint32_t b[2], const bf16* tile, int row0, int col0) {
    int lane = threadIdx.x % WARP_SIZE;
    ldmatrix_x2(b, tile + V::at(row0 + lane % 8, col0 + 8 * ((lane / 8) % 2)));
}
template <typename V>
__device__ inline void flash_b(uint32_t b[2], const bf16* tile, int row0, int col0) {
    int lane = threadIdx.x % WARP_SIZE;
    ldmatrix_x2_trans(b, tile + V::at(row0 + lane % 16, col0));
}

// The A fragment of k-step kk (columns 16 kk .. 16 kk + 15) of a 16 x 64 matrix held as eight C
// fragments c[n] (columns 8n .. 8n + 7), rounded to bf16: the C layout of two neighbouring n-tiles is
// exactly the A layout of one 16 x 16 block, so P (or dS) goes from one mma to the next without
// leaving the registers.
__device__ inline void flash_c_to_a(uint32_t a[4], const float (*c)[4], int kk) {
    a[0] = flash_pack(c[2 * kk][0], c[2 * kk][1]);          // row g,     columns 2tg, 2tg+1
    a[1] = flash_pack(c[2 * kk][2], c[2 * kk][3]);          // row g + 8
    a[2] = flash_pack(c[2 * kk + 1][0], c[2 * kk + 1][1]);  // row g,     columns 8 + 2tg, 8 + 2tg + 1
    a[3] = flash_pack(c[2 * kk + 1][2], c[2 * kk + 1][3]);  // row g + 8
}

// The backward's two score products for this warp's 16 rows (row0 ..) of tiles a1 and a2 against all 64
// rows of tiles b1 and b2: x = A1 B1^T and y = A2 B2^T (S and dP, or S^T and dP^T), 16 x 64 each.
template <typename V>
__device__ inline void flash_score_pair(float (*x)[4], float (*y)[4], const bf16* a1, const bf16* a2, int row0,
                                        const bf16* b1, const bf16* b2) {
    for (int kk = 0; kk < V::D / 16; kk++) {
        uint32_t a1f[4], a2f[4];
        flash_a<V>(a1f, a1, row0, 16 * kk);
        flash_a<V>(a2f, a2, row0, 16 * kk);
        for (int n = 0; n < FLASH_TILE / 8; n++) {
            uint32_t b1f[2], b2f[2];
            flash_bt<V>(b1f, b1, 8 * n, 16 * kk);
            flash_bt<V>(b2f, b2, 8 * n, 16 * kk);
            mma_m16n8k16_bf16(x[n], a1f, b1f, x[n]);
            mma_m16n8k16_bf16(y[n], a2f, b2f, y[n]);
        }
    }
}

// The four lanes of a quad (same g) hold one row's columns between them: combine them.
__device__ inline float flash_quad_max(float v) {
    v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, 1));
    return fmaxf(v, __shfl_xor_sync(0xffffffffu, v, 2));
}
__device__ inline float flash_quad_sum(float v) {
    v += __shfl_xor_sync(0xffffffffu, v, 1);
    return v + __shfl_xor_sync(0xffffffffu, v, 2);
}

// ----------------------------------------------------------------------------------------------
// Forward. Grid (ceil(T / 64), B * NH), 128 threads, dynamic shared memory: the Q tile, then K and V
// tiles (two pairs when pipelined). lse: (B, NH, T) fp32.
template <typename V>
static __global__ void __launch_bounds__(FLASH_THREADS)
    flash_attention_forward_kernel(bf16* out, float* lse, const bf16* qkv, int T, int C, int NH, float scale) {
    constexpr int D = V::D, TILE = V::elements(FLASH_TILE), KSTEPS = D / 16, DTILES = D / 8, NTILES = FLASH_TILE / 8;
    constexpr bool PIPELINED = V::pipelined;
    extern __shared__ __align__(16) bf16 flash_shared[];
    bf16* q_tile = flash_shared;
    bf16* kv_tiles = q_tile + TILE;  // buffer b: K at kv_tiles + 2 b TILE, V right after it
    int HS = C / NH, b = blockIdx.y / NH, h = blockIdx.y % NH;
    int warp = threadIdx.x / WARP_SIZE, lane = threadIdx.x % WARP_SIZE, g = lane / 4, tg = lane % 4;
    int q0 = blockIdx.x * FLASH_ROWS;
    size_t ld = 3 * (size_t)C;
    const bf16* q = qkv + (size_t)b * T * ld + (size_t)h * HS;
    const bf16 *k = q + C, *v = q + 2 * C;

    int last = min(q0 + FLASH_ROWS, T) - 1;  // the block's last row: keys after it are never needed
    int tiles = last / FLASH_TILE + 1;
    flash_load_tile<V, FLASH_ROWS>(q_tile, q, ld, q0, T, HS);
    if constexpr (PIPELINED) {  // Q and the first K, V tiles: the first group of copies
        flash_load_kv<V>(kv_tiles, k, v, ld, 0, T, HS);
        cp_async_commit();
    }
    uint32_t qa[KSTEPS][4];  // this warp's 16 rows of Q, kept in registers for every key tile

    int rows[2] = {q0 + 16 * warp + g, q0 + 16 * warp + g + 8};  // the two rows this lane holds
    float m[2] = {-INFINITY, -INFINITY}, l[2] = {0.0f, 0.0f};      // l: this lane's part of the row sum
    float o[DTILES][4] = {};
    for (int it = 0; it < tiles; it++) {
        int j0 = it * FLASH_TILE;
        bf16* k_tile = kv_tiles + 2 * (PIPELINED ? it % 2 : 0) * TILE;
        bf16* v_tile = k_tile + TILE;
        if constexpr (PIPELINED) {
            // The next tile's copies start now, into the other buffer (free: every warp passed the barrier
            // at the end of the previous step), and fly while this tile is computed.
            if (it + 1 < tiles) flash_load_kv<V>(kv_tiles + 2 * ((it + 1) % 2) * TILE, k, v, ld, j0 + FLASH_TILE, T, HS);
            cp_async_commit();    // (an empty group on the last step keeps the count below right)
            cp_async_wait<1>();   // all but the newest group have landed: this tile (and Q)
        } else {  // one buffer, plain loads: the versions of dev/cuda/flash_ladder.cuh (see above)
            __syncthreads();  // every warp is done with the previous K and V tiles
            flash_load_kv<V>(k_tile, k, v, ld, j0, T, HS);
        }
        __syncthreads();  // the tile is whole, for every warp
        if (it == 0)
            for (int kk = 0; kk < KSTEPS; kk++) flash_a<V>(qa[kk], q_tile, 16 * warp, 16 * kk);

        float s[NTILES][4] = {};  // S = Q K^T: 16 rows x 64 keys
        for (int n = 0; n < NTILES; n++)
            for (int kk = 0; kk < KSTEPS; kk++) {
                uint32_t kb[2];
                flash_bt<V>(kb, k_tile, 8 * n, 16 * kk);
                mma_m16n8k16_bf16(s[n], qa[kk], kb, s[n]);
            }
        // Scale and mask (key j after row t, or past the end), then the online softmax per row. Key 0
        // is in the first tile and unmasked for every row, so m is finite from then on: no exp ever
        // sees -inf - (-inf).
        float m_new[2] = {m[0], m[1]};
        for (int n = 0; n < NTILES; n++)
            for (int i = 0; i < 4; i++) {
                int j = j0 + 8 * n + 2 * tg + (i & 1), t = rows[i / 2];
                s[n][i] = (j <= t && j < T) ? s[n][i] * scale : -INFINITY;
                m_new[i / 2] = fmaxf(m_new[i / 2], s[n][i]);
            }
        float correction[2];
        for (int r = 0; r < 2; r++) {
            m_new[r] = flash_quad_max(m_new[r]);
            correction[r] = expf(m[r] - m_new[r]);  // 0 on the first tile (m = -inf)
            m[r] = m_new[r];
            l[r] *= correction[r];
        }
        for (int n = 0; n < NTILES; n++)
            for (int i = 0; i < 4; i++) {
                s[n][i] = expf(s[n][i] - m[i / 2]);  // P, unnormalised; 0 where masked
                l[i / 2] += s[n][i];
            }
        for (int dn = 0; dn < DTILES; dn++)
            for (int i = 0; i < 4; i++) o[dn][i] *= correction[i / 2];
        // O += P V: P's C fragments become A fragments, V's tile is read as stored.
        for (int kk = 0; kk < FLASH_TILE / 16; kk++) {
            uint32_t pa[4];
            flash_c_to_a(pa, s, kk);
            for (int dn = 0; dn < DTILES; dn++) {
                uint32_t vb[2];
                flash_b<V>(vb, v_tile, 16 * kk, 8 * dn);
                mma_m16n8k16_bf16(o[dn], pa, vb, o[dn]);
            }
        }
        if constexpr (PIPELINED) __syncthreads();  // every warp is done with this buffer before its refill
    }
    // The row sums, whole; then out = o / l, and lse for the backward.
    bf16* y = out + (size_t)b * T * C + (size_t)h * HS;
    for (int r = 0; r < 2; r++) {
        float sum = flash_quad_sum(l[r]);
        int t = rows[r];
        if (t >= T) continue;
        float inv = 1.0f / sum;
        for (int dn = 0; dn < DTILES; dn++) {
            int d = 8 * dn + 2 * tg;
            if (d < HS) *(__nv_bfloat162*)(y + (size_t)t * C + d) = __floats2bfloat162_rn(o[dn][2 * r] * inv, o[dn][2 * r + 1] * inv);
        }
        if (tg == 0) lse[(size_t)blockIdx.y * T + t] = m[r] + logf(sum);
    }
}

// ----------------------------------------------------------------------------------------------
// Backward, step 1: D_t = dout_t . out_t per row, fp32, one thread per row (HS terms in order).
// delta: (B, NH, T).
static __global__ void flash_attention_delta_kernel(float* delta, const bf16* out, const bf16* dout, int B, int T, int C,
                                                    int NH) {
    int row = blockIdx.x * blockDim.x + threadIdx.x;  // (b, h, t)
    if (row >= B * NH * T) return;
    int HS = C / NH, t = row % T, h = (row / T) % NH, b = row / (T * NH);
    size_t at = ((size_t)b * T + t) * C + (size_t)h * HS;
    float sum = 0.0f;
    for (int d = 0; d < HS; d++) sum += __bfloat162float(out[at + d]) * __bfloat162float(dout[at + d]);
    delta[row] = sum;
}

// Backward, step 2: dK and dV. Grid (ceil(T / 64), B * NH), 128 threads; block x takes keys
// k0 = 64 x .. k0 + 63, warp w the 16 keys from k0 + 16 w, and walks the query tiles from i0 = k0 (the
// queries before k0 see none of these keys) to the end. Per tile each warp computes, transposed so
// that its keys are the mma's rows:
//   S^T = K Q^T,  dP^T = V dO^T,  P^T = e^(scale S^T - lse),  dS^T = P^T (dP^T - D),
//   dV += P^T dO,  dK += dS^T Q           (and dK is scaled by 1/sqrt(HS) once, at the end)
// Shared: the block's K and V, and one tile of Q and dO with their rows' lse and D (two when pipelined).
template <typename V>
static __global__ void __launch_bounds__(FLASH_THREADS)
    flash_attention_backward_kv_kernel(bf16* dqkv, const bf16* dout, const bf16* qkv, const float* lse,
                                       const float* delta, int T, int C, int NH, float scale) {
    constexpr int D = V::D, TILE = V::elements(FLASH_TILE), DTILES = D / 8, NTILES = FLASH_TILE / 8;
    constexpr bool PIPELINED = V::pipelined;
    extern __shared__ __align__(16) bf16 flash_shared[];
    bf16* k_tile = flash_shared;
    bf16* v_tile = k_tile + TILE;
    bf16* qdo_tiles = v_tile + TILE;                                  // buffer b: Q at + 2 b TILE, dO after it
    float* row_values = (float*)(qdo_tiles + 2 * (PIPELINED ? 2 : 1) * TILE);  // buffer b: lse at + 2 b 64, D after
    int HS = C / NH, b = blockIdx.y / NH, h = blockIdx.y % NH;
    int warp = threadIdx.x / WARP_SIZE, lane = threadIdx.x % WARP_SIZE, g = lane / 4, tg = lane % 4;
    int k0 = blockIdx.x * FLASH_ROWS;
    size_t ld = 3 * (size_t)C;
    const bf16* q = qkv + (size_t)b * T * ld + (size_t)h * HS;
    const bf16 *k = q + C, *v = q + 2 * C;
    const bf16* dO = dout + (size_t)b * T * C + (size_t)h * HS;
    const float* head_lse = lse + (size_t)blockIdx.y * T;
    const float* head_delta = delta + (size_t)blockIdx.y * T;

    // One query tile's Q, dO, lse and D into buffer `buffer`.
    auto load_query_tile = [&](int i0, int buffer) {
        bf16* qt = qdo_tiles + 2 * buffer * TILE;
        flash_load_tile<V, FLASH_TILE>(qt, q, ld, i0, T, HS);
        flash_load_tile<V, FLASH_TILE>(qt + TILE, dO, (size_t)C, i0, T, HS);
        flash_load_rows<V>(row_values + 2 * buffer * FLASH_TILE, head_lse, i0, T);
        flash_load_rows<V>(row_values + (2 * buffer + 1) * FLASH_TILE, head_delta, i0, T);
    };
    flash_load_kv<V>(k_tile, k, v, ld, k0, T, HS);  // FLASH_ROWS keys (= FLASH_TILE)
    int tiles = (T - k0 + FLASH_TILE - 1) / FLASH_TILE;  // query tiles i0 = k0, k0 + 64, ... < T
    if constexpr (PIPELINED) {  // K, V and the first query tile: the first group of copies
        load_query_tile(k0, 0);
        cp_async_commit();
    }
    int keys[2] = {k0 + 16 * warp + g, k0 + 16 * warp + g + 8};  // the two keys (rows of S^T) this lane holds
    float dk[DTILES][4] = {}, dv[DTILES][4] = {};
    for (int it = 0; it < tiles; it++) {
        int i0 = k0 + it * FLASH_TILE, buffer = PIPELINED ? it % 2 : 0;
        bf16* q_tile = qdo_tiles + 2 * buffer * TILE;
        bf16* do_tile = q_tile + TILE;
        const float* lse_tile = row_values + 2 * buffer * FLASH_TILE;
        const float* delta_tile = lse_tile + FLASH_TILE;
        if constexpr (PIPELINED) {  // as in the forward: the next tile flies while this one is computed
            if (it + 1 < tiles) load_query_tile(i0 + FLASH_TILE, (it + 1) % 2);
            cp_async_commit();
            cp_async_wait<1>();
        } else {  // dev/cuda/flash_ladder.cuh's versions, as in the forward
            __syncthreads();  // every warp is done with the previous Q and dO tiles
            load_query_tile(i0, 0);
        }
        __syncthreads();  // the tiles (and K, V) are whole, for every warp

        float st[NTILES][4] = {}, dpt[NTILES][4] = {};  // S^T = K Q^T and dP^T = V dO^T: 16 keys x 64 queries
        flash_score_pair<V>(st, dpt, k_tile, v_tile, 16 * warp, q_tile, do_tile);
        for (int n = 0; n < NTILES; n++)
            for (int i = 0; i < 4; i++) {
                int c = 8 * n + 2 * tg + (i & 1), t = i0 + c, j = keys[i / 2];
                float p = (j <= t && t < T) ? expf(st[n][i] * scale - lse_tile[c]) : 0.0f;
                st[n][i] = p;                                 // P^T
                dpt[n][i] = p * (dpt[n][i] - delta_tile[c]);  // dS^T (unscaled)
            }
        for (int kk = 0; kk < FLASH_TILE / 16; kk++) {  // k runs over the tile's 64 queries
            uint32_t pa[4], dsa[4];
            flash_c_to_a(pa, st, kk);
            flash_c_to_a(dsa, dpt, kk);
            for (int dn = 0; dn < DTILES; dn++) {
                uint32_t dob[2], qb[2];
                flash_b<V>(dob, do_tile, 16 * kk, 8 * dn);
                flash_b<V>(qb, q_tile, 16 * kk, 8 * dn);
                mma_m16n8k16_bf16(dv[dn], pa, dob, dv[dn]);
                mma_m16n8k16_bf16(dk[dn], dsa, qb, dk[dn]);
            }
        }
        if constexpr (PIPELINED) __syncthreads();  // every warp is done with this buffer before its refill
    }
    bf16* dk_out = dqkv + (size_t)b * T * ld + C + (size_t)h * HS;
    bf16* dv_out = dk_out + C;
    for (int r = 0; r < 2; r++) {
        int j = keys[r];
        if (j >= T) continue;
        for (int dn = 0; dn < DTILES; dn++) {
            int d = 8 * dn + 2 * tg;
            if (d >= HS) continue;
            *(__nv_bfloat162*)(dk_out + (size_t)j * ld + d) = __floats2bfloat162_rn(dk[dn][2 * r] * scale, dk[dn][2 * r + 1] * scale);
            *(__nv_bfloat162*)(dv_out + (size_t)j * ld + d) = __floats2bfloat162_rn(dv[dn][2 * r], dv[dn][2 * r + 1]);
        }
    }
}

// Backward, step 3: dQ. Grid (ceil(T / 64), B * NH), 128 threads; block x takes query rows
// q0 = 64 x .., warp w 16 of them, and walks the key tiles up to its last row:
//   S = Q K^T,  dP = dO V^T,  P = e^(scale S - lse),  dS = P (dP - D),  dQ += dS K   (scaled at the end)
// Shared: the block's Q and dO, and one tile of K and V (two when pipelined).
template <typename V>
static __global__ void __launch_bounds__(FLASH_THREADS)
    flash_attention_backward_q_kernel(bf16* dqkv, const bf16* dout, const bf16* qkv, const float* lse,
                                      const float* delta, int T, int C, int NH, float scale) {
    constexpr int D = V::D, TILE = V::elements(FLASH_TILE), DTILES = D / 8, NTILES = FLASH_TILE / 8;
    constexpr bool PIPELINED = V::pipelined;
    extern __shared__ __align__(16) bf16 flash_shared[];
    bf16* q_tile = flash_shared;
    bf16* do_tile = q_tile + TILE;
    bf16* kv_tiles = do_tile + TILE;  // buffer b: K at kv_tiles + 2 b TILE, V right after it
    int HS = C / NH, b = blockIdx.y / NH, h = blockIdx.y % NH;
    int warp = threadIdx.x / WARP_SIZE, lane = threadIdx.x % WARP_SIZE, g = lane / 4, tg = lane % 4;
    int q0 = blockIdx.x * FLASH_ROWS;
    size_t ld = 3 * (size_t)C;
    const bf16* q = qkv + (size_t)b * T * ld + (size_t)h * HS;
    const bf16 *k = q + C, *v = q + 2 * C;
    const bf16* dO = dout + (size_t)b * T * C + (size_t)h * HS;

    flash_load_tile<V, FLASH_ROWS>(q_tile, q, ld, q0, T, HS);
    flash_load_tile<V, FLASH_ROWS>(do_tile, dO, (size_t)C, q0, T, HS);
    int rows[2] = {q0 + 16 * warp + g, q0 + 16 * warp + g + 8};
    float row_lse[2], row_delta[2];
    for (int r = 0; r < 2; r++) {
        bool in = rows[r] < T;
        row_lse[r] = in ? lse[(size_t)blockIdx.y * T + rows[r]] : 0.0f;
        row_delta[r] = in ? delta[(size_t)blockIdx.y * T + rows[r]] : 0.0f;
    }
    float dq[DTILES][4] = {};
    int last = min(q0 + FLASH_ROWS, T) - 1;
    int tiles = last / FLASH_TILE + 1;
    if constexpr (PIPELINED) {  // Q, dO and the first K, V tiles: the first group of copies
        flash_load_kv<V>(kv_tiles, k, v, ld, 0, T, HS);
        cp_async_commit();
    }
    for (int it = 0; it < tiles; it++) {
        int j0 = it * FLASH_TILE;
        bf16* k_tile = kv_tiles + 2 * (PIPELINED ? it % 2 : 0) * TILE;
        bf16* v_tile = k_tile + TILE;
        if constexpr (PIPELINED) {  // as in the forward
            if (it + 1 < tiles) flash_load_kv<V>(kv_tiles + 2 * ((it + 1) % 2) * TILE, k, v, ld, j0 + FLASH_TILE, T, HS);
            cp_async_commit();
            cp_async_wait<1>();
        } else {  // dev/cuda/flash_ladder.cuh's versions, as in the forward
            __syncthreads();  // every warp is done with the previous K and V tiles
            flash_load_kv<V>(k_tile, k, v, ld, j0, T, HS);
        }
        __syncthreads();  // the tiles (and Q, dO) are whole, for every warp

        float s[NTILES][4] = {}, dp[NTILES][4] = {};  // S = Q K^T and dP = dO V^T: 16 rows x 64 keys
        flash_score_pair<V>(s, dp, q_tile, do_tile, 16 * warp, k_tile, v_tile);
        for (int n = 0; n < NTILES; n++)
            for (int i = 0; i < 4; i++) {
                int j = j0 + 8 * n + 2 * tg + (i & 1), t = rows[i / 2];
                float p = (j <= t && j < T && t < T) ? expf(s[n][i] * scale - row_lse[i / 2]) : 0.0f;
                dp[n][i] = p * (dp[n][i] - row_delta[i / 2]);  // dS (unscaled)
            }
        for (int kk = 0; kk < FLASH_TILE / 16; kk++) {  // k runs over the tile's 64 keys
            uint32_t dsa[4];
            flash_c_to_a(dsa, dp, kk);
            for (int dn = 0; dn < DTILES; dn++) {
                uint32_t kb[2];
                flash_b<V>(kb, k_tile, 16 * kk, 8 * dn);
                mma_m16n8k16_bf16(dq[dn], dsa, kb, dq[dn]);
            }
        }
        if constexpr (PIPELINED) __syncthreads();  // every warp is done with this buffer before its refill
    }
    bf16* dq_out = dqkv + (size_t)b * T * ld + (size_t)h * HS;
    for (int r = 0; r < 2; r++) {
        int t = rows[r];
        if (t >= T) continue;
        for (int dn = 0; dn < DTILES; dn++) {
            int d = 8 * dn + 2 * tg;
            if (d < HS) *(__nv_bfloat162*)(dq_out + (size_t)t * ld + d) = __floats2bfloat162_rn(dq[dn][2 * r] * scale, dq[dn][2 * r + 1] * scale);
        }
    }
}

// ----------------------------------------------------------------------------------------------
// Launchers. flash_attention_forward and flash_attention_backward, at the end, run the model's version;
// they take the model's activation type Tx so that the model's one forward and backward
// (common/model.h) can name them for either precision, and only bf16 runs them. The launchers before
// them are templates on the version, so that dev/cuda/flash_ladder.cuh launches its own through them.

// Forward: Q, and K and V once or twice; backward: two resident tiles and two streamed ones (Q and dO,
// or K and V) once or twice, with the dK dV kernel's lse and D rows.
template <typename V>
constexpr size_t flash_forward_shared_bytes() {
    return (size_t)(1 + 2 * (V::pipelined ? 2 : 1)) * V::elements(FLASH_TILE) * sizeof(bf16);
}
template <typename V>
constexpr size_t flash_backward_shared_bytes() {
    size_t buffers = V::pipelined ? 2 : 1;
    return (2 + 2 * buffers) * V::elements(FLASH_TILE) * sizeof(bf16) + 2 * buffers * FLASH_TILE * sizeof(float);
}

// Bytes of device memory flash_attention_backward needs as scratch: D, one fp32 per row.
inline size_t flash_attention_backward_scratch_bytes(int B, int T, int NH) { return (size_t)B * NH * T * sizeof(float); }

// One version V (its head size V::D) of the kernels.
template <typename V>
inline void flash_attention_forward_v(bf16* out, float* lse, const bf16* qkv, int B, int T, int C, int NH, cudaStream_t stream) {
    constexpr size_t shared = flash_forward_shared_bytes<V>();
    static bool configured = false;  // above 48 KiB a kernel must ask for its shared memory, once
    if (!configured) {
        CUDA_CHECK(cudaFuncSetAttribute(flash_attention_forward_kernel<V>, cudaFuncAttributeMaxDynamicSharedMemorySize, (int)shared));
        configured = true;
    }
    dim3 grid(ceil_div(T, FLASH_ROWS), B * NH);
    float scale = 1.0f / sqrtf((float)(C / NH));
    flash_attention_forward_kernel<V><<<grid, FLASH_THREADS, shared, stream>>>(out, lse, qkv, T, C, NH, scale);
    CUDA_CHECK(cudaGetLastError());
}

template <typename V>
inline void flash_attention_backward_v(bf16* dqkv, float* delta, const bf16* dout, const bf16* qkv, const float* lse, int B,
                                       int T, int C, int NH, cudaStream_t stream) {
    constexpr size_t shared = flash_backward_shared_bytes<V>();
    static bool configured = false;
    if (!configured) {
        CUDA_CHECK(cudaFuncSetAttribute(flash_attention_backward_kv_kernel<V>, cudaFuncAttributeMaxDynamicSharedMemorySize, (int)shared));
        CUDA_CHECK(cudaFuncSetAttribute(flash_attention_backward_q_kernel<V>, cudaFuncAttributeMaxDynamicSharedMemorySize, (int)shared));
        configured = true;
    }
    dim3 grid(ceil_div(T, FLASH_ROWS), B * NH);
    float scale = 1.0f / sqrtf((float)(C / NH));
    flash_attention_backward_kv_kernel<V><<<grid, FLASH_THREADS, shared, stream>>>(dqkv, dout, qkv, lse, delta, T, C, NH, scale);
    CUDA_CHECK(cudaGetLastError());
    flash_attention_backward_q_kernel<V><<<grid, FLASH_THREADS, shared, stream>>>(dqkv, dout, qkv, lse, delta, T, C, NH, scale);
    CUDA_CHECK(cudaGetLastError());
}

inline void flash_attention_check_head_size(int C, int NH) {
    if (!flash_attention_supported(C, NH))
        throw std::runtime_error("flash attention: head size " + std::to_string(C / NH) + " is not a multiple of 8 up to 128");
}

// The forward and backward of one version, Version<D> at the head size's D: the launchers below run
// them with FlashPipelined. Arguments as theirs, in bf16.
template <template <int> class Version>
inline void flash_attention_forward_with(bf16* out, float* lse, const bf16* qkv, int B, int T, int C, int NH, cudaStream_t stream) {
    flash_attention_check_head_size(C, NH);
    int HS = C / NH;
    if (HS <= 16) flash_attention_forward_v<Version<16>>(out, lse, qkv, B, T, C, NH, stream);
    else if (HS <= 32) flash_attention_forward_v<Version<32>>(out, lse, qkv, B, T, C, NH, stream);
    else if (HS <= 64) flash_attention_forward_v<Version<64>>(out, lse, qkv, B, T, C, NH, stream);
    else flash_attention_forward_v<Version<128>>(out, lse, qkv, B, T, C, NH, stream);
}

template <template <int> class Version>
inline void flash_attention_backward_with(bf16* dqkv, void* scratch, const bf16* dout, const bf16* qkv, const bf16* out,
                                             const float* lse, int B, int T, int C, int NH, cudaStream_t stream) {
    flash_attention_check_head_size(C, NH);
    int HS = C / NH, rows = B * NH * T;
    float* delta = (float*)scratch;
    flash_attention_delta_kernel<<<ceil_div(rows, 256), 256, 0, stream>>>(delta, out, dout, B, T, C, NH);
    CUDA_CHECK(cudaGetLastError());
    if (HS <= 16) flash_attention_backward_v<Version<16>>(dqkv, delta, dout, qkv, lse, B, T, C, NH, stream);
    else if (HS <= 32) flash_attention_backward_v<Version<32>>(dqkv, delta, dout, qkv, lse, B, T, C, NH, stream);
    else if (HS <= 64) flash_attention_backward_v<Version<64>>(dqkv, delta, dout, qkv, lse, B, T, C, NH, stream);
    else flash_attention_backward_v<Version<128>>(dqkv, delta, dout, qkv, lse, B, T, C, NH, stream);
}

// out (B, T, C) and lse (B, NH, T) from qkv (B, T, 3C). Every buffer 16-byte aligned.
template <typename Tx>
inline void flash_attention_forward(Tx* out, float* lse, const Tx* qkv, int B, int T, int C, int NH, cudaStream_t stream) {
    if constexpr (!std::is_same_v<Tx, bf16>) {
        throw std::runtime_error("flash attention runs in bf16 only (--precision bf16)");
    } else {
        flash_attention_forward_with<FlashPipelined>(out, lse, qkv, B, T, C, NH, stream);
    }
}

// dqkv (all of it) from dout, and the forward's qkv, out and lse. scratch:
// flash_attention_backward_scratch_bytes(B, T, NH) bytes of device memory.
template <typename Tx>
inline void flash_attention_backward(Tx* dqkv, void* scratch, const Tx* dout, const Tx* qkv, const Tx* out, const float* lse,
                                     int B, int T, int C, int NH, cudaStream_t stream) {
    if constexpr (!std::is_same_v<Tx, bf16>) {
        throw std::runtime_error("flash attention runs in bf16 only (--precision bf16)");
    } else {
        flash_attention_backward_with<FlashPipelined>(dqkv, scratch, dout, qkv, out, lse, B, T, C, NH, stream);
    }
}

#endif  // __CUDACC__
