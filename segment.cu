// segment — sends every sequence of a token file to one expert: each of the E routers
// scores the sequence's first M tokens (their log-likelihood; with a tf-idf router, the prefix's
// cosine similarity to each of its E centroids), and the balanced rule gives it to its
// best-scoring router's expert that still has room. Writes the assignment file that
// train_expert --assign reads, and with --scores every router's score of every sequence.
//
//   ./segment --routers out/routers --tokens data/default/corpus_train.bin --out out/assign_train.bin
//   ./segment --help
//
// A corpus too large for one machine: balance per chunk of K sequences (--chunk K), run one
// process per slice of the chunks (--shard i/n) anywhere, then join their files:
//
//   ./segment --routers R --chunk 100000 --shard 0/2 --out a0.bin     (and 1/2 elsewhere)
//   ./segment --merge --out assign.bin a0.bin a1.bin                  (= a single run, byte for byte)
//
// Launched as W ranks (mpirun -np W ./segment --chunk K ..., or srun), rank r is shard r/W: each
// writes its shard's files beside --out, then rank 0 merges them into --out (and removes them).
// The folder of --out must be one that every rank sees.
//
// Reads top to bottom: flags, token file, labels, routers; then each router scores the slice in
// batches, the balanced assignment, a summary (cluster sizes; with labels purity and NMI), the files.
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "common/dist.h"     // Dist: ranks as shards
#include "common/files.h"    // TokenFile, Labels, Assignment and Scores files (written via AtomicFile)
#include "common/flags.h"    // Flags: --help and parsing from one table
#include "common/model.h"    // Model: model_load, model_allocate (forward-only)
#include "common/routing.h"  // open_routers, route_scores, balanced_assign, best_expert, cluster_quality, domain_expert_table

// Scores sequences [first, last) of the token file with every router: (last - first) x E, row =
// sequence. The batches lie on one grid for the whole file, batch j = sequences [j·B, j·B + B), and are
// always scored whole, even where a shard needs only part of one: every sequence is then computed in
// the same batch, at the same position, in every run, so that shards reproduce a single run's scores
// bit for bit. report: print progress and timings (rank 0 only, when there are ranks).
static std::vector<float> score_sequences(const Routers& routers, const TokenFile& tokens, int S, int M, int B, Device dev,
                                          int64_t first, int64_t last, bool report) {
    int E = routers.E;
    int64_t lo = first / B * B, hi = std::min(tokens.sequences(S), (last + B - 1) / B * B), rows = last - first;
    std::vector<float> grid((size_t)(hi - lo) * E);  // the whole batches that hold [first, last)
    double t0 = now_seconds();
    route_scores(routers, dev, hi - lo, M, [&](int64_t i, int* dst) { tokens.read((lo + i) * S, M, dst); }, B, grid.data(),
                 report ? "scoring" : nullptr);
    double dt = now_seconds() - t0;
    if (report)
        printf("scored %s sequences in %.1f s, %s sequences/s | routers' scoring: %.4g FLOPs\n", human((double)rows).c_str(), dt,
               human(rows / std::max(dt, 1e-9)).c_str(), (double)rows * routers.flops(M));
    fflush(stdout);
    return std::vector<float>(grid.begin() + (first - lo) * E, grid.begin() + (last - lo) * E);
}

// Cluster sizes and, with labels, the domain x expert table, purity and NMI (diagnostics only).
static void print_clusters(const Assignment& a, const Labels* labels, const std::string& labels_path) {
    std::vector<int64_t> size(a.E, 0);
    int64_t assigned = 0;
    for (uint16_t x : a.expert)
        if (x != UNASSIGNED) { size[x]++; assigned++; }
    printf("cluster sizes (%s of %s sequences assigned):", human((double)assigned).c_str(),
           human((double)a.expert.size()).c_str());
    for (int e = 0; e < a.E; e++) printf(" %lld", (long long)size[e]);
    printf("\n");
    if (!labels) return;
    std::vector<int> cluster(a.expert.begin(), a.expert.end());  // UNASSIGNED is outside [0, E): ignored
    std::vector<int> label = sequence_labels(*labels, (int64_t)a.expert.size(), a.S);
    ClusterQuality q = cluster_quality(cluster, label, a.E, (int)labels->names.size());
    printf("domains (%s) x experts, in sequences:\n%s", labels_path.c_str(),
           domain_expert_table(cluster, label, a.E, labels->names).c_str());
    printf("purity %.4f | NMI %.4f\n", q.purity, q.nmi);
}

// `tokens` names the token file of token_count tokens for the error ("data/x.bin", "the shards' token file").
static Labels read_labels_for(const std::string& path, int64_t token_count, const std::string& tokens) {
    Labels lb = read_labels(path);
    if (lb.token_count != token_count)
        fail("%s: labels of a token file of %lld tokens, but %s has %lld tokens: give the labels file written together "
             "with that token file (e.g. corpus_val_labels.bin beside corpus_val.bin)", path.c_str(),
             (long long)lb.token_count, tokens.c_str(), (long long)token_count);
    return lb;
}

// --merge: joins the assignments of the shards of one run (each sequence assigned in exactly one).
static void merge(const std::vector<std::string>& inputs, const std::string& out_path, const std::string& scores_path,
                  const std::string& merge_scores, const std::string& labels_path) {
    if (inputs.empty()) fail("--merge needs the shards' assignment files as arguments: segment --merge --out FILE SHARD...");
    std::vector<std::string> score_inputs;
    for (const std::string& file : comma_list(merge_scores))
        if (!file.empty()) score_inputs.push_back(file);
    if (!score_inputs.empty() && scores_path.empty()) fail("--merge-scores needs --scores FILE, the merged scores file to write");
    if (score_inputs.empty() && !scores_path.empty())
        fail("--scores with --merge needs --merge-scores A,B,...: the shards' scores files, in the order of the assignment files");
    if (!score_inputs.empty() && score_inputs.size() != inputs.size())
        fail("--merge-scores lists %zu scores files but %zu assignment files are merged: give one per shard, in the same order",
             score_inputs.size(), inputs.size());
    check_output_file("out", out_path);
    if (!scores_path.empty()) check_output_file("scores", scores_path);

    std::vector<Assignment> shards;
    for (const std::string& path : inputs) {
        shards.push_back(read_assignment(path));
        const Assignment &a = shards.back(), &ref = shards[0];
        std::string diff;
        auto compare = [&](const char* field, long long x, long long ref_x) {
            if (x != ref_x) diff += (diff.empty() ? "" : ", ") + std::string(field) + " " + std::to_string(x) + " vs " + std::to_string(ref_x);
        };
        compare("S", a.S, ref.S);
        compare("E", a.E, ref.E);
        compare("M", a.M, ref.M);
        compare("chunk", a.chunk, ref.chunk);
        compare("token count", a.token_count, ref.token_count);
        if (!diff.empty())
            fail("%s and %s are not shards of one run: their headers differ (%s); merge only the shards of one segment run "
                 "(same --tokens, --seq-len, --prefix, --chunk and routers)", path.c_str(), inputs[0].c_str(), diff.c_str());
    }
    Assignment merged = shards[0];
    int64_t N = (int64_t)merged.expert.size();
    std::vector<int> owner(N, -1);
    for (size_t f = 0; f < shards.size(); f++)
        for (int64_t i = 0; i < N; i++) {
            if (shards[f].expert[i] == UNASSIGNED) continue;
            if (owner[i] >= 0)
                fail("sequence %lld is assigned by both %s (expert %d) and %s (expert %d): the shards overlap; merge the n "
                     "shards 0/n ... n-1/n of one run, each once", (long long)i, inputs[owner[i]].c_str(),
                     shards[owner[i]].expert[i], inputs[f].c_str(), shards[f].expert[i]);
            owner[i] = (int)f;
            merged.expert[i] = shards[f].expert[i];
        }
    for (int64_t i = 0; i < N; i++)
        if (owner[i] < 0) {
            int64_t missing = std::count(owner.begin(), owner.end(), -1);
            std::string names;
            for (const std::string& p : inputs) names += (names.empty() ? "" : ", ") + p;
            fail("sequence %lld (and %lld more) is assigned in none of %s: a shard is missing; merge all n shards 0/n ... "
                 "n-1/n of the run", (long long)i, (long long)(missing - 1), names.c_str());
        }

    Scores merged_scores;
    if (!score_inputs.empty()) {
        merged_scores.n = N;
        merged_scores.E = merged.E;
        merged_scores.M = merged.M;
        merged_scores.s.assign((size_t)N * merged.E, NAN);
        for (size_t f = 0; f < score_inputs.size(); f++) {
            Scores sc = read_scores(score_inputs[f]);
            if (sc.n != N || sc.E != merged.E || sc.M != merged.M)
                fail("%s: scores of N %lld, E %d, M %d, but its assignment %s has N %lld, E %d, M %d: give each shard's "
                     "scores file in the order of the assignment files", score_inputs[f].c_str(), (long long)sc.n, sc.E,
                     sc.M, inputs[f].c_str(), (long long)N, merged.E, merged.M);
            for (int64_t i = 0; i < N; i++)
                if (owner[i] == (int)f)
                    std::copy_n(sc.s.begin() + i * merged.E, merged.E, merged_scores.s.begin() + i * merged.E);
        }
    }
    std::unique_ptr<Labels> labels;
    if (!labels_path.empty()) labels = std::make_unique<Labels>(read_labels_for(labels_path, merged.token_count, "the shards' token file"));

    printf("segment --merge: %zu shards, %s sequences of %d, E %d, M %d, chunk %d\n", inputs.size(),
           human((double)N).c_str(), merged.S, merged.E, merged.M, merged.chunk);
    print_clusters(merged, labels.get(), labels_path);
    if (!scores_path.empty()) write_scores(scores_path, merged_scores);
    write_assignment(out_path, merged);
    printf("wrote %s%s%s\n", out_path.c_str(), scores_path.empty() ? "" : " and ", scores_path.c_str());
}

// The file rank r of W writes before rank 0 merges: OUT.rank01-of-04.
static std::string rank_file(const std::string& path, int r, int W) {
    char tail[48];
    snprintf(tail, sizeof(tail), ".rank%02d-of-%02d", r, W);
    return path + tail;
}

int main(int argc, char** argv) {
    Dist dist;
    try {
        // ---- flags
        std::string routers_dir, tokens_path = "data/default/corpus_train.bin", out_path, scores_path, labels_path;
        std::string device = "auto", precision = "auto", shard, merge_scores;
        int S = 256, M = 64, chunk = 0, B = 64;
        bool merge_mode = false, distributed = false;
        std::vector<std::string> inputs;
        Flags fl("./segment", "[options]  |  --merge --out FILE SHARD_FILE...",
                 "Scores every sequence's first M tokens with the E routers and assigns it to an expert under the balanced\n"
                 "quota; writes the assignment file for train_expert --assign. --shard i/n scores one slice of\n"
                 "the chunks; --merge joins the shards' files into exactly what one run writes.");
        fl.add("routers", &routers_dir, "DIR", "folder of router_00.ckpt, router_01.ckpt, ... (LM routers, E = how many, at least 2) or of tfidf.bin (a tf-idf router)");
        fl.add("tokens", &tokens_path, "FILE", "token file to segment");
        fl.add("seq-len", &S, "S", "sequence length: sequence i is tokens [i*S, i*S + S]");
        fl.add("prefix", &M, "M", "tokens of each sequence the routers score (2 <= M <= S)");
        fl.add("chunk", &chunk, "K", "balance each consecutive chunk of K sequences on its own (0 = all at once)");
        fl.add("out", &out_path, "FILE", "assignment file to write", Flags::REQUIRED);
        fl.add("scores", &scores_path, "FILE", "also write every router's score of every sequence (scores file)");
        fl.add("labels", &labels_path, "FILE", "labels file of the token file: print the domain x expert table, purity, NMI (never used for routing)");
        fl.add("batch", &B, "B", "sequences per forward pass");
        fl.add("device", &device, "NAME", DEVICE_HELP);
        fl.add("precision", &precision, "NAME", PRECISION_HELP);
        fl.add("shard", &shard, "i/n", "score only slice i of n of the chunks (needs --chunk); other sequences are left unassigned");
        fl.add("merge", &merge_mode, "join the shard assignment files given as arguments into --out");
        fl.add("merge-scores", &merge_scores, "A,B,...", "with --merge and --scores: the shards' scores files, in the order of the assignment files");
        fl.add("distributed", &distributed, "use MPI even as a single process, to test that path");
        fl.positional(&inputs, 0);
        if (!fl.parse(argc, argv)) return 0;
        dist_init(dist, distributed && !merge_mode);
        bool talk = dist.root();
        if (!scores_path.empty() && scores_path == out_path) fail("--scores and --out are both %s: give two files", out_path.c_str());
        if (merge_mode) {
            for (const char* f : {"routers", "tokens", "seq-len", "prefix", "chunk", "batch", "device", "shard"})
                if (fl.given(f)) fail("--%s does not apply to --merge, which only joins files (headers come from the shards)", f);
            merge(inputs, out_path, scores_path, merge_scores, labels_path);
            return 0;
        }
        if (!inputs.empty()) fail("unexpected argument '%s': input files are for --merge only (see --help)", inputs[0].c_str());
        if (!merge_scores.empty()) fail("--merge-scores is for --merge only");
        if (routers_dir.empty()) fail("--routers DIR is required (the folder train_router wrote: router_00.ckpt, router_01.ckpt, ... or tfidf.bin)");
        check_flag(S >= 1, "seq-len", S, "at least 1");
        check_flag(B >= 1, "batch", B, "at least 1");
        if (M < 2) fail("--prefix %d: a router scores tokens 2..M given the ones before, so M must be at least 2", M);
        if (M > S) fail("--prefix %d is longer than --seq-len %d: the prefix is the start of a sequence (use M <= S)", M, S);
        if (chunk < 0) fail("--chunk %d must be >= 0 (0 = balance all sequences at once)", chunk);
        if (dist.world > 1 && !shard.empty())
            fail("--shard %s: launched as %d ranks, rank r already scores shard r/%d; give --shard only to single processes",
                 shard.c_str(), dist.world, dist.world);
        if (dist.world > 1 && chunk == 0)
            fail("%d ranks need --chunk K > 0: balancing all sequences at once (--chunk 0) needs every sequence's scores in "
                 "one process, so ranks could not balance their shares on their own", dist.world);
        if (dist.world > 1) shard = std::to_string(dist.rank) + "/" + std::to_string(dist.world);
        int shard_index = 0, shard_count = 1;
        if (!shard.empty()) {
            char extra;
            if (sscanf(shard.c_str(), "%d/%d%c", &shard_index, &shard_count, &extra) != 2 || shard_count < 1 ||
                shard_index < 0 || shard_index >= shard_count)
                fail("--shard '%s': expected i/n with 0 <= i < n (e.g. 0/4 for the first of four shards)", shard.c_str());
            if (chunk == 0)
                fail("--shard needs --chunk K > 0: balancing all sequences at once (--chunk 0) needs every sequence's scores "
                     "in one process, so shards could not be balanced on their own");
        }
        check_output_file("out", out_path);
        if (!scores_path.empty()) check_output_file("scores", scores_path);

        // ---- data
        TokenFile tokens(tokens_path);
        int64_t N = tokens.sequences(S);
        if (N < 1) fail("%s: %lld tokens hold no sequence of %d (+1) tokens", tokens_path.c_str(), (long long)tokens.count, S);
        std::unique_ptr<Labels> labels;
        if (!labels_path.empty()) labels = std::make_unique<Labels>(read_labels_for(labels_path, tokens.count, tokens_path));

        // ---- routers: checked before any is loaded
        Routers routers = open_routers(routers_dir);
        int E = routers.E;
        if (E < 2)
            fail("--routers %s: found only 1 router (need at least 2: router_00.ckpt, router_01.ckpt, ... as train_router writes "
                 "them, or a tf-idf router of 2 or more centroids)", routers_dir.c_str());
        if (routers.V != tokens.vocab)
            fail("the routers in %s have a vocabulary of %d but %s has %d: the routers and the token file must share a tokenizer",
                 routers_dir.c_str(), routers.V, tokens_path.c_str(), tokens.vocab);
        if (M > routers.max_prefix)
            fail("--prefix %d runs the routers over %d positions, but a router in %s has a maximum sequence length of %d: use "
                 "--prefix <= %d", M, M - 1, routers_dir.c_str(), routers.max_prefix - 1, routers.max_prefix);

        // ---- this run's slice: all sequences, or shard i's share of the chunks (contiguous, even)
        int64_t first = 0, last = N;
        if (!shard.empty()) {
            int64_t chunks = (N + chunk - 1) / chunk;
            first = std::min(N, chunks * shard_index / shard_count * chunk);
            last = std::min(N, chunks * (shard_index + 1) / shard_count * chunk);
        }
        Device dev = dist_choose_device(dist, device, precision);
        if (talk) {
            printf("segment: %s | %s | %s: %s sequences of %d, prefix %d | chunk %d%s\n", device_label(dev).c_str(),
                   routers.describe().c_str(), tokens_path.c_str(), human((double)N).c_str(), S, M, chunk,
                   dist.world > 1 ? (" | " + std::to_string(dist.world) + " ranks: rank r scores shard r/" +
                                     std::to_string(dist.world) + ", rank 0 merges").c_str()
                   : shard.empty() ? "" : (" | shard " + shard + ": sequences [" + std::to_string(first) + ", " +
                                           std::to_string(last) + ")").c_str());
        }
        if (first == last && dist.world == 1) printf("shard %s has no chunk (%lld chunks for %d shards): its file assigns nothing\n",
                                  shard.c_str(), (long long)((N + chunk - 1) / chunk), shard_count);
        fflush(stdout);

        // ---- score, assign
        std::vector<float> scores = score_sequences(routers, tokens, S, M, B, dev, first, last, talk);
        std::vector<uint16_t> slice = balanced_assign(scores, last - first, E, chunk);  // first is a chunk boundary
        Assignment a;
        a.S = S; a.E = E; a.M = M; a.chunk = chunk; a.token_count = tokens.count;
        a.expert.assign(N, UNASSIGNED);
        std::copy(slice.begin(), slice.end(), a.expert.begin() + first);

        // ---- summary: how good the assignment is by the routers' own measure, then the clusters
        double assigned_sum = 0, best_sum = 0;
        int64_t got_best = 0;
        for (int64_t i = 0; i < last - first; i++) {
            const float* row = scores.data() + i * E;
            int best = best_expert(row, E);
            assigned_sum += row[slice[i]];
            best_sum += row[best];
            got_best += slice[i] == best;
        }
        double totals[4] = {assigned_sum, best_sum, (double)got_best, (double)(last - first)};
        dist_sum(dist, totals, 4);  // over the ranks' shards
        assigned_sum = totals[0], best_sum = totals[1], got_best = (int64_t)totals[2];
        double rows = std::max(totals[3], 1.0);
        if (talk) {
            if (routers.is_tfidf())
                printf("mean cosine similarity: %.4f with the assigned centroid, %.4f with the nearest | %.1f%% of sequences got "
                       "their nearest\n", assigned_sum / rows, best_sum / rows, 100.0 * got_best / rows);
            else
                printf("mean log-likelihood per token: %.4f with the assigned router, %.4f with the best | %.1f%% of sequences got "
                       "their best router\n", assigned_sum / rows / (M - 1), best_sum / rows / (M - 1), 100.0 * got_best / rows);
        }
        if (dist.world == 1) print_clusters(a, labels.get(), labels_path);  // with ranks: by the merge below

        // ---- files (with ranks: this rank's shard, then rank 0 merges them)
        std::string final_out = out_path, final_scores = scores_path;
        if (dist.world > 1) {
            out_path = rank_file(final_out, dist.rank, dist.world);
            if (!scores_path.empty()) scores_path = rank_file(final_scores, dist.rank, dist.world);
        }
        if (!scores_path.empty()) {
            Scores sc;
            sc.n = N; sc.E = E; sc.M = M;
            sc.s.assign((size_t)N * E, NAN);  // rows outside this shard's slice: not scored here
            std::copy(scores.begin(), scores.end(), sc.s.begin() + first * E);
            write_scores(scores_path, sc);
        }
        write_assignment(out_path, a);
        if (dist.world > 1) {
            dist_barrier(dist);  // every shard is written
            if (talk) {
                std::vector<std::string> parts, score_parts;
                for (int r = 0; r < dist.world; r++) {
                    parts.push_back(rank_file(final_out, r, dist.world));
                    if (!final_scores.empty()) score_parts.push_back(rank_file(final_scores, r, dist.world));
                }
                std::string score_list;
                for (const std::string& f : score_parts) score_list += (score_list.empty() ? "" : ",") + f;
                merge(parts, final_out, final_scores, score_list, labels_path);
                for (const std::string& f : parts) unlink(f.c_str());
                for (const std::string& f : score_parts) unlink(f.c_str());
            }
            dist_finish(dist);
            return 0;
        }
        printf("wrote %s%s%s\n", out_path.c_str(), scores_path.empty() ? "" : " and ", scores_path.c_str());
        dist_finish(dist);
        return 0;
    } catch (const std::exception& e) {
        return dist_error_exit(dist, e);
    }
}
