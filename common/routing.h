// routing.h — SmallTalk's routing: the routers' scores of a token file's sequences, the balanced
// assignment of sequences to experts (the paper's §3 and Fig. 1), where routers live, and the measures
// of how well a clustering matches known labels.
#pragma once

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
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

// Column e of an n x E table of scores (scores[i * E + e]): the router's log-likelihood of the first P
// tokens of n sequences of S tokens of a token file, row i being sequence seq(i) of the file (its tokens
// start at seq(i) * S). In batches of B consecutive rows, each scored whole, in order: the same rows then
// always meet the same batch neighbours at the same places, so the scores are the same bit for bit from
// run to run (a GPU matmul may round differently at another batch size). The router must be allocated
// for B x (P - 1) or more (model_allocate). progress: a name for a progress line on stderr every 5
// seconds, or nullptr for none.
template <typename SeqOf>
inline void score_router(Model& router, const TokenFile& tokens, int S, int P, int64_t n, SeqOf seq, int B, float* scores,
                         int E, int e, const char* progress = nullptr) {
    std::vector<int> batch((size_t)B * P);
    std::vector<float> out(B);
    double t0 = now_seconds(), shown = t0;
    for (int64_t start = 0; start < n; start += B) {
        int b = (int)std::min<int64_t>(B, n - start);
        for (int k = 0; k < b; k++) tokens.read(seq(start + k) * S, P, batch.data() + (size_t)k * P);
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
// the balanced assignment

// Scores are log-likelihoods (higher is better); a NaN score counts as the worst possible.
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
