// The kernel families rope and attention.
//
// Everywhere: rope against values worked out with python3 and against its own inverse and
// transpose; attention against a naive double-precision version written here, its causal
// property, and its backward against central differences of its forward. With a GPU: each CUDA
// kernel against its reference at every head size from 8 to 128, awkward T (1, 5, 67) and the GPT-2
// small shape (T 1024, C 768, NH 12), and the attention backward bit-identical from run to run.
// Flash attention (bf16, tensor cores) in each of its three versions against the same reference, causal
// to the bit and bit-identical from run to run.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "../dev/cuda/flash_ladder.cuh"  // flash attention's versions 4 and 5, beside the model's 6
#include "../kernels/attention.cuh"
#include "../kernels/common.cuh"
#include "../kernels/flash_attention.cuh"
#include "../kernels/rope.cuh"
#include "helpers.h"

namespace {

constexpr float BASE = 10000.0f;  // the model's RoPE base

struct Shape {
    int B, T, C, NH;
};
std::string describe(Shape s) {
    return "B=" + std::to_string(s.B) + " T=" + std::to_string(s.T) + " C=" + std::to_string(s.C) +
           " NH=" + std::to_string(s.NH) + " HS=" + std::to_string(s.C / s.NH);
}
size_t qkv_size(Shape s) { return (size_t)s.B * s.T * 3 * s.C; }
size_t out_size(Shape s) { return (size_t)s.B * s.T * s.C; }
size_t att_size(Shape s) { return (size_t)s.B * s.NH * s.T * s.T; }

// Head sizes 8, 16, 32, 64, 96 and 128 (the paper's router has 8, C 96 NH 12), each at T 1, 5, 67.
std::vector<Shape> small_shapes() {
    const int C_NH[][2] = {{96, 12}, {64, 4}, {96, 3}, {256, 4}, {192, 2}, {256, 2}};
    std::vector<Shape> shapes;
    for (int T : {1, 5, 67})
        for (auto& c : C_NH) shapes.push_back({2, T, c[0], c[1]});
    return shapes;
}

// Attention as its definition reads, in double: the yardstick for the fp32 reference.
void attention_forward_double(std::vector<double>& out, std::vector<double>& att, const Vec& qkv, Shape s) {
    int B = s.B, T = s.T, C = s.C, NH = s.NH, HS = C / NH;
    out.assign(out_size(s), 0.0);
    att.assign(att_size(s), 0.0);
    auto at = [&](int b, int t, int part, int h, int d) {  // part 0, 1, 2: q, k, v
        return (double)qkv[((size_t)b * T + t) * 3 * C + part * C + h * HS + d];
    };
    for (int b = 0; b < B; b++)
        for (int h = 0; h < NH; h++)
            for (int t = 0; t < T; t++) {
                std::vector<double> score(t + 1);
                for (int j = 0; j <= t; j++) {
                    for (int d = 0; d < HS; d++) score[j] += at(b, t, 0, h, d) * at(b, j, 1, h, d);
                    score[j] /= std::sqrt((double)HS);
                }
                double maxval = *std::max_element(score.begin(), score.end()), sum = 0.0;
                for (int j = 0; j <= t; j++) sum += std::exp(score[j] - maxval);
                for (int j = 0; j <= t; j++) {
                    double p = std::exp(score[j] - maxval) / sum;
                    att[(((size_t)b * NH + h) * T + t) * T + j] = p;
                    for (int d = 0; d < HS; d++) out[((size_t)b * T + t) * C + h * HS + d] += p * at(b, j, 2, h, d);
                }
            }
}

}  // namespace

// ----------------------------------------------------------------------------------------------
// RoPE reference, on the CPU

// From python3, rotate-half with angle t * 10000**(-2*i/4) at t = 1 (angles 1 and 0.01), in double:
// q = [1, 2, 3, 4] and k = [0.5, -1, 2, -3].
TEST(Rope, MatchesValuesWorkedOutIndependently) {
    int B = 1, T = 2, C = 4, NH = 1;
    Vec qkv = {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,  // t = 0
               1, 2, 3, 4, 0.5f, -1, 2, -3, 5, 6, 7, 8};
    rope_forward_cpu(qkv.data(), B, T, C, NH, BASE);
    const double q[] = {-1.9841106485555495, 1.959900667496664, 2.4623779024123156, 4.019799668334994};
    const double k[] = {-1.4127908166817231, -0.9699505004141653, 1.501340104140228, -3.0098498345841627};
    for (int i = 0; i < 4; i++) {
        EXPECT_NEAR(qkv[12 + i], q[i], 1e-6) << "q[" << i << "]";
        EXPECT_NEAR(qkv[16 + i], k[i], 1e-6) << "k[" << i << "]";
        EXPECT_EQ(qkv[20 + i], 5.0f + i) << "v[" << i << "]";
    }
    for (int i = 0; i < 12; i++) EXPECT_EQ(qkv[i], 9.0f) << "position 0, channel " << i;
}

// At t = 0 every angle is 0: cos 1 and sin 0 exactly, so q and k keep every bit; v is never touched.
TEST(Rope, LeavesPositionZeroAndValuesUnchanged) {
    Shape s = {2, 5, 64, 4};
    Vec qkv0 = random_vec(qkv_size(s), 1), qkv = qkv0;
    rope_forward_cpu(qkv.data(), s.B, s.T, s.C, s.NH, BASE);
    for (int b = 0; b < s.B; b++)
        for (int t = 0; t < s.T; t++) {
            size_t row = ((size_t)b * s.T + t) * 3 * s.C;
            for (int c = 0; c < 3 * s.C; c++)
                if (t == 0 || c >= 2 * s.C) {
                    ASSERT_EQ(qkv[row + c], qkv0[row + c]) << "b " << b << " t " << t << " c " << c;
                }
            bool qk_same = std::memcmp(&qkv[row], &qkv0[row], 2 * s.C * sizeof(float)) == 0;
            EXPECT_EQ(qk_same, t == 0) << "b " << b << " t " << t;
        }
}

// The rotation is orthogonal: the backward (its transpose) undoes the forward.
TEST(Rope, BackwardUndoesForward) {
    for (Shape s : small_shapes()) {
        SCOPED_TRACE(describe(s));
        Vec qkv0 = random_vec(qkv_size(s), 2), qkv = qkv0;
        rope_forward_cpu(qkv.data(), s.B, s.T, s.C, s.NH, BASE);
        rope_backward_cpu(qkv.data(), s.B, s.T, s.C, s.NH, BASE);
        EXPECT_LE(max_rel_error(qkv, qkv0), 1e-6);
    }
}

// <rope(x), y> = <x, rope_backward(y)>: the backward is the forward's transpose (for the linear
// map rope, this is what central differences of <rope(x), y> would measure, without their cost).
// Each side rounds every product once in fp32 (relative 6e-8, doubled by the two terms of a
// rotation), so they differ by at most ~1.2e-7 |x| |y|; a wrong sign or angle costs order |x| |y|.
TEST(Rope, BackwardIsTheTransposeOfForward) {
    for (Shape s : small_shapes()) {
        SCOPED_TRACE(describe(s));
        Vec x = random_vec(qkv_size(s), 3), y = random_vec(qkv_size(s), 4), rope_x = x, rope_t_y = y;
        rope_forward_cpu(rope_x.data(), s.B, s.T, s.C, s.NH, BASE);
        rope_backward_cpu(rope_t_y.data(), s.B, s.T, s.C, s.NH, BASE);
        EXPECT_NEAR(dot(rope_x, y), dot(x, rope_t_y), 1e-6 * std::sqrt(dot(x, x) * dot(y, y)));
    }
}

// ----------------------------------------------------------------------------------------------
// Attention reference, on the CPU

// Sums of fp32 products over HS and over T terms: the worst element differs from double by a few
// 1e-7 of the largest; 2e-6 leaves room, and a wrong formula misses by 1e-2 or more.
TEST(Attention, ForwardMatchesDoublePrecision) {
    for (Shape s : small_shapes()) {
        SCOPED_TRACE(describe(s));
        Vec qkv = random_vec(qkv_size(s), 5), out(out_size(s), NAN), att(att_size(s), NAN);
        attention_forward_cpu(out.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH);
        std::vector<double> out_want, att_want;
        attention_forward_double(out_want, att_want, qkv, s);
        EXPECT_LE(max_rel_error(out, out_want), 2e-6);
        EXPECT_LE(max_rel_error(att, att_want), 2e-6);  // zeros above the diagonal included
    }
}

// Changing the q, k and v of positions after t0 leaves every output up to t0 as it was, to the bit.
TEST(Attention, IsCausal) {
    Shape s = {2, 67, 64, 4};
    int t0 = 40;
    Vec qkv = random_vec(qkv_size(s), 6), out(out_size(s)), att(att_size(s));
    attention_forward_cpu(out.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH);
    Vec noise = random_vec(qkv.size(), 7);
    for (int b = 0; b < s.B; b++)
        for (int t = t0 + 1; t < s.T; t++)
            for (int c = 0; c < 3 * s.C; c++) {
                size_t i = ((size_t)b * s.T + t) * 3 * s.C + c;
                qkv[i] += noise[i];
            }
    Vec out2(out.size());
    attention_forward_cpu(out2.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH);
    for (int b = 0; b < s.B; b++)
        for (int t = 0; t < s.T; t++) {
            const float* row = out.data() + ((size_t)b * s.T + t) * s.C;
            const float* row2 = out2.data() + ((size_t)b * s.T + t) * s.C;
            bool same = std::memcmp(row, row2, s.C * sizeof(float)) == 0;
            EXPECT_EQ(same, t <= t0) << "b " << b << " t " << t;
        }
}

// A single position attends to itself alone: p = 1, out = v, and all the gradient goes to v.
TEST(Attention, SinglePositionPassesValuesThrough) {
    Shape s = {2, 1, 64, 4};
    Vec qkv = random_vec(qkv_size(s), 8), out(out_size(s), NAN), att(att_size(s), NAN);
    attention_forward_cpu(out.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH);
    Vec dout = random_vec(out.size(), 9), dqkv(qkv.size(), NAN);
    attention_backward_cpu(dqkv.data(), dout.data(), qkv.data(), att.data(), s.B, s.T, s.C, s.NH);
    for (float p : att) EXPECT_EQ(p, 1.0f);
    for (int b = 0; b < s.B; b++)
        for (int c = 0; c < s.C; c++) {
            size_t row = (size_t)b * 3 * s.C;
            EXPECT_EQ(out[(size_t)b * s.C + c], qkv[row + 2 * s.C + c]) << "b " << b << " c " << c;
            EXPECT_EQ(dqkv[row + c], 0.0f) << "dq, b " << b << " c " << c;
            EXPECT_EQ(dqkv[row + s.C + c], 0.0f) << "dk, b " << b << " c " << c;
            EXPECT_EQ(dqkv[row + 2 * s.C + c], dout[(size_t)b * s.C + c]) << "dv, b " << b << " c " << c;
        }
}

// Gradient of loss = sum(out * probe) by central differences, h = 1e-2: truncation (h^2/6 times a
// third derivative of order one) and fp32 rounding of the loss over 2h leave at most ~1e-4 of the
// largest gradient (measured: below 4e-5); dropping one term of the backward costs 1e-2 to 1.
// T 40 at head size 16 takes the backward's blocks of query rows past the first: dK and dV in tiles
// of 6 positions, the rest one position at a time, and each block's triangle.
TEST(Attention, BackwardIsTheGradientOfForward) {
    for (Shape s : {Shape{2, 5, 16, 2}, Shape{1, 7, 32, 2}, Shape{2, 1, 16, 2}, Shape{1, 40, 32, 2}}) {
        SCOPED_TRACE(describe(s));
        Vec qkv = random_vec(qkv_size(s), 10), probe = random_vec(out_size(s), 11);
        Vec out(out_size(s)), att(att_size(s));
        auto loss = [&] {
            attention_forward_cpu(out.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH);
            return dot(out, probe);
        };
        loss();  // att at the unperturbed input, for the backward
        Vec dqkv(qkv.size(), NAN);  // overwritten, all of it
        attention_backward_cpu(dqkv.data(), probe.data(), qkv.data(), att.data(), s.B, s.T, s.C, s.NH);
        EXPECT_LE(max_rel_error(dqkv, numeric_grad(qkv, loss, 1e-2f)), 5e-4);
    }
}

// ----------------------------------------------------------------------------------------------
// CUDA kernels against the references (skipped without a GPU)

#ifdef __CUDACC__
namespace {

// The GPU's tolerance: relative error vs the largest value at most 1e-5 in fp32.
constexpr double GPU_TOLERANCE = 1e-5;

std::vector<Shape> gpu_shapes() {
    std::vector<Shape> shapes = small_shapes();
    shapes.push_back({1, 1024, 768, 12});  // GPT-2 small
    return shapes;
}

// T: the activations' type. bf16: the pairs are read as bf16, turned in fp32 and rounded once
// on the store, so each value is within 2^-9 of the reference run on the same rounded inputs.
template <typename T>
void rope_cuda_matches(double tolerance, unsigned seed) {
    for (Shape s : gpu_shapes()) {
        SCOPED_TRACE(describe(s));
        std::vector<T> qkv = as<T>(random_vec(qkv_size(s), seed)), dqkv = as<T>(random_vec(qkv_size(s), seed + 1));
        Vec rotated = floats(qkv), drotated = floats(dqkv);
        rope_forward_cpu(rotated.data(), s.B, s.T, s.C, s.NH, BASE);
        rope_backward_cpu(drotated.data(), s.B, s.T, s.C, s.NH, BASE);
        DeviceBuffer<T> d_qkv(qkv), d_dqkv(dqkv);
        rope_forward(d_qkv.ptr, s.B, s.T, s.C, s.NH, BASE, 0);
        rope_backward(d_dqkv.ptr, s.B, s.T, s.C, s.NH, BASE, 0);
        CUDA_CHECK(cudaDeviceSynchronize());
        EXPECT_LE(max_rel_error(floats(d_qkv.download()), rotated), tolerance);
        EXPECT_LE(max_rel_error(floats(d_dqkv.download()), drotated), tolerance);
    }
}
void rope_cuda_matches_reference() { rope_cuda_matches<float>(GPU_TOLERANCE, 20); }
void rope_cuda_bf16_matches_reference() { rope_cuda_matches<__nv_bfloat16>(1e-2, 22); }

struct AttentionResults {
    Vec out, att, dqkv;
};

// The CUDA forward and backward in activation type T, every output and the scratch starting as NaN,
// so that an entry left unwritten (or a stale scratch entry that is read) shows.
template <typename T = float>
AttentionResults attention_on_gpu(const Vec& qkv, const Vec& dout, Shape s) {
    DeviceBuffer<T> d_qkv(as<T>(qkv)), d_dout(as<T>(dout)), d_out(out_size(s)), d_att(att_size(s)), d_dqkv(qkv_size(s));
    DeviceBuffer<float> scratch(attention_backward_scratch_bytes(s.B, s.T, s.C, s.NH) / sizeof(float));
    d_out.fill_nan();
    d_att.fill_nan();
    d_dqkv.fill_nan();
    scratch.fill_nan();
    attention_forward(d_out.ptr, d_att.ptr, d_qkv.ptr, s.B, s.T, s.C, s.NH, 0);
    attention_backward(d_dqkv.ptr, scratch.ptr, d_dout.ptr, d_qkv.ptr, d_att.ptr, s.B, s.T, s.C, s.NH, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    return {floats(d_out.download()), floats(d_att.download()), floats(d_dqkv.download())};
}

// Both ways of computing the per-head products, forced on every shape: cuBLAS and our tiled kernel.
// In bf16 the inputs are rounded first (the reference sees what the kernels read); the scores, P and
// dS are then stored in bf16 between the products, as the model's activations are.
template <typename T>
void attention_cuda_matches(double tolerance) {
    for (bool cublas : {true, false})
    for (Shape s : gpu_shapes()) {
        attention_products = cublas ? AttentionProducts::CUBLAS : AttentionProducts::TILED;
        SCOPED_TRACE(describe(s) + (cublas ? ", cuBLAS products" : ", tiled-kernel products"));
        Vec qkv = floats(as<T>(random_vec(qkv_size(s), 30))), dout = floats(as<T>(random_vec(out_size(s), 31)));
        Vec out(out_size(s)), att(att_size(s)), dqkv(qkv_size(s));
        attention_forward_cpu(out.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH);
        attention_backward_cpu(dqkv.data(), dout.data(), qkv.data(), att.data(), s.B, s.T, s.C, s.NH);
        AttentionResults gpu = attention_on_gpu<T>(qkv, dout, s);
        EXPECT_LE(max_rel_error(gpu.out, out), tolerance);
        EXPECT_LE(max_rel_error(gpu.att, att), tolerance);
        EXPECT_LE(max_rel_error(gpu.dqkv, dqkv), tolerance);
    }
    attention_products = AttentionProducts::AUTO;
}
void attention_cuda_matches_reference() { attention_cuda_matches<float>(GPU_TOLERANCE); }
void attention_cuda_bf16_matches_reference() { attention_cuda_matches<__nv_bfloat16>(1e-2); }

void attention_cuda_is_deterministic() {
    Shape s = {1, 1024, 768, 12};
    Vec qkv = random_vec(qkv_size(s), 40), dout = random_vec(out_size(s), 41);
    AttentionResults first = attention_on_gpu(qkv, dout, s), second = attention_on_gpu(qkv, dout, s);
    EXPECT_TRUE(bit_identical(first.out, second.out));
    EXPECT_TRUE(bit_identical(first.att, second.att));
    EXPECT_TRUE(bit_identical(first.dqkv, second.dqkv));
}

// The fused forward (no att) against the reference, twice (the same bits); a head size above its
// limit goes through the fallback.
template <typename T>
void attention_fused_cuda_matches(double tolerance) {
    std::vector<Shape> shapes = small_shapes();
    shapes.push_back({1, 130, 512, 2});  // HS 256
    for (Shape s : shapes) {
        SCOPED_TRACE(describe(s));
        Vec qkv = floats(as<T>(random_vec(qkv_size(s), 50))), out(out_size(s)), att(att_size(s)), first;
        attention_forward_cpu(out.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH);
        bool fused = attention_fused_supported(s.C, s.NH);
        EXPECT_EQ(fused, s.C / s.NH <= 128);
        for (int run = 0; run < 2; run++) {
            DeviceBuffer<T> d_qkv(as<T>(qkv)), d_out(out_size(s)), d_att(fused ? 1 : att_size(s));
            d_out.fill_nan();
            attention_forward_fused(d_out.ptr, fused ? nullptr : d_att.ptr, d_qkv.ptr, s.B, s.T, s.C, s.NH, 0);
            CUDA_CHECK(cudaDeviceSynchronize());
            Vec got = floats(d_out.download());
            EXPECT_LE(max_rel_error(got, out), tolerance);
            if (run == 0) first = got;
            else EXPECT_TRUE(bit_identical(first, got));
        }
    }
}
void attention_fused_cuda_matches_reference() { attention_fused_cuda_matches<float>(GPU_TOLERANCE); }
void attention_fused_cuda_bf16_matches_reference() { attention_fused_cuda_matches<__nv_bfloat16>(1e-2); }

// ----------------------------------------------------------------------------------------------
// Flash attention (kernels/flash_attention.cuh): bf16 in and out, tensor cores.

struct FlashResults {
    Vec out, lse, dqkv;
};

// Forward then backward in one version (dev/cuda/flash_ladder.cuh; FLASH_PIPELINED is the model's own
// flash_attention_forward and flash_attention_backward), every output and the scratch starting as NaN
// (an element left unwritten shows). The backward reads the forward's own out, as the model does.
FlashResults flash_on_gpu(const Vec& qkv, const Vec& dout, Shape s, int version) {
    DeviceBuffer<bf16> d_qkv(as<bf16>(qkv)), d_dout(as<bf16>(dout)), d_out(out_size(s)), d_dqkv(qkv_size(s));
    DeviceBuffer<float> lse((size_t)s.B * s.NH * s.T), scratch(flash_attention_backward_scratch_bytes(s.B, s.T, s.NH) / sizeof(float));
    d_out.fill_nan();
    d_dqkv.fill_nan();
    lse.fill_nan();
    scratch.fill_nan();
    flash_attention_forward_version(version, d_out.ptr, lse.ptr, d_qkv.ptr, s.B, s.T, s.C, s.NH, 0);
    flash_attention_backward_version(version, d_dqkv.ptr, scratch.ptr, d_dout.ptr, d_qkv.ptr, d_out.ptr, lse.ptr, s.B, s.T, s.C,
                                     s.NH, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    return {floats(d_out.download()), lse.download(), floats(d_dqkv.download())};
}

// Against the fp32 reference run on the same bf16-rounded inputs, within bf16 tolerance (the kernels
// round P and dS to bf16 before their second product, and out, dqkv on the store): every head size the
// kernels take (8 and 96 padded to 16 and 128), T 1, 5, 67 (not a multiple of any tile) and 1024, several
// batches and heads. lse against its own double-precision reference (it is fp32 throughout: 1e-5).
// Each of the three versions (padded, swizzled, pipelined); T 1024 in the model's own, the pipelined.
void flash_attention_cuda_matches_reference() {
    std::vector<Shape> shapes = small_shapes();
    shapes.push_back({1, 130, 64, 4});     // HS 16 over three tiles, the last one 2 rows
    shapes.push_back({1, 1024, 768, 12});  // GPT-2 small
    for (int version : {FLASH_PADDED, FLASH_SWIZZLED, FLASH_PIPELINED})
    for (Shape s : shapes) {
        if (s.T == 1024 && version != FLASH_PIPELINED) continue;
        SCOPED_TRACE(describe(s) + ", version " + std::to_string(version));
        ASSERT_TRUE(flash_attention_supported(s.C, s.NH));
        Vec qkv = floats(as<bf16>(random_vec(qkv_size(s), 60))), dout = floats(as<bf16>(random_vec(out_size(s), 61)));
        Vec out(out_size(s)), att(att_size(s)), dqkv(qkv_size(s)), lse((size_t)s.B * s.NH * s.T);
        attention_forward_cpu(out.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH);
        attention_backward_cpu(dqkv.data(), dout.data(), qkv.data(), att.data(), s.B, s.T, s.C, s.NH);
        flash_attention_lse_cpu(lse.data(), qkv.data(), s.B, s.T, s.C, s.NH);
        FlashResults gpu = flash_on_gpu(qkv, dout, s, version);
        EXPECT_LE(max_rel_error(gpu.out, out), 1e-2);
        EXPECT_LE(max_rel_error(gpu.lse, lse), 1e-5);
        EXPECT_LE(max_rel_error(gpu.dqkv, dqkv), 1e-2);
    }
}

// Head sizes it does not take: not a multiple of 8 (HS 12), or above 128.
void flash_attention_refuses_other_head_sizes() {
    EXPECT_FALSE(flash_attention_supported(48, 4));
    EXPECT_FALSE(flash_attention_supported(512, 2));
    EXPECT_TRUE(flash_attention_supported(96, 12));
    Shape s = {1, 3, 48, 4};
    DeviceBuffer<bf16> qkv(qkv_size(s)), out(out_size(s));
    DeviceBuffer<float> lse(s.B * s.NH * s.T);
    EXPECT_THROW(flash_attention_forward(out.ptr, lse.ptr, qkv.ptr, s.B, s.T, s.C, s.NH, 0), std::runtime_error);
}

// Causal to the bit: changing the q, k and v of position `later` (and its dout) leaves the outputs, lse
// and dQ of every earlier position exactly as they were (their dK and dV may change: later queries
// attend to earlier keys). And two runs give the same bits.
void flash_attention_is_causal_and_deterministic(int version) {
    Shape s = {2, 150, 256, 4};  // HS 64, the later position in the middle of the third tile
    const int later = 140;
    Vec qkv = random_vec(qkv_size(s), 62), dout = random_vec(out_size(s), 63);
    FlashResults first = flash_on_gpu(qkv, dout, s, version), again = flash_on_gpu(qkv, dout, s, version);
    EXPECT_TRUE(bit_identical(first.out, again.out));
    EXPECT_TRUE(bit_identical(first.lse, again.lse));
    EXPECT_TRUE(bit_identical(first.dqkv, again.dqkv));
    Vec qkv2 = qkv, dout2 = dout;
    for (int b = 0; b < s.B; b++) {
        for (int c = 0; c < 3 * s.C; c++) qkv2[((size_t)b * s.T + later) * 3 * s.C + c] += 0.75f;
        for (int c = 0; c < s.C; c++) dout2[((size_t)b * s.T + later) * s.C + c] -= 0.5f;
    }
    FlashResults changed = flash_on_gpu(qkv2, dout2, s, version);
    int earlier_out = 0, earlier_dq = 0, earlier_lse = 0, later_out = 0;
    for (int b = 0; b < s.B; b++)
        for (int t = 0; t < s.T; t++) {
            for (int c = 0; c < s.C; c++) {
                size_t i = ((size_t)b * s.T + t) * s.C + c, iq = ((size_t)b * s.T + t) * 3 * s.C + c;
                bool same_out = memcmp(&first.out[i], &changed.out[i], 4) == 0;
                bool same_dq = memcmp(&first.dqkv[iq], &changed.dqkv[iq], 4) == 0;
                if (t < later) earlier_out += !same_out, earlier_dq += !same_dq;
                else later_out += !same_out;
            }
            for (int h = 0; h < s.NH; h++) {
                size_t i = ((size_t)b * s.NH + h) * s.T + t;
                if (t < later) earlier_lse += memcmp(&first.lse[i], &changed.lse[i], 4) != 0;
            }
        }
    EXPECT_EQ(earlier_out, 0) << "outputs of earlier positions changed";
    EXPECT_EQ(earlier_dq, 0) << "dq of earlier positions changed";
    EXPECT_EQ(earlier_lse, 0) << "lse of earlier positions changed";
    EXPECT_GT(later_out, 0) << "the change reached no output at all: the test would not see a leak";
}
void flash_attention_cuda_is_causal_and_deterministic() {  // each version
    for (int version : {FLASH_PADDED, FLASH_SWIZZLED, FLASH_PIPELINED}) {
        SCOPED_TRACE("version " + std::to_string(version));
        flash_attention_is_causal_and_deterministic(version);
    }
}

}  // namespace
#endif  // __CUDACC__

GPU_TEST(Attention, CudaFusedForwardMatchesReference, attention_fused_cuda_matches_reference)
GPU_TEST(Rope, CudaMatchesReference, rope_cuda_matches_reference)
GPU_TEST(Rope, CudaBf16MatchesReference, rope_cuda_bf16_matches_reference)
GPU_TEST(Attention, CudaMatchesReference, attention_cuda_matches_reference)
GPU_TEST(Attention, CudaBf16MatchesReference, attention_cuda_bf16_matches_reference)
GPU_TEST(Attention, CudaFusedForwardBf16MatchesReference, attention_fused_cuda_bf16_matches_reference)
GPU_TEST(Attention, CudaIsDeterministic, attention_cuda_is_deterministic)
GPU_TEST(FlashAttention, CudaMatchesReference, flash_attention_cuda_matches_reference)
GPU_TEST(FlashAttention, CudaRefusesOtherHeadSizes, flash_attention_refuses_other_head_sizes)
GPU_TEST(FlashAttention, CudaIsCausalToTheBitAndDeterministic, flash_attention_cuda_is_causal_and_deterministic)
