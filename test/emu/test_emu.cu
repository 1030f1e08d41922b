// test_emu.cu — tests of the CPU emulator itself (cuda_runtime.h here), built only into the emulator's
// test binary (`make test-emu`). The GPU tests trust the emulator to run kernels as a GPU would and to
// fail where a GPU would misbehave; these tests hold it to that with small kernels whose results are
// known independently: index arithmetic, each warp collective, barriers, races, the errors a GPU raises,
// and cuBLAS's column-major conventions.
#include <cublas_v2.h>

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

}  // namespace
