// test_emu.cu — tests of the CPU emulator itself (cuda_runtime.h here), built only into the emulator's
// test binary (`make test-emu`). The GPU tests trust the emulator to run kernels as a GPU would and to
// fail where a GPU would misbehave; these tests hold it to that with small kernels whose results are
// known independently: index arithmetic, each warp collective, barriers, races, the errors a GPU raises,
// cuBLAS's column-major conventions, and bf16 (cuda_bf16.h here) to the bit.
#include <cublas_v2.h>
#include <cuda_bf16.h>

#include <type_traits>

#include "../../kernels/common.cuh"
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

}  // namespace
