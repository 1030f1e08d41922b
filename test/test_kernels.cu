// The kernel families encoder, layernorm, gelu, residual.
//
// Everywhere: each reference backward against central differences of its reference forward, and
// values worked out independently (python3, by hand). With a GPU: each CUDA kernel against its
// reference at awkward sizes, and the backwards that reduce (encoder, layernorm) bit-identical
// from one run to the next.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "../dev/cuda/residual.cuh"  // the residual's CUDA kernels, which only the tests and dev/cuda run
#include "../kernels/common.cuh"
#include "../kernels/encoder.cuh"
#include "../kernels/gelu.cuh"
#include "../kernels/layernorm.cuh"
#include "../kernels/residual.cuh"
#include "helpers.h"

// Finite differences of fp32 forwards with h = 1e-2 agree with the backwards to 6e-5 at most (from
// truncation and fp32 rounding); dropping one term of a gradient formula costs 1e-2 to 1.
constexpr float FD_STEP = 1e-2f;
constexpr double FD_TOLERANCE = 5e-4;

struct Shape {
    int B, T, C;
};
static std::string describe(Shape s) {
    return "B=" + std::to_string(s.B) + " T=" + std::to_string(s.T) + " C=" + std::to_string(s.C);
}
static const Shape CPU_SHAPES[] = {{3, 1, 37}, {2, 5, 37}};

// ----------------------------------------------------------------------------------------------
// References, on the CPU

TEST(Encoder, ForwardCopiesTheTokensRows) {
    int B = 1, T = 3, C = 2;
    Vec wte = {0, 1, 10, 11, 20, 21};  // row v is {10v, 10v + 1}
    std::vector<int> tokens = {2, 0, 2};
    Vec out(B * T * C);
    encoder_forward_cpu(out.data(), tokens.data(), wte.data(), B, T, C);
    EXPECT_EQ(out, (Vec{20, 21, 0, 1, 20, 21}));
}

TEST(Encoder, BackwardIsTheGradientOfForward) {
    int V = 5;
    for (Shape s : CPU_SHAPES) {
        SCOPED_TRACE(describe(s));
        int N = s.B * s.T, C = s.C;
        std::vector<int> tokens(N);
        for (int i = 0; i < N; i++) tokens[i] = (i * 3) % V / 2;  // 0,1,0,2,1,...: repeats, and rows never used
        Vec wte = random_vec((size_t)V * C, 1), probe = random_vec((size_t)N * C, 2), out((size_t)N * C);
        auto loss = [&] {
            encoder_forward_cpu(out.data(), tokens.data(), wte.data(), s.B, s.T, C);
            return dot(out, probe);
        };
        Vec dwte0 = random_vec(wte.size(), 3), dwte = dwte0;  // starts nonzero: the backward must add
        encoder_backward_cpu(dwte.data(), probe.data(), tokens.data(), s.B, s.T, C);
        EXPECT_LE(max_rel_error(difference(dwte, dwte0), numeric_grad(wte, loss, FD_STEP)), FD_TOLERANCE);
    }
}

TEST(LayerNorm, NormalizesEachRow) {
    int B = 3, T = 1, C = 37, N = B * T;
    Vec inp = random_vec((size_t)N * C, 4, 3.0f, 5.0f), weight(C, 1.0f), bias(C, 0.0f);
    Vec out(inp.size()), mean(N), rstd(N);
    layernorm_forward_cpu(out.data(), mean.data(), rstd.data(), inp.data(), weight.data(), bias.data(), B, T, C);
    for (int row = 0; row < N; row++) {
        double m_in = 0, v_in = 0, m_out = 0, v_out = 0;
        for (int c = 0; c < C; c++) m_in += inp[row * C + c] / (double)C;
        for (int c = 0; c < C; c++) v_in += std::pow(inp[row * C + c] - m_in, 2) / C;
        for (int c = 0; c < C; c++) m_out += out[row * C + c] / (double)C;
        for (int c = 0; c < C; c++) v_out += std::pow(out[row * C + c] - m_out, 2) / C;
        EXPECT_NEAR(m_out, 0.0, 1e-6) << "row " << row;
        EXPECT_NEAR(v_out, v_in / (v_in + 1e-5), 1e-5) << "row " << row;  // 1 but for eps
        EXPECT_NEAR(mean[row], m_in, 1e-5 * std::fabs(m_in)) << "row " << row;
        EXPECT_NEAR(rstd[row], 1.0 / std::sqrt(v_in + 1e-5), 1e-5 / std::sqrt(v_in)) << "row " << row;
    }
}

TEST(LayerNorm, BackwardIsTheGradientOfForward) {
    for (Shape s : CPU_SHAPES) {
        SCOPED_TRACE(describe(s));
        int N = s.B * s.T, C = s.C;
        Vec inp = random_vec((size_t)N * C, 5, 2.0f, 0.5f), weight = random_vec(C, 6, 0.3f, 1.0f);
        Vec bias = random_vec(C, 7, 0.1f), probe = random_vec(inp.size(), 8);
        Vec out(inp.size()), mean(N), rstd(N);
        auto loss = [&] {
            layernorm_forward_cpu(out.data(), mean.data(), rstd.data(), inp.data(), weight.data(), bias.data(), s.B,
                                  s.T, C);
            return dot(out, probe);
        };
        loss();  // mean and rstd at the unperturbed input, for the backward
        Vec dinp(inp.size(), NAN);  // overwritten
        Vec dweight0 = random_vec(C, 9), dweight = dweight0, dbias0 = random_vec(C, 10), dbias = dbias0;
        layernorm_backward_cpu(dinp.data(), dweight.data(), dbias.data(), probe.data(), inp.data(), weight.data(),
                               mean.data(), rstd.data(), s.B, s.T, C);
        EXPECT_LE(max_rel_error(dinp, numeric_grad(inp, loss, FD_STEP)), FD_TOLERANCE);
        EXPECT_LE(max_rel_error(difference(dweight, dweight0), numeric_grad(weight, loss, FD_STEP)), FD_TOLERANCE);
        EXPECT_LE(max_rel_error(difference(dbias, dbias0), numeric_grad(bias, loss, FD_STEP)), FD_TOLERANCE);

        // accumulate: the same gradient, added to what dinp held (the model's residual stream).
        Vec dinp0 = random_vec(inp.size(), 11), dinp_acc = dinp0;
        layernorm_backward_cpu(dinp_acc.data(), dweight.data(), dbias.data(), probe.data(), inp.data(), weight.data(),
                               mean.data(), rstd.data(), s.B, s.T, C, true);
        EXPECT_LE(max_rel_error(difference(dinp_acc, dinp0), numeric_grad(inp, loss, FD_STEP)), FD_TOLERANCE);
    }
}

// gelu and its derivative in double, from python3: 0.5*x*(1+math.tanh(math.sqrt(2/math.pi)*(x+0.044715*x**3)))
// and its central difference with h = 1e-6.
TEST(Gelu, MatchesValuesWorkedOutIndependently) {
    struct Known {
        float x;
        double gelu, grad;
    };
    const Known known[] = {
        {0.0f, 0.0, 0.5},
        {1.0f, 0.8411919906082768, 1.0829640837983767},
        {-1.0f, -0.15880800939172324, -0.08296408385288778},
        {2.0f, 1.954597694087775, 1.086099256641937},
        {-3.0f, -0.0036373920817729943, -0.01158416664437563},
        {0.5f, 0.34571400982514394, 0.8673699034844606},
    };
    for (const Known& k : known) {
        float out, dinp, one = 1.0f;
        gelu_forward_cpu(&out, &k.x, 1);
        gelu_backward_cpu(&dinp, &one, &k.x, 1);
        EXPECT_NEAR(out, k.gelu, 1e-6) << "x = " << k.x;
        EXPECT_NEAR(dinp, k.grad, 1e-6) << "x = " << k.x;
    }
}

TEST(Gelu, BackwardIsTheGradientOfForward) {
    size_t N = 3 * 37;
    Vec inp = random_vec(N, 11, 2.0f), probe = random_vec(N, 12), out(N), dinp(N, NAN);
    auto loss = [&] {
        gelu_forward_cpu(out.data(), inp.data(), N);
        return dot(out, probe);
    };
    gelu_backward_cpu(dinp.data(), probe.data(), inp.data(), N);
    EXPECT_LE(max_rel_error(dinp, numeric_grad(inp, loss, FD_STEP)), FD_TOLERANCE);
}

TEST(Residual, ForwardAddsAndBackwardIsTheGradient) {
    size_t N = 3 * 37;
    Vec a = random_vec(N, 13), b = random_vec(N, 14), probe = random_vec(N, 15), out(N);
    residual_forward_cpu(out.data(), a.data(), b.data(), N);
    for (size_t i = 0; i < N; i++) ASSERT_EQ(out[i], a[i] + b[i]) << "i = " << i;
    auto loss = [&] {
        residual_forward_cpu(out.data(), a.data(), b.data(), N);
        return dot(out, probe);
    };
    Vec da0 = random_vec(N, 16), da = da0, db0 = random_vec(N, 17), db = db0;  // both accumulate
    residual_backward_cpu(da.data(), db.data(), probe.data(), N);
    EXPECT_LE(max_rel_error(difference(da, da0), numeric_grad(a, loss, FD_STEP)), FD_TOLERANCE);
    EXPECT_LE(max_rel_error(difference(db, db0), numeric_grad(b, loss, FD_STEP)), FD_TOLERANCE);
}

// ----------------------------------------------------------------------------------------------
// CUDA kernels against the references (skipped without a GPU)

#ifdef __CUDACC__
constexpr double GPU_TOLERANCE = 1e-5;
static const Shape GPU_SHAPES[] = {{3, 1, 37}, {3, 1, 96}, {3, 1, 768}, {3, 67, 37}, {3, 67, 96}, {3, 67, 768}};

// Half the positions draw from 10 tokens, so many rows of dwte gather several positions; the
// rest spread over the whole vocabulary, its last row included.
static std::vector<int> repetitive_tokens(int N, int V, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<int> tokens(N);
    for (int i = 0; i < N; i++) tokens[i] = (i % 2 == 0) ? (int)(rng() % 10) : (int)(rng() % V);
    tokens[N - 1] = V - 1;
    return tokens;
}

constexpr int GPU_V = 1000;

// Runs the CUDA encoder backward from dwte0 on the device and returns the result.
static Vec encoder_backward_on_gpu(const Vec& dwte0, const DeviceBuffer<float>& dout, const DeviceBuffer<int>& tokens,
                                   Shape s) {
    DeviceBuffer<float> dwte(dwte0);
    DeviceBuffer<char> scratch(encoder_backward_scratch_bytes(s.B, s.T));
    encoder_backward(dwte.ptr, scratch.ptr, dout.ptr, tokens.ptr, s.B, s.T, s.C, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    return dwte.download();
}

static void encoder_cuda_matches_reference() {
    for (Shape s : GPU_SHAPES) {
        SCOPED_TRACE(describe(s));
        int N = s.B * s.T;
        std::vector<int> tokens = repetitive_tokens(N, GPU_V, 20);
        Vec wte = random_vec((size_t)GPU_V * s.C, 21), dout = random_vec((size_t)N * s.C, 22);
        Vec dwte0 = random_vec(wte.size(), 23);
        Vec out_ref(dout.size()), dwte_ref = dwte0;
        encoder_forward_cpu(out_ref.data(), tokens.data(), wte.data(), s.B, s.T, s.C);
        encoder_backward_cpu(dwte_ref.data(), dout.data(), tokens.data(), s.B, s.T, s.C);

        DeviceBuffer<int> d_tokens(tokens);
        DeviceBuffer<float> d_wte(wte), d_out(out_ref.size()), d_dout(dout);
        d_out.fill_nan();
        encoder_forward(d_out.ptr, d_tokens.ptr, d_wte.ptr, s.B, s.T, s.C, 0);
        CUDA_CHECK(cudaDeviceSynchronize());
        EXPECT_LE(max_rel_error(d_out.download(), out_ref), GPU_TOLERANCE);
        Vec dwte = encoder_backward_on_gpu(dwte0, d_dout, d_tokens, s);
        EXPECT_LE(max_rel_error(dwte, dwte_ref), GPU_TOLERANCE);
        // Stronger, by design: the same fp32 additions in the same order as the reference.
        EXPECT_TRUE(bit_identical(dwte, dwte_ref));
    }
}

// bf16 activations: the forward rounds each embedding value once (so it equals the rounded reference
// bit for bit); the backward widens bf16 gradients exactly and adds them in the reference's order, so
// dwte is bit-identical to the reference run on the same (rounded) gradients.
static void encoder_cuda_bf16_matches_reference() {
    for (Shape s : GPU_SHAPES) {
        SCOPED_TRACE(describe(s));
        int N = s.B * s.T;
        std::vector<int> tokens = repetitive_tokens(N, GPU_V, 27);
        Vec wte = random_vec((size_t)GPU_V * s.C, 28), dwte0 = random_vec(wte.size(), 29);
        std::vector<__nv_bfloat16> dout = to_bf16(random_vec((size_t)N * s.C, 30));
        Vec out_ref((size_t)N * s.C), dwte_ref = dwte0, dout_f = from_bf16(dout);
        encoder_forward_cpu(out_ref.data(), tokens.data(), wte.data(), s.B, s.T, s.C);
        encoder_backward_cpu(dwte_ref.data(), dout_f.data(), tokens.data(), s.B, s.T, s.C);

        DeviceBuffer<int> d_tokens(tokens);
        DeviceBuffer<float> d_wte(wte), d_dwte(dwte0);
        DeviceBuffer<__nv_bfloat16> d_out(out_ref.size()), d_dout(dout);
        d_out.fill_nan();
        encoder_forward(d_out.ptr, d_tokens.ptr, d_wte.ptr, s.B, s.T, s.C, 0);
        DeviceBuffer<char> scratch(encoder_backward_scratch_bytes(s.B, s.T));
        encoder_backward(d_dwte.ptr, scratch.ptr, d_dout.ptr, d_tokens.ptr, s.B, s.T, s.C, 0);
        CUDA_CHECK(cudaDeviceSynchronize());
        EXPECT_TRUE(bit_identical(from_bf16(d_out.download()), from_bf16(to_bf16(out_ref))));
        EXPECT_TRUE(bit_identical(d_dwte.download(), dwte_ref));
    }
}

static void encoder_cuda_backward_is_deterministic() {
    Shape s = {3, 67, 768};
    int N = s.B * s.T;
    DeviceBuffer<int> tokens(repetitive_tokens(N, GPU_V, 24));
    DeviceBuffer<float> dout(random_vec((size_t)N * s.C, 25));
    Vec dwte0 = random_vec((size_t)GPU_V * s.C, 26);
    EXPECT_TRUE(bit_identical(encoder_backward_on_gpu(dwte0, dout, tokens, s),
                              encoder_backward_on_gpu(dwte0, dout, tokens, s)));
}

struct LayerNormGrads {
    Vec dinp, dweight, dbias;
};

// Runs the CUDA layernorm backward, dinp starting as NaN and dweight, dbias from the given values.
static LayerNormGrads layernorm_backward_on_gpu(const Vec& dout, const Vec& inp, const Vec& weight, const Vec& mean,
                                                const Vec& rstd, const Vec& dweight0, const Vec& dbias0, Shape s) {
    DeviceBuffer<float> d_dinp(inp.size()), d_dweight(dweight0), d_dbias(dbias0);
    DeviceBuffer<float> d_dout(dout), d_inp(inp), d_weight(weight), d_mean(mean), d_rstd(rstd);
    DeviceBuffer<char> scratch(layernorm_backward_scratch_bytes(s.B, s.T, s.C));
    d_dinp.fill_nan();
    layernorm_backward(d_dinp.ptr, d_dweight.ptr, d_dbias.ptr, scratch.ptr, d_dout.ptr, d_inp.ptr, d_weight.ptr,
                       d_mean.ptr, d_rstd.ptr, s.B, s.T, s.C, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    return {d_dinp.download(), d_dweight.download(), d_dbias.download()};
}

static void layernorm_cuda_matches_reference() {
    for (Shape s : GPU_SHAPES) {
        SCOPED_TRACE(describe(s));
        int N = s.B * s.T, C = s.C;
        Vec inp = random_vec((size_t)N * C, 30, 2.0f, 0.5f), weight = random_vec(C, 31, 0.3f, 1.0f);
        Vec bias = random_vec(C, 32, 0.1f), dout = random_vec(inp.size(), 33);
        Vec dweight0 = random_vec(C, 34), dbias0 = random_vec(C, 35);
        Vec out(inp.size()), mean(N), rstd(N), dinp(inp.size()), dweight = dweight0, dbias = dbias0;
        layernorm_forward_cpu(out.data(), mean.data(), rstd.data(), inp.data(), weight.data(), bias.data(), s.B, s.T,
                              C);
        layernorm_backward_cpu(dinp.data(), dweight.data(), dbias.data(), dout.data(), inp.data(), weight.data(),
                               mean.data(), rstd.data(), s.B, s.T, C);

        DeviceBuffer<float> d_out(out.size()), d_mean(N), d_rstd(N), d_inp(inp), d_weight(weight), d_bias(bias);
        d_out.fill_nan();
        layernorm_forward(d_out.ptr, d_mean.ptr, d_rstd.ptr, d_inp.ptr, d_weight.ptr, d_bias.ptr, s.B, s.T, C, 0);
        CUDA_CHECK(cudaDeviceSynchronize());
        EXPECT_LE(max_rel_error(d_out.download(), out), GPU_TOLERANCE);
        EXPECT_LE(max_rel_error(d_mean.download(), mean), GPU_TOLERANCE);
        EXPECT_LE(max_rel_error(d_rstd.download(), rstd), GPU_TOLERANCE);

        LayerNormGrads g = layernorm_backward_on_gpu(dout, inp, weight, mean, rstd, dweight0, dbias0, s);
        EXPECT_LE(max_rel_error(g.dinp, dinp), GPU_TOLERANCE);
        EXPECT_LE(max_rel_error(g.dweight, dweight), GPU_TOLERANCE);
        EXPECT_LE(max_rel_error(g.dbias, dbias), GPU_TOLERANCE);
    }
}

// bf16 activations: inp and dout rounded to bf16 first. mean, rstd, dweight and dbias are fp32 sums of
// exactly the values the reference sees (fp32 tolerance); out and dinp are rounded once to bf16 (1e-2).
static void layernorm_cuda_bf16_matches_reference() {
    for (Shape s : GPU_SHAPES) {
        SCOPED_TRACE(describe(s));
        int N = s.B * s.T, C = s.C;
        std::vector<__nv_bfloat16> inp = to_bf16(random_vec((size_t)N * C, 36, 2.0f, 0.5f));
        std::vector<__nv_bfloat16> dout = to_bf16(random_vec((size_t)N * C, 37));
        Vec weight = random_vec(C, 38, 0.3f, 1.0f), bias = random_vec(C, 39, 0.1f);
        Vec dweight0 = random_vec(C, 40), dbias0 = random_vec(C, 41), inp_f = from_bf16(inp), dout_f = from_bf16(dout);
        Vec out(inp.size()), mean(N), rstd(N), dinp(inp.size()), dweight = dweight0, dbias = dbias0;
        layernorm_forward_cpu(out.data(), mean.data(), rstd.data(), inp_f.data(), weight.data(), bias.data(), s.B, s.T, C);
        layernorm_backward_cpu(dinp.data(), dweight.data(), dbias.data(), dout_f.data(), inp_f.data(), weight.data(),
                               mean.data(), rstd.data(), s.B, s.T, C);

        DeviceBuffer<__nv_bfloat16> d_out(out.size()), d_inp(inp), d_dout(dout), d_dinp(inp.size());
        DeviceBuffer<float> d_mean(N), d_rstd(N), d_weight(weight), d_bias(bias), d_dweight(dweight0), d_dbias(dbias0);
        DeviceBuffer<char> scratch(layernorm_backward_scratch_bytes(s.B, s.T, C));
        d_out.fill_nan();
        d_dinp.fill_nan();
        layernorm_forward(d_out.ptr, d_mean.ptr, d_rstd.ptr, d_inp.ptr, d_weight.ptr, d_bias.ptr, s.B, s.T, C, 0);
        layernorm_backward(d_dinp.ptr, d_dweight.ptr, d_dbias.ptr, scratch.ptr, d_dout.ptr, d_inp.ptr, d_weight.ptr,
                           d_mean.ptr, d_rstd.ptr, s.B, s.T, C, 0);
        CUDA_CHECK(cudaDeviceSynchronize());
        EXPECT_LE(max_rel_error(from_bf16(d_out.download()), out), 1e-2);
        EXPECT_LE(max_rel_error(d_mean.download(), mean), GPU_TOLERANCE);
        EXPECT_LE(max_rel_error(d_rstd.download(), rstd), GPU_TOLERANCE);
        EXPECT_LE(max_rel_error(from_bf16(d_dinp.download()), dinp), 1e-2);
        EXPECT_LE(max_rel_error(d_dweight.download(), dweight), GPU_TOLERANCE);
        EXPECT_LE(max_rel_error(d_dbias.download(), dbias), GPU_TOLERANCE);
    }
}

// The fused residual + LayerNorm against the residual kernel and the LayerNorm kernel run apart (the
// same bits: the fusion changes no arithmetic), and against the CPU; then the backward with accumulate
// against the CPU's (dinp starting from values of its own). T: the activations' type.
template <typename T>
static void layernorm_cuda_fused_residual_matches_the_pair() {
    double tol = std::is_same_v<T, float> ? GPU_TOLERANCE : 1e-2;
    for (Shape s : GPU_SHAPES) {
        SCOPED_TRACE(describe(s));
        int N = s.B * s.T, C = s.C;
        size_t n = (size_t)N * C;
        std::vector<T> a = as<T>(random_vec(n, 46, 2.0f, 0.5f)), b = as<T>(random_vec(n, 47)), dout = as<T>(random_vec(n, 48));
        std::vector<T> dinp0 = as<T>(random_vec(n, 49));
        Vec weight = random_vec(C, 50, 0.3f, 1.0f), bias = random_vec(C, 51, 0.1f), dweight0 = random_vec(C, 52);
        Vec dbias0 = random_vec(C, 53);
        Vec res(n), out(n), mean(N), rstd(N), dinp = floats(dinp0), dweight = dweight0, dbias = dbias0;
        residual_layernorm_forward_cpu(res.data(), out.data(), mean.data(), rstd.data(), floats(a).data(),
                                       floats(b).data(), weight.data(), bias.data(), s.B, s.T, C);
        layernorm_backward_cpu(dinp.data(), dweight.data(), dbias.data(), floats(dout).data(), res.data(), weight.data(),
                               mean.data(), rstd.data(), s.B, s.T, C, true);

        DeviceBuffer<T> d_a(a), d_b(b), d_res(n), d_out(n), d_res2(n), d_out2(n), d_dout(dout), d_dinp(dinp0);
        DeviceBuffer<float> d_mean(N), d_rstd(N), d_mean2(N), d_rstd2(N), d_weight(weight), d_bias(bias);
        DeviceBuffer<float> d_dweight(dweight0), d_dbias(dbias0);
        DeviceBuffer<char> scratch(layernorm_backward_scratch_bytes(s.B, s.T, C));
        for (auto* buf : {&d_res, &d_out, &d_res2, &d_out2}) buf->fill_nan();
        residual_layernorm_forward(d_res.ptr, d_out.ptr, d_mean.ptr, d_rstd.ptr, d_a.ptr, d_b.ptr, d_weight.ptr,
                                   d_bias.ptr, s.B, s.T, C, 0);
        residual_forward(d_res2.ptr, d_a.ptr, d_b.ptr, n, 0);
        layernorm_forward(d_out2.ptr, d_mean2.ptr, d_rstd2.ptr, d_res2.ptr, d_weight.ptr, d_bias.ptr, s.B, s.T, C, 0);
        layernorm_backward(d_dinp.ptr, d_dweight.ptr, d_dbias.ptr, scratch.ptr, d_dout.ptr, d_res.ptr, d_weight.ptr,
                           d_mean.ptr, d_rstd.ptr, s.B, s.T, C, 0, true);
        CUDA_CHECK(cudaDeviceSynchronize());
        EXPECT_TRUE(bit_identical(floats(d_res.download()), floats(d_res2.download())));
        EXPECT_TRUE(bit_identical(floats(d_out.download()), floats(d_out2.download())));
        EXPECT_TRUE(bit_identical(d_mean.download(), d_mean2.download()));
        EXPECT_TRUE(bit_identical(d_rstd.download(), d_rstd2.download()));
        EXPECT_LE(max_rel_error(floats(d_res.download()), res), tol);
        EXPECT_LE(max_rel_error(floats(d_out.download()), out), tol);
        EXPECT_LE(max_rel_error(d_mean.download(), mean), tol);
        EXPECT_LE(max_rel_error(floats(d_dinp.download()), dinp), tol);
        EXPECT_LE(max_rel_error(d_dweight.download(), dweight), tol);
        EXPECT_LE(max_rel_error(d_dbias.download(), dbias), tol);
    }
}

static void layernorm_cuda_backward_is_deterministic() {
    Shape s = {3, 67, 768};
    int N = s.B * s.T, C = s.C;
    Vec inp = random_vec((size_t)N * C, 40, 2.0f, 0.5f), weight = random_vec(C, 41, 0.3f, 1.0f);
    Vec bias = random_vec(C, 42, 0.1f), dout = random_vec(inp.size(), 43), dweight0 = random_vec(C, 44);
    Vec dbias0 = random_vec(C, 45), out(inp.size()), mean(N), rstd(N);
    layernorm_forward_cpu(out.data(), mean.data(), rstd.data(), inp.data(), weight.data(), bias.data(), s.B, s.T, C);
    LayerNormGrads first = layernorm_backward_on_gpu(dout, inp, weight, mean, rstd, dweight0, dbias0, s);
    LayerNormGrads second = layernorm_backward_on_gpu(dout, inp, weight, mean, rstd, dweight0, dbias0, s);
    EXPECT_TRUE(bit_identical(first.dinp, second.dinp));
    EXPECT_TRUE(bit_identical(first.dweight, second.dweight));
    EXPECT_TRUE(bit_identical(first.dbias, second.dbias));
}

// The MLP's shape: gelu runs over B*T*4C values.
static void gelu_cuda_matches_reference() {
    for (Shape s : GPU_SHAPES) {
        SCOPED_TRACE(describe(s));
        size_t N = (size_t)s.B * s.T * 4 * s.C;
        Vec inp = random_vec(N, 50, 3.0f), dout = random_vec(N, 51), out(N), dinp(N);
        gelu_forward_cpu(out.data(), inp.data(), N);
        gelu_backward_cpu(dinp.data(), dout.data(), inp.data(), N);

        DeviceBuffer<float> d_inp(inp), d_dout(dout), d_out(N), d_dinp(N);
        d_out.fill_nan();
        d_dinp.fill_nan();
        gelu_forward(d_out.ptr, d_inp.ptr, N, 0);
        gelu_backward(d_dinp.ptr, d_dout.ptr, d_inp.ptr, N, 0);
        CUDA_CHECK(cudaDeviceSynchronize());
        EXPECT_LE(max_rel_error(d_out.download(), out), GPU_TOLERANCE);
        EXPECT_LE(max_rel_error(d_dinp.download(), dinp), GPU_TOLERANCE);
    }
}

static void residual_cuda_matches_reference() {
    for (Shape s : GPU_SHAPES) {
        SCOPED_TRACE(describe(s));
        size_t N = (size_t)s.B * s.T * s.C;
        Vec a = random_vec(N, 60), b = random_vec(N, 61), dout = random_vec(N, 62), out(N);
        Vec da0 = random_vec(N, 63), db0 = random_vec(N, 64), da = da0, db = db0;
        residual_forward_cpu(out.data(), a.data(), b.data(), N);
        residual_backward_cpu(da.data(), db.data(), dout.data(), N);

        DeviceBuffer<float> d_a(a), d_b(b), d_dout(dout), d_out(N), d_da(da0), d_db(db0);
        d_out.fill_nan();
        residual_forward(d_out.ptr, d_a.ptr, d_b.ptr, N, 0);
        residual_backward(d_da.ptr, d_db.ptr, d_dout.ptr, N, 0);
        CUDA_CHECK(cudaDeviceSynchronize());
        EXPECT_LE(max_rel_error(d_out.download(), out), GPU_TOLERANCE);
        EXPECT_LE(max_rel_error(d_da.download(), da), GPU_TOLERANCE);
        EXPECT_LE(max_rel_error(d_db.download(), db), GPU_TOLERANCE);
    }
}

// The element-wise kernels in bf16 (the bf16 path's activation type) and on unaligned views. Inputs are
// rounded to bf16 first, so the fp32 reference sees exactly what the kernel reads; the kernel's only
// other error is rounding each output to bf16 (2^-9 relative at most). Sizes: 3 x 67 x 37 x 4 values
// (no multiple of 8) and one more; views that start one element in take the element-by-element path
// (a 16-byte load there would be misaligned), in fp32 too, and must not touch the element before them.
template <typename T>
static void elementwise_matches_reference(size_t N, size_t offset, double tolerance) {
    SCOPED_TRACE(std::string(sizeof(T) == 2 ? "bf16" : "fp32") + ", N " + std::to_string(N) + ", offset " +
                 std::to_string(offset));
    size_t M = N + offset;  // buffers; the kernels see [offset, M)
    std::vector<T> x = as<T>(random_vec(M, 70, 3.0f)), y = as<T>(random_vec(M, 71)), z = as<T>(random_vec(M, 72));
    Vec xf = floats(x), yf = floats(y), zf = floats(z);
    Vec gelu_out(M), gelu_din(M), sum(M), dx = yf, dz = zf;
    gelu_forward_cpu(gelu_out.data() + offset, xf.data() + offset, N);
    gelu_backward_cpu(gelu_din.data() + offset, yf.data() + offset, xf.data() + offset, N);
    residual_forward_cpu(sum.data() + offset, xf.data() + offset, yf.data() + offset, N);
    residual_backward_cpu(dx.data() + offset, dz.data() + offset, xf.data() + offset, N);  // dout = x

    DeviceBuffer<T> d_x(x), d_y(y), d_z(z), d_out(M), d_din(M), d_sum(M), d_dx(y), d_dz(z);
    d_out.fill_nan();
    d_din.fill_nan();
    d_sum.fill_nan();
    gelu_forward(d_out.ptr + offset, d_x.ptr + offset, N, 0);
    gelu_backward(d_din.ptr + offset, d_y.ptr + offset, d_x.ptr + offset, N, 0);
    residual_forward(d_sum.ptr + offset, d_x.ptr + offset, d_y.ptr + offset, N, 0);
    residual_backward(d_dx.ptr + offset, d_dz.ptr + offset, d_x.ptr + offset, N, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    auto view = [&](const Vec& v) { return Vec(v.begin() + offset, v.end()); };
    EXPECT_LE(max_rel_error(view(floats(d_out.download())), view(gelu_out)), tolerance);
    EXPECT_LE(max_rel_error(view(floats(d_din.download())), view(gelu_din)), tolerance);
    EXPECT_LE(max_rel_error(view(floats(d_sum.download())), view(sum)), tolerance);
    EXPECT_LE(max_rel_error(view(floats(d_dx.download())), view(dx)), tolerance);
    EXPECT_LE(max_rel_error(view(floats(d_dz.download())), view(dz)), tolerance);
    if (offset > 0) {  // the element before the view: outputs still the fill, accumulators unchanged
        EXPECT_TRUE(std::isnan(floats(d_out.download())[0]));
        EXPECT_EQ(floats(d_dx.download())[0], yf[0]);
    }
}

static void elementwise_bf16_and_unaligned_match_reference() {
    const size_t N = (size_t)3 * 67 * 37 * 4;
    for (size_t n : {N, N + 1})
        for (size_t offset : {(size_t)0, (size_t)1}) {
            elementwise_matches_reference<float>(n, offset, GPU_TOLERANCE);
            elementwise_matches_reference<__nv_bfloat16>(n, offset, 1e-2);
        }
}
#endif  // __CUDACC__

GPU_TEST(Elementwise, CudaBf16AndUnalignedViewsMatchReference, elementwise_bf16_and_unaligned_match_reference)
GPU_TEST(Encoder, CudaMatchesReference, encoder_cuda_matches_reference)
GPU_TEST(Encoder, CudaBackwardIsDeterministic, encoder_cuda_backward_is_deterministic)
GPU_TEST(Encoder, CudaBf16MatchesReference, encoder_cuda_bf16_matches_reference)
GPU_TEST(LayerNorm, CudaMatchesReference, layernorm_cuda_matches_reference)
GPU_TEST(LayerNorm, CudaBackwardIsDeterministic, layernorm_cuda_backward_is_deterministic)
GPU_TEST(LayerNorm, CudaBf16MatchesReference, layernorm_cuda_bf16_matches_reference)
GPU_TEST(LayerNorm, CudaFusedWithTheResidualMatchesThePair, layernorm_cuda_fused_residual_matches_the_pair<float>)
GPU_TEST(LayerNorm, CudaBf16FusedWithTheResidualMatchesThePair, layernorm_cuda_fused_residual_matches_the_pair<__nv_bfloat16>)
GPU_TEST(Gelu, CudaMatchesReference, gelu_cuda_matches_reference)
GPU_TEST(Residual, CudaMatchesReference, residual_cuda_matches_reference)
