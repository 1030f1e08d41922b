// matmul microbenchmark: the linear layer of kernels/matmul.cuh, forward and backward.
//
//   make dev/cuda/matmul && ./dev/cuda/matmul [cpu|gpu|all]        (default: all)
//
// cpu: the blocked OpenMP GEMMs, checked against plain double-precision loops on one shape, then
//      timed on the linear layers of the `tiny` CPU model (N = B*T = 8*256 = 2048, C 128, V 8192)
//      in GFLOP/s, with the matmul time of one whole training step of that model.
// gpu: cuBLAS fp32 with TF32 off, then on, then bf16 (--precision bf16: bf16 inp, weight, bias, out,
//      dout, dinp; fp32 dweight, dbias), each checked against the CPU on one shape, then timed with
//      CUDA events on the shapes of a 124M model (N = 8*1024, C 768, Vp 50304) in TFLOP/s. The forward
//      twice: v1 a bias-fill kernel, then cuBLAS adding to it (beta = 1); v2 cuBLASLt with the bias in
//      its epilogue (what the model runs). The step's total counts v2.
// Every time is the median of REPEATS runs after WARMUP runs. Results: dev/cuda/README.md.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "../../kernels/adamw.cuh"  // weights_to_bf16: the bf16 inputs, rounded on the device
#include "../../kernels/matmul.cuh"
#include "common.cuh"

constexpr int WARMUP = 2;
constexpr int REPEATS = 15;

struct Layer {
    const char* name;
    int N, C, OC;
    bool bias;
    int per_step;  // how many times one training step of the model runs this layer
};

// `tiny`: V 8192, C 128, L 4, B 8, T 256; the classifier is tied to the embedding, without bias.
const Layer CPU_LAYERS[] = {
    {"qkv", 2048, 128, 384, true, 4},    {"attproj", 2048, 128, 128, true, 4}, {"fc", 2048, 128, 512, true, 4},
    {"fcproj", 2048, 512, 128, true, 4}, {"lm_head", 2048, 128, 8192, false, 1},
};

// 124M (GPT-2 small): C 768, L 12, B 8, T 1024, padded vocabulary 50304.
const Layer GPU_LAYERS[] = {
    {"qkv", 8192, 768, 2304, true, 12},    {"attproj", 8192, 768, 768, true, 12}, {"fc", 8192, 768, 3072, true, 12},
    {"fcproj", 8192, 3072, 768, true, 12}, {"lm_head", 8192, 768, 50304, false, 1},
};

// Median wall time of f() in milliseconds.
template <typename F>
double time_cpu_ms(F f) {
    return wall_median_ms(f, WARMUP, REPEATS);
}

// One layer's buffers on the host.
struct HostLayer {
    std::vector<float> inp, weight, bias, out, dout, dinp, dweight, dbias;
    explicit HostLayer(const Layer& l)
        : inp(random_vec((size_t)l.N * l.C, 1)), weight(random_vec((size_t)l.OC * l.C, 2)),
          bias(random_vec(l.OC, 3)), out((size_t)l.N * l.OC), dout(random_vec((size_t)l.N * l.OC, 4)),
          dinp(inp.size()), dweight(weight.size()), dbias(l.OC) {}
};

// The blocked CPU GEMMs against the definition, summed in double, on one awkward shape.
bool check_cpu() {
    Layer l = {"check", 67, 130, 515, true, 1};
    HostLayer h(l);
    std::vector<float> out(h.out.size()), dinp(h.dinp.size()), dweight(h.dweight.size()), dbias(h.dbias.size());
    for (int n = 0; n < l.N; n++)
        for (int o = 0; o < l.OC; o++) {
            double sum = h.bias[o];
            for (int c = 0; c < l.C; c++) sum += (double)h.inp[(size_t)n * l.C + c] * h.weight[(size_t)o * l.C + c];
            out[(size_t)n * l.OC + o] = (float)sum;
        }
    for (int n = 0; n < l.N; n++)
        for (int c = 0; c < l.C; c++) {
            double sum = 0.0;
            for (int o = 0; o < l.OC; o++) sum += (double)h.dout[(size_t)n * l.OC + o] * h.weight[(size_t)o * l.C + c];
            dinp[(size_t)n * l.C + c] = (float)sum;
        }
    for (int o = 0; o < l.OC; o++) {
        for (int c = 0; c < l.C; c++) {
            double sum = 0.0;
            for (int n = 0; n < l.N; n++) sum += (double)h.dout[(size_t)n * l.OC + o] * h.inp[(size_t)n * l.C + c];
            dweight[(size_t)o * l.C + c] = (float)sum;
        }
        double sum = 0.0;
        for (int n = 0; n < l.N; n++) sum += h.dout[(size_t)n * l.OC + o];
        dbias[o] = (float)sum;
    }
    matmul_forward_cpu(h.out.data(), h.inp.data(), h.weight.data(), h.bias.data(), l.N, l.C, l.OC);
    matmul_backward_cpu(h.dinp.data(), h.dweight.data(), h.dbias.data(), h.dout.data(), h.inp.data(), h.weight.data(),
                        l.N, l.C, l.OC);
    double worst = std::max({max_rel_error(h.out, out), max_rel_error(h.dinp, dinp),
                             max_rel_error(h.dweight, dweight), max_rel_error(h.dbias, dbias)});
    printf("check cpu against double-precision loops (N %d, C %d, OC %d): max relative error %.2e %s\n", l.N, l.C,
           l.OC, worst, worst <= 1e-5 ? "ok" : "FAILED");
    return worst <= 1e-5;
}

void bench_cpu() {
    printf("\ncpu, %d OpenMP threads, microkernel: %s\n", omp_get_max_threads(),
           matmul_microkernel() == matmul_microkernel_plain ? "plain loops" : "AVX2+FMA");
    printf("%-8s %5s %5s %5s | %9s %9s | %9s %9s\n", "layer", "N", "C", "OC", "fwd ms", "GFLOP/s", "bwd ms",
           "GFLOP/s");
    double step_ms = 0.0;
    for (const Layer& l : CPU_LAYERS) {
        HostLayer h(l);
        const float* bias = l.bias ? h.bias.data() : nullptr;
        float* dbias = l.bias ? h.dbias.data() : nullptr;
        double fwd = time_cpu_ms(
            [&] { matmul_forward_cpu(h.out.data(), h.inp.data(), h.weight.data(), bias, l.N, l.C, l.OC); });
        double bwd = time_cpu_ms([&] {
            matmul_backward_cpu(h.dinp.data(), h.dweight.data(), dbias, h.dout.data(), h.inp.data(), h.weight.data(),
                                l.N, l.C, l.OC);
        });
        double flop = 2.0 * l.N * l.C * l.OC;  // the backward does twice this: dinp and dweight
        printf("%-8s %5d %5d %5d | %9.3f %9.1f | %9.3f %9.1f\n", l.name, l.N, l.C, l.OC, fwd, flop / fwd * 1e-6, bwd,
               2 * flop / bwd * 1e-6);
        step_ms += l.per_step * (fwd + bwd);
    }
    printf("all matmuls of one `tiny` training step (2048 tokens): %.1f ms, %.0f tokens/s if nothing else ran\n",
           step_ms, 2048 / step_ms * 1e3);
}

#ifdef __CUDACC__

// Fills x with uniform values in [-1, 1) from an integer hash: fast for the 1.6 GB of logits.
__global__ void fill_random_kernel(float* x, size_t n, unsigned seed) {
    size_t i = (size_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) return;
    unsigned h = (unsigned)i * 2654435761u ^ seed * 40503u;
    h ^= h >> 15, h *= 2246822519u, h ^= h >> 13, h *= 3266489917u, h ^= h >> 16;
    x[i] = (float)(h >> 8) * (2.0f / 16777216.0f) - 1.0f;
}

struct DeviceFloats {
    float* ptr = nullptr;
    size_t n;
    DeviceFloats(size_t count, unsigned seed) : n(count) {
        CUDA_CHECK(cudaMalloc(&ptr, n * sizeof(float)));
        fill_random_kernel<<<(unsigned)ceil_div(n, (size_t)256), 256>>>(ptr, n, seed);
        CUDA_CHECK(cudaGetLastError());
    }
    explicit DeviceFloats(const std::vector<float>& v) : ptr(to_device(v)), n(v.size()) {}
    DeviceFloats(const DeviceFloats&) = delete;
    DeviceFloats& operator=(const DeviceFloats&) = delete;
    ~DeviceFloats() { cudaFree(ptr); }
    std::vector<float> download() const { return to_host(ptr, n); }
};

// A device array of T holding DeviceFloats' values (bf16: rounded to nearest even on the device).
template <typename T>
struct DeviceArray {
    T* ptr = nullptr;
    size_t n;
    DeviceArray(size_t count, unsigned seed) : n(count) {
        DeviceFloats f(count, seed);
        if constexpr (std::is_same_v<T, float>) {
            std::swap(ptr, f.ptr);  // f frees nothing now
        } else {
            CUDA_CHECK(cudaMalloc(&ptr, n * sizeof(T)));
            weights_to_bf16(ptr, f.ptr, n, 0);
            CUDA_CHECK(cudaDeviceSynchronize());
        }
    }
    DeviceArray(const DeviceArray&) = delete;
    DeviceArray& operator=(const DeviceArray&) = delete;
    ~DeviceArray() { cudaFree(ptr); }
};

// Median time of f() on the GPU in milliseconds, from CUDA events around each run.
template <typename F>
double time_gpu_ms(F f) {
    return cuda_median_ms(f, WARMUP, REPEATS);
}

// cuBLAS against the CPU on one awkward shape: 1e-5 in fp32, 1e-2 with TF32.
bool check_gpu(bool tf32) {
    Layer l = {"check", 300, 130, 515, true, 1};
    HostLayer h(l);
    matmul_forward_cpu(h.out.data(), h.inp.data(), h.weight.data(), h.bias.data(), l.N, l.C, l.OC);
    matmul_backward_cpu(h.dinp.data(), h.dweight.data(), h.dbias.data(), h.dout.data(), h.inp.data(), h.weight.data(),
                        l.N, l.C, l.OC);
    DeviceFloats inp(h.inp), weight(h.weight), bias(h.bias), dout(h.dout), out(h.out.size(), 0), dinp(h.inp.size(), 0);
    DeviceFloats dweight(std::vector<float>(h.weight.size())), dbias(std::vector<float>(l.OC));
    matmul_backward(dinp.ptr, dweight.ptr, dbias.ptr, dout.ptr, inp.ptr, weight.ptr, l.N, l.C, l.OC, 0);
    double worst = std::max({max_rel_error(dinp.download(), h.dinp), max_rel_error(dweight.download(), h.dweight),
                             max_rel_error(dbias.download(), h.dbias)});
    for (bool lt : {false, true}) {  // the forward's two versions
        matmul_use_cublaslt = lt;
        matmul_forward(out.ptr, inp.ptr, weight.ptr, bias.ptr, l.N, l.C, l.OC, 0);
        worst = std::max(worst, max_rel_error(out.download(), h.out));
    }
    double tolerance = tf32 ? 1e-2 : 1e-5;
    printf("check cuBLAS %s against the CPU (N %d, C %d, OC %d): max relative error %.2e %s\n",
           tf32 ? "TF32" : "fp32", l.N, l.C, l.OC, worst, worst <= tolerance ? "ok" : "FAILED");
    return worst <= tolerance;
}

// bf16 against the CPU on the same shape, the inputs rounded to bf16 first so that the reference sees
// what cuBLAS reads: 1e-2 (out and dinp are rounded to bf16 on the store).
bool check_gpu_bf16() {
    Layer l = {"check", 300, 130, 515, true, 1};
    HostLayer h(l);
    auto round_bf16 = [](std::vector<float>& v, std::vector<bf16>& b) {
        b.resize(v.size());
        for (size_t i = 0; i < v.size(); i++) {
            b[i] = __float2bfloat16_rn(v[i]);
            v[i] = __bfloat162float(b[i]);
        }
    };
    std::vector<bf16> inp16, weight16, bias16, dout16;
    round_bf16(h.inp, inp16);
    round_bf16(h.weight, weight16);
    round_bf16(h.bias, bias16);
    round_bf16(h.dout, dout16);
    matmul_forward_cpu(h.out.data(), h.inp.data(), h.weight.data(), h.bias.data(), l.N, l.C, l.OC);
    matmul_backward_cpu(h.dinp.data(), h.dweight.data(), h.dbias.data(), h.dout.data(), h.inp.data(), h.weight.data(),
                        l.N, l.C, l.OC);
    bf16 *inp = to_device(inp16), *weight = to_device(weight16), *bias = to_device(bias16), *dout = to_device(dout16);
    bf16 *out = to_device(std::vector<bf16>(h.out.size())), *dinp = to_device(std::vector<bf16>(h.inp.size()));
    DeviceFloats dweight(std::vector<float>(h.weight.size())), dbias(std::vector<float>(l.OC));
    matmul_backward(dinp, dweight.ptr, dbias.ptr, dout, inp, weight, l.N, l.C, l.OC, 0);
    auto floats = [](const bf16* d, size_t n) {
        std::vector<bf16> b = to_host(d, n);
        std::vector<float> f(n);
        for (size_t i = 0; i < n; i++) f[i] = __bfloat162float(b[i]);
        return f;
    };
    double worst = std::max({max_rel_error(floats(dinp, h.dinp.size()), h.dinp),
                             max_rel_error(dweight.download(), h.dweight), max_rel_error(dbias.download(), h.dbias)});
    for (bool lt : {false, true}) {  // the forward's two versions
        matmul_use_cublaslt = lt;
        matmul_forward(out, inp, weight, bias, l.N, l.C, l.OC, 0);
        worst = std::max(worst, max_rel_error(floats(out, h.out.size()), h.out));
    }
    for (bf16* p : {inp, weight, bias, dout, out, dinp}) cudaFree(p);
    printf("check cuBLAS bf16 against the CPU (N %d, C %d, OC %d): max relative error %.2e %s\n", l.N, l.C, l.OC,
           worst, worst <= 1e-2 ? "ok" : "FAILED");
    return worst <= 1e-2;
}

// T = float: fp32 or TF32 (matmul_allow_tf32); T = bf16: the bf16 path.
template <typename T>
void bench_gpu(const char* what) {
    cudaDeviceProp prop;
    CUDA_CHECK(cudaGetDeviceProperties(&prop, 0));
    printf("\ncuBLAS %s on %s\n", what, prop.name);
    printf("%-8s %5s %5s %6s | %9s %9s | %9s %9s | %9s %9s\n", "layer", "N", "C", "OC", "fwd v1 ms", "TFLOP/s",
           "fwd v2 ms", "TFLOP/s", "bwd ms", "TFLOP/s");
    double step_ms = 0.0;
    for (const Layer& l : GPU_LAYERS) {
        DeviceArray<T> inp((size_t)l.N * l.C, 1), weight((size_t)l.OC * l.C, 2);
        DeviceArray<T> out((size_t)l.N * l.OC, 4), dout((size_t)l.N * l.OC, 5), dinp((size_t)l.N * l.C, 6);
        DeviceArray<T> bias(l.OC, 3);
        DeviceFloats dweight((size_t)l.OC * l.C, 7), dbias(l.OC, 8);
        const T* b = l.bias ? bias.ptr : nullptr;
        float* db = l.bias ? dbias.ptr : nullptr;
        double fwd[2];
        for (int lt = 0; lt < 2; lt++) {
            matmul_use_cublaslt = lt == 1;
            fwd[lt] = time_gpu_ms([&] { matmul_forward(out.ptr, inp.ptr, weight.ptr, b, l.N, l.C, l.OC, 0); });
        }
        double bwd = time_gpu_ms([&] {
            matmul_backward(dinp.ptr, dweight.ptr, db, dout.ptr, inp.ptr, weight.ptr, l.N, l.C, l.OC, 0);
        });
        double flop = 2.0 * l.N * l.C * l.OC;
        printf("%-8s %5d %5d %6d | %9.3f %9.1f | %9.3f %9.1f | %9.3f %9.1f\n", l.name, l.N, l.C, l.OC, fwd[0],
               flop / fwd[0] * 1e-9, fwd[1], flop / fwd[1] * 1e-9, bwd, 2 * flop / bwd * 1e-9);
        step_ms += l.per_step * (fwd[1] + bwd);
    }
    printf("all matmuls of one 124M training step (8192 tokens): %.1f ms\n", step_ms);
}

#endif  // __CUDACC__

int main(int argc, char** argv) {
    std::string which = argc > 1 ? argv[1] : "all";
    if (argc > 2 || (which != "cpu" && which != "gpu" && which != "all")) {
        fprintf(stderr, "usage: %s [cpu|gpu|all]\n", argv[0]);
        return 2;
    }
    try {
        bool ok = true;
        if (which != "gpu") {
            ok = check_cpu();
            if (ok) bench_cpu();
        }
        if (which != "cpu") {
#ifdef __CUDACC__
            int devices = 0;
            cudaError_t err = cudaGetDeviceCount(&devices);
            if (err != cudaSuccess || devices == 0) {
                printf("\ngpu: no CUDA GPU (%s)\n", err != cudaSuccess ? cudaGetErrorString(err) : "none found");
                return ok ? 0 : 1;
            }
            for (bool tf32 : {false, true}) {
                matmul_allow_tf32(tf32);
                if (!check_gpu(tf32)) {
                    ok = false;
                    continue;
                }
                bench_gpu<float>(tf32 ? "TF32" : "fp32 (TF32 off)");
            }
            matmul_allow_tf32(false);
            if (check_gpu_bf16()) bench_gpu<bf16>("bf16 (fp32 sums; dweight, dbias fp32)");
            else ok = false;
#else
            printf("\ngpu: built without CUDA (make NO_CUDA=1, or no nvcc)\n");
#endif
        }
        return ok ? 0 : 1;
    } catch (const std::exception& e) {
        fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}
