// infer — SmallTalk at inference: a sequence's first M̂ tokens are scored by every
// router, the best router's expert (argmax, no balancing) processes the sequence. The routers are
// E router LMs or one tf-idf router (common/routing.h); everything below is the same for both.
//
//   ./infer --routers out/routers --experts 'out/expert_{e}/model.ckpt' --dense-batch out/dense_batch/model.ckpt
//   ./infer --routers out/routers --experts 'out/expert_{e}/model.ckpt' --prompt "def main():"
//   ./infer --help
//
// Evaluation (the default): on the held-out sequences of a token file, the mixture's loss and
// perplexity over all S predicted tokens and over the tokens after the prefix only, the two dense
// baselines' on the same sequences (below), a random routing of the same experts, expert usage, a sweep of
// prefix lengths, and the inference FLOPs of each, as in the paper's Table 3. --json writes the numbers.
// Generation (--prompt or --prompt-ids): routes the prompt, then samples from the chosen expert
// with a KV cache (common/kvcache.h).
//
// Reads top to bottom: flags, checks of every file before any heavy work, router scores (one router
// in memory at a time), routing, the experts' losses (one expert at a time, in batches of the
// sequences routed to it), report.
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "common/files.h"    // TokenFile, read_checkpoint, AtomicFile
#include "common/flags.h"    // Flags: --help and parsing from one table
#include "common/kvcache.h"  // Generator, generator_step, sample_token: generation with a KV cache
#include "common/model.h"    // Model: model_load, model_allocate, model_forward, model_score
#include "common/routing.h"  // open_routers, route_scores, best_expert: argmax routing
#include "common/tasks.h"    // multiple-choice tasks: read_task, continuation_logprobs, predict, accuracy
#include "common/vocab.h"    // Vocab: ids -> text
#ifdef HAVE_SENTENCEPIECE
#include <sentencepiece_processor.h>
#endif

// ----------------------------------------------------------------------------
// files

static bool file_exists(const std::string& path) { return access(path.c_str(), F_OK) == 0; }

// PATTERN with every {e} replaced by e.
static std::vector<std::string> expert_paths(const std::string& pattern, int E) {
    if (E > 1 && pattern.find("{e}") == std::string::npos)
        fail("--experts '%s' has no {e} in it, but there are %d routers: the pattern must name one file per expert, "
             "e.g. 'out/expert_{e}/model.ckpt'", pattern.c_str(), E);
    std::vector<std::string> paths;
    for (int e = 0; e < E; e++) {
        std::string p = pattern;
        for (size_t at; (at = p.find("{e}")) != std::string::npos;) p.replace(at, 3, std::to_string(e));
        if (!file_exists(p))
            fail("missing expert file: expert %d of %d should be %s (from --experts '%s')", e, E, p.c_str(), pattern.c_str());
        paths.push_back(p);
    }
    return paths;
}

static ModelConfig checkpoint_shape(const std::string& path) { return read_checkpoint(path, nullptr, nullptr); }

// FLOPs, the paper's way (forward_flops, common/model.h): a sequence costs its expert over S tokens plus
// all E routers over M̂ tokens (as the paper counts; model_score runs M̂ - 1 positions, a difference of
// one token in M̂); a tf-idf router costs its E dot products (Routers::flops, common/routing.h).

// ----------------------------------------------------------------------------
// results

struct Result {
    double loss = 0, loss_after = 0;  // mean loss per token: over all S targets, over the targets after the prefix
    double flops = 0, router_flops = 0;
    double ppl() const { return exp(loss); }
    double ppl_after() const { return exp(loss_after); }
};

static void print_row(const char* name, const Result& r) {
    printf("%-24s %9.4f %10.2f %11.4f %11.2f %13s", name, r.loss, r.ppl(), r.loss_after, r.ppl_after(),
           human(r.flops, "FLOP").c_str());
    if (r.router_flops > 0) printf("  %+6.2f%%\n", 100 * r.router_flops / (r.flops - r.router_flops));
    else printf("\n");
}

// A JSON string literal: quotes, backslashes and control characters escaped.
static std::string json_string(const std::string& text) {
    std::string out = "\"";
    for (unsigned char ch : text) {
        if (ch == '"' || ch == '\\') { out += '\\'; out += (char)ch; }
        else if (ch < 0x20) { char buf[8]; snprintf(buf, sizeof(buf), "\\u%04x", ch); out += buf; }
        else out += (char)ch;
    }
    return out + "\"";
}

static std::string json_result(const Result& r) {
    char buf[512];
    snprintf(buf, sizeof(buf),
             "{\"loss\": %.9g, \"ppl\": %.9g, \"loss_after_prefix\": %.9g, \"ppl_after_prefix\": %.9g, "
             "\"flops_per_sequence\": %.9g, \"router_flops_per_sequence\": %.9g, \"router_overhead_pct\": %.9g}",
             r.loss, r.ppl(), r.loss_after, r.ppl_after(), r.flops, r.router_flops,
             r.router_flops > 0 ? 100 * r.router_flops / (r.flops - r.router_flops) : 0.0);
    return buf;
}

// ----------------------------------------------------------------------------
// evaluation

// Per-sequence loss sums of one model on the sequences `which` (ascending): all[i] over the S
// targets, after[k][i] over the targets at 0-based index >= prefixes[k] - 1 (see below).
struct LossSums {
    std::vector<double> all;
    std::vector<std::vector<double>> after;
};

static void model_losses(const std::string& path, Device dev, const TokenFile& tokens, int S, int batch,
                         const std::vector<int64_t>& which, const std::vector<int>& prefixes, LossSums& sums) {
    if (which.empty()) return;
    Model m;
    int step;
    model_load(m, path, dev, &step);
    model_allocate(m, std::min<int>(batch, (int)which.size()), S, false);
    std::vector<int> seq(S + 1), in((size_t)batch * S), tg((size_t)batch * S);
    for (size_t start = 0; start < which.size(); start += batch) {
        int B = (int)std::min<size_t>(batch, which.size() - start);
        for (int b = 0; b < B; b++) {
            tokens.read(which[start + b] * S, S + 1, seq.data());
            std::copy(seq.begin(), seq.begin() + S, in.begin() + (size_t)b * S);
            std::copy(seq.begin() + 1, seq.end(), tg.begin() + (size_t)b * S);
        }
        model_forward(m, in.data(), tg.data(), B, S);
        for (int b = 0; b < B; b++) {
            int64_t i = which[start + b];
            const float* l = m.losses_host.data() + (size_t)b * S;
            double all = 0;
            for (int t = 0; t < S; t++) all += l[t];
            sums.all[i] = all;
            for (size_t k = 0; k < prefixes.size(); k++) {
                double after = 0;
                for (int t = prefixes[k] - 1; t < S; t++) after += l[t];
                sums.after[k][i] = after;
            }
        }
    }
    model_free(m);
}

// The two dense baselines of the same training FLOPs as the experts together, named the same
// way in the pipeline's folders, this table, the JSON, scripts/report.py and the docs:
//   dense_batch  the paper's protocol: an expert's number of steps at E x its batch;
//   dense_steps  E x an expert's steps at its batch.
struct Baseline {
    const char* key;    // JSON key and the pipeline's folder name
    const char* label;  // row of the table
    std::string path;   // checkpoint, "" = not evaluated
};

static int evaluate(const Routers& routers, const std::vector<std::string>& experts,
                    const std::vector<Baseline>& baselines, const std::string& tokens_path, int S, int M, std::vector<int> sweep,
                    int64_t max_sequences, int batch, uint64_t seed, Device dev, const std::string& json_path) {
    int E = routers.E;
    TokenFile tokens(tokens_path);
    int64_t n = tokens.sequences(S);
    if (max_sequences > 0) n = std::min(n, max_sequences);
    if (n < 1)
        fail("%s: no sequences of %d + 1 tokens in its %lld tokens (lower --seq-len or use a longer file)",
             tokens_path.c_str(), S, (long long)tokens.count);

    // All vocabularies must agree, and the shapes must hold the lengths asked for.
    ModelConfig x0 = checkpoint_shape(experts[0]);
    if (tokens.vocab != routers.V)
        fail("%s has a vocabulary of %d but the routers in %s have %d: routers, experts and data must share one tokenizer",
             tokens_path.c_str(), tokens.vocab, routers.dir.c_str(), routers.V);
    std::vector<int> prefixes = {M};  // distinct prefix lengths: M first, then the sweep's others
    for (int p : sweep) if (std::find(prefixes.begin(), prefixes.end(), p) == prefixes.end()) prefixes.push_back(p);
    int longest = *std::max_element(prefixes.begin(), prefixes.end());
    if (longest > routers.max_prefix)
        fail("a prefix of %d tokens needs %d positions, but a router in %s holds at most %d", longest, longest - 1,
             routers.dir.c_str(), routers.max_prefix - 1);
    auto check_expert = [&](const std::string& path, const char* what) {
        ModelConfig c = checkpoint_shape(path);
        if (c.V != x0.V)
            fail("%s %s has a vocabulary of %d but expert %s has %d: all experts must share one tokenizer", what,
                 path.c_str(), c.V, experts[0].c_str(), x0.V);
        if (c.V != routers.V)
            fail("%s %s has a vocabulary of %d but the routers (%s) have %d: routers and experts must share one tokenizer",
                 what, path.c_str(), c.V, routers.dir.c_str(), routers.V);
        if (S > c.max_T)
            fail("--seq-len %d is longer than %s %s's maximum sequence length %d", S, what, path.c_str(), c.max_T);
        return c;
    };
    std::vector<ModelConfig> expert_cfg(E);
    for (int e = 0; e < E; e++) expert_cfg[e] = check_expert(experts[e], "expert");
    std::vector<ModelConfig> dense_cfg(baselines.size());
    std::string dense_text;
    for (size_t b = 0; b < baselines.size(); b++)
        if (!baselines[b].path.empty()) {
            dense_cfg[b] = check_expert(baselines[b].path, baselines[b].key);
            dense_text += std::string(" | ") + baselines[b].key + " " + baselines[b].path;
        }

    printf("infer: %s | %lld sequences of %d tokens from %s | E = %d routers: %s | experts %s%s%s\n",
           device_label(dev).c_str(), (long long)n, S, tokens_path.c_str(), E, routers.describe().c_str(), experts[0].c_str(),
           E > 1 ? " ..." : "", dense_text.c_str());

    // ---- router scores: score[k][i*E + e] = router e's score (log-likelihood or cosine similarity) of
    // sequence i's first prefixes[k] tokens
    double t0 = now_seconds();
    std::vector<std::vector<float>> score(prefixes.size(), std::vector<float>((size_t)n * E));
    for (size_t k = 0; k < prefixes.size(); k++)
        route_scores(routers, dev, n, prefixes[k], [&](int64_t i, int* dst) { tokens.read(i * S, prefixes[k], dst); }, batch,
                     score[k].data());
    double t_route = now_seconds() - t0;

    // ---- routing: argmax per prefix length, and the random control
    std::vector<std::vector<int>> choice(prefixes.size(), std::vector<int>(n));
    for (size_t k = 0; k < prefixes.size(); k++)
        for (int64_t i = 0; i < n; i++) choice[k][i] = best_expert(&score[k][(size_t)i * E], E);
    std::vector<int> random_choice(n);
    Rng rng(seed);
    for (int64_t i = 0; i < n; i++) random_choice[i] = (int)rng.below(E);

    // ---- the experts' losses, each expert on the union of the sequences any routing sends it
    t0 = now_seconds();
    std::vector<LossSums> sums(E);
    for (int e = 0; e < E; e++) {
        std::vector<int64_t> which;
        for (int64_t i = 0; i < n; i++) {
            bool used = random_choice[i] == e;
            for (size_t k = 0; k < prefixes.size(); k++) used = used || choice[k][i] == e;
            if (used) which.push_back(i);
        }
        sums[e].all.assign(n, NAN);
        sums[e].after.assign(prefixes.size(), std::vector<double>(n, NAN));
        model_losses(experts[e], dev, tokens, S, batch, which, prefixes, sums[e]);
    }
    std::vector<LossSums> dense_sums(baselines.size());
    for (size_t b = 0; b < baselines.size(); b++) {
        if (baselines[b].path.empty()) continue;
        std::vector<int64_t> all(n);
        for (int64_t i = 0; i < n; i++) all[i] = i;
        dense_sums[b].all.assign(n, NAN);
        dense_sums[b].after.assign(prefixes.size(), std::vector<double>(n, NAN));
        model_losses(baselines[b].path, dev, tokens, S, batch, all, prefixes, dense_sums[b]);
    }
    double t_experts = now_seconds() - t0;

    // "After the prefix": the routers saw tokens x_1..x_M̂ of the S + 1 tokens x_1..x_{S+1}; the targets
    // they did not see are x_{M̂+1}..x_{S+1}, at 0-based target index t = M̂ - 1 .. S - 1 (target t is
    // x_{t+2}, predicted from x_1..x_{t+1}): S - M̂ + 1 tokens per sequence.
    auto routed = [&](size_t k, const std::vector<int>& pick, bool with_routers) {
        Result r;
        double all = 0, after = 0, expert_flops = 0;
        for (int64_t i = 0; i < n; i++) {
            all += sums[pick[i]].all[i];
            after += sums[pick[i]].after[k][i];
            expert_flops += forward_flops(expert_cfg[pick[i]], S);
        }
        r.loss = all / ((double)n * S);
        r.loss_after = after / ((double)n * (S - prefixes[k] + 1));
        if (with_routers) r.router_flops = routers.flops(prefixes[k]);
        r.flops = expert_flops / n + r.router_flops;
        return r;
    };
    Result mixture = routed(0, choice[0], true), random = routed(0, random_choice, false);
    std::vector<Result> dense(baselines.size());
    for (size_t b = 0; b < baselines.size(); b++) {
        if (baselines[b].path.empty()) continue;
        double all = 0, after = 0;
        for (int64_t i = 0; i < n; i++) { all += dense_sums[b].all[i]; after += dense_sums[b].after[0][i]; }
        dense[b].loss = all / ((double)n * S);
        dense[b].loss_after = after / ((double)n * (S - M + 1));
        dense[b].flops = forward_flops(dense_cfg[b], S);
    }
    std::vector<int64_t> usage(E, 0);
    for (int64_t i = 0; i < n; i++) usage[choice[0][i]]++;

    // ---- report
    printf("routing: every router scores the first M = %d tokens (%s); scoring %.1f s, experts %.1f s\n", M,
           routers.score_name(), t_route, t_experts);
    printf("'after prefix' = the %d targets x_%d..x_%d of each sequence x_1..x_%d (0-based target positions %d..%d), "
           "which no router saw\n\n", S - M + 1, M + 1, S + 1, S + 1, M - 1, S - 1);
    printf("%-24s %9s %10s %11s %11s %13s  %s\n", "model", "loss(all)", "ppl(all)", "loss(after)", "ppl(after)",
           "FLOPs/seq", "routers");
    print_row("mixture (routed)", mixture);
    print_row("mixture (random)", random);
    for (size_t b = 0; b < baselines.size(); b++)
        if (!baselines[b].path.empty()) print_row(baselines[b].label, dense[b]);
    printf("\nexpert usage (argmax on %d tokens):\n", M);
    for (int e = 0; e < E; e++) printf("  expert %2d  %8lld  %5.1f%%\n", e, (long long)usage[e], 100.0 * usage[e] / n);
    std::vector<Result> sweep_results;
    if (!sweep.empty()) {
        printf("\nprefix sweep (mixture routed on M tokens; 'after' = the S - M + 1 targets after that prefix):\n%-24s %9s %10s %11s %11s %13s  %s\n", "prefix", "loss(all)", "ppl(all)",
               "loss(after)", "ppl(after)", "FLOPs/seq", "routers");
        for (int p : sweep) {
            size_t k = std::find(prefixes.begin(), prefixes.end(), p) - prefixes.begin();
            sweep_results.push_back(routed(k, choice[k], true));
            print_row(("M = " + std::to_string(p)).c_str(), sweep_results.back());
        }
    }
    fflush(stdout);

    if (!json_path.empty()) {
        std::string j = "{\n";
        char buf[256];
        snprintf(buf, sizeof(buf), "\"sequences\": %lld, \"seq_len\": %d, \"prefix\": %d, \"after_prefix_tokens\": %d, "
                 "\"experts\": %d, \"router\": \"%s\",\n", (long long)n, S, M, S - M + 1, E, routers.is_tfidf() ? "tfidf" : "lm");
        j += "  \"tokens\": " + json_string(tokens_path) + ", " + buf;
        j += "  \"mixture\": " + json_result(mixture) + ",\n";
        j += "  \"random\": " + json_result(random) + ",\n";
        for (size_t b = 0; b < baselines.size(); b++)
            if (!baselines[b].path.empty()) j += std::string("  \"") + baselines[b].key + "\": " + json_result(dense[b]) + ",\n";
        j += "  \"usage\": [";
        for (int e = 0; e < E; e++) j += (e ? ", " : "") + std::to_string(usage[e]);
        j += "],\n  \"sweep\": [";
        for (size_t s = 0; s < sweep.size(); s++) {
            std::string r = json_result(sweep_results[s]);
            j += std::string(s ? ",\n    " : "\n    ") + "{\"prefix\": " + std::to_string(sweep[s]) + ", " + r.substr(1);
        }
        j += "]\n}\n";
        AtomicFile f(json_path);
        f.write(j.data(), j.size());
        f.commit();
        printf("\nwrote %s\n", json_path.c_str());
    }
    return 0;
}

// ----------------------------------------------------------------------------
// multiple-choice tasks (--tasks): common/tasks.h scores them; here the models are routed and the
// results reported. Every item is routed as a sequence would be: the routers score the first M tokens of
// BOS + context (all of it when shorter), the best router's expert scores every choice of the item.

struct TaskModel {
    std::string key, label;  // JSON key, row of the table
    std::vector<TaskPredictions> pred;  // per task
};

static int evaluate_tasks(const Routers& routers, const std::vector<std::string>& experts,
                          const std::vector<Baseline>& baselines, const std::vector<std::string>& task_paths,
                          const std::string& tokenizer, int M, int64_t max_items, int batch, uint64_t seed, Device dev,
                          const std::string& json_path) {
#if defined(HAVE_SENTENCEPIECE) && defined(HAVE_JSON)
    // ---- every file checked and read before any model runs
    sentencepiece::SentencePieceProcessor sp;
    auto status = sp.Load(tokenizer);
    if (!status.ok()) fail("--tokenizer %s: %s", tokenizer.c_str(), status.ToString().c_str());
    int V = sp.GetPieceSize(), E = routers.E;
    auto check_vocab = [&](const std::string& path) {
        ModelConfig c = checkpoint_shape(path);
        if (c.V != V)
            fail("%s has a vocabulary of %d but --tokenizer %s has %d: the models and the tokenizer must be the same one's",
                 path.c_str(), c.V, tokenizer.c_str(), V);
    };
    if (E > 0 && routers.V != V)
        fail("the routers in %s have a vocabulary of %d but --tokenizer %s has %d: the models and the tokenizer must be the "
             "same one's", routers.dir.c_str(), routers.V, tokenizer.c_str(), V);
    for (const std::string& p : experts) check_vocab(p);
    for (const Baseline& b : baselines) if (!b.path.empty()) check_vocab(b.path);
    Encoder encode = [&](const std::string& text) {
        std::vector<int> ids;
        auto st = sp.Encode(text, &ids);
        if (!st.ok()) fail("cannot encode \"%s\": %s", text.c_str(), st.ToString().c_str());
        return ids;
    };
    std::vector<Task> tasks;
    size_t n_items = 0;
    for (const std::string& path : task_paths) {
        tasks.push_back(read_task(path, encode, sp.bos_id(), max_items));
        n_items += tasks.back().items.size();
    }
    std::string models = E ? "E = " + std::to_string(E) + " routers: " + routers.describe() + ", experts " + experts[0] +
                             (E > 1 ? " ..." : "") : "";
    for (const Baseline& b : baselines)
        if (!b.path.empty()) models += (models.empty() ? "" : " | ") + std::string(b.key) + " " + b.path;
    printf("infer: %s | %zu tasks, %zu items | %s\n", device_label(dev).c_str(), tasks.size(), n_items, models.c_str());
    // (task, item) pairs in one list: the routing and the experts' work span every task.
    std::vector<std::pair<int, int>> all;
    for (size_t t = 0; t < tasks.size(); t++)
        for (size_t i = 0; i < tasks[t].items.size(); i++) all.push_back({(int)t, (int)i});

    // ---- one model's log-likelihoods of every choice of the items in `which` (indices into all)
    using Scores = std::vector<std::vector<std::vector<double>>>;  // [task][item][choice]
    auto empty_scores = [&] {
        Scores s(tasks.size());
        for (size_t t = 0; t < tasks.size(); t++)
            for (const TaskItem& it : tasks[t].items) s[t].push_back(std::vector<double>(it.choices.size(), NAN));
        return s;
    };
    std::vector<int> bos_only = {sp.bos_id()};
    auto score_model = [&](const std::string& path, const std::string& name, const std::vector<size_t>& which, Scores& ll,
                           Scores& alone) {
        std::vector<ContinuationRequest> requests;
        std::vector<std::pair<double*, double*>> where;  // each request's pair of results: given the context, alone
        for (size_t w : which) {
            const TaskItem& it = tasks[all[w].first].items[all[w].second];
            for (size_t k = 0; k < it.choices.size(); k++) {
                requests.push_back({&it.context, &it.choices[k]});
                requests.push_back({&bos_only, &it.alone[k]});
            }
        }
        if (requests.empty()) return;
        Model m;
        int step;
        model_load(m, path, dev, &step);
        double t0 = now_seconds();
        std::vector<double> out = continuation_logprobs(m, requests, batch, name.c_str());
        model_free(m);
        size_t r = 0;
        for (size_t w : which) {
            auto [t, i] = all[w];
            for (size_t k = 0; k < tasks[t].items[i].choices.size(); k++) {
                ll[t][i][k] = out[r++];
                alone[t][i][k] = out[r++];
            }
        }
        printf("  %-20s %zu items, %zu sequences in %.1f s\n", name.c_str(), which.size(), requests.size(), now_seconds() - t0);
        fflush(stdout);
    };

    std::vector<TaskModel> results;
    auto add_result = [&](const std::string& key, const std::string& label, const Scores& ll, const Scores& alone) {
        TaskModel r{key, label, {}};
        for (size_t t = 0; t < tasks.size(); t++) r.pred.push_back(predict(tasks[t], ll[t], alone[t]));
        results.push_back(r);
    };

    // ---- the mixture: route, then each expert on the items routed to it, or sent to it at random
    std::vector<int64_t> usage(E, 0);
    if (E > 0) {
        std::vector<float> score(all.size() * E);
        double t0 = now_seconds();
        // Items in groups of one prefix length, P = min(M, |BOS + context|), at least 2: each group is a
        // table of rows of P tokens for route_scores.
        int P_max = std::min(M, routers.max_prefix);
        std::vector<std::vector<size_t>> by_length(P_max + 1);
        for (size_t w = 0; w < all.size(); w++)
            by_length[std::min<size_t>(P_max, tasks[all[w].first].items[all[w].second].context.size())].push_back(w);
        for (int P = 2; P <= P_max; P++) {
            const std::vector<size_t>& group = by_length[P];
            std::vector<float> part(group.size() * E);
            route_scores(routers, dev, (int64_t)group.size(), P, [&](int64_t g, int* dst) {
                const std::vector<int>& ctx = tasks[all[group[g]].first].items[all[group[g]].second].context;
                std::copy(ctx.begin(), ctx.begin() + P, dst);
            }, batch, part.data());
            for (size_t g = 0; g < group.size(); g++) std::copy_n(&part[g * E], E, &score[group[g] * E]);
        }
        std::vector<int> routed(all.size()), random(all.size());
        Rng rng(seed);
        for (size_t w = 0; w < all.size(); w++) {
            routed[w] = best_expert(&score[w * E], E);
            random[w] = (int)rng.below(E);
            usage[routed[w]]++;
        }
        printf("routing: %d routers (%s) on the first %d tokens of BOS + context, %.1f s\n", E, routers.score_name(), M,
               now_seconds() - t0);
        // Each expert scores the items either routing sends it; routed and random then read their own expert's.
        std::vector<Scores> ll_by(E, empty_scores()), alone_by(E, empty_scores());
        for (int e = 0; e < E; e++) {
            std::vector<size_t> which;
            for (size_t w = 0; w < all.size(); w++)
                if (routed[w] == e || random[w] == e) which.push_back(w);
            score_model(experts[e], "expert " + std::to_string(e), which, ll_by[e], alone_by[e]);
        }
        for (const std::vector<int>* pick : {&routed, &random}) {
            Scores ll = empty_scores(), alone = empty_scores();
            for (size_t w = 0; w < all.size(); w++) {
                auto [t, i] = all[w];
                ll[t][i] = ll_by[(*pick)[w]][t][i];
                alone[t][i] = alone_by[(*pick)[w]][t][i];
            }
            if (pick == &routed) add_result("mixture", "mixture (routed)", ll, alone);
            else add_result("random", "mixture (random)", ll, alone);
        }
    }
    for (const Baseline& b : baselines) {
        if (b.path.empty()) continue;
        std::vector<size_t> every(all.size());
        for (size_t w = 0; w < all.size(); w++) every[w] = w;
        Scores ll = empty_scores(), alone = empty_scores();
        score_model(b.path, b.key, every, ll, alone);
        add_result(b.key, b.label, ll, alone);
    }

    // ---- report: per task, each model's accuracy under the three rules, with 95 % intervals
    auto cell = [](const Accuracy& a) {
        char buf[64];
        snprintf(buf, sizeof(buf), "%5.1f [%4.1f, %4.1f]", 100 * a.value, 100 * a.lo, 100 * a.hi);
        return std::string(buf);
    };
    for (size_t t = 0; t < tasks.size(); t++) {
        printf("\ntask %s: %zu items, chance %.1f%% (accuracy %%, [95%% interval])\n", tasks[t].name.c_str(),
               tasks[t].items.size(), 100 * chance_accuracy(tasks[t]));
        printf("%-20s %-20s %-20s %-20s\n", "model", "acc", "acc_norm", "acc_mutual_info");
        for (const TaskModel& r : results)
            printf("%-20s %-20s %-20s %-20s\n", r.label.c_str(), cell(accuracy(tasks[t], r.pred[t].acc)).c_str(),
                   cell(accuracy(tasks[t], r.pred[t].norm)).c_str(), cell(accuracy(tasks[t], r.pred[t].mi)).c_str());
    }
    if (E > 0) {
        printf("\nexpert usage (routed, all tasks):");
        for (int e = 0; e < E; e++) printf(" %lld", (long long)usage[e]);
        printf("\n");
    }
    fflush(stdout);

    if (!json_path.empty()) {
        auto json_accuracy = [](const char* rule, const Accuracy& a) {  // "acc": 0.31, "acc_ci95": [0.27, 0.35]
            char buf[160];
            snprintf(buf, sizeof(buf), "\"%s\": %.9g, \"%s_ci95\": [%.9g, %.9g]", rule, a.value, rule, a.lo, a.hi);
            return std::string(buf);
        };
        auto json_ints = [](const std::vector<int>& v) {
            std::string s = "[";
            for (size_t i = 0; i < v.size(); i++) s += (i ? "," : "") + std::to_string(v[i]);
            return s + "]";
        };
        std::string j = "{\n  \"tokenizer\": " + json_string(tokenizer) + ",\n  \"prefix\": " + std::to_string(M) +
                        ",\n  \"experts\": " + std::to_string(E) + ",\n  \"tasks\": {";
        for (size_t t = 0; t < tasks.size(); t++) {
            char buf[128];
            snprintf(buf, sizeof(buf), "\"items\": %zu, \"chance\": %.9g,", tasks[t].items.size(), chance_accuracy(tasks[t]));
            j += std::string(t ? "," : "") + "\n    " + json_string(tasks[t].name) + ": {\"file\": " + json_string(tasks[t].path) +
                 ", " + buf + "\n      \"labels\": ";
            std::vector<int> labels;
            for (const TaskItem& it : tasks[t].items) labels.push_back(it.label);
            j += json_ints(labels);
            for (const TaskModel& r : results) {
                const TaskPredictions& p = r.pred[t];
                j += ",\n      " + json_string(r.key) + ": {" + json_accuracy("acc", accuracy(tasks[t], p.acc)) + ", " +
                     json_accuracy("acc_norm", accuracy(tasks[t], p.norm)) + ", " +
                     json_accuracy("acc_mutual_info", accuracy(tasks[t], p.mi)) + ",\n        \"pred\": " +
                     json_ints(p.acc) + ",\n        \"pred_norm\": " + json_ints(p.norm) + ",\n        \"pred_mi\": " +
                     json_ints(p.mi) + "}";
            }
            j += "}";
        }
        j += "\n  }";
        if (E > 0) {
            j += ",\n  \"usage\": [";
            for (int e = 0; e < E; e++) j += (e ? ", " : "") + std::to_string(usage[e]);
            j += "]";
        }
        j += "\n}\n";
        AtomicFile f(json_path);
        f.write(j.data(), j.size());
        f.commit();
        printf("\nwrote %s\n", json_path.c_str());
    }
    return 0;
#else
    (void)routers; (void)experts; (void)baselines; (void)task_paths; (void)tokenizer; (void)M; (void)max_items;
    (void)batch; (void)seed; (void)dev; (void)json_path;
    fail("--tasks needs SentencePiece (to encode the text) and nlohmann/json (to read it), and this build has %s: run "
         "make deps and rebuild",
#ifdef HAVE_SENTENCEPIECE
         "no nlohmann/json"
#else
         "no SentencePiece"
#endif
    );
#endif
}

// ----------------------------------------------------------------------------
// generation

static std::string replace_extension(const std::string& path, const std::string& ext) {
    size_t dot = path.rfind('.'), slash = path.rfind('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return path + ext;
    return path.substr(0, dot) + ext;
}

static int generate(const Routers& routers, const std::vector<std::string>& experts,
                    const std::string& prompt, const std::string& prompt_ids, const std::string& tokenizer, int M,
                    int max_new, float temperature, int top_k, float top_p, uint64_t seed, Device dev) {
    int E = routers.E;
    std::vector<int> ids;
    int bos = 1;  // data/tokenizer's convention: 0 <unk>, 1 <s> (BOS), 2 </s>
#ifdef HAVE_SENTENCEPIECE
    sentencepiece::SentencePieceProcessor sp;
    bool have_sp = false;
    if (!prompt.empty() || file_exists(tokenizer)) {
        auto status = sp.Load(tokenizer);
        if (!status.ok()) fail("--tokenizer %s: %s", tokenizer.c_str(), status.ToString().c_str());
        have_sp = true;
        bos = sp.bos_id();
    }
    if (!prompt.empty()) {
        auto status = sp.Encode(prompt, &ids);
        if (!status.ok()) fail("cannot encode the prompt: %s", status.ToString().c_str());
    }
#else
    if (!prompt.empty())
        fail("--prompt needs SentencePiece to encode text, and this build has none (install libsentencepiece-dev and "
             "rebuild); give token ids with --prompt-ids instead");
#endif
    if (!prompt_ids.empty()) ids = comma_ints("prompt-ids", prompt_ids);
    if (ids.empty() || ids[0] != bos) ids.insert(ids.begin(), bos);  // every document starts with BOS

    for (int id : ids)
        if (id < 0 || id >= routers.V) fail("prompt token %d is outside the routers' vocabulary of %d", id, routers.V);
    Vocab vocab;
    std::string vocab_path = replace_extension(tokenizer, ".vocab");
    bool have_vocab = file_exists(vocab_path);
    if (have_vocab) vocab.load(vocab_path);
    auto decode = [&](const std::vector<int>& t) -> std::string {
#ifdef HAVE_SENTENCEPIECE
        if (have_sp) { std::string s; sp.Decode(t, &s); return s; }
#endif
        if (have_vocab) return vocab.decode(t);
        std::string s;
        for (int id : t) s += (s.empty() ? "" : " ") + std::to_string(id);
        return s;
    };

    // ---- route the prompt's first min(M, length) tokens
    int P = std::min({M, (int)ids.size(), routers.max_prefix});
    std::vector<float> scores(E, 0.0f);
    int chosen = 0;
    if (P >= 2) {
        route_scores(routers, dev, 1, P, [&](int64_t, int* dst) { std::copy(ids.begin(), ids.begin() + P, dst); }, 1, scores.data());
        for (int e = 0; e < E; e++) printf("router %2d: %s %10.3f of the first %d prompt tokens\n", e, routers.score_name(), scores[e], P);
        chosen = best_expert(scores.data(), E);
    } else {
        printf("the prompt has fewer than 2 tokens: no router can score it, expert 0 takes it\n");
    }
    printf("expert %d: %s\n", chosen, experts[chosen].c_str());

    // ---- generate from the chosen expert
    Model m;
    int step;
    model_load(m, experts[chosen], dev, &step);
    if (m.cfg.V != routers.V)
        fail("expert %s has a vocabulary of %d but the routers have %d: they must share one tokenizer",
             experts[chosen].c_str(), m.cfg.V, routers.V);
    if ((int)ids.size() >= m.cfg.max_T)
        fail("the prompt has %zu tokens, but the expert's context holds %d: shorten it", ids.size(), m.cfg.max_T);
    Generator g;
    generator_init(g, m);
    model_free(m);
    Rng rng(seed);
    const float* logits = nullptr;
    for (int id : ids) logits = generator_step(g, id);
    std::vector<int> out;
    double t0 = now_seconds();
    while ((int)out.size() < max_new) {
        int next = sample_token(logits, g.cfg.V, temperature, top_k, top_p, rng);
        if (next == bos) break;  // a new document begins: this one is over
        out.push_back(next);
        if (g.pos >= g.cfg.max_T) break;
        logits = generator_step(g, next);
    }
    double dt = now_seconds() - t0;
    printf("prompt: %s\n", decode(std::vector<int>(ids.begin() + 1, ids.end())).c_str());
    printf("continuation: %s\n", decode(out).c_str());
    std::string out_ids;
    for (int id : out) out_ids += (out_ids.empty() ? "" : ",") + std::to_string(id);
    printf("continuation ids: %s\n", out_ids.c_str());  // for scripts: the same line as dev/gguf/route.mjs prints
    printf("(%zu tokens in %.2f s, %.1f tokens/s%s)\n", out.size(), dt, out.size() / std::max(dt, 1e-9),
           (int)out.size() < max_new ? (g.pos >= g.cfg.max_T ? "; the context is full" : "; stopped at BOS") : "");
    return 0;
}

// ----------------------------------------------------------------------------

int main(int argc, char** argv) {
    try {
        std::string routers_dir, experts_pattern, dense_batch, dense_steps, tokens_path = "data/default/corpus_val.bin";
        std::string sweep_text = "32,64,128", json_path, device = "auto", precision = "auto";
        std::string prompt, prompt_ids, tokenizer = "data/default/tokenizer.model", tasks_text;
        int S = 256, M = 64, batch = 16, max_new = 64, top_k = 40;
        int64_t max_sequences = 0, max_items = 0, seed = 0;
        double temperature = 0.8, top_p = 0.95;
        Flags fl("./infer", "--routers DIR --experts PATTERN [options]",
                 "SmallTalk inference: every router scores a sequence's first M tokens, the best one's expert runs it.\n"
                 "Evaluation (default): mixture loss and perplexity on held-out sequences over all tokens and over the\n"
                 "tokens after the prefix, dense baselines, random routing, expert usage, prefix sweep, FLOPs.\n"
                 "Generation (--prompt or --prompt-ids): route the prompt, then sample from its expert with a KV cache.\n"
                 "Tasks (--tasks): multiple-choice accuracy (acc, acc_norm, acc_mutual_info) of the mixture, random\n"
                 "routing and the dense baselines, or of a dense model alone (docs/tasks.md).");
        fl.add("routers", &routers_dir, "DIR", "folder of router_00.ckpt, router_01.ckpt, ... (LM routers, E = their count) or of tfidf.bin "
                                                 "(a tf-idf router); required but with --tasks");
        fl.add("experts", &experts_pattern, "PATTERN", "expert checkpoints, {e} replaced by 0..E-1, e.g. 'out/expert_{e}/model.ckpt'");
        fl.add("dense-batch", &dense_batch, "FILE", "dense baseline of the paper's protocol (an expert's steps at E x its batch), "
                                                   "evaluated on the same sequences");
        fl.add("dense-steps", &dense_steps, "FILE", "dense baseline of E x an expert's steps at its batch");
        fl.add("tokens", &tokens_path, "FILE", "held-out token file");
        fl.add("seq-len", &S, "S", "sequence length: each sequence is S + 1 tokens, S predicted");
        fl.add("prefix", &M, "M", "prefix the routers score (2 <= M <= S)");
        fl.add("sweep", &sweep_text, "LIST", "also route with each of these prefixes (comma-separated; \"\" = none; "
               "by default those longer than --seq-len are left out)");
        fl.add("max-sequences", &max_sequences, "N", "evaluate the first N sequences only (0 = all)");
        fl.add("batch", &batch, "B", "sequences per forward");
        fl.add("json", &json_path, "FILE", "also write the numbers as JSON");
        fl.add("tasks", &tasks_text, "FILES", "multiple-choice task files, comma-separated (JSONL, docs/formats.md): score them");
        fl.add("max-items", &max_items, "N", "tasks: the first N items of each file only (0 = all)");
        fl.add("prompt", &prompt, "TEXT", "generate: a continuation of this text (needs SentencePiece)");
        fl.add("prompt-ids", &prompt_ids, "IDS", "generate: a continuation of these token ids, e.g. 1,523,77 (BOS is added if missing)");
        fl.add("tokenizer", &tokenizer, "FILE", "SentencePiece model for --prompt and --tasks; its .vocab beside it decodes the output");
        fl.add("max-new-tokens", &max_new, "N", "generate: tokens to sample at most (stops early at BOS or a full context)");
        fl.add("temperature", &temperature, "F", "generate: softmax temperature (0 = greedy)");
        fl.add("top-k", &top_k, "K", "generate: sample among the K most likely tokens (0 = all)");
        fl.add("top-p", &top_p, "P", "generate: then among the fewest whose probabilities add up to P (1 = all)");
        fl.add("seed", &seed, "N", "seed of the random-routing control and of sampling");
        fl.add("device", &device, "NAME", DEVICE_HELP);
        fl.add("precision", &precision, "NAME", PRECISION_HELP);
        if (!fl.parse(argc, argv)) return 0;

        check_flag(S >= 1, "seq-len", S, "at least 1");
        if (M < 2 || M > S)
            fail("--prefix %d must be between 2 and --seq-len %d (the routers score tokens 2..M given the ones before)", M, S);
        check_flag(batch >= 1, "batch", batch, "at least 1");
        std::vector<Baseline> baselines = {{"dense_batch", "dense (E x batch)", dense_batch},
                                           {"dense_steps", "dense (E x steps)", dense_steps}};
        if (!tasks_text.empty()) {
            // The mixture needs routers and experts; a dense model alone needs neither.
            if (routers_dir.empty() != experts_pattern.empty())
                fail("--tasks: give both --routers and --experts (the mixture), or neither (dense models only)");
            if (routers_dir.empty() && dense_batch.empty() && dense_steps.empty())
                fail("--tasks: no model to score: give --routers and --experts, or --dense-batch / --dense-steps FILE");
            check_flag(max_items >= 0, "max-items", max_items, ">= 0 (0: all)");
            std::vector<std::string> task_paths = comma_list(tasks_text), experts;
            for (const std::string& p : task_paths) if (p.empty()) fail("--tasks '%s': an empty file name", tasks_text.c_str());
            Routers routers;  // none: dense models only
            if (!routers_dir.empty()) {
                routers = open_routers(routers_dir);
                experts = expert_paths(experts_pattern, routers.E);
            }
            if (!json_path.empty()) check_output_file("json", json_path);
            Device dev = choose_device(device, precision);
            return evaluate_tasks(routers, experts, baselines, task_paths, tokenizer, M, max_items, batch, (uint64_t)seed, dev,
                                  json_path);
        }
        if (routers_dir.empty()) fail("./infer: --routers DIR is required (see --help)");
        if (experts_pattern.empty()) fail("./infer: --experts PATTERN is required (see --help)");
        Routers routers = open_routers(routers_dir);
        // The default sweep leaves out prefixes longer than S or than the routers were trained on.
        std::vector<int> sweep;
        for (int p : comma_ints("sweep", sweep_text)) {
            if ((p > S || p > routers.max_prefix) && !fl.given("sweep")) continue;
            if (p < 2 || p > S) fail("--sweep prefix %d must be between 2 and --seq-len %d", p, S);
            sweep.push_back(p);
        }
        Device dev = choose_device(device, precision);
        std::vector<std::string> experts = expert_paths(experts_pattern, routers.E);
        if (!prompt.empty() || !prompt_ids.empty()) {
            if (!prompt.empty() && !prompt_ids.empty()) fail("give --prompt or --prompt-ids, not both");
            check_flag(max_new >= 0, "max-new-tokens", max_new, ">= 0");
            check_flag(temperature >= 0, "temperature", temperature, ">= 0 (0: greedy)");
            check_flag(top_k >= 0, "top-k", top_k, ">= 0 (0: all tokens)");
            check_flag(top_p > 0 && top_p <= 1, "top-p", top_p, "in (0, 1] (1: all tokens)");
            if (!json_path.empty()) fail("--json writes the evaluation's numbers; it has no meaning with --prompt");
            return generate(routers, experts, prompt, prompt_ids, tokenizer, M, max_new, (float)temperature, top_k,
                            (float)top_p, (uint64_t)seed, dev);
        }
        if (!json_path.empty()) check_output_file("json", json_path);  // before the evaluation, not after it
        return evaluate(routers, experts, baselines, tokens_path, S, M, sweep, max_sequences, batch, (uint64_t)seed, dev,
                        json_path);
    } catch (const std::exception& e) {
        fflush(stdout);
        fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
}
