// llama_eval.mjs — runs exported GGUF models inside llama.cpp, as the npm package node-llama-cpp ships it
// (pinned in package.json, installed by `make deps`), and writes what the tests compare with our engine
// (test/test_export.cu, test/test_pipeline.cpp): the token ids llama.cpp's tokenizer gives for some
// texts, the log-probability of every next token of some token sequences, and a greedy continuation.
//
//   node dev/gguf/llama_eval.mjs REQUESTS.json RESULTS.json
//
// REQUESTS: a list of {"model": "m.gguf", "texts": ["..."], "sequences": [[ids]], "greedy": {"prompt": [ids], "tokens": N}}
// RESULTS:  a list, in the same order, of {"tokens": [[ids]], "logprobs": [[log p(token 1 | token 0), ...]], "greedy": [ids]}
//
// One process answers every request: starting llama.cpp takes seconds, running these tiny models does not.
// The context keeps K and V in f32 (llama.cpp's default is f16) and does not use flash attention, so that
// an f32 model is compared with ours in f32 throughout. llama.cpp's CPU GELU still rounds through an f16
// table (ggml-cpu/vec.h, GGML_GELU_FP16): that, not the export, is most of what the f32 comparison shows.
import {readFileSync, writeFileSync} from "node:fs";
import {getLlama, LlamaLogLevel} from "node-llama-cpp";

const [requestPath, resultPath] = process.argv.slice(2);
if (!requestPath || !resultPath) {
    console.error("usage: node dev/gguf/llama_eval.mjs REQUESTS.json RESULTS.json");
    process.exit(2);
}
const requests = JSON.parse(readFileSync(requestPath, "utf8"));
const llama = await getLlama({gpu: false, build: "never", logLevel: LlamaLogLevel.error});
// Greedy sampler, no penalties: the probabilities are the plain softmax of the logits.
const plain = {temperature: 0};
const results = [];

for (const request of requests) {
    const model = await llama.loadModel({modelPath: request.model, gpuLayers: 0});
    const longest = Math.max(16, ...(request.sequences ?? []).map((s) => s.length),
                             (request.greedy?.prompt.length ?? 0) + (request.greedy?.tokens ?? 0));
    const context = await model.createContext({
        contextSize: longest, batchSize: longest, sequences: 1, flashAttention: false,
        experimentalKvCacheKeyType: "F32", experimentalKvCacheValueType: "F32",
    });
    const sequence = context.getSequence();
    const result = {tokens: [], logprobs: [], greedy: []};

    // The tokenizer: each text as llama.cpp tokenizes it (BOS is added at evaluation, not here).
    for (const text of request.texts ?? []) result.tokens.push(Array.from(model.tokenize(text, false)));

    // Every position's distribution over the next token.
    for (const ids of request.sequences ?? []) {
        await sequence.clearHistory();
        const out = await sequence.controlledEvaluate(ids.map((t) => [t, {generateNext: {probabilities: true, options: plain}}]));
        const lp = [];
        for (let i = 0; i + 1 < ids.length; i++) {
            const p = out[i]?.next?.probabilities?.get(ids[i + 1]);
            lp.push(p === undefined ? null : Math.log(p));
        }
        result.logprobs.push(lp);
    }

    // A greedy continuation of a prompt, one token at a time.
    if (request.greedy) {
        await sequence.clearHistory();
        const prompt = request.greedy.prompt;
        const out = await sequence.controlledEvaluate(prompt.map((t, i) =>
            i + 1 === prompt.length ? [t, {generateNext: {token: true, options: plain}}] : t));
        let next = out[prompt.length - 1]?.next?.token;
        while (next != null && result.greedy.length < request.greedy.tokens) {
            result.greedy.push(next);
            if (result.greedy.length === request.greedy.tokens) break;
            const step = await sequence.controlledEvaluate([[next, {generateNext: {token: true, options: plain}}]]);
            next = step[0]?.next?.token;
        }
    }
    results.push(result);
    await context.dispose();
    await model.dispose();
}
writeFileSync(resultPath, JSON.stringify(results));
