// crossentropy.cu — benchmark of kernels/crossentropy.cuh, the classifier's loss: forward, backward.
//
//   make dev/cuda/crossentropy && ./dev/cuda/crossentropy             CUDA: N=8192, V=50257, Vp=50304
//   make NO_CUDA=1 dev/cuda/crossentropy && ./dev/cuda/crossentropy   the CPU reference: N=2048, V=Vp=8192
//
// With CUDA, first checks forward and backward against the reference on N=64 rows of the same vocabulary
// (padding full of huge values), then times each (3 warm-up runs, median of 20, cudaEvents). Without,
// times the reference (1 warm-up, median of 5) at the CPU model's shape (batch 8 x 256, vocabulary 8192).
// GB/s counts the bytes each pass must move at least: forward reads the N x V real logits; backward
// reads them and writes N x Vp gradients; targets, losses and dlosses are 4 bytes a row.
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

// The kernels against the reference on a few rows; false (and a message) on a mismatch.
static bool check(int N, int V, int Vp) {
    Problem p = make_problem(N, V, Vp);
    Vec losses(N), dlogits(p.logits.size());
    crossentropy_forward_cpu(losses.data(), p.logits.data(), p.targets.data(), N, V, Vp);
    crossentropy_backward_cpu(dlogits.data(), p.logits.data(), p.targets.data(), p.dlosses.data(), N, V, Vp);
    float *d_logits = to_device(p.logits), *d_dlosses = to_device(p.dlosses), *d_losses, *d_dlogits;
    int* d_targets = to_device(p.targets);
    CUDA_CHECK(cudaMalloc(&d_losses, N * sizeof(float)));
    CUDA_CHECK(cudaMalloc(&d_dlogits, p.logits.size() * sizeof(float)));
    crossentropy_forward(d_losses, d_logits, d_targets, N, V, Vp, 0);
    crossentropy_backward(d_dlogits, d_logits, d_targets, d_dlosses, N, V, Vp, 0);
    double loss_error = max_rel_error(to_host(d_losses, N), losses);
    double grad_error = max_rel_error(to_host(d_dlogits, dlogits.size()), dlogits);
    printf("check N=%d V=%d Vp=%d: max relative error losses %.2e, dlogits %.2e\n", N, V, Vp, loss_error, grad_error);
    for (void* d : {(void*)d_logits, (void*)d_dlosses, (void*)d_losses, (void*)d_dlogits, (void*)d_targets})
        CUDA_CHECK(cudaFree(d));
    return loss_error <= 1e-5 && grad_error <= 1e-5;
}

#endif

static int run() {
#ifdef __CUDACC__
    if (!check(64, 50257, 50304)) {
        printf("FAILED: the CUDA kernels disagree with the reference\n");
        return 1;
    }
    const int N = 8192, V = 50257, Vp = 50304;
#else
    const int N = 2048, V = 8192, Vp = 8192;
#endif
    Problem p = make_problem(N, V, Vp);
#ifdef __CUDACC__
    float *logits = to_device(p.logits), *dlosses = to_device(p.dlosses), *losses, *dlogits;
    int* targets = to_device(p.targets);
    CUDA_CHECK(cudaMalloc(&losses, N * sizeof(float)));
    CUDA_CHECK(cudaMalloc(&dlogits, p.logits.size() * sizeof(float)));
    auto forward = [&] { crossentropy_forward(losses, logits, targets, N, V, Vp, 0); };
    auto backward = [&] { crossentropy_backward(dlogits, logits, targets, dlosses, N, V, Vp, 0); };
    const char* device = "CUDA";
#else
    float *logits = p.logits.data(), *dlosses = p.dlosses.data();
    int* targets = p.targets.data();
    Vec losses_host(N), dlogits_host(p.logits.size());
    float *losses = losses_host.data(), *dlogits = dlogits_host.data();
    auto forward = [&] { crossentropy_forward_cpu(losses, logits, targets, N, V, Vp); };
    auto backward = [&] { crossentropy_backward_cpu(dlogits, logits, targets, dlosses, N, V, Vp); };
    const char* device = "CPU reference";
#endif
    double forward_ms = median_ms(forward), backward_ms = median_ms(backward);
    double forward_bytes = 4.0 * N * V + 8.0 * N, backward_bytes = 4.0 * N * V + 4.0 * N * Vp + 8.0 * N;
    printf("crossentropy, %s, N=%d V=%d Vp=%d\n", device, N, V, Vp);
    report_bandwidth("forward", forward_ms, forward_bytes);
    report_bandwidth("backward", backward_ms, backward_bytes);
    report_bandwidth("forward + backward", forward_ms + backward_ms, forward_bytes + backward_bytes);
#ifdef __CUDACC__
    for (void* d : {(void*)logits, (void*)dlosses, (void*)losses, (void*)dlogits, (void*)targets})
        CUDA_CHECK(cudaFree(d));
#endif
    return 0;
}

int main() { return exit_code_of(run); }
