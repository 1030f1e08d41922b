// test_emu.cu — tests of the CPU emulator itself (cuda_runtime.h here), built only into the emulator's
// test binary (`make test-emu`). The GPU tests trust the emulator to run kernels as a GPU would and to
// fail where a GPU would misbehave; these tests hold it to that with small kernels whose results are
// known independently: index arithmetic, each warp collective, barriers, races, the errors a GPU raises,
// cuBLAS's and cuBLASLt's column-major conventions (cublas_v2.h and cublasLt.h here), bf16 (cuda_bf16.h
// here) to the bit, and the tensor-core and async-copy instructions of kernels/ptx.cuh (emu_ptx.h here)
// against the PTX ISA's layouts.
#include <cublasLt.h>
#include <cublas_v2.h>
#include <cuda_bf16.h>

#include <cstddef>
#include <string>
#include <type_traits>

#include "../../kernels/common.cuh"
#include "../../kernels/ptx.cuh"
#include "../helpers.h"

namespace {

// Launches through the same rewrite as every kernel in the project.
__global__ void index_kernel(int* out) {
    int block = blockIdx.x + gridDim.x * (blockIdx.y + gridDim.y * blockIdx.z);
    int thread = threadIdx.x + blockDim.x * (threadIdx.y + blockDim.y * threadIdx.z);
    int threads = blockDim.x * blockDim.y * blockDim.z;
    out[block * threads + thread] += block * 1000 + thread + 1;  // += : a thread that ran twice shows
}

TEST(Emu, EveryThreadOfEveryBlockRunsOnce) {
    dim3 grid(3, 2, 2), block(5, 4, 3);
    int total = 12 * 60;
    DeviceBuffer<int> out(std::vector<int>(total, 0));
    index_kernel<<<grid, block>>>(out.ptr);
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    std::vector<int> got = out.download();
    for (int b = 0; b < 12; b++)
        for (int t = 0; t < 60; t++) ASSERT_EQ(got[b * 60 + t], b * 1000 + t + 1) << "block " << b << " thread " << t;
}

__global__ void collectives_kernel(int* out) {
    int lane = threadIdx.x % 32, v = 100 * (int)threadIdx.x;
    out[threadIdx.x * 6 + 0] = __shfl_xor_sync(0xffffffffu, v, 5);
    out[threadIdx.x * 6 + 1] = __shfl_down_sync(0xffffffffu, v, 3);
    out[threadIdx.x * 6 + 2] = __shfl_up_sync(0xffffffffu, v, 2);
    out[threadIdx.x * 6 + 3] = __shfl_sync(0xffffffffu, v, 7);
    out[threadIdx.x * 6 + 4] = __shfl_xor_sync(0xffffffffu, v, 1, 8);  // width 8
    out[threadIdx.x * 6 + 5] = (int)__ballot_sync(0xffffffffu, lane % 3 == 0);
}

TEST(Emu, WarpShufflesAndBallotFollowTheCudaDefinitions) {
    DeviceBuffer<int> out(64 * 6);
    collectives_kernel<<<1, 64>>>(out.ptr);
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    std::vector<int> got = out.download();
    unsigned every_third = 0;
    for (int l = 0; l < 32; l += 3) every_third |= 1u << l;
    for (int t = 0; t < 64; t++) {
        int warp = t / 32 * 32, lane = t % 32;
        EXPECT_EQ(got[t * 6 + 0], 100 * (warp + (lane ^ 5))) << t;
        EXPECT_EQ(got[t * 6 + 1], 100 * (lane + 3 < 32 ? t + 3 : t)) << t;  // past the end: own value
        EXPECT_EQ(got[t * 6 + 2], 100 * (lane >= 2 ? t - 2 : t)) << t;
        EXPECT_EQ(got[t * 6 + 3], 100 * (warp + 7)) << t;
        EXPECT_EQ(got[t * 6 + 4], 100 * (t ^ 1)) << t;
        EXPECT_EQ((unsigned)got[t * 6 + 5], every_third) << t;
    }
}

// Reverses 256 values through shared memory; `sync` false leaves out the barrier between the writes
// and the reads, a race.
__global__ void reverse_kernel(float* data, bool sync) {
    __shared__ float s[256];
    int t = threadIdx.x;
    s[t] = data[t];
    if (sync) __syncthreads();
    data[t] = s[255 - t];
}

TEST(Emu, BarriersOrderSharedMemoryAndARaceShowsUp) {
    // Different values for the two runs: a racy read that finds the first run's values in shared memory
    // must not pass for right.
    std::vector<float> x(256), y(256);
    for (int i = 0; i < 256; i++) x[i] = (float)i, y[i] = (float)(1000 + i);
    DeviceBuffer<float> good(x), racy(y);
    reverse_kernel<<<1, 256>>>(good.ptr, true);
    reverse_kernel<<<1, 256>>>(racy.ptr, false);
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    std::vector<float> g = good.download(), r = racy.download();
    int wrong = 0;
    for (int i = 0; i < 256; i++) {
        EXPECT_EQ(g[i], (float)(255 - i));
        wrong += r[i] != (float)(1255 - i);
    }
    // Threads run in a shuffled order between barriers: many read a slot before its writer ran.
    EXPECT_GT(wrong, 10) << "the racy kernel should give wrong values";
}

// A loop over tiles, as flash attention's: each round the block stores a tile in shared memory, then
// every warp reads all of it through a chain of shuffles (warp collectives, which is where the emulator
// switches). `second_barrier` false leaves out the barrier between one round's reads and the next
// round's stores: a warp that is ahead overwrites the tile while a slower one still reads it.
__global__ void tile_loop_kernel(float* out, int rounds, bool second_barrier) {
    __shared__ float tile[128];
    float acc = 0.0f;
    for (int r = 0; r < rounds; r++) {
        if (second_barrier) __syncthreads();
        tile[threadIdx.x] = (float)(r * 128 + threadIdx.x);
        __syncthreads();
        for (int i = 0; i < 128; i += 4) acc += __shfl_xor_sync(0xffffffffu, tile[(threadIdx.x + i) % 128], 1);
    }
    out[threadIdx.x] = acc;
}

TEST(Emu, WarpsDriftApartSoAMissingBarrierBetweenTilesShowsUp) {
    const int rounds = 4;
    std::vector<float> want(128, 0.0f);
    for (int t = 0; t < 128; t++)  // lane t gets what its partner t ^ 1 read: integers, exact in fp32
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i < 128; i += 4) want[t] += (float)(r * 128 + ((t ^ 1) + i) % 128);
    DeviceBuffer<float> out(128);
    tile_loop_kernel<<<1, 128>>>(out.ptr, rounds, true);
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    EXPECT_EQ(out.download(), want);
    int wrong = 0;
    for (int launch = 0; launch < 3; launch++) {
        tile_loop_kernel<<<1, 128>>>(out.ptr, rounds, false);
        ASSERT_EQ(cudaGetLastError(), cudaSuccess);
        std::vector<float> got = out.download();
        for (int t = 0; t < 128; t++) wrong += got[t] != want[t];
    }
    EXPECT_GT(wrong, 0) << "warps kept in step: the missing barrier went unseen";
}

// Expects the last launch to have failed with `code` and a message containing `what`.
void expect_launch_error(cudaError_t code, const std::string& what) {
    cudaError_t e = cudaGetLastError();
    EXPECT_EQ(e, code) << cudaGetErrorString(e);
    EXPECT_NE(std::string(cudaGetErrorString(e)).find(what), std::string::npos) << cudaGetErrorString(e);
    EXPECT_EQ(cudaGetLastError(), cudaSuccess) << "cudaGetLastError clears the error";
}

__global__ void exited_lane_kernel(float* out) {
    if (threadIdx.x >= 16) return;
    out[threadIdx.x] = warp_sum(1.0f);  // needs all 32 lanes
}

__global__ void divergent_barrier_kernel(float* out) {
    if (threadIdx.x < 16) {
        __syncthreads();
        out[threadIdx.x] = 1.0f;
    } else {
        out[threadIdx.x] = __shfl_xor_sync(0xffffffffu, 2.0f, 1);
    }
}

__global__ void warp_sum_kernel(float* out) { out[threadIdx.x] = warp_sum(1.0f); }

TEST(Emu, CollectivesAGpuCannotCompleteAreLaunchFailures) {
    DeviceBuffer<float> out(64);
    exited_lane_kernel<<<1, 32>>>(out.ptr);
    expect_launch_error(cudaErrorLaunchFailure, "which has exited");
    divergent_barrier_kernel<<<1, 32>>>(out.ptr);
    expect_launch_error(cudaErrorLaunchFailure, "__syncthreads");
    warp_sum_kernel<<<1, 20>>>(out.ptr);  // a warp of 20 threads, a shuffle over 32 lanes
    expect_launch_error(cudaErrorLaunchFailure, "only 20 threads");
    warp_sum_kernel<<<1, 64>>>(out.ptr);
    EXPECT_EQ(cudaGetLastError(), cudaSuccess);
    for (float v : out.download()) EXPECT_EQ(v, 32.0f);
}

__global__ void dynamic_shared_kernel(int* out, int n) {
    extern __shared__ int buffer[];
    for (int i = threadIdx.x; i < n; i += blockDim.x) buffer[i] = i;
    __syncthreads();
    if (threadIdx.x == 0) {
        int sum = 0;
        for (int i = 0; i < n; i++) sum += buffer[i];
        out[blockIdx.x] = sum;
    }
}

TEST(Emu, LaunchConfigurationsAGpuRefusesAreRefused) {
    DeviceBuffer<int> out(4);
    index_kernel<<<0, 32>>>(out.ptr);
    expect_launch_error(cudaErrorInvalidConfiguration, "invalid grid size");
    index_kernel<<<1, 1025>>>(out.ptr);
    expect_launch_error(cudaErrorInvalidConfiguration, "invalid block size");
    index_kernel<<<dim3(1, 70000), 32>>>(out.ptr);
    expect_launch_error(cudaErrorInvalidConfiguration, "invalid grid size");

    int n = 16384;  // 64 KiB: above the default 48 KiB of dynamic shared memory
    dynamic_shared_kernel<<<2, 128, n * sizeof(int)>>>(out.ptr, n);
    expect_launch_error(cudaErrorInvalidValue, "dynamic shared memory");
    ASSERT_EQ(cudaFuncSetAttribute(dynamic_shared_kernel, cudaFuncAttributeMaxDynamicSharedMemorySize, n * (int)sizeof(int)), cudaSuccess);
    dynamic_shared_kernel<<<2, 128, n * sizeof(int)>>>(out.ptr, n);
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    std::vector<int> got = out.download();
    EXPECT_EQ(got[0], n * (n - 1) / 2);
    EXPECT_EQ(got[1], n * (n - 1) / 2);
}

TEST(Emu, NewDeviceMemoryReadsAsNaN) {
    DeviceBuffer<float> fresh(5);
    for (float v : fresh.download()) EXPECT_TRUE(std::isnan(v));
}

// The one cuBLAS call, on a case worked by hand. Row-major A (2 x 3) and B (3 x 2) are, to cuBLAS,
// column-major A^T (3 x 2) and B^T (2 x 3); C^T = B^T A^T is then row-major C = A B.
TEST(Emu, GemmExFollowsCublasColumnMajorConventions) {
    cublasHandle_t h;
    ASSERT_EQ(cublasCreate(&h), CUBLAS_STATUS_SUCCESS);
    std::vector<float> a = {1, 2, 3, 4, 5, 6}, b = {7, 8, 9, 10, 11, 12};
    float nan = std::nanf("");
    DeviceBuffer<float> da(a), db(b), dc(std::vector<float>(4, nan));
    float alpha = 1.0f, beta = 0.0f;
    ASSERT_EQ(cublasGemmEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 3, &alpha, db.ptr, CUDA_R_32F, 2, da.ptr, CUDA_R_32F, 3, &beta,
                           dc.ptr, CUDA_R_32F, 2, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_SUCCESS);
    // A B = [[1*7+2*9+3*11, 1*8+2*10+3*12], [4*7+5*9+6*11, 4*8+5*10+6*12]]; beta 0: the NaN in C is not read.
    EXPECT_EQ(dc.download(), (std::vector<float>{58, 64, 139, 154}));
    // Transposed operands: the same buffers read as A (op_T of A^T) and B (op_T of B^T) give the column-
    // major A B, which row-major is (A B)^T. With beta = 1 it adds to C's ones.
    DeviceBuffer<float> dt(std::vector<float>(4, 1.0f));
    beta = 1.0f;
    ASSERT_EQ(cublasGemmEx(h, CUBLAS_OP_T, CUBLAS_OP_T, 2, 2, 3, &alpha, da.ptr, CUDA_R_32F, 3, db.ptr, CUDA_R_32F, 2, &beta,
                           dt.ptr, CUDA_R_32F, 2, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(dt.download(), (std::vector<float>{59, 140, 65, 155}));
    // A leading dimension smaller than the rows is refused, as cuBLAS does.
    EXPECT_EQ(cublasGemmEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 3, &alpha, db.ptr, CUDA_R_32F, 1, da.ptr, CUDA_R_32F, 3, &beta,
                           dc.ptr, CUDA_R_32F, 2, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_INVALID_VALUE);
    cublasDestroy(h);
}

// Two products in one call, their operands and results `stride` elements apart: the first is the case
// above, the second row-major [[1,0,0],[0,1,0]] times [[1,2],[3,4],[5,6]] = [[1,2],[3,4]]. C's stride, 5,
// leaves one element between the results, which must stay as it was.
TEST(Emu, GemmStridedBatchedExComputesEachProductAtItsStride) {
    cublasHandle_t h;
    ASSERT_EQ(cublasCreate(&h), CUBLAS_STATUS_SUCCESS);
    std::vector<float> a = {1, 2, 3, 4, 5, 6, 1, 0, 0, 0, 1, 0}, b = {7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6};
    float nan = std::nanf("");
    DeviceBuffer<float> da(a), db(b), dc(std::vector<float>(9, nan));
    float alpha = 1.0f, beta = 0.0f;
    ASSERT_EQ(cublasGemmStridedBatchedEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 3, &alpha, db.ptr, CUDA_R_32F, 2, 6, da.ptr,
                                         CUDA_R_32F, 3, 6, &beta, dc.ptr, CUDA_R_32F, 2, 5, 2, CUBLAS_COMPUTE_32F,
                                         CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_SUCCESS);
    std::vector<float> c = dc.download();
    EXPECT_EQ(std::vector<float>(c.begin(), c.begin() + 4), (std::vector<float>{58, 64, 139, 154}));
    EXPECT_TRUE(std::isnan(c[4])) << "between the strided results";
    EXPECT_EQ(std::vector<float>(c.begin() + 5, c.end()), (std::vector<float>{1, 2, 3, 4}));
    // No products: nothing is touched. A negative count, or a bad leading dimension, is refused.
    DeviceBuffer<float> untouched(std::vector<float>(4, nan));
    EXPECT_EQ(cublasGemmStridedBatchedEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 3, &alpha, db.ptr, CUDA_R_32F, 2, 6, da.ptr,
                                         CUDA_R_32F, 3, 6, &beta, untouched.ptr, CUDA_R_32F, 2, 4, 0, CUBLAS_COMPUTE_32F,
                                         CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_SUCCESS);
    for (float v : untouched.download()) EXPECT_TRUE(std::isnan(v));
    EXPECT_EQ(cublasGemmStridedBatchedEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 3, &alpha, db.ptr, CUDA_R_32F, 2, 6, da.ptr,
                                         CUDA_R_32F, 3, 6, &beta, dc.ptr, CUDA_R_32F, 2, 5, -1, CUBLAS_COMPUTE_32F,
                                         CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_INVALID_VALUE);
    EXPECT_EQ(cublasGemmStridedBatchedEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 3, &alpha, db.ptr, CUDA_R_32F, 1, 6, da.ptr,
                                         CUDA_R_32F, 3, 6, &beta, dc.ptr, CUDA_R_32F, 2, 5, 2, CUBLAS_COMPUTE_32F,
                                         CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_INVALID_VALUE);
    cublasDestroy(h);
}

// ---------------------------------------------------------------------------------------------------
// bf16: conversions and GemmEx, against answers worked by hand
// ---------------------------------------------------------------------------------------------------

static_assert(sizeof(__nv_bfloat16) == 2 && std::is_trivially_copyable<__nv_bfloat16>::value, "bf16 is 2 plain bytes");
static_assert(sizeof(__nv_bfloat162) == 4 && alignof(__nv_bfloat162) == 4, "a bf16 pair is one 32-bit word");

uint16_t bits(__nv_bfloat16 h) { return __bfloat16_as_ushort(h); }
uint32_t bits(float f) {
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}
float float_from_bits(uint32_t u) {
    float f;
    memcpy(&f, &u, 4);
    return f;
}

// An fp32 and the bf16 it rounds to, both as bits. bf16 keeps the fp32's top 16 bits: the sign, the 8
// exponent bits and 7 of the 23 fraction bits; the dropped 16 bits decide the rounding, 0x8000 being
// exactly half of the last kept bit. A NaN expects 0x7FFF.
struct Bf16Case {
    uint32_t f32;
    uint16_t bf16;
};
const Bf16Case kBf16Cases[] = {
    {0x3F800000, 0x3F80},  // 1 = 1.0 x 2^0: exponent 127 = 0x7F, fraction 0; nothing dropped
    {0xBF800000, 0xBF80},  // -1: the sign bit alone differs
    {0x00000000, 0x0000},  // +0
    {0x80000000, 0x8000},  // -0 keeps its sign
    {0x3DCCCCCD, 0x3DCD},  // 0.1f: dropped 0xCCCD > 0x8000, up
    // Halfway between two bf16 values goes to the even one (last kept bit 0), in both directions:
    {0x3F808000, 0x3F80},  // 1 + 2^-8 (fraction bit 15): between 1 (0x3F80, even) and 1 + 2^-7 (0x3F81): down
    {0x3F818000, 0x3F82},  // 1 + 3 2^-8 = 1 + 2^-7 + 2^-8: between 0x3F81 (odd) and 1 + 2^-6 (0x3F82): up
    {0x3F808001, 0x3F81},  // 1 + 2^-8 + 2^-23: just above halfway, up
    {0x3F817FFF, 0x3F81},  // 1 + 3 2^-8 - 2^-23: just below halfway, down
    {0xBF808000, 0xBF80},  // the same three negated: rounding goes by magnitude
    {0xBF818000, 0xBF82},
    {0xBF808001, 0xBF81},
    {0x3FFF8000, 0x4000},  // 2 - 2^-8: between 2 - 2^-7 (0x3FFF, odd) and 2 (0x4000): the carry steps the exponent
    // Subnormals (exponent field 0): the bits are a fixed-point number, rounded the same way.
    {0x00010000, 0x0001},  // 2^-133, the smallest bf16 subnormal: exact
    {0x00000001, 0x0000},  // 2^-149, the smallest fp32 subnormal: far below half of 2^-133, to +0
    {0x80000001, 0x8000},  // -2^-149: to -0
    {0x00008000, 0x0000},  // 2^-134: halfway between 0 (even) and 2^-133, down to 0
    {0x00018000, 0x0002},  // 3 2^-134: between 2^-133 (0x0001, odd) and 2^-132 (0x0002): up
    {0x00008001, 0x0001},  // 2^-134 + 2^-149: just above halfway, up to 2^-133
    {0x007F8000, 0x0080},  // largest bf16 subnormal + half its step: odd, up to 2^-126, the smallest normal
    // The top of the range: the largest finite bf16 is (2 - 2^-7) 2^127 = 0x7F7F.
    {0x7F7F0000, 0x7F7F},  // exact
    {0x7F7F7FFF, 0x7F7F},  // just below halfway to 2^128: down
    {0x7F7F8000, 0x7F80},  // (2 - 2^-8) 2^127, halfway and odd: up to 2^128, out of range, so +inf
    {0x7F7FFFFF, 0x7F80},  // the largest finite fp32, (2 - 2^-23) 2^127: +inf
    {0xFF7FFFFF, 0xFF80},  // its negative: -inf
    {0x7F800000, 0x7F80},  // +inf
    {0xFF800000, 0xFF80},  // -inf
    // NaNs stay NaNs, as 0x7FFF whatever the sign and payload:
    {0x7FC00000, 0x7FFF},  // the usual quiet NaN
    {0xFFC00000, 0x7FFF},  // a negative one
    {0x7F800001, 0x7FFF},  // payload in the dropped bits only: cutting them off would give +inf
    {0xFF800001, 0x7FFF},
    {0x7FFFFFFF, 0x7FFF},  // all payload bits set: rounding these bits like a number would carry into the sign
};

bool is_bf16_nan(uint16_t b) { return (b & 0x7FFF) > 0x7F80; }

TEST(Emu, Bf16ConversionRoundsToNearestEven) {
    for (const Bf16Case& c : kBf16Cases) {
        float x = float_from_bits(c.f32);
        EXPECT_EQ(bits(__float2bfloat16(x)), c.bf16) << std::hex << "fp32 0x" << c.f32;
        EXPECT_EQ(bits(__float2bfloat16_rn(x)), c.bf16) << std::hex << "fp32 0x" << c.f32;
        // Back to fp32: exactly the bf16 bits over 16 zero bits (a NaN stays a NaN).
        float back = __bfloat162float(__ushort_as_bfloat16(c.bf16));
        EXPECT_EQ(bits(back), (uint32_t)c.bf16 << 16) << std::hex << "bf16 0x" << c.bf16;
        EXPECT_EQ(std::isnan(back), std::isnan(x)) << std::hex << "fp32 0x" << c.f32;
    }
}

// Every bf16 value is an fp32 value, so fp32 -> bf16 -> fp32 must give it back bit for bit, -0 included.
TEST(Emu, Bf16RoundTripsEveryBf16Value) {
    int wrong = 0;
    for (uint32_t b = 0; b <= 0xFFFF; b++) {
        float x = float_from_bits(b << 16);  // the bf16 with bits b, as an fp32
        __nv_bfloat16 h = __float2bfloat16(x);
        float back = __bfloat162float(h);
        bool ok = is_bf16_nan((uint16_t)b) ? bits(h) == 0x7FFF && std::isnan(back) : bits(h) == b && bits(back) == bits(x);
        if (!ok && wrong++ < 5) ADD_FAILURE() << std::hex << "bf16 0x" << b << " came back as 0x" << bits(h);
    }
    EXPECT_EQ(wrong, 0);
}

TEST(Emu, Bf16PairsHoldTheFirstValueInTheLowHalf) {
    // 1 + 2^-8 rounds to 1 (0x3F80, halfway, even); -3 = -1.5 x 2^1 is exact: sign 1, exponent 128, fraction .1b.
    __nv_bfloat162 p = __floats2bfloat162_rn(1.00390625f, -3.0f);
    EXPECT_EQ(bits(p.x), 0x3F80);
    EXPECT_EQ(bits(p.y), 0xC040);
    EXPECT_EQ(bits(__low2bfloat16(p)), 0x3F80);
    EXPECT_EQ(bits(__high2bfloat16(p)), 0xC040);
    EXPECT_EQ(__low2float(p), 1.0f);
    EXPECT_EQ(__high2float(p), -3.0f);
    uint32_t word;
    memcpy(&word, &p, 4);
    EXPECT_EQ(word, 0xC0403F80u) << "x is the low half of the 32-bit word";
    __nv_bfloat162 swapped = __halves2bfloat162(__high2bfloat16(p), __low2bfloat16(p));
    float2 f = __bfloat1622float2(swapped);
    EXPECT_EQ(f.x, -3.0f);
    EXPECT_EQ(f.y, 1.0f);
    // 1 + 3 2^-8 rounds up to 1 + 2^-6 = 1.015625 (0x3F82); 0.1f to 0x3DCD.
    __nv_bfloat162 q = __float22bfloat162_rn(make_float2(1.01171875f, 0.1f));
    EXPECT_EQ(bits(q.x), 0x3F82);
    EXPECT_EQ(bits(q.y), 0x3DCD);
}

// Each thread rounds one pair of inputs to bf16 and back, one value at a time and as a pair.
__global__ void bf16_round_trip_kernel(const float2* x, __nv_bfloat16* single, float* single_back, __nv_bfloat162* pair,
                                       float2* pair_back, int pairs) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= pairs) return;
    single[2 * i] = __float2bfloat16(x[i].x);
    single[2 * i + 1] = __float2bfloat16_rn(x[i].y);
    single_back[2 * i] = __bfloat162float(single[2 * i]);
    single_back[2 * i + 1] = __bfloat162float(single[2 * i + 1]);
    pair[i] = __float22bfloat162_rn(x[i]);
    pair_back[i] = __bfloat1622float2(pair[i]);
}

TEST(Emu, Bf16ConversionsWorkInsideKernels) {
    std::vector<Bf16Case> cases(std::begin(kBf16Cases), std::end(kBf16Cases));
    if (cases.size() % 2) cases.push_back(kBf16Cases[0]);
    int pairs = (int)cases.size() / 2;
    std::vector<float2> x(pairs);
    for (int i = 0; i < pairs; i++) x[i] = make_float2(float_from_bits(cases[2 * i].f32), float_from_bits(cases[2 * i + 1].f32));
    DeviceBuffer<float2> dx(x), pair_back(pairs);
    DeviceBuffer<__nv_bfloat16> single(2 * pairs);
    DeviceBuffer<float> single_back(2 * pairs);
    DeviceBuffer<__nv_bfloat162> pair(pairs);
    bf16_round_trip_kernel<<<2, 16>>>(dx.ptr, single.ptr, single_back.ptr, pair.ptr, pair_back.ptr, pairs);  // 32 threads, some idle
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    std::vector<__nv_bfloat16> s = single.download();
    std::vector<float> sb = single_back.download();
    std::vector<__nv_bfloat162> p = pair.download();
    std::vector<float2> pb = pair_back.download();
    for (int i = 0; i < 2 * pairs; i++) {
        uint16_t want = cases[i].bf16;
        uint16_t got_pair = i % 2 ? bits(p[i / 2].y) : bits(p[i / 2].x);
        float got_pair_back = i % 2 ? pb[i / 2].y : pb[i / 2].x;
        EXPECT_EQ(bits(s[i]), want) << std::hex << "fp32 0x" << cases[i].f32;
        EXPECT_EQ(got_pair, want) << std::hex << "fp32 0x" << cases[i].f32;
        EXPECT_EQ(bits(sb[i]), (uint32_t)want << 16) << std::hex << "fp32 0x" << cases[i].f32;
        EXPECT_EQ(bits(got_pair_back), (uint32_t)want << 16) << std::hex << "fp32 0x" << cases[i].f32;
    }
}

std::vector<__nv_bfloat16> to_bf16(const std::vector<float>& v) {
    std::vector<__nv_bfloat16> out;
    for (float x : v) out.push_back(__float2bfloat16(x));
    return out;
}
std::vector<float> to_float(const std::vector<__nv_bfloat16>& v) {
    std::vector<float> out;
    for (__nv_bfloat16 h : v) out.push_back(__bfloat162float(h));
    return out;
}
std::vector<uint16_t> to_bits(const std::vector<__nv_bfloat16>& v) {
    std::vector<uint16_t> out;
    for (__nv_bfloat16 h : v) out.push_back(bits(h));
    return out;
}

// The cases of GemmExFollowsCublasColumnMajorConventions with bf16 A and B, then one where the bf16 C
// rounds. Small integers are exact in bf16 (8 significant bits), and so are 58 = 111010b, 64,
// 139 = 10001011b and 154 = 10011010b.
TEST(Emu, GemmExTakesBf16OperandsAndAccumulatesInFp32) {
    cublasHandle_t h;
    ASSERT_EQ(cublasCreate(&h), CUBLAS_STATUS_SUCCESS);
    DeviceBuffer<__nv_bfloat16> da(to_bf16({1, 2, 3, 4, 5, 6})), db(to_bf16({7, 8, 9, 10, 11, 12}));
    DeviceBuffer<float> c32(4);           // new device memory: NaN, not read with beta = 0
    DeviceBuffer<__nv_bfloat16> c16(4);  // 0xFFFF: a bf16 NaN, likewise
    float alpha = 1.0f, beta = 0.0f;
    ASSERT_EQ(cublasGemmEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 3, &alpha, db.ptr, CUDA_R_16BF, 2, da.ptr, CUDA_R_16BF, 3, &beta,
                           c32.ptr, CUDA_R_32F, 2, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(c32.download(), (std::vector<float>{58, 64, 139, 154}));
    ASSERT_EQ(cublasGemmEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 3, &alpha, db.ptr, CUDA_R_16BF, 2, da.ptr, CUDA_R_16BF, 3, &beta,
                           c16.ptr, CUDA_R_16BF, 2, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(to_float(c16.download()), (std::vector<float>{58, 64, 139, 154}));
    // Transposed, beta = 1 on a bf16 C of ones, read in its own type: 59, 140, 65, 155 (10011011b), all exact.
    DeviceBuffer<__nv_bfloat16> dt(to_bf16({1, 1, 1, 1}));
    beta = 1.0f;
    ASSERT_EQ(cublasGemmEx(h, CUBLAS_OP_T, CUBLAS_OP_T, 2, 2, 3, &alpha, da.ptr, CUDA_R_16BF, 3, db.ptr, CUDA_R_16BF, 2, &beta,
                           dt.ptr, CUDA_R_16BF, 2, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(to_float(dt.download()), (std::vector<float>{59, 140, 65, 155}));

    // Where the bf16 store rounds. A = [[16, 1, 0], [16, 0, 1]], B = [[16, 16], [1, 3], [1.5, 0.75]], all
    // exact in bf16; A B = [[256 + 1, 256 + 3], [256 + 1.5, 256 + 0.75]] = [[257, 259], [257.5, 256.75]],
    // exact in fp32. Between 256 and 512 bf16 steps by 2: 256 = 0x4380, 258 = 0x4381, 260 = 0x4382.
    // 257 is halfway between 256 and 258: to the even 256. 259 is halfway between 258 and 260: to the
    // even 260. 257.5 is past halfway: 258. 256.75 is short of it: 256.
    DeviceBuffer<__nv_bfloat16> ra(to_bf16({16, 1, 0, 16, 0, 1})), rb(to_bf16({16, 16, 1, 3, 1.5f, 0.75f}));
    DeviceBuffer<float> r32(4);
    DeviceBuffer<__nv_bfloat16> r16(4);
    beta = 0.0f;
    ASSERT_EQ(cublasGemmEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 3, &alpha, rb.ptr, CUDA_R_16BF, 2, ra.ptr, CUDA_R_16BF, 3, &beta,
                           r32.ptr, CUDA_R_32F, 2, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(r32.download(), (std::vector<float>{257, 259, 257.5f, 256.75f})) << "an fp32 C is not rounded to bf16";
    ASSERT_EQ(cublasGemmEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 3, &alpha, rb.ptr, CUDA_R_16BF, 2, ra.ptr, CUDA_R_16BF, 3, &beta,
                           r16.ptr, CUDA_R_16BF, 2, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(to_bits(r16.download()), (std::vector<uint16_t>{0x4380, 0x4382, 0x4381, 0x4380}));
    cublasDestroy(h);
}

// Combinations outside cublasGemmEx's table of supported types are refused, and C is left alone.
TEST(Emu, GemmExRefusesTypeCombinationsCublasDoesNotSupport) {
    cublasHandle_t h;
    ASSERT_EQ(cublasCreate(&h), CUBLAS_STATUS_SUCCESS);
    DeviceBuffer<__nv_bfloat16> a16(to_bf16({1, 2, 3, 4})), c16(4);
    DeviceBuffer<float> a32(std::vector<float>{1, 2, 3, 4}), c32(4);
    float alpha = 1.0f, beta = 0.0f;
    auto gemm = [&](const void* a, cudaDataType_t at, const void* b, cudaDataType_t bt, void* c, cudaDataType_t ct,
                    cublasComputeType_t compute) {
        return cublasGemmEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 2, &alpha, a, at, 2, b, bt, 2, &beta, c, ct, 2, compute,
                            CUBLAS_GEMM_DEFAULT);
    };
    // A and B of different types.
    EXPECT_EQ(gemm(a16.ptr, CUDA_R_16BF, a32.ptr, CUDA_R_32F, c32.ptr, CUDA_R_32F, CUBLAS_COMPUTE_32F), CUBLAS_STATUS_NOT_SUPPORTED);
    EXPECT_EQ(gemm(a32.ptr, CUDA_R_32F, a16.ptr, CUDA_R_16BF, c32.ptr, CUDA_R_32F, CUBLAS_COMPUTE_32F), CUBLAS_STATUS_NOT_SUPPORTED);
    // fp32 A and B give an fp32 C only.
    EXPECT_EQ(gemm(a32.ptr, CUDA_R_32F, a32.ptr, CUDA_R_32F, c16.ptr, CUDA_R_16BF, CUBLAS_COMPUTE_32F), CUBLAS_STATUS_NOT_SUPPORTED);
    // The FAST (TF32) compute type takes fp32 matrices only.
    EXPECT_EQ(gemm(a16.ptr, CUDA_R_16BF, a16.ptr, CUDA_R_16BF, c16.ptr, CUDA_R_16BF, CUBLAS_COMPUTE_32F_FAST_TF32),
              CUBLAS_STATUS_NOT_SUPPORTED);
    EXPECT_EQ(gemm(a16.ptr, CUDA_R_16BF, a16.ptr, CUDA_R_16BF, c32.ptr, CUDA_R_32F, CUBLAS_COMPUTE_32F_FAST_TF32),
              CUBLAS_STATUS_NOT_SUPPORTED);
    for (float v : c32.download()) EXPECT_TRUE(std::isnan(v)) << "a refused call writes nothing";
    for (__nv_bfloat16 v : c16.download()) EXPECT_EQ(bits(v), 0xFFFF) << "a refused call writes nothing";
    // A supported combination with a bad leading dimension is still an invalid value.
    EXPECT_EQ(cublasGemmEx(h, CUBLAS_OP_N, CUBLAS_OP_N, 2, 2, 2, &alpha, a16.ptr, CUDA_R_16BF, 1, a16.ptr, CUDA_R_16BF, 2, &beta,
                           c16.ptr, CUDA_R_16BF, 2, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT),
              CUBLAS_STATUS_INVALID_VALUE);
    cublasDestroy(h);
}

// ---------------------------------------------------------------------------------------------------
// cuBLASLt (cublasLt.h): the matmul with its bias epilogue, against answers worked by hand
// ---------------------------------------------------------------------------------------------------

// The toolkit's values (cublasLt.h of CUDA 13.0), written out again: code compiled against the emulator
// passes the same numbers to the real library.
static_assert(CUBLASLT_MATMUL_DESC_TRANSA == 3 && CUBLASLT_MATMUL_DESC_TRANSB == 4 && CUBLASLT_MATMUL_DESC_EPILOGUE == 7 &&
                  CUBLASLT_MATMUL_DESC_BIAS_POINTER == 8 && CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE == 26,
              "cublasLtMatmulDescAttributes_t");
static_assert(CUBLASLT_EPILOGUE_DEFAULT == 1 && CUBLASLT_EPILOGUE_RELU == 2 && CUBLASLT_EPILOGUE_RELU_AUX == 130 &&
                  CUBLASLT_EPILOGUE_BIAS == 4 && CUBLASLT_EPILOGUE_RELU_BIAS == 6 && CUBLASLT_EPILOGUE_RELU_AUX_BIAS == 134 &&
                  CUBLASLT_EPILOGUE_DRELU == 136 && CUBLASLT_EPILOGUE_DRELU_BGRAD == 152 && CUBLASLT_EPILOGUE_GELU == 32 &&
                  CUBLASLT_EPILOGUE_GELU_AUX == 160 && CUBLASLT_EPILOGUE_GELU_BIAS == 36 &&
                  CUBLASLT_EPILOGUE_GELU_AUX_BIAS == 164 && CUBLASLT_EPILOGUE_DGELU == 192 &&
                  CUBLASLT_EPILOGUE_DGELU_BGRAD == 208 && CUBLASLT_EPILOGUE_BGRADA == 256 && CUBLASLT_EPILOGUE_BGRADB == 512,
              "cublasLtEpilogue_t");
static_assert(CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES == 1 && CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES == 5 &&
                  CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES == 6 && CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES == 7 &&
                  CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES == 8,
              "cublasLtMatmulPreferenceAttributes_t");
// The results the caller allocates: 8 words of algo, then workspaceSize, state, wavesCount, reserved[4].
static_assert(sizeof(cublasLtMatmulAlgo_t) == 64 && offsetof(cublasLtMatmulHeuristicResult_t, workspaceSize) == 64 &&
                  offsetof(cublasLtMatmulHeuristicResult_t, state) == 72 &&
                  offsetof(cublasLtMatmulHeuristicResult_t, wavesCount) == 76 &&
                  sizeof(cublasLtMatmulHeuristicResult_t) == 96,
              "cublasLtMatmulHeuristicResult_t");

// got == want element by element, a NaN in want asking for a NaN (an element nobody may write).
void expect_floats(const std::vector<float>& got, const std::vector<float>& want) {
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < got.size(); i++) {
        if (std::isnan(want[i]))
            EXPECT_TRUE(std::isnan(got[i])) << "element " << i << " is " << got[i];
        else
            EXPECT_EQ(got[i], want[i]) << "element " << i;
    }
}

// A (3 x 2) = [[1, 2], [3, 4], [5, 6]] and B (2 x 2) = [[7, 8], [9, 10]], column-major (element (i, j)
// at [i + j ld]). A B = [[1*7 + 2*9, 1*8 + 2*10], [3*7 + 4*9, 3*8 + 4*10], [5*7 + 6*9, 5*8 + 6*10]]
// = [[25, 28], [57, 64], [89, 100]], column-major {25, 57, 89, 28, 64, 100}. The bias {1, 2, 3} goes
// along D's 3 rows (row i gets bias[i] in both columns): {26, 59, 92, 29, 66, 103}. D's leading
// dimension is 4: its 4th row is padding that must stay as it was (NaN), and C's is 3.
TEST(Emu, LtMatmulFollowsColumnMajorConventionsAndAddsBias) {
    cublasLtHandle_t h;
    ASSERT_EQ(cublasLtCreate(&h), CUBLAS_STATUS_SUCCESS);
    float nan = std::nanf("");
    DeviceBuffer<float> da(std::vector<float>{1, 3, 5, 2, 4, 6}), db(std::vector<float>{7, 9, 8, 10});
    DeviceBuffer<float> bias(std::vector<float>{1, 2, 3});
    DeviceBuffer<float> dc(6), dd(8);  // new device memory: NaN; C is not read with beta = 0
    cublasLtMatmulDesc_t desc;
    ASSERT_EQ(cublasLtMatmulDescCreate(&desc, CUBLAS_COMPUTE_32F, CUDA_R_32F), CUBLAS_STATUS_SUCCESS);
    uint32_t epilogue = CUBLASLT_EPILOGUE_BIAS;
    const void* bias_ptr = bias.ptr;
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_EPILOGUE, &epilogue, sizeof(epilogue)),
              CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias_ptr, sizeof(bias_ptr)),
              CUBLAS_STATUS_SUCCESS);
    cublasLtMatrixLayout_t la, lb, lc, ld;
    ASSERT_EQ(cublasLtMatrixLayoutCreate(&la, CUDA_R_32F, 3, 2, 3), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatrixLayoutCreate(&lb, CUDA_R_32F, 2, 2, 2), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatrixLayoutCreate(&lc, CUDA_R_32F, 3, 2, 3), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatrixLayoutCreate(&ld, CUDA_R_32F, 3, 2, 4), CUBLAS_STATUS_SUCCESS);
    cublasLtMatmulPreference_t pref;
    ASSERT_EQ(cublasLtMatmulPreferenceCreate(&pref), CUBLAS_STATUS_SUCCESS);
    uint64_t workspace = 1 << 20;
    ASSERT_EQ(cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &workspace,
                                                   sizeof(workspace)),
              CUBLAS_STATUS_SUCCESS);
    cublasLtMatmulHeuristicResult_t results[3];
    int count = -1;
    ASSERT_EQ(cublasLtMatmulAlgoGetHeuristic(h, desc, la, lb, lc, ld, pref, 3, results, &count), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(count, 1);
    EXPECT_EQ(results[0].state, CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(results[0].workspaceSize, 0u);
    float alpha = 1.0f, beta = 0.0f;
    ASSERT_EQ(cublasLtMatmul(h, desc, &alpha, da.ptr, la, db.ptr, lb, &beta, dc.ptr, lc, dd.ptr, ld, &results[0].algo,
                             nullptr, 0, nullptr),
              CUBLAS_STATUS_SUCCESS);
    expect_floats(dd.download(), {26, 59, 92, nan, 29, 66, 103, nan});

    // Transposed operands, alpha = 2 and beta = 1 on C = {10, 20, 30, 40, 50, 60} (out of place, C's leading
    // dimension 3, D's 4), algo NULL (the heuristic's choice). A^T (2 x 3) column-major is A row-major,
    // {1, 2, 3, 4, 5, 6}, and B^T is {7, 8, 9, 10}; op(A) op(B) = A B again. 2 A B = {50, 114, 178, 56, 128,
    // 200}, plus C {60, 134, 208, 96, 178, 260}, plus the bias {61, 136, 211, 97, 180, 263}.
    DeviceBuffer<float> dat(std::vector<float>{1, 2, 3, 4, 5, 6}), dbt(std::vector<float>{7, 8, 9, 10});
    DeviceBuffer<float> c10(std::vector<float>{10, 20, 30, 40, 50, 60});
    int32_t trans = CUBLAS_OP_T;
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_TRANSA, &trans, sizeof(trans)), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_TRANSB, &trans, sizeof(trans)), CUBLAS_STATUS_SUCCESS);
    cublasLtMatrixLayout_t lat, lbt;
    ASSERT_EQ(cublasLtMatrixLayoutCreate(&lat, CUDA_R_32F, 2, 3, 2), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatrixLayoutCreate(&lbt, CUDA_R_32F, 2, 2, 2), CUBLAS_STATUS_SUCCESS);
    alpha = 2.0f, beta = 1.0f;
    ASSERT_EQ(cublasLtMatmul(h, desc, &alpha, dat.ptr, lat, dbt.ptr, lbt, &beta, c10.ptr, lc, dd.ptr, ld, nullptr, nullptr, 0,
                             nullptr),
              CUBLAS_STATUS_SUCCESS);
    expect_floats(dd.download(), {61, 136, 211, nan, 97, 180, 263, nan});
    expect_floats(c10.download(), {10, 20, 30, 40, 50, 60});  // C is only read

    // In place (C == D, one layout), with a new descriptor: its defaults are no transposes and no bias.
    // beta = 1 on ones: A B + 1 = {26, 58, 90, 29, 65, 101}.
    cublasLtMatmulDesc_t plain;
    ASSERT_EQ(cublasLtMatmulDescCreate(&plain, CUBLAS_COMPUTE_32F, CUDA_R_32F), CUBLAS_STATUS_SUCCESS);
    DeviceBuffer<float> cd(std::vector<float>(6, 1.0f));
    alpha = 1.0f;
    ASSERT_EQ(cublasLtMatmulAlgoGetHeuristic(h, plain, la, lb, lc, lc, pref, 1, results, &count), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(count, 1);
    ASSERT_EQ(cublasLtMatmul(h, plain, &alpha, da.ptr, la, db.ptr, lb, &beta, cd.ptr, lc, cd.ptr, lc, &results[0].algo,
                             nullptr, 0, nullptr),
              CUBLAS_STATUS_SUCCESS);
    expect_floats(cd.download(), {26, 58, 90, 29, 65, 101});
    // One buffer for C and D with different leading dimensions (3 and 4) is not in place: refused, and
    // nothing is written.
    EXPECT_EQ(cublasLtMatmul(h, plain, &alpha, da.ptr, la, db.ptr, lb, &beta, dd.ptr, lc, dd.ptr, ld, nullptr, nullptr, 0,
                             nullptr),
              CUBLAS_STATUS_INVALID_VALUE);
    expect_floats(dd.download(), {61, 136, 211, nan, 97, 180, 263, nan});

    for (cublasLtMatrixLayout_t l : {la, lb, lc, ld, lat, lbt}) cublasLtMatrixLayoutDestroy(l);
    cublasLtMatmulPreferenceDestroy(pref);
    cublasLtMatmulDescDestroy(plain);
    cublasLtMatmulDescDestroy(desc);
    cublasLtDestroy(h);
}

// bf16 A and B of GemmExTakesBf16OperandsAndAccumulatesInFp32's rounding case: row-major A = [[16, 1, 0],
// [16, 0, 1]], B = [[16, 16], [1, 3], [1.5, 0.75]], all exact in bf16, and A B = [[257, 259], [257.5,
// 256.75]], exact in fp32. Read as column-major B^T (2 x 3) times A^T (3 x 2), D = (A B)^T is stored
// {257, 259, 257.5, 256.75}, and D's row i is A B's column i. The bias {1, -1} on D's rows gives
// {258, 258, 258.5, 255.75}, exact in fp32. Rounded once to bf16 (steps of 2 from 256 to 512, of 1 below;
// 256 = 0x4380, 258 = 0x4381, 260 = 0x4382, 255 = 0x437F): 258, 258, 258.5 -> 258 (nearer), 255.75 -> 256
// (nearer, carrying into the exponent), {0x4381, 0x4381, 0x4381, 0x4380}. Rounding the products first
// (257 -> 256 and 259 -> 260, halfway, to even; 257.5 -> 258; 256.75 -> 256) and then their sums with the
// bias (257 -> 256, 259 -> 260, 259 -> 260, 255) would give {0x4380, 0x4382, 0x4382, 0x437F}: every
// element differs.
TEST(Emu, LtMatmulBf16RoundsOnceAfterTheBias) {
    cublasLtHandle_t h;
    ASSERT_EQ(cublasLtCreate(&h), CUBLAS_STATUS_SUCCESS);
    DeviceBuffer<__nv_bfloat16> ra(to_bf16({16, 1, 0, 16, 0, 1})), rb(to_bf16({16, 16, 1, 3, 1.5f, 0.75f}));
    DeviceBuffer<__nv_bfloat16> bias16(to_bf16({1, -1}));
    DeviceBuffer<float> bias32(std::vector<float>{1, -1});
    DeviceBuffer<__nv_bfloat16> d16(4);  // 0xFFFF, a bf16 NaN: C is not read with beta = 0
    DeviceBuffer<float> d32(4);
    cublasLtMatmulDesc_t desc;
    ASSERT_EQ(cublasLtMatmulDescCreate(&desc, CUBLAS_COMPUTE_32F, CUDA_R_32F), CUBLAS_STATUS_SUCCESS);
    uint32_t epilogue = CUBLASLT_EPILOGUE_BIAS;
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_EPILOGUE, &epilogue, sizeof(epilogue)),
              CUBLAS_STATUS_SUCCESS);
    auto set_bias = [&](const void* p) {
        return cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_BIAS_POINTER, &p, sizeof(p));
    };
    cublasLtMatrixLayout_t la, lb, l16, l32;
    ASSERT_EQ(cublasLtMatrixLayoutCreate(&la, CUDA_R_16BF, 2, 3, 2), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatrixLayoutCreate(&lb, CUDA_R_16BF, 3, 2, 3), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatrixLayoutCreate(&l16, CUDA_R_16BF, 2, 2, 2), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatrixLayoutCreate(&l32, CUDA_R_32F, 2, 2, 2), CUBLAS_STATUS_SUCCESS);
    float alpha = 1.0f, beta = 0.0f;

    // bf16 D, its bias bf16 (the default bias type, -1, is D's).
    ASSERT_EQ(set_bias(bias16.ptr), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatmul(h, desc, &alpha, rb.ptr, la, ra.ptr, lb, &beta, d16.ptr, l16, d16.ptr, l16, nullptr, nullptr, 0,
                             nullptr),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(to_bits(d16.download()), (std::vector<uint16_t>{0x4381, 0x4381, 0x4381, 0x4380}));

    // fp32 D, its bias fp32, named explicitly this time: nothing is rounded.
    int32_t bias_type = CUDA_R_32F;
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE, &bias_type, sizeof(bias_type)),
              CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(set_bias(bias32.ptr), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatmul(h, desc, &alpha, rb.ptr, la, ra.ptr, lb, &beta, d32.ptr, l32, d32.ptr, l32, nullptr, nullptr, 0,
                             nullptr),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(d32.download(), (std::vector<float>{258, 258, 258.5f, 255.75f}));

    // In place on a bf16 C = D of ones with beta = 1 and the bias {0, -2}: C is read in bf16 and joins
    // the fp32 sum, 257 + 1 + 0, 259 + 1 - 2, 257.5 + 1 + 0, 256.75 + 1 - 2 = {258, 258, 258.5, 255.75},
    // rounded once as above. (Rounding after each step would give 256 for the first: 257 -> 256, + 1 ->
    // 257 -> 256.)
    bias_type = CUDA_R_16BF;
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE, &bias_type, sizeof(bias_type)),
              CUBLAS_STATUS_SUCCESS);
    DeviceBuffer<__nv_bfloat16> ones(to_bf16({1, 1, 1, 1})), bias02(to_bf16({0, -2}));
    ASSERT_EQ(set_bias(bias02.ptr), CUBLAS_STATUS_SUCCESS);
    beta = 1.0f;
    ASSERT_EQ(cublasLtMatmul(h, desc, &alpha, rb.ptr, la, ra.ptr, lb, &beta, ones.ptr, l16, ones.ptr, l16, nullptr, nullptr,
                             0, nullptr),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(to_bits(ones.download()), (std::vector<uint16_t>{0x4381, 0x4381, 0x4381, 0x4380}));

    for (cublasLtMatrixLayout_t l : {la, lb, l16, l32}) cublasLtMatrixLayoutDestroy(l);
    cublasLtMatmulDescDestroy(desc);
    cublasLtDestroy(h);
}

// What cuBLASLt refuses, or the emulator does not have, is refused with the status the toolkit's header
// documents, by the heuristic query (which then returns no algorithm) and by the matmul alike, and the
// output is left alone.
TEST(Emu, LtRefusesWhatCublasLtDoesNotSupport) {
    cublasLtHandle_t h;
    ASSERT_EQ(cublasLtCreate(&h), CUBLAS_STATUS_SUCCESS);
    cublasLtMatmulPreference_t pref;
    ASSERT_EQ(cublasLtMatmulPreferenceCreate(&pref), CUBLAS_STATUS_SUCCESS);
    DeviceBuffer<float> a32(std::vector<float>{1, 2, 3, 4}), c32(4), bias32(std::vector<float>{1, 1});
    DeviceBuffer<__nv_bfloat16> a16(to_bf16({1, 2, 3, 4})), c16(4);
    float alpha = 1.0f, beta = 0.0f;
    std::vector<cublasLtMatmulDesc_t> descs;
    std::vector<cublasLtMatrixLayout_t> layouts;
    auto make_desc = [&](cublasComputeType_t compute, cudaDataType_t scale) {
        cublasLtMatmulDesc_t d = nullptr;
        EXPECT_EQ(cublasLtMatmulDescCreate(&d, compute, scale), CUBLAS_STATUS_SUCCESS);
        descs.push_back(d);
        return d;
    };
    auto layout = [&](cudaDataType_t t, uint64_t rows, uint64_t cols, int64_t ld) {
        cublasLtMatrixLayout_t l = nullptr;
        EXPECT_EQ(cublasLtMatrixLayoutCreate(&l, t, rows, cols, ld), CUBLAS_STATUS_SUCCESS);
        layouts.push_back(l);
        return l;
    };
    auto operand = [&](cudaDataType_t t) { return t == CUDA_R_16BF ? (const void*)a16.ptr : (const void*)a32.ptr; };
    auto output = [&](cudaDataType_t t) { return t == CUDA_R_16BF ? (void*)c16.ptr : (void*)c32.ptr; };
    // The heuristic query and the matmul of op(A) op(B) with these layouts, each expected to give `want`
    // (the heuristic's with no algorithm returned unless it succeeds, the matmul's `want_matmul`).
    auto run = [&](const char* what, cublasLtMatmulDesc_t desc, cudaDataType_t at, cublasLtMatrixLayout_t la,
                   cudaDataType_t bt, cublasLtMatrixLayout_t lb, cudaDataType_t ct, cublasLtMatrixLayout_t lc,
                   cudaDataType_t dt, cublasLtMatrixLayout_t ld, cublasStatus_t want, cublasStatus_t want_matmul) {
        SCOPED_TRACE(what);
        cublasLtMatmulHeuristicResult_t result;
        int count = -1;
        EXPECT_EQ(cublasLtMatmulAlgoGetHeuristic(h, desc, la, lb, lc, ld, pref, 1, &result, &count), want);
        EXPECT_EQ(count, want == CUBLAS_STATUS_SUCCESS ? 1 : 0);
        EXPECT_EQ(cublasLtMatmul(h, desc, &alpha, operand(at), la, operand(bt), lb, &beta, output(ct), lc, output(dt), ld,
                                 nullptr, nullptr, 0, nullptr),
                  want_matmul);
    };
    // The same with 2 x 2 matrices of these types, leading dimension 2; the matmul's status is the
    // heuristic's unless given.
    auto run_types = [&](const char* what, cublasLtMatmulDesc_t desc, cudaDataType_t at, cudaDataType_t bt,
                         cudaDataType_t ct, cudaDataType_t dt, cublasStatus_t want, int want_matmul = -1) {
        run(what, desc, at, layout(at, 2, 2, 2), bt, layout(bt, 2, 2, 2), ct, layout(ct, 2, 2, 2), dt, layout(dt, 2, 2, 2),
            want, want_matmul < 0 ? want : (cublasStatus_t)want_matmul);
    };
    const cudaDataType_t F32 = CUDA_R_32F, BF16 = CUDA_R_16BF;
    const cublasStatus_t UNSUPPORTED = CUBLAS_STATUS_NOT_SUPPORTED, INVALID = CUBLAS_STATUS_INVALID_VALUE;

    // Attribute values of the wrong size, or none, are invalid (l. 1640-1641, 2186-2187).
    cublasLtMatmulDesc_t desc = make_desc(CUBLAS_COMPUTE_32F, CUDA_R_32F);
    int64_t wide = CUBLAS_OP_T;
    uint32_t narrow = 0;
    const void* bias_ptr = bias32.ptr;
    EXPECT_EQ(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_TRANSA, &wide, sizeof(wide)), INVALID);
    EXPECT_EQ(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_EPILOGUE, &wide, sizeof(wide)), INVALID);
    EXPECT_EQ(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias_ptr, 4), INVALID);
    EXPECT_EQ(cublasLtMatmulDescSetAttribute(desc, CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE, nullptr, 4), INVALID);
    EXPECT_EQ(cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &narrow, sizeof(narrow)),
              INVALID);
    uint64_t wide_alignment = 4;
    EXPECT_EQ(cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES, &wide_alignment,
                                                   sizeof(wide_alignment)),
              INVALID);
    // Attributes the emulator does not have (0 is CUBLASLT_MATMUL_DESC_COMPUTE_TYPE, 3 the preference's
    // CUBLASLT_MATMUL_PREF_REDUCTION_SCHEME_MASK): not supported, rather than ignored.
    int32_t compute = CUBLAS_COMPUTE_32F;
    EXPECT_EQ(cublasLtMatmulDescSetAttribute(desc, (cublasLtMatmulDescAttributes_t)0, &compute, sizeof(compute)), UNSUPPORTED);
    EXPECT_EQ(cublasLtMatmulPreferenceSetAttribute(pref, (cublasLtMatmulPreferenceAttributes_t)3, &narrow, sizeof(narrow)),
              UNSUPPORTED);
    // The descriptor is as it was: an fp32 product with it works (checked at the end, after the refusals).

    // Types outside the table: A and B of different types, fp32 A and B with a bf16 D, C's type not D's,
    // the TF32 compute type with bf16 matrices, a scale type other than fp32.
    run_types("bf16 A, fp32 B", desc, BF16, F32, F32, F32, UNSUPPORTED);
    run_types("fp32 A, bf16 B", desc, F32, BF16, F32, F32, UNSUPPORTED);
    run_types("fp32 A and B, bf16 C and D", desc, F32, F32, BF16, BF16, UNSUPPORTED);
    run_types("bf16 C, fp32 D", desc, BF16, BF16, BF16, F32, UNSUPPORTED);
    run_types("fp32 C, bf16 D", desc, BF16, BF16, F32, BF16, UNSUPPORTED);
    cublasLtMatmulDesc_t tf32 = make_desc(CUBLAS_COMPUTE_32F_FAST_TF32, CUDA_R_32F);
    run_types("TF32, bf16 D", tf32, BF16, BF16, BF16, BF16, UNSUPPORTED);
    run_types("TF32, bf16 A and B, fp32 D", tf32, BF16, BF16, F32, F32, UNSUPPORTED);
    run_types("scale type bf16", make_desc(CUBLAS_COMPUTE_32F, CUDA_R_16BF), BF16, BF16, BF16, BF16, UNSUPPORTED);

    // Epilogues other than DEFAULT and BIAS (the bias pointer set, so only the epilogue is wrong); a value
    // that is no epilogue at all is invalid.
    for (uint32_t e : {(uint32_t)CUBLASLT_EPILOGUE_RELU, (uint32_t)CUBLASLT_EPILOGUE_GELU_BIAS,
                       (uint32_t)CUBLASLT_EPILOGUE_DGELU_BGRAD, (uint32_t)CUBLASLT_EPILOGUE_BGRADB}) {
        cublasLtMatmulDesc_t d = make_desc(CUBLAS_COMPUTE_32F, CUDA_R_32F);
        ASSERT_EQ(cublasLtMatmulDescSetAttribute(d, CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias_ptr, sizeof(bias_ptr)),
                  CUBLAS_STATUS_SUCCESS);
        ASSERT_EQ(cublasLtMatmulDescSetAttribute(d, CUBLASLT_MATMUL_DESC_EPILOGUE, &e, sizeof(e)), CUBLAS_STATUS_SUCCESS);
        run_types(("epilogue " + std::to_string(e)).c_str(), d, F32, F32, F32, F32, UNSUPPORTED);
    }
    uint32_t not_an_epilogue = 3;
    cublasLtMatmulDesc_t odd = make_desc(CUBLAS_COMPUTE_32F, CUDA_R_32F);
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(odd, CUBLASLT_MATMUL_DESC_EPILOGUE, &not_an_epilogue, 4), CUBLAS_STATUS_SUCCESS);
    run_types("epilogue 3", odd, F32, F32, F32, F32, INVALID);
    // Transposes other than N and T: 2 is cublas_api.h's CUBLAS_OP_C, not emulated; 7 is no operation.
    for (int32_t op : {2, 7}) {
        cublasLtMatmulDesc_t d = make_desc(CUBLAS_COMPUTE_32F, CUDA_R_32F);
        ASSERT_EQ(cublasLtMatmulDescSetAttribute(d, CUBLASLT_MATMUL_DESC_TRANSB, &op, sizeof(op)), CUBLAS_STATUS_SUCCESS);
        run_types(("transpose " + std::to_string(op)).c_str(), d, F32, F32, F32, F32, op == 2 ? UNSUPPORTED : INVALID);
    }

    // The bias: of D's type only (l. 1539); a bf16 bias for an fp32 D, from bf16 or fp32 operands, is not
    // supported. Without a bias pointer the heuristic still answers (it does not read the pointer, l. 1334)
    // but the matmul has no bias to add: invalid.
    cublasLtMatmulDesc_t with_bias = make_desc(CUBLAS_COMPUTE_32F, CUDA_R_32F);
    uint32_t bias_epilogue = CUBLASLT_EPILOGUE_BIAS;
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(with_bias, CUBLASLT_MATMUL_DESC_EPILOGUE, &bias_epilogue, 4), CUBLAS_STATUS_SUCCESS);
    run_types("BIAS without a bias pointer", with_bias, F32, F32, F32, F32, CUBLAS_STATUS_SUCCESS, INVALID);
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(with_bias, CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias_ptr, sizeof(bias_ptr)),
              CUBLAS_STATUS_SUCCESS);
    int32_t bias_type = CUDA_R_16BF;
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(with_bias, CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE, &bias_type, 4),
              CUBLAS_STATUS_SUCCESS);
    run_types("bf16 bias, fp32 D", with_bias, F32, F32, F32, F32, UNSUPPORTED);
    run_types("bf16 bias, bf16 A and B, fp32 D", with_bias, BF16, BF16, F32, F32, UNSUPPORTED);

    // Shapes that do not fit together (fp32 throughout): op(A)'s k not op(B)'s, D's rows not op(A)'s, C's
    // shape not D's, a leading dimension below the rows, and a transposed A whose op(A) (3 x 2) does not
    // give D's 2 rows.
    auto f32 = [&](uint64_t rows, uint64_t cols, int64_t ld) { return layout(F32, rows, cols, ld); };
    run("k of A 3, of B 2", desc, F32, f32(2, 3, 2), F32, f32(2, 2, 2), F32, f32(2, 2, 2), F32, f32(2, 2, 2), INVALID, INVALID);
    run("D has 3 rows, op(A) 2", desc, F32, f32(2, 2, 2), F32, f32(2, 2, 2), F32, f32(3, 2, 3), F32, f32(3, 2, 3), INVALID,
        INVALID);
    run("C 2 x 1, D 2 x 2", desc, F32, f32(2, 2, 2), F32, f32(2, 2, 2), F32, f32(2, 1, 2), F32, f32(2, 2, 2), INVALID, INVALID);
    run("lda 1 < 2 rows", desc, F32, f32(2, 2, 1), F32, f32(2, 2, 2), F32, f32(2, 2, 2), F32, f32(2, 2, 2), INVALID, INVALID);
    run("ldd 1 < 2 rows", desc, F32, f32(2, 2, 2), F32, f32(2, 2, 2), F32, f32(2, 2, 2), F32, f32(2, 2, 1), INVALID, INVALID);
    cublasLtMatmulDesc_t ta = make_desc(CUBLAS_COMPUTE_32F, CUDA_R_32F);
    int32_t t = CUBLAS_OP_T;
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(ta, CUBLASLT_MATMUL_DESC_TRANSA, &t, sizeof(t)), CUBLAS_STATUS_SUCCESS);
    run("op(A) = A^T is 3 x 2", ta, F32, f32(2, 3, 2), F32, f32(2, 2, 2), F32, f32(2, 2, 2), F32, f32(2, 2, 2), INVALID,
        INVALID);

    // The heuristic wants at least one result (l. 2264) and a handle; the matmul a handle and an algo the
    // heuristic gave (or NULL), not one nobody filled in.
    cublasLtMatrixLayout_t l2 = f32(2, 2, 2);
    cublasLtMatmulHeuristicResult_t result;
    int count = -1;
    EXPECT_EQ(cublasLtMatmulAlgoGetHeuristic(h, desc, l2, l2, l2, l2, pref, 0, &result, &count), INVALID);
    EXPECT_EQ(count, 0);
    EXPECT_EQ(cublasLtMatmulAlgoGetHeuristic(nullptr, desc, l2, l2, l2, l2, pref, 1, &result, &count),
              CUBLAS_STATUS_NOT_INITIALIZED);
    EXPECT_EQ(cublasLtMatmul(nullptr, desc, &alpha, a32.ptr, l2, a32.ptr, l2, &beta, c32.ptr, l2, c32.ptr, l2, nullptr, nullptr,
                             0, nullptr),
              CUBLAS_STATUS_NOT_INITIALIZED);
    cublasLtMatmulAlgo_t unfilled{};
    EXPECT_EQ(cublasLtMatmul(h, desc, &alpha, a32.ptr, l2, a32.ptr, l2, &beta, c32.ptr, l2, c32.ptr, l2, &unfilled, nullptr, 0,
                             nullptr),
              INVALID);

    for (float v : c32.download()) EXPECT_TRUE(std::isnan(v)) << "a refused call writes nothing";
    for (__nv_bfloat16 v : c16.download()) EXPECT_EQ(bits(v), 0xFFFF) << "a refused call writes nothing";

    // The descriptor that refused the bad attribute values computes: [[1, 3], [2, 4]]^2 (column-major
    // {1, 2, 3, 4}) = [[1 + 6, 3 + 12], [2 + 8, 6 + 16]] = {7, 10, 15, 22}. And the bias of D's type,
    // named explicitly, adds {1, 1}.
    ASSERT_EQ(cublasLtMatmulAlgoGetHeuristic(h, desc, l2, l2, l2, l2, pref, 1, &result, &count), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(count, 1);
    ASSERT_EQ(cublasLtMatmul(h, desc, &alpha, a32.ptr, l2, a32.ptr, l2, &beta, c32.ptr, l2, c32.ptr, l2, &result.algo, nullptr,
                             0, nullptr),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(c32.download(), (std::vector<float>{7, 10, 15, 22}));
    bias_type = CUDA_R_32F;
    ASSERT_EQ(cublasLtMatmulDescSetAttribute(with_bias, CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE, &bias_type, 4),
              CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatmul(h, with_bias, &alpha, a32.ptr, l2, a32.ptr, l2, &beta, c32.ptr, l2, c32.ptr, l2, nullptr, nullptr,
                             0, nullptr),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(c32.download(), (std::vector<float>{8, 11, 16, 23}));

    // Alignment (l. 2099-2131): the heuristic's algo may assume 256-byte aligned matrices unless the
    // preference says less, so an A one float into a buffer is refused with it; with a preference of 4
    // bytes for A the same call computes [[2, 4], [3, 5]] [[1, 3], [2, 4]] = [[2 + 8, 6 + 16], [3 + 10,
    // 9 + 20]], column-major {10, 13, 22, 29}.
    DeviceBuffer<float> a5(std::vector<float>{1, 2, 3, 4, 5});
    const float* a_off = a5.ptr + 1;
    ASSERT_EQ(cublasLtMatmulAlgoGetHeuristic(h, desc, l2, l2, l2, l2, pref, 1, &result, &count), CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(cublasLtMatmul(h, desc, &alpha, a_off, l2, a32.ptr, l2, &beta, c32.ptr, l2, c32.ptr, l2, &result.algo, nullptr,
                             0, nullptr),
              INVALID);
    EXPECT_EQ(c32.download(), (std::vector<float>{8, 11, 16, 23})) << "a refused call writes nothing";
    uint32_t four = 4;
    ASSERT_EQ(cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES, &four, sizeof(four)),
              CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatmulAlgoGetHeuristic(h, desc, l2, l2, l2, l2, pref, 1, &result, &count), CUBLAS_STATUS_SUCCESS);
    ASSERT_EQ(cublasLtMatmul(h, desc, &alpha, a_off, l2, a32.ptr, l2, &beta, c32.ptr, l2, c32.ptr, l2, &result.algo, nullptr,
                             0, nullptr),
              CUBLAS_STATUS_SUCCESS);
    EXPECT_EQ(c32.download(), (std::vector<float>{10, 13, 22, 29}));
    EXPECT_STREQ(cublasLtGetStatusString(CUBLAS_STATUS_NOT_SUPPORTED), "CUBLAS_STATUS_NOT_SUPPORTED");

    for (cublasLtMatrixLayout_t l : layouts) cublasLtMatrixLayoutDestroy(l);
    for (cublasLtMatmulDesc_t d : descs) cublasLtMatmulDescDestroy(d);
    cublasLtMatmulPreferenceDestroy(pref);
    cublasLtDestroy(h);
}


// ---------------------------------------------------------------------------------------------------
// kernels/ptx.cuh: mma.sync, ldmatrix and cp.async (emu_ptx.h), against the PTX ISA
// ---------------------------------------------------------------------------------------------------
//
// The kernels below place data with the PTX ISA's formulas written out again here ("Matrix Fragments
// for mma.m16n8k16 with floating point type", "ldmatrix"), not with the emulator's helpers, and the
// answers are computed in plain C++ on the host. Small integers keep every product and sum exact, so the
// answers hold whatever the summation order.

// Two 16-bit elements in one register, the first (lower-numbered) in the low half.
uint32_t pack_b16(uint16_t lo, uint16_t hi) { return (uint32_t)lo | (uint32_t)hi << 16; }

std::vector<uint16_t> bf16_bits_of(const std::vector<float>& v) { return to_bits(to_bf16(v)); }

// Integers in [lo, hi] as floats, from a fixed seed.
std::vector<float> small_integers(size_t n, int lo, int hi, uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> pick(lo, hi);
    std::vector<float> v(n);
    for (float& x : v) x = (float)pick(rng);
    return v;
}

// D = A B + C, row-major: A m x k, B k x n, C and D m x n.
std::vector<float> matmul_add(const std::vector<float>& a, const std::vector<float>& b, const std::vector<float>& c, int m, int n, int k) {
    std::vector<float> d(c);
    for (int i = 0; i < m; i++)
        for (int j = 0; j < n; j++) {
            double sum = c[i * n + j];
            for (int x = 0; x < k; x++) sum += (double)a[i * k + x] * b[x * n + j];
            d[i * n + j] = (float)sum;
        }
    return d;
}

// One m16n8k16 per warp: warp w computes D_w = A_w B_w + C_w (A 16 x 16, B 16 x 8 both row-major bf16
// bits, C and D 16 x 8 fp32 row-major, each warp's 256, 128, 128 and 128 elements after the last). Each
// lane loads its fragment elements one by one where the PTX ISA's formulas put them. The block is 2-D, so
// the lane is the linear thread index % 32, as on the GPU.
__global__ void mma_layout_kernel(const uint16_t* A, const uint16_t* B, const float* C, float* D) {
    int linear = threadIdx.x + blockDim.x * threadIdx.y;
    int warp = linear / 32, lane = linear % 32;
    int groupID = lane >> 2, threadID_in_group = lane % 4;
    A += warp * 256, B += warp * 128, C += warp * 128, D += warp * 128;
    uint16_t ae[8], be[4];
    for (int i = 0; i < 8; i++) {
        int row = (i < 2 || (4 <= i && i < 6)) ? groupID : groupID + 8;
        int col = i < 4 ? threadID_in_group * 2 + (i & 1) : threadID_in_group * 2 + (i & 1) + 8;
        ae[i] = A[row * 16 + col];
    }
    for (int i = 0; i < 4; i++) {
        int row = i < 2 ? threadID_in_group * 2 + (i & 1) : threadID_in_group * 2 + (i & 1) + 8;
        int col = groupID;
        be[i] = B[row * 8 + col];
    }
    uint32_t a[4] = {pack_b16(ae[0], ae[1]), pack_b16(ae[2], ae[3]), pack_b16(ae[4], ae[5]), pack_b16(ae[6], ae[7])};
    uint32_t b[2] = {pack_b16(be[0], be[1]), pack_b16(be[2], be[3])};
    float acc[4];
    for (int i = 0; i < 4; i++) {
        int row = i < 2 ? groupID : groupID + 8, col = threadID_in_group * 2 + (i & 1);
        acc[i] = C[row * 8 + col];
    }
    mma_m16n8k16_bf16(acc, a, b, acc);  // d may be c
    for (int i = 0; i < 4; i++) {
        int row = i < 2 ? groupID : groupID + 8, col = threadID_in_group * 2 + (i & 1);
        D[row * 8 + col] = acc[i];
    }
}

TEST(Emu, MmaM16n8k16Bf16FollowsThePtxFragmentLayout) {
    const int warps = 2;
    std::vector<float> a = small_integers(warps * 256, -8, 8, 1), b = small_integers(warps * 128, -8, 8, 2),
                       c = small_integers(warps * 128, -64, 64, 3);
    DeviceBuffer<uint16_t> da(bf16_bits_of(a)), db(bf16_bits_of(b));
    DeviceBuffer<float> dc(c), dd(warps * 128);
    mma_layout_kernel<<<1, dim3(16, 4)>>>(da.ptr, db.ptr, dc.ptr, dd.ptr);
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    std::vector<float> got = dd.download();
    for (int w = 0; w < warps; w++) {
        std::vector<float> aw(a.begin() + w * 256, a.begin() + (w + 1) * 256), bw(b.begin() + w * 128, b.begin() + (w + 1) * 128),
            cw(c.begin() + w * 128, c.begin() + (w + 1) * 128);
        std::vector<float> want = matmul_add(aw, bw, cw, 16, 8, 16);
        for (int i = 0; i < 128; i++) ASSERT_EQ(got[w * 128 + i], want[i]) << "warp " << w << " row " << i / 8 << " col " << i % 8;
    }
}

// The emulator's documented summation order (emu_ptx.h): C first, then the products for k = 0..15, each
// addition rounded to fp32. With C = 1 and products 2^24 and -2^24: 1 + 2^24 rounds to 2^24 (a tie, to
// even), and the result is 0; adding the products first would give 1, and an H200 gives 1 (it rounds
// only the final sum). The PTX ISA leaves the order unspecified: this pins the emulator's, so that a
// change to it is deliberate, and shows why tests of mma kernels need a tolerance.
TEST(Emu, MmaSumsCThenTheProductsInOrderOfK) {
    std::vector<float> a(256, 0.0f), b(128, 0.0f), c(128, 0.0f);
    a[0 * 16 + 0] = 4096.0f, a[0 * 16 + 1] = -4096.0f;  // row 0: 2^12, -2^12
    b[0 * 8 + 0] = 4096.0f, b[1 * 8 + 0] = 4096.0f;     // column 0: 2^12, 2^12
    c[0] = 1.0f;
    DeviceBuffer<uint16_t> da(bf16_bits_of(a)), db(bf16_bits_of(b));
    DeviceBuffer<float> dc(c), dd(128);
    mma_layout_kernel<<<1, 32>>>(da.ptr, db.ptr, dc.ptr, dd.ptr);
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    EXPECT_EQ(dd.download()[0], 0.0f);
}

// ldmatrix on 4 matrices of 8 x 8 b16 values m*100 + row*10 + col, their rows scattered over a shared
// tile (row stride 24 elements = 48 bytes: 16-byte aligned, not contiguous) in a shuffled order, so that
// only the addresses the lanes give say where a row is. Lanes that the variant does not use give a
// misaligned address, which must be ignored. Each lane stores its `matrices` registers at out[lane*4 + i].
__global__ void ldmatrix_kernel(uint32_t* out, int matrices, bool trans) {
    __shared__ __align__(16) uint16_t tile[32 * 24];
    int lane = threadIdx.x;
    // Storage row s holds row (5 s) % 8 of matrix (5 s) % 32 / 8; lane l gives row l % 8 of matrix l / 8,
    // which is in storage row 13 l % 32 (13 = 5^-1 modulo 32). Past column 8: padding, never loaded.
    int logical = lane * 5 % 32, m = logical / 8, row = logical % 8;
    for (int col = 0; col < 24; col++) tile[lane * 24 + col] = col < 8 ? (uint16_t)(m * 100 + row * 10 + col) : 0xDEAD;
    __syncthreads();
    const char* row_ptr = (const char*)&tile[lane * 13 % 32 * 24];
    if (lane >= 8 * matrices) row_ptr += 2;  // unused by this variant: must not be read or checked
    uint32_t r[4];
    if (!trans && matrices == 1) ldmatrix_x1(r, row_ptr);
    if (!trans && matrices == 2) ldmatrix_x2(r, row_ptr);
    if (!trans && matrices == 4) ldmatrix_x4(r, row_ptr);
    if (trans && matrices == 1) ldmatrix_x1_trans(r, row_ptr);
    if (trans && matrices == 2) ldmatrix_x2_trans(r, row_ptr);
    if (trans && matrices == 4) ldmatrix_x4_trans(r, row_ptr);
    for (int i = 0; i < matrices; i++) out[lane * 4 + i] = r[i];
}

TEST(Emu, LdmatrixGivesEachLaneItsRowPairAndTransposes) {
    auto value = [](int m, int row, int col) { return (uint16_t)(m * 100 + row * 10 + col); };
    for (bool trans : {false, true})
        for (int matrices : {1, 2, 4}) {
            DeviceBuffer<uint32_t> out(32 * 4);
            ldmatrix_kernel<<<1, 32>>>(out.ptr, matrices, trans);
            ASSERT_EQ(cudaGetLastError(), cudaSuccess) << "x" << matrices << (trans ? ".trans" : "");
            std::vector<uint32_t> got = out.download();
            for (int lane = 0; lane < 32; lane++)
                for (int i = 0; i < 4; i++) {
                    // Plain: row lane/4, columns 2*(lane%4) and +1. Transposed: those rows of column lane/4.
                    int major = lane / 4, minor = 2 * (lane % 4);
                    uint32_t want = trans ? pack_b16(value(i, minor, major), value(i, minor + 1, major))
                                          : pack_b16(value(i, major, minor), value(i, major, minor + 1));
                    if (i >= matrices) want = 0xFFFFFFFFu;  // not written: the new memory's fill
                    EXPECT_EQ(got[lane * 4 + i], want) << "x" << matrices << (trans ? ".trans" : "") << " lane " << lane << " register " << i;
                }
        }
}

// The pipeline of the coming kernels on one warp: cp.async brings A (16 x 16) and two copies of B into
// shared memory, one stored k by n (row-major, 16 x 8) and one n by k (8 x 16, B's columns as rows);
// ldmatrix_x4 gives A's fragment, ldmatrix_x2_trans and ldmatrix_x2 give B's from the two copies; two
// mma compute A B + C both ways. Rows are padded to 24 elements, as kernels do to avoid bank conflicts.
__global__ void ldmatrix_mma_kernel(const uint16_t* A, const uint16_t* B, const uint16_t* Bt, const float* C, float* D1, float* D2) {
    __shared__ __align__(16) uint16_t sa[16 * 24], sb[16 * 24], sbt[8 * 24];
    int lane = threadIdx.x;
    // 16-byte chunks: A has 16 rows x 2, B 16 rows x 1, Bt 8 rows x 2.
    cp_async_16(&sa[(lane / 2) * 24 + (lane % 2) * 8], &A[lane * 8]);
    if (lane < 16) cp_async_16(&sb[lane * 24], &B[lane * 8]);
    if (lane < 16) cp_async_16(&sbt[(lane / 2) * 24 + (lane % 2) * 8], &Bt[lane * 8]);
    cp_async_commit();
    cp_async_wait<0>();
    __syncthreads();
    uint32_t a[4], b1[2], b2[2];
    ldmatrix_x4(a, &sa[(lane % 16) * 24 + (lane / 16) * 8]);
    ldmatrix_x2_trans(b1, &sb[(lane % 16) * 24]);
    ldmatrix_x2(b2, &sbt[(lane % 8) * 24 + ((lane / 8) % 2) * 8]);
    int groupID = lane >> 2, threadID_in_group = lane % 4;
    float c[4], d1[4], d2[4];
    for (int i = 0; i < 4; i++) c[i] = C[(i < 2 ? groupID : groupID + 8) * 8 + threadID_in_group * 2 + (i & 1)];
    mma_m16n8k16_bf16(d1, a, b1, c);
    mma_m16n8k16_bf16(d2, a, b2, c);
    for (int i = 0; i < 4; i++) {
        int at = (i < 2 ? groupID : groupID + 8) * 8 + threadID_in_group * 2 + (i & 1);
        D1[at] = d1[i];
        D2[at] = d2[i];
    }
}

TEST(Emu, LdmatrixAndMmaMultiplyTilesFromSharedMemory) {
    std::vector<float> a = small_integers(256, -8, 8, 4), b = small_integers(128, -8, 8, 5), c = small_integers(128, -64, 64, 6);
    std::vector<float> bt(128);
    for (int k = 0; k < 16; k++)
        for (int n = 0; n < 8; n++) bt[n * 16 + k] = b[k * 8 + n];
    DeviceBuffer<uint16_t> da(bf16_bits_of(a)), db(bf16_bits_of(b)), dbt(bf16_bits_of(bt));
    DeviceBuffer<float> dc(c), d1(128), d2(128);
    ldmatrix_mma_kernel<<<1, 32>>>(da.ptr, db.ptr, dbt.ptr, dc.ptr, d1.ptr, d2.ptr);
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    std::vector<float> want = matmul_add(a, b, c, 16, 8, 16);
    EXPECT_EQ(d1.download(), want) << "B stored k by n, loaded with ldmatrix .trans";
    EXPECT_EQ(d2.download(), want) << "B stored n by k, loaded with ldmatrix";
}

// Each of 32 threads copies 4, 8 and 16 bytes of its own (2 + 2 + 4 floats from one source), waits,
// and after a barrier each thread writes out another thread's data, which the barrier orders.
__global__ void cp_async_kernel(const float* src, float* out, bool wait_all) {
    __shared__ __align__(16) float s4[32], s8[64], s16[128];
    int t = threadIdx.x;
    cp_async_4(&s4[t], &src[t]);
    cp_async_8(&s8[2 * t], &src[32 + 2 * t]);
    cp_async_commit();
    cp_async_16(&s16[4 * t], &src[96 + 4 * t]);
    if (wait_all) {
        cp_async_wait_all();  // commits the last copy itself
    } else {
        cp_async_commit();
        cp_async_wait<0>();
    }
    __syncthreads();
    int other = 31 - t;
    out[other] = s4[other];
    for (int i = 0; i < 2; i++) out[32 + 2 * other + i] = s8[2 * other + i];
    for (int i = 0; i < 4; i++) out[96 + 4 * other + i] = s16[4 * other + i];
}

TEST(Emu, CpAsyncCopiesFourEightAndSixteenBytes) {
    std::vector<float> src(224);
    for (int i = 0; i < 224; i++) src[i] = (float)(i + 1);
    for (bool wait_all : {false, true}) {
        DeviceBuffer<float> dsrc(src), out(224);
        cp_async_kernel<<<2, 32>>>(dsrc.ptr, out.ptr, wait_all);
        ASSERT_EQ(cudaGetLastError(), cudaSuccess);
        EXPECT_EQ(out.download(), src) << (wait_all ? "cp_async_wait_all" : "cp_async_wait<0>");
    }
}

// wait_group N leaves the N most recent groups in flight, and copies not yet committed are in no group.
// One thread: copy x (group 1), copy y (group 2), copy z (not committed); what it reads after each wait.
// In flight, a destination reads as 0xFF bytes here (NaN); on a GPU it would be anything.
__global__ void cp_async_groups_kernel(const float* src, float* out) {
    __shared__ __align__(16) float s[12];
    cp_async_16(&s[0], &src[0]);
    cp_async_commit();
    cp_async_16(&s[4], &src[4]);
    cp_async_commit();
    cp_async_16(&s[8], &src[8]);
    cp_async_wait<1>();  // group 1 done; group 2 may still be in flight
    out[0] = s[0], out[1] = s[4], out[2] = s[8];
    cp_async_wait<0>();  // group 2 done; z is in no group yet
    out[3] = s[0], out[4] = s[4], out[5] = s[8];
    cp_async_wait_all();  // commits z and waits for it
    out[6] = s[0], out[7] = s[4], out[8] = s[8];
}

TEST(Emu, CpAsyncWaitGroupLeavesTheNewestGroupsInFlight) {
    std::vector<float> src(12);
    for (int i = 0; i < 12; i++) src[i] = (float)(10 * i + 10);
    DeviceBuffer<float> dsrc(src), out(9);
    cp_async_groups_kernel<<<1, 1>>>(dsrc.ptr, out.ptr);
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    std::vector<float> got = out.download();
    float x = src[0], y = src[4], z = src[8];
    EXPECT_EQ(got[0], x);
    EXPECT_TRUE(std::isnan(got[1])) << "group 2 is still in flight after cp_async_wait<1>: " << got[1];
    EXPECT_TRUE(std::isnan(got[2])) << "z is still in flight: " << got[2];
    EXPECT_EQ(got[3], x);
    EXPECT_EQ(got[4], y);
    EXPECT_TRUE(std::isnan(got[5])) << "wait_group does not wait for copies never committed: " << got[5];
    EXPECT_EQ(got[6], x);
    EXPECT_EQ(got[7], y);
    EXPECT_EQ(got[8], z);
}

// The bug the model is there to catch: reading shared memory that cp.async fills, after the barrier but
// with no cp_async_wait before it. Shared memory already holds the right values (stored the plain way
// first), so only the in-flight fill shows the missing wait; `wait` true is the correct kernel. (The
// late wait at the end, after every read, changes nothing that was read.)
__global__ void cp_async_missing_wait_kernel(const float* src, float* out, bool wait) {
    __shared__ __align__(16) float s[128];
    int t = threadIdx.x;
    for (int i = 0; i < 4; i++) s[4 * t + i] = src[4 * t + i];
    __syncthreads();
    cp_async_16(&s[4 * t], &src[4 * t]);
    cp_async_commit();
    if (wait) cp_async_wait<0>();
    __syncthreads();
    for (int i = 0; i < 4; i++) out[4 * (31 - t) + i] = s[4 * (31 - t) + i];
    __syncthreads();
    cp_async_wait<0>();
}

TEST(Emu, ReadingCpAsyncDataBeforeTheWaitGivesWrongValues) {
    std::vector<float> src(128);
    for (int i = 0; i < 128; i++) src[i] = (float)i;
    DeviceBuffer<float> dsrc(src), good(128), bad(128);
    cp_async_missing_wait_kernel<<<1, 32>>>(dsrc.ptr, good.ptr, true);
    cp_async_missing_wait_kernel<<<1, 32>>>(dsrc.ptr, bad.ptr, false);
    ASSERT_EQ(cudaGetLastError(), cudaSuccess);
    EXPECT_EQ(good.download(), src);
    int wrong = 0;
    for (float v : bad.download()) wrong += std::isnan(v);
    EXPECT_EQ(wrong, 128) << "every value read before its cp_async_wait should be the in-flight fill";
}

// What the GPU cannot run: an mma after a lane has exited, lanes meeting at ldmatrix with different
// qualifiers, an mma in a warp of 16 threads, and misaligned addresses.
__global__ void mma_exited_lane_kernel(float* out, int exiting) {
    if ((int)threadIdx.x == exiting) return;
    uint32_t a[4] = {0, 0, 0, 0}, b[2] = {0, 0};
    float c[4] = {0, 0, 0, 0};
    mma_m16n8k16_bf16(c, a, b, c);
    out[threadIdx.x] = c[0];
}

__global__ void ldmatrix_mixed_kernel(uint32_t* out) {
    __shared__ __align__(16) uint16_t tile[32 * 8];
    for (int i = threadIdx.x; i < 32 * 8; i += 32) tile[i] = (uint16_t)i;
    __syncthreads();
    uint32_t r[4] = {0, 0, 0, 0};
    if (threadIdx.x < 16)
        ldmatrix_x4(r, &tile[threadIdx.x * 8]);
    else
        ldmatrix_x2(r, &tile[threadIdx.x * 8]);
    out[threadIdx.x] = r[0];
}

__global__ void ldmatrix_misaligned_kernel(uint32_t* out) {
    __shared__ __align__(16) uint16_t tile[32 * 16];
    for (int i = threadIdx.x; i < 32 * 16; i += 32) tile[i] = (uint16_t)i;
    __syncthreads();
    uint32_t r[4];
    ldmatrix_x4(r, &tile[threadIdx.x * 16 + (threadIdx.x == 9 ? 4 : 0)]);  // lane 9: 8 bytes off
    out[threadIdx.x] = r[0];
}

__global__ void cp_async_misaligned_kernel(const float* src, float* out) {
    __shared__ __align__(16) float s[128];
    cp_async_16(&s[4 * threadIdx.x], &src[4 * threadIdx.x + (threadIdx.x == 3 ? 1 : 0)]);  // thread 3: 4 bytes off
    cp_async_wait_all();
    out[threadIdx.x] = s[4 * threadIdx.x];
}

TEST(Emu, MatrixInstructionsAGpuCannotRunAreLaunchFailures) {
    DeviceBuffer<float> out(64), src(256);
    DeviceBuffer<uint32_t> words(64);
    mma_exited_lane_kernel<<<1, 32>>>(out.ptr, 5);
    expect_launch_error(cudaErrorLaunchFailure, "for lane 5, which has exited");
    mma_exited_lane_kernel<<<dim3(2, 3), 32>>>(out.ptr, 5);  // the message names the kernel, the block and the instruction
    cudaError_t e = cudaGetLastError();
    EXPECT_EQ(e, cudaErrorLaunchFailure);
    std::string message = cudaGetErrorString(e);
    EXPECT_NE(message.find("mma_exited_lane_kernel"), std::string::npos) << message;
    EXPECT_NE(message.find(", block ("), std::string::npos) << message;
    EXPECT_NE(message.find("mma.sync.aligned.m16n8k16"), std::string::npos) << message;
    ldmatrix_mixed_kernel<<<1, 32>>>(words.ptr);
    expect_launch_error(cudaErrorLaunchFailure, "with different qualifiers");
    mma_exited_lane_kernel<<<1, 16>>>(out.ptr, -1);  // no lane exits, but the warp has 16
    expect_launch_error(cudaErrorLaunchFailure, "only 16 threads");
    ldmatrix_misaligned_kernel<<<1, 32>>>(words.ptr);
    expect_launch_error(cudaErrorMisalignedAddress, "(lane 9) gives ldmatrix the row address");
    cp_async_misaligned_kernel<<<1, 32>>>(src.ptr, out.ptr);
    expect_launch_error(cudaErrorMisalignedAddress, "thread (3,0,0) starts a cp.async of 16 bytes");
    // The emulator runs on after these: the same kernel with every lane there works.
    mma_exited_lane_kernel<<<2, 64>>>(out.ptr, -1);
    EXPECT_EQ(cudaGetLastError(), cudaSuccess);
    for (float v : out.download()) EXPECT_EQ(v, 0.0f);
}

}  // namespace
