// The matmul (linear layer) family.
//
// Everywhere: the blocked CPU GEMMs against plain triple loops in double precision, at sizes that
// fit no tile or cache block evenly, with and without bias and dinp, and with the accumulation
// rules in play (dinp starts as NaN and must be overwritten; dweight and dbias start random and
// must be added to); the same bits from run to run and for any number of OpenMP threads.
// With a GPU: the cuBLAS path against the CPU at the same sizes, and TF32 switched on and off.
#include <gtest/gtest.h>
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "../kernels/common.cuh"
#include "../kernels/matmul.cuh"
#include "helpers.h"

namespace {

// The definition, as plainly as it can be written, summed in double.
void matmul_forward_naive_cpu(float* out, const float* inp, const float* weight, const float* bias, int N, int C,
                              int OC) {
    for (int n = 0; n < N; n++)
        for (int o = 0; o < OC; o++) {
            double sum = bias ? bias[o] : 0.0;
            for (int c = 0; c < C; c++) sum += (double)inp[(size_t)n * C + c] * weight[(size_t)o * C + c];
            out[(size_t)n * OC + o] = (float)sum;
        }
}

void matmul_backward_naive_cpu(float* dinp, float* dweight, float* dbias, const float* dout, const float* inp,
                               const float* weight, int N, int C, int OC) {
    for (int n = 0; n < N; n++)
        for (int c = 0; c < C; c++) {
            double sum = 0.0;
            for (int o = 0; o < OC; o++) sum += (double)dout[(size_t)n * OC + o] * weight[(size_t)o * C + c];
            dinp[(size_t)n * C + c] = (float)sum;
        }
    for (int o = 0; o < OC; o++) {
        for (int c = 0; c < C; c++) {
            double sum = dweight[(size_t)o * C + c];
            for (int n = 0; n < N; n++) sum += (double)dout[(size_t)n * OC + o] * inp[(size_t)n * C + c];
            dweight[(size_t)o * C + c] = (float)sum;
        }
        double sum = dbias[o];
        for (int n = 0; n < N; n++) sum += dout[(size_t)n * OC + o];
        dbias[o] = (float)sum;
    }
}

constexpr double TOLERANCE = 1e-5;

struct Shape {
    int N, C, OC;
};
std::string describe(Shape s) {
    return "N=" + std::to_string(s.N) + " C=" + std::to_string(s.C) + " OC=" + std::to_string(s.OC);
}

// Every combination of awkward sizes (tiles are 6 x 16 outputs, cache blocks at most 96 rows, 512
// columns, 256 terms of the sum), then one shape that spans several blocks of every dimension of
// the forward (the grid's C stay below 256).
std::vector<Shape> awkward_shapes() {
    std::vector<Shape> shapes;
    for (int N : {1, 7, 67, 300})
        for (int C : {37, 96, 130})
            for (int OC : {1, 37, 192, 515}) shapes.push_back({N, C, OC});
    shapes.push_back({150, 300, 530});
    shapes.push_back({1300, 37, 192});  // N past 2 x MATMUL_SLICE_ROWS: the weight gradient in slices, the last one longer
    return shapes;
}

// One problem's inputs and the starting values of the accumulated gradients.
struct Problem {
    Shape s;
    Vec inp, weight, bias, dout, dweight0, dbias0;
    explicit Problem(Shape shape, unsigned seed) : s(shape) {
        inp = random_vec((size_t)s.N * s.C, seed);
        weight = random_vec((size_t)s.OC * s.C, seed + 1);
        bias = random_vec(s.OC, seed + 2);
        dout = random_vec((size_t)s.N * s.OC, seed + 3);
        dweight0 = random_vec(weight.size(), seed + 4);  // nonzero: the backward must add
        dbias0 = random_vec(bias.size(), seed + 5);
    }
};

struct Grads {
    Vec dinp, dweight, dbias;
};

Vec forward_cpu(const Problem& p, bool with_bias) {
    Vec out((size_t)p.s.N * p.s.OC, NAN);
    matmul_forward_cpu(out.data(), p.inp.data(), p.weight.data(), with_bias ? p.bias.data() : nullptr, p.s.N, p.s.C,
                       p.s.OC);
    return out;
}

// dinp starts as NaN (it must be overwritten); without_optional leaves dinp and dbias out.
Grads backward_cpu(const Problem& p, bool without_optional = false) {
    Grads g = {Vec(p.inp.size(), NAN), p.dweight0, p.dbias0};
    matmul_backward_cpu(without_optional ? nullptr : g.dinp.data(), g.dweight.data(),
                        without_optional ? nullptr : g.dbias.data(), p.dout.data(), p.inp.data(), p.weight.data(),
                        p.s.N, p.s.C, p.s.OC);
    return g;
}

// Runs f with `threads` OpenMP threads, then puts the previous count back.
template <typename F>
auto with_threads(int threads, F f) {
    int before = omp_get_max_threads();
    omp_set_num_threads(threads);
    auto result = f();
    omp_set_num_threads(before);
    return result;
}

// ----------------------------------------------------------------------------------------------
// Reference, on the CPU

}  // namespace

TEST(Matmul, ForwardMatchesNaiveLoops) {
    for (Shape s : awkward_shapes()) {
        SCOPED_TRACE(describe(s));
        Problem p(s, 100);
        for (bool with_bias : {true, false}) {
            SCOPED_TRACE(with_bias ? "with bias" : "bias nullptr");
            Vec want((size_t)s.N * s.OC);
            matmul_forward_naive_cpu(want.data(), p.inp.data(), p.weight.data(), with_bias ? p.bias.data() : nullptr,
                                     s.N, s.C, s.OC);
            EXPECT_LE(max_rel_error(forward_cpu(p, with_bias), want), TOLERANCE);
        }
    }
}

TEST(Matmul, BackwardMatchesNaiveLoops) {
    for (Shape s : awkward_shapes()) {
        SCOPED_TRACE(describe(s));
        Problem p(s, 200);
        Grads want = {Vec(p.inp.size()), p.dweight0, p.dbias0};
        matmul_backward_naive_cpu(want.dinp.data(), want.dweight.data(), want.dbias.data(), p.dout.data(),
                                  p.inp.data(), p.weight.data(), s.N, s.C, s.OC);
        Grads got = backward_cpu(p);
        EXPECT_LE(max_rel_error(got.dinp, want.dinp), TOLERANCE);
        EXPECT_LE(max_rel_error(got.dweight, want.dweight), TOLERANCE);
        EXPECT_LE(max_rel_error(got.dbias, want.dbias), TOLERANCE);

        Grads partial = backward_cpu(p, true);  // dinp, dbias nullptr: dweight alone, the same bits
        EXPECT_TRUE(bit_identical(partial.dweight, got.dweight));
        EXPECT_TRUE(bit_identical(partial.dbias, p.dbias0));
    }
}

// The GEMMs above ran the microkernel this CPU selects (AVX2+FMA on x86-64 machines from 2013 on);
// the plain one that other CPUs get must compute the same tile, starting from c_in or from zero,
// and leave the rest of a row stride wider than the tile alone. A reaches the microkernel as six row
// pointers and a step between a row's values: rows of a row-major matrix (step 1, the forward and
// dinp), one buffer read down its columns (step = its row length, the weight gradient's dout), and
// one row given twice (an edge tile's missing rows repeat its last one).
TEST(Matmul, PlainMicrokernelMatchesTheSelectedOne) {
    constexpr int KC = 300, LD = MATMUL_NR + 5, STRIDE = 9;
    std::vector<float> buffer;
    float* b = matmul_scratch(buffer, (size_t)KC * MATMUL_NR);  // aligned, as packed panels are
    Vec b_values = random_vec((size_t)KC * MATMUL_NR, 800), c_in = random_vec(MATMUL_MR * LD, 801);
    Vec a_values = random_vec((size_t)KC * STRIDE, 802);
    std::copy(b_values.begin(), b_values.end(), b);
    struct Layout { const char* name; ptrdiff_t row_start, step; int last_row; };
    for (Layout layout : {Layout{"rows of a row-major matrix", KC, 1, MATMUL_MR - 1},
                          Layout{"columns of a matrix read as its transpose", 1, STRIDE, MATMUL_MR - 1},
                          Layout{"an edge tile: rows 4 and 5 repeat row 3", KC, 1, 3}}) {
        const float* a[MATMUL_MR];
        for (int i = 0; i < MATMUL_MR; i++) a[i] = a_values.data() + std::min(i, layout.last_row) * layout.row_start;
        for (bool from_zero : {true, false}) {
            SCOPED_TRACE(std::string(layout.name) + (from_zero ? ", c_in nullptr" : ", c_in given"));
            const float* in = from_zero ? nullptr : c_in.data();
            Vec plain(MATMUL_MR * LD, NAN), selected(MATMUL_MR * LD, NAN), naive(MATMUL_MR * LD, 0.0f);
            matmul_microkernel_plain(KC, a, layout.step, b, in, LD, plain.data(), LD);
            matmul_microkernel()(KC, a, layout.step, b, in, LD, selected.data(), LD);
            for (int i = 0; i < MATMUL_MR; i++)
                for (int j = 0; j < MATMUL_NR; j++) {  // in double, from the same values
                    double sum = from_zero ? 0.0 : c_in[i * LD + j];
                    for (int k = 0; k < KC; k++) sum += (double)a[i][k * layout.step] * b[k * MATMUL_NR + j];
                    naive[i * LD + j] = (float)sum;
                }
            for (int i = 0; i < MATMUL_MR; i++)
                for (int j = MATMUL_NR; j < LD; j++) {  // past the tile: left alone
                    ASSERT_TRUE(std::isnan(plain[i * LD + j]) && std::isnan(selected[i * LD + j]));
                    plain[i * LD + j] = selected[i * LD + j] = 0.0f;
                }
            EXPECT_LE(max_rel_error(selected, plain), TOLERANCE);
            EXPECT_LE(max_rel_error(plain, naive), TOLERANCE);
        }
    }
}

// Bit-identical from one run to the next, and with 1, 2 or 3 threads: every element is summed by
// one thread, in blocks and an order that do not depend on how the rows are shared out (nor, for the
// weight gradient of 1,300 rows, on which thread sums which slice of them).
TEST(Matmul, SameBitsOnEveryRunAndThreadCount) {
    for (Shape s : {Shape{150, 300, 530}, Shape{67, 130, 515}, Shape{1300, 96, 67}}) {
        SCOPED_TRACE(describe(s));
        Problem p(s, 400);
        Vec out = forward_cpu(p, true);
        Grads g = backward_cpu(p);
        EXPECT_TRUE(bit_identical(forward_cpu(p, true), out));
        EXPECT_TRUE(bit_identical(backward_cpu(p).dweight, g.dweight));
        for (int threads : {1, 3}) {
            SCOPED_TRACE("threads " + std::to_string(threads));
            EXPECT_TRUE(bit_identical(with_threads(threads, [&] { return forward_cpu(p, true); }), out));
            Grads t = with_threads(threads, [&] { return backward_cpu(p); });
            EXPECT_TRUE(bit_identical(t.dinp, g.dinp));
            EXPECT_TRUE(bit_identical(t.dweight, g.dweight));
            EXPECT_TRUE(bit_identical(t.dbias, g.dbias));
        }
    }
}

namespace {

// ----------------------------------------------------------------------------------------------
// cuBLAS against the reference (skipped without a GPU)

#ifdef __CUDACC__
// Outputs start as NaN: an entry cuBLAS should have written and did not shows.
Vec forward_gpu(const Problem& p, bool with_bias) {
    DeviceBuffer<float> out((size_t)p.s.N * p.s.OC), inp(p.inp), weight(p.weight), bias(p.bias);
    out.fill_nan();
    matmul_forward(out.ptr, inp.ptr, weight.ptr, with_bias ? bias.ptr : nullptr, p.s.N, p.s.C, p.s.OC, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    return out.download();
}

Grads backward_gpu(const Problem& p, bool without_optional = false) {
    DeviceBuffer<float> dinp(p.inp.size()), dweight(p.dweight0), dbias(p.dbias0);
    DeviceBuffer<float> dout(p.dout), inp(p.inp), weight(p.weight);
    dinp.fill_nan();  // without_optional must leave it so
    matmul_backward(without_optional ? nullptr : dinp.ptr, dweight.ptr, without_optional ? nullptr : dbias.ptr,
                    dout.ptr, inp.ptr, weight.ptr, p.s.N, p.s.C, p.s.OC, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    return {dinp.download(), dweight.download(), dbias.download()};
}

// Restores matmul_use_cublaslt when the scope ends, even when an assertion leaves it early.
struct CublasLtSetting {
    bool saved = matmul_use_cublaslt;
    explicit CublasLtSetting(bool use) { matmul_use_cublaslt = use; }
    ~CublasLtSetting() { matmul_use_cublaslt = saved; }
};

void matmul_cuda_matches_reference() {
    for (Shape s : awkward_shapes()) {
        SCOPED_TRACE(describe(s));
        Problem p(s, 500);
        for (bool lt : {true, false}) {
            CublasLtSetting setting(lt);
            for (bool with_bias : {true, false}) {
                SCOPED_TRACE(std::string(lt ? "cuBLASLt, " : "cuBLAS, ") + (with_bias ? "with bias" : "bias nullptr"));
                EXPECT_LE(max_rel_error(forward_gpu(p, with_bias), forward_cpu(p, with_bias)), TOLERANCE);
            }
        }
        Grads want = backward_cpu(p), got = backward_gpu(p);
        EXPECT_LE(max_rel_error(got.dinp, want.dinp), TOLERANCE);
        EXPECT_LE(max_rel_error(got.dweight, want.dweight), TOLERANCE);
        EXPECT_LE(max_rel_error(got.dbias, want.dbias), TOLERANCE);

        Grads partial = backward_gpu(p, true);  // dinp, dbias nullptr: left as they were
        EXPECT_LE(max_rel_error(partial.dweight, want.dweight), TOLERANCE);
        EXPECT_TRUE(std::all_of(partial.dinp.begin(), partial.dinp.end(), [](float x) { return std::isnan(x); }));
        EXPECT_TRUE(bit_identical(partial.dbias, p.dbias0));
    }
}

void matmul_cuda_backward_is_deterministic() {
    Problem p({150, 300, 530}, 600);
    Grads first = backward_gpu(p), second = backward_gpu(p);
    EXPECT_TRUE(bit_identical(first.dinp, second.dinp));
    EXPECT_TRUE(bit_identical(first.dweight, second.dweight));
    EXPECT_TRUE(bit_identical(first.dbias, second.dbias));
}

// TF32 rounds the inputs to 10 mantissa bits: about 1e-3 relative error, not 1e-5. Turning it
// back off restores the fp32 result.
void matmul_cuda_tf32_is_close_and_can_be_turned_off() {
    Problem p({150, 300, 530}, 700);
    Vec want = forward_cpu(p, true);
    matmul_allow_tf32(true);
    Vec tf32 = forward_gpu(p, true);
    matmul_allow_tf32(false);
    EXPECT_LE(max_rel_error(tf32, want), 1e-2);
    EXPECT_LE(max_rel_error(forward_gpu(p, true), want), TOLERANCE);
}

// bf16: inp, weight, bias and dout are rounded to bf16 first, so that the fp32 reference
// sees exactly what cuBLAS reads. The bf16 outputs (out, dinp) are then off by their own rounding (2^-9
// relative: 1e-2); the fp32 gradients dweight and dbias are fp32 sums of exact products of bf16
// values, off by the order of the sums only (1e-4). The forward both through cuBLASLt and without.
void matmul_cuda_bf16_matches_reference() {
    for (Shape s : awkward_shapes()) {
        SCOPED_TRACE(describe(s));
        Problem p(s, 800);
        p.inp = floats(to_bf16(p.inp));
        p.weight = floats(to_bf16(p.weight));
        p.bias = floats(to_bf16(p.bias));
        p.dout = floats(to_bf16(p.dout));
        DeviceBuffer<bf16> out((size_t)s.N * s.OC), inp(to_bf16(p.inp)), weight(to_bf16(p.weight));
        DeviceBuffer<bf16> dinp(p.inp.size()), dout(to_bf16(p.dout)), bias(to_bf16(p.bias));
        DeviceBuffer<float> dweight(p.dweight0), dbias(p.dbias0);
        Vec want_out = forward_cpu(p, true);
        for (bool lt : {true, false}) {
            SCOPED_TRACE(lt ? "cuBLASLt" : "cuBLAS");
            CublasLtSetting setting(lt);
            out.fill_nan();
            matmul_forward(out.ptr, inp.ptr, weight.ptr, bias.ptr, s.N, s.C, s.OC, 0);
            CUDA_CHECK(cudaDeviceSynchronize());
            EXPECT_LE(max_rel_error(floats(out.download()), want_out), 1e-2);
        }
        dinp.fill_nan();
        matmul_backward(dinp.ptr, dweight.ptr, dbias.ptr, dout.ptr, inp.ptr, weight.ptr, s.N, s.C, s.OC, 0);
        CUDA_CHECK(cudaDeviceSynchronize());
        Grads want = backward_cpu(p);
        EXPECT_LE(max_rel_error(floats(dinp.download()), want.dinp), 1e-2);
        EXPECT_LE(max_rel_error(dweight.download(), want.dweight), 1e-4);
        EXPECT_LE(max_rel_error(dbias.download(), want.dbias), 1e-4);
    }
}

// The model's tensors sit at any offset of its flat buffers: cuBLASLt must be told how aligned each
// pointer is (the emulator refuses a pointer less aligned than the heuristic was promised). Every
// operand one element past a 256-byte boundary, in both precisions; the cuBLASLt path must be taken
// (matmul_forward_cublaslt returns false where it would fall back), and give the reference's result.
template <typename T>
void matmul_cuda_cublaslt_takes_tensors_at_any_offset() {
    Shape s{67, 130, 515};
    Problem p(s, 900);
    for (Vec* v : {&p.inp, &p.weight, &p.bias}) *v = floats(as<T>(*v));
    auto shifted = [](const Vec& v) {
        Vec padded(v.size() + 1, 0.0f);
        std::copy(v.begin(), v.end(), padded.begin() + 1);
        return as<T>(padded);
    };
    DeviceBuffer<T> inp(shifted(p.inp)), weight(shifted(p.weight)), bias(shifted(p.bias));
    DeviceBuffer<T> out((size_t)s.N * s.OC + 1);
    out.fill_nan();
    bool took_lt = matmul_forward_cublaslt(out.ptr + 1, inp.ptr + 1, weight.ptr + 1, bias.ptr + 1, s.N, s.C, s.OC, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    ASSERT_TRUE(took_lt) << "cuBLASLt's heuristic offered no algorithm";
    Vec got = floats(out.download());
    got.erase(got.begin());
    double tolerance = std::is_same_v<T, float> ? TOLERANCE : 1e-2;
    EXPECT_LE(max_rel_error(got, forward_cpu(p, true)), tolerance);
}
#endif

}  // namespace

GPU_TEST(Matmul, CudaMatchesReference, matmul_cuda_matches_reference)
GPU_TEST(Matmul, CudaCublasLtTakesTensorsAtAnyOffset, matmul_cuda_cublaslt_takes_tensors_at_any_offset<float>)
GPU_TEST(Matmul, CudaBf16CublasLtTakesTensorsAtAnyOffset, matmul_cuda_cublaslt_takes_tensors_at_any_offset<bf16>)
GPU_TEST(Matmul, CudaBackwardIsDeterministic, matmul_cuda_backward_is_deterministic)
GPU_TEST(Matmul, CudaBf16MatchesReference, matmul_cuda_bf16_matches_reference)
GPU_TEST(Matmul, CudaTf32IsCloseAndCanBeTurnedOff, matmul_cuda_tf32_is_close_and_can_be_turned_off)
