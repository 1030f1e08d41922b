// crossentropy.cu — benchmark of kernels/crossentropy.cuh, the classifier's loss: forward, backward.
//
//   make dev/cuda/crossentropy && ./dev/cuda/crossentropy             CUDA: N=8192, V=50257, Vp=50304
//   make NO_CUDA=1 dev/cuda/crossentropy && ./dev/cuda/crossentropy   the CPU reference: N=2048, V=Vp=8192
//
// Three kernels: the forward (losses), the backward (dlogits), and the fused classifier that training
// runs (both in one kernel, for one dloss on every row: kernels/crossentropy.cuh).
// With CUDA, in fp32 and in bf16 logits, first checks each against the reference on N=64 rows of the
// same vocabulary (padding full of huge values; for bf16 the logits rounded first: losses 1e-5,
// dlogits 1e-2), then times each (3 warm-up runs, median of 20, cudaEvents). Without, times the
// reference (1 warm-up, median of 5) at the CPU model's shape (batch 8 x 256, vocabulary 8192).
// GB/s counts the bytes each pass must move at least, E bytes a logit: forward reads the N x V real
// logits; backward and the fused kernel read them and write N x Vp gradients; targets, losses and
// dlosses are 4 bytes a row.
#include <cstdint>
#include <vector>

#include "../../kernels/crossentropy.cuh"
#include "common.cuh"

struct Problem {
    int N, V, Vp;
    Vec logits, dlosses;
    std::vector<int> targets;
};

// Padding columns hold 1e30: a kernel that let them into the softmax would fail the check.
static Problem make_problem(int N, int V, int Vp) {
    Problem p{N, V, Vp, Vec((size_t)N * Vp), Vec(N, 1.0f / N), std::vector<int>(N)};
    fill_uniform(p.logits, 1, 10.0f);
    for (int n = 0; n < N; n++) {
        for (int v = V; v < Vp; v++) p.logits[(size_t)n * Vp + v] = 1e30f;
        p.targets[n] = (int)(((uint64_t)n * 2654435761u) % V);
    }
    return p;
}

#ifdef __CUDACC__

// The device's copy of a problem, its logits of type T, and the three kernels on it.
template <typename T>
struct Run {
    int N, V, Vp;
    float dloss;
    T *logits, *dlogits;
    float *dlosses, *losses;
    int* targets;
    explicit Run(const Problem& p) : N(p.N), V(p.V), Vp(p.Vp), dloss(p.dlosses[0]) {
        logits = to_device(as_type<T>(p.logits)), dlogits = to_device(std::vector<T>(p.logits.size()));
        dlosses = to_device(p.dlosses), losses = to_device(Vec(N)), targets = to_device(p.targets);
    }
    ~Run() {
        for (void* d : {(void*)logits, (void*)dlogits, (void*)dlosses, (void*)losses, (void*)targets}) cudaFree(d);
    }
    void forward() { crossentropy_forward(losses, logits, targets, N, V, Vp, 0); }
    void backward() { crossentropy_backward(dlogits, logits, targets, dlosses, N, V, Vp, 0); }
    void fused() { crossentropy_forward_backward(losses, dlogits, logits, targets, dloss, N, V, Vp, 0); }
    Vec dlogits_host() { return floats_from(dlogits, (size_t)N * Vp); }
};

// The kernels against the reference on a few rows; false (and a message) on a mismatch.
template <typename T>
static bool check(int N, int V, int Vp) {
    bool bf16 = !std::is_same_v<T, float>;
    Problem p = make_problem(N, V, Vp);
    p.logits = rounded_as<T>(p.logits);  // what the device holds
    Vec losses(N), dlogits(p.logits.size());
    crossentropy_forward_cpu(losses.data(), p.logits.data(), p.targets.data(), N, V, Vp);
    crossentropy_backward_cpu(dlogits.data(), p.logits.data(), p.targets.data(), p.dlosses.data(), N, V, Vp);
    Run<T> r(p);
    r.forward();
    r.backward();
    double loss_error = max_rel_error(to_host(r.losses, N), losses), grad_error = max_rel_error(r.dlogits_host(), dlogits);
    r.fused();  // every dlosses entry is the same here, so the fused kernel's results are the same
    double fused_loss_error = max_rel_error(to_host(r.losses, N), losses);
    double fused_grad_error = max_rel_error(r.dlogits_host(), dlogits);
    printf("check %s N=%d V=%d Vp=%d: max relative error losses %.2e, dlogits %.2e; fused: %.2e, %.2e\n",
           bf16 ? "bf16" : "fp32", N, V, Vp, loss_error, grad_error, fused_loss_error, fused_grad_error);
    double grad_tol = bf16 ? 1e-2 : 1e-5;
    return loss_error <= 1e-5 && grad_error <= grad_tol && fused_loss_error <= 1e-5 && fused_grad_error <= grad_tol;
}

template <typename T>
static void time_kernels(const Problem& p) {
    double N = p.N, E = sizeof(T);
    Run<T> r(p);
    double forward_ms = median_ms([&] { r.forward(); }), backward_ms = median_ms([&] { r.backward(); });
    double fused_ms = median_ms([&] { r.fused(); });
    double forward_bytes = E * N * p.V + 8.0 * N, backward_bytes = E * N * p.V + E * N * p.Vp + 8.0 * N;
    printf("crossentropy, CUDA, %s logits, N=%d V=%d Vp=%d\n", std::is_same_v<T, float> ? "fp32" : "bf16", p.N, p.V,
           p.Vp);
    report_bandwidth("forward", forward_ms, forward_bytes);
    report_bandwidth("backward", backward_ms, backward_bytes);
    report_bandwidth("forward + backward", forward_ms + backward_ms, forward_bytes + backward_bytes);
    report_bandwidth("fused", fused_ms, backward_bytes);
}

#endif

static int run() {
#ifdef __CUDACC__
    if (!check<float>(64, 50257, 50304) || !check<bf16>(64, 50257, 50304)) {
        printf("FAILED: the CUDA kernels disagree with the reference\n");
        return 1;
    }
    Problem p = make_problem(8192, 50257, 50304);
    time_kernels<float>(p);
    time_kernels<bf16>(p);
#else
    const int N = 2048, V = 8192, Vp = 8192;
    Problem p = make_problem(N, V, Vp);
    float *logits = p.logits.data(), *dlosses = p.dlosses.data();
    int* targets = p.targets.data();
    Vec losses_host(N), dlogits_host(p.logits.size());
    float *losses = losses_host.data(), *dlogits = dlogits_host.data();
    double forward_ms = median_ms([&] { crossentropy_forward_cpu(losses, logits, targets, N, V, Vp); });
    double backward_ms = median_ms([&] { crossentropy_backward_cpu(dlogits, logits, targets, dlosses, N, V, Vp); });
    double fused_ms =
        median_ms([&] { crossentropy_forward_backward_cpu(losses, dlogits, logits, targets, dlosses[0], N, V, Vp); });
    double forward_bytes = 4.0 * N * V + 8.0 * N, backward_bytes = 4.0 * N * V + 4.0 * N * Vp + 8.0 * N;
    printf("crossentropy, CPU reference, N=%d V=%d Vp=%d\n", N, V, Vp);
    report_bandwidth("forward", forward_ms, forward_bytes);
    report_bandwidth("backward", backward_ms, backward_bytes);
    report_bandwidth("forward + backward", forward_ms + backward_ms, forward_bytes + backward_bytes);
    report_bandwidth("fused", fused_ms, backward_bytes);
#endif
    return 0;
}

int main() { return exit_code_of(run); }
