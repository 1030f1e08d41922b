#!/usr/bin/env bash
# Where does the mixture start to beat the dense model? Runs scripts/pipeline.sh at several training
# budgets with E = 4, and at the largest budget with other numbers of experts, then draws the mixture's
# held-out perplexity against each dense baseline (Δ %) as a function of the training FLOPs
# (scripts/crossover.py): OUT/crossover.md, OUT/crossover.png, and each run's own results in OUT/E{E}_s{steps}/.
#
#   bash scripts/crossover.sh                       # the cpu size: E = 4 at 3 budgets and E = 8 at the largest, the
#                                                   #   dense models of the same total FLOPs, 3 seeds of E = 8 against
#                                                   #   its one (2 h 8 min on 2 cores; data/build_corpus.sh --cpu first)
#   bash scripts/crossover.sh --seeds ""            # the same without the seeds (1 h 24 min); run again with
#                                                   #   the seeds, it keeps the runs and adds them (44 min)
#   bash scripts/crossover.sh --steps 475,1900 --experts 4 --seeds ""
#   bash scripts/crossover.sh --router-em 8x8192 --seeds "" --out out/crossover_lr1e-2        # the 2026-12-06 runs
#   bash scripts/crossover.sh --lr 3e-3 --router-em 8x8192 --experts 2,4,8 --seeds "" --out out/crossover_lr3e-3   # 2026-12-04
#   bash scripts/crossover.sh --mini                # a miniature on data/default (CI: a couple of minutes)
#
# --steps lists each expert's steps at E = 4, one per budget; with E experts an expert trains
# steps x 4 / E, so that every run at one budget spends the same training FLOPs. --experts lists the
# numbers of experts run at the largest budget (4 is always run at every budget). At the largest budget,
# each E's dense model of E x the steps is also trained for the mixture's whole training FLOPs, the
# routers' EM and scoring included (RUN/dense_flops/: the comparison at equal total compute). --seeds lists
# the seeds run again for the largest E at the largest budget against that dense model (scripts/seeds.sh
# --dense dense_flops: the experts and the dense model, seed 0 being the run itself; "" = none). Runs are
# done largest budget first and a run whose results.json exists is kept, so a stopped crossover continues
# where it was. Runs with the same E reuse the first one's routers and segmentation (scripts/pipeline.sh
# --routers-from), and runs at one budget the first one's E x steps baseline, the same model at every E
# (--dense-from).
#
# --lr sets the experts' and dense models' peak learning rate (pipeline.sh --lr). At the cpu size it is
# 1e-2 unless given: tuned on the dense model (at 1,900 steps its held-out loss is 3.84 at pipeline.sh
# cpu's own 3e-3, 3.67 at 1e-2, worse at 2e-2), so that the dense baselines are trained as well as we can.
# --router-em ITERxSEQ sets the routers' EM (pipeline.sh --router-em): at the cpu size 16x8192 unless given,
# 16 iterations on 8,192 sequences, twice pipeline.sh cpu's own 8 (the routers' loss was still falling at
# the eighth; with 16 the segmentation's NMI went from 0.39 to 0.52 at E = 4 and the mixture's perplexity
# from 24.62 to 21.95, for 6 more points of the training FLOPs: docs/results.md).
# --precision sets every program's precision (pipeline.sh --precision); --router-channels C the routers'
# width (pipeline.sh --router-channels).
# --routers-from DIR lends DIR's routers and segmentation to the runs of its E where they came from the
# same commands (the routers do not depend on the budget nor on the experts' learning rate).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZE=cpu OUT="" STEPS="119,475,1900" EXPERTS="4,8" EXTRA=() DEVICE=auto ROUTERS_FROM=() LR="" ROUTER_EM="" SEEDS="1,2" MINI=0
usage() { sed -n '2,39p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --size) SIZE=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --steps) STEPS=$2; shift 2 ;;
    --experts) EXPERTS=$2; shift 2 ;;
    --data) EXTRA+=(--data "$2"); shift 2 ;;
    --device) DEVICE=$2; shift 2 ;;
    --lr) LR=$2; shift 2 ;;
    --seeds) SEEDS=$2; shift 2 ;;
    --precision) EXTRA+=(--precision "$2"); shift 2 ;;
    --router-channels) EXTRA+=(--router-channels "$2"); shift 2 ;;
    --router-em) ROUTER_EM=$2; shift 2 ;;
    --routers-from) ROUTERS_FROM+=("${2%/}"); shift 2 ;;
    --mini) SIZE=cpu STEPS="2,8" EXPERTS="2,4" SEEDS="" MINI=1 EXTRA+=(--data data/default) OUT=${OUT:-out/crossover_mini}; shift ;;
    -h|--help) usage 0 ;;
    *) echo "crossover.sh: unknown argument '$1'" >&2; usage 2 ;;
  esac
done
OUT=${OUT:-out/crossover_$SIZE}
[ -z "$LR" ] && [ "$SIZE" = cpu ] && [ $MINI = 0 ] && LR=1e-2
[ -n "$LR" ] && EXTRA+=(--lr "$LR")
[ -z "$ROUTER_EM" ] && [ $MINI = 1 ] && ROUTER_EM=2x256
[ -z "$ROUTER_EM" ] && [ "$SIZE" = cpu ] && ROUTER_EM=16x8192
[ -n "$ROUTER_EM" ] && EXTRA+=(--router-em "$ROUTER_EM")
IFS=, read -r -a steps <<< "$STEPS"
IFS=, read -r -a experts <<< "$EXPERTS"
for n in "${steps[@]}" "${experts[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "crossover.sh: --steps and --experts take lists of positive integers, not '$n'" >&2; exit 2; }
done
# Largest budget first: it is the one the claim is about, and the longest.
mapfile -t steps < <(printf '%s\n' "${steps[@]}" | sort -rn)
largest=${steps[0]}

runs=()  # "E steps" pairs
for s in "${steps[@]}"; do runs+=("4 $s"); done
for e in "${experts[@]}"; do
  [ "$e" = 4 ] && continue
  s=$((largest * 4 / e))
  [ $((largest * 4 % e)) -eq 0 ] || echo "crossover.sh: note: E = $e gets $s steps per expert (${largest} x 4 / $e, rounded down)"
  runs+=("$e $s")
done

mkdir -p "$OUT"
START=$SECONDS
i=0
for r in "${runs[@]}"; do
  read -r e s <<< "$r"
  i=$((i + 1))
  dir="$OUT/E${e}_s${s}"
  if [ -f "$dir/results.json" ]; then
    echo "== run $i/${#runs[@]}: E = $e, $s steps per expert: done before, kept ($dir)"
    continue
  fi
  echo "== run $i/${#runs[@]}: E = $e, $s steps per expert ($dir; log in $dir.log) at $((SECONDS - START)) s"
  # A run that stopped half-way is started again from scratch: its folder is not a finished run.
  rm -rf "$dir"
  # Runs of one E share their routers and segmentation (the same commands give the same files): the
  # first finished run of this E lends them to the others (pipeline.sh --routers-from checks the commands).
  reuse=()
  for other in "$OUT"/E${e}_s*/results.json; do
    [ -f "$other" ] && reuse=(--routers-from "$(dirname "$other")") && break
  done
  for other in "${ROUTERS_FROM[@]}"; do  # routers from outside OUT, for the runs of their E
    [ ${#reuse[@]} -eq 0 ] && [ -f "$other/routers.txt" ] && grep -q -- "--experts $e " "$other/routers.txt" && reuse=(--routers-from "$other")
  done
  # The E x steps baseline trains E x s steps whatever E is: a finished run of another E at this budget
  # lends its model (pipeline.sh --dense-from checks that the command is the same).
  for other in "$OUT"/E*_s*/results.json; do
    [ -f "$other" ] || continue
    o=$(basename "$(dirname "$other")")
    oe=${o#E}; oe=${oe%%_*}; os=${o##*_s}
    [ $((oe * os)) -eq $((e * s)) ] && reuse+=(--dense-from "$(dirname "$other")") && break
  done
  if ! bash scripts/pipeline.sh "$SIZE" --experts "$e" --expert-steps "$s" "${EXTRA[@]}" "${reuse[@]}" --device "$DEVICE" --out "$dir" > "$dir.log" 2>&1; then
    echo "crossover.sh: the run E = $e, $s steps failed; the end of $dir.log:" >&2
    tail -n 20 "$dir.log" >&2
    exit 1
  fi
  grep -E "^== 1-2/5" "$dir.log" | sed 's/^/   /' || true
  grep -E "^\| perplexity" "$dir/results.md" | sed 's/^/   /'
done

# Equal total compute: at the largest budget, each E's dense model of E x the steps is trained again for the
# mixture's whole training FLOPs, the routers' EM and scoring included (the baselines above get the
# experts' FLOPs only, as in the paper), and evaluated on the same held-out sequences: RUN/dense_flops.json.
PY=$(command -v /usr/bin/python3 || command -v python3)
for e in "${experts[@]}"; do
  dir="$OUT/E${e}_s$((largest * 4 / e))"
  [ -f "$dir/dense_flops.json" ] && { echo "== E = $e: the dense model of the same total FLOPs: done before, kept"; continue; }
  n=$("$PY" scripts/crossover.py --dense-flops-steps "$dir")
  cmd=$(head -n 1 "$dir/dense_steps.txt" | sed 's/^+ //' | sed -E "s#--out [^ ]+#--out $dir/dense_flops#; s#--steps [0-9]+#--steps $n#")
  echo "== E = $e: the dense model of the same total FLOPs, $n steps ($dir/dense_flops.txt) at $((SECONDS - START)) s"
  if ! { [ -f "$dir/dense_flops/model.ckpt" ] && [ "$(head -n 1 "$dir/dense_flops.txt")" = "+ $cmd" ] && grep -q '^done' "$dir/dense_flops.txt"; }; then
    echo "+ $cmd" > "$dir/dense_flops.txt"
    # shellcheck disable=SC2086
    $cmd >> "$dir/dense_flops.txt" 2>&1 || { echo "crossover.sh: $dir/dense_flops failed; its end:" >&2; tail -n 5 "$dir/dense_flops.txt" >&2; exit 1; }
  fi
  # The run's own inference command with this one dense model (infer names it dense_steps in its JSON).
  infer=$(head -n 1 "$dir/infer.txt" | sed 's/^+ //' | sed -E "s# --dense-batch [^ ]+##; s#--dense-steps [^ ]+#--dense-steps $dir/dense_flops/model.ckpt#; s#--json [^ ]+#--json $dir/dense_flops.json.tmp#")
  # shellcheck disable=SC2086
  $infer --sweep "" > "$dir/dense_flops_infer.txt" 2>&1 || { echo "crossover.sh: infer on $dir/dense_flops failed: $dir/dense_flops_infer.txt" >&2; exit 1; }
  mv "$dir/dense_flops.json.tmp" "$dir/dense_flops.json"
  grep -E '^(mixture \(routed\)|dense)' "$dir/dense_flops_infer.txt" | sed 's/^/   /' || true
done
if [ -n "$SEEDS" ]; then
  # The deciding comparison: the largest E against the dense model of the same total FLOPs.
  e=$(printf '%s\n' "${experts[@]}" | sort -n | tail -n 1)
  run="$OUT/E${e}_s$((largest * 4 / e))"
  echo "== seeds $SEEDS of E = $e against the dense model of the same total FLOPs ($run/seeds_dense_flops.md) at $((SECONDS - START)) s"
  bash scripts/seeds.sh "$run" --dense dense_flops --seeds "$SEEDS" > "$run.seeds.log" 2>&1 ||
    { echo "crossover.sh: the seeds failed; the end of $run.seeds.log:" >&2; tail -n 20 "$run.seeds.log" >&2; exit 1; }
fi
"$PY" scripts/crossover.py "$OUT" --size "$SIZE" > "$OUT/crossover.md"
cat "$OUT/crossover.md"
echo "== done in $((SECONDS - START)) s: $OUT/crossover.md, $OUT/crossover.png"
