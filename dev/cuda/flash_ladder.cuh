// flash_ladder.cuh — the steps that led to the model's flash attention (kernels/flash_attention.cuh), kept
// to learn from and to time against it. Three versions of the same kernels, from simple to fast, numbered
// as dev/cuda/attention.cu prints them:
//   v4  FlashPadded     tiles are [rows][D + 8] bf16: the 16 extra bytes a row shift each row by 4 banks,
//                       so that the 8 row addresses of one ldmatrix phase fall in 8 different groups of 4
//                       banks (rows D*2 bytes apart would otherwise all start in the same bank for
//                       D >= 64: an 8-way conflict). Plain 16-byte loads and stores, one buffer: load,
//                       barrier, compute, barrier, load.
//   v5  FlashSwizzled   tiles are [rows][D], no padding; the 16-byte chunk c of row r is stored at chunk
//                       c ^ f(r) instead (flash_swizzled_at), which spreads the 8 rows of a phase over 8
//                       groups of banks just as well, in less shared memory. Loads as v4.
//   v6  FlashPipelined  the model's, in kernels/flash_attention.cuh: swizzled, and the streamed tiles
//                       double-buffered, cp.async filling one buffer while the warps compute on the other.
// The kernels are written once, in kernels/flash_attention.cuh, as templates on the version; this file
// only says how v4 and v5 address and load their tiles. The programs never include it: dev/cuda/attention
// and the tests (test/test_attention.cu) do.
#pragma once

#include "../../kernels/flash_attention.cuh"

#ifdef __CUDACC__

constexpr int FLASH_PADDED = 4, FLASH_SWIZZLED = 5, FLASH_PIPELINED = 6;

// One buffer and plain loads: a thread waits for its 16 bytes (or its lse or D value) before it stores
// them to the tile, and the kernel's barrier after the loads finds the tile whole.
struct FlashPlainLoads {
    static constexpr bool pipelined = false;
    __device__ static void copy_16(bf16* dst, const bf16* src) { *(Vec16<bf16>*)dst = *(const Vec16<bf16>*)src; }
    __device__ static void copy_4(float* dst, const float* src) { *dst = *src; }
};

// v4: rows padded by 8 bf16 (16 bytes).
template <int D_>
struct FlashPadded : FlashPlainLoads {
    static constexpr int D = D_;
    __host__ __device__ static constexpr int elements(int rows) { return rows * (D + 8); }
    __device__ static int at(int r, int c) { return r * (D + 8) + c; }
};

// v5: swizzled as the model's version, loaded as v4.
template <int D_>
struct FlashSwizzled : FlashPlainLoads {
    static constexpr int D = D_;
    __host__ __device__ static constexpr int elements(int rows) { return rows * D; }
    __device__ static int at(int r, int c) { return flash_swizzled_at<D>(r, c); }
};

// flash_attention_forward and flash_attention_backward (kernels/flash_attention.cuh) in version 4, 5 or
// 6 (FLASH_PADDED, FLASH_SWIZZLED, FLASH_PIPELINED); 6 calls them, exactly what the model runs.
inline void flash_attention_forward_version(int version, bf16* out, float* lse, const bf16* qkv, int B, int T, int C, int NH,
                                            cudaStream_t stream) {
    if (version == FLASH_PADDED) flash_attention_forward_with<FlashPadded>(out, lse, qkv, B, T, C, NH, stream);
    else if (version == FLASH_SWIZZLED) flash_attention_forward_with<FlashSwizzled>(out, lse, qkv, B, T, C, NH, stream);
    else if (version == FLASH_PIPELINED) flash_attention_forward(out, lse, qkv, B, T, C, NH, stream);
    else throw std::runtime_error("flash attention: no version " + std::to_string(version) + " (4, 5 or 6)");
}

inline void flash_attention_backward_version(int version, bf16* dqkv, void* scratch, const bf16* dout, const bf16* qkv,
                                             const bf16* out, const float* lse, int B, int T, int C, int NH,
                                             cudaStream_t stream) {
    if (version == FLASH_PADDED)
        flash_attention_backward_with<FlashPadded>(dqkv, scratch, dout, qkv, out, lse, B, T, C, NH, stream);
    else if (version == FLASH_SWIZZLED)
        flash_attention_backward_with<FlashSwizzled>(dqkv, scratch, dout, qkv, out, lse, B, T, C, NH, stream);
    else if (version == FLASH_PIPELINED) flash_attention_backward(dqkv, scratch, dout, qkv, out, lse, B, T, C, NH, stream);
    else throw std::runtime_error("flash attention: no version " + std::to_string(version) + " (4, 5 or 6)");
}

#endif  // __CUDACC__
