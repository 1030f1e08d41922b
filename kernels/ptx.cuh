// ptx.cuh — the tensor-core and asynchronous-copy instructions of the flash-attention and bf16 GEMM
// kernels, as plain C++ functions: inline PTX under nvcc (sm_80 and later), and the CPU emulator's
// models of the same instructions (test/emu/emu_ptx.h) in the emulator's build, where inline asm cannot
// run. Kernels call these and never write the asm themselves, so the same kernel runs on both.
//
// The fragment layouts below are the PTX ISA's (docs.nvidia.com/cuda/parallel-thread-execution:
// "Matrix Fragments for mma.m16n8k16 with floating point type" and "Warp-level matrix load
// instruction: ldmatrix"). Throughout, lane = threadIdx's linear index % 32, groupID = lane >> 2,
// tig (threadID_in_group) = lane % 4, and a uint32_t holding two bf16 holds the lower-numbered element
// in its low 16 bits (as a __nv_bfloat162 holds .x).
//
// Compiles with g++ too (the CPU-only build): everything sits behind __CUDACC__.
#pragma once

#ifdef __CUDACC__
#include <cuda_runtime.h>  // the emulator's, in its build: it defines EMU_CUDA

#include <cstdint>

#if defined(__CUDA_ARCH__) && !defined(EMU_CUDA) && __CUDA_ARCH__ < 800
#error "kernels/ptx.cuh needs sm_80 or later (bf16 mma.sync and cp.async)"
#endif

// D = A B + C on the tensor cores, for one warp: mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32.
// Every lane of the warp must call it together (it is a warp-wide instruction, and the GPU's behaviour
// is undefined when a lane has exited or skips it). Each lane holds:
//   a[4]: A (16 x 16 bf16, row-major), elements a0..a7, two per register (a0,a1 in a[0], ...):
//           a[0] = A[groupID][2*tig, 2*tig+1]        a[1] = A[groupID+8][2*tig, 2*tig+1]
//           a[2] = A[groupID][2*tig+8, 2*tig+9]      a[3] = A[groupID+8][2*tig+8, 2*tig+9]
//   b[2]: B (16 x 8 bf16, "col": each column's k values contiguous), elements b0..b3:
//           b[0] = B[2*tig, 2*tig+1][groupID]        b[1] = B[2*tig+8, 2*tig+9][groupID]
//   c[4], d[4]: C and D (16 x 8 fp32):
//           c[0], c[1] = C[groupID][2*tig, 2*tig+1]  c[2], c[3] = C[groupID+8][2*tig, 2*tig+1]
// d may be c. Products are exact in fp32 and sums are at least fp32, in an order and with rounding the
// PTX ISA leaves unspecified: the emulator adds in order and rounds each sum, an H200 rounds only the
// final sum, toward zero (test/emu/emu_ptx.h), so tests must allow a few fp32 ulps per mma.
__device__ inline void mma_m16n8k16_bf16(float d[4], const uint32_t a[4], const uint32_t b[2], const float c[4]) {
#if defined(EMU_CUDA)
    ::emu::ptx_mma_m16n8k16_bf16(d, a, b, c);
#elif defined(__CUDA_ARCH__)
    asm volatile(
        "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {%0, %1, %2, %3}, {%4, %5, %6, %7}, {%8, %9}, {%10, %11, %12, %13};\n"
        : "=f"(d[0]), "=f"(d[1]), "=f"(d[2]), "=f"(d[3])
        : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b[0]), "r"(b[1]), "f"(c[0]), "f"(c[1]), "f"(c[2]), "f"(c[3]));
#endif
}

// Loads 8 x 8 matrices of 16-bit elements from shared memory into registers, for one warp:
// ldmatrix.sync.aligned.m8n8.{x1,x2,x4}{,.trans}.shared.b16. Every lane of the warp must call it
// together. Each lane passes the address of one matrix row, 16 contiguous bytes (8 elements) aligned
// to 16 bytes: lanes 0-7 the rows 0-7 of matrix 0, lanes 8-15 those of matrix 1, 16-23 of matrix 2,
// 24-31 of matrix 3 (x1 uses only lanes 0-7's addresses and x2 lanes 0-15's; the others may be anything).
// Register r[i] of lane l then holds two elements of matrix i, the first in the low half:
//   plain:  row l/4, columns 2*(l%4) and 2*(l%4)+1          (four lanes take one row)
//   .trans: rows 2*(l%4) and 2*(l%4)+1 of column l/4        (the matrix transposed on the way)
// So x4 on a 16 x 16 row-major bf16 tile, lane l giving row (l%16) and column 8*(l/16), gives exactly
// the mma's a[4]; x2.trans on a 16 x 8 tile stored row-major (k by n), lane l giving row l%16, gives
// its b[2]; x2 on an 8 x 16 tile stored n by k (B's columns as rows), lane l giving row l%8 and column
// 8*((l/8)%2), gives b[2] as well.
// A "memory" clobber: the compiler must not move shared-memory stores across the load.
#if defined(EMU_CUDA)
#define PTX_LDMATRIX(N, TRANS) ::emu::ptx_ldmatrix(r, smem_row_ptr, N, TRANS)
#endif

__device__ inline void ldmatrix_x1(uint32_t r[1], const void* smem_row_ptr) {
#if defined(EMU_CUDA)
    PTX_LDMATRIX(1, false);
#elif defined(__CUDA_ARCH__)
    uint32_t addr = (uint32_t)__cvta_generic_to_shared(smem_row_ptr);
    asm volatile("ldmatrix.sync.aligned.m8n8.x1.shared.b16 {%0}, [%1];\n" : "=r"(r[0]) : "r"(addr) : "memory");
#endif
}

__device__ inline void ldmatrix_x2(uint32_t r[2], const void* smem_row_ptr) {
#if defined(EMU_CUDA)
    PTX_LDMATRIX(2, false);
#elif defined(__CUDA_ARCH__)
    uint32_t addr = (uint32_t)__cvta_generic_to_shared(smem_row_ptr);
    asm volatile("ldmatrix.sync.aligned.m8n8.x2.shared.b16 {%0, %1}, [%2];\n" : "=r"(r[0]), "=r"(r[1]) : "r"(addr) : "memory");
#endif
}

__device__ inline void ldmatrix_x4(uint32_t r[4], const void* smem_row_ptr) {
#if defined(EMU_CUDA)
    PTX_LDMATRIX(4, false);
#elif defined(__CUDA_ARCH__)
    uint32_t addr = (uint32_t)__cvta_generic_to_shared(smem_row_ptr);
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0, %1, %2, %3}, [%4];\n"
                 : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
                 : "r"(addr)
                 : "memory");
#endif
}

__device__ inline void ldmatrix_x1_trans(uint32_t r[1], const void* smem_row_ptr) {
#if defined(EMU_CUDA)
    PTX_LDMATRIX(1, true);
#elif defined(__CUDA_ARCH__)
    uint32_t addr = (uint32_t)__cvta_generic_to_shared(smem_row_ptr);
    asm volatile("ldmatrix.sync.aligned.m8n8.x1.trans.shared.b16 {%0}, [%1];\n" : "=r"(r[0]) : "r"(addr) : "memory");
#endif
}

__device__ inline void ldmatrix_x2_trans(uint32_t r[2], const void* smem_row_ptr) {
#if defined(EMU_CUDA)
    PTX_LDMATRIX(2, true);
#elif defined(__CUDA_ARCH__)
    uint32_t addr = (uint32_t)__cvta_generic_to_shared(smem_row_ptr);
    asm volatile("ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16 {%0, %1}, [%2];\n" : "=r"(r[0]), "=r"(r[1]) : "r"(addr) : "memory");
#endif
}

__device__ inline void ldmatrix_x4_trans(uint32_t r[4], const void* smem_row_ptr) {
#if defined(EMU_CUDA)
    PTX_LDMATRIX(4, true);
#elif defined(__CUDA_ARCH__)
    uint32_t addr = (uint32_t)__cvta_generic_to_shared(smem_row_ptr);
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0, %1, %2, %3}, [%4];\n"
                 : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
                 : "r"(addr)
                 : "memory");
#endif
}

#if defined(EMU_CUDA)
#undef PTX_LDMATRIX
#endif

// Asynchronous copies from global to shared memory, per thread (not warp collectives):
//   cp_async_16  cp.async.cg.shared.global [smem], [gmem], 16   (bypasses L1)
//   cp_async_8   cp.async.ca.shared.global [smem], [gmem], 8
//   cp_async_4   cp.async.ca.shared.global [smem], [gmem], 4
// Both addresses must be aligned to the size. A copy only starts here: cp_async_commit() closes the
// thread's group of copies started since its last commit (cp.async.commit_group), and
// cp_async_wait<N>() (cp.async.wait_group N) waits until at most the N most recent groups of this thread
// are still in flight; cp_async_wait_all() (cp.async.wait_all) commits and waits for everything. Only
// then may the issuing thread read the data, and other threads only after a __syncthreads that follows
// the wait. The emulator makes the destination read as 0xFF bytes until the wait, so a kernel that
// forgets one fails its test. The waits clobber "memory" so that no shared-memory read moves above them.
__device__ inline void cp_async_16(void* smem, const void* gmem) {
#if defined(EMU_CUDA)
    ::emu::cp_async(smem, gmem, 16);
#elif defined(__CUDA_ARCH__)
    uint32_t dst = (uint32_t)__cvta_generic_to_shared(smem);
    asm volatile("cp.async.cg.shared.global [%0], [%1], 16;\n" ::"r"(dst), "l"(__cvta_generic_to_global(gmem)) : "memory");
#endif
}

__device__ inline void cp_async_8(void* smem, const void* gmem) {
#if defined(EMU_CUDA)
    ::emu::cp_async(smem, gmem, 8);
#elif defined(__CUDA_ARCH__)
    uint32_t dst = (uint32_t)__cvta_generic_to_shared(smem);
    asm volatile("cp.async.ca.shared.global [%0], [%1], 8;\n" ::"r"(dst), "l"(__cvta_generic_to_global(gmem)) : "memory");
#endif
}

__device__ inline void cp_async_4(void* smem, const void* gmem) {
#if defined(EMU_CUDA)
    ::emu::cp_async(smem, gmem, 4);
#elif defined(__CUDA_ARCH__)
    uint32_t dst = (uint32_t)__cvta_generic_to_shared(smem);
    asm volatile("cp.async.ca.shared.global [%0], [%1], 4;\n" ::"r"(dst), "l"(__cvta_generic_to_global(gmem)) : "memory");
#endif
}

__device__ inline void cp_async_commit() {
#if defined(EMU_CUDA)
    ::emu::cp_async_commit();
#elif defined(__CUDA_ARCH__)
    asm volatile("cp.async.commit_group;\n" ::: "memory");
#endif
}

template <int N>
__device__ inline void cp_async_wait() {
    static_assert(N >= 0, "cp.async.wait_group takes a count of groups left in flight");
#if defined(EMU_CUDA)
    ::emu::cp_async_wait_group(N);
#elif defined(__CUDA_ARCH__)
    asm volatile("cp.async.wait_group %0;\n" ::"n"(N) : "memory");
#endif
}

__device__ inline void cp_async_wait_all() {
#if defined(EMU_CUDA)
    ::emu::cp_async_wait_all();
#elif defined(__CUDA_ARCH__)
    asm volatile("cp.async.wait_all;\n" ::: "memory");
#endif
}

#endif  // __CUDACC__
