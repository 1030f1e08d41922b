// kvcache.h — text generation with a KV cache: the model's forward for one sequence, one new
// position at a time, on the CPU, and the sampler that picks the next token.
//
// Feeding token t runs every layer on that one position only:
//   x = wte[token]
//   per layer: ln1, qkv = matmul(ln1) (N = 1), RoPE at position t on q and k, keep k and v in the
//              cache at t, attention of q over the cached keys 0..t (scale 1/sqrt(HS), softmax)
//              and values, attproj, residual, ln2, fc, gelu, fcproj, residual
//   logits = lnf(x) wteᵀ, the first V rows only
// It calls the same C++ references as model_forward (kernels/*.cuh), and the RoPE angles come from
// the same rope_cos_sin, so its logits equal the full forward's to fp32 rounding (test_infer.cu).
// The cost per token is linear in t instead of the full forward's quadratic re-run of the prefix.
//
// A model on the GPU works too: generator_init copies its parameters to host memory.
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

#include "model.h"  // Model, ParamTensors, LayerParams; the kernels' C++ references
#include "util.h"   // Rng, fail

struct Generator {
    ModelConfig cfg;
    std::vector<float> params;  // a host copy of the model's parameters
    ParamTensors p{};
    std::vector<float> keys, values;  // (L, max_T, C) each: k after RoPE, v, for positions 0..pos-1
    int pos = 0;                      // tokens fed since the last reset
    // scratch for one position
    std::vector<float> x, ln, qkv, atty, proj, fch, fch_gelu, scores, logits;
    float mean = 0, rstd = 0;
};

inline void generator_reset(Generator& g) { g.pos = 0; }

inline void generator_init(Generator& g, const Model& m) {
    const ModelConfig& c = m.cfg;
    g.cfg = c;
    g.params.resize(m.num_params);
    copy_to_host(m, g.params.data(), m.params, g.params.size() * sizeof(float));
    point_params(&g.p, g.params.data(), c);
    size_t cache = (size_t)c.L * c.max_T * c.C;
    g.keys.assign(cache, 0.0f);
    g.values.assign(cache, 0.0f);
    g.x.resize(c.C);
    g.ln.resize(c.C);
    g.qkv.resize(3 * c.C);
    g.atty.resize(c.C);
    g.proj.resize(c.C);
    g.fch.resize(4 * c.C);
    g.fch_gelu.resize(4 * c.C);
    g.scores.resize(c.max_T);
    g.logits.resize(c.V);
    generator_reset(g);
}

// Feeds `token` at the next position; returns the V logits of the token after it (valid until the
// next call). Fails when the model's context of max_T positions is full.
inline const float* generator_step(Generator& g, int token) {
    const ModelConfig& c = g.cfg;
    int C = c.C, NH = c.H, HS = C / NH, t = g.pos;
    if (token < 0 || token >= c.V) fail("token %d is outside the model's vocabulary of %d", token, c.V);
    if (t >= c.max_T) fail("the context is full: the model was trained on at most %d positions", c.max_T);
    float* x = g.x.data();
    encoder_forward_cpu(x, &token, g.p.wte, 1, 1, C);
    for (int l = 0; l < c.L; l++) {
        LayerParams lp = layer_params(g.p, c, l);
        float* q = g.qkv.data();
        float* k_cache = g.keys.data() + (size_t)l * c.max_T * C;
        float* v_cache = g.values.data() + (size_t)l * c.max_T * C;

        layernorm_forward_cpu(g.ln.data(), &g.mean, &g.rstd, x, lp.ln1w, lp.ln1b, 1, 1, C);
        matmul_forward_cpu(q, g.ln.data(), lp.qkvw, lp.qkvb, 1, C, 3 * C);
        float* k = q + C;
        for (int i = 0; i < HS / 2; i++) {
            float cs, sn;
            rope_cos_sin(t, i, HS, (float)c.rope_base, &cs, &sn);
            for (int h = 0; h < NH; h++) {
                rope_rotate(&q[h * HS + i], &q[h * HS + i + HS / 2], cs, sn);
                rope_rotate(&k[h * HS + i], &k[h * HS + i + HS / 2], cs, sn);
            }
        }
        std::copy(k, k + C, k_cache + (size_t)t * C);
        std::copy(q + 2 * C, q + 3 * C, v_cache + (size_t)t * C);

        // Attention of this position's query over the keys 0..t: row t of attention_forward_cpu, with
        // its softmax (attention_softmax_row_cpu over the t + 1 keys there are).
        float scale = 1.0f / sqrtf((float)HS);
        float* p = g.scores.data();
        for (int h = 0; h < NH; h++) {
            const float* qh = q + h * HS;
            for (int j = 0; j <= t; j++) {
                const float* kj = k_cache + (size_t)j * C + h * HS;
                float dot = 0.0f;
#pragma omp simd reduction(+ : dot)
                for (int d = 0; d < HS; d++) dot += qh[d] * kj[d];
                p[j] = dot;
            }
            attention_softmax_row_cpu(p, t, t + 1, scale);
            float* o = g.atty.data() + h * HS;
            for (int d = 0; d < HS; d++) o[d] = 0.0f;
            for (int j = 0; j <= t; j++) {
                const float* vj = v_cache + (size_t)j * C + h * HS;
                for (int d = 0; d < HS; d++) o[d] += p[j] * vj[d];
            }
        }
        matmul_forward_cpu(g.proj.data(), g.atty.data(), lp.attprojw, lp.attprojb, 1, C, C);
        residual_forward_cpu(x, x, g.proj.data(), C);

        layernorm_forward_cpu(g.ln.data(), &g.mean, &g.rstd, x, lp.ln2w, lp.ln2b, 1, 1, C);
        matmul_forward_cpu(g.fch.data(), g.ln.data(), lp.fcw, lp.fcb, 1, C, 4 * C);
        gelu_forward_cpu(g.fch_gelu.data(), g.fch.data(), 4 * C);
        matmul_forward_cpu(g.proj.data(), g.fch_gelu.data(), lp.fcprojw, lp.fcprojb, 1, 4 * C, C);
        residual_forward_cpu(x, x, g.proj.data(), C);
    }
    layernorm_forward_cpu(g.ln.data(), &g.mean, &g.rstd, x, g.p.lnfw, g.p.lnfb, 1, 1, C);
    matmul_forward_cpu(g.logits.data(), g.ln.data(), g.p.wte, nullptr, 1, C, c.V);  // rows V..Vp-1 are padding
    g.pos++;
    return g.logits.data();
}

// The next token from V logits. temperature <= 0: the most likely token (greedy). Otherwise the
// softmax of logits / temperature, cut to the top_k most likely tokens (top_k <= 0: no cut), then to
// the smallest set of those whose probabilities add up to top_p (nucleus; top_p >= 1: no cut),
// renormalised, and sampled with one uniform draw of rng.
inline int sample_token(const float* logits, int V, float temperature, int top_k, float top_p, Rng& rng) {
    if (temperature <= 0) return (int)(std::max_element(logits, logits + V) - logits);
    std::vector<int> order(V);
    for (int v = 0; v < V; v++) order[v] = v;
    int k = top_k > 0 ? std::min(top_k, V) : V;
    auto higher = [&](int a, int b) { return logits[a] > logits[b] || (logits[a] == logits[b] && a < b); };
    std::partial_sort(order.begin(), order.begin() + k, order.end(), higher);
    std::vector<double> prob(k);
    double sum = 0;
    for (int i = 0; i < k; i++) sum += prob[i] = exp(((double)logits[order[i]] - logits[order[0]]) / temperature);
    int keep = k;
    if (top_p < 1) {
        double cumulative = 0;
        for (int i = 0; i < k; i++) {
            cumulative += prob[i] / sum;
            if (cumulative >= top_p) { keep = i + 1; break; }
        }
    }
    double kept = 0;
    for (int i = 0; i < keep; i++) kept += prob[i];
    double r = rng.uniform() * kept;
    for (int i = 0; i < keep; i++)
        if ((r -= prob[i]) < 0) return order[i];
    return order[keep - 1];
}
