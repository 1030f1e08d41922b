// emu_ptx.h of the CPU emulator (included by cuda_runtime.h, which see): the PTX instructions that
// kernels/ptx.cuh wraps, as the PTX ISA documents them, for the kernels that use tensor cores
// (flash attention, the bf16 GEMM). On the GPU these are inline asm, which g++ cannot run; ptx.cuh
// calls the functions at the end of this file instead.
//
// Checked against the PTX ISA (docs.nvidia.com/cuda/parallel-thread-execution, "Warp Level Matrix
// Multiply-Accumulate Instructions"; section numbers move between versions):
//   - "Matrix Fragments for mma.m16n8k16 with floating point type" (9.7.14.5.8 / 9.7.15.5.8),
//   - "Multiply-and-Accumulate Instruction: mma" (precision and rounding, .sync and .aligned),
//   - "Warp-level matrix load instruction: ldmatrix" (its table of which lanes give which rows),
//   - "cp.async", "cp.async.commit_group", "cp.async.wait_group / cp.async.wait_all".
//
// mma and ldmatrix are warp collectives here exactly like the shuffles (cuda_runtime.h): a lane waits
// until all 32 lanes of its warp are at the same instruction with the same qualifiers, then the
// scheduler computes every lane's outputs at once from every lane's inputs. The PTX ISA leaves the
// result undefined when a lane has exited or the lanes disagree; here that is a launch failure that
// names the kernel, the block and the lane, as for a shuffle.
//
// Not a header of its own: cuda_runtime.h includes it where the scheduler's types are defined.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

namespace emu {

// ---------------------------------------------------------------------------------------------------
// Fragment layouts
// ---------------------------------------------------------------------------------------------------
//
// For every fragment, groupID = laneid >> 2 and threadID_in_group = laneid % 4 (laneid = the thread's
// linear index % 32). A 32-bit register holding two 16-bit elements holds the lower-numbered element
// (a0 of a0,a1) in its low 16 bits. In the formulas of the PTX ISA:
//
//   A, 16 x 16 bf16, row-major, 4 registers = a0..a7 (register i/2 holds a_i, a_i+1):
//     row = groupID          for a_i with i in {0,1,4,5},   groupID + 8 otherwise
//     col = 2*threadID_in_group + (i & 1),                  + 8 for i >= 4
//   B, 16 x 8 bf16, column-major, 2 registers = b0..b3:
//     row = 2*threadID_in_group + (i & 1),                  + 8 for i >= 2
//     col = groupID
//   C and D, 16 x 8 f32, 4 registers = c0..c3:
//     row = groupID          for i < 2,                     groupID + 8 for i >= 2
//     col = 2*threadID_in_group + (i & 1)
//
// These three are the whole of what a kernel needs to know to put data into an mma and read it back.
struct FragmentPlace {
    int row, col;
};
inline FragmentPlace mma_a_place(int lane, int i) { return {(lane >> 2) + 8 * ((i >> 1) & 1), 2 * (lane % 4) + (i & 1) + 8 * (i >> 2)}; }
inline FragmentPlace mma_b_place(int lane, int i) { return {2 * (lane % 4) + (i & 1) + 8 * (i >> 1), lane >> 2}; }
inline FragmentPlace mma_c_place(int lane, int i) { return {(lane >> 2) + 8 * (i >> 1), 2 * (lane % 4) + (i & 1)}; }

inline uint16_t half_of(uint32_t reg, int which) { return (uint16_t)(which ? reg >> 16 : reg & 0xFFFFu); }

// bf16 -> fp32: the bf16 bits are the top half of the fp32 (exact; the same as cuda_bf16.h's, which this
// header cannot include).
inline float bf16_bits_to_float(uint16_t h) {
    uint32_t u = (uint32_t)h << 16;
    float f;
    memcpy(&f, &u, 4);
    return f;
}

// ---------------------------------------------------------------------------------------------------
// mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32: D = A B + C over the warp
// ---------------------------------------------------------------------------------------------------

// One lane's registers, on its own stack while it waits (Thread::io points here).
struct MmaIO {
    uint32_t a[4], b[2];
    float c[4], d[4];
};

// The arithmetic. The PTX ISA says, for .bf16 with an .f32 accumulator: "Element-wise multiplication
// of matrix A and B is performed with specified precision. Accumulation of the intermediate values is
// performed with at least single precision. The accumulation order, rounding, and handling of subnormal
// inputs are unspecified." Our choice, for each output element:
//
//     d = c;  for k = 0, 1, ..., 15 in that order:  d = fp32(d + fp32(a[row][k] * b[k][col]))
//
// that is, C first, then the 16 products left to right, each addition rounded to nearest even in fp32.
// A product of two bf16 values (8 significant bits each) has at most 16 significant bits and is exact
// in fp32, unless it overflows or falls below fp32's normal range; subnormals are kept, not flushed.
// The GPU does not do this. Measured on an H200 (sm_90, with this header's kernels): it adds without
// rounding in between (C = 1 with products 2^24 and -2^24 gives 1, where this order gives 0; 2^24 + 1 + 1
// gives 2^24 + 2) and rounds the result toward zero (1 + 3 2^-25 gives 1, -1 - 3 2^-25 gives -1). On
// random N(0,1) bf16 inputs its results equalled this order's bit for bit in 51-88% of outputs, and
// differed by at most 4 fp32 ulps of sum |c| + sum |products| (the GPU was within 1.6 such ulps of the
// exact sum, this order within 3.8). So a test of a kernel built on mma, against the GPU or against a CPU reference,
// must allow a few ulps of the sum of the magnitudes per mma (and more where many mma accumulate); only
// inputs whose products and partial sums are all exact in fp32 (small integers) agree everywhere.
inline void mma_m16n8k16_bf16_reference(const float a[16][16], const float b[16][8], const float c[16][8], float d[16][8]) {
    for (int row = 0; row < 16; row++)
        for (int col = 0; col < 8; col++) {
            float sum = c[row][col];
            for (int k = 0; k < 16; k++) {
                float product = a[row][k] * b[k][col];  // exact (see above), so contraction would not change it
                sum = sum + product;
            }
            d[row][col] = sum;
        }
}

inline void resolve_mma(Thread* warp) {
    float a[16][16], b[16][8], c[16][8], d[16][8];
    for (int lane = 0; lane < WARP; lane++) {
        const MmaIO& io = *(const MmaIO*)warp[lane].io;
        for (int i = 0; i < 8; i++) {
            FragmentPlace p = mma_a_place(lane, i);
            a[p.row][p.col] = bf16_bits_to_float(half_of(io.a[i / 2], i % 2));
        }
        for (int i = 0; i < 4; i++) {
            FragmentPlace p = mma_b_place(lane, i);
            b[p.row][p.col] = bf16_bits_to_float(half_of(io.b[i / 2], i % 2));
        }
        for (int i = 0; i < 4; i++) {
            FragmentPlace p = mma_c_place(lane, i);
            c[p.row][p.col] = io.c[i];
        }
    }
    mma_m16n8k16_bf16_reference(a, b, c, d);
    for (int lane = 0; lane < WARP; lane++) {
        MmaIO& io = *(MmaIO*)warp[lane].io;
        for (int i = 0; i < 4; i++) {
            FragmentPlace p = mma_c_place(lane, i);
            io.d[i] = d[p.row][p.col];
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// ldmatrix.sync.aligned.m8n8.{x1,x2,x4}{,.trans}.shared.b16
// ---------------------------------------------------------------------------------------------------
//
// Loads 1, 2 or 4 matrices of 8 x 8 16-bit elements from shared memory. Each row is 16 contiguous bytes
// at an address that one lane gives: lanes 0-7 the rows 0-7 of matrix 0, lanes 8-15 those of matrix 1,
// 16-23 of matrix 2, 24-31 of matrix 3 (with .x1 and .x2 the higher lanes' addresses are not used). A
// row address must be 16-byte aligned ("naturally aligned"); here a misaligned one fails the launch
// with cudaErrorMisalignedAddress, as the GPU does.
//
// Register i of lane l then holds two elements of matrix i, the first in the low half:
//   without .trans: row l/4, columns 2*(l%4) and 2*(l%4) + 1   (four lanes take one row)
//   with .trans:    column l/4, rows 2*(l%4) and 2*(l%4) + 1   (the matrix transposed on the way)
// which is the A fragment layout above for a 16 x 16 tile loaded as four 8 x 8 matrices, and, with
// .trans, the B layout for a tile stored row-major (k by n).
//
// The emulator cannot tell shared from global memory (both are host memory here), so an address
// outside shared memory is not caught; AddressSanitizer catches one outside any buffer.

struct LdmatrixIO {
    const void* row;  // this lane's row address
    uint32_t r[4];
};

inline int ldmatrix_arg(int matrices, bool trans) { return matrices | (trans ? 8 : 0); }

inline std::string hex_address(const void* p) {
    char text[32];
    snprintf(text, sizeof(text), "%p", p);
    return text;
}

inline std::string resolve_ldmatrix(Thread* warp, int arg) {
    int matrices = arg & 7;
    bool trans = (arg & 8) != 0;
    uint16_t e[4][8][8];  // [matrix][row][column]
    for (int m = 0; m < matrices; m++)
        for (int row = 0; row < 8; row++) {
            int lane = 8 * m + row;
            const void* p = ((const LdmatrixIO*)warp[lane].io)->row;
            if (p == nullptr || (uintptr_t)p % 16 != 0) {
                g.problem_code = cudaErrorMisalignedAddress;
                return describe(warp[lane]) + " (lane " + std::to_string(lane) + ") gives ldmatrix the row address " + hex_address(p) +
                       ", which is not 16-byte aligned (each row of an 8 x 8 b16 matrix is 16 bytes, naturally aligned)";
            }
            memcpy(e[m][row], p, 16);
        }
    for (int lane = 0; lane < WARP; lane++) {
        LdmatrixIO& io = *(LdmatrixIO*)warp[lane].io;
        int major = lane / 4, minor = 2 * (lane % 4);
        for (int m = 0; m < matrices; m++) {
            uint16_t lo = trans ? e[m][minor][major] : e[m][major][minor];
            uint16_t hi = trans ? e[m][minor + 1][major] : e[m][major][minor + 1];
            io.r[m] = (uint32_t)lo | (uint32_t)hi << 16;
        }
    }
    return "";
}

inline std::string resolve_matrix_collective(Thread* warp) {
    switch (warp[0].op) {
        case WarpOp::MMA_M16N8K16_BF16: resolve_mma(warp); return "";
        case WarpOp::LDMATRIX: return resolve_ldmatrix(warp, warp[0].arg);
        default: return "";
    }
}

// Called by a lane: waits with its inputs and outputs in `io` until the whole warp is there.
inline void matrix_collective(WarpOp op, int arg, void* io) {
    Thread& t = *g.current;
    t.op = op;
    t.mask = 0xffffffffu;  // .sync.aligned: the whole warp, always
    t.arg = arg;
    t.width = WARP;
    t.io = io;
    wait_at(Wait::WARP);
    t.io = nullptr;
}

// ---------------------------------------------------------------------------------------------------
// cp.async: asynchronous copies from global to shared memory, completed by commit and wait groups
// ---------------------------------------------------------------------------------------------------
//
// The PTX ISA: a cp.async only starts a copy; cp.async.commit_group puts every copy the thread started
// since its last commit into a new group (possibly empty); cp.async.wait_group N waits until at most the
// N most recent groups of the thread are pending, and the writes of a copy are visible to the issuing
// thread only once its group has been waited for (other threads then need a barrier as for any store).
// wait_all is commit + wait_group 0. Groups are per thread; copies not yet committed are not waited for
// by wait_group.
//
// The model here makes a missing wait show: a copy is performed when the wait that covers it runs (by
// the issuing fiber, so __syncthreads after it orders it for the other threads, as on the GPU), and
// from the cp.async until then its destination reads as 0xFF bytes (NaN as floats and bf16) -- what a
// read racing with the copy may see on the GPU is undefined, and this makes it wrong every time, even
// where shared memory held the right values from before. The source is read when the copy is performed;
// a kernel that changes it in between was racing as well. __syncthreads completes nothing, and copies
// still pending when a thread exits are dropped (their destination stays 0xFF). Addresses must be
// aligned to the copy's size (4, 8 or 16 bytes); otherwise the launch fails with
// cudaErrorMisalignedAddress. As for ldmatrix, shared and global memory cannot be told apart here.

inline void cp_async(void* smem, const void* gmem, int bytes) {
    Thread& t = *g.current;
    if ((uintptr_t)smem % bytes != 0 || (uintptr_t)gmem % bytes != 0 || !smem || !gmem) {
        g.fault_message = describe(t) + " starts a cp.async of " + std::to_string(bytes) + " bytes from " + hex_address(gmem) + " to " +
                          hex_address(smem) + ": both addresses must be " + std::to_string(bytes) + "-byte aligned";
        fault(cudaErrorMisalignedAddress);
    }
    memset(smem, 0xFF, bytes);  // in flight: not there yet for anyone who looks
    t.async_uncommitted.push_back({smem, gmem, bytes});
}

inline void cp_async_commit() {
    Thread& t = *g.current;
    t.async_groups.push_back(std::move(t.async_uncommitted));
    t.async_uncommitted.clear();
}

inline void cp_async_wait_group(int pending) {
    Thread& t = *g.current;
    size_t keep = pending < 0 ? 0 : (size_t)pending;
    while (t.async_groups.size() > keep) {
        for (const AsyncCopy& c : t.async_groups.front()) memcpy(c.dst, c.src, c.bytes);
        t.async_groups.erase(t.async_groups.begin());
    }
}

inline void cp_async_wait_all() {
    cp_async_commit();
    cp_async_wait_group(0);
}

// ---------------------------------------------------------------------------------------------------
// What kernels/ptx.cuh calls
// ---------------------------------------------------------------------------------------------------

inline void ptx_mma_m16n8k16_bf16(float d[4], const uint32_t a[4], const uint32_t b[2], const float c[4]) {
    MmaIO io;
    memcpy(io.a, a, sizeof(io.a));
    memcpy(io.b, b, sizeof(io.b));
    memcpy(io.c, c, sizeof(io.c));  // copied before d is written: d may be c
    matrix_collective(WarpOp::MMA_M16N8K16_BF16, 0, &io);
    memcpy(d, io.d, sizeof(io.d));
}

inline void ptx_ldmatrix(uint32_t* r, const void* row, int matrices, bool trans) {
    LdmatrixIO io;
    io.row = row;
    matrix_collective(WarpOp::LDMATRIX, ldmatrix_arg(matrices, trans), &io);
    memcpy(r, io.r, sizeof(uint32_t) * matrices);
}

}  // namespace emu
