// routing.h — SmallTalk's routing: the routers' scores of prefixes, the balanced assignment of
// sequences to experts (the paper's §3 and Fig. 1), the tf-idf router that the LM routers are compared
// with, where routers live, and the measures of how well a clustering matches known labels.
#pragma once

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "files.h"
#include "model.h"
#include "util.h"

// ----------------------------------------------------------------------------
// router scores: the input of the balanced assignment (segment, train_router's EM) and of routing at
// inference (infer)

// Column e of an n x E table of scores (scores[i * E + e]): the router's log-likelihood of the P tokens
// of each of n rows; read(i, dst) writes row i's P tokens to dst (a token file's sequence prefix, a task's
// context). In batches of B consecutive rows, each scored whole, in order: the same rows then always meet
// the same batch neighbours at the same places, so the scores are the same bit for bit from run to run
// (a GPU matmul may round differently at another batch size). The router must be allocated for
// B x (P - 1) or more (model_allocate). progress: a name for a progress line on stderr every 5 seconds,
// or nullptr for none.
template <typename ReadRow>
inline void score_router(Model& router, int64_t n, int P, ReadRow read, int B, float* scores, int E, int e,
                         const char* progress = nullptr) {
    std::vector<int> batch((size_t)B * P);
    std::vector<float> out(B);
    double t0 = now_seconds(), shown = t0;
    for (int64_t start = 0; start < n; start += B) {
        int b = (int)std::min<int64_t>(B, n - start);
        for (int k = 0; k < b; k++) read(start + k, batch.data() + (size_t)k * P);
        model_score(router, batch.data(), b, P, out.data());
        for (int k = 0; k < b; k++) scores[(size_t)(start + k) * E + e] = out[k];
        double now = now_seconds(), done = (double)(start + b);
        if (progress && now - shown >= 5) {
            fprintf(stderr, "%s: %s of %s sequences | %s sequences/s\n", progress, human(done).c_str(), human((double)n).c_str(),
                    human(done / (now - t0)).c_str());
            shown = now;
        }
    }
}

// ----------------------------------------------------------------------------
// the tf-idf router: c-BTM's clustering (Gururangan et al., 2023), the baseline for the LM routers.
// A prefix of P tokens becomes the vector of its token counts, each weighted by the token's idf, scaled
// to unit length (scikit-learn's TfidfVectorizer, which c-BTM uses, with token ids as the words). Its
// score for expert e is its cosine similarity to centroid e, which has unit length too (spherical
// k-means, train_router --router tfidf): higher is better, as with log-likelihoods, so the balanced
// assignment and argmax routing below are the same for both kinds of router.

// idf[v] = ln((1 + N) / (1 + df[v])) + 1, df[v] = how many of the N prefixes (N x P tokens) hold token
// v: scikit-learn's smooth idf, positive for every token, largest for a token no prefix holds.
inline std::vector<float> tfidf_idf(const int* prefixes, int64_t N, int P, int V) {
    std::vector<int64_t> df(V, 0);
    std::vector<int64_t> seen(V, -1);  // the last prefix that counted token v
    for (int64_t i = 0; i < N; i++)
        for (int t = 0; t < P; t++) {
            int v = prefixes[i * P + t];
            if (v < 0 || v >= V) fail("tf-idf: token id %d outside the vocabulary [0, %d)", v, V);
            if (seen[v] != i) { seen[v] = i; df[v]++; }
        }
    std::vector<float> idf(V);
    for (int v = 0; v < V; v++) idf[v] = (float)(std::log((1.0 + (double)N) / (1.0 + (double)df[v])) + 1.0);
    return idf;
}

// A prefix's tf-idf vector, sparse: its distinct token ids in ascending order, and for each, the token's
// count in the prefix times its idf, divided by the vector's L2 norm.
struct SparseVector {
    std::vector<int> id;
    std::vector<double> w;
};

inline SparseVector tfidf_vector(const int* tokens, int P, const std::vector<float>& idf) {
    std::vector<int> ids(tokens, tokens + P);
    std::sort(ids.begin(), ids.end());
    SparseVector x;
    double norm2 = 0;
    for (int t = 0; t < P;) {
        int v = ids[t], count = 0;
        if (v < 0 || v >= (int)idf.size()) fail("tf-idf: token id %d outside the router's vocabulary [0, %zu)", v, idf.size());
        while (t < P && ids[t] == v) { t++; count++; }
        double w = count * (double)idf[v];
        x.id.push_back(v);
        x.w.push_back(w);
        norm2 += w * w;
    }
    double inv = norm2 > 0 ? 1 / std::sqrt(norm2) : 0;  // P = 0: the zero vector, every score 0
    for (double& w : x.w) w *= inv;
    return x;
}

// The E cosine similarities of a prefix to the router's centroids (out[0..E)).
inline void tfidf_scores(const TfidfRouter& r, const int* tokens, int P, float* out) {
    SparseVector x = tfidf_vector(tokens, P, r.idf);
    for (int e = 0; e < r.E; e++) {
        const float* c = r.centroids.data() + (size_t)e * r.V;
        double s = 0;
        for (size_t k = 0; k < x.id.size(); k++) s += x.w[k] * c[x.id[k]];
        out[e] = (float)s;
    }
}

// Scoring a prefix of P tokens: P idf products, 2P for the norm, and E dot products of at most P terms.
inline double tfidf_flops(int P, int E) { return 3.0 * P + 2.0 * P * E; }

// ----------------------------------------------------------------------------
// the balanced assignment

// Scores are log-likelihoods or cosine similarities (higher is better); a NaN score counts as the worst possible.
inline float sanitize_score(float s) { return std::isnan(s) ? -INFINITY : s; }

// Balanced assignment of n sequences to E experts from their scores (n x E, row = sequence):
// each expert takes a quota of n/E sequences, the first n mod E experts one more. The sequences
// are taken in order of their best score, highest first (ties: lower sequence index first), and
// each goes to its highest-scoring expert that still has room (ties: lower expert index).
// Deterministic: the same scores always give the same assignment. O(n log n + n E).
inline void balanced_assign_block(const float* scores, int64_t n, int E, uint16_t* expert) {
    std::vector<float> best(n);
    for (int64_t i = 0; i < n; i++) {
        float b = -INFINITY;
        for (int e = 0; e < E; e++) b = std::max(b, sanitize_score(scores[i * E + e]));
        best[i] = b;
    }
    std::vector<int64_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return best[a] > best[b]; });
    std::vector<int64_t> room(E);
    for (int e = 0; e < E; e++) room[e] = n / E + (e < n % E ? 1 : 0);
    for (int64_t i : order) {
        int pick = -1;
        float pick_score = 0;
        for (int e = 0; e < E; e++) {
            float s = sanitize_score(scores[i * E + e]);
            if (room[e] > 0 && (pick < 0 || s > pick_score)) { pick = e; pick_score = s; }
        }
        expert[i] = (uint16_t)pick;  // the quotas add up to n, so some expert always has room
        room[pick]--;
    }
}

// The whole set at once (chunk = 0), or each consecutive chunk of `chunk` sequences on its own,
// so that shards of a huge corpus can be balanced on separate machines without talking.
inline std::vector<uint16_t> balanced_assign(const std::vector<float>& scores, int64_t n, int E, int64_t chunk) {
    if (E < 1 || E >= UNASSIGNED) fail("balanced_assign: E = %d experts is out of range", E);
    if ((int64_t)scores.size() != n * E) fail("balanced_assign: %zu scores for %lld x %d", scores.size(), (long long)n, E);
    std::vector<uint16_t> expert(n, UNASSIGNED);
    int64_t step = chunk > 0 ? chunk : std::max<int64_t>(n, 1);
    for (int64_t start = 0; start < n; start += step) {
        int64_t len = std::min(step, n - start);
        balanced_assign_block(scores.data() + start * E, len, E, expert.data() + start);
    }
    return expert;
}

// Argmax routing, as at inference (no balancing): ties go to the lower expert index.
inline int best_expert(const float* scores, int E) {
    int best = 0;
    for (int e = 1; e < E; e++)
        if (sanitize_score(scores[e]) > sanitize_score(scores[best])) best = e;
    return best;
}

// ----------------------------------------------------------------------------
// clustering quality against labels (diagnostics only: labels never reach the routing)

struct ClusterQuality {
    double purity = 0;  // share of sequences whose cluster's most common label is their own
    double nmi = 0;     // normalised mutual information, I(C;L) / ((H(C) + H(L)) / 2), in [0, 1]
};

// cluster[i] in [0, E) (others ignored), label[i] in [0, K) (negative: ignored).
inline ClusterQuality cluster_quality(const std::vector<int>& cluster, const std::vector<int>& label, int E, int K) {
    std::vector<double> joint((size_t)E * K, 0.0), pc(E, 0.0), pl(K, 0.0);
    double n = 0;
    for (size_t i = 0; i < cluster.size(); i++) {
        if (cluster[i] < 0 || cluster[i] >= E || label[i] < 0 || label[i] >= K) continue;
        joint[(size_t)cluster[i] * K + label[i]] += 1;
        n += 1;
    }
    ClusterQuality q;
    if (n == 0) return q;
    for (int e = 0; e < E; e++)
        for (int k = 0; k < K; k++) { pc[e] += joint[(size_t)e * K + k]; pl[k] += joint[(size_t)e * K + k]; }
    double hc = 0, hl = 0, mi = 0, majority = 0;
    for (int e = 0; e < E; e++) if (pc[e] > 0) hc -= pc[e] / n * log(pc[e] / n);
    for (int k = 0; k < K; k++) if (pl[k] > 0) hl -= pl[k] / n * log(pl[k] / n);
    for (int e = 0; e < E; e++) {
        double m = 0;
        for (int k = 0; k < K; k++) {
            double j = joint[(size_t)e * K + k];
            if (j > 0) mi += j / n * log(j * n / (pc[e] * pl[k]));
            m = std::max(m, j);
        }
        majority += m;
    }
    q.purity = majority / n;
    q.nmi = hc + hl > 0 ? 2 * mi / (hc + hl) : 0;
    return q;
}

// The label of each sequence: that of the document holding its first token.
inline std::vector<int> sequence_labels(const Labels& lb, int64_t n_sequences, int S) {
    std::vector<int> out(n_sequences);
    for (int64_t i = 0; i < n_sequences; i++) out[i] = lb.label_at(i * S);
    return out;
}

// A domain x expert table of sequence counts, for a person to read.
inline std::string domain_expert_table(const std::vector<int>& cluster, const std::vector<int>& label, int E,
                                       const std::vector<std::string>& names) {
    int K = (int)names.size();
    std::vector<int64_t> count((size_t)K * E, 0);
    for (size_t i = 0; i < cluster.size(); i++)
        if (cluster[i] >= 0 && cluster[i] < E && label[i] >= 0 && label[i] < K) count[(size_t)label[i] * E + cluster[i]]++;
    std::string out;
    char buf[64];
    snprintf(buf, sizeof(buf), "%-12s", "domain");
    out += buf;
    for (int e = 0; e < E; e++) { snprintf(buf, sizeof(buf), " %7s%d", "e", e); out += buf; }
    out += "\n";
    for (int k = 0; k < K; k++) {
        snprintf(buf, sizeof(buf), "%-12.12s", names[k].c_str());
        out += buf;
        for (int e = 0; e < E; e++) { snprintf(buf, sizeof(buf), " %8lld", (long long)count[(size_t)k * E + e]); out += buf; }
        out += "\n";
    }
    return out;
}

// ----------------------------------------------------------------------------
// where routers live: DIR/router_00.ckpt, DIR/router_01.ckpt, ... (train_router writes them)

inline std::string router_path(const std::string& dir, int e) {
    char name[32];
    snprintf(name, sizeof(name), "/router_%02d.ckpt", e);
    return dir + name;
}

// The routers in DIR, as train_router names them: router_00.ckpt, router_01.ckpt, ... up to the first
// missing number, at most 65,535 of them (an assignment file keeps an expert in 16 bits, 0xFFFF meaning
// none). Empty when DIR holds no router_00.ckpt; a DIR that cannot be opened, or is not a folder, is
// refused. segment and infer both read routers through it, so they accept the same folders.
inline std::vector<std::string> list_routers(const std::string& dir) {
    struct stat st;
    if (stat(dir.c_str(), &st) != 0)
        fail("--routers %s: cannot open (%s), so no router_00.ckpt there: give the folder train_router wrote router_00.ckpt, "
             "router_01.ckpt, ... into", dir.c_str(), strerror(errno));
    if (!S_ISDIR(st.st_mode))
        fail("--routers %s: not a folder; give the folder train_router wrote router_00.ckpt, router_01.ckpt, ... into", dir.c_str());
    std::vector<std::string> paths;
    for (int e = 0; e < UNASSIGNED && access(router_path(dir, e).c_str(), F_OK) == 0; e++) paths.push_back(router_path(dir, e));
    return paths;
}

// ----------------------------------------------------------------------------
// the routers of a mixture, of either kind, as segment and infer read them from --routers DIR: E router
// LMs (DIR/router_00.ckpt, router_01.ckpt, ...: train_router) or one tf-idf router (DIR/tfidf.bin:
// train_router --router tfidf). Everything after open_routers is the same code for both.

inline std::string tfidf_path(const std::string& dir) { return dir + "/tfidf.bin"; }

struct Routers {
    std::string dir;
    std::vector<std::string> lm;    // the LM routers' checkpoints; empty for a tf-idf router
    std::vector<ModelConfig> cfg;   // their shapes
    TfidfRouter tfidf;              // the tf-idf router (E = 0 for LM routers)
    int E = 0, V = 0;
    int max_prefix = INT_MAX;       // the longest prefix every router can score (an LM router: its max_T + 1)

    bool is_tfidf() const { return tfidf.E > 0; }
    // "4 LM routers (L 2, H 2, C 32) from DIR" or "a tf-idf router (4 centroids over 1024 token ids) from DIR".
    std::string describe() const {
        char buf[160];
        if (is_tfidf()) snprintf(buf, sizeof(buf), "a tf-idf router (%d centroids over %d token ids) from %s", E, V, dir.c_str());
        else snprintf(buf, sizeof(buf), "%d LM routers (L %d, H %d, C %d) from %s", E, cfg[0].L, cfg[0].H, cfg[0].C, dir.c_str());
        return buf;
    }
    // What a score is: the balanced assignment and argmax take the highest.
    const char* score_name() const { return is_tfidf() ? "cosine similarity" : "log-likelihood"; }
    // FLOPs of scoring one prefix of P tokens with all E routers.
    double flops(int P) const {
        if (is_tfidf()) return tfidf_flops(P, E);
        double f = 0;
        for (const ModelConfig& c : cfg) f += forward_flops(c, P);
        return f;
    }
};

// Reads DIR's routers (for the LM routers only their headers: route_scores loads them one at a time),
// checking that they share one vocabulary. A folder with both kinds, or neither, is refused.
inline Routers open_routers(const std::string& dir) {
    Routers r;
    r.dir = dir;
    r.lm = list_routers(dir);  // refuses a missing folder or a file
    bool tfidf = access(tfidf_path(dir).c_str(), F_OK) == 0;
    if (tfidf && !r.lm.empty())
        fail("--routers %s holds both LM routers (router_00.ckpt, ...) and a tf-idf router (tfidf.bin): keep one kind per "
             "folder (train_router --out DIR writes one kind)", dir.c_str());
    if (!tfidf && r.lm.empty())
        fail("--routers %s: no router_00.ckpt there (LM routers: train_router writes DIR/router_XX.ckpt) and no tfidf.bin "
             "(a tf-idf router: train_router --router tfidf): give the folder train_router wrote", dir.c_str());
    if (tfidf) {
        r.tfidf = read_tfidf_router(tfidf_path(dir));
        r.E = r.tfidf.E;
        r.V = r.tfidf.V;
        return r;
    }
    for (const std::string& path : r.lm) {
        r.cfg.push_back(read_checkpoint(path, nullptr, nullptr));
        const ModelConfig& c = r.cfg.back();
        if (c.V != r.cfg[0].V)
            fail("router %s has a vocabulary of %d but %s has %d: all routers must share one tokenizer", path.c_str(), c.V,
                 r.lm[0].c_str(), r.cfg[0].V);
        r.max_prefix = std::min(r.max_prefix, c.max_T + 1);
    }
    r.E = (int)r.lm.size();
    r.V = r.cfg[0].V;
    return r;
}

// The n x E table of every router's score of n rows of P tokens (scores[i * E + e]), read(i, dst) writing
// row i's P tokens to dst: the LM routers' log-likelihoods, each router loaded in turn and run in batches
// of B rows (score_router), or the tf-idf router's cosine similarities. P <= routers.max_prefix.
// progress: a name for progress lines on stderr, or nullptr for none.
template <typename ReadRow>
inline void route_scores(const Routers& routers, Device dev, int64_t n, int P, ReadRow read, int B, float* scores,
                         const char* progress = nullptr) {
    int E = routers.E;
    if (P > routers.max_prefix) fail("route_scores: a prefix of %d tokens, but the routers hold at most %d", P, routers.max_prefix);
    if (P < 2 && !routers.is_tfidf()) fail("route_scores: an LM router scores tokens 2..P given the ones before: P = %d < 2", P);
    if (n < 1) return;
    if (routers.is_tfidf()) {
        std::vector<int> row(P);
        double t0 = now_seconds(), shown = t0;
        for (int64_t i = 0; i < n; i++) {
            read(i, row.data());
            tfidf_scores(routers.tfidf, row.data(), P, scores + (size_t)i * E);
            double now = now_seconds();
            if (progress && now - shown >= 5) {
                fprintf(stderr, "%s: %s of %s sequences | %s sequences/s\n", progress, human((double)i + 1).c_str(),
                        human((double)n).c_str(), human((i + 1) / (now - t0)).c_str());
                shown = now;
            }
        }
        return;
    }
    for (int e = 0; e < E; e++) {
        Model model;
        int step = 0;
        model_load(model, routers.lm[e], dev, &step);
        model_allocate(model, (int)std::min<int64_t>(B, n), P - 1, /*training=*/false);
        std::string name = progress ? std::string(progress) + ", router " + std::to_string(e + 1) + "/" + std::to_string(E) : "";
        score_router(model, n, P, read, B, scores, E, e, progress ? name.c_str() : nullptr);
        model_free(model);
    }
}
