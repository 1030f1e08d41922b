// cuda_bf16.h of the CPU emulator (see cuda_runtime.h): the bfloat16 types and the conversions between
// bf16 and fp32, with the toolkit's names and signatures, and results bit for bit those of CUDA's
// definitions. bf16 is the top half of an fp32: 1 sign bit, the same 8 exponent bits, 7 fraction bits.
//
// Only conversions are here, and the raw bits as the toolkit gives them. The toolkit's arithmetic and
// comparison operators, and its implicit conversions between __nv_bfloat16 and float, are left out: code
// that needs them fails to compile, which says what to add.
#pragma once

#include <cstdint>
#include <cstring>

#include "cuda_runtime.h"

// The bits are private, as in the toolkit (there `__x` is protected), so that code built here does not
// reach into them where the toolkit would refuse it; __bfloat16_as_ushort and __ushort_as_bfloat16 below
// read and write them. Trivially copyable, 2 bytes, aligned to 2.
struct alignas(2) __nv_bfloat16 {
    __nv_bfloat16() = default;  // uninitialized, as the toolkit's

  private:
    unsigned short bits_;
};

// Two of them in 4 bytes, .x in the low half: one 32-bit load or store moves both.
struct alignas(4) __nv_bfloat162 {
    __nv_bfloat16 x, y;
    __nv_bfloat162() = default;
    constexpr __nv_bfloat162(const __nv_bfloat16& a, const __nv_bfloat16& b) : x(a), y(b) {}
};

typedef __nv_bfloat16 nv_bfloat16;
typedef __nv_bfloat162 nv_bfloat162;

static_assert(sizeof(__nv_bfloat16) == 2 && alignof(__nv_bfloat16) == 2, "bf16 is 2 bytes");
static_assert(sizeof(__nv_bfloat162) == 4 && alignof(__nv_bfloat162) == 4, "bf16x2 is 4 bytes");

// The bits as an integer and back, unchanged. (The cast to void* tells g++ that copying raw bytes into a
// class with a private member is meant.)
inline unsigned short __bfloat16_as_ushort(const __nv_bfloat16 h) {
    unsigned short u;
    memcpy(&u, &h, 2);
    return u;
}
inline __nv_bfloat16 __ushort_as_bfloat16(const unsigned short i) {
    __nv_bfloat16 h;
    memcpy((void*)&h, &i, 2);
    return h;
}

// fp32 -> bf16, round to nearest, ties to even: what __float2bfloat16_rn is documented to do, and what
// the toolkit computes (cvt.rn.bf16.f32 on sm_80 and later; integer code on the host and older GPUs).
inline __nv_bfloat16 __float2bfloat16_rn(const float a) {
    uint32_t u;
    memcpy(&u, &a, 4);
    // Every NaN gives 0x7FFF, a quiet NaN with the sign cleared: the bits the toolkit's header computes
    // for any NaN where it does not use the instruction (cuda_bf16.hpp, __internal_float2bfloat16), and
    // the canonical bf16 NaN. Without this test, rounding the bits below would turn a NaN whose payload
    // sits only in the low 16 bits (0x7F800001) into infinity.
    if ((u & 0x7fffffffu) > 0x7f800000u) return __ushort_as_bfloat16(0x7fff);
    // Why this is round to nearest even: the result is the top 16 bits, and the 16 bits dropped, r, are
    // measured against half of the last kept bit, 0x8000. Adding 0x7FFF carries into the kept bits
    // exactly when r > 0x8000 (round up) and not when r < 0x8000 (round down). Adding the kept lowest bit
    // as well decides the tie r == 0x8000: it carries when that bit is 1 (odd, up to the even neighbour)
    // and not when it is 0 (already even). A carry out of the 7 fraction bits steps the exponent, which is
    // still the right next value, and from the largest finite bf16 it gives 0x7F80, infinity, as IEEE
    // rounding does past the largest finite value. Infinities and zeros pass unchanged (their low 16
    // bits are 0). Subnormals need nothing apart: their bits are a plain fixed-point number, rounded by
    // the same rule, and a carry out of the largest bf16 subnormal gives the smallest normal.
    uint32_t lowest_kept = (u >> 16) & 1u;
    return __ushort_as_bfloat16((uint16_t)((u + 0x7fffu + lowest_kept) >> 16));
}
inline __nv_bfloat16 __float2bfloat16(const float a) { return __float2bfloat16_rn(a); }

// bf16 -> fp32 is exact: the bf16 bits are the top half of the fp32.
inline float __bfloat162float(const __nv_bfloat16 a) {
    uint32_t u = (uint32_t)__bfloat16_as_ushort(a) << 16;
    float f;
    memcpy(&f, &u, 4);
    return f;
}

inline __nv_bfloat162 __halves2bfloat162(const __nv_bfloat16 a, const __nv_bfloat16 b) { return __nv_bfloat162(a, b); }
inline __nv_bfloat16 __low2bfloat16(const __nv_bfloat162 a) { return a.x; }
inline __nv_bfloat16 __high2bfloat16(const __nv_bfloat162 a) { return a.y; }
inline float __low2float(const __nv_bfloat162 a) { return __bfloat162float(a.x); }
inline float __high2float(const __nv_bfloat162 a) { return __bfloat162float(a.y); }

// a into the low half (.x), b into the high half (.y), each rounded to nearest even.
inline __nv_bfloat162 __floats2bfloat162_rn(const float a, const float b) {
    return __nv_bfloat162(__float2bfloat16_rn(a), __float2bfloat16_rn(b));
}
inline __nv_bfloat162 __float22bfloat162_rn(const float2 a) { return __floats2bfloat162_rn(a.x, a.y); }
inline float2 __bfloat1622float2(const __nv_bfloat162 a) { return make_float2(__low2float(a), __high2float(a)); }
