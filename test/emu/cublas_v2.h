// cublas_v2.h of the CPU emulator (see cuda_runtime.h): the one cuBLAS call this project makes,
// cublasGemmEx, computed by a plain loop with cuBLAS's column-major conventions and its argument checks,
// so that a wrong transpose, leading dimension or beta shows up in the GPU tests. Types: fp32 A, B and C
// (TF32 too), and bf16 A and B with a bf16 or fp32 C (products and sums in fp32, C rounded to nearest
// even on the store when it is bf16); any other combination is refused, as cuBLAS refuses it. The table
// of types (emu_gemm_types_supported) and the product itself (emu_gemm) are shared with cublasLt.h.
#pragma once

#include <vector>

#include "cuda_bf16.h"  // the toolkit's cublas_api.h includes it too
#include "cuda_runtime.h"

enum cublasStatus_t {
    CUBLAS_STATUS_SUCCESS = 0,
    CUBLAS_STATUS_NOT_INITIALIZED = 1,
    CUBLAS_STATUS_INVALID_VALUE = 7,
    CUBLAS_STATUS_NOT_SUPPORTED = 15,
};
enum cublasOperation_t { CUBLAS_OP_N = 0, CUBLAS_OP_T = 1 };
enum cublasComputeType_t { CUBLAS_COMPUTE_32F = 68, CUBLAS_COMPUTE_32F_FAST_TF32 = 77 };
enum cudaDataType_t { CUDA_R_32F = 0, CUDA_R_16BF = 14 };  // library_types.h's values
typedef cudaDataType_t cudaDataType;                        // library_types.h's other name for it
enum cublasGemmAlgo_t { CUBLAS_GEMM_DEFAULT = -1 };
struct cublasContext {
    cudaStream_t stream = nullptr;
};
typedef cublasContext* cublasHandle_t;

inline const char* cublasGetStatusString(cublasStatus_t s) {
    switch (s) {
        case CUBLAS_STATUS_SUCCESS: return "CUBLAS_STATUS_SUCCESS";
        case CUBLAS_STATUS_NOT_INITIALIZED: return "CUBLAS_STATUS_NOT_INITIALIZED";
        case CUBLAS_STATUS_INVALID_VALUE: return "CUBLAS_STATUS_INVALID_VALUE";
        case CUBLAS_STATUS_NOT_SUPPORTED: return "CUBLAS_STATUS_NOT_SUPPORTED";
    }
    return "unknown cuBLAS status";
}
inline cublasStatus_t cublasCreate(cublasHandle_t* h) {
    *h = new cublasContext;
    return CUBLAS_STATUS_SUCCESS;
}
inline cublasStatus_t cublasDestroy(cublasHandle_t h) {
    delete h;
    return CUBLAS_STATUS_SUCCESS;
}
inline cublasStatus_t cublasSetStream(cublasHandle_t h, cudaStream_t s) {
    if (!h) return CUBLAS_STATUS_NOT_INITIALIZED;
    h->stream = s;
    return CUBLAS_STATUS_SUCCESS;
}

// TF32: the tensor cores read an fp32 input with its mantissa cut to 10 bits (round to nearest).
inline float emu_round_to_tf32(float x) {
    uint32_t u;
    memcpy(&u, &x, 4);
    if ((u & 0x7f800000u) != 0x7f800000u) u = (u + 0x1000u) & 0xffffe000u;
    memcpy(&x, &u, 4);
    return x;
}

// Element i of a matrix of type t (CUDA_R_32F or CUDA_R_16BF), as the fp32 that the products use; a
// bf16 widens exactly.
inline float emu_gemm_load(const void* p, cudaDataType_t t, size_t i) {
    return t == CUDA_R_16BF ? __bfloat162float(((const __nv_bfloat16*)p)[i]) : ((const float*)p)[i];
}
inline void emu_gemm_store(void* p, cudaDataType_t t, size_t i, float v) {
    if (t == CUDA_R_16BF)
        ((__nv_bfloat16*)p)[i] = __float2bfloat16_rn(v);
    else
        ((float*)p)[i] = v;
}

// Rows of cublasGemmEx's table of supported types (and of cublasLtMatmul's, which has the same rows for
// these types): A, B and C fp32 (any of the fp32 compute types here), or A and B bf16 with C bf16 or
// fp32 under CUBLAS_COMPUTE_32F. A and B are always of one type, and the FAST compute types (TF32 among
// them) take fp32 matrices only.
inline bool emu_gemm_types_supported(cudaDataType_t a_type, cudaDataType_t b_type, cudaDataType_t c_type,
                                     cublasComputeType_t compute) {
    bool fp32 = a_type == CUDA_R_32F && b_type == CUDA_R_32F && c_type == CUDA_R_32F;
    bool bf16 = a_type == CUDA_R_16BF && b_type == CUDA_R_16BF && (c_type == CUDA_R_16BF || c_type == CUDA_R_32F) &&
                compute == CUBLAS_COMPUTE_32F;
    return fp32 || bf16;
}

// The product behind every GEMM of the emulator, its arguments already checked: D (m x n) = alpha op(A)
// op(B) + beta C, plus bias[i] on every element of row i when `bias` is not null, every matrix column-
// major: element (i, j) of a matrix with leading dimension ld is at [i + j ld]. op(A) is m x k: A itself
// or, with OP_T, the transpose of a k x m A; op(B) is k x n likewise. C and D are of one type, cd_type,
// and so is the bias; C and D may be one buffer with one leading dimension (each element is read before
// it is written), as in cublasGemmEx. With beta = 0, C is not read (NaN in it does not propagate).
// Everything is computed in fp32: the products and their sum, then alpha times the sum, plus beta times
// C, plus the bias, in that order; a bf16 D is rounded once, on the store. `tf32` rounds every element
// of A and B to TF32 first, as the tensor cores read them under CUBLAS_COMPUTE_32F_FAST_TF32.
inline void emu_gemm(cublasOperation_t op_a, cublasOperation_t op_b, int64_t m, int64_t n, int64_t k, float al,
                     const void* a, cudaDataType_t a_type, int64_t lda, const void* b, cudaDataType_t b_type, int64_t ldb,
                     float be, const void* c, int64_t ldc, void* d, cudaDataType_t cd_type, int64_t ldd, bool tf32,
                     const void* bias) {
    // op(A) by rows and op(B) by columns, copied once so that the products read contiguous memory (every
    // element is still read from the caller's buffers, so AddressSanitizer still sees a bad lda or ldb).
    std::vector<float> rows((size_t)m * k), cols((size_t)n * k);
    for (int64_t i = 0; i < m; i++)
        for (int64_t l = 0; l < k; l++) {
            float x = emu_gemm_load(a, a_type, op_a == CUBLAS_OP_N ? i + (size_t)l * lda : l + (size_t)i * lda);
            rows[(size_t)i * k + l] = tf32 ? emu_round_to_tf32(x) : x;
        }
    for (int64_t j = 0; j < n; j++)
        for (int64_t l = 0; l < k; l++) {
            float y = emu_gemm_load(b, b_type, op_b == CUBLAS_OP_N ? l + (size_t)j * ldb : j + (size_t)l * ldb);
            cols[(size_t)j * k + l] = tf32 ? emu_round_to_tf32(y) : y;
        }
    for (int64_t j = 0; j < n; j++)
        for (int64_t i = 0; i < m; i++) {
            const float* x = rows.data() + (size_t)i * k;
            const float* y = cols.data() + (size_t)j * k;
            float sum = 0.0f;
            for (int64_t l = 0; l < k; l++) sum += x[l] * y[l];
            float out = be == 0.0f ? al * sum : al * sum + be * emu_gemm_load(c, cd_type, i + (size_t)j * ldc);
            if (bias) out += emu_gemm_load(bias, cd_type, (size_t)i);
            emu_gemm_store(d, cd_type, i + (size_t)j * ldd, out);
        }
}

// C (m x n) = alpha op(A) op(B) + beta C (emu_gemm above, with D = C and no bias). op(A) is m x k: A
// itself (lda >= m) or, with OP_T, the transpose of a k x m A (lda >= k). alpha and beta are floats
// whatever the matrices' types (the scale type is CUDA_R_32F in every row of cuBLAS's table used here),
// and so is the whole computation; a bf16 C is rounded once, on the store.
inline cublasStatus_t cublasGemmEx(cublasHandle_t h, cublasOperation_t op_a, cublasOperation_t op_b, int m, int n, int k,
                                   const void* alpha, const void* a, cudaDataType_t a_type, int lda, const void* b,
                                   cudaDataType_t b_type, int ldb, const void* beta, void* c, cudaDataType_t c_type, int ldc,
                                   cublasComputeType_t compute, cublasGemmAlgo_t) {
    if (!h) return CUBLAS_STATUS_NOT_INITIALIZED;
    if (!emu_gemm_types_supported(a_type, b_type, c_type, compute)) return CUBLAS_STATUS_NOT_SUPPORTED;
    if (m < 0 || n < 0 || k < 0 || lda < std::max(1, op_a == CUBLAS_OP_N ? m : k) ||
        ldb < std::max(1, op_b == CUBLAS_OP_N ? k : n) || ldc < std::max(1, m))
        return CUBLAS_STATUS_INVALID_VALUE;
    emu_gemm(op_a, op_b, m, n, k, *(const float*)alpha, a, a_type, lda, b, b_type, ldb, *(const float*)beta, c, ldc, c,
             c_type, ldc, compute == CUBLAS_COMPUTE_32F_FAST_TF32, nullptr);
    return CUBLAS_STATUS_SUCCESS;
}

// batch_count products C_i = alpha op(A_i) op(B_i) + beta C_i, with X_i = X + i * stride_x elements of
// X's type (cuBLAS's long long strides); each one exactly as cublasGemmEx above, including its table of
// types and its argument checks. A negative batch count is invalid; zero computes nothing. Strides may
// be smaller than a matrix (the operands may overlap, as cuBLAS allows for A and B).
inline cublasStatus_t cublasGemmStridedBatchedEx(cublasHandle_t h, cublasOperation_t op_a, cublasOperation_t op_b, int m,
                                                 int n, int k, const void* alpha, const void* a, cudaDataType_t a_type,
                                                 int lda, long long stride_a, const void* b, cudaDataType_t b_type, int ldb,
                                                 long long stride_b, const void* beta, void* c, cudaDataType_t c_type,
                                                 int ldc, long long stride_c, int batch_count,
                                                 cublasComputeType_t compute, cublasGemmAlgo_t algo) {
    if (!h) return CUBLAS_STATUS_NOT_INITIALIZED;
    if (batch_count < 0) return CUBLAS_STATUS_INVALID_VALUE;
    auto size = [](cudaDataType_t t) { return t == CUDA_R_16BF ? (size_t)2 : (size_t)4; };
    for (int i = 0; i < batch_count; i++) {
        cublasStatus_t s = cublasGemmEx(h, op_a, op_b, m, n, k, alpha, (const char*)a + i * stride_a * size(a_type), a_type,
                                        lda, (const char*)b + i * stride_b * size(b_type), b_type, ldb, beta,
                                        (char*)c + i * stride_c * size(c_type), c_type, ldc, compute, algo);
        if (s != CUBLAS_STATUS_SUCCESS) return s;
    }
    return CUBLAS_STATUS_SUCCESS;
}
