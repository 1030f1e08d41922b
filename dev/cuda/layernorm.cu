// layernorm.cu — benchmark of kernels/layernorm.cuh (forward, backward) against the unfused pair it
// replaced (dev/cuda/residual.cuh's residual kernel, then the LayerNorm). It defines no kernel of its own.
//
//   make dev/cuda/layernorm && ./dev/cuda/layernorm             CUDA: B*T = 8192, C = 768 (GPT-2 small)
//   make NO_CUDA=1 dev/cuda/layernorm && ./dev/cuda/layernorm   the CPU reference: B*T = 2048, C = 128
//
// Every LayerNorm of the model but the first follows a residual addition, so what is measured is the
// pair, in two versions each way:
//   forward  v1  residual_forward, then layernorm_forward: two kernels, the sum written and read back
//            v2  residual_layernorm_forward: one kernel, the same bits
//   backward v1  layernorm_backward into a buffer, then the residual add into the stream's gradient
//            v2  layernorm_backward with accumulate: added into the stream's gradient as it is computed
// With CUDA, in fp32 and in bf16 (activations bf16; weights, statistics and sums fp32), first checks each
// version against the CPU reference at the same shape (inputs rounded to bf16 first for the bf16 run:
// 1e-5 in fp32, 1e-2 for what is rounded to bf16), then times it (3 warm-up runs, median of 20,
// cudaEvents). Without CUDA, times the reference (1 warm-up, median of 5) at the CPU model's shape.
// GB/s counts the bytes each must move at least, in the activations' type E: forward v2 reads the two
// inputs and writes the sum and the output (4 N C E, plus mean, rstd, weight and bias); v1 also reads the
// sum back (5 N C E). Backward v2 reads dout, inp and the stream's gradient and writes it (4 N C E); v1
// also writes and reads the buffer (6 N C E); both also read mean, rstd and the weight, and read and
// write dweight and dbias.
#include <algorithm>
#include <string>
#include <vector>

#include "../../kernels/layernorm.cuh"
#include "common.cuh"
#include "residual.cuh"  // residual_forward, v1's first kernel

struct Problem {
    int B, T, C;
    Vec inp1, inp2, weight, bias, dout, dres0;  // dres0: the stream's gradient before the LayerNorm's share
};

static Problem make_problem(int B, int T, int C) {
    size_t n = (size_t)B * T * C;
    Problem p{B, T, C, Vec(n), Vec(n), Vec(C), Vec(C), Vec(n), Vec(n)};
    fill_uniform(p.inp1, 1, 2.0f);
    fill_uniform(p.inp2, 5, 1.0f);
    fill_uniform(p.weight, 2, 1.0f);
    fill_uniform(p.bias, 3, 0.1f);
    fill_uniform(p.dout, 4, 1.0f);
    fill_uniform(p.dres0, 6, 1.0f);
    return p;
}

#ifdef __CUDACC__

// One precision's device buffers, and the two versions of each pass.
template <typename T>
struct Run {
    int B, T_, C, N;
    size_t n;
    T *inp1, *inp2, *dout, *res, *out, *dres, *dln;
    float *weight, *bias, *mean, *rstd, *dweight, *dbias;
    void* scratch;

    explicit Run(const Problem& p) : B(p.B), T_(p.T), C(p.C), N(p.B * p.T), n((size_t)p.B * p.T * p.C) {
        inp1 = to_device(as_type<T>(p.inp1)), inp2 = to_device(as_type<T>(p.inp2)), dout = to_device(as_type<T>(p.dout));
        dres = to_device(as_type<T>(p.dres0)), res = to_device(std::vector<T>(n)), out = to_device(std::vector<T>(n));
        dln = to_device(std::vector<T>(n));
        weight = to_device(p.weight), bias = to_device(p.bias), mean = to_device(Vec(N)), rstd = to_device(Vec(N));
        dweight = to_device(Vec(C, 0.0f)), dbias = to_device(Vec(C, 0.0f));
        CUDA_CHECK(cudaMalloc(&scratch, layernorm_backward_scratch_bytes(B, T_, C)));
    }
    ~Run() {
        for (void* d : {(void*)inp1, (void*)inp2, (void*)dout, (void*)res, (void*)out, (void*)dres, (void*)dln,
                        (void*)weight, (void*)bias, (void*)mean, (void*)rstd, (void*)dweight, (void*)dbias, scratch})
            cudaFree(d);
    }
    void forward(int version) {
        if (version == 1) {
            residual_forward(res, inp1, inp2, n, 0);
            layernorm_forward(out, mean, rstd, res, weight, bias, B, T_, C, 0);
        } else {
            residual_layernorm_forward(res, out, mean, rstd, inp1, inp2, weight, bias, B, T_, C, 0);
        }
    }
    void backward(int version) {
        if (version == 1) {
            layernorm_backward(dln, dweight, dbias, scratch, dout, res, weight, mean, rstd, B, T_, C, 0);
            residual_forward(dres, dres, dln, n, 0);
        } else {
            layernorm_backward(dres, dweight, dbias, scratch, dout, res, weight, mean, rstd, B, T_, C, 0, true);
        }
    }
};

// Each version against the reference (on the inputs as the device holds them); false on a mismatch.
template <typename T>
static bool check(const Problem& p) {
    bool bf16 = !std::is_same_v<T, float>;
    double tol = bf16 ? 1e-2 : 1e-5;
    int N = p.B * p.T, C = p.C;
    size_t n = (size_t)N * C;
    Vec inp1 = rounded_as<T>(p.inp1), inp2 = rounded_as<T>(p.inp2), dout = rounded_as<T>(p.dout);
    Vec dres = rounded_as<T>(p.dres0);
    Vec res(n), out(n), mean(N), rstd(N), dweight(C, 0.0f), dbias(C, 0.0f);
    residual_layernorm_forward_cpu(res.data(), out.data(), mean.data(), rstd.data(), inp1.data(), inp2.data(),
                                   p.weight.data(), p.bias.data(), p.B, p.T, C);
    layernorm_backward_cpu(dres.data(), dweight.data(), dbias.data(), dout.data(), res.data(), p.weight.data(),
                           mean.data(), rstd.data(), p.B, p.T, C, true);
    bool ok = true;
    for (int version = 1; version <= 2; version++) {
        Run<T> r(p);
        r.forward(version);
        r.backward(version);
        double forward_error = std::max({max_rel_error(floats_from(r.out, n), out), max_rel_error(floats_from(r.res, n), res),
                                         max_rel_error(to_host(r.mean, N), mean), max_rel_error(to_host(r.rstd, N), rstd)});
        double backward_error = std::max({max_rel_error(floats_from(r.dres, n), dres),
                                          max_rel_error(to_host(r.dweight, C), dweight),
                                          max_rel_error(to_host(r.dbias, C), dbias)});
        printf("check %s v%d B*T=%d C=%d: max relative error forward %.2e, backward %.2e\n", bf16 ? "bf16" : "fp32",
               version, N, C, forward_error, backward_error);
        ok = ok && forward_error <= tol && backward_error <= tol;
    }
    return ok;
}

template <typename T>
static void time_versions(const Problem& p) {
    bool bf16 = !std::is_same_v<T, float>;
    double N = (double)p.B * p.T, C = p.C, E = sizeof(T), extra_f = 4.0 * (2 * N + 2 * C), extra_b = 4.0 * (2 * N + 5 * C);
    printf("layernorm with its residual, CUDA, %s activations, B*T=%d C=%d\n", bf16 ? "bf16" : "fp32", (int)N, p.C);
    Run<T> r(p);
    for (int version = 1; version <= 2; version++) {
        double forward_ms = median_ms([&] { r.forward(version); });
        double backward_ms = median_ms([&] { r.backward(version); });
        report_bandwidth(("forward v" + std::to_string(version)).c_str(), forward_ms,
                         (version == 1 ? 5 : 4) * N * C * E + extra_f);
        report_bandwidth(("backward v" + std::to_string(version)).c_str(), backward_ms,
                         (version == 1 ? 6 : 4) * N * C * E + extra_b);
    }
}

#endif

static int run() {
#ifdef __CUDACC__
    Problem p = make_problem(8, 1024, 768);
    if (!check<float>(p) || !check<bf16>(p)) {
        printf("FAILED: the CUDA kernels disagree with the reference\n");
        return 1;
    }
    time_versions<float>(p);
    time_versions<bf16>(p);
#else
    Problem p = make_problem(8, 256, 128);
    int N = p.B * p.T, C = p.C;
    size_t n = (size_t)N * C;
    Vec res(n), out(n), mean(N), rstd(N), dres = p.dres0, dweight(C, 0.0f), dbias(C, 0.0f);
    double forward_ms = median_ms([&] {
        residual_layernorm_forward_cpu(res.data(), out.data(), mean.data(), rstd.data(), p.inp1.data(), p.inp2.data(),
                                       p.weight.data(), p.bias.data(), p.B, p.T, C);
    });
    double backward_ms = median_ms([&] {
        layernorm_backward_cpu(dres.data(), dweight.data(), dbias.data(), p.dout.data(), res.data(), p.weight.data(),
                               mean.data(), rstd.data(), p.B, p.T, C, true);
    });
    printf("layernorm with its residual, CPU reference, B*T=%d C=%d\n", N, C);
    report_bandwidth("forward", forward_ms, 4.0 * (5.0 * n + 2.0 * N + 2.0 * C));
    report_bandwidth("backward", backward_ms, 4.0 * (4.0 * n + 2.0 * N + 5.0 * C));
#endif
    return 0;
}

int main() { return exit_code_of(run); }
