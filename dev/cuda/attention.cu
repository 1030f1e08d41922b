// attention.cu — microbenchmark of causal attention (kernels/attention.cuh), forward and backward.
//
//   make dev/cuda/attention && ./dev/cuda/attention
//
// With CUDA: checks the kernels (and the forward-only fused version) against the CPU reference on a small
// awkward shape, with the per-head products on cuBLAS and on our tiled kernel, and flash attention
// (kernels/flash_attention.cuh, bf16) on bf16-rounded inputs; then times them all (cudaEvent, warm-up,
// median) at the GPT-2 small shape B 8, T 1024, C 768, NH 12 and at the paper's router (C 96, NH 12: head
// size 8) with T 256. The versions, from simple to fast:
//   v1 our tiled SIMT kernel (fp32), T x T in memory      v2 cuBLAS fp32, T x T in memory
//   v3 cuBLAS TF32, T x T in memory
//   flash attention: bf16 mma.sync + ldmatrix, no T x T, the kernels of kernels/flash_attention.cuh in the
//   versions of flash_ladder.cuh: v4 shared rows padded against bank conflicts, v5 swizzled instead,
//   v6 swizzled and double-buffered with cp.async (the model's, the only one the programs compile)
// dev/bench/sdpa.py times PyTorch's scaled_dot_product_attention on the same shapes, for comparison.
// Built without CUDA: times the CPU reference at B 8, T 256, C 128, NH 4.
//
// FLOPs count the causal half of the matrix products only: forward S = Q K^T and O = P V, each
// 2 * T*T/2 * HS per head, so 4 * B*NH*T*T*HS / 2; backward dP, dQ, dK and dV, twice that. Softmax,
// the elementwise work and the products flash attention computes again (S and dP in its backward) are
// not counted: the figure is the useful work per second, comparable between versions and with SDPA.
#include <cstdio>
#include <vector>

#include "../../kernels/attention.cuh"
#include "../../kernels/flash_attention.cuh"
#include "common.cuh"
#include "flash_ladder.cuh"

namespace {

struct Shape {
    int B, T, C, NH;
};

double forward_flops(Shape s) { return 4.0 * s.B * s.NH * (double)s.T * s.T * (s.C / s.NH) / 2; }
double backward_flops(Shape s) { return 2 * forward_flops(s); }

// TFLOP/s on a GPU, GFLOP/s for the CPU reference.
void report(const char* what, Shape s, double ms, double flops, bool tera) {
    printf("%-8s B %d T %4d C %3d NH %2d HS %3d: %9.3f ms  %7.2f %s\n", what, s.B, s.T, s.C, s.NH, s.C / s.NH, ms,
           flops / (ms * 1e-3) / (tera ? 1e12 : 1e9), tera ? "TFLOP/s" : "GFLOP/s");
}

}  // namespace

#ifdef __CUDACC__

namespace {

constexpr int WARMUP = 3, REPEATS = 21;

// Device buffers of one shape's inputs, outputs and scratch, inputs random.
struct Buffers {
    float *qkv, *out, *att, *dout, *dqkv;
    void* scratch;
    explicit Buffers(Shape s) {
        size_t n_qkv = (size_t)s.B * s.T * 3 * s.C, n_out = (size_t)s.B * s.T * s.C;
        qkv = to_device(random_vec(n_qkv, 1));
        dout = to_device(random_vec(n_out, 2));
        CUDA_CHECK(cudaMalloc(&dqkv, n_qkv * sizeof(float)));
        CUDA_CHECK(cudaMalloc(&out, n_out * sizeof(float)));
        CUDA_CHECK(cudaMalloc(&att, (size_t)s.B * s.NH * s.T * s.T * sizeof(float)));
        CUDA_CHECK(cudaMalloc(&scratch, attention_backward_scratch_bytes(s.B, s.T, s.C, s.NH)));
    }
    ~Buffers() {
        for (void* p : {(void*)qkv, (void*)out, (void*)att, (void*)dout, (void*)dqkv, scratch}) cudaFree(p);
    }
};

// The kernels against the CPU reference; returns false (and says where) when they disagree.
bool validate(Shape s) {
    Buffers d(s);
    attention_forward(d.out, d.att, d.qkv, s.B, s.T, s.C, s.NH, 0);
    attention_backward(d.dqkv, d.scratch, d.dout, d.qkv, d.att, s.B, s.T, s.C, s.NH, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    size_t n_qkv = (size_t)s.B * s.T * 3 * s.C, n_out = (size_t)s.B * s.T * s.C;
    size_t n_att = (size_t)s.B * s.NH * s.T * s.T;
    std::vector<float> qkv = random_vec(n_qkv, 1), dout = random_vec(n_out, 2);
    std::vector<float> out(n_out), att(n_att), dqkv(n_qkv);
    attention_forward_cpu(out.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH);
    attention_backward_cpu(dqkv.data(), dout.data(), qkv.data(), att.data(), s.B, s.T, s.C, s.NH);
    std::vector<float> unfused_out = to_host(d.out, n_out);
    attention_forward_fused(d.out, d.att, d.qkv, s.B, s.T, s.C, s.NH, 0);  // no att (HS <= 128)
    CUDA_CHECK(cudaDeviceSynchronize());
    double errors[] = {max_rel_error(unfused_out, out), max_rel_error(to_host(d.att, n_att), att),
                       max_rel_error(to_host(d.dqkv, n_qkv), dqkv), max_rel_error(to_host(d.out, n_out), out)};
    const char* names[] = {"out", "att", "dqkv", "fused out"};
    bool ok = true;
    for (int i = 0; i < 4; i++) {
        printf("validate B %d T %d C %d NH %d: %-9s max relative error %.2e\n", s.B, s.T, s.C, s.NH, names[i],
               errors[i]);
        ok = ok && errors[i] <= 1e-5;
    }
    return ok;
}

// The forward and backward with their products on our tiled kernel (v1), on cuBLAS fp32 (v2) and on cuBLAS
// TF32 (v3, --precision tf32), each forced; AUTO picks v1 or v2/v3 by T x HS. Then the fused forward (no att).
void benchmark(Shape s) {
    Buffers d(s);
    auto forward = [&] { attention_forward(d.out, d.att, d.qkv, s.B, s.T, s.C, s.NH, 0); };
    auto backward = [&] { attention_backward(d.dqkv, d.scratch, d.dout, d.qkv, d.att, s.B, s.T, s.C, s.NH, 0); };
    auto fused = [&] { attention_forward_fused(d.out, d.att, d.qkv, s.B, s.T, s.C, s.NH, 0); };
    const char* versions[] = {"v1 tiled kernel", "v2 cuBLAS fp32", "v3 cuBLAS TF32"};
    for (int v = 0; v < 3; v++) {
        attention_products = v > 0 ? AttentionProducts::CUBLAS : AttentionProducts::TILED;
        matmul_allow_tf32(v == 2);
        double fwd = cuda_median_ms(forward, WARMUP, REPEATS), bwd = cuda_median_ms(backward, WARMUP, REPEATS);
        printf("%s\n", versions[v]);
        report("forward", s, fwd, forward_flops(s), true);
        report("backward", s, bwd, backward_flops(s), true);
    }
    attention_products = AttentionProducts::AUTO;
    matmul_allow_tf32(false);
    report("fused", s, cuda_median_ms(fused, WARMUP, REPEATS), forward_flops(s), true);  // forward only, no att
}

// v4 to v6, flash attention in bf16: their own buffers (bf16 activations, an lse and a D per row).
struct FlashBuffers {
    bf16 *qkv, *out, *dout, *dqkv;
    float *lse, *scratch;
    std::vector<float> qkv_rounded, dout_rounded;  // what the kernels read, as fp32, for the reference
    explicit FlashBuffers(Shape s) {
        size_t n_qkv = (size_t)s.B * s.T * 3 * s.C, n_out = (size_t)s.B * s.T * s.C;
        qkv = rounded(random_vec(n_qkv, 1), qkv_rounded);
        dout = rounded(random_vec(n_out, 2), dout_rounded);
        CUDA_CHECK(cudaMalloc(&out, n_out * sizeof(bf16)));
        CUDA_CHECK(cudaMalloc(&dqkv, n_qkv * sizeof(bf16)));
        CUDA_CHECK(cudaMalloc(&lse, (size_t)s.B * s.NH * s.T * sizeof(float)));
        CUDA_CHECK(cudaMalloc(&scratch, flash_attention_backward_scratch_bytes(s.B, s.T, s.NH)));
    }
    static bf16* rounded(const std::vector<float>& v, std::vector<float>& as_float) {
        std::vector<bf16> b(v.size());
        as_float.resize(v.size());
        for (size_t i = 0; i < v.size(); i++) {
            b[i] = __float2bfloat16_rn(v[i]);
            as_float[i] = __bfloat162float(b[i]);
        }
        return to_device(b);
    }
    ~FlashBuffers() {
        for (void* p : {(void*)qkv, (void*)out, (void*)dout, (void*)dqkv, (void*)lse, (void*)scratch}) cudaFree(p);
    }
};

std::vector<float> bf16_to_host(const bf16* d, size_t n) {
    std::vector<bf16> b = to_host(d, n);
    std::vector<float> f(n);
    for (size_t i = 0; i < n; i++) f[i] = __bfloat162float(b[i]);
    return f;
}

// Flash attention against the fp32 CPU reference on the same bf16 inputs: 1e-2 (P and dS are rounded to
// bf16 between the products, out and dqkv on the store).
bool validate_flash(Shape s, int version) {
    FlashBuffers d(s);
    flash_attention_forward_version(version, d.out, d.lse, d.qkv, s.B, s.T, s.C, s.NH, 0);
    flash_attention_backward_version(version, d.dqkv, d.scratch, d.dout, d.qkv, d.out, d.lse, s.B, s.T, s.C, s.NH, 0);
    CUDA_CHECK(cudaDeviceSynchronize());
    size_t n_qkv = (size_t)s.B * s.T * 3 * s.C, n_out = (size_t)s.B * s.T * s.C;
    std::vector<float> out(n_out), att((size_t)s.B * s.NH * s.T * s.T), dqkv(n_qkv);
    attention_forward_cpu(out.data(), att.data(), d.qkv_rounded.data(), s.B, s.T, s.C, s.NH);
    attention_backward_cpu(dqkv.data(), d.dout_rounded.data(), d.qkv_rounded.data(), att.data(), s.B, s.T, s.C, s.NH);
    double e_out = max_rel_error(bf16_to_host(d.out, n_out), out), e_dqkv = max_rel_error(bf16_to_host(d.dqkv, n_qkv), dqkv);
    printf("validate flash v%d B %d T %d C %d NH %d: out %.2e, dqkv %.2e (max relative error, bf16)\n", version, s.B, s.T,
           s.C, s.NH, e_out, e_dqkv);
    return e_out <= 1e-2 && e_dqkv <= 1e-2;
}

void benchmark_flash(Shape s) {
    FlashBuffers d(s);
    const char* names[] = {"v4 flash attention, padded rows", "v5 flash attention, swizzled", "v6 flash attention, swizzled + cp.async"};
    for (int version : {FLASH_PADDED, FLASH_SWIZZLED, FLASH_PIPELINED}) {
        auto forward = [&] { flash_attention_forward_version(version, d.out, d.lse, d.qkv, s.B, s.T, s.C, s.NH, 0); };
        auto backward = [&] {
            flash_attention_backward_version(version, d.dqkv, d.scratch, d.dout, d.qkv, d.out, d.lse, s.B, s.T, s.C, s.NH, 0);
        };
        printf("%s (bf16, tensor cores, no T x T)\n", names[version - FLASH_PADDED]);
        report("forward", s, cuda_median_ms(forward, WARMUP, REPEATS), forward_flops(s), true);
        report("backward", s, cuda_median_ms(backward, WARMUP, REPEATS), backward_flops(s), true);
    }
}

}  // namespace

int main() {
    return exit_code_of([] {
        cudaDeviceProp prop;
        CUDA_CHECK(cudaGetDeviceProperties(&prop, 0));
        printf("device: %s\n", prop.name);
        bool ok = true;
        for (bool cublas : {true, false}) {  // the products on cuBLAS, then on our tiled kernel
            attention_products = cublas ? AttentionProducts::CUBLAS : AttentionProducts::TILED;
            printf("products on %s:\n", cublas ? "cuBLAS" : "the tiled kernel");
            ok = validate({2, 67, 256, 4}) && validate({2, 67, 96, 12}) && ok;
        }
        attention_products = AttentionProducts::AUTO;
        for (int version : {FLASH_PADDED, FLASH_SWIZZLED, FLASH_PIPELINED})
            for (Shape s : {Shape{2, 67, 256, 4}, Shape{2, 67, 96, 12}, Shape{1, 1024, 768, 12}}) ok = validate_flash(s, version) && ok;
        if (!ok) {
            printf("FAILED: the kernels disagree with the reference\n");
            return 1;
        }
        for (Shape s : {Shape{8, 1024, 768, 12}, Shape{8, 256, 96, 12}}) {
            benchmark(s);
            benchmark_flash(s);
        }
        return 0;
    });
}

#else  // the CPU reference

int main() {
    const Shape s = {8, 256, 128, 4};
    const int REPEATS = 5;
    size_t n_qkv = (size_t)s.B * s.T * 3 * s.C, n_out = (size_t)s.B * s.T * s.C;
    std::vector<float> qkv = random_vec(n_qkv, 1), dout = random_vec(n_out, 2), out(n_out), dqkv(n_qkv);
    std::vector<float> att((size_t)s.B * s.NH * s.T * s.T);
    auto forward = [&] { attention_forward_cpu(out.data(), att.data(), qkv.data(), s.B, s.T, s.C, s.NH); };
    auto backward = [&] {
        attention_backward_cpu(dqkv.data(), dout.data(), qkv.data(), att.data(), s.B, s.T, s.C, s.NH);
    };
    double fwd = wall_median_ms(forward, 1, REPEATS), bwd = wall_median_ms(backward, 1, REPEATS);
    printf("CPU reference (no CUDA), median of %d\n", REPEATS);
    report("forward", s, fwd, forward_flops(s), false);
    report("backward", s, bwd, backward_flops(s), false);
    return 0;
}

#endif  // __CUDACC__
