// tasks.h — multiple-choice tasks, scored zero-shot as lm-eval-harness scores them: each choice is a
// continuation of the item's context, and a model picks the choice it finds most likely.
//
// A task file is JSON Lines, one item per line (docs/formats.md):
//     {"context": "The man opened the door and", "choices": [" sat down.", " flew away."], "label": 0}
//
// Tokens, as lm-eval-harness makes them: the context starts with BOS, as every training document does;
// a choice's tokens are those of encode(context + choice) after the first |encode(context)| of them,
// with the context's trailing spaces moved to the start of the choice first (so that " sat" is one word,
// not a space and a word). For each choice and each model:
//     ll        log p(choice | BOS, context), summed over the choice's tokens;
//     ll_alone  log p(choice | BOS), the choice encoded on its own after BOS, without its leading spaces:
//               SentencePiece marks a word's space itself (▁said), so " said" alone would gain a token
//               that a choice following the context never has.
// Three rules pick a choice (ties: the first):
//     acc              argmax ll
//     acc_norm         argmax ll / bytes(choice)     (longer choices are not penalised for length)
//     acc_mutual_info  argmax ll - ll_alone          (how much the context raised the choice's probability)
// Each rule's accuracy comes with a 95 % Wilson interval.
//
// Reading a task file needs a tokenizer (an Encoder) and nlohmann/json (make deps installs it); the
// scoring needs neither.
#pragma once

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "model.h"
#include "util.h"

#if __has_include(<nlohmann/json.hpp>)
#include <nlohmann/json.hpp>
#define HAVE_JSON 1
#endif

// ----------------------------------------------------------------------------
// items: text to tokens

struct TaskItem {
    std::vector<int> context;               // BOS, then the context's tokens
    std::vector<std::vector<int>> choices;  // each choice's tokens, following the context's
    std::vector<std::vector<int>> alone;    // each choice's tokens encoded on its own, leading spaces dropped (after BOS)
    std::vector<double> bytes;              // each choice's length in bytes, the moved spaces included
    int label = 0;
};

struct Task {
    std::string path, name;  // name: the file's name without folder and .jsonl
    std::vector<TaskItem> items;
};

using Encoder = std::function<std::vector<int>(const std::string&)>;

// One item from its text; `where` names it in errors ("FILE:LINE"). Refuses what would be scored wrong:
// an empty context or choice (after tokenisation too), fewer than 2 choices, a label out of range.
inline TaskItem make_task_item(const std::string& context_text, const std::vector<std::string>& choice_texts, int label,
                               const Encoder& encode, int bos, const std::string& where) {
    if (choice_texts.size() < 2) fail("%s: \"choices\" has %zu entries; a multiple-choice item needs at least 2", where.c_str(), choice_texts.size());
    if (label < 0 || label >= (int)choice_texts.size())
        fail("%s: \"label\" %d is out of range: there are %zu choices (0-based)", where.c_str(), label, choice_texts.size());
    // The context's trailing spaces belong to the choice (lm-eval-harness does the same).
    size_t end = context_text.find_last_not_of(' ');
    std::string context = end == std::string::npos ? "" : context_text.substr(0, end + 1);
    std::string moved = context_text.substr(context.size());
    TaskItem item;
    item.label = label;
    std::vector<int> ctx = encode(context);
    if (ctx.empty()) fail("%s: \"context\" is empty after tokenisation (\"%s\")", where.c_str(), context_text.c_str());
    item.context.push_back(bos);
    item.context.insert(item.context.end(), ctx.begin(), ctx.end());
    for (size_t k = 0; k < choice_texts.size(); k++) {
        std::string choice = moved + choice_texts[k];
        std::vector<int> whole = encode(context + choice);
        std::vector<int> tail(whole.begin() + std::min(whole.size(), ctx.size()), whole.end());
        std::vector<int> alone = encode(choice.substr(std::min(choice.size(), choice.find_first_not_of(' '))));
        if (choice_texts[k].empty() || tail.empty() || alone.empty())
            fail("%s: choice %zu (\"%s\") is empty after tokenisation; every choice needs at least one token", where.c_str(), k,
                 choice_texts[k].c_str());
        item.choices.push_back(tail);
        item.alone.push_back(alone);
        item.bytes.push_back((double)choice.size());
    }
    return item;
}

#ifdef HAVE_JSON
// A task file, every line checked; errors name the file, the line and the field. max_items > 0 keeps the
// first max_items items only.
inline Task read_task(const std::string& path, const Encoder& encode, int bos, int64_t max_items = 0) {
    FILE* f = fopen(path.c_str(), "rb");
    if (!f) fail("--tasks %s: cannot open (%s)", path.c_str(), strerror(errno));
    Task task;
    task.path = path;
    task.name = path.substr(path.rfind('/') + 1);
    if (task.name.size() > 6 && task.name.compare(task.name.size() - 6, 6, ".jsonl") == 0) task.name.resize(task.name.size() - 6);
    std::string line;
    int64_t number = 0;
    for (int ch = 0; ch != EOF && (max_items <= 0 || (int64_t)task.items.size() < max_items);) {
        line.clear();
        while ((ch = fgetc(f)) != EOF && ch != '\n') line += (char)ch;
        number++;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines (and the last newline)
        std::string where = path + ":" + std::to_string(number);
        // nlohmann/json keeps the last of two equal keys; a file that says "label" twice is refused instead.
        std::vector<std::vector<std::string>> keys;  // of each object being read, innermost last
        std::string twice;
        auto watch = [&](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
            using E = nlohmann::json::parse_event_t;
            if (event == E::object_start) keys.emplace_back();
            if (event == E::object_end) keys.pop_back();
            if (event == E::key) {
                std::string k = parsed.get<std::string>();
                if (std::find(keys.back().begin(), keys.back().end(), k) != keys.back().end()) twice = k;
                keys.back().push_back(k);
            }
            return true;
        };
        nlohmann::json j;
        try {
            j = nlohmann::json::parse(line, watch);
        } catch (const std::exception& e) {
            fclose(f);
            fail("%s: not a JSON object (%s); each line is {\"context\": ..., \"choices\": [...], \"label\": i}", where.c_str(), e.what());
        }
        if (!twice.empty()) {
            fclose(f);
            fail("%s: field \"%s\" appears twice", where.c_str(), twice.c_str());
        }
        auto need = [&](const char* field, bool ok, const char* what) {
            if (!ok) {
                fclose(f);
                fail("%s: field \"%s\" %s", where.c_str(), field, what);
            }
        };
        need("context", j.is_object() && j.contains("context"), "is missing");
        need("context", j["context"].is_string(), "must be a string");
        need("choices", j.contains("choices"), "is missing");
        need("choices", j["choices"].is_array(), "must be a list of strings");
        need("label", j.contains("label"), "is missing");
        need("label", j["label"].is_number_integer(), "must be an integer (the 0-based index of the right choice)");
        std::vector<std::string> choices;
        for (const auto& c : j["choices"]) {
            need("choices", c.is_string(), "must be a list of strings");
            choices.push_back(c.get<std::string>());
        }
        int64_t label = j["label"].get<int64_t>();
        need("label", label >= 0 && label < (int64_t)choices.size(), ("is " + std::to_string(label) + ", outside the " +
                                                                       std::to_string(choices.size()) + " choices").c_str());
        task.items.push_back(make_task_item(j["context"].get<std::string>(), choices, (int)label, encode, bos, where));
    }
    fclose(f);
    if (task.items.empty()) fail("--tasks %s: no items in it", path.c_str());
    return task;
}
#endif

// ----------------------------------------------------------------------------
// scoring

// log p(cont | prefix) under the model for many (prefix, cont) pairs, summed over cont's tokens. Batched:
// in order of length, `batch` sequences per forward, each padded on the right to the longest of its batch
// (causal attention: what follows a token changes nothing before it). A sequence longer than the model's
// context loses tokens at the start of its prefix, as lm-eval-harness truncates. The model is one just
// created or loaded (this allocates its activations). progress: a name for a line on stderr every 5 s.
struct ContinuationRequest {
    const std::vector<int>* prefix;
    const std::vector<int>* cont;
};

inline std::vector<double> continuation_logprobs(Model& m, const std::vector<ContinuationRequest>& requests, int batch,
                                                 const char* progress = nullptr) {
    int n = (int)requests.size(), window = m.cfg.max_T + 1;  // tokens a sequence may have: max_T inputs, one more target
    std::vector<double> out(n, 0.0);
    if (n == 0) return out;
    std::vector<int> order(n), length(n);
    for (int i = 0; i < n; i++) {
        const ContinuationRequest& r = requests[i];
        if ((int)r.cont->size() >= window)
            fail("a choice of %zu tokens does not fit the model's context of %d tokens", r.cont->size(), m.cfg.max_T);
        length[i] = std::min<int>(window, (int)(r.prefix->size() + r.cont->size()));
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return length[a] > length[b]; });
    model_allocate(m, std::min(batch, n), length[order[0]] - 1, /*training=*/false);
    std::vector<int> in, tg, seq;
    double t0 = now_seconds(), shown = t0;
    for (int start = 0; start < n; start += batch) {
        int B = std::min(batch, n - start), T = length[order[start]] - 1;  // the batch's longest, first in order
        in.assign((size_t)B * T, 0);
        tg.assign((size_t)B * T, 0);
        for (int b = 0; b < B; b++) {
            const ContinuationRequest& r = requests[order[start + b]];
            seq.assign(r.prefix->begin(), r.prefix->end());
            seq.insert(seq.end(), r.cont->begin(), r.cont->end());
            seq.erase(seq.begin(), seq.begin() + (seq.size() - length[order[start + b]]));  // truncate on the left
            for (size_t t = 0; t + 1 < seq.size(); t++) {
                in[(size_t)b * T + t] = seq[t];
                tg[(size_t)b * T + t] = seq[t + 1];
            }
        }
        model_forward(m, in.data(), tg.data(), B, T);
        for (int b = 0; b < B; b++) {
            int i = order[start + b], len = length[i], count = (int)requests[i].cont->size();
            double sum = 0;  // the targets at sequence positions len - count .. len - 1: inputs len - count - 1 ..
            for (int t = len - count - 1; t < len - 1; t++) sum -= m.losses_host[(size_t)b * T + t];
            out[i] = sum;
        }
        double now = now_seconds();
        if (progress && now - shown >= 5) {
            fprintf(stderr, "%s: %d of %d sequences | %.0f sequences/s\n", progress, start + B, n, (start + B) / (now - t0));
            shown = now;
        }
    }
    return out;
}

// The index of the largest value, the first of equals (as numpy's argmax).
inline int argmax_first(const std::vector<double>& v) {
    int best = 0;
    for (int k = 1; k < (int)v.size(); k++)
        if (v[k] > v[best]) best = k;
    return best;
}

// One model's choice of each item of a task under each rule, from its log-likelihoods.
struct TaskPredictions {
    std::vector<int> acc, norm, mi;
};

// ll[i][k], alone[i][k]: item i's choice k, log p(choice | context) and log p(choice | BOS).
inline TaskPredictions predict(const Task& task, const std::vector<std::vector<double>>& ll,
                               const std::vector<std::vector<double>>& alone) {
    TaskPredictions p;
    for (size_t i = 0; i < task.items.size(); i++) {
        size_t K = task.items[i].choices.size();
        std::vector<double> norm(K), mi(K);
        for (size_t k = 0; k < K; k++) {
            norm[k] = ll[i][k] / task.items[i].bytes[k];
            mi[k] = ll[i][k] - alone[i][k];
        }
        p.acc.push_back(argmax_first(ll[i]));
        p.norm.push_back(argmax_first(norm));
        p.mi.push_back(argmax_first(mi));
    }
    return p;
}

struct Accuracy {
    double value = 0, lo = 0, hi = 0;  // the share right, and its 95 % Wilson interval
};

// The Wilson score interval: unlike value ± 1.96 standard errors it stays inside [0, 1] and keeps its
// coverage for small tasks and accuracies near 0 or 1.
inline Accuracy accuracy(const Task& task, const std::vector<int>& pred) {
    double n = (double)task.items.size(), right = 0, z = 1.959963984540054;
    for (size_t i = 0; i < task.items.size(); i++) right += pred[i] == task.items[i].label;
    Accuracy a;
    a.value = right / n;
    double center = (a.value + z * z / (2 * n)) / (1 + z * z / n);
    double half = z / (1 + z * z / n) * sqrt(a.value * (1 - a.value) / n + z * z / (4 * n * n));
    a.lo = std::max(0.0, center - half);
    a.hi = std::min(1.0, center + half);
    return a;
}

// The accuracy of guessing: the mean over items of 1 / their number of choices.
inline double chance_accuracy(const Task& task) {
    double sum = 0;
    for (const TaskItem& it : task.items) sum += 1.0 / it.choices.size();
    return sum / task.items.size();
}
