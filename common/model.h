// model.h — the transformer of every program (routers, experts, the dense baseline), forward,
// backward and AdamW, on the CPU or on a CUDA GPU with the same code.
//
// The model: token embedding (no positions: RoPE rotates q and k), L blocks of
//   x = x + attproj(attention(rope(qkv(ln1(x)))))      causal multi-head attention, fused QKV
//   x = x + fcproj(gelu(fc(ln2(x))))                    MLP of width 4C, tanh GELU
// then a final LayerNorm and the output head tied to the token embedding (logits = lnf(x) wteᵀ).
//
// Memory is flat, as in llm.c: all parameters are one allocation carved into named tensors in the
// checkpoint's order (files.h); gradients and AdamW's m and v share that layout, so the optimizer
// and the gradient norm see one vector. Activations are one allocation too, sized for the largest
// batch (B, T) given to model_allocate; a smaller batch (generation) reuses the same buffers.
// Rule: parameter gradients accumulate (+=) over micro-batches, activation gradients overwrite.
//
// Every operation below dispatches to kernels/<op>.cuh: the CUDA launcher when the model lives on
// the GPU, else the C++ reference, which is also the CPU training path.
//
// Precision (--precision, below): the forward and the backward are written once, as templates on the
// activation type floatX, as in llm.c. floatX = float on the CPU and for fp32/tf32 GPU runs; bf16 on
// the GPU with --precision bf16, where activations, their gradients and a working copy of the weights
// (what the matmuls read) are bf16. The master weights, their gradients, AdamW's moments, LayerNorm's
// statistics and the losses are fp32 in every precision, and checkpoints are unchanged.
#pragma once

#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

#include "../kernels/adamw.cuh"         // adamw_update, global_norm_squared
#include "../kernels/attention.cuh"     // attention_forward, attention_backward
#include "../kernels/flash_attention.cuh"  // flash_attention_forward, flash_attention_backward (bf16)
#include "../kernels/crossentropy.cuh"  // crossentropy_forward, crossentropy_backward
#include "../kernels/encoder.cuh"       // encoder_forward, encoder_backward
#include "../kernels/gelu.cuh"          // gelu_forward, gelu_backward
#include "../kernels/layernorm.cuh"     // layernorm_forward, layernorm_backward
#include "../kernels/logprob.cuh"       // sequence_logprob (router scores)
#include "../kernels/matmul.cuh"        // matmul_forward, matmul_backward (cuBLAS / OpenMP)
#include "../kernels/rope.cuh"          // rope_forward, rope_backward
#include "files.h"                      // ModelConfig, param_sizes, checkpoints
#include "util.h"

// ----------------------------------------------------------------------------
// sizes: presets, and the FLOPs the MFU figure counts

struct Preset {
    const char* name;
    int L, H, C;
    const char* what;
};
constexpr Preset PRESETS[] = {
    {"tiny", 4, 4, 128, "1.8M at V 8192: the CPU default, trains in minutes on 2 cores"},
    {"small", 8, 8, 512, "29M at V 8192: the one-GPU reproduction's expert"},
    {"router-tiny", 2, 4, 64, "0.6M at V 8192: a router for the CPU (the prototype's C 64, L 2)"},
    {"router-4m", 12, 12, 96, "the paper's 4.4M router (C 96, L 12, H 12; head size 8)"},
    {"gpt2-124m", 12, 12, 768, "GPT-2 small's shape, for speed comparisons"},
    {"expert-335m", 24, 16, 1024, "the paper's 335M expert"},
    {"expert-1.3b", 24, 16, 2048, "the paper's 1.3B expert"},
};

inline const Preset& find_preset(const std::string& name) {
    for (const Preset& p : PRESETS) if (name == p.name) return p;
    std::string names;
    for (const Preset& p : PRESETS) names += std::string(names.empty() ? "" : ", ") + p.name;
    fail("unknown model preset '%s' (presets: %s)", name.c_str(), names.c_str());
}

// The padded vocabulary: a multiple of 128 keeps the classifier's matmul on aligned shapes.
inline int padded_vocab(int V) { return (V + 127) / 128 * 128; }

// The shape of a new model: a preset's L, H, C, each overridden by a non-zero L, H or C (the programs'
// --layers, --heads, --channels), for vocabulary V and sequences of up to max_T tokens.
inline ModelConfig preset_config(const std::string& preset, int V, int max_T, int L = 0, int H = 0, int C = 0) {
    const Preset& p = find_preset(preset);
    ModelConfig cfg;
    cfg.V = V;
    cfg.Vp = padded_vocab(V);
    cfg.max_T = max_T;
    cfg.L = L ? L : p.L;
    cfg.H = H ? H : p.H;
    cfg.C = C ? C : p.C;
    return cfg;
}

// Training FLOPs per token: 6 per parameter (forward 2, backward 4) plus causal attention, whose
// QKᵀ and A·V cost 2·C·T per token per layer forward (half the T×T matrix), three times that with
// the backward: 6·L·C·T.
inline double flops_per_token(const ModelConfig& c, int T) {
    return 6.0 * (double)num_parameters(c) + 6.0 * c.L * c.C * (double)T;
}

// A forward over T tokens, the paper's way: 2 FLOPs per parameter per token plus causal attention,
// 2·L·C·T per token (QKᵀ and A·V over half the T×T matrix): a third of flops_per_token.
inline double forward_flops(const ModelConfig& c, int T) {
    return (2.0 * (double)num_parameters(c) + 2.0 * c.L * c.C * (double)T) * T;
}

// ----------------------------------------------------------------------------
// parameters and activations: named views into flat buffers

// The fp32 master weights (and their gradients) are ParamTensors; the bf16 working copy is ParamTensorsT<bf16>.
template <typename floatX>
struct ParamTensorsT {
    floatX *wte, *ln1w, *ln1b, *qkvw, *qkvb, *attprojw, *attprojb, *ln2w, *ln2b, *fcw, *fcb, *fcprojw, *fcprojb, *lnfw, *lnfb;
};
using ParamTensors = ParamTensorsT<float>;
static_assert(sizeof(ParamTensors) == NUM_PARAM_TENSORS * sizeof(float*), "ParamTensors must list every tensor");

// Weight decay applies to the matrices only (wte, qkvw, attprojw, fcw, fcprojw), not to biases or norms.
constexpr bool PARAM_IS_MATRIX[NUM_PARAM_TENSORS] = {true, false, false, true, false, true, false, false, false,
                                                     true, false, true, false, false, false};

template <typename floatX>
inline void point_params(ParamTensorsT<floatX>* t, floatX* base, const ModelConfig& c) {
    int64_t sizes[NUM_PARAM_TENSORS];
    param_sizes(c, sizes);
    floatX** ptrs = (floatX**)t;
    for (int i = 0; i < NUM_PARAM_TENSORS; i++) { ptrs[i] = base; base += sizes[i]; }
}

// Activations of type floatX, except LayerNorm's statistics, flash attention's lse and the losses, which
// are fp32 in every precision. Their shapes: activation_specs below.
template <typename floatX>
struct ActivationsT {
    floatX *encoded;
    floatX *ln1; float *ln1_mean, *ln1_rstd;
    floatX *qkv, *atty, *att;
    float *lse;
    floatX *residual2;
    floatX *ln2; float *ln2_mean, *ln2_rstd;
    floatX *fch, *fch_gelu, *residual3;
    floatX *lnf; float *lnf_mean, *lnf_rstd;
    floatX *logits;
    float *losses;
    floatX *proj;
};
using Activations = ActivationsT<float>;

// Gradients of activations: only what one layer's backward needs at a time.
template <typename floatX>
struct GradBuffersT {
    floatX *dresidual, *dc, *dqkv, *dfc;
};
using GradBuffers = GradBuffersT<float>;

// One tensor of a flat allocation: where its pointer goes and its bytes, elements times the size of the
// pointer's type (so a tensor's type is said once, in its struct), rounded up to 16 so that each tensor
// starts on a 16-byte boundary (the vectorised kernels' loads).
struct TensorSpec { void** ptr; size_t bytes; };
template <typename T>
inline TensorSpec tensor(T*& ptr, size_t elements) { return {(void**)&ptr, (elements * sizeof(T) + 15) / 16 * 16}; }

// The activations of batches of B x T, one line each. layers: how many layers' activations are kept: L
// for training, 1 for a forward-only model, whose layers then reuse the same buffers one after the
// other. att only where attention keeps it, lse only with flash attention (model_allocate decides).
template <typename floatX>
inline std::vector<TensorSpec> activation_specs(ActivationsT<floatX>& a, const ModelConfig& c, int B, int T, int layers,
                                                bool att, bool lse) {
    size_t BT = (size_t)B * T, L = layers, C = c.C, BNH = (size_t)B * c.H;
    return {tensor(a.encoded, BT * C),                    // layer 0's input
            tensor(a.ln1, L * BT * C), tensor(a.ln1_mean, L * BT), tensor(a.ln1_rstd, L * BT),
            tensor(a.qkv, L * BT * 3 * C),                // after RoPE
            tensor(a.atty, L * BT * C),                   // attention's output, before the projection
            tensor(a.att, att ? L * BNH * T * T : 0),     // (B, NH, T, T) softmax probabilities
            tensor(a.lse, lse ? L * BNH * T : 0),         // (B, NH, T) flash attention's row logsumexp
            tensor(a.residual2, L * BT * C),              // after the attention half of the block
            tensor(a.ln2, L * BT * C), tensor(a.ln2_mean, L * BT), tensor(a.ln2_rstd, L * BT),
            tensor(a.fch, L * BT * 4 * C), tensor(a.fch_gelu, L * BT * 4 * C),
            tensor(a.residual3, L * BT * C),              // the block's output
            tensor(a.lnf, BT * C), tensor(a.lnf_mean, BT), tensor(a.lnf_rstd, BT),
            tensor(a.logits, BT * c.Vp),                  // the backward overwrites it with dlogits
            tensor(a.losses, BT),
            tensor(a.proj, BT * C)};                      // scratch: a projection's output before the residual add
}

template <typename floatX>
inline std::vector<TensorSpec> grad_buffer_specs(GradBuffersT<floatX>& d, const ModelConfig& c, int B, int T) {
    size_t BT = (size_t)B * T, C = c.C;
    return {tensor(d.dresidual, BT * C),  // the residual stream's gradient at the current depth
            tensor(d.dc, BT * C),         // a C-wide activation's (dln, datty)
            tensor(d.dqkv, BT * 3 * C),
            tensor(d.dfc, BT * 4 * C)};   // dfch_gelu, then dfch in place
}

inline size_t specs_bytes(const std::vector<TensorSpec>& specs) {
    size_t total = 0;
    for (const TensorSpec& t : specs) total += t.bytes;
    return total;
}

// Points each tensor into one allocation, in order; a tensor of no bytes gets nullptr.
inline void carve(const std::vector<TensorSpec>& specs, void* memory) {
    char* base = (char*)memory;
    for (const TensorSpec& t : specs) {
        *t.ptr = t.bytes ? base : nullptr;
        base += t.bytes;
    }
}

// ----------------------------------------------------------------------------
// device and precision: where a model lives and what it computes in
//
// --device: auto (CUDA when a GPU is present), cpu or cuda.
// --precision: what the GPU computes in; the CPU path is fp32 only, as the reference every CUDA kernel
// is tested against.
//   fp32  cuBLAS in plain fp32: the CPU's arithmetic, CUDA and CPU agree to ~1e-5.
//   tf32  cuBLAS on tensor cores with the inputs rounded to TF32 (10 mantissa bits, fp32 sums), as
//         PyTorch's allow_tf32: ~1e-3 relative error per matmul, 4.5x faster matmuls on an H200
//         (docs/performance.md). Activations, gradients, weights and checkpoints stay fp32.
//   bf16  mixed precision, as llm.c and PyTorch's bf16 autocast: activations, activation gradients
//         and the matmuls' copy of the weights in bf16 (8 mantissa bits), products summed in fp32 on
//         tensor cores; master weights, their gradients, AdamW's moments, LayerNorm statistics,
//         softmax and losses in fp32. Losses agree with fp32 to ~1e-2. Checkpoints stay fp32.
//   auto  bf16 on a GPU, fp32 on the CPU.
// Every model is created with its Device (model_create), so models of different precisions can live
// side by side (the tests compare a CPU model with a GPU one).
constexpr const char* DEVICE_HELP = "auto (CUDA when a GPU is present), cpu or cuda";
constexpr const char* PRECISION_HELP =
    "auto (bf16 on a GPU, fp32 on the CPU), fp32, tf32 or bf16 (the last two on a GPU only)";

enum class Precision { FP32, TF32, BF16 };

struct Device { bool cuda = false; Precision precision = Precision::FP32; };
constexpr Device CPU_FP32{false, Precision::FP32};

inline bool cuda_available(std::string* why) {
#ifdef __CUDACC__
    int n = 0;
    cudaError_t err = cudaGetDeviceCount(&n);
    if (err != cudaSuccess) { cudaGetLastError(); *why = cudaGetErrorString(err); return false; }
    if (n == 0) { *why = "no CUDA device"; return false; }
    return true;
#else
    *why = "this build has no CUDA (built without nvcc or with NO_CUDA=1)";
    return false;
#endif
}

// The programs' --device and --precision flags, checked and resolved (dist.h's dist_choose_device
// also gives each rank its GPU).
inline Device choose_device(const std::string& device, const std::string& precision) {
    std::string why;
    Device d;
    if (device == "cuda") {
        if (!cuda_available(&why)) fail("--device cuda: no usable GPU (%s); use --device cpu", why.c_str());
        d.cuda = true;
    } else if (device == "auto") {
        d.cuda = cuda_available(&why);
    } else if (device != "cpu") {
        fail("--device must be auto, cpu or cuda, not '%s'", device.c_str());
    }
    if (precision != "auto" && precision != "fp32" && precision != "tf32" && precision != "bf16")
        fail("--precision must be auto, fp32, tf32 or bf16, not '%s'", precision.c_str());
    if ((precision == "tf32" || precision == "bf16") && !d.cuda)
        fail("--precision %s: the CPU path computes in fp32 only (it is the reference); use --device cuda, or "
             "--precision fp32",
             precision.c_str());
    if (d.cuda && precision == "tf32") d.precision = Precision::TF32;
    if (d.cuda && (precision == "bf16" || precision == "auto")) d.precision = Precision::BF16;
    return d;
}

inline const char* precision_name(Precision p) {
    return p == Precision::BF16 ? "bf16" : p == Precision::TF32 ? "tf32" : "fp32";
}

// "CPU", or "CUDA, fp32" / "CUDA, tf32" / "CUDA, bf16": the device and precision, for the programs'
// first line.
inline std::string device_label(Device d) {
    return d.cuda ? std::string("CUDA, ") + precision_name(d.precision) : "CPU";
}

// ----------------------------------------------------------------------------
// the model

struct Model {
    ModelConfig cfg;
    bool cuda = false;
    Precision precision = Precision::FP32;  // fp32 on the CPU; on the GPU the one it was created with
    int64_t num_params = 0;
    int max_B = 0, max_T = 0;       // the largest batch the activations hold
    bool training = true;           // keeps every layer's activations for the backward
    int B = 0, T = 0;               // the batch of the last forward
    float *params = nullptr, *grads = nullptr, *m = nullptr, *v = nullptr;
    int64_t opt_begin = 0, opt_count = 0;  // the parameters whose AdamW moments m, v hold (all, or a ZeRO shard)
    ParamTensors p{}, g{};
    // Precision::BF16 (CUDA only): the activations are bf16 and live in a16, d16; the matmuls read
    // p16, a bf16 copy of params made before each forward. Otherwise a, d hold them and p is read.
    bool use_bf16 = false;
    // On the GPU in bf16, attention runs in kernels/flash_attention.cuh (no att, an lse per row) when the
    // head size allows (a multiple of 8 up to 128); otherwise, and in fp32/tf32, kernels/attention.cuh.
    bool flash_attention = false;
    bf16* params16 = nullptr;
    ParamTensorsT<bf16> p16{};
    void* acts_memory = nullptr;
    Activations a{};
    ActivationsT<bf16> a16{};
    void* grad_memory = nullptr;
    GradBuffers d{};
    GradBuffersT<bf16> d16{};
    int *inputs = nullptr, *targets = nullptr;  // on the model's device
    void* scratch = nullptr;                    // kernel workspaces (CUDA)
    size_t scratch_bytes = 0;
    std::vector<float> losses_host;
    bool have_targets = false;
    float dlogits_scale = 0.0f;  // != 0: the last forward left d(scale · Σ losses)/dlogits in the logits
};

// ---- memory on the model's device

inline void* device_alloc(const Model& m, size_t bytes, const char* what) {
    if (bytes == 0) bytes = 1;
#ifdef __CUDACC__
    if (m.cuda) {
        void* ptr = nullptr;
        cudaError_t err = cudaMalloc(&ptr, bytes);
        if (err != cudaSuccess) {
            cudaGetLastError();  // clear the error so the caller can report and exit cleanly
            size_t free_b = 0, total_b = 0;
            cudaMemGetInfo(&free_b, &total_b);
            fail("out of GPU memory: %s needs %.2f GiB, %.2f GiB of %.2f GiB are free (lower --batch or --seq-len)",
                 what, bytes / 1073741824.0, free_b / 1073741824.0, total_b / 1073741824.0);
        }
        return ptr;
    }
#endif
    (void)m;
    void* ptr = nullptr;
    if (posix_memalign(&ptr, 64, bytes) != 0)
        fail("out of memory: %s needs %.2f GiB (lower --batch or --seq-len)", what, bytes / 1073741824.0);
    return ptr;
}

inline void device_free(const Model& m, void* ptr) {
    if (!ptr) return;
#ifdef __CUDACC__
    if (m.cuda) { cudaFree(ptr); return; }
#endif
    (void)m;
    free(ptr);
}

inline void device_zero(const Model& m, void* ptr, size_t bytes) {
#ifdef __CUDACC__
    if (m.cuda) { CUDA_CHECK(cudaMemset(ptr, 0, bytes)); return; }
#endif
    (void)m;
    memset(ptr, 0, bytes);
}

// Copies between host memory and the model's device memory (either direction).
inline void copy_to_device(const Model& m, void* dst, const void* src, size_t bytes) {
#ifdef __CUDACC__
    if (m.cuda) { CUDA_CHECK(cudaMemcpy(dst, src, bytes, cudaMemcpyHostToDevice)); return; }
#endif
    (void)m;
    memcpy(dst, src, bytes);
}
inline void copy_to_host(const Model& m, void* dst, const void* src, size_t bytes) {
#ifdef __CUDACC__
    if (m.cuda) { CUDA_CHECK(cudaMemcpy(dst, src, bytes, cudaMemcpyDeviceToHost)); return; }
#endif
    (void)m;
    memcpy(dst, src, bytes);
}

// Physical memory the CPU path may use, to refuse a batch that cannot fit before allocating it.
inline double available_host_bytes() {
    long pages = sysconf(_SC_AVPHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    return pages > 0 && size > 0 ? (double)pages * size : 1e18;
}

// ---- building a model

// AdamW's moments, zeroed, for parameters [begin, begin + count): all of them (model_create), or
// under ZeRO-1 (common/dist.h) this rank's shard; model_adamw then updates only those.
inline void model_keep_moments(Model& m, int64_t begin, int64_t count) {
    if (begin < 0 || count < 0 || begin + count > m.num_params)
        fail("moments for parameters [%lld, %lld) of %lld", (long long)begin, (long long)(begin + count),
             (long long)m.num_params);
    device_free(m, m.m);
    device_free(m, m.v);
    size_t bytes = (size_t)count * sizeof(float);
    m.m = (float*)device_alloc(m, bytes, "AdamW's first moments");
    m.v = (float*)device_alloc(m, bytes, "AdamW's second moments");
    device_zero(m, m.m, bytes);
    device_zero(m, m.v, bytes);
    m.opt_begin = begin;
    m.opt_count = count;
}

// Parameters, gradients and optimizer moments, on the device and in the precision given; parameters are
// initialised by model_init or model_load.
inline void model_create(Model& m, const ModelConfig& cfg, Device device) {
    check_model_config("model", cfg);
    if (!device.cuda && device.precision != Precision::FP32) fail("model_create: the CPU path computes in fp32 only");
    m.cfg = cfg;
    m.cuda = device.cuda;
    m.precision = device.precision;
    m.num_params = num_parameters(cfg);
    size_t bytes = (size_t)m.num_params * sizeof(float);
    m.params = (float*)device_alloc(m, bytes, "the parameters");
    m.grads = (float*)device_alloc(m, bytes, "the gradients");
    device_zero(m, m.grads, bytes);
    model_keep_moments(m, 0, m.num_params);  // AdamW's moments, all of them
    point_params(&m.p, m.params, cfg);
    point_params(&m.g, m.grads, cfg);
    m.use_bf16 = m.precision == Precision::BF16;
    if (m.use_bf16) {
        m.params16 = (bf16*)device_alloc(m, (size_t)m.num_params * sizeof(bf16), "the bf16 copy of the parameters");
        point_params(&m.p16, m.params16, cfg);
    }
}

// AdamW's moments this process holds (all of them, or its ZeRO shard) to the host: optimizer.bin's m, v.
inline void model_moments_to_host(const Model& m, std::vector<float>& mo, std::vector<float>& vo) {
    mo.resize((size_t)m.opt_count);
    vo.resize((size_t)m.opt_count);
    copy_to_host(m, mo.data(), m.m, mo.size() * sizeof(float));
    copy_to_host(m, vo.data(), m.v, vo.size() * sizeof(float));
}

// The inverse, on resume: the moments this process holds, from the whole state read back from
// optimizer.bin (every parameter's).
inline void model_load_moments(Model& m, const std::vector<float>& mo, const std::vector<float>& vo) {
    if ((int64_t)mo.size() != m.num_params || (int64_t)vo.size() != m.num_params)
        fail("model_load_moments: %zu moments for a model of %lld parameters", mo.size(), (long long)m.num_params);
    size_t bytes = (size_t)m.opt_count * sizeof(float);
    copy_to_device(m, m.m, mo.data() + m.opt_begin, bytes);
    copy_to_device(m, m.v, vo.data() + m.opt_begin, bytes);
}

inline void model_free(Model& m) {
    for (void* ptr : {(void*)m.params, (void*)m.grads, (void*)m.m, (void*)m.v, (void*)m.params16, m.acts_memory,
                      m.grad_memory, (void*)m.inputs, (void*)m.targets, m.scratch})
        device_free(m, ptr);
    m = Model();
}

// Initialisation: weights N(0, 0.02), the two residual projections N(0, 0.02/√(2L)), biases zero,
// LayerNorm weights one; rows V..Vp-1 of wte zero (they are never a target and stay zero).
inline void model_init(Model& m, uint64_t seed) {
    const ModelConfig& c = m.cfg;
    std::vector<float> host(m.num_params, 0.0f);
    ParamTensors t;
    point_params(&t, host.data(), c);
    int64_t sizes[NUM_PARAM_TENSORS];
    param_sizes(c, sizes);
    Rng rng(seed);
    float residual_std = 0.02f / sqrtf(2.0f * c.L);
    for (int64_t i = 0; i < (int64_t)c.V * c.C; i++) t.wte[i] = (float)(0.02 * rng.normal());
    for (int64_t i = 0; i < sizes[3]; i++) t.qkvw[i] = (float)(0.02 * rng.normal());
    for (int64_t i = 0; i < sizes[5]; i++) t.attprojw[i] = (float)(residual_std * rng.normal());
    for (int64_t i = 0; i < sizes[9]; i++) t.fcw[i] = (float)(0.02 * rng.normal());
    for (int64_t i = 0; i < sizes[11]; i++) t.fcprojw[i] = (float)(residual_std * rng.normal());
    for (int64_t i = 0; i < sizes[1]; i++) t.ln1w[i] = 1.0f;
    for (int64_t i = 0; i < sizes[7]; i++) t.ln2w[i] = 1.0f;
    for (int64_t i = 0; i < sizes[13]; i++) t.lnfw[i] = 1.0f;
    copy_to_device(m, m.params, host.data(), host.size() * sizeof(float));
}

inline void model_load(Model& m, const std::string& path, Device device, int* step) {
    std::vector<float> host;
    ModelConfig c = read_checkpoint(path, step, &host);
    model_create(m, c, device);
    copy_to_device(m, m.params, host.data(), host.size() * sizeof(float));
}

inline void model_save(const Model& m, const std::string& path, int step) {
    std::vector<float> host(m.num_params);
    copy_to_host(m, host.data(), m.params, host.size() * sizeof(float));
    write_checkpoint(path, m.cfg, step, host.data());
}

// Activations for batches of up to B sequences of T tokens; fails clearly when they do not fit.
// training = false: forward only (scoring, evaluation), one layer's activations, no backward.
inline void model_allocate(Model& m, int B, int T, bool training = true) {
    const ModelConfig& c = m.cfg;
    if (B < 1 || T < 1) fail("batch %d x %d: both must be positive", B, T);
    if (T > c.max_T) fail("sequence length %d is longer than the model's maximum %d", T, c.max_T);
    // att (B, NH, T, T) only where attention keeps it: on the CPU, and on the GPU for training without
    // flash attention (the forward-only fused kernel needs none); lse only with flash attention.
    m.flash_attention = m.cuda && m.use_bf16 && flash_attention_supported(c.C, c.H);
#ifdef __CUDACC__
    bool keeps_att = !m.cuda || (!m.flash_attention && (training || !attention_fused_supported(c.C, c.H)));
#else
    bool keeps_att = true;
#endif
    // The activations and, for training, the activation gradients: a and d, or a16 and d16 in bf16. One
    // allocation each, carved into the named tensors.
    int layers = training ? c.L : 1;
    std::vector<TensorSpec> acts = m.use_bf16 ? activation_specs(m.a16, c, B, T, layers, keeps_att, m.flash_attention)
                                              : activation_specs(m.a, c, B, T, layers, keeps_att, m.flash_attention);
    std::vector<TensorSpec> grads;
    if (training) grads = m.use_bf16 ? grad_buffer_specs(m.d16, c, B, T) : grad_buffer_specs(m.d, c, B, T);
    if (acts.size() != sizeof(m.a) / sizeof(void*) || (training && grads.size() != sizeof(m.d) / sizeof(void*)))
        fail("model_allocate: a tensor of Activations or GradBuffers has no line in its specs");
    size_t total = specs_bytes(acts), grad_total = specs_bytes(grads);
    double need = (double)total + grad_total + 16.0 * m.num_params;
    if (!m.cuda && need > available_host_bytes())
        fail("a batch of %d x %d needs %.2f GiB of memory, %.2f GiB are available (lower --batch or --seq-len)", B, T,
             need / 1073741824.0, available_host_bytes() / 1073741824.0);
    m.acts_memory = device_alloc(m, total, "the activations");
    carve(acts, m.acts_memory);
    m.grad_memory = device_alloc(m, grad_total, "the activation gradients");
    carve(grads, m.grad_memory);
    int64_t BT = (int64_t)B * T;
    m.inputs = (int*)device_alloc(m, BT * sizeof(int), "the input tokens");
    m.targets = (int*)device_alloc(m, BT * sizeof(int), "the target tokens");
    m.losses_host.resize(BT);
    m.max_B = B;
    m.max_T = T;
    m.training = training;
#ifdef __CUDACC__
    if (m.cuda) {
        m.scratch_bytes = std::max({encoder_backward_scratch_bytes(B, T), layernorm_backward_scratch_bytes(B, T, c.C),
                                    m.flash_attention ? flash_attention_backward_scratch_bytes(B, T, c.H)
                                                      : attention_backward_scratch_bytes(B, T, c.C, c.H),
                                    global_norm_scratch_bytes()});
        m.scratch = device_alloc(m, m.scratch_bytes, "kernel workspace");
    }
#endif
}

// ----------------------------------------------------------------------------
// where the CPU path's time goes (train_expert --profile)
//
// With cpu_profile().on, every CPU kernel call of the forward, the backward and the update is timed
// (wall clock, its OpenMP threads included) and summed under its operation's name. Off, which is always
// but under --profile, it costs one branch per call. A GPU's kernels run asynchronously and are not timed
// here: use Nsight Systems there.
struct CpuProfile {
    struct Op {
        std::string name;
        double seconds;
        int64_t calls;
    };
    bool on = false;
    std::vector<Op> ops;  // in the order first met
    void add(const char* name, double seconds) {
        for (Op& op : ops)
            if (op.name == name) { op.seconds += seconds, op.calls++; return; }
        ops.push_back({name, seconds, 1});
    }
};
inline CpuProfile& cpu_profile() {
    static CpuProfile profile;
    return profile;
}
#define CPU_TIMED(op, call)                                                                         \
    do {                                                                                            \
        if (cpu_profile().on) {                                                                     \
            double t0_ = now_seconds();                                                             \
            call;                                                                                   \
            cpu_profile().add(op, now_seconds() - t0_);                                             \
        } else {                                                                                    \
            call;                                                                                   \
        }                                                                                           \
    } while (0)

// ----------------------------------------------------------------------------
// operations: one line each in forward and backward, the device decided here
//
// Every kernel comes as a pair with the same arguments: the CUDA launcher op(..., stream) and its C++
// reference op_cpu(...), which is the CPU path. RUN_ON(m, op, args...) calls the one for m's device (the
// launcher on the default stream). The CPU call is compiled for floatX = float only: a bf16 model lives
// on the GPU. ON_DEVICE writes both calls out, for the few operations whose two sides differ: a GPU
// workspace (the LayerNorm and embedding backwards) or the attention variant; `op` names it for the
// profile below.
#ifdef __CUDACC__
#define ON_DEVICE(m, op, gpu_call, cpu_call) \
    do { if ((m).cuda) { gpu_call; } else if constexpr (std::is_same_v<floatX, float>) { CPU_TIMED(op, cpu_call); } } while (0)
#else
#define ON_DEVICE(m, op, gpu_call, cpu_call) do { CPU_TIMED(op, cpu_call); } while (0)
#endif
#define RUN_ON(m, op, ...) ON_DEVICE(m, #op, op(__VA_ARGS__, 0), op##_cpu(__VA_ARGS__))

// The views of one precision: the activations and activation gradients of type floatX, and the
// weights the matmuls read (the fp32 master itself, or its bf16 copy).
// (M is Model or const Model: the views come back as constant as the model.)
template <typename floatX, typename M>
inline auto& model_acts(M& m) {
    if constexpr (std::is_same_v<floatX, float>) return m.a; else return m.a16;
}
template <typename floatX>
inline GradBuffersT<floatX>& model_grad_buffers(Model& m) {
    if constexpr (std::is_same_v<floatX, float>) return m.d; else return m.d16;
}
template <typename floatX>
inline const ParamTensorsT<floatX>& model_weights(const Model& m) {
    if constexpr (std::is_same_v<floatX, float>) return m.p; else return m.p16;
}
// The per-position losses of the last forward (fp32 in every precision), on the model's device.
inline float* model_losses(const Model& m) { return m.use_bf16 ? m.a16.losses : m.a.losses; }

// ----------------------------------------------------------------------------
// one layer's slice of the stacked parameters (or gradients, or the bf16 weights) and activations

template <typename floatX>
struct LayerParamsT {
    floatX *ln1w, *ln1b, *qkvw, *qkvb, *attprojw, *attprojb, *ln2w, *ln2b, *fcw, *fcb, *fcprojw, *fcprojb;
};
using LayerParams = LayerParamsT<float>;

template <typename floatX>
inline LayerParamsT<floatX> layer_params(const ParamTensorsT<floatX>& t, const ModelConfig& c, int l) {
    size_t C = c.C, lC = (size_t)l * C;
    return {t.ln1w + lC, t.ln1b + lC, t.qkvw + 3 * C * lC, t.qkvb + 3 * lC, t.attprojw + C * lC, t.attprojb + lC,
            t.ln2w + lC, t.ln2b + lC, t.fcw + 4 * C * lC, t.fcb + 4 * lC, t.fcprojw + 4 * C * lC, t.fcprojb + lC};
}

template <typename floatX>
struct LayerActsT {
    floatX *x;  // the layer's input: the embedding, or the previous layer's output
    floatX *ln1; float *ln1_mean, *ln1_rstd;
    floatX *qkv, *atty, *att;
    float *lse;
    floatX *res2, *ln2;
    float *ln2_mean, *ln2_rstd;
    floatX *fch, *fch_gelu, *res3;
};

// A forward-only model keeps one slice that every layer reuses: layer l reads its input x from
// res3 before it writes its own res3 there, so the overlap is safe.
template <typename floatX>
inline LayerActsT<floatX> layer_acts(const Model& m, int l) {
    size_t BT = (size_t)m.B * m.T, C = m.cfg.C, k = m.training ? l : 0;
    size_t prev = m.training ? l - 1 : 0;
    const ActivationsT<floatX>& a = model_acts<floatX>(m);
    return {l == 0 ? a.encoded : a.residual3 + prev * BT * C,
            a.ln1 + k * BT * C, a.ln1_mean + k * BT, a.ln1_rstd + k * BT,
            a.qkv + k * BT * 3 * C, a.atty + k * BT * C, a.att + k * (size_t)m.B * m.cfg.H * m.T * m.T,
            a.lse + k * (size_t)m.B * m.cfg.H * m.T,
            a.residual2 + k * BT * C, a.ln2 + k * BT * C, a.ln2_mean + k * BT, a.ln2_rstd + k * BT,
            a.fch + k * BT * 4 * C, a.fch_gelu + k * BT * 4 * C, a.residual3 + k * BT * C};
}

// ----------------------------------------------------------------------------
// forward: returns the mean loss when targets are given (else only the logits are computed). With a
// loss_scale (training: the one model_backward will be given), the classifier also computes the logits'
// gradient in the same kernel, in place of the logits (the fused classifier: kernels/crossentropy.cuh).
//
// Parameters come in two views: p, the fp32 master (LayerNorms, biases, the embedding lookup), and w,
// what the matmuls read (p itself, or its bf16 copy).

template <typename floatX>
inline float model_forward_x(Model& m, int B, int T, float loss_scale) {
    const ModelConfig& c = m.cfg;
    int C = c.C, NH = c.H, L = c.L, Vp = c.Vp, V = c.V, BT = B * T;
    float rope_base = (float)c.rope_base;
    const ParamTensors& p = m.p;
    const ParamTensorsT<floatX>& w = model_weights<floatX>(m);
    ActivationsT<floatX>& a = model_acts<floatX>(m);
#ifdef __CUDACC__
    if (m.cuda) matmul_allow_tf32(m.precision == Precision::TF32);  // for cuBLAS: this model's precision
    if constexpr (!std::is_same_v<floatX, float>) weights_to_bf16(m.params16, m.params, (size_t)m.num_params, 0);
#endif

    RUN_ON(m, encoder_forward, a.encoded, m.inputs, p.wte, B, T, C);
    // Every LayerNorm but the first follows a residual addition and is fused with it (one pass over the
    // rows): each layer ends by computing the next layer's ln1, and the last layer lnf.
    {
        LayerActsT<floatX> la = layer_acts<floatX>(m, 0);
        LayerParams lp = layer_params(p, c, 0);
        RUN_ON(m, layernorm_forward, la.ln1, la.ln1_mean, la.ln1_rstd, la.x, lp.ln1w, lp.ln1b, B, T, C);
    }
    for (int l = 0; l < L; l++) {
        LayerActsT<floatX> la = layer_acts<floatX>(m, l);
        LayerParams lp = layer_params(p, c, l);
        LayerParamsT<floatX> lw = layer_params(w, c, l);
        RUN_ON(m, matmul_forward, la.qkv, la.ln1, lw.qkvw, lw.qkvb, BT, C, 3 * C);
        RUN_ON(m, rope_forward, la.qkv, B, T, C, NH, rope_base);
        // Flash attention keeps lse, not att; without it a forward-only model keeps no att either: on the
        // GPU the fused kernel does without it.
        ON_DEVICE(m, "attention_forward", m.flash_attention ? flash_attention_forward(la.atty, la.lse, la.qkv, B, T, C, NH, 0)
                     : m.training      ? attention_forward(la.atty, la.att, la.qkv, B, T, C, NH, 0)
                                       : attention_forward_fused(la.atty, la.att, la.qkv, B, T, C, NH, 0),
                     attention_forward_cpu(la.atty, la.att, la.qkv, B, T, C, NH));
        RUN_ON(m, matmul_forward, a.proj, la.atty, lw.attprojw, lw.attprojb, BT, C, C);
        RUN_ON(m, residual_layernorm_forward, la.res2, la.ln2, la.ln2_mean, la.ln2_rstd, la.x, a.proj, lp.ln2w, lp.ln2b, B, T, C);
        RUN_ON(m, matmul_forward, la.fch, la.ln2, lw.fcw, lw.fcb, BT, C, 4 * C);
        RUN_ON(m, gelu_forward, la.fch_gelu, la.fch, (size_t)BT * 4 * C);
        RUN_ON(m, matmul_forward, a.proj, la.fch_gelu, lw.fcprojw, lw.fcprojb, BT, 4 * C, C);
        // res3 = res2 + proj, and the LayerNorm that reads it: the next layer's ln1, or lnf.
        floatX *ln = a.lnf;
        float *ln_mean = a.lnf_mean, *ln_rstd = a.lnf_rstd, *lnw = p.lnfw, *lnb = p.lnfb;
        if (l + 1 < L) {
            LayerActsT<floatX> next = layer_acts<floatX>(m, l + 1);
            LayerParams np = layer_params(p, c, l + 1);
            ln = next.ln1, ln_mean = next.ln1_mean, ln_rstd = next.ln1_rstd, lnw = np.ln1w, lnb = np.ln1b;
        }
        RUN_ON(m, residual_layernorm_forward, la.res3, ln, ln_mean, ln_rstd, la.res2, a.proj, lnw, lnb, B, T, C);
    }
    RUN_ON(m, matmul_forward, a.logits, a.lnf, w.wte, (const floatX*)nullptr, BT, C, Vp);
    if (!m.have_targets) return 0.0f;
    if (loss_scale != 0.0f)
        RUN_ON(m, crossentropy_forward_backward, a.losses, a.logits, a.logits, m.targets, loss_scale, BT, V, Vp);
    else
        RUN_ON(m, crossentropy_forward, a.losses, a.logits, m.targets, BT, V, Vp);
    m.dlogits_scale = loss_scale;
    copy_to_host(m, m.losses_host.data(), a.losses, (size_t)BT * sizeof(float));
    double sum = 0;
    for (int i = 0; i < BT; i++) sum += m.losses_host[i];
    return (float)(sum / BT);
}

inline float model_forward(Model& m, const int* inputs, const int* targets, int B, int T, float loss_scale = 0.0f) {
    const ModelConfig& c = m.cfg;
    if (B > m.max_B || T > m.max_T) fail("batch %d x %d exceeds the allocated %d x %d", B, T, m.max_B, m.max_T);
    if (loss_scale != 0.0f && (!targets || !m.training))
        fail("model_forward: a loss_scale (the fused classifier's gradient) needs targets and a model allocated for training");
    for (int i = 0; i < B * T; i++) {
        if (inputs[i] < 0 || inputs[i] >= c.V)
            fail("input token %d at position %d is outside the model's vocabulary of %d", inputs[i], i, c.V);
        if (targets && (targets[i] < 0 || targets[i] >= c.V))
            fail("target token %d at position %d is outside the model's vocabulary of %d", targets[i], i, c.V);
    }
    m.B = B;
    m.T = T;
    m.have_targets = targets != nullptr;
    m.dlogits_scale = 0.0f;
    copy_to_device(m, m.inputs, inputs, (size_t)B * T * sizeof(int));
    if (targets) copy_to_device(m, m.targets, targets, (size_t)B * T * sizeof(int));
#ifdef __CUDACC__
    if (m.use_bf16) return model_forward_x<bf16>(m, B, T, loss_scale);
#endif
    return model_forward_x<float>(m, B, T, loss_scale);
}

// Router scores: for each of B sequences of M tokens (tokens is B x M), the summed
// log-likelihood of tokens 2..M given the ones before: s(x) = sum_{t=1}^{M-1} log p(x_{t+1} | x_{1..t}).
// Runs the forward on B x (M-1) positions; allocate the model for (B, M-1), forward-only if it only scores.
inline void model_score(Model& m, const int* tokens, int B, int M, float* scores) {
    if (M < 2) fail("router scores need a prefix of at least 2 tokens, got M = %d", M);
    int T = M - 1;
    std::vector<int> in((size_t)B * T), tg((size_t)B * T);
    for (int b = 0; b < B; b++)
        for (int t = 0; t < T; t++) {
            in[(size_t)b * T + t] = tokens[(size_t)b * M + t];
            tg[(size_t)b * T + t] = tokens[(size_t)b * M + t + 1];
        }
    model_forward(m, in.data(), tg.data(), B, T);
#ifdef __CUDACC__
    if (m.cuda) {
        // proj is free after the forward, and at least B floats long in either precision.
        float* out = m.use_bf16 ? (float*)(void*)m.a16.proj : m.a.proj;
        sequence_logprob(out, model_losses(m), B, T, 0);
        CUDA_CHECK(cudaMemcpy(scores, out, (size_t)B * sizeof(float), cudaMemcpyDeviceToHost));
        return;
    }
#endif
    sequence_logprob_cpu(scores, m.a.losses, B, T);
}

inline void model_zero_grad(Model& m) { device_zero(m, m.grads, (size_t)m.num_params * sizeof(float)); }

// ----------------------------------------------------------------------------
// backward: adds d(loss_scale · Σ losses)/dθ to the gradients. loss_scale = 1/(B·T) gives the
// gradient of the mean loss; 1/(B·T·steps) when gradients accumulate over several micro-batches.
// The parameters' gradients g are fp32 in every precision; the activations' (d) are floatX.

template <typename floatX>
inline void model_backward_x(Model& m, float loss_scale) {
    const ModelConfig& c = m.cfg;
    int B = m.B, T = m.T, C = c.C, NH = c.H, L = c.L, Vp = c.Vp, V = c.V, BT = B * T;
    float rope_base = (float)c.rope_base;
    const ParamTensors& p = m.p;
    const ParamTensorsT<floatX>& w = model_weights<floatX>(m);
    ParamTensors& g = m.g;
    ActivationsT<floatX>& a = model_acts<floatX>(m);
    GradBuffersT<floatX>& d = model_grad_buffers<floatX>(m);
    void* scratch = m.scratch;
    (void)scratch;
#ifdef __CUDACC__
    if (m.cuda) matmul_allow_tf32(m.precision == Precision::TF32);
#endif

    // The logits' gradient: left by the forward's fused classifier, or computed here from dlosses, the
    // same scale for every position, written where the losses were.
    if (m.dlogits_scale == 0.0f) {
        std::vector<float> dlosses(BT, loss_scale);
        copy_to_device(m, a.losses, dlosses.data(), (size_t)BT * sizeof(float));
        RUN_ON(m, crossentropy_backward, a.logits, a.logits, m.targets, a.losses, BT, V, Vp);
    }
    RUN_ON(m, matmul_backward, d.dc, g.wte, (float*)nullptr, a.logits, a.lnf, w.wte, BT, C, Vp);
    floatX* last = layer_acts<floatX>(m, L - 1).res3;
    ON_DEVICE(m, "layernorm_backward", layernorm_backward(d.dresidual, g.lnfw, g.lnfb, scratch, d.dc, last, p.lnfw, a.lnf_mean, a.lnf_rstd, B, T, C, 0),
                 layernorm_backward_cpu(d.dresidual, g.lnfw, g.lnfb, d.dc, last, p.lnfw, a.lnf_mean, a.lnf_rstd, B, T, C));

    for (int l = L - 1; l >= 0; l--) {
        LayerActsT<floatX> la = layer_acts<floatX>(m, l);
        LayerParams lp = layer_params(p, c, l), lg = layer_params(g, c, l);
        LayerParamsT<floatX> lw = layer_params(w, c, l);

        // MLP half: dresidual is d(res3), which flows unchanged into d(res2) plus the MLP's share.
        RUN_ON(m, matmul_backward, d.dfc, lg.fcprojw, lg.fcprojb, d.dresidual, la.fch_gelu, lw.fcprojw, BT, 4 * C, C);
        RUN_ON(m, gelu_backward, d.dfc, d.dfc, la.fch, (size_t)BT * 4 * C);
        RUN_ON(m, matmul_backward, d.dc, lg.fcw, lg.fcb, d.dfc, la.ln2, lw.fcw, BT, C, 4 * C);
        ON_DEVICE(m, "layernorm_backward", layernorm_backward(d.dresidual, lg.ln2w, lg.ln2b, scratch, d.dc, la.res2, lp.ln2w, la.ln2_mean, la.ln2_rstd, B, T, C, 0, true),
                     layernorm_backward_cpu(d.dresidual, lg.ln2w, lg.ln2b, d.dc, la.res2, lp.ln2w, la.ln2_mean, la.ln2_rstd, B, T, C, true));

        // attention half: dresidual is now d(res2).
        RUN_ON(m, matmul_backward, d.dc, lg.attprojw, lg.attprojb, d.dresidual, la.atty, lw.attprojw, BT, C, C);
        ON_DEVICE(m, "attention_backward", m.flash_attention ? flash_attention_backward(d.dqkv, scratch, d.dc, la.qkv, la.atty, la.lse, B, T, C, NH, 0)
                                       : attention_backward(d.dqkv, scratch, d.dc, la.qkv, la.att, B, T, C, NH, 0),
                     attention_backward_cpu(d.dqkv, d.dc, la.qkv, la.att, B, T, C, NH));
        RUN_ON(m, rope_backward, d.dqkv, B, T, C, NH, rope_base);
        RUN_ON(m, matmul_backward, d.dc, lg.qkvw, lg.qkvb, d.dqkv, la.ln1, lw.qkvw, BT, C, 3 * C);
        ON_DEVICE(m, "layernorm_backward", layernorm_backward(d.dresidual, lg.ln1w, lg.ln1b, scratch, d.dc, la.x, lp.ln1w, la.ln1_mean, la.ln1_rstd, B, T, C, 0, true),
                     layernorm_backward_cpu(d.dresidual, lg.ln1w, lg.ln1b, d.dc, la.x, lp.ln1w, la.ln1_mean, la.ln1_rstd, B, T, C, true));
    }
    ON_DEVICE(m, "encoder_backward", encoder_backward(g.wte, scratch, d.dresidual, m.inputs, B, T, C, 0),
                 encoder_backward_cpu(g.wte, d.dresidual, m.inputs, B, T, C));
}

inline void model_backward(Model& m, float loss_scale) {
    if (!m.have_targets) fail("model_backward: the last forward had no targets");
    if (!m.training) fail("model_backward: the model was allocated forward-only (model_allocate(..., false))");
    if (m.dlogits_scale != 0.0f && m.dlogits_scale != loss_scale)
        fail("model_backward: loss_scale %g differs from the %g the forward's fused classifier used", loss_scale,
             m.dlogits_scale);
#ifdef __CUDACC__
    if (m.use_bf16) return model_backward_x<bf16>(m, loss_scale);
#endif
    model_backward_x<float>(m, loss_scale);
}

// ----------------------------------------------------------------------------
// update: global gradient-norm clipping, then AdamW (decay on matrices only). Returns the norm
// before clipping. t counts updates from 1.

struct AdamWConfig {
    float beta1 = 0.9f, beta2 = 0.99f, eps = 1e-8f, weight_decay = 0.1f, clip = 1.0f;
};

// The learning rate of train_expert (and of dev/cuda/model, which repeats its runs) and, constant after
// its warm-up, of train_router.
struct Schedule {
    double lr, min_lr_frac;
    int warmup, steps;
    bool cosine;
    // Linear warm-up to lr, then cosine decay to lr·min_lr_frac at the last step (or constant).
    double at(int step) const {  // step counts from 1
        if (step <= warmup) return lr * step / std::max(warmup, 1);
        if (!cosine || steps <= warmup) return lr;
        double progress = (double)(step - warmup) / std::max(steps - warmup, 1);
        return lr * (min_lr_frac + (1 - min_lr_frac) * 0.5 * (1 + cos(M_PI * std::min(progress, 1.0))));
    }
};

// Sum of squared gradients over parameters [begin, begin + count) of the flat vector.
inline double model_grad_norm_squared(Model& m, int64_t begin, int64_t count) {
#ifdef __CUDACC__
    if (m.cuda) {
        float norm = global_norm(m.scratch, m.grads + begin, (size_t)count, 0);
        return (double)norm * norm;
    }
#endif
    double squared;
    CPU_TIMED("global_norm", squared = global_norm_squared_cpu(m.grads + begin, (size_t)count));
    return squared;
}

// AdamW on the parameters whose moments this process holds, [m.opt_begin, m.opt_begin + m.opt_count):
// all of them, or one rank's shard under ZeRO-1 (common/dist.h). A shard may start or end inside a
// tensor; each tensor keeps its own weight decay. grad_scale is the clipping factor.
inline void model_adamw(Model& m, float lr, const AdamWConfig& o, int t, float grad_scale) {
    int64_t sizes[NUM_PARAM_TENSORS];
    param_sizes(m.cfg, sizes);
    int64_t lo = m.opt_begin, hi = m.opt_begin + m.opt_count, offset = 0;
    for (int i = 0; i < NUM_PARAM_TENSORS; offset += sizes[i], i++) {
        int64_t begin = std::max(lo, offset), end = std::min(hi, offset + sizes[i]);
        if (begin >= end) continue;
        float wd = PARAM_IS_MATRIX[i] ? o.weight_decay : 0.0f;
        float *pp = m.params + begin, *gg = m.grads + begin, *mm = m.m + (begin - lo), *vv = m.v + (begin - lo);
        size_t n = (size_t)(end - begin);
#ifdef __CUDACC__
        if (m.cuda) {
            adamw_update(pp, gg, mm, vv, n, lr, o.beta1, o.beta2, o.eps, wd, grad_scale, t, 0);
            continue;
        }
#endif
        CPU_TIMED("adamw_update", adamw_update_cpu(pp, gg, mm, vv, n, lr, o.beta1, o.beta2, o.eps, wd, grad_scale, t));
    }
}

// PyTorch's clip_grad_norm_: scale by clip / (norm + 1e-6) when that is below 1.
inline float clip_scale(const AdamWConfig& o, float norm) {
    return o.clip > 0 ? std::min(1.0f, o.clip / (norm + 1e-6f)) : 1.0f;
}

inline float model_update(Model& m, float lr, const AdamWConfig& o, int t) {
    float norm = (float)sqrt(model_grad_norm_squared(m, 0, m.num_params));
    model_adamw(m, lr, o, t, clip_scale(o, norm));
    return norm;
}

// Waits for the GPU (for timing); nothing on the CPU.
inline void model_sync(const Model& m) {
#ifdef __CUDACC__
    if (m.cuda) CUDA_CHECK(cudaDeviceSynchronize());
#else
    (void)m;
#endif
}
