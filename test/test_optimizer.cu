// The loss and the optimizer: softmax cross-entropy over a padded vocabulary, the global gradient norm,
// AdamW.
//
// Everywhere: cross-entropy against a naive double-precision version written here, at logits far too
// large for a naive fp32 exp; padding that holds garbage (huge, infinite, NaN) yet changes nothing; the
// backward in place; the backward against central differences of the forward. The norm against a plain
// double sum, and the same bits whatever the OpenMP thread count. AdamW against a scalar double version
// of PyTorch's documented algorithm, written here independently of the header. With a GPU: each CUDA
// kernel against its reference, and two runs bit-identical.
#include <gtest/gtest.h>
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "../kernels/adamw.cuh"
#include "../kernels/common.cuh"
#include "../kernels/crossentropy.cuh"
#include "helpers.h"

namespace {

// ----------------------------------------------------------------------------------------------
// Cross-entropy cases

// Vp as the model pads it: small vocabularies to a multiple of 64, large ones to 128.
int padded(int V) {
    int multiple = V < 1000 ? 64 : 128;
    return ceil_div(V, multiple) * multiple;
}

struct CrossEntropyCase {
    int N, V, Vp;
    Vec logits;  // (N, Vp)
    std::vector<int> targets;
    Vec dlosses;
};

std::string describe(const CrossEntropyCase& c) {
    return "N=" + std::to_string(c.N) + " V=" + std::to_string(c.V) + " Vp=" + std::to_string(c.Vp);
}

// Real logits uniform in [-range, range]; padding holds values that would wreck any softmax they
// entered. dlosses: the mean loss's 1/N, but 0 (a masked position) on every fifth row.
CrossEntropyCase make_case(int N, int V, int Vp, float range, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> uniform(-range, range);
    const float garbage[] = {1e30f, -1e30f, INFINITY, NAN, 88.0f};
    CrossEntropyCase c{N, V, Vp, Vec((size_t)N * Vp), std::vector<int>(N), Vec(N)};
    for (int n = 0; n < N; n++) {
        for (int v = 0; v < Vp; v++) c.logits[(size_t)n * Vp + v] = v < V ? uniform(rng) : garbage[(n + v) % 5];
        c.targets[n] = (int)(rng() % V);
        c.dlosses[n] = n % 5 == 4 ? 0.0f : 1.0f / N;
    }
    c.targets[N - 1] = V - 1;  // the last real column is a target somewhere
    return c;
}

const int CE_NS[] = {1, 7, 67};
const int CE_VS[] = {1, 37, 1000, 8192};
// exp(100) overflows fp32 (max 3.4e38 = exp(88.7)): without the max subtraction these are inf or NaN.
const float CE_RANGES[] = {3.0f, 100.0f};

// The whole grid of cases the CPU tests run: every N, V and range.
template <typename F>
void for_each_case(F f) {
    unsigned seed = 100;
    for (int N : CE_NS)
        for (int V : CE_VS)
            for (float range : CE_RANGES) {
                CrossEntropyCase c = make_case(N, V, padded(V), range, seed++);
                SCOPED_TRACE(describe(c) + " range=" + std::to_string(range));
                f(c);
            }
}

// Textbook formulas in double.
double naive_loss(const float* x, int V, int target) {
    double max = x[0];
    for (int v = 1; v < V; v++) max = std::max(max, (double)x[v]);
    double sum = 0.0;
    for (int v = 0; v < V; v++) sum += std::exp((double)x[v] - max);
    return std::log(sum) + max - x[target];
}

Vec naive_dlogits(const CrossEntropyCase& c) {
    Vec d((size_t)c.N * c.Vp, 0.0f);
    for (int n = 0; n < c.N; n++) {
        const float* x = &c.logits[(size_t)n * c.Vp];
        double max = x[0];
        for (int v = 1; v < c.V; v++) max = std::max(max, (double)x[v]);
        double sum = 0.0;
        for (int v = 0; v < c.V; v++) sum += std::exp((double)x[v] - max);
        for (int v = 0; v < c.V; v++)
            d[(size_t)n * c.Vp + v] =
                (float)(c.dlosses[n] * (std::exp((double)x[v] - max) / sum - (v == c.targets[n] ? 1.0 : 0.0)));
    }
    return d;
}

Vec cpu_losses(const CrossEntropyCase& c) {
    Vec losses(c.N, NAN);
    crossentropy_forward_cpu(losses.data(), c.logits.data(), c.targets.data(), c.N, c.V, c.Vp);
    return losses;
}

Vec cpu_dlogits(const CrossEntropyCase& c) {
    Vec dlogits(c.logits.size(), NAN);  // every entry must be overwritten
    crossentropy_backward_cpu(dlogits.data(), c.logits.data(), c.targets.data(), c.dlosses.data(), c.N, c.V, c.Vp);
    return dlogits;
}

// True when every padding column of every row is exactly +0.0 (bits included).
bool padding_is_zero(const Vec& d, int N, int V, int Vp) {
    for (int n = 0; n < N; n++)
        for (int v = V; v < Vp; v++) {
            float x = d[(size_t)n * Vp + v];
            if (std::memcmp(&x, "\0\0\0\0", 4) != 0) return false;
        }
    return true;
}

// ----------------------------------------------------------------------------------------------
// AdamW, PyTorch's documented algorithm (torch.optim.AdamW, amsgrad off), one scalar at a time in
// double, with nothing taken from the header under test:
//   theta <- theta - lr * lambda * theta
//   m <- beta1 m + (1 - beta1) g;   v <- beta2 v + (1 - beta2) g^2
//   m_hat = m / (1 - beta1^t);       v_hat = v / (1 - beta2^t)
//   theta <- theta - lr * m_hat / (sqrt(v_hat) + eps)

struct AdamWConfig {
    double lr, beta1, beta2, eps, weight_decay, grad_scale;
};

void documented_adamw_step(std::vector<double>& p, const Vec& grads, std::vector<double>& m, std::vector<double>& v,
                           const AdamWConfig& k, int t) {
    for (size_t i = 0; i < p.size(); i++) {
        double g = (double)grads[i] * k.grad_scale;
        p[i] -= k.lr * k.weight_decay * p[i];
        m[i] = k.beta1 * m[i] + (1 - k.beta1) * g;
        v[i] = k.beta2 * v[i] + (1 - k.beta2) * g * g;
        double m_hat = m[i] / (1 - std::pow(k.beta1, t)), v_hat = v[i] / (1 - std::pow(k.beta2, t));
        p[i] -= k.lr * m_hat / (std::sqrt(v_hat) + k.eps);
    }
}

// Gradients of every kind: ordinary, exactly zero (only the weight decay moves those), small enough
// that eps dominates the denominator (1e-9: where eps sits — before or after the bias correction —
// changes the step several-fold), and large.
Vec adamw_grads(size_t n, unsigned seed) {
    Vec g = random_vec(n, seed);
    for (size_t i = 0; i < n; i += 7) g[i] = 0.0f;
    for (size_t i = 3; i < n; i += 11) g[i] *= 1e-9f;
    for (size_t i = 5; i < n; i += 13) g[i] *= 1e3f;
    return g;
}

Vec to_float(const std::vector<double>& x) { return Vec(x.begin(), x.end()); }

// The model's AdamW defaults (common/model.h), with a strong lr so that three steps move the parameters well
// beyond their rounding; the betas as the fp32 values the kernels receive.
AdamWConfig adamw_config(double weight_decay) { return {1e-2, 0.9f, 0.99f, 1e-8f, weight_decay, 0.5}; }

}  // namespace

// ----------------------------------------------------------------------------------------------
// Cross-entropy references, on the CPU

TEST(CrossEntropy, ForwardMatchesNaiveDouble) {
    for_each_case([](const CrossEntropyCase& c) {
        Vec want(c.N);
        for (int n = 0; n < c.N; n++) want[n] = (float)naive_loss(&c.logits[(size_t)n * c.Vp], c.V, c.targets[n]);
        EXPECT_LE(max_rel_error(cpu_losses(c), want), 1e-6);
    });
}

TEST(CrossEntropy, ForwardOfOneRowWorkedOut) {
    // log(e^1 + e^2 + e^3) - 2 = 1.4076059644443801 (python3: math.log(sum(math.exp(x) for x in (1,2,3))) - 2)
    Vec logits = {1.0f, 2.0f, 3.0f, NAN};
    int target = 1;
    float loss;
    crossentropy_forward_cpu(&loss, logits.data(), &target, 1, 3, 4);
    EXPECT_NEAR(loss, 1.4076059644443801, 1e-6);
}

TEST(CrossEntropy, BackwardMatchesNaiveDoubleAndZeroesThePadding) {
    for_each_case([](const CrossEntropyCase& c) {
        Vec got = cpu_dlogits(c);
        EXPECT_LE(max_rel_error(got, naive_dlogits(c)), 1e-6);
        EXPECT_TRUE(padding_is_zero(got, c.N, c.V, c.Vp));
    });
}

// The same logits with zeros in the padding give bit-identical losses and gradients.
TEST(CrossEntropy, PaddingNeverChangesAnything) {
    for_each_case([](const CrossEntropyCase& c) {
        CrossEntropyCase clean = c;
        for (int n = 0; n < c.N; n++)
            for (int v = c.V; v < c.Vp; v++) clean.logits[(size_t)n * c.Vp + v] = 0.0f;
        EXPECT_TRUE(bit_identical(cpu_losses(c), cpu_losses(clean)));
        EXPECT_TRUE(bit_identical(cpu_dlogits(c), cpu_dlogits(clean)));
    });
}

TEST(CrossEntropy, BackwardInPlaceEqualsOutOfPlace) {
    for_each_case([](const CrossEntropyCase& c) {
        Vec in_place = c.logits;
        crossentropy_backward_cpu(in_place.data(), in_place.data(), c.targets.data(), c.dlosses.data(), c.N, c.V,
                                  c.Vp);
        EXPECT_TRUE(bit_identical(in_place, cpu_dlogits(c)));
    });
}

// The fused classifier: the same losses and, for one dloss on every row, the same gradient, to the bit,
// computed in place.
TEST(CrossEntropy, FusedEqualsForwardThenBackward) {
    for_each_case([](const CrossEntropyCase& c) {
        CrossEntropyCase uniform = c;
        uniform.dlosses.assign(c.N, 0.37f);
        Vec losses(c.N, NAN), dlogits = c.logits;
        crossentropy_forward_backward_cpu(losses.data(), dlogits.data(), dlogits.data(), c.targets.data(), 0.37f, c.N,
                                          c.V, c.Vp);
        EXPECT_TRUE(bit_identical(losses, cpu_losses(c)));
        EXPECT_TRUE(bit_identical(dlogits, cpu_dlogits(uniform)));
    });
}

// The row's max and the gradient's last pass, 8 lanes at a time: the same bits as the plain loops, at
// every length around the vector widths (tails of 1 – 31 values, rows shorter than one block of 32), the
// target anywhere; NaN kept at x[0] and skipped elsewhere, as the plain loop does.
TEST(CrossEntropy, Avx2RowPassesEqualThePlainOnes) {
#if defined(__x86_64__) || defined(__i386__)
    if (!cpu_has_avx2_fma()) GTEST_SKIP() << "this CPU has no AVX2 + FMA: only the plain loops run here";
    unsigned seed = 500;
    for (int V : {1, 7, 31, 32, 33, 37, 40, 63, 100, 1000}) {
        CrossEntropyCase c = make_case(5, V, padded(V), 3.0f, seed++);
        for (int n = 0; n < c.N; n++) {
            SCOPED_TRACE(describe(c) + " row " + std::to_string(n));
            Vec x(c.logits.begin() + (size_t)n * c.Vp, c.logits.begin() + (size_t)(n + 1) * c.Vp);
            if (n == 1) x[V / 2] = NAN;  // skipped by both
            if (n == 2) x[0] = NAN;      // kept by both
            float plain = crossentropy_row_max_plain(x.data(), V), avx2 = crossentropy_row_max_avx2(x.data(), V);
            EXPECT_TRUE(bit_identical(Vec{plain}, Vec{avx2})) << plain << " against " << avx2;
            if (n == 0) {
                EXPECT_EQ(avx2, *std::max_element(x.begin(), x.begin() + V));
            }
            Vec e_plain = x, e_avx2 = x;  // any values stand for the exp terms
            crossentropy_row_grad_plain(e_plain.data(), c.targets[n], 0.37f, 1.0f / 3.0f, V, c.Vp);
            crossentropy_row_grad_avx2(e_avx2.data(), c.targets[n], 0.37f, 1.0f / 3.0f, V, c.Vp);
            EXPECT_TRUE(bit_identical(e_plain, e_avx2));
        }
    }
#else
    GTEST_SKIP() << "not an x86 CPU: only the plain loops exist here";
#endif
}

// Central differences over every column, padding included: the padding's numeric gradient is 0 because
// the loss does not depend on it. Moderate logits, so that fp32 differences are accurate.
TEST(CrossEntropy, BackwardIsTheGradientOfForward) {
    for (int V : {1, 37}) {
        CrossEntropyCase c = make_case(3, V, padded(V), 3.0f, 7);
        SCOPED_TRACE(describe(c));
        c.dlosses = {0.7f, -1.3f, 0.0f};  // any weights, a masked row included
        Vec losses(c.N);
        auto loss = [&] {
            crossentropy_forward_cpu(losses.data(), c.logits.data(), c.targets.data(), c.N, c.V, c.Vp);
            double total = 0.0;
            for (int n = 0; n < c.N; n++) total += (double)c.dlosses[n] * losses[n];
            return total;
        };
        // Finite padding here (a NaN would make its numeric gradient NaN), but large enough to dominate
        // any softmax it entered.
        for (int n = 0; n < c.N; n++)
            for (int v = c.V; v < c.Vp; v++) c.logits[(size_t)n * c.Vp + v] = 40.0f;
        Vec analytic = cpu_dlogits(c);
        // Finite differences with h = 1e-2 agree to ~1e-5 here; dropping the target's -1 costs ~1.
        EXPECT_LE(max_rel_error(analytic, numeric_grad(c.logits, loss, 1e-2f)), 5e-4);
    }
}

// ----------------------------------------------------------------------------------------------
// Global norm and AdamW references, on the CPU

TEST(GlobalNorm, MatchesNaiveDoubleSum) {
    for (size_t n : {(size_t)0, (size_t)1, (size_t)63, (size_t)64, (size_t)65, (size_t)1000, (size_t)1000003}) {
        SCOPED_TRACE("n=" + std::to_string(n));
        Vec g = random_vec(n, 200 + (unsigned)n, 3.0f);
        double want = 0.0;
        for (float x : g) want += (double)x * x;
        EXPECT_NEAR(global_norm_squared_cpu(g.data(), n), want, 1e-12 * want);
    }
}

TEST(GlobalNorm, SameBitsForAnyThreadCount) {
    Vec g = random_vec(1000003, 201);
    int keep = omp_get_max_threads();
    std::vector<double> results;
    for (int threads : {1, 2, 3}) {
        omp_set_num_threads(threads);
        results.push_back(global_norm_squared_cpu(g.data(), g.size()));
    }
    omp_set_num_threads(keep);
    EXPECT_EQ(std::memcmp(&results[0], &results[1], sizeof(double)), 0) << results[0] << " vs " << results[1];
    EXPECT_EQ(std::memcmp(&results[0], &results[2], sizeof(double)), 0) << results[0] << " vs " << results[2];
}

// Three steps from m = v = 0, with and without weight decay, clipped gradients (grad_scale 0.5).
TEST(AdamW, ThreeStepsMatchPyTorchsDocumentedAlgorithm) {
    size_t n = 1000;
    for (double wd : {0.0, 0.1}) {
        SCOPED_TRACE("weight_decay=" + std::to_string(wd));
        AdamWConfig k = adamw_config(wd);
        Vec p0 = random_vec(n, 300, 0.1f), p = p0, m(n, 0.0f), v(n, 0.0f);
        std::vector<double> want_p(p0.begin(), p0.end()), want_m(n, 0.0), want_v(n, 0.0);
        for (int t = 1; t <= 3; t++) {
            Vec g = adamw_grads(n, 300 + t);
            adamw_update_cpu(p.data(), g.data(), m.data(), v.data(), n, (float)k.lr, (float)k.beta1, (float)k.beta2,
                             (float)k.eps, (float)k.weight_decay, (float)k.grad_scale, t);
            documented_adamw_step(want_p, g, want_m, want_v, k, t);
        }
        // The parameters' change, not the parameters: it is what a wrong step would show in.
        EXPECT_LE(max_rel_error(difference(p, p0), difference(to_float(want_p), p0)), 2e-5);
        EXPECT_LE(max_rel_error(m, to_float(want_m)), 1e-6);
        EXPECT_LE(max_rel_error(v, to_float(want_v)), 1e-6);
    }
}

// At t = 1 the bias corrections make m_hat = g and v_hat = g^2: without weight decay every parameter
// whose gradient dwarfs eps moves by lr against the gradient's sign, whatever the gradient's size.
TEST(AdamW, FirstStepMovesEachParameterByLr) {
    size_t n = 100;
    Vec p0 = random_vec(n, 400, 0.1f), p = p0, g = random_vec(n, 401), m(n, 0.0f), v(n, 0.0f);
    for (size_t i = 0; i < n; i++) g[i] = (g[i] < 0 ? -1.0f : 1.0f) * (0.1f + std::fabs(g[i])) * (i % 2 ? 1e3f : 1.0f);
    float lr = 1e-3f;
    adamw_update_cpu(p.data(), g.data(), m.data(), v.data(), n, lr, 0.9f, 0.99f, 1e-8f, 0.0f, 1.0f, 1);
    for (size_t i = 0; i < n; i++) EXPECT_NEAR(p[i] - p0[i], g[i] < 0 ? lr : -lr, 1e-6 * lr + 2e-7) << "i=" << i;
}

// ----------------------------------------------------------------------------------------------
// CUDA kernels against the references (skipped without a GPU)

#ifdef __CUDACC__
namespace {

constexpr double GPU_TOLERANCE = 1e-5;

struct CrossEntropyResult {
    Vec losses, dlogits, dlogits_in_place;
    Vec fused_losses, fused_dlogits;  // the fused classifier, in place, with dloss = c.dlosses[0] on every row
};

// T: the logits' type (float, or bf16: c.logits must then hold bf16 values already, as as<T> copies them).
template <typename T = float>
CrossEntropyResult crossentropy_on_gpu(const CrossEntropyCase& c) {
    DeviceBuffer<T> logits(as<T>(c.logits)), dlogits(c.logits.size()), in_place(as<T>(c.logits));
    DeviceBuffer<T> fused(as<T>(c.logits));
    DeviceBuffer<float> losses(c.N), dlosses(c.dlosses), fused_losses(c.N);
    DeviceBuffer<int> targets(c.targets);
    losses.fill_nan();
    dlogits.fill_nan();
    fused_losses.fill_nan();
    crossentropy_forward(losses.ptr, logits.ptr, targets.ptr, c.N, c.V, c.Vp, 0);
    crossentropy_backward(dlogits.ptr, logits.ptr, targets.ptr, dlosses.ptr, c.N, c.V, c.Vp, 0);
    crossentropy_backward(in_place.ptr, in_place.ptr, targets.ptr, dlosses.ptr, c.N, c.V, c.Vp, 0);
    crossentropy_forward_backward(fused_losses.ptr, fused.ptr, fused.ptr, targets.ptr, c.dlosses[0], c.N, c.V, c.Vp, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    return {losses.download(), floats(dlogits.download()), floats(in_place.download()), fused_losses.download(),
            floats(fused.download())};
}

// The fused classifier's results are the forward's losses and the backward's gradient for dloss =
// c.dlosses[0] on every row, to the bit.
template <typename T>
void expect_fused_equals_the_pair(const CrossEntropyCase& c, const CrossEntropyResult& got) {
    CrossEntropyCase uniform = c;
    uniform.dlosses.assign(c.N, c.dlosses[0]);
    EXPECT_TRUE(bit_identical(got.fused_losses, got.losses));
    EXPECT_TRUE(bit_identical(got.fused_dlogits, crossentropy_on_gpu<T>(uniform).dlogits));
}

// The CPU grid, plus the GPT-2 vocabulary and one past 65536, with few rows (the reference is slow).
void crossentropy_cuda_matches_reference() {
    std::vector<CrossEntropyCase> cases;
    unsigned seed = 500;
    for (int N : CE_NS)
        for (int V : CE_VS)
            for (float range : CE_RANGES) cases.push_back(make_case(N, V, padded(V), range, seed++));
    for (float range : CE_RANGES) {
        cases.push_back(make_case(3, 50257, 50304, range, seed++));
        cases.push_back(make_case(2, 65537, padded(65537), range, seed++));
    }
    for (const CrossEntropyCase& c : cases) {
        SCOPED_TRACE(describe(c));
        CrossEntropyResult got = crossentropy_on_gpu(c);
        EXPECT_LE(max_rel_error(got.losses, cpu_losses(c)), GPU_TOLERANCE);
        Vec want = cpu_dlogits(c);
        EXPECT_LE(max_rel_error(got.dlogits, want), GPU_TOLERANCE);
        EXPECT_TRUE(padding_is_zero(got.dlogits, c.N, c.V, c.Vp));
        EXPECT_TRUE(bit_identical(got.dlogits_in_place, got.dlogits));
        expect_fused_equals_the_pair<float>(c, got);
    }
}

// bf16 logits: rounded first, so the reference sees the kernel's inputs; the losses are fp32
// sums of them (fp32 tolerance), the gradients are rounded once to bf16 (1e-2), in place as well, and
// the padding columns are exact zeros.
void crossentropy_cuda_bf16_matches_reference() {
    unsigned seed = 700;
    for (CrossEntropyCase c : {make_case(5, 1000, padded(1000), 3.0f, seed++), make_case(3, 50257, 50304, 10.0f, seed++)}) {
        SCOPED_TRACE(describe(c));
        c.logits = from_bf16(to_bf16(c.logits));
        CrossEntropyResult got = crossentropy_on_gpu<__nv_bfloat16>(c);
        EXPECT_LE(max_rel_error(got.losses, cpu_losses(c)), GPU_TOLERANCE);
        EXPECT_LE(max_rel_error(got.dlogits, cpu_dlogits(c)), 1e-2);
        EXPECT_TRUE(padding_is_zero(got.dlogits, c.N, c.V, c.Vp));
        EXPECT_TRUE(bit_identical(got.dlogits_in_place, got.dlogits));
        expect_fused_equals_the_pair<__nv_bfloat16>(c, got);
    }
}

void crossentropy_cuda_is_deterministic() {
    CrossEntropyCase c = make_case(67, 50257, 50304, 3.0f, 600);
    CrossEntropyResult first = crossentropy_on_gpu(c), second = crossentropy_on_gpu(c);
    EXPECT_TRUE(bit_identical(first.losses, second.losses));
    EXPECT_TRUE(bit_identical(first.dlogits, second.dlogits));
}

float global_norm_squared_on_gpu(const DeviceBuffer<float>& g) {
    DeviceBuffer<char> scratch(global_norm_scratch_bytes());
    DeviceBuffer<float> out(1);
    out.fill_nan();
    global_norm_squared(out.ptr, scratch.ptr, g.ptr, g.n, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    return out.download()[0];
}

// Sizes below one block, below one grid pass, and a few grid passes with a ragged end.
void global_norm_cuda_matches_reference() {
    for (size_t n : {(size_t)1, (size_t)37, (size_t)1000, (size_t)(1 << 20) + 7, (size_t)5000011}) {
        SCOPED_TRACE("n=" + std::to_string(n));
        Vec g = random_vec(n, 700 + (unsigned)n, 2.0f);
        DeviceBuffer<float> d_g(g);
        double want = global_norm_squared_cpu(g.data(), n);
        float got = global_norm_squared_on_gpu(d_g);
        EXPECT_NEAR(got, want, 1e-6 * want);
        EXPECT_EQ(global_norm_squared_on_gpu(d_g), got);  // bit for bit: floats compare exactly
        DeviceBuffer<char> scratch(global_norm_scratch_bytes());
        EXPECT_EQ(global_norm(scratch.ptr, d_g.ptr, n, 0), sqrtf(got));
    }
}

struct AdamWState {
    Vec p, m, v;
};

AdamWState adamw_on_gpu(const Vec& p0, size_t n, const AdamWConfig& k) {
    DeviceBuffer<float> p(p0), m(Vec(n, 0.0f)), v(Vec(n, 0.0f));
    for (int t = 1; t <= 3; t++) {
        DeviceBuffer<float> g(adamw_grads(n, 800 + t));
        adamw_update(p.ptr, g.ptr, m.ptr, v.ptr, n, (float)k.lr, (float)k.beta1, (float)k.beta2, (float)k.eps,
                     (float)k.weight_decay, (float)k.grad_scale, t, 0);
    }
    CUDA_CHECK(cudaDeviceSynchronize());
    return {p.download(), m.download(), v.download()};
}

// Three steps at an awkward size, then a second identical run.
void adamw_cuda_matches_reference() {
    size_t n = 1000003;
    AdamWConfig k = adamw_config(0.1);
    Vec p0 = random_vec(n, 801, 0.1f), p = p0, m(n, 0.0f), v(n, 0.0f);
    for (int t = 1; t <= 3; t++) {
        Vec g = adamw_grads(n, 800 + t);
        adamw_update_cpu(p.data(), g.data(), m.data(), v.data(), n, (float)k.lr, (float)k.beta1, (float)k.beta2,
                         (float)k.eps, (float)k.weight_decay, (float)k.grad_scale, t);
    }
    AdamWState got = adamw_on_gpu(p0, n, k);
    EXPECT_LE(max_rel_error(got.p, p), GPU_TOLERANCE);
    EXPECT_LE(max_rel_error(difference(got.p, p0), difference(p, p0)), GPU_TOLERANCE);
    EXPECT_LE(max_rel_error(got.m, m), GPU_TOLERANCE);
    EXPECT_LE(max_rel_error(got.v, v), GPU_TOLERANCE);
    AdamWState again = adamw_on_gpu(p0, n, k);
    EXPECT_TRUE(bit_identical(got.p, again.p) && bit_identical(got.m, again.m) && bit_identical(got.v, again.v));
}

// The bf16 working copy (--precision bf16): the kernel's bits equal the reference's on random values
// over many magnitudes and on the special ones (ties, infinities, NaNs, values that round to infinity).
void weights_to_bf16_cuda_matches_reference() {
    Vec w = random_vec(100003, 900, 3.0f);
    for (size_t i = 0; i < w.size(); i += 7) w[i] *= std::ldexp(1.0f, (int)(i % 61) - 30);
    for (float x : {0.0f, -0.0f, 1.00390625f, 1.01171875f, INFINITY, -INFINITY, NAN, 3.4e38f, -3.4e38f, 1e-40f})
        w.push_back(x);
    DeviceBuffer<float> in(w);
    DeviceBuffer<bf16> out(w.size());
    weights_to_bf16(out.ptr, in.ptr, w.size(), 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    std::vector<bf16> got = out.download();
    std::vector<uint16_t> want(w.size());
    weights_to_bf16_cpu(want.data(), w.data(), w.size());
    size_t wrong = 0;
    for (size_t i = 0; i < w.size(); i++) {
        uint16_t bits;
        memcpy(&bits, &got[i], 2);
        if (bits != want[i] && wrong++ < 5) ADD_FAILURE() << "weight " << w[i] << ": 0x" << std::hex << bits << ", want 0x" << want[i];
    }
    EXPECT_EQ(wrong, 0u);
}

}  // namespace
#endif  // __CUDACC__

// The reference's rounding on values worked out by hand: bf16 keeps the top 16 bits of the fp32
// pattern, and the 16 dropped bits decide (above half: up; below: down; exactly half: to the even one).
TEST(AdamW, Bf16RoundingOfTheWorkingCopyIsNearestEven) {
    EXPECT_EQ(bf16_bits_cpu(1.0f), 0x3f80);         // 0x3F800000: nothing dropped
    EXPECT_EQ(bf16_bits_cpu(1.00390625f), 0x3f80);  // 1 + 2^-8 = 0x3F808000: a tie, 0x3F80 is even, stays
    EXPECT_EQ(bf16_bits_cpu(1.01171875f), 0x3f82);  // 1 + 3 * 2^-8 = 0x3F818000: a tie, 0x3F81 is odd, up
    EXPECT_EQ(bf16_bits_cpu(1.0048828125f), 0x3f81);  // 1 + 2^-8 + 2^-10 = 0x3F80A000: above half, up
    EXPECT_EQ(bf16_bits_cpu(-2.0f), 0xc000);
    EXPECT_EQ(bf16_bits_cpu(-0.0f), 0x8000);
    EXPECT_EQ(bf16_bits_cpu(INFINITY), 0x7f80);
    EXPECT_EQ(bf16_bits_cpu(3.4e38f), 0x7f80);  // 0x7F7FC99E: above bf16's largest finite value plus half an ulp
    EXPECT_EQ(bf16_bits_cpu(NAN), 0x7fff);
    float payload_nan;  // a NaN whose payload is all in the dropped bits must not become infinity
    uint32_t bits = 0x7f800001u;
    memcpy(&payload_nan, &bits, 4);
    EXPECT_EQ(bf16_bits_cpu(payload_nan), 0x7fff);
}

GPU_TEST(CrossEntropy, CudaMatchesReference, crossentropy_cuda_matches_reference)
GPU_TEST(CrossEntropy, CudaIsDeterministic, crossentropy_cuda_is_deterministic)
GPU_TEST(CrossEntropy, CudaBf16MatchesReference, crossentropy_cuda_bf16_matches_reference)
GPU_TEST(GlobalNorm, CudaMatchesReferenceAndIsDeterministic, global_norm_cuda_matches_reference)
GPU_TEST(AdamW, CudaMatchesReferenceAndIsDeterministic, adamw_cuda_matches_reference)
GPU_TEST(AdamW, CudaBf16WorkingCopyMatchesReference, weights_to_bf16_cuda_matches_reference)
