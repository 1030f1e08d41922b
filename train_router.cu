// train_router — E small router LMs trained by EM with balanced assignments (the paper's
// Algorithm 1), so that each router models one part of the data, without being told how.
//
//   make && ./train_router            # 4 tiny routers on data/default, then: ./segment, ./train_expert
//   ./train_router --help
//
// EM: draw N sequences and split them between the routers at random (balanced). Then, T times:
//   M-step  train each router K steps on the first M tokens of its own sequences;
//   E-step  draw N new sequences, score each with every router (log-likelihood of its first M
//           tokens) and give it to a router by the balanced rule (common/routing.h).
// Per iteration it logs each router's loss, the mean score of the assignment, and, on a fixed
// held-out probe set routed by argmax (as at inference): the share of sequences whose router
// changed, the cluster sizes, and purity / NMI against the domain labels when there are labels
// (diagnostics only: labels never reach the routing). Writes OUT/router_XX.ckpt (docs/formats.md), and
// beside them the optimizer states and the current draw's assignment, so a run resumes exactly at
// an iteration boundary.
//
// --router tfidf fits the baseline the LM routers are compared with instead: c-BTM's tf-idf router, the
// same N prefixes' tf-idf vectors clustered into E centroids by balanced k-means (train_tfidf below),
// written as OUT/tfidf.bin; segment and infer take either kind of router folder.
//
// Across ranks (mpirun -np W ./train_router ..., or srun): router e lives on rank e mod W and trains
// there with no communication; in the E-step each rank scores the new sequences with its own routers
// and the scores are summed over ranks (each entry is computed by one rank, zero elsewhere: the sum is
// exact), so every rank computes the same balanced assignment. Rank 0 writes the log and the draw's
// assignment; each router's owner writes its checkpoint and optimizer state.

#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "common/dist.h"     // Dist: ranks, sums of the scores over MPI
#include "common/checkpoint.h"  // checkpoints of several files committed as one, log trimming on resume
#include "common/files.h"    // TokenFile, Labels, Assignment, checkpoints, optimizer state
#include "common/flags.h"    // Flags: --help and parsing from one table
#include "common/model.h"    // Model: forward, backward, update
#include "common/routing.h"  // score_router, tf-idf vectors, balanced_assign, best_expert, cluster_quality, router_path

// N distinct sequences of the n available, drawn for iteration `it` (sorted, for readable files).
static std::vector<int64_t> draw_sequences(int64_t n, int64_t N, uint64_t seed, int it) {
    std::vector<int64_t> all(n);
    for (int64_t i = 0; i < n; i++) all[i] = i;
    Rng rng(seed ^ splitmix64(0xD4A30000ull + (uint64_t)it));
    for (int64_t i = 0; i < N; i++) std::swap(all[i], all[i + (int64_t)rng.below((uint64_t)(n - i))]);
    all.resize(N);
    std::sort(all.begin(), all.end());
    return all;
}

// Reads the first M tokens of each sequence in `seqs` into out (count x M).
static void read_prefixes(const TokenFile& tokens, int S, int M, const int64_t* seqs, int count, int* out) {
    for (int i = 0; i < count; i++) tokens.read(seqs[i] * S, M, out + (size_t)i * M);
}

// Router e belongs to rank e mod world.
static bool owns(const Dist& d, int e) { return e % d.world == d.rank; }

// Scores of the sequences `seqs` (n x E, row = sequence) under every router: each rank scores with its
// own routers, and the sum over ranks fills in the others' columns.
static std::vector<float> score_all(Dist& dist, std::vector<Model>& routers, const TokenFile& tokens, int S, int M,
                                    const std::vector<int64_t>& seqs, int batch) {
    int E = (int)routers.size();
    int64_t n = (int64_t)seqs.size();
    std::vector<float> scores(n * E);
    for (int e = 0; e < E; e++)
        if (owns(dist, e))
            score_router(routers[e], n, M, [&](int64_t i, int* dst) { tokens.read(seqs[i] * S, M, dst); }, batch, scores.data(), E, e);
    dist_sum(dist, scores.data(), scores.size());
    return scores;
}

// " | balanced: NMI 0.393 purity 0.374 | held-out argmax: NMI 0.356 purity 0.361": how the draw's balanced
// assignment and the probe set's argmax routes match the domain labels, where there are labels
// (diagnostics only: labels never reach the routing).
static std::string cluster_diagnostics(const Labels* train_labels, const std::vector<int64_t>& draw,
                                       const std::vector<uint16_t>& assign, const Labels* probe_labels,
                                       const std::vector<int64_t>& probe, const std::vector<int>& route, int S, int E) {
    std::string text;
    char buf[96];
    if (train_labels) {
        std::vector<int> cl(assign.begin(), assign.end()), lb(draw.size());
        for (size_t i = 0; i < draw.size(); i++) lb[i] = train_labels->label_at(draw[i] * S);
        ClusterQuality q = cluster_quality(cl, lb, E, (int)train_labels->names.size());
        snprintf(buf, sizeof(buf), " | balanced: NMI %.3f purity %.3f", q.nmi, q.purity);
        text += buf;
    }
    if (probe_labels) {
        std::vector<int> lb(probe.size());
        for (size_t i = 0; i < probe.size(); i++) lb[i] = probe_labels->label_at(probe[i] * S);
        ClusterQuality q = cluster_quality(route, lb, E, (int)probe_labels->names.size());
        snprintf(buf, sizeof(buf), " | held-out argmax: NMI %.3f purity %.3f", q.nmi, q.purity);
        text += buf;
    }
    return text;
}

static std::string labels_beside(const std::string& token_path) {
    std::string base = token_path.size() > 4 && token_path.compare(token_path.size() - 4, 4, ".bin") == 0
                           ? token_path.substr(0, token_path.size() - 4) : token_path;
    return base + "_labels.bin";
}

static std::string file_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

static std::string optimizer_path(const std::string& dir, int e) {
    char name[32];
    snprintf(name, sizeof(name), "/router_%02d.opt", e);
    return dir + name;
}

// ----------------------------------------------------------------------------
// --router tfidf: c-BTM's router, the baseline the LM routers are compared with (common/routing.h has
// the vectors and the scores). It is fitted on the N prefixes of the EM's first draw (the same
// --sequences and --seed give the same prefixes): their tf-idf vectors are clustered by spherical
// k-means into E centroids. Seeding by k-means++ (each next centroid a prefix drawn with probability
// proportional to its squared distance to the nearest centroid so far, 2 - 2 cos for unit vectors), then
// up to T iterations of: every prefix to a centroid by the balanced rule on the cosine similarities (the
// EM's E-step, so that no cluster is empty or takes everything: c-BTM balances its k-means too), every
// centroid the mean of its prefixes' vectors scaled to unit length. It stops early when no prefix moves.
// Deterministic: one thread, a fixed order, the seed.

static void train_tfidf(const TokenFile& train, int S, int M, int64_t N, int E, int iterations, uint64_t seed,
                        const std::string& out_dir, const TokenFile& probe_file, const std::vector<int64_t>& probe,
                        const Labels* train_labels, const Labels* probe_labels) {
    double t_start = now_seconds();
    int V = train.vocab;
    std::vector<int64_t> draw = draw_sequences(train.sequences(S), N, seed, 0);  // the LM routers' first draw
    std::vector<int> prefixes((size_t)N * M), probe_prefixes(probe.size() * M);
    read_prefixes(train, S, M, draw.data(), (int)N, prefixes.data());
    read_prefixes(probe_file, S, M, probe.data(), (int)probe.size(), probe_prefixes.data());
    TfidfRouter r;
    r.E = E; r.V = V; r.M = M; r.N = N;
    r.idf = tfidf_idf(prefixes.data(), N, M, V);
    r.centroids.assign((size_t)E * V, 0.0f);
    auto prefix = [&](int64_t i) { return prefixes.data() + (size_t)i * M; };
    std::vector<float> scores((size_t)N * E);
    auto score_all = [&] { for (int64_t i = 0; i < N; i++) tfidf_scores(r, prefix(i), M, &scores[(size_t)i * E]); };
    auto set_centroid = [&](int e, const std::vector<double>& sum) {  // sum scaled to unit length
        double norm2 = 0;
        for (int v = 0; v < V; v++) norm2 += sum[v] * sum[v];
        double inv = norm2 > 0 ? 1 / std::sqrt(norm2) : 0;
        for (int v = 0; v < V; v++) r.centroids[(size_t)e * V + v] = (float)(sum[v] * inv);
    };
    auto add_vector = [&](std::vector<double>& sum, int64_t i) {
        SparseVector x = tfidf_vector(prefix(i), M, r.idf);
        for (size_t k = 0; k < x.id.size(); k++) sum[x.id[k]] += x.w[k];
    };
    double flops = (double)N * M;  // the idf's counts

    // k-means++ seeding
    Rng rng(seed ^ 0x7F1DF5EEull);
    std::vector<double> d2(N, INFINITY);
    int64_t pick = (int64_t)rng.below((uint64_t)N);
    for (int e = 0; e < E; e++) {
        std::vector<double> sum(V, 0.0);
        add_vector(sum, pick);
        set_centroid(e, sum);
        if (e == E - 1) break;
        score_all();  // rows of the centroids not yet chosen are zero: only column e is new
        flops += (double)N * tfidf_flops(M, E);
        double total = 0;
        for (int64_t i = 0; i < N; i++) {
            d2[i] = std::min(d2[i], std::max(0.0, 2.0 - 2.0 * scores[(size_t)i * E + e]));
            total += d2[i];
        }
        double u = rng.uniform() * total, run = 0;
        pick = total > 0 ? N - 1 : (int64_t)rng.below((uint64_t)N);  // every prefix on a centroid: any will do
        for (int64_t i = 0; i < N && total > 0; i++)
            if ((run += d2[i]) > u) { pick = i; break; }
    }

    // k-means
    printf("train_router: a tf-idf router of %d centroids over %d token ids, fitted on the first %d tokens of %s sequences "
           "of %s (the EM's first draw) | spherical k-means, balanced, up to %d iterations\n", E, V, M, human((double)N).c_str(),
           train.path.c_str(), iterations);
    std::vector<uint16_t> assign, previous;
    std::vector<int> route(probe.size());
    std::vector<float> probe_scores(E);
    for (int it = 0; it < iterations; it++) {
        double t0 = now_seconds();
        score_all();
        assign = balanced_assign(scores, N, E, 0);
        int64_t moved = 0;
        double mean_cos = 0;
        for (int64_t i = 0; i < N; i++) {
            moved += previous.empty() || assign[i] != previous[i];
            mean_cos += scores[(size_t)i * E + assign[i]] / (double)N;
        }
        std::vector<std::vector<double>> sums(E, std::vector<double>(V, 0.0));
        for (int64_t i = 0; i < N; i++) add_vector(sums[assign[i]], i);
        for (int e = 0; e < E; e++) set_centroid(e, sums[e]);
        flops += (double)N * tfidf_flops(M, E) + 2.0 * N * M + 3.0 * E * V;
        r.iterations = it + 1;

        // Diagnostics on the probe set, routed by argmax as at inference.
        std::vector<int> sizes(E, 0);
        for (size_t i = 0; i < probe.size(); i++) {
            tfidf_scores(r, probe_prefixes.data() + i * M, M, probe_scores.data());
            route[i] = best_expert(probe_scores.data(), E);
            sizes[route[i]]++;
        }
        std::string size_text, moved_text = previous.empty() ? "-" : std::to_string(moved);
        for (int e = 0; e < E; e++) size_text += (e ? " " : "") + std::to_string(sizes[e]);
        printf("iter %2d/%d | mean cosine %.4f | moved %s of %s prefixes | held-out sizes %s%s | %.1f s\n", it + 1, iterations,
               mean_cos, moved_text.c_str(), human((double)N).c_str(), size_text.c_str(),
               cluster_diagnostics(train_labels, draw, assign, probe_labels, probe, route, S, E).c_str(), now_seconds() - t0);
        fflush(stdout);
        if (!previous.empty() && moved == 0) break;  // converged: the centroids no longer change
        previous = assign;
    }
    make_dirs(out_dir);
    write_tfidf_router(tfidf_path(out_dir), r);
    if (probe_labels) {
        std::vector<int> lb(probe.size());
        for (size_t i = 0; i < probe.size(); i++) lb[i] = probe_labels->label_at(probe[i] * S);
        printf("\nheld-out sequences by domain and router (argmax of the final centroids):\n%s",
               domain_expert_table(route, lb, E, probe_labels->names).c_str());
    }
    printf("done: %s (%d iterations, %.1f s) | routers' training + scoring: %.3g FLOPs this run\n", tfidf_path(out_dir).c_str(),
           r.iterations, now_seconds() - t_start, flops);
}

int main(int argc, char** argv) {
    Dist dist;
    try {
        // ---- flags
        std::string train_path = "data/default/corpus_train.bin", val_path = "data/default/corpus_val.bin";
        std::string labels_path, val_labels_path, out_dir = "out/routers", preset = "router-tiny", device = "auto", precision = "auto";
        std::string method = "lm";
        int E = 4, L = 0, H = 0, C = 0, S = 256, M = 64, iterations = 6, K = 0, batch = 16, warmup = 20;
        int probe_size = 512;
        int64_t N = 2048, seed = 0;
        double lr = 3e-3, weight_decay = 0.1, clip = 1.0, beta2 = 0.99;
        bool resume = false, distributed = false;
        Flags fl("./train_router", "[options]",
                 "Trains E router LMs by EM with balanced assignments, so that each models one part of the\n"
                 "data. Routers train on the first M tokens of their sequences. Writes OUT/router_XX.ckpt for segment and infer.\n"
                 "--router tfidf instead clusters the prefixes' tf-idf vectors into E centroids: OUT/tfidf.bin.");
        fl.add("train", &train_path, "FILE", "training token file");
        fl.add("val", &val_path, "FILE", "held-out token file for the routing diagnostics (\"\" = use training sequences)");
        fl.add("labels", &labels_path, "FILE", "labels of --train (default: its _labels.bin, if present); diagnostics only");
        fl.add("val-labels", &val_labels_path, "FILE", "labels of --val (default: its _labels.bin, if present)");
        fl.add("out", &out_dir, "DIR", "output folder: router_XX.ckpt, router_XX.opt, em_assignment.bin, log.txt");
        fl.add("router", &method, "KIND", "lm: router LMs trained by EM (the paper's); tfidf: one tf-idf router, the prefixes' tf-idf "
               "vectors clustered by balanced k-means (c-BTM's), the baseline for lm");
        fl.add("experts", &E, "E", "number of routers (= experts)");
        fl.add("model", &preset, "NAME", "router size: router-tiny (CPU), router-4m (the paper's), or any train_expert preset");
        fl.add("layers", &L, "L", "override the preset's layers");
        fl.add("heads", &H, "H", "override the preset's heads");
        fl.add("channels", &C, "C", "override the preset's channels");
        fl.add("seq-len", &S, "S", "sequence length: sequence i is tokens [i*S, i*S+S]");
        fl.add("prefix", &M, "M", "prefix length the routers model and score (the paper: 256 of 1024)");
        fl.add("iterations", &iterations, "T", "EM iterations (tfidf: k-means iterations at most)");
        fl.add("sequences", &N, "N", "sequences drawn per iteration (tfidf: the N prefixes of the first draw)");
        fl.add("steps", &K, "K", "training steps per router per iteration (0 = one pass over N/E sequences)");
        fl.add("batch", &batch, "B", "sequences per router step (the paper: 32)");
        fl.add("lr", &lr, "F", "learning rate after warm-up (constant; the paper: 1e-4 for its 4.4M router)");
        fl.add("warmup", &warmup, "N", "linear warm-up, in router steps");
        fl.add("weight-decay", &weight_decay, "F", "AdamW weight decay (matrices only)");
        fl.add("clip", &clip, "F", "clip the global gradient norm to this (0 = off)");
        fl.add("probe", &probe_size, "N", "held-out sequences routed by argmax each iteration for the diagnostics");
        fl.add("seed", &seed, "N", "seed of the initialisation, the draws and the data order");
        fl.add("resume", &resume, "continue the run in --out from its last finished iteration, exactly");
        fl.add("device", &device, "NAME", DEVICE_HELP);
        fl.add("precision", &precision, "NAME", PRECISION_HELP);
        fl.add("distributed", &distributed, "use MPI even as a single process, to test that path");
        if (!fl.parse(argc, argv)) return 0;
        dist_init(dist, distributed);
        bool talk = dist.root();  // rank 0 prints and writes the log and the assignment
        if (E < 2 || E >= UNASSIGNED) fail("--experts %d: need at least 2 routers (and fewer than 65535)", E);
        if (M < 2 || M > S) fail("--prefix %d must be in [2, --seq-len %d]", M, S);
        check_flag(iterations >= 1, "iterations", iterations, "at least 1");
        check_flag(batch >= 1, "batch", batch, "at least 1");
        check_flag(probe_size >= 1, "probe", probe_size, "at least 1");
        check_flag(N >= E, "sequences", N, "at least --experts (each router needs sequences)");
        check_flag(K >= 0, "steps", K, ">= 0 (0: one pass over N/E sequences)");
        check_training_flags(lr, warmup, weight_decay, clip, L, H, C);
        if (dist.world > E)
            fail("%d ranks for %d routers: router e trains on rank e mod ranks, so ranks %d .. %d would have none; "
                 "launch at most --experts ranks", dist.world, E, E, dist.world - 1);
        if (K == 0) K = (int)std::max<int64_t>(1, (N / E + batch - 1) / batch);
        if (method != "lm" && method != "tfidf") fail("--router %s: expected lm (router LMs, EM) or tfidf (tf-idf, k-means)", method.c_str());
        if (method == "tfidf") {
            for (const char* f : {"model", "layers", "heads", "channels", "steps", "batch", "lr", "warmup", "weight-decay", "clip",
                                  "resume", "device", "precision"})
                if (fl.given(f))
                    fail("--%s does not apply to --router tfidf (no LM is trained; it takes seconds on the CPU, so it has no "
                         "--resume either)", f);
            if (dist.world > 1) fail("--router tfidf runs in one process (it takes seconds): launch it without mpirun");
        }
        if (access(router_path(out_dir, 0).c_str(), F_OK) == 0 && method == "tfidf")
            fail("--out %s holds LM routers (router_00.ckpt ...): segment and infer read one kind of router per folder; give "
                 "another --out for the tf-idf router", out_dir.c_str());
        if (access(tfidf_path(out_dir).c_str(), F_OK) == 0 && method == "lm")
            fail("--out %s holds a tf-idf router (tfidf.bin): segment and infer read one kind of router per folder; give "
                 "another --out for the LM routers", out_dir.c_str());

        // ---- data
        TokenFile train(train_path);
        int64_t n_train = train.sequences(S);
        if (N > n_train)
            fail("--sequences %lld: %s has only %lld sequences of %d tokens", (long long)N, train_path.c_str(), (long long)n_train, S);
        std::unique_ptr<TokenFile> val;
        if (!val_path.empty()) {
            val = std::make_unique<TokenFile>(val_path);
            if (val->vocab != train.vocab) fail("%s has a vocabulary of %d but %s has %d", val_path.c_str(), val->vocab, train_path.c_str(), train.vocab);
        }
        const TokenFile& probe_file = val ? *val : train;
        int64_t probe_n = std::min<int64_t>(probe_size, probe_file.sequences(S));
        if (probe_n < 1) fail("%s holds no sequence of %d tokens for the probe set", probe_file.path.c_str(), S);
        std::vector<int64_t> probe(probe_n);
        for (int64_t i = 0; i < probe_n; i++) probe[i] = i * probe_file.sequences(S) / probe_n;  // spread over the file
        if (labels_path.empty() && access(labels_beside(train_path).c_str(), R_OK) == 0) labels_path = labels_beside(train_path);
        if (val_labels_path.empty() && val && access(labels_beside(val_path).c_str(), R_OK) == 0) val_labels_path = labels_beside(val_path);
        std::unique_ptr<Labels> train_labels, probe_labels;
        auto load_labels = [](const std::string& path, const TokenFile& tokens) {
            auto lb = std::make_unique<Labels>(read_labels(path));
            if (lb->token_count != tokens.count)
                fail("%s describes a token file of %lld tokens, but %s has %lld", path.c_str(), (long long)lb->token_count,
                     tokens.path.c_str(), (long long)tokens.count);
            return lb;
        };
        if (!labels_path.empty()) train_labels = load_labels(labels_path, train);
        std::string probe_labels_path = val ? val_labels_path : labels_path;
        if (!probe_labels_path.empty()) probe_labels = load_labels(probe_labels_path, probe_file);

        if (method == "tfidf") {
            train_tfidf(train, S, M, N, E, iterations, (uint64_t)seed, out_dir, probe_file, probe, train_labels.get(),
                        probe_labels.get());
            dist_finish(dist);
            return 0;
        }

        // ---- routers
        Device dev = dist_choose_device(dist, device, precision);
        std::vector<Model> routers(E);  // only this rank's are created
        int start_iteration = 0;
        std::vector<int64_t> draw;
        std::vector<uint16_t> assign;  // of `draw`
        Assignment saved;
        std::string assign_path = out_dir + "/em_assignment.bin", log_path = out_dir + "/log.txt";
        if (resume) {
            if (talk) checkpoint_recover(out_dir);  // finishes an interrupted installation, drops uncommitted files
            dist_barrier(dist);                     // the other ranks read only once rank 0 has finished
            int committed_step = read_checkpoint_marker(out_dir).step;
            bool first = true;
            for (int e = 0; e < E; e++) {
                if (!owns(dist, e)) continue;
                int step = 0;
                model_load(routers[e], router_path(out_dir, e), dev, &step);
                check_checkpoint_step(router_path(out_dir, e), step, out_dir, committed_step);
                model_allocate(routers[e], batch, M - 1);
                OptimizerState st = read_optimizer_state(optimizer_path(out_dir, e), routers[e].num_params);
                if (st.step != step) fail("%s is at step %d but its checkpoint at step %d: cannot resume", optimizer_path(out_dir, e).c_str(), st.step, step);
                if (!first && st.epoch != start_iteration) fail("%s ended at iteration %lld, router 0 at %d: cannot resume", optimizer_path(out_dir, e).c_str(), (long long)st.epoch, start_iteration);
                start_iteration = (int)st.epoch;
                first = false;
                model_load_moments(routers[e], st.m, st.v);
            }
            uint64_t lo, hi;
            dist_min_max(dist, (uint64_t)start_iteration, &lo, &hi);
            if (lo != hi) fail("the routers in %s ended at different iterations (%llu and %llu): cannot resume", out_dir.c_str(),
                               (unsigned long long)lo, (unsigned long long)hi);
            saved = read_assignment(assign_path);
            check_assignment_matches(assign_path, saved, train, S);
            if (saved.E != E || saved.M != M) fail("%s was made with E %d, M %d; the flags say E %d, M %d", assign_path.c_str(), saved.E, saved.M, E, M);
            for (int64_t i = 0; i < (int64_t)saved.expert.size(); i++)
                if (saved.expert[i] != UNASSIGNED) { draw.push_back(i); assign.push_back(saved.expert[i]); }
            if (start_iteration >= iterations) fail("%s already finished %d iterations of --iterations %d", out_dir.c_str(), start_iteration, iterations);
        } else {
            ModelConfig cfg = preset_config(preset, train.vocab, M, L, H, C);
            for (int e = 0; e < E; e++) {
                if (!owns(dist, e)) continue;
                model_create(routers[e], cfg, dev);
                model_init(routers[e], (uint64_t)seed * 1000003u + (uint64_t)e);
                model_allocate(routers[e], batch, M - 1);
            }
            // The first draw, split at random into equal shares.
            draw = draw_sequences(n_train, N, (uint64_t)seed, 0);
            std::vector<int64_t> order(N);
            for (int64_t i = 0; i < N; i++) order[i] = i;
            Rng rng((uint64_t)seed ^ 0xA5516E11ull);
            for (int64_t i = N; i > 1; i--) std::swap(order[i - 1], order[rng.below((uint64_t)i)]);
            assign.resize(N);
            for (int64_t i = 0; i < N; i++) assign[order[i]] = (uint16_t)(i % E);
        }
        if (talk) make_dirs(out_dir);
        if (talk && !resume) checkpoint_forget(out_dir);  // a fresh run: the folder's previous run is no longer resumable
        FILE* log = nullptr;
        if (talk) {
            if (resume) trim_log_after(log_path, "iter", start_iteration);
            log = fopen(log_path.c_str(), resume ? "a" : "w");
            if (!log) fail("%s: cannot open for writing (%s)", log_path.c_str(), strerror(errno));
        }

        const ModelConfig& c = routers[dist.rank].cfg;  // rank r holds router r (and maybe more)
        if (talk) {
        printf("train_router: %d routers on %s (%s) | %s sequences of %d tokens, prefix M %d\n", E, train_path.c_str(),
               device_label(dev).c_str(), human((double)n_train).c_str(), S, M);
        printf("router: L %d, H %d, C %d, V %d: %s parameters each | EM: %d iterations of %lld sequences, %d steps of %d "
               "per router, lr %g (%d warm-up, then constant)%s\n", c.L, c.H, c.C, c.V, human((double)num_parameters(c)).c_str(),
               iterations, (long long)N, K, batch, lr, warmup, resume ? (", resumed after iteration " + std::to_string(start_iteration)).c_str() : "");
        printf("diagnostics on %lld held-out sequences of %s, routed by argmax%s\n", (long long)probe_n, probe_file.path.c_str(),
               probe_labels ? (", labels " + probe_labels_path).c_str() : " (no labels: no purity / NMI)");
        if (dist.active) printf("%d ranks: router e on rank e mod %d\n", dist.world, dist.world);
        }

        // ---- EM
        AdamWConfig opt;
        opt.beta2 = (float)beta2;
        opt.weight_decay = (float)weight_decay;
        opt.clip = (float)clip;
        const Schedule sched{lr, 1.0, warmup, iterations * K, false};  // warm-up, then constant
        std::vector<int> prefix((size_t)batch * M), inputs((size_t)batch * (M - 1)), targets((size_t)batch * (M - 1));
        std::vector<int> previous_probe_route;
        if (resume) {  // the resumed routers' probe routes, for the first "changed" figure (as if never stopped)
            std::vector<float> probe_scores = score_all(dist, routers, probe_file, S, M, probe, batch);
            for (int64_t i = 0; i < probe_n; i++) previous_probe_route.push_back(best_expert(&probe_scores[i * E], E));
        }
        double flops = 0;  // routers' training and scoring FLOPs, reported for the paper's overhead figures
        for (int it = start_iteration; it < iterations; it++) {
            double t0 = now_seconds();
            // M-step: each router trains on the prefixes of its own sequences.
            std::vector<double> router_loss(E, 0.0);
            for (int e = 0; e < E; e++) {
                flops += flops_per_token(c, M - 1) * (double)K * batch * (M - 1);
                if (!owns(dist, e)) continue;
                std::vector<int64_t> mine;
                for (size_t i = 0; i < draw.size(); i++) if (assign[i] == e) mine.push_back(draw[i]);
                Rng rng((uint64_t)seed ^ splitmix64(((uint64_t)it << 16) + (uint64_t)e));
                for (size_t i = mine.size(); i > 1; i--) std::swap(mine[i - 1], mine[rng.below(i)]);
                Model& r = routers[e];
                size_t next = 0;
                for (int k = 0; k < K; k++) {
                    std::vector<int64_t> picked(batch);
                    for (int b = 0; b < batch; b++) { picked[b] = mine[next]; next = (next + 1) % mine.size(); }
                    read_prefixes(train, S, M, picked.data(), batch, prefix.data());
                    for (int b = 0; b < batch; b++)
                        for (int t = 0; t < M - 1; t++) {
                            inputs[(size_t)b * (M - 1) + t] = prefix[(size_t)b * M + t];
                            targets[(size_t)b * (M - 1) + t] = prefix[(size_t)b * M + t + 1];
                        }
                    model_zero_grad(r);
                    float scale = 1.0f / (float)(batch * (M - 1));
                    float loss = model_forward(r, inputs.data(), targets.data(), batch, M - 1, scale);
                    model_backward(r, scale);
                    int step = it * K + k + 1;
                    float lr_now = (float)sched.at(step);
                    float norm = model_update(r, lr_now, opt, step);
                    if (!std::isfinite(loss) || !std::isfinite(norm))
                        fail("iteration %d, router %d, step %d: the loss is %g, the gradient norm %g; stopping (the last iteration's checkpoints "
                             "are intact); lower --lr", it + 1, e, k + 1, loss, norm);
                    router_loss[e] += loss / K;
                }
            }
            dist_sum(dist, router_loss.data(), router_loss.size());  // each entry comes from one rank

            // E-step: new sequences, scored by every router, balanced between them.
            draw = draw_sequences(n_train, N, (uint64_t)seed, it + 1);
            std::vector<float> scores = score_all(dist, routers, train, S, M, draw, batch);
            assign = balanced_assign(scores, N, E, 0);
            double mean_score = 0;
            for (int64_t i = 0; i < N; i++) mean_score += scores[i * E + assign[i]] / (double)(N * (M - 1));
            flops += E * (flops_per_token(c, M - 1) / 3.0) * (double)N * (M - 1);  // forward only: a third

            // Diagnostics on the probe set, routed by argmax as at inference.
            std::vector<float> probe_scores = score_all(dist, routers, probe_file, S, M, probe, batch);
            std::vector<int> route(probe_n), sizes(E, 0);
            for (int64_t i = 0; i < probe_n; i++) { route[i] = best_expert(&probe_scores[i * E], E); sizes[route[i]]++; }
            double changed = NAN;
            if (!previous_probe_route.empty()) {
                int64_t moved = 0;
                for (int64_t i = 0; i < probe_n; i++) moved += route[i] != previous_probe_route[i];
                changed = (double)moved / probe_n;
            }
            previous_probe_route = route;
            std::string quality = cluster_diagnostics(train_labels.get(), draw, assign, probe_labels.get(), probe, route, S, E);

            std::string losses, size_text;
            for (int e = 0; e < E; e++) {
                char buf[32];
                snprintf(buf, sizeof(buf), "%s%.3f", e ? " " : "", router_loss[e]);
                losses += buf;
                snprintf(buf, sizeof(buf), "%s%d", e ? " " : "", sizes[e]);
                size_text += buf;
            }
            char changed_text[32];
            if (std::isnan(changed)) snprintf(changed_text, sizeof(changed_text), "-");
            else snprintf(changed_text, sizeof(changed_text), "%.1f%%", 100 * changed);
            // The iteration's log line goes out before its checkpoint: a run killed after the commit has it, and
            // one killed before loses it on resume (trim_log_after) and writes it again.
            if (talk) {
                printf("iter %2d/%d | router loss %s | mean score %.3f/token | changed %s | sizes %s%s | %.1f s\n", it + 1,
                       iterations, losses.c_str(), mean_score, changed_text, size_text.c_str(), quality.c_str(), now_seconds() - t0);
                fprintf(log, "iter %d losses %s mean_score %.5f changed %s sizes %s%s\n", it + 1, losses.c_str(), mean_score,
                        changed_text, size_text.c_str(), quality.c_str());
                fflush(stdout);
                fflush(log);
            }
            // Checkpoint: routers, their optimizer states (epoch = iterations done), the new draw's assignment,
            // staged by their ranks and then committed as one unit by rank 0 (common/files.h).
            int step = (it + 1) * K;
            std::vector<std::string> names;
            for (int e = 0; e < E; e++) {
                names.push_back(file_name(router_path(out_dir, e)));
                names.push_back(file_name(optimizer_path(out_dir, e)));
                if (!owns(dist, e)) continue;
                Model& r = routers[e];
                model_save(r, checkpoint_staged_path(out_dir, names[names.size() - 2], step), step);
                OptimizerState st;
                st.step = step;
                st.epoch = it + 1;
                model_moments_to_host(r, st.m, st.v);
                write_optimizer_state(checkpoint_staged_path(out_dir, names.back(), step), st);
            }
            Assignment em;
            em.S = S; em.E = E; em.M = M; em.chunk = 0; em.token_count = train.count;
            em.expert.assign(n_train, UNASSIGNED);
            for (int64_t i = 0; i < N; i++) em.expert[draw[i]] = assign[i];
            names.push_back(file_name(assign_path));
            if (talk) write_assignment(checkpoint_staged_path(out_dir, names.back(), step), em);
            dist_barrier(dist);  // every rank's files are staged
            if (talk) checkpoint_commit(out_dir, step, names);
        }
        if (!talk) {
            for (Model& r : routers) model_free(r);
            dist_finish(dist);
            return 0;
        }
        fclose(log);

        if (probe_labels) {
            printf("\nheld-out sequences by domain and router (argmax of the final routers):\n%s",
                   domain_expert_table(previous_probe_route, [&] {
                       std::vector<int> lb(probe_n);
                       for (int64_t i = 0; i < probe_n; i++) lb[i] = probe_labels->label_at(probe[i] * S);
                       return lb;
                   }(), E, probe_labels->names).c_str());
        }
        printf("done: %s/router_00.ckpt .. router_%02d.ckpt, log %s | routers' training + scoring: %.3g FLOPs this run\n",
               out_dir.c_str(), E - 1, log_path.c_str(), flops);
        for (Model& r : routers) model_free(r);
        dist_finish(dist);
        return 0;
    } catch (const std::exception& e) {
        return dist_error_exit(dist, e);
    }
}
