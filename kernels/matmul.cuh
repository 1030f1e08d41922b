// matmul.cuh — the linear layer, in PyTorch nn.Linear layout: inp (N,C), weight (OC,C), bias (OC)
// or nullptr, out (N,OC), with N = B*T rows.
//
//   forward:  out[n,o]      = bias[o] + sum_c inp[n,c] * weight[o,c]
//   backward: dinp[n,c]     = sum_o dout[n,o] * weight[o,c]      (overwrites; skipped if dinp is nullptr)
//             dweight[o,c] += sum_n dout[n,o] * inp[n,c]         (accumulates)
//             dbias[o]     += sum_n dout[n,o]                    (accumulates; skipped if dbias is nullptr)
//
// The CPU version is both the reference and the CPU training path, so it is a real GEMM: the three
// products above are one routine, C (+)= A·B, reading A and B through strides, so the transposed
// operands (weight in the forward, dout in dweight) are never copied as a whole. It is cache blocked
// the usual way: a KC x NC block of B is packed into small contiguous panels shared by all threads, an
// MC x KC block of A is read where it lies (matmul_block says why), and a 6 x 16 register tile of C is
// computed by a microkernel: AVX2+FMA intrinsics when the CPU has them (chosen at run time, so binaries built here
// need no -march), plain loops otherwise.
// Determinism: every element of C is owned by one thread and sums its K terms in the same blocks
// and order whatever the thread count or block sizes, so the result does not depend on the number
// of OpenMP threads (it does differ between the AVX2 and the plain microkernel: FMA rounds once).
//
// The CUDA version is cuBLAS, plus a small deterministic kernel for dbias. It is a template on the
// activation type T (kernels/common.cuh): in fp32 (T = float) the GEMMs are plain fp32, or TF32 after
// matmul_allow_tf32(true); in bf16 (T = __nv_bfloat16) inp, weight and bias (the model's bf16 working
// copy), out, dout and dinp are bf16 and the products sum in fp32 on tensor cores. The gradients
// dweight, dbias are fp32 in both: gradients accumulate over micro-batches, and bf16's 8 mantissa bits
// would drop small additions to large sums.
// The forward runs through cuBLASLt, which adds the bias in the GEMM's epilogue (in fp32, before the one
// rounding to T) instead of a fill kernel that the GEMM then adds to; where cuBLASLt's heuristic offers
// no algorithm, or with matmul_use_cublaslt off, the same forward falls back to that pair (cuBLAS).
#pragma once

#include <omp.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

#include "common.cuh"

#ifdef __CUDACC__
#include <cublasLt.h>
#include <cublas_v2.h>
#endif

// ----------------------------------------------------------------------------------------------
// Reference (and CPU path)

// Register tile (MR x NR, 12 ymm accumulators + 2 for B + 1 broadcast of 16 registers) and cache
// blocks: a packed B micro-panel (KC x NR floats, 16 KiB) stays in L1 while the microkernel sweeps
// the A block (MC x KC, 96 KiB of values) from L2; the shared B block (KC x NC, 512 KiB) fits L2 too.
constexpr int MATMUL_MR = 6;
constexpr int MATMUL_NR = 16;
constexpr int MATMUL_KC = 256;
constexpr int MATMUL_MC = 96;
constexpr int MATMUL_NC = 512;

// A matrix operand read through strides: element (r, c) is data[r * row_stride + c * col_stride].
// With the strides swapped, the same buffer is read as its transpose.
struct MatmulOperand {
    const float* data;
    ptrdiff_t row_stride, col_stride;
    float at(ptrdiff_t r, ptrdiff_t c) const { return data[r * row_stride + c * col_stride]; }
};

// c_out[i*ld_out + j] = c_in[i*ld_in + j] + sum_k a[i][k*a_step] * b[k*NR + j] for an MR x NR tile;
// c_in == nullptr means zeros; c_in may equal c_out. b is a packed panel (64-byte aligned). Row i of A
// starts at a[i] and its k-th value is a_step floats further on: a packed strip of A (a[i] = strip + i,
// a_step = MR), or A read where it lies when packing would cost as much as the product (matmul_block).
using MatmulMicrokernel = void (*)(int kc, const float* const* a, ptrdiff_t a_step, const float* b,
                                   const float* c_in, ptrdiff_t ld_in, float* c_out, ptrdiff_t ld_out);

inline void matmul_microkernel_plain(int kc, const float* const* a, ptrdiff_t a_step, const float* b,
                                     const float* c_in, ptrdiff_t ld_in, float* c_out, ptrdiff_t ld_out) {
    float acc[MATMUL_MR][MATMUL_NR] = {};
    for (int k = 0; k < kc; k++, b += MATMUL_NR)
        for (int i = 0; i < MATMUL_MR; i++)
            for (int j = 0; j < MATMUL_NR; j++) acc[i][j] += a[i][k * a_step] * b[j];
    for (int i = 0; i < MATMUL_MR; i++)
        for (int j = 0; j < MATMUL_NR; j++) c_out[i * ld_out + j] = (c_in ? c_in[i * ld_in + j] : 0.0f) + acc[i][j];
}

#if defined(__x86_64__) || defined(__i386__)
// The same tile with AVX2 and FMA, written out by hand: at -O2 the compiler would neither unroll
// the six rows into registers nor fuse the multiply-adds (-std=c++17 turns contraction off).
__attribute__((target("avx2,fma"))) inline void matmul_microkernel_avx2(int kc, const float* const* a, ptrdiff_t a_step,
                                                                          const float* b, const float* c_in,
                                                                          ptrdiff_t ld_in, float* c_out, ptrdiff_t ld_out) {
    __m256 c00 = _mm256_setzero_ps(), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
    __m256 c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
    const float *a0 = a[0], *a1 = a[1], *a2 = a[2], *a3 = a[3], *a4 = a[4], *a5 = a[5];
    for (ptrdiff_t k = 0, at = 0; k < kc; k++, at += a_step, b += MATMUL_NR) {
        __m256 b0 = _mm256_load_ps(b), b1 = _mm256_load_ps(b + 8), ai;
        ai = _mm256_broadcast_ss(a0 + at), c00 = _mm256_fmadd_ps(ai, b0, c00), c01 = _mm256_fmadd_ps(ai, b1, c01);
        ai = _mm256_broadcast_ss(a1 + at), c10 = _mm256_fmadd_ps(ai, b0, c10), c11 = _mm256_fmadd_ps(ai, b1, c11);
        ai = _mm256_broadcast_ss(a2 + at), c20 = _mm256_fmadd_ps(ai, b0, c20), c21 = _mm256_fmadd_ps(ai, b1, c21);
        ai = _mm256_broadcast_ss(a3 + at), c30 = _mm256_fmadd_ps(ai, b0, c30), c31 = _mm256_fmadd_ps(ai, b1, c31);
        ai = _mm256_broadcast_ss(a4 + at), c40 = _mm256_fmadd_ps(ai, b0, c40), c41 = _mm256_fmadd_ps(ai, b1, c41);
        ai = _mm256_broadcast_ss(a5 + at), c50 = _mm256_fmadd_ps(ai, b0, c50), c51 = _mm256_fmadd_ps(ai, b1, c51);
    }
    __m256 rows[MATMUL_MR][2] = {{c00, c01}, {c10, c11}, {c20, c21}, {c30, c31}, {c40, c41}, {c50, c51}};
    for (int i = 0; i < MATMUL_MR; i++) {
        float* out = c_out + i * ld_out;
        __m256 lo = rows[i][0], hi = rows[i][1];
        if (c_in) {
            lo = _mm256_add_ps(_mm256_loadu_ps(c_in + i * ld_in), lo);
            hi = _mm256_add_ps(_mm256_loadu_ps(c_in + i * ld_in + 8), hi);
        }
        _mm256_storeu_ps(out, lo);
        _mm256_storeu_ps(out + 8, hi);
    }
}
#endif

inline MatmulMicrokernel matmul_microkernel() {
#if defined(__x86_64__) || defined(__i386__)
    if (cpu_has_avx2_fma()) return matmul_microkernel_avx2;
#endif
    return matmul_microkernel_plain;
}

// A 64-byte-aligned area of n floats in buf, which keeps its memory between calls (no page faults
// in the training loop).
inline float* matmul_scratch(std::vector<float>& buf, size_t n) {
    if (buf.size() < n + 16) buf.resize(n + 16);
    return (float*)(((uintptr_t)buf.data() + 63) & ~(uintptr_t)63);
}

// Strip `strip` (columns j0 + strip*NR ...) of rows k0..k0+kc-1 of B: for each k, NR values;
// columns past nc are zero. As for A: a B whose columns are contiguous (the forward's weight read as
// its transpose) is read column by column.
inline void matmul_pack_b_strip(float* dst, MatmulOperand B, int k0, int kc, int j0, int nc, int strip) {
    int j_first = strip * MATMUL_NR, cols = std::min(MATMUL_NR, nc - j_first);
    dst += (size_t)j_first * kc;
    if (B.row_stride == 1) {
        for (int j = 0; j < MATMUL_NR; j++) {
            if (j >= cols) {
                for (int k = 0; k < kc; k++) dst[k * MATMUL_NR + j] = 0.0f;
                continue;
            }
            const float* col = B.data + (j0 + j_first + j) * B.col_stride + k0;
            for (int k = 0; k < kc; k++) dst[k * MATMUL_NR + j] = col[k];
        }
        return;
    }
    if (B.col_stride == 1 && cols == MATMUL_NR) {
        // A row-major B (dinp's weight, the weight gradient's inp), a whole strip: each k is one copy of
        // NR contiguous values, which the compiler makes a few vector moves. The general loop below
        // copied them one at a time, through the stride, and was 5 % of a training step.
        const float* src = B.data + (ptrdiff_t)k0 * B.row_stride + j0 + j_first;
        for (int k = 0; k < kc; k++, dst += MATMUL_NR, src += B.row_stride) std::memcpy(dst, src, MATMUL_NR * sizeof(float));
        return;
    }
    for (int k = 0; k < kc; k++, dst += MATMUL_NR) {
        for (int j = 0; j < cols; j++) dst[j] = B.at(k0 + k, j0 + j_first + j);
        for (int j = cols; j < MATMUL_NR; j++) dst[j] = 0.0f;
    }
}

// C = C_in + A·B for one mc x nc block (rows i0.., columns k0.. of A), tile by tile; the B micro-panel
// of the outer loop stays in L1 across the inner loop. A is read where it lies, not packed: at the
// model's shapes C has few columns (64: four strips), so each value of A serves only a few microkernel
// passes, and copying it into a panel first cost as much as the passes themselves (the weight gradient
// and dinp ran at half the forward's speed). The six rows of a tile are six streams through A; an edge
// tile's missing rows repeat its last row, and their results are dropped. Edge tiles go through a full
// tile on the stack, with the same additions in the same order as a full tile.
inline void matmul_block(MatmulMicrokernel micro, int mc, int nc, int kc, MatmulOperand A, int i0, int k0,
                         const float* b_pack, const float* c_in, ptrdiff_t ld_in, float* c, ptrdiff_t ldc) {
    for (int jr = 0; jr < nc; jr += MATMUL_NR) {
        for (int ir = 0; ir < mc; ir += MATMUL_MR) {
            int mr = std::min(MATMUL_MR, mc - ir), nr = std::min(MATMUL_NR, nc - jr);
            const float* a[MATMUL_MR];
            for (int i = 0; i < MATMUL_MR; i++)
                a[i] = A.data + (i0 + ir + std::min(i, mr - 1)) * A.row_stride + k0 * A.col_stride;
            ptrdiff_t a_step = A.col_stride;
            const float* b = b_pack + (size_t)jr * kc;
            const float* in = c_in ? c_in + ir * ld_in + jr : nullptr;
            float* out = c + ir * ldc + jr;
            if (mr == MATMUL_MR && nr == MATMUL_NR) {
                micro(kc, a, a_step, b, in, ld_in, out, ldc);
                continue;
            }
            float tile[MATMUL_MR * MATMUL_NR];
            micro(kc, a, a_step, b, nullptr, 0, tile, MATMUL_NR);
            for (int i = 0; i < mr; i++)
                for (int j = 0; j < nr; j++)
                    out[i * ldc + j] = in ? in[i * ld_in + j] + tile[i * MATMUL_NR + j] : tile[i * MATMUL_NR + j];
        }
    }
}

// C (M x N, row stride ldc) = C_init + A (M x K) · B (K x N). The first K block adds to C_init
// (element (i, j) at c_init[i*ld_init + j]; nullptr: zeros; (c, ldc): accumulate into C; a bias
// vector with ld_init 0: the same row everywhere), later K blocks to C itself.
// Threads share each packed B block and split the rows of A into one block per thread or more;
// OpenMP's static schedules and the barriers between packing and use keep every element's sum in
// one thread and one fixed order. Products under MATMUL_PARALLEL_FLOPS run on one thread: there the
// parallel region and its barriers cost more than they save.
// Called from inside a parallel region (matmul_backward_cpu's slices), a product runs on its thread alone.
constexpr double MATMUL_PARALLEL_FLOPS = 4e6;

constexpr int MATMUL_SLICE_ROWS = 512;  // the weight gradient's slices of rows (matmul_backward_cpu)

inline void matmul_gemm(int M, int N, int K, MatmulOperand A, MatmulOperand B, float* c, ptrdiff_t ldc,
                        const float* c_init, ptrdiff_t ld_init) {
    if (M <= 0 || N <= 0) return;
    MatmulMicrokernel micro = matmul_microkernel();
    // Row blocks: at most MC rows, and a multiple of the thread count of them, near equal in size.
    int threads = omp_get_max_threads();
    int m_blocks = ceil_div(ceil_div(M, MATMUL_MC), threads) * threads;
    int mc_max = ceil_div(ceil_div(M, m_blocks), MATMUL_MR) * MATMUL_MR;
    m_blocks = ceil_div(M, mc_max);
    static thread_local std::vector<float> b_buffer;
    float* b_pack = matmul_scratch(b_buffer, (size_t)MATMUL_KC * MATMUL_NC);
#pragma omp parallel if (2.0 * M * N * K >= MATMUL_PARALLEL_FLOPS && !omp_in_parallel())
    {
        for (int j0 = 0; j0 < N; j0 += MATMUL_NC) {
            int nc = std::min(MATMUL_NC, N - j0);
            for (int k0 = 0; k0 < K; k0 += MATMUL_KC) {
                int kc = std::min(MATMUL_KC, K - k0);
#pragma omp for schedule(static)
                for (int strip = 0; strip < ceil_div(nc, MATMUL_NR); strip++)
                    matmul_pack_b_strip(b_pack, B, k0, kc, j0, nc, strip);
#pragma omp for schedule(static)
                for (int block = 0; block < m_blocks; block++) {
                    int i0 = block * mc_max, mc = std::min(mc_max, M - i0);
                    const float* in = k0 > 0 ? c + i0 * ldc + j0 : c_init ? c_init + i0 * ld_init + j0 : nullptr;
                    ptrdiff_t ld_in = k0 > 0 ? ldc : ld_init;
                    matmul_block(micro, mc, nc, kc, A, i0, k0, b_pack, in, ld_in, c + i0 * ldc + j0, ldc);
                }
            }
        }
    }
}

inline void matmul_forward_cpu(float* out, const float* inp, const float* weight, const float* bias, int N, int C,
                               int OC) {
    // out = bias + inp · weight^T: weight read as its transpose, B(c, o) = weight[o*C + c].
    matmul_gemm(N, OC, C, {inp, C, 1}, {weight, 1, C}, out, OC, bias, 0);
}

inline void matmul_backward_cpu(float* dinp, float* dweight, float* dbias, const float* dout, const float* inp,
                                const float* weight, int N, int C, int OC) {
    // dinp = dout · weight, both read as stored.
    if (dinp) matmul_gemm(N, C, OC, {dout, OC, 1}, {weight, C, 1}, dinp, C, nullptr, 0);
    // dweight += dout^T · inp: dout read as its transpose, A(o, n) = dout[n*OC + o]; the sum runs
    // over the N rows. The output (OC x C) is small and the sum long (N = B*T rows): split among the
    // threads by output rows, each thread's share was a few microseconds of work between two barriers
    // per block of 256 rows, and dW ran at half the forward's speed. So the rows are cut into slices of
    // MATMUL_SLICE_ROWS, one product per slice on one thread, and the slices' sums are added in slice
    // order. The slices do not depend on the thread count, so neither do the bits.
    int slices = N / MATMUL_SLICE_ROWS;  // the last slice takes the rows left over
    if (slices < 2) {
        matmul_gemm(OC, C, N, {dout, 1, OC}, {inp, C, 1}, dweight, C, dweight, C);
    } else {
        static thread_local std::vector<float> partial_buffer;
        size_t size = (size_t)OC * C;
        if (partial_buffer.size() < slices * size) partial_buffer.resize(slices * size);
        float* partial = partial_buffer.data();
#pragma omp parallel for schedule(static)
        for (int s = 0; s < slices; s++) {
            int n0 = s * MATMUL_SLICE_ROWS, rows = s == slices - 1 ? N - n0 : MATMUL_SLICE_ROWS;
            matmul_gemm(OC, C, rows, {dout + (size_t)n0 * OC, 1, OC}, {inp + (size_t)n0 * C, C, 1}, partial + s * size, C,
                        nullptr, 0);
        }
#pragma omp parallel for schedule(static)
        for (size_t i = 0; i < size; i++) {
            float sum = dweight[i];
            for (int s = 0; s < slices; s++) sum += partial[s * size + i];
            dweight[i] = sum;
        }
    }
    if (!dbias) return;
    // Column sums: each thread owns whole columns and adds its rows in order, a row's columns
    // side by side so that the inner loop vectorises.
    constexpr int COLUMNS = 64;
#pragma omp parallel for schedule(static)
    for (int o0 = 0; o0 < OC; o0 += COLUMNS) {
        int width = std::min(COLUMNS, OC - o0);
        float sum[COLUMNS] = {};
        for (int n = 0; n < N; n++) {
            const float* row = dout + (size_t)n * OC + o0;
#pragma omp simd
            for (int j = 0; j < width; j++) sum[j] += row[j];
        }
        for (int j = 0; j < width; j++) dbias[o0 + j] += sum[j];
    }
}

#ifdef __CUDACC__

// ----------------------------------------------------------------------------------------------
// CUDA kernels
//
// `static`, as in the other headers: nvcc ignores `inline` on a __global__ function, so each .cu
// file that includes this header needs its own copy of each kernel.

// Throws std::runtime_error naming the call, where it was made and cuBLAS's reason, like CUDA_CHECK.
inline void cublas_check(cublasStatus_t status, const char* call, const char* file, int line) {
    if (status == CUBLAS_STATUS_SUCCESS) return;
    throw std::runtime_error(std::string(file) + ":" + std::to_string(line) + ": cuBLAS error: " +
                             cublasGetStatusString(status) + " (in " + call + ")");
}
#define CUBLAS_CHECK(call) cublas_check((call), #call, __FILE__, __LINE__)

constexpr int MATMUL_BLOCK = 256;
constexpr int MATMUL_DBIAS_ROW_SETS = 32;

// out[n,o] = bias[o]: the starting value that the forward GEMM (beta = 1) adds to (the fallback).
template <typename T>
static __global__ void __launch_bounds__(MATMUL_BLOCK)
    matmul_fill_bias_kernel(T* out, const T* bias, int N, int OC) {
    size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (i < (size_t)N * OC) out[i] = bias[i % OC];
}

// dbias[o] += sum_n dout[n,o], without atomics so that every run gives the same bits (a gemv with
// a ones vector would need a buffer of N ones kept somewhere). Block (32, ROW_SETS):
// threadIdx.x picks one of 32 adjacent columns (coalesced reads), threadIdx.y one of ROW_SETS
// interleaved row sets; the set sums are then added in order of threadIdx.y. Grid: ceil(OC / 32).
// 1024 threads per block keep enough loads in flight even when OC / 32 blocks are few.
template <typename T>
static __global__ void __launch_bounds__(WARP_SIZE * MATMUL_DBIAS_ROW_SETS)
    matmul_backward_dbias_kernel(float* dbias, const T* dout, int N, int OC) {
    __shared__ float set_sums[MATMUL_DBIAS_ROW_SETS][WARP_SIZE];
    int o = blockIdx.x * WARP_SIZE + threadIdx.x;
    float sum = 0.0f;
    if (o < OC)
        for (int n = threadIdx.y; n < N; n += MATMUL_DBIAS_ROW_SETS) sum += to_float(dout[(size_t)n * OC + o]);
    set_sums[threadIdx.y][threadIdx.x] = sum;
    __syncthreads();
    if (threadIdx.y == 0 && o < OC) {
        for (int s = 1; s < MATMUL_DBIAS_ROW_SETS; s++) sum += set_sums[s][threadIdx.x];
        dbias[o] += sum;
    }
}

// ----------------------------------------------------------------------------------------------
// Kernel launchers

// TF32 tensor cores (10-bit mantissa inputs, about 1e-3 relative error) make fp32 GEMMs several
// times faster; off by default so that the fp32 path matches the CPU to 1e-5.
inline bool matmul_tf32_allowed = false;
inline void matmul_allow_tf32(bool allow) { matmul_tf32_allowed = allow; }

// The process-wide cuBLAS handle, created on first use, bound to `stream` for the next calls.
// Never destroyed: at exit the CUDA context may already be gone.
inline cublasHandle_t matmul_cublas(cudaStream_t stream) {
    static cublasHandle_t handle = [] {
        cublasHandle_t h;
        CUBLAS_CHECK(cublasCreate(&h));
        return h;
    }();
    CUBLAS_CHECK(cublasSetStream(handle, stream));
    return handle;
}

// cuBLAS is column-major; a row-major R x K buffer is, to cuBLAS, the K x R column-major matrix
// holding its transpose (leading dimension K). So every product below is computed transposed,
// (XY)^T = Y^T X^T, with each buffer named by what cuBLAS sees in it:
//   forward:  out^T (OC x N)      = op_T(weight buffer, C x OC) · (inp buffer, C x N)
//   dinp:     dinp^T (C x N)      = (weight buffer, C x OC) · (dout buffer, OC x N)
//   dweight:  dweight^T (C x OC) += (inp buffer, C x N) · op_T(dout buffer, OC x N)
// CUBLAS_COMPUTE_32F with the handle's default math mode is plain fp32 (no TF32). a and b are of type
// AB (fp32 or bf16), c of type Cx: cuBLAS takes bf16 operands with a bf16 or an fp32 result, summed in
// fp32 (CUBLAS_COMPUTE_32F); TF32 applies to fp32 operands only.
template <typename T>
constexpr cudaDataType_t cuda_data_type() {
    return std::is_same_v<T, float> ? CUDA_R_32F : CUDA_R_16BF;
}

template <typename AB, typename Cx>
inline void matmul_gemm_cublas(cublasOperation_t op_a, cublasOperation_t op_b, int m, int n, int k, const AB* a,
                               int lda, const AB* b, int ldb, float beta, Cx* c, int ldc, cudaStream_t stream) {
    const float alpha = 1.0f;
    bool fp32 = std::is_same_v<AB, float>;
    cublasComputeType_t compute = fp32 && matmul_tf32_allowed ? CUBLAS_COMPUTE_32F_FAST_TF32 : CUBLAS_COMPUTE_32F;
    CUBLAS_CHECK(cublasGemmEx(matmul_cublas(stream), op_a, op_b, m, n, k, &alpha, a, cuda_data_type<AB>(), lda, b,
                              cuda_data_type<AB>(), ldb, &beta, c, cuda_data_type<Cx>(), ldc, compute,
                              CUBLAS_GEMM_DEFAULT));
}

// ---- the forward through cuBLASLt, the bias in the epilogue

inline bool matmul_use_cublaslt = true;        // off: the fallback below, for its tests and for comparison
constexpr size_t MATMUL_LT_WORKSPACE = 32 << 20;  // what cuBLASLt may use for split-K and the like (Hopper)

inline cublasLtHandle_t matmul_cublaslt() {
    static cublasLtHandle_t handle = [] {
        cublasLtHandle_t h;
        CUBLAS_CHECK(cublasLtCreate(&h));
        return h;
    }();
    return handle;
}

inline void* matmul_lt_workspace() {
    static void* workspace = [] {
        void* w;
        CUDA_CHECK(cudaMalloc(&w, MATMUL_LT_WORKSPACE));
        return w;
    }();
    return workspace;
}

// The largest power of two, up to 256, that divides the address. cuBLASLt's heuristic assumes 256-byte
// aligned matrices unless told otherwise, and a model's tensors sit at any offset of its flat buffers
// (a C 64 bias in bf16 is 128 bytes long), so each call tells it what the pointers really are.
inline uint32_t matmul_alignment(const void* p) {
    uint32_t alignment = 256;
    while (alignment > 1 && (uintptr_t)p % alignment != 0) alignment /= 2;
    return alignment;
}

// out^T (OC x N) = op_T(weight buffer, C x OC) · (inp buffer, C x N) + bias, as matmul_gemm_cublas
// does it below; false (nothing launched) when the heuristic has no algorithm for it.
template <typename T>
inline bool matmul_forward_cublaslt(T* out, const T* inp, const T* weight, const T* bias, int N, int C, int OC,
                                    cudaStream_t stream) {
    bool fp32 = std::is_same_v<T, float>;
    cublasComputeType_t compute = fp32 && matmul_tf32_allowed ? CUBLAS_COMPUTE_32F_FAST_TF32 : CUBLAS_COMPUTE_32F;
    cudaDataType_t type = cuda_data_type<T>();
    cublasLtMatmulDesc_t desc;
    cublasLtMatrixLayout_t a, b, d;
    cublasLtMatmulPreference_t pref;
    CUBLAS_CHECK(cublasLtMatmulDescCreate(&desc, compute, CUDA_R_32F));
    int32_t trans_a = CUBLAS_OP_T, trans_b = CUBLAS_OP_N;
    uint32_t epilogue = bias ? CUBLASLT_EPILOGUE_BIAS : CUBLASLT_EPILOGUE_DEFAULT;
    CUBLAS_CHECK(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_TRANSA, &trans_a, sizeof(trans_a)));
    CUBLAS_CHECK(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_TRANSB, &trans_b, sizeof(trans_b)));
    CUBLAS_CHECK(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_EPILOGUE, &epilogue, sizeof(epilogue)));
    if (bias) CUBLAS_CHECK(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias, sizeof(bias)));
    CUBLAS_CHECK(cublasLtMatrixLayoutCreate(&a, type, C, OC, C));
    CUBLAS_CHECK(cublasLtMatrixLayoutCreate(&b, type, C, N, C));
    CUBLAS_CHECK(cublasLtMatrixLayoutCreate(&d, type, OC, N, OC));
    CUBLAS_CHECK(cublasLtMatmulPreferenceCreate(&pref));
    uint64_t workspace = MATMUL_LT_WORKSPACE;
    uint32_t align_a = matmul_alignment(weight), align_b = matmul_alignment(inp), align_d = matmul_alignment(out);
    CUBLAS_CHECK(cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &workspace,
                                                      sizeof(workspace)));
    CUBLAS_CHECK(cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES, &align_a,
                                                      sizeof(align_a)));
    CUBLAS_CHECK(cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES, &align_b,
                                                      sizeof(align_b)));
    CUBLAS_CHECK(cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES, &align_d,
                                                      sizeof(align_d)));
    CUBLAS_CHECK(cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES, &align_d,
                                                      sizeof(align_d)));
    cublasLtMatmulHeuristicResult_t result;
    int found = 0;
    cublasStatus_t status =
        cublasLtMatmulAlgoGetHeuristic(matmul_cublaslt(), desc, a, b, d, d, pref, 1, &result, &found);
    bool ok = status == CUBLAS_STATUS_SUCCESS && found > 0;
    if (ok) {
        const float alpha = 1.0f, beta = 0.0f;
        CUBLAS_CHECK(cublasLtMatmul(matmul_cublaslt(), desc, &alpha, weight, a, inp, b, &beta, out, d, out, d,
                                    &result.algo, matmul_lt_workspace(), MATMUL_LT_WORKSPACE, stream));
    }
    CUBLAS_CHECK(cublasLtMatmulPreferenceDestroy(pref));
    CUBLAS_CHECK(cublasLtMatrixLayoutDestroy(d));
    CUBLAS_CHECK(cublasLtMatrixLayoutDestroy(b));
    CUBLAS_CHECK(cublasLtMatrixLayoutDestroy(a));
    CUBLAS_CHECK(cublasLtMatmulDescDestroy(desc));
    return ok;
}

// cuBLASLt with the bias in its epilogue; else out starts as the bias and the GEMM adds to it (beta = 1).
template <typename T>
inline void matmul_forward(T* out, const T* inp, const T* weight, const T* bias, int N, int C, int OC,
                           cudaStream_t stream) {
    if (matmul_use_cublaslt && matmul_forward_cublaslt(out, inp, weight, bias, N, C, OC, stream)) return;
    if (bias) {
        size_t count = (size_t)N * OC;
        matmul_fill_bias_kernel<T><<<(unsigned)ceil_div(count, (size_t)MATMUL_BLOCK), MATMUL_BLOCK, 0, stream>>>(
            out, bias, N, OC);
        CUDA_CHECK(cudaGetLastError());
    }
    matmul_gemm_cublas(CUBLAS_OP_T, CUBLAS_OP_N, OC, N, C, weight, C, inp, C, bias ? 1.0f : 0.0f, out, OC, stream);
}

// dinp overwrites (skipped if nullptr); dweight, dbias (fp32) accumulate (dbias skipped if nullptr).
template <typename T>
inline void matmul_backward(T* dinp, float* dweight, float* dbias, const T* dout, const T* inp, const T* weight,
                            int N, int C, int OC, cudaStream_t stream) {
    if (dinp) matmul_gemm_cublas(CUBLAS_OP_N, CUBLAS_OP_N, C, N, OC, weight, C, dout, OC, 0.0f, dinp, C, stream);
    matmul_gemm_cublas(CUBLAS_OP_N, CUBLAS_OP_T, C, OC, N, inp, C, dout, OC, 1.0f, dweight, C, stream);
    if (dbias) {
        dim3 block(WARP_SIZE, MATMUL_DBIAS_ROW_SETS);
        matmul_backward_dbias_kernel<T><<<ceil_div(OC, WARP_SIZE), block, 0, stream>>>(dbias, dout, N, OC);
        CUDA_CHECK(cudaGetLastError());
    }
}

#endif  // __CUDACC__
