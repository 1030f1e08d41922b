// route.mjs — SmallTalk inference outside our engine: a prompt routed over an exported run
// (dev/export_gguf.py --run) with llama.cpp, as the npm package node-llama-cpp ships it, then continued
// by the chosen expert. The same routing as `./infer --prompt` (infer.cu): every router scores the
// prompt's first M tokens (BOS first), log p(x_t | x_<t) summed over t = 1 .. M-1, and the expert of
// the highest score generates.
//
//   (cd dev/gguf && npm ci)       # once; `make deps` does it
//   node dev/gguf/route.mjs out/gguf "int main(void)" [--max-new-tokens 64] [--temperature 0]
import {readFileSync} from "node:fs";
import path from "node:path";
import {getLlama, LlamaLogLevel} from "node-llama-cpp";

function usage(message) {
    if (message) console.error(`error: ${message}`);
    console.error("usage: node dev/gguf/route.mjs EXPORT_FOLDER PROMPT [--max-new-tokens N] [--temperature T]");
    process.exit(message ? 1 : 0);
}
const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) usage();
const flags = {"--max-new-tokens": 64, "--temperature": 0};
const positional = [];
for (let i = 0; i < args.length; i++) {
    if (args[i] in flags) {
        const value = Number(args[++i]);
        if (!Number.isFinite(value) || value < 0) usage(`${args[i - 1]} expects a number >= 0, got '${args[i]}'`);
        flags[args[i - 1]] = value;
    } else if (args[i].startsWith("--")) {
        usage(`unknown option ${args[i]}`);
    } else {
        positional.push(args[i]);
    }
}
if (positional.length !== 2) usage("give the export folder and the prompt");
const [folder, prompt] = positional;
let manifest;
try {
    manifest = JSON.parse(readFileSync(path.join(folder, "manifest.json"), "utf8"));
} catch (e) {
    usage(`${path.join(folder, "manifest.json")}: cannot read it (${e.message}); export a run with dev/export_gguf.py --run`);
}

const llama = await getLlama({gpu: false, build: "never", logLevel: LlamaLogLevel.error});
const plain = {temperature: 0};

// Route: each router's log-likelihood of the prompt's first M tokens.
let ids = null, best = 0, bestScore = -Infinity;
for (const [e, file] of manifest.routers.entries()) {
    const router = await llama.loadModel({modelPath: path.join(folder, file), gpuLayers: 0});
    if (ids === null) ids = [router.tokens.bos, ...router.tokenize(prompt, false)];
    const len = Math.min(manifest.prefix, ids.length);
    let score = 0;
    if (len >= 2) {
        const context = await router.createContext({contextSize: Math.max(len, 16), batchSize: Math.max(len, 16),
                                                    flashAttention: false, experimentalKvCacheKeyType: "F32", experimentalKvCacheValueType: "F32"});
        const out = await context.getSequence().controlledEvaluate(
            ids.slice(0, len).map((t) => [t, {generateNext: {probabilities: true, options: plain}}]));
        for (let t = 0; t + 1 < len; t++) score += Math.log(out[t].next.probabilities.get(ids[t + 1]));
        await context.dispose();
        console.log(`router ${String(e).padStart(2)}: log-likelihood ${score.toFixed(3).padStart(10)} of the first ${len} prompt tokens`);
    }
    if (score > bestScore) [best, bestScore] = [e, score];
    await router.dispose();
}
const expertFile = manifest.expert_files[best];
console.log(`expert ${best}: ${path.join(folder, expertFile)}`);

// Generate with the chosen expert: greedy at temperature 0, as infer; stops at BOS (a new document).
const expert = await llama.loadModel({modelPath: path.join(folder, expertFile), gpuLayers: 0});
const contextSize = expert.trainContextSize;
if (ids.length >= contextSize) usage(`the prompt has ${ids.length} tokens, but the expert's context holds ${contextSize}: shorten it`);
const context = await expert.createContext({contextSize, flashAttention: false,
                                            experimentalKvCacheKeyType: "F32", experimentalKvCacheValueType: "F32"});
const sequence = context.getSequence();
const sampling = flags["--temperature"] > 0 ? {temperature: flags["--temperature"]} : plain;
let out = await sequence.controlledEvaluate(ids.map((t, i) => i + 1 === ids.length ? [t, {generateNext: {token: true, options: sampling}}] : t));
let next = out[ids.length - 1]?.next?.token;
const generated = [];
while (next != null && next !== expert.tokens.bos && generated.length < flags["--max-new-tokens"]) {
    generated.push(next);
    if (ids.length + generated.length >= contextSize || generated.length === flags["--max-new-tokens"]) break;
    out = await sequence.controlledEvaluate([[next, {generateNext: {token: true, options: sampling}}]]);
    next = out[0]?.next?.token;
}
console.log(`prompt: ${prompt}`);
console.log(`continuation: ${expert.detokenize(generated)}`);
console.log(`continuation ids: ${generated.join(",")}`);
await context.dispose();
await expert.dispose();
