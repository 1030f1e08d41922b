// ptx_check.cu — kernels/ptx.cuh on a real GPU: the same known answers as the emulator's own tests
// (test/emu/test_emu.cu: mma fragment layouts, ldmatrix plain and .trans, cp.async with commit/wait),
// then how the GPU's mma rounding differs from the emulator's documented order (probes and random bf16
// tiles, in ulps). Needs nvcc and a GPU of sm_80 or later; dev/bench/gpu_first_run.sh builds and runs it:
//   nvcc -x cu -std=c++17 -O2 -arch=sm_90 -I. test/gpu/ptx_check.cu -o build/ptx_check && build/ptx_check
// First run: an H200, 2026-12-04: every layout check passed; see docs/results.md for the rounding figures.
#include <cuda_bf16.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

#include "dev/cuda/common.cuh"  // CUDA_CHECK, to_device, to_host
#include "kernels/ptx.cuh"

static int failures = 0;
#define EXPECT(cond, ...)              \
    do {                               \
        if (!(cond)) {                 \
            failures++;                \
            if (failures < 20) {       \
                printf("FAIL: " __VA_ARGS__); \
                printf("\n");          \
            }                          \
        }                              \
    } while (0)

__host__ __device__ uint32_t pack_b16(uint16_t lo, uint16_t hi) { return (uint32_t)lo | (uint32_t)hi << 16; }
uint16_t bf(float x) {
    __nv_bfloat16 h = __float2bfloat16(x);
    uint16_t u;
    memcpy(&u, &h, 2);
    return u;
}
float bf_to_f(uint16_t u) {
    uint32_t w = (uint32_t)u << 16;
    float f;
    memcpy(&f, &w, 4);
    return f;
}


// As in test_emu.cu: tiles one after another, one tile per warp, PTX formulas.
__global__ void mma_layout_kernel(const uint16_t* A, const uint16_t* B, const float* C, float* D) {
    int linear = threadIdx.x + blockDim.x * threadIdx.y;
    int warp = linear / 32 + blockIdx.x * (blockDim.x * blockDim.y / 32), lane = linear % 32;
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
        be[i] = B[row * 8 + groupID];
    }
    uint32_t a[4] = {pack_b16(ae[0], ae[1]), pack_b16(ae[2], ae[3]), pack_b16(ae[4], ae[5]), pack_b16(ae[6], ae[7])};
    uint32_t b[2] = {pack_b16(be[0], be[1]), pack_b16(be[2], be[3])};
    float acc[4];
    for (int i = 0; i < 4; i++) acc[i] = C[(i < 2 ? groupID : groupID + 8) * 8 + threadID_in_group * 2 + (i & 1)];
    mma_m16n8k16_bf16(acc, a, b, acc);
    for (int i = 0; i < 4; i++) D[(i < 2 ? groupID : groupID + 8) * 8 + threadID_in_group * 2 + (i & 1)] = acc[i];
}

__global__ void ldmatrix_kernel(uint32_t* out, int matrices, bool trans) {
    __shared__ __align__(16) uint16_t tile[32 * 24];
    int lane = threadIdx.x;
    int logical = lane * 5 % 32, m = logical / 8, row = logical % 8;
    for (int col = 0; col < 24; col++) tile[lane * 24 + col] = col < 8 ? (uint16_t)(m * 100 + row * 10 + col) : 0xDEAD;
    __syncthreads();
    const char* row_ptr = (const char*)&tile[lane * 13 % 32 * 24];
    if (lane >= 8 * matrices) row_ptr += 2;
    uint32_t r[4];
    if (!trans && matrices == 1) ldmatrix_x1(r, row_ptr);
    if (!trans && matrices == 2) ldmatrix_x2(r, row_ptr);
    if (!trans && matrices == 4) ldmatrix_x4(r, row_ptr);
    if (trans && matrices == 1) ldmatrix_x1_trans(r, row_ptr);
    if (trans && matrices == 2) ldmatrix_x2_trans(r, row_ptr);
    if (trans && matrices == 4) ldmatrix_x4_trans(r, row_ptr);
    for (int i = 0; i < matrices; i++) out[lane * 4 + i] = r[i];
}

__global__ void ldmatrix_mma_kernel(const uint16_t* A, const uint16_t* B, const uint16_t* Bt, const float* C, float* D1, float* D2) {
    __shared__ __align__(16) uint16_t sa[16 * 24], sb[16 * 24], sbt[8 * 24];
    int lane = threadIdx.x;
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

__global__ void cp_async_kernel(const float* src, float* out, bool wait_all) {
    __shared__ __align__(16) float s4[32], s8[64], s16[128];
    int t = threadIdx.x;
    cp_async_4(&s4[t], &src[t]);
    cp_async_8(&s8[2 * t], &src[32 + 2 * t]);
    cp_async_commit();
    cp_async_16(&s16[4 * t], &src[96 + 4 * t]);
    if (wait_all) {
        cp_async_wait_all();
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

__global__ void cp_async_groups_kernel(const float* src, float* out) {
    __shared__ __align__(16) float s[12];
    cp_async_16(&s[0], &src[0]);
    cp_async_commit();
    cp_async_16(&s[4], &src[4]);
    cp_async_commit();
    cp_async_16(&s[8], &src[8]);
    cp_async_wait<1>();
    out[0] = s[0];
    cp_async_wait<0>();
    out[3] = s[0], out[4] = s[4];
    cp_async_wait_all();
    out[6] = s[0], out[7] = s[4], out[8] = s[8];
}

std::vector<float> small_integers(size_t n, int lo, int hi, uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> pick(lo, hi);
    std::vector<float> v(n);
    for (float& x : v) x = (float)pick(rng);
    return v;
}
std::vector<uint16_t> bits_of(const std::vector<float>& v) {
    std::vector<uint16_t> out;
    for (float x : v) out.push_back(bf(x));
    return out;
}
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

// The emulator's order, on one tile: c, then k = 0..15, each sum rounded to fp32.
float emu_order(const float* a, const float* b, float c, int row, int col) {
    float sum = c;
    for (int k = 0; k < 16; k++) {
        volatile float p = a[row * 16 + k] * b[k * 8 + col];
        sum = sum + p;
    }
    return sum;
}

void run_tiles(const std::vector<float>& a, const std::vector<float>& b, const std::vector<float>& c, std::vector<float>* d, int tiles) {
    uint16_t* da = to_device(bits_of(a));
    uint16_t* db = to_device(bits_of(b));
    float* dc = to_device(c);
    float* dd;
    CUDA_CHECK(cudaMalloc(&dd, tiles * 128 * sizeof(float)));
    mma_layout_kernel<<<tiles / 4, 128>>>(da, db, dc, dd);
    CUDA_CHECK(cudaGetLastError());
    CUDA_CHECK(cudaDeviceSynchronize());
    *d = to_host(dd, tiles * 128);
    cudaFree(da), cudaFree(db), cudaFree(dc), cudaFree(dd);
}

int main() {
    cudaDeviceProp prop;
    CUDA_CHECK(cudaGetDeviceProperties(&prop, 0));
    printf("device: %s (sm_%d%d)\n", prop.name, prop.major, prop.minor);

    {  // mma layout on small integers, 2 warps, 2-D block
        std::vector<float> a = small_integers(512, -8, 8, 1), b = small_integers(256, -8, 8, 2), c = small_integers(256, -64, 64, 3);
        uint16_t* da = to_device(bits_of(a));
        uint16_t* db = to_device(bits_of(b));
        float* dc = to_device(c);
        float* dd;
        CUDA_CHECK(cudaMalloc(&dd, 256 * sizeof(float)));
        mma_layout_kernel<<<1, dim3(16, 4)>>>(da, db, dc, dd);
        CUDA_CHECK(cudaDeviceSynchronize());
        std::vector<float> got = to_host(dd, 256);
        int bad = 0;
        for (int w = 0; w < 2; w++) {
            std::vector<float> aw(a.begin() + w * 256, a.begin() + (w + 1) * 256), bw(b.begin() + w * 128, b.begin() + (w + 1) * 128),
                cw(c.begin() + w * 128, c.begin() + (w + 1) * 128);
            std::vector<float> want = matmul_add(aw, bw, cw, 16, 8, 16);
            for (int i = 0; i < 128; i++) bad += got[w * 128 + i] != want[i];
        }
        EXPECT(bad == 0, "mma layout: %d wrong", bad);
        printf("mma layout (small integers): %s\n", bad ? "FAIL" : "ok");
    }
    {  // ldmatrix variants
        auto value = [](int m, int row, int col) { return (uint16_t)(m * 100 + row * 10 + col); };
        int bad = 0;
        for (int trans = 0; trans < 2; trans++)
            for (int matrices : {1, 2, 4}) {
                uint32_t* out;
                CUDA_CHECK(cudaMalloc(&out, 128 * 4));
                CUDA_CHECK(cudaMemset(out, 0xFF, 128 * 4));
                ldmatrix_kernel<<<1, 32>>>(out, matrices, trans);
                CUDA_CHECK(cudaDeviceSynchronize());
                std::vector<uint32_t> got = to_host(out, 128);
                for (int lane = 0; lane < 32; lane++)
                    for (int i = 0; i < 4; i++) {
                        int major = lane / 4, minor = 2 * (lane % 4);
                        uint32_t want = trans ? pack_b16(value(i, minor, major), value(i, minor + 1, major))
                                              : pack_b16(value(i, major, minor), value(i, major, minor + 1));
                        if (i >= matrices) want = 0xFFFFFFFFu;
                        if (got[lane * 4 + i] != want) {
                            bad++;
                            EXPECT(false, "ldmatrix x%d%s lane %d reg %d: got %08x want %08x", matrices, trans ? ".trans" : "", lane, i,
                                   got[lane * 4 + i], want);
                        }
                    }
                cudaFree(out);
            }
        printf("ldmatrix x1/x2/x4, plain and .trans: %s\n", bad ? "FAIL" : "ok");
    }
    {  // cp.async + ldmatrix + mma
        std::vector<float> a = small_integers(256, -8, 8, 4), b = small_integers(128, -8, 8, 5), c = small_integers(128, -64, 64, 6);
        std::vector<float> bt(128);
        for (int k = 0; k < 16; k++)
            for (int n = 0; n < 8; n++) bt[n * 16 + k] = b[k * 8 + n];
        uint16_t *da = to_device(bits_of(a)), *db = to_device(bits_of(b)), *dbt = to_device(bits_of(bt));
        float* dc = to_device(c);
        float *d1, *d2;
        CUDA_CHECK(cudaMalloc(&d1, 512));
        CUDA_CHECK(cudaMalloc(&d2, 512));
        ldmatrix_mma_kernel<<<1, 32>>>(da, db, dbt, dc, d1, d2);
        CUDA_CHECK(cudaDeviceSynchronize());
        std::vector<float> want = matmul_add(a, b, c, 16, 8, 16);
        bool ok = to_host(d1, 128) == want && to_host(d2, 128) == want;
        EXPECT(ok, "ldmatrix + mma");
        printf("cp.async + ldmatrix + mma tile product: %s\n", ok ? "ok" : "FAIL");
    }
    {  // cp.async
        std::vector<float> src(224);
        for (int i = 0; i < 224; i++) src[i] = (float)(i + 1);
        float* dsrc = to_device(src);
        float* out;
        CUDA_CHECK(cudaMalloc(&out, 224 * 4));
        bool ok = true;
        for (int w = 0; w < 2; w++) {
            CUDA_CHECK(cudaMemset(out, 0xFF, 224 * 4));
            cp_async_kernel<<<2, 32>>>(dsrc, out, w);
            CUDA_CHECK(cudaDeviceSynchronize());
            ok = ok && to_host(out, 224) == src;
        }
        float* g;
        CUDA_CHECK(cudaMalloc(&g, 9 * 4));
        CUDA_CHECK(cudaMemset(g, 0xFF, 9 * 4));
        cp_async_groups_kernel<<<1, 1>>>(dsrc, g);
        CUDA_CHECK(cudaDeviceSynchronize());
        std::vector<float> gg = to_host(g, 9);
        ok = ok && gg[0] == src[0] && gg[3] == src[0] && gg[4] == src[4] && gg[6] == src[0] && gg[7] == src[4] && gg[8] == src[8];
        EXPECT(ok, "cp.async");
        printf("cp.async 4/8/16, commit, wait_group, wait_all: %s\n", ok ? "ok" : "FAIL");
    }
    {  // order probes: one tile each, A row 0 and B column 0 only
        struct Probe {
            const char* what;
            float c;
            std::vector<std::pair<float, float>> ab;  // (a[0][k], b[k][0]) for k = 0, 1, ...
        };
        std::vector<Probe> probes = {
            {"c=1, p0=2^24, p1=-2^24 (emu: 0, exact 1)", 1.0f, {{4096, 4096}, {-4096, 4096}}},
            {"c=0, p0=2^24, p1=1, p2=1 (emu: 2^24, exact 2^24+2)", 0.0f, {{4096, 4096}, {1, 1}, {1, 1}}},
            {"c=2^24, p15=1, p14=1 (emu: 2^24+2? order k)", 16777216.0f, {}},
            {"c=0, p0=1, p1=2^-24 x 2 (exact 1+2^-23)", 0.0f, {{1, 1}, {0.000244140625f, 0.000244140625f}, {0.000244140625f, 0.000244140625f}}},
            {"c=1, p0=2^-24 (emu 1; exact 1+2^-24; rn -> 1)", 1.0f, {{0.000244140625f, 0.000244140625f}}},
            {"c=1, p0=3*2^-25 (rn: 1+2^-23, truncation: 1)", 1.0f, {{0.000244140625f * 1.5f, 0.000244140625f}}},
            {"c=-1, p0=-3*2^-25 (rn: -1-2^-23, truncation: -1)", -1.0f, {{0.000244140625f * 1.5f, -0.000244140625f}}},
        };
        probes[2].ab = std::vector<std::pair<float, float>>(16, {0.0f, 0.0f});
        probes[2].ab[14] = {1, 1}, probes[2].ab[15] = {1, 1};
        for (const Probe& p : probes) {
            std::vector<float> a(256 * 4, 0.0f), b(128 * 4, 0.0f), c(128 * 4, 0.0f);
            for (size_t k = 0; k < p.ab.size(); k++) a[k] = p.ab[k].first, b[k * 8] = p.ab[k].second;
            c[0] = p.c;
            std::vector<float> d;
            run_tiles(a, b, c, &d, 4);
            float e = emu_order(a.data(), b.data(), c[0], 0, 0);
            printf("probe %-55s gpu %.10g emu %.10g %s\n", p.what, d[0], e, d[0] == e ? "same" : "DIFFERENT");
        }
    }
    {  // random bf16: GPU vs the emulator's order
        const int tiles = 4096;
        std::mt19937 rng(7);
        std::normal_distribution<float> normal(0.0f, 1.0f);
        for (int scale = 0; scale < 3; scale++) {
            std::vector<float> a(tiles * 256), b(tiles * 128), c(tiles * 128);
            for (float& x : a) x = bf_to_f(bf(normal(rng)));
            for (float& x : b) x = bf_to_f(bf(normal(rng)));
            for (float& x : c) x = scale == 0 ? 0.0f : normal(rng) * (scale == 1 ? 1.0f : 100.0f);
            std::vector<float> d;
            run_tiles(a, b, c, &d, tiles);
            long same = 0, total = 0;
            double max_ulps_emu = 0, max_ulps_gpu_exact = 0, max_ulps_emu_exact = 0;
            for (int t = 0; t < tiles; t++)
                for (int row = 0; row < 16; row++)
                    for (int col = 0; col < 8; col++) {
                        const float* at = &a[t * 256];
                        const float* bt = &b[t * 128];
                        float cc = c[t * 128 + row * 8 + col];
                        float e = emu_order(at, bt, cc, row, col);
                        double exact = cc, mag = std::fabs(cc);
                        for (int k = 0; k < 16; k++) {
                            double p = (double)at[row * 16 + k] * bt[k * 8 + col];
                            exact += p;
                            mag += std::fabs(p);
                        }
                        float g = d[t * 128 + row * 8 + col];
                        double ulp = std::ldexp(1.0, std::ilogb(mag) - 23);  // one fp32 ulp at the magnitude bound
                        max_ulps_emu = std::max(max_ulps_emu, std::fabs((double)g - e) / ulp);
                        max_ulps_gpu_exact = std::max(max_ulps_gpu_exact, std::fabs((double)g - exact) / ulp);
                        max_ulps_emu_exact = std::max(max_ulps_emu_exact, std::fabs((double)e - exact) / ulp);
                        same += g == e;
                        total++;
                    }
            printf("random bf16 (c %s): gpu == emu bitwise %ld / %ld; max |gpu-emu| %.2f ulp, |gpu-exact| %.2f ulp, |emu-exact| %.2f ulp "
                   "(ulp of sum |terms|)\n",
                   scale == 0 ? "= 0" : scale == 1 ? "~ N(0,1)" : "~ N(0,100^2)", same, total, max_ulps_emu, max_ulps_gpu_exact, max_ulps_emu_exact);
        }
    }
    printf("%s: %d failures\n", failures ? "FAILED" : "ALL OK", failures);
    return failures != 0;
}
