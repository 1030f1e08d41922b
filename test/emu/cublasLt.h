// cublasLt.h of the CPU emulator (see cuda_runtime.h and cublas_v2.h): the part of cuBLASLt this project
// uses, one matmul with an optional bias epilogue, D = alpha op(A) op(B) + beta C + bias, computed by
// cublas_v2.h's loop (emu_gemm) with the same conventions and precision as the emulator's cublasGemmEx:
// column-major matrices, products and sums in fp32, a bf16 D rounded once, on the store, after the bias.
// Names, values and signatures are the toolkit's cublasLt.h's (CUDA 13.0), so that code written against
// it compiles unchanged here; the line numbers below are that header's.
//
// What is emulated, and what is refused:
//   - Types: the rows of cublasGemmEx's table (emu_gemm_types_supported): fp32 A and B with fp32 C and D
//     (CUBLAS_COMPUTE_32F, or _FAST_TF32, which reads A and B rounded to TF32 as cublas_v2.h does), bf16
//     A and B with bf16 or fp32 C and D (CUBLAS_COMPUTE_32F); scale type CUDA_R_32F; C of D's type.
//     Anything else: CUBLAS_STATUS_NOT_SUPPORTED, from the heuristic query and from cublasLtMatmul.
//   - Matmul descriptor attributes TRANSA and TRANSB (CUBLAS_OP_N or CUBLAS_OP_T), EPILOGUE
//     (CUBLASLT_EPILOGUE_DEFAULT or CUBLASLT_EPILOGUE_BIAS; the other epilogues are NOT_SUPPORTED when
//     used), BIAS_POINTER and BIAS_DATA_TYPE (-1, the default, or D's type: the bias is of D's type,
//     l. 1534-1547). Setting any other attribute is NOT_SUPPORTED, so that code relying on one fails here
//     instead of computing something else.
//   - Matrix layouts: column-major only (CUBLASLT_ORDER_COL, the default), one matrix per layout (no
//     batch), no attributes to set. The leading dimension is checked where it is used (heuristic, matmul):
//     ld >= rows (l. 1142-1143), else INVALID_VALUE; cublasLtMatrixLayoutCreate documents no failure but
//     ALLOC_FAILED (l. 1207-1216), so it accepts any.
//   - Preference attributes MAX_WORKSPACE_BYTES (the one algorithm needs no workspace) and
//     MIN_ALIGNMENT_{A,B,C,D}_BYTES (default 256, l. 2099-2131): the algorithm the heuristic returns may
//     assume them, and cublasLtMatmul refuses (INVALID_VALUE) a matrix pointer less aligned than its algo
//     was chosen for, so that a pointer at an offset of a larger buffer, promised as 256-byte aligned by
//     the default, fails here rather than only on the GPU.
//   - Alpha and beta are host floats (CUBLASLT_POINTER_MODE_HOST, the default, l. 1284-1289); with beta = 0,
//     C is not read. C and D may be one buffer when their layouts are equal (in place); otherwise C's
//     leading dimension may differ from D's. The stream is ignored: the emulator computes at once.
#pragma once

#include <cstdint>

#include "cublas_v2.h"  // cublasStatus_t, cublasOperation_t, cublasComputeType_t, cudaDataType_t, emu_gemm

// l. 67-75
struct cublasLtContext {};
typedef cublasLtContext* cublasLtHandle_t;

// Descriptors: pointers to structures of the toolkit's names (l. 100-145), their contents the emulator's.
struct cublasLtMatrixLayoutOpaque_t {
    cudaDataType_t type;
    uint64_t rows, cols;
    int64_t ld;
};
typedef cublasLtMatrixLayoutOpaque_t* cublasLtMatrixLayout_t;

struct cublasLtMatmulDescOpaque_t {
    cublasComputeType_t compute;
    cudaDataType_t scale;
    int32_t trans_a = CUBLAS_OP_N, trans_b = CUBLAS_OP_N;  // l. 1291-1301: default CUBLAS_OP_N
    uint32_t epilogue = 1;                                  // l. 1317-1321: default CUBLASLT_EPILOGUE_DEFAULT
    const void* bias = nullptr;                             // l. 1337: default NULL
    int32_t bias_type = -1;                                 // l. 1545: default -1, D's type
};
typedef cublasLtMatmulDescOpaque_t* cublasLtMatmulDesc_t;

struct cublasLtMatmulPreferenceOpaque_t {
    uint64_t max_workspace_bytes = 0;                  // l. 2084-2088: default 0, no workspace allowed
    uint32_t min_alignment[4] = {256, 256, 256, 256};  // A, B, C, D; l. 2099-2131: default 256
};
typedef cublasLtMatmulPreferenceOpaque_t* cublasLtMatmulPreference_t;

// l. 113-115 and 2221-2245, field for field (the results are plain data the caller allocates).
typedef struct {
    uint64_t data[8];
} cublasLtMatmulAlgo_t;

typedef struct {
    cublasLtMatmulAlgo_t algo;
    size_t workspaceSize;
    cublasStatus_t state;
    float wavesCount;
    int reserved[4];
} cublasLtMatmulHeuristicResult_t;

// The emulated subset of cublasLtMatmulDescAttributes_t (l. 1267-1596), with the toolkit's values.
typedef enum {
    CUBLASLT_MATMUL_DESC_TRANSA = 3,           // int32_t (cublasOperation_t)
    CUBLASLT_MATMUL_DESC_TRANSB = 4,           // int32_t (cublasOperation_t)
    CUBLASLT_MATMUL_DESC_EPILOGUE = 7,         // uint32_t (cublasLtEpilogue_t)
    CUBLASLT_MATMUL_DESC_BIAS_POINTER = 8,     // const void*
    CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE = 26,  // int32_t (cudaDataType), -1 for D's type
} cublasLtMatmulDescAttributes_t;

// l. 1931-2039, every value (only DEFAULT and BIAS are emulated).
typedef enum {
    CUBLASLT_EPILOGUE_DEFAULT = 1,
    CUBLASLT_EPILOGUE_RELU = 2,
    CUBLASLT_EPILOGUE_RELU_AUX = (CUBLASLT_EPILOGUE_RELU | 128),
    CUBLASLT_EPILOGUE_BIAS = 4,
    CUBLASLT_EPILOGUE_RELU_BIAS = (CUBLASLT_EPILOGUE_RELU | CUBLASLT_EPILOGUE_BIAS),
    CUBLASLT_EPILOGUE_RELU_AUX_BIAS = (CUBLASLT_EPILOGUE_RELU_AUX | CUBLASLT_EPILOGUE_BIAS),
    CUBLASLT_EPILOGUE_DRELU = 8 | 128,
    CUBLASLT_EPILOGUE_DRELU_BGRAD = CUBLASLT_EPILOGUE_DRELU | 16,
    CUBLASLT_EPILOGUE_GELU = 32,
    CUBLASLT_EPILOGUE_GELU_AUX = (CUBLASLT_EPILOGUE_GELU | 128),
    CUBLASLT_EPILOGUE_GELU_BIAS = (CUBLASLT_EPILOGUE_GELU | CUBLASLT_EPILOGUE_BIAS),
    CUBLASLT_EPILOGUE_GELU_AUX_BIAS = (CUBLASLT_EPILOGUE_GELU_AUX | CUBLASLT_EPILOGUE_BIAS),
    CUBLASLT_EPILOGUE_DGELU = 64 | 128,
    CUBLASLT_EPILOGUE_DGELU_BGRAD = CUBLASLT_EPILOGUE_DGELU | 16,
    CUBLASLT_EPILOGUE_BGRADA = 256,
    CUBLASLT_EPILOGUE_BGRADB = 512,
} cublasLtEpilogue_t;

// The emulated subset of cublasLtMatmulPreferenceAttributes_t (l. 2076-2151).
typedef enum {
    CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES = 1,    // uint64_t
    CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES = 5,  // uint32_t
    CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES = 6,  // uint32_t
    CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES = 7,  // uint32_t
    CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES = 8,  // uint32_t
} cublasLtMatmulPreferenceAttributes_t;

// l. 73-75: the emulator's cublasGetStatusString gives the status's name, and so do these.
inline const char* cublasLtGetStatusName(cublasStatus_t s) { return cublasGetStatusString(s); }
inline const char* cublasLtGetStatusString(cublasStatus_t s) { return cublasGetStatusString(s); }

inline cublasStatus_t cublasLtCreate(cublasLtHandle_t* h) {
    if (!h) return CUBLAS_STATUS_INVALID_VALUE;
    *h = new cublasLtContext;
    return CUBLAS_STATUS_SUCCESS;
}
inline cublasStatus_t cublasLtDestroy(cublasLtHandle_t h) {
    if (!h) return CUBLAS_STATUS_NOT_INITIALIZED;
    delete h;
    return CUBLAS_STATUS_SUCCESS;
}

// l. 1212-1223
inline cublasStatus_t cublasLtMatrixLayoutCreate(cublasLtMatrixLayout_t* layout, cudaDataType type, uint64_t rows,
                                                 uint64_t cols, int64_t ld) {
    if (!layout) return CUBLAS_STATUS_INVALID_VALUE;
    *layout = new cublasLtMatrixLayoutOpaque_t{type, rows, cols, ld};
    return CUBLAS_STATUS_SUCCESS;
}
inline cublasStatus_t cublasLtMatrixLayoutDestroy(cublasLtMatrixLayout_t layout) {
    delete layout;
    return CUBLAS_STATUS_SUCCESS;
}

// l. 1616-1631. The compute and scale types are checked where they are used (the toolkit documents no
// failure here but ALLOC_FAILED).
inline cublasStatus_t cublasLtMatmulDescCreate(cublasLtMatmulDesc_t* desc, cublasComputeType_t compute,
                                               cudaDataType_t scale) {
    if (!desc) return CUBLAS_STATUS_INVALID_VALUE;
    *desc = new cublasLtMatmulDescOpaque_t;
    (*desc)->compute = compute;
    (*desc)->scale = scale;
    return CUBLAS_STATUS_SUCCESS;
}
inline cublasStatus_t cublasLtMatmulDescDestroy(cublasLtMatmulDesc_t desc) {
    delete desc;
    return CUBLAS_STATUS_SUCCESS;
}

// Copies an attribute's value of type T from buf: INVALID_VALUE when buf is NULL or sizeInBytes is not
// the attribute's size (l. 1640-1641, 2186-2187).
template <typename T>
inline cublasStatus_t emu_lt_set(T* field, const void* buf, size_t size) {
    if (!buf || size != sizeof(T)) return CUBLAS_STATUS_INVALID_VALUE;
    memcpy(field, buf, sizeof(T));
    return CUBLAS_STATUS_SUCCESS;
}

// l. 1644-1648. Values are stored as given and checked where they are used.
inline cublasStatus_t cublasLtMatmulDescSetAttribute(cublasLtMatmulDesc_t desc, cublasLtMatmulDescAttributes_t attr,
                                                     const void* buf, size_t sizeInBytes) {
    if (!desc) return CUBLAS_STATUS_INVALID_VALUE;
    switch (attr) {
        case CUBLASLT_MATMUL_DESC_TRANSA: return emu_lt_set(&desc->trans_a, buf, sizeInBytes);
        case CUBLASLT_MATMUL_DESC_TRANSB: return emu_lt_set(&desc->trans_b, buf, sizeInBytes);
        case CUBLASLT_MATMUL_DESC_EPILOGUE: return emu_lt_set(&desc->epilogue, buf, sizeInBytes);
        case CUBLASLT_MATMUL_DESC_BIAS_POINTER: return emu_lt_set(&desc->bias, buf, sizeInBytes);
        case CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE: return emu_lt_set(&desc->bias_type, buf, sizeInBytes);
    }
    return CUBLAS_STATUS_NOT_SUPPORTED;  // an attribute the emulator does not have
}

// l. 2171-2194
inline cublasStatus_t cublasLtMatmulPreferenceCreate(cublasLtMatmulPreference_t* pref) {
    if (!pref) return CUBLAS_STATUS_INVALID_VALUE;
    *pref = new cublasLtMatmulPreferenceOpaque_t;
    return CUBLAS_STATUS_SUCCESS;
}
inline cublasStatus_t cublasLtMatmulPreferenceDestroy(cublasLtMatmulPreference_t pref) {
    delete pref;
    return CUBLAS_STATUS_SUCCESS;
}
inline cublasStatus_t cublasLtMatmulPreferenceSetAttribute(cublasLtMatmulPreference_t pref,
                                                           cublasLtMatmulPreferenceAttributes_t attr, const void* buf,
                                                           size_t sizeInBytes) {
    if (!pref) return CUBLAS_STATUS_INVALID_VALUE;
    switch (attr) {
        case CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES: return emu_lt_set(&pref->max_workspace_bytes, buf, sizeInBytes);
        case CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES:
        case CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES:
        case CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES:
        case CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES:
            return emu_lt_set(&pref->min_alignment[attr - CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES], buf, sizeInBytes);
    }
    return CUBLAS_STATUS_NOT_SUPPORTED;  // an attribute the emulator does not have
}

// The one algorithm: what cublasLtMatmulAlgoGetHeuristic returns and cublasLtMatmul accepts (besides
// NULL), so that an algo the heuristic never filled in (returnAlgoCount 0 ignored) is caught: data[0] is
// this mark, data[1..4] the alignments of A, B, C and D (bytes) the preference let it assume.
constexpr uint64_t EMU_LT_ALGO = 0x454d552d4c54414cull;  // "EMU-LTAL"

// The problem of a matmul, checked as both the heuristic query and the matmul check it: status, and the
// sizes m, n, k when it is SUCCESS. In order: NOT_SUPPORTED for what the emulator (or cuBLASLt) cannot
// compute, then INVALID_VALUE for shapes that do not fit together, as cublasGemmEx checks types, then
// sizes.
struct EmuLtProblem {
    cublasStatus_t status;
    int64_t m, n, k;
};
inline EmuLtProblem emu_lt_problem(cublasLtMatmulDesc_t desc, cublasLtMatrixLayout_t a, cublasLtMatrixLayout_t b,
                                   cublasLtMatrixLayout_t c, cublasLtMatrixLayout_t d) {
    auto fail = [](cublasStatus_t s) { return EmuLtProblem{s, 0, 0, 0}; };
    if (!desc || !a || !b || !c || !d) return fail(CUBLAS_STATUS_INVALID_VALUE);
    // Transposes: N and T. cublas_api.h's CUBLAS_OP_C (2) and CUBLAS_OP_CONJG (3) are not emulated; any
    // other value is no operation at all.
    for (int32_t op : {desc->trans_a, desc->trans_b})
        if (op != CUBLAS_OP_N && op != CUBLAS_OP_T)
            return fail(op == 2 || op == 3 ? CUBLAS_STATUS_NOT_SUPPORTED : CUBLAS_STATUS_INVALID_VALUE);
    // Epilogues: DEFAULT and BIAS; the other values of cublasLtEpilogue_t are not emulated.
    switch (desc->epilogue) {
        case CUBLASLT_EPILOGUE_DEFAULT:
        case CUBLASLT_EPILOGUE_BIAS: break;
        case CUBLASLT_EPILOGUE_RELU:
        case CUBLASLT_EPILOGUE_RELU_AUX:
        case CUBLASLT_EPILOGUE_RELU_BIAS:
        case CUBLASLT_EPILOGUE_RELU_AUX_BIAS:
        case CUBLASLT_EPILOGUE_DRELU:
        case CUBLASLT_EPILOGUE_DRELU_BGRAD:
        case CUBLASLT_EPILOGUE_GELU:
        case CUBLASLT_EPILOGUE_GELU_AUX:
        case CUBLASLT_EPILOGUE_GELU_BIAS:
        case CUBLASLT_EPILOGUE_GELU_AUX_BIAS:
        case CUBLASLT_EPILOGUE_DGELU:
        case CUBLASLT_EPILOGUE_DGELU_BGRAD:
        case CUBLASLT_EPILOGUE_BGRADA:
        case CUBLASLT_EPILOGUE_BGRADB: return fail(CUBLAS_STATUS_NOT_SUPPORTED);
        default: return fail(CUBLAS_STATUS_INVALID_VALUE);
    }
    // Types: the compute types of cublas_v2.h's enum, scale type fp32 (alpha and beta are floats in every
    // row used here), a row of the table, C of D's type, and a bias of D's type (l. 1539-1543: the
    // exceptions listed there are IMMA and fp8 kernels).
    if ((desc->compute != CUBLAS_COMPUTE_32F && desc->compute != CUBLAS_COMPUTE_32F_FAST_TF32) ||
        desc->scale != CUDA_R_32F || !emu_gemm_types_supported(a->type, b->type, d->type, desc->compute) ||
        c->type != d->type)
        return fail(CUBLAS_STATUS_NOT_SUPPORTED);
    if (desc->epilogue == CUBLASLT_EPILOGUE_BIAS && desc->bias_type != -1 && desc->bias_type != (int32_t)d->type)
        return fail(CUBLAS_STATUS_NOT_SUPPORTED);
    // Sizes: l. 1123 and 1131, "usually only values that can be expressed as int32_t are supported".
    for (cublasLtMatrixLayout_t l : {a, b, c, d})
        if (l->rows > INT32_MAX || l->cols > INT32_MAX) return fail(CUBLAS_STATUS_NOT_SUPPORTED);
    // Column-major leading dimensions: at least the rows (l. 1142-1143), and at least 1.
    for (cublasLtMatrixLayout_t l : {a, b, c, d})
        if (l->ld < std::max<int64_t>(1, (int64_t)l->rows)) return fail(CUBLAS_STATUS_INVALID_VALUE);
    // op(A) is m x k, op(B) k x n, C and D m x n.
    bool ta = desc->trans_a == CUBLAS_OP_T, tb = desc->trans_b == CUBLAS_OP_T;
    int64_t m = ta ? a->cols : a->rows, k = ta ? a->rows : a->cols;
    int64_t kb = tb ? b->cols : b->rows, n = tb ? b->rows : b->cols;
    if (kb != k || (int64_t)d->rows != m || (int64_t)d->cols != n || c->rows != d->rows || c->cols != d->cols)
        return fail(CUBLAS_STATUS_INVALID_VALUE);
    return EmuLtProblem{CUBLAS_STATUS_SUCCESS, m, n, k};
}

// l. 2247-2279. For a problem the emulator computes: SUCCESS and one result (the one algorithm, state
// SUCCESS, no workspace, one wave). Otherwise the problem's status, and *returnAlgoCount = 0: NOT_SUPPORTED
// "if no heuristic function available for current configuration" (l. 2265). requestedAlgoCount <= 0 is
// INVALID_VALUE (l. 2264). The bias pointer is not read (l. 1334-1335: only its alignment matters here),
// so a BIAS epilogue without one is refused by cublasLtMatmul only.
inline cublasStatus_t cublasLtMatmulAlgoGetHeuristic(cublasLtHandle_t h, cublasLtMatmulDesc_t desc, cublasLtMatrixLayout_t a,
                                                     cublasLtMatrixLayout_t b, cublasLtMatrixLayout_t c,
                                                     cublasLtMatrixLayout_t d, cublasLtMatmulPreference_t pref,
                                                     int requestedAlgoCount,
                                                     cublasLtMatmulHeuristicResult_t heuristicResultsArray[],
                                                     int* returnAlgoCount) {
    if (!h) return CUBLAS_STATUS_NOT_INITIALIZED;
    if (returnAlgoCount) *returnAlgoCount = 0;
    if (!pref || requestedAlgoCount <= 0 || !heuristicResultsArray || !returnAlgoCount) return CUBLAS_STATUS_INVALID_VALUE;
    EmuLtProblem p = emu_lt_problem(desc, a, b, c, d);
    if (p.status != CUBLAS_STATUS_SUCCESS) return p.status;
    cublasLtMatmulHeuristicResult_t r{};
    r.algo.data[0] = EMU_LT_ALGO;
    for (int i = 0; i < 4; i++) r.algo.data[1 + i] = pref->min_alignment[i];
    r.workspaceSize = 0;  // <= any MAX_WORKSPACE_BYTES, 0 included
    r.state = CUBLAS_STATUS_SUCCESS;
    r.wavesCount = 1.0f;
    heuristicResultsArray[0] = r;
    *returnAlgoCount = 1;
    return CUBLAS_STATUS_SUCCESS;
}

// l. 999-1027: D = alpha op(A) op(B) + beta C, plus the bias with CUBLASLT_EPILOGUE_BIAS: bias[i] on every
// element of D's row i, the vector packed and as long as D's rows (l. 1949-1951, 1328), added in fp32
// before D is stored, so that a bf16 D is rounded once, after the bias (emu_gemm). Not in the header but
// in cuBLAS's documentation of cublasLtMatmul: algo NULL means an implicit heuristic query, and C and D
// may be one buffer (in place) when their layouts are equal; otherwise (out of place) C's leading
// dimension may differ from D's. Here an algo that is not NULL must be the heuristic's, and A, B, C and
// D at least as aligned as its preference said (INVALID_VALUE otherwise); C == D with different leading
// dimensions is INVALID_VALUE, and so is a BIAS epilogue without a bias pointer. The one algorithm needs no workspace, so any workspace and size do. A refused call writes
// nothing.
inline cublasStatus_t cublasLtMatmul(cublasLtHandle_t h, cublasLtMatmulDesc_t desc, const void* alpha, const void* A,
                                     cublasLtMatrixLayout_t Adesc, const void* B, cublasLtMatrixLayout_t Bdesc,
                                     const void* beta, const void* C, cublasLtMatrixLayout_t Cdesc, void* D,
                                     cublasLtMatrixLayout_t Ddesc, const cublasLtMatmulAlgo_t* algo, void* workspace,
                                     size_t workspaceSizeInBytes, cudaStream_t stream) {
    (void)workspace, (void)workspaceSizeInBytes, (void)stream;
    if (!h) return CUBLAS_STATUS_NOT_INITIALIZED;
    EmuLtProblem p = emu_lt_problem(desc, Adesc, Bdesc, Cdesc, Ddesc);
    if (p.status != CUBLAS_STATUS_SUCCESS) return p.status;
    if (!alpha || !beta || (algo && algo->data[0] != EMU_LT_ALGO)) return CUBLAS_STATUS_INVALID_VALUE;
    if (algo) {
        const void* matrices[4] = {A, B, C, D};
        for (int i = 0; i < 4; i++)
            if (algo->data[1 + i] > 1 && (uintptr_t)matrices[i] % algo->data[1 + i] != 0) return CUBLAS_STATUS_INVALID_VALUE;
    }
    bool bias = desc->epilogue == CUBLASLT_EPILOGUE_BIAS;
    if (bias && !desc->bias) return CUBLAS_STATUS_INVALID_VALUE;
    if (C == D && Cdesc->ld != Ddesc->ld) return CUBLAS_STATUS_INVALID_VALUE;  // types and shapes already equal
    emu_gemm(desc->trans_a == CUBLAS_OP_T ? CUBLAS_OP_T : CUBLAS_OP_N, desc->trans_b == CUBLAS_OP_T ? CUBLAS_OP_T : CUBLAS_OP_N,
             p.m, p.n, p.k, *(const float*)alpha, A, Adesc->type, Adesc->ld, B, Bdesc->type, Bdesc->ld,
             *(const float*)beta, C, Cdesc->ld, D, Ddesc->type, Ddesc->ld,
             desc->compute == CUBLAS_COMPUTE_32F_FAST_TF32, bias ? desc->bias : nullptr);
    return CUBLAS_STATUS_SUCCESS;
}
