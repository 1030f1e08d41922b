#!/usr/bin/env bash
# Is a finished run's margin more than noise? Trains a pipeline run's experts and its dense model of
# E x the steps again with other seeds (the initialisation and the data order; the routers and the
# segmentation stay the run's own), evaluates each seed's mixture and dense model with infer on the same
# held-out sequences, and writes RUN/seeds.md: each seed's perplexity, the mean and spread of each, and
# whether the margin lies outside both spreads. The seed-0 figures are the run's own results.json.
#
#   bash scripts/seeds.sh out/crossover_lr1e-2/E4_s1900 --seeds 1,2
#
# Each seed goes to RUN/seed_K/ (expert_E/, dense_steps/, results.json). A seed whose results.json exists
# is kept, so a stopped run continues where it was. The commands are the run's own, read from the first
# line of RUN/expert_E.txt and RUN/dense_steps.txt, with --seed K added and the output folder changed.
# The paper's dense baseline (dense_batch) is not retrained: it is the weaker of the two at every budget
# we ran. BIN: the folder of infer (default: the repository root); the training commands are the run's.
#
# --dense dense_flops compares with the dense model given the routers' FLOPs as well (RUN/dense_flops/,
# which scripts/crossover.sh trains) instead: it retrains that one, shares the seeds' experts, and writes
# RUN/seed_K/results_dense_flops.json and RUN/seeds_dense_flops.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUN="" SEEDS="1,2" DENSE=dense_steps
usage() { sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --seeds) SEEDS=$2; shift 2 ;;
    --dense) DENSE=$2; shift 2 ;;
    -h|--help) usage 0 ;;
    -*) echo "seeds.sh: unknown argument '$1'" >&2; usage 2 ;;
    *) [ -z "$RUN" ] || { echo "seeds.sh: one run folder, not '$RUN' and '$1'" >&2; exit 2; }; RUN=${1%/}; shift ;;
  esac
done
[ -n "$RUN" ] || { echo "seeds.sh: which run? (bash scripts/seeds.sh RUN --seeds 1,2)" >&2; exit 2; }
[ -f "$RUN/results.json" ] || { echo "seeds.sh: $RUN/results.json is missing: seeds.sh needs a finished scripts/pipeline.sh run" >&2; exit 1; }
IFS=, read -r -a seeds <<< "$SEEDS"
for k in "${seeds[@]}"; do
  [[ "$k" =~ ^[1-9][0-9]*$ ]] || { echo "seeds.sh: --seeds takes a list of positive integers (seed 0 is the run itself), not '$k'" >&2; exit 2; }
done
E=$(ls -d "$RUN"/expert_* 2>/dev/null | grep -cE '/expert_[0-9]+$' || true)
[ "$E" -gt 0 ] && [ -f "$RUN/dense_steps.txt" ] || { echo "seeds.sh: $RUN has no expert_*/ or dense_steps.txt" >&2; exit 1; }
case "$DENSE" in
  dense_steps) RESULT=results.json SEED0=results.json REPORT=seeds.md LOG=infer.txt ;;
  dense_flops) RESULT=results_dense_flops.json SEED0=dense_flops.json REPORT=seeds_dense_flops.md LOG=infer_dense_flops.txt ;;
  *) echo "seeds.sh: --dense takes dense_steps or dense_flops, not '$DENSE'" >&2; exit 2 ;;
esac
[ -f "$RUN/$DENSE.txt" ] && [ -f "$RUN/$SEED0" ] ||
  { echo "seeds.sh: $RUN has no finished $DENSE ($DENSE.txt and $SEED0): scripts/crossover.sh trains it" >&2; exit 1; }
infer_cmd=$(head -n 1 "$RUN/infer.txt" | sed 's/^+ //')
S=$(echo "$infer_cmd" | grep -oE -- '--seq-len [0-9]+' | cut -d ' ' -f 2)
M=$(echo "$infer_cmd" | grep -oE -- '--prefix [0-9]+' | cut -d ' ' -f 2)
VAL=$(echo "$infer_cmd" | grep -oE -- '--tokens [^ ]+' | cut -d ' ' -f 2)
DEVICE=$(echo "$infer_cmd" | grep -oE -- '--device [^ ]+' | cut -d ' ' -f 2)

# train NAME SEED_DIR K: the run's command for NAME with its output in SEED_DIR and --seed K.
train() {
  local name=$1 dir=$2 k=$3 cmd
  cmd=$(head -n 1 "$RUN/$name.txt" | sed 's/^+ //')
  [[ "$cmd" == *train_expert\ * ]] || { echo "seeds.sh: $RUN/$name.txt does not start with the train_expert command" >&2; exit 1; }
  cmd=$(echo "$cmd" | sed "s#--out [^ ]*#--out $dir/$name#")
  if [ -f "$dir/$name/model.ckpt" ] && grep -q '^done' "$dir/$name.txt" 2>/dev/null; then
    echo "   $name: done before, kept"
    return
  fi
  echo "+ $cmd --seed $k" > "$dir/$name.txt"
  echo "   $name (seed $k) at $((SECONDS - START)) s"
  # shellcheck disable=SC2086
  $cmd --seed "$k" >> "$dir/$name.txt" 2>&1 || { echo "seeds.sh: $name, seed $k, failed; the end of $dir/$name.txt:" >&2; tail -n 5 "$dir/$name.txt" >&2; exit 1; }
  grep -E '^val' "$dir/$name.txt" | tail -n 1 | sed 's/^/      /'
}

START=$SECONDS
for k in "${seeds[@]}"; do
  dir="$RUN/seed_$k"
  if [ -f "$dir/$RESULT" ]; then echo "== seed $k: done before, kept ($dir/$RESULT)"; continue; fi
  echo "== seed $k: $E experts and $DENSE ($dir)"
  mkdir -p "$dir"
  for ((e = 0; e < E; e++)); do train "expert_$e" "$dir" "$k"; done
  train "$DENSE" "$dir" "$k"
  # infer calls any single dense model "dense_steps" in its JSON, whichever one it is given.
  "${BIN:-.}/infer" --routers "$RUN/routers" --experts "$dir/expert_{e}/model.ckpt" --dense-steps "$dir/$DENSE/model.ckpt" \
    --tokens "$VAL" --seq-len "$S" --prefix "$M" --sweep "" --json "$dir/$RESULT.tmp" --device "$DEVICE" > "$dir/$LOG"
  mv "$dir/$RESULT.tmp" "$dir/$RESULT"
done

dense_steps=$(head -n 1 "$RUN/$DENSE.txt" | grep -oE -- '--steps [0-9]+' | cut -d ' ' -f 2)
"$(command -v /usr/bin/python3 || command -v python3)" - "$RUN" "$SEED0" "$RESULT" "$DENSE" "$dense_steps" "${seeds[@]}" > "$RUN/$REPORT" <<'PY'
import json, os, sys
run, seed0, result, dense, dense_steps = sys.argv[1:6]
seeds = [0] + [int(k) for k in sys.argv[6:]]
def res(k):
    return json.load(open(os.path.join(run, seed0 if k == 0 else f"seed_{k}/{result}")))
rows = {k: res(k) for k in seeds}
name = ("the dense model of E x the steps" if dense == "dense_steps" else
        f"the dense model of the same training FLOPs, routers counted ({dense_steps} steps)")
print(f"## Seeds of {os.path.basename(run)}: the mixture and {name}\n")
print("Each seed retrains the experts and the dense model (initialisation and data order); the routers and the")
print(f"segmentation are the run's own. Perplexity on the same {rows[0]['sequences']} held-out sequences of {rows[0]['tokens']}.\n")
short = "dense, E× steps" if dense == "dense_steps" else "dense, same FLOPs"
print(f"| seed | mixture, all tokens | {short} | Δ | mixture, after the prefix | dense, after the prefix | Δ |")
print("|---:|---:|---:|---:|---:|---:|---:|")
d = lambda a, b: 100 * (a - b) / b
for k, r in rows.items():
    m, s = r["mixture"], r["dense_steps"]
    print(f"| {k} | {m['ppl']:.2f} | {s['ppl']:.2f} | {d(m['ppl'], s['ppl']):+.1f} % | {m['ppl_after_prefix']:.2f} | "
          f"{s['ppl_after_prefix']:.2f} | {d(m['ppl_after_prefix'], s['ppl_after_prefix']):+.1f} % |")
print()
for key, what in (("ppl", "all tokens"), ("ppl_after_prefix", "tokens after the prefix")):
    m = [r["mixture"][key] for r in rows.values()]
    s = [r["dense_steps"][key] for r in rows.values()]
    mm, sm = sum(m) / len(m), sum(s) / len(s)
    apart = max(m) < min(s) or min(m) > max(s)
    better = "mixture" if mm < sm else "dense model"
    print(f"- {what}: mixture {mm:.2f} (seeds {min(m):.2f}–{max(m):.2f}), dense {sm:.2f} ({min(s):.2f}–{max(s):.2f}); "
          f"Δ of the means {d(mm, sm):+.1f} %, the {better} better; "
          + ("the two spreads do not overlap." if apart else "the spreads overlap: not decided by these seeds."))
PY
cat "$RUN/$REPORT"
echo "== done in $((SECONDS - START)) s: $RUN/$REPORT"
