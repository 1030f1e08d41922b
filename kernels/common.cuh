// common.cuh — what every kernel header shares: CUDA_CHECK, ceil_div, warp_sum, the activation types,
// and the CPU references' exponential (exp_cpu, its 8-lane AVX2 twin exp_avx2, and exp_sum_cpu over a
// row), which softmax, cross-entropy, attention and GELU share so that their CPU paths agree.
//
// Compiles with g++ too (the CPU-only build): the CUDA parts sit behind __CUDACC__, and
// HOST_DEVICE marks helpers that both sides use.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

#ifdef __CUDACC__
#include <cuda_bf16.h>
#include <cuda_runtime.h>
#define HOST_DEVICE __host__ __device__
#else
#define HOST_DEVICE
#endif

// The bf16 activation type by its short name: CUDA's __nv_bfloat16. A CPU-only build
// never stores bf16 (the CPU path is fp32), but declares a 2-byte stand-in, so that structures that
// name the type (the Model) have one layout in every file.
#ifdef __CUDACC__
using bf16 = __nv_bfloat16;
#else
struct bf16 {
    unsigned short bits;
};
#endif

// Number of blocks of size b that cover a items.
template <typename Int>
HOST_DEVICE constexpr Int ceil_div(Int a, Int b) {
    return (a + b - 1) / b;
}

// exp for the CPU references, in plain arithmetic that a `#pragma omp simd` loop vectorises (a call
// to libm's expf does not, and was most of the CPU time of the cross-entropy and the softmax).
// Cephes' method: x = n ln2 + r with |r| <= ln2/2 (ln2 split in two so that n ln2 is exact), exp(r)
// by a degree-6 polynomial, times 2^n built in the exponent bits. Relative error about 2e-7 over the
// whole range; exact 0 below -87.3 (where expf underflows to denormals); above 88 it returns
// e^88 = 1.65e38 instead of overflowing, which its callers (1 / (1 + e^x), exp(x - max) with
// x - max <= 0) cannot tell from infinity.
inline float exp_cpu(float x) {
    x = x > 88.0f ? 88.0f : x;
    float t = x * 1.44269504088896341f;                     // x / ln2
    float n = (float)(int)(t + (t >= 0.0f ? 0.5f : -0.5f));  // round to nearest
    float r = x - n * 0.693359375f;                          // ln2 = 0.693359375 - 2.12194440e-4
    r = r + n * 2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    float e = p * r * r + r + 1.0f;
    int ni = (int)n;
    ni = ni < -126 ? -126 : (ni > 127 ? 127 : ni);
    union { int i; float f; } scale;
    scale.i = (ni + 127) << 23;
    return x < -87.3f ? 0.0f : e * scale.f;
}

// Sums of exp terms for the softmax rows of the CPU references: sum_{v<n} exp(x[v] - shift), added in
// double, with each term also stored in out[v] when out != nullptr (out may be x). At a small
// vocabulary these rows are most of a router's scoring time, so on x86 exp_cpu's arithmetic runs 8
// lanes at a time with AVX2 and FMA, chosen at run time like the matmul's microkernel (the default
// build may only assume SSE2, where the plain loop took ~5 ns a term). The lanes add into 2 x 4
// double accumulators combined in a fixed order: the same row gives the same sum in every run, and
// a sum that differs from the plain loop's by rounding only.
// Whether this CPU runs the AVX2 + FMA versions of the CPU references (exp_sum_cpu, GELU, the matmul's
// microkernel): checked once, at run time, since the default build may only assume SSE2.
inline bool cpu_has_avx2_fma() {
#if defined(__x86_64__) || defined(__i386__)
    static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return yes;
#else
    return false;
#endif
}

inline double exp_sum_plain(const float* x, float shift, int n, float* out) {
    double sum = 0.0;
    for (int v = 0; v < n; v++) {
        float e = exp_cpu(x[v] - shift);
        if (out) out[v] = e;
        sum += e;
    }
    return sum;
}

#if defined(__x86_64__) || defined(__i386__)
// exp_cpu on 8 lanes: the same steps, the polynomial with fused multiply-adds.
__attribute__((target("avx2,fma"))) inline __m256 exp_avx2(__m256 x) {
    x = _mm256_min_ps(x, _mm256_set1_ps(88.0f));
    __m256 n = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504088896341f)),
                               _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m256 r = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), x);
    r = _mm256_fmadd_ps(n, _mm256_set1_ps(2.12194440e-4f), r);
    __m256 p = _mm256_set1_ps(1.9875691500e-4f);
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.3981999507e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(8.3334519073e-3f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(4.1665795894e-2f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.6666665459e-1f));
    p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(5.0000001201e-1f));
    __m256 e = _mm256_add_ps(_mm256_fmadd_ps(_mm256_mul_ps(p, r), r, r), _mm256_set1_ps(1.0f));
    __m256i ni = _mm256_cvtps_epi32(n);
    ni = _mm256_max_epi32(_mm256_min_epi32(ni, _mm256_set1_epi32(127)), _mm256_set1_epi32(-126));
    __m256 scale = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(ni, _mm256_set1_epi32(127)), 23));
    __m256 big_enough = _mm256_cmp_ps(x, _mm256_set1_ps(-87.3f), _CMP_GE_OQ);
    return _mm256_and_ps(_mm256_mul_ps(e, scale), big_enough);
}

__attribute__((target("avx2,fma"))) inline double exp_sum_avx2(const float* x, float shift, int n, float* out) {
    __m256d lo = _mm256_setzero_pd(), hi = _mm256_setzero_pd();
    __m256 s = _mm256_set1_ps(shift);
    int v = 0;
    for (; v + 8 <= n; v += 8) {
        __m256 e = exp_avx2(_mm256_sub_ps(_mm256_loadu_ps(x + v), s));
        if (out) _mm256_storeu_ps(out + v, e);
        lo = _mm256_add_pd(lo, _mm256_cvtps_pd(_mm256_castps256_ps128(e)));
        hi = _mm256_add_pd(hi, _mm256_cvtps_pd(_mm256_extractf128_ps(e, 1)));
    }
    double lanes[8];
    _mm256_storeu_pd(lanes, lo);
    _mm256_storeu_pd(lanes + 4, hi);
    double sum = exp_sum_plain(x + v, shift, n - v, out ? out + v : nullptr);
    for (int i = 0; i < 8; i++) sum += lanes[i];
    return sum;
}
#endif

inline double exp_sum_cpu(const float* x, float shift, int n, float* out) {
#if defined(__x86_64__) || defined(__i386__)
    if (cpu_has_avx2_fma()) return exp_sum_avx2(x, shift, n, out);
#endif
    return exp_sum_plain(x, shift, n, out);
}

#ifdef __CUDACC__

// Throws std::runtime_error naming the call, where it was made and CUDA's reason, like every other
// error in this project (each program's main() prints it and exits 1).
inline void cuda_check(cudaError_t err, const char* call, const char* file, int line) {
    if (err == cudaSuccess) return;
    throw std::runtime_error(std::string(file) + ":" + std::to_string(line) + ": CUDA error: " +
                             cudaGetErrorString(err) + " (in " + call + ")");
}
#define CUDA_CHECK(call) cuda_check((call), #call, __FILE__, __LINE__)

constexpr int WARP_SIZE = 32;

// Sum over the 32 lanes of a warp; every lane gets the result. The butterfly (xor) order gives
// every lane the bit-identical value, since a + b == b + a exactly in IEEE arithmetic.
// All 32 lanes must call it.
__device__ inline float warp_sum(float v) {
    for (int offset = WARP_SIZE / 2; offset > 0; offset /= 2) v += __shfl_xor_sync(0xffffffffu, v, offset);
    return v;
}

// ---- activation types. A kernel that moves activations is a template on their type T:
// float, or __nv_bfloat16 for the bf16 path. It loads T, computes in fp32, and stores T rounded to
// nearest even; parameters' gradients, statistics and losses stay fp32 whatever T is.
// (Host code may call them too: the tests and benchmarks round their inputs the kernels' way.)
__host__ __device__ inline float to_float(float x) { return x; }
__host__ __device__ inline float to_float(__nv_bfloat16 x) { return __bfloat162float(x); }
template <typename T>
__host__ __device__ inline T from_float(float x);
template <>
__host__ __device__ inline float from_float<float>(float x) { return x; }
template <>
__host__ __device__ inline __nv_bfloat16 from_float<__nv_bfloat16>(float x) { return __float2bfloat16_rn(x); }

// 16 bytes of T, 4 floats or 8 bf16: one 128-bit load or store, the widest one thread can issue, so
// that an element-wise kernel moves its bytes in a quarter (fp32) or an eighth (bf16) of the loads.
template <typename T>
struct alignas(16) Vec16 {
    static constexpr int N = 16 / sizeof(T);
    T v[N];
};
// Vec16 accesses need 16-byte aligned addresses: a launcher checks its buffers with this, and where one
// is not aligned (a view that starts mid-row), its kernel goes element by element instead.
inline bool aligned16(const void* p) { return ((size_t)p & 15) == 0; }

#endif  // __CUDACC__
