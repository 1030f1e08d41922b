# smalltalk.cu — `make` builds every program and tool; `make test` builds and runs the quick tests
# (minutes), `make test-all` every test (what CI runs).
#
# With nvcc (found on PATH or in /usr/local/cuda): CUDA code for sm_80 and sm_90 plus PTX, and
# cuBLAS. Without it, or with `make NO_CUDA=1`: the same sources as plain C++ (g++ and OpenMP),
# CPU-only. `make deps` installs the Debian packages the build and the tests need.

MAKEFLAGS += --no-builtin-rules
# Plain `make` and `make test` (what a newcomer types) use every core; an explicit -jN is respected.
ifeq ($(filter -j%,$(MAKEFLAGS)),)
  MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 2)
endif
.SUFFIXES:

CXX      ?= g++
CXXFLAGS ?= -O2 -g
# -fno-trapping-math (clang's default): we never read floating-point exception flags, and without it
# g++ will not vectorise loops with float comparisons in them, such as exp_cpu's (kernels/common.cuh).
CXXFLAGS += -std=c++17 -Wall -Wextra -fopenmp -fno-trapping-math -MMD -MP
LDLIBS   += -fopenmp
SPM_LIBS  = -lsentencepiece_train -lsentencepiece
GTEST_LIBS = -lgtest -lpthread

# CUDA: nvcc from PATH or /usr/local/cuda, unless NO_CUDA=1. Without it, .cu files compile as C++.
NVCC ?= $(shell command -v nvcc 2>/dev/null || { [ -x /usr/local/cuda/bin/nvcc ] && echo /usr/local/cuda/bin/nvcc; })
ifeq ($(NO_CUDA),1)
  NVCC :=
endif
ifneq ($(NVCC),)
  CUDA_LIB  = $(dir $(NVCC))../lib64
  CU        = $(NVCC) -x cu
  CUFLAGS   = -O2 -g -std=c++17 -MMD -MP -Xcompiler "-Wall -Wextra -fopenmp -fno-trapping-math" -Werror all-warnings \
              -gencode arch=compute_80,code=sm_80 -gencode arch=compute_90,code=[sm_90,compute_90]
  CU_LDFLAGS = -Xlinker -rpath=$(CUDA_LIB) -L$(CUDA_LIB)
  LINK      = $(NVCC) -Xcompiler -fopenmp $(CU_LDFLAGS)
  CU_LIBS   = -lcublasLt -lcublas
  BUILD_KIND = CUDA ($(NVCC))
else
  CU        = $(CXX) -x c++
  CUFLAGS   = $(CXXFLAGS)
  CU_LDFLAGS =
  LINK      = $(CXX) -fopenmp
  CU_LIBS   =
  BUILD_KIND = CPU-only (no nvcc$(if $(filter 1,$(NO_CUDA)), : NO_CUDA=1))
endif

# MPI (OpenMPI: Debian's libopenmpi-dev) for ranks, and NCCL (in the CUDA toolkit) for GPU gradient
# sums: both optional (common/dist.h). Without them the programs run as one process; NO_MPI=1 and
# NO_NCCL=1 leave them out. Another MPI: make MPI_CFLAGS="-DHAVE_MPI -I..." MPI_LIBS="-L... -lmpi".
MPICXX ?= $(shell command -v mpicxx 2>/dev/null)
ifneq ($(NO_MPI),1)
  ifneq ($(MPICXX),)
    ifeq ($(origin MPI_CFLAGS),undefined)
      MPI_CFLAGS := -DHAVE_MPI -DOMPI_SKIP_MPICXX -DMPICH_SKIP_MPICXX $(filter -I%,$(shell $(MPICXX) --showme:compile 2>/dev/null))
      MPI_LIBS   := $(filter-out -lmpi_cxx,$(filter -L% -l%,$(shell $(MPICXX) --showme:link 2>/dev/null)))
    endif
  endif
else
  MPI_CFLAGS :=
  MPI_LIBS :=
endif
ifneq ($(NVCC),)
  ifneq ($(NO_NCCL),1)
    # The toolkit's NCCL, or another: NCCL_HOME=DIR with include/nccl.h and lib/ or lib64/libnccl.so.2
    # (PyTorch's pip NCCL: NCCL_HOME=$$(python3 -c 'import nvidia.nccl as n; print(n.__path__[0])')).
    NCCL_HOME ?= $(dir $(NVCC))..
    NCCL_LIBDIR = $(firstword $(dir $(wildcard $(NCCL_HOME)/lib64/libnccl.so.2 $(NCCL_HOME)/lib/libnccl.so.2)))
    ifneq ($(and $(wildcard $(NCCL_HOME)/include/nccl.h),$(NCCL_LIBDIR)),)
      NCCL_CFLAGS = -DHAVE_NCCL -I$(NCCL_HOME)/include
      NCCL_LIBS   = -L$(NCCL_LIBDIR) -Xlinker -rpath=$(NCCL_LIBDIR) -l:libnccl.so.2
    endif
  endif
endif
DIST_KIND = MPI $(if $(MPI_CFLAGS),yes,no), NCCL $(if $(NCCL_CFLAGS),yes,no)
BUILD_KIND += | $(DIST_KIND)

# Objects remember which compiler made them: switching NO_CUDA rebuilds them instead of mixing.
BUILD_STAMP = .build_kind
$(shell echo '$(BUILD_KIND)' | cmp -s - $(BUILD_STAMP) || echo '$(BUILD_KIND)' > $(BUILD_STAMP))

DEBIAN_PACKAGES = build-essential libsentencepiece-dev sentencepiece libgtest-dev nlohmann-json3-dev python3 python3-torch \
                  python3-numpy python3-matplotlib groff-base xz-utils libopenmpi-dev openmpi-bin \
                  clang libclang-rt-dev wamerican

PROGRAMS = $(basename $(wildcard train_expert.cu train_router.cu segment.cu infer.cu))
TOOLS = data/tokenizer
TEST_BIN = test/run_tests
TEST_SRCS = test/main.cpp $(wildcard test/test_*.cpp)
TEST_CU_SRCS = $(wildcard test/test_*.cu)
BENCHES = $(patsubst %.cu,%,$(wildcard dev/cuda/*.cu))

.PHONY: all test test-all test-emu fuzz bench deps clean check-deps

all: check-deps $(PROGRAMS) $(TOOLS)
	@echo "built: $(PROGRAMS) $(TOOLS) -- $(BUILD_KIND)"
	@$(if $(MPI_CFLAGS),true,echo "note: no MPI (libopenmpi-dev): the programs run as one process only; 'make deps' installs it")

# The programs: one translation unit each, CUDA or plain C++ (see above).
%: %.cu $(BUILD_STAMP)
	$(CU) $(CUFLAGS) $(MPI_CFLAGS) $(NCCL_CFLAGS) $< -o $@ $(CU_LDFLAGS) $(CU_LIBS) $(MPI_LIBS) $(NCCL_LIBS)

# infer encodes text prompts with SentencePiece when the library is there (not on the GPU machine).
ifneq ($(wildcard /usr/include/sentencepiece_processor.h),)
infer: infer.cu $(BUILD_STAMP)
	$(CU) $(CUFLAGS) -DHAVE_SENTENCEPIECE $< -o $@ $(CU_LDFLAGS) $(CU_LIBS) -lsentencepiece
endif

# Fails early, with the exact command, when a Debian package is missing.
check-deps:
	@missing=""; \
	[ -f /usr/include/sentencepiece_processor.h ] || missing="$$missing libsentencepiece-dev"; \
	[ -f /usr/include/nlohmann/json.hpp ] || missing="$$missing nlohmann-json3-dev"; \
	if [ -n "$$missing" ]; then \
	  echo "missing Debian packages:$$missing -- run 'make deps' (or: sudo apt-get install$$missing)"; exit 1; fi

# Then llama.cpp, as the npm package node-llama-cpp ships it prebuilt (pinned in dev/gguf/package-lock.json),
# for the tests that run our exported GGUF files in it (test/test_export.cu). Needs Node.js 20 or later.
deps:
	@if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(DEBIAN_PACKAGES) && \
	if ! command -v npm > /dev/null; then DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq nodejs npm; fi
	cd dev/gguf && npm ci --no-audit --no-fund --loglevel=error

data/tokenizer: data/tokenizer.cpp $(BUILD_STAMP)
	$(CXX) $(CXXFLAGS) $< -o $@ $(SPM_LIBS) $(LDLIBS)

$(TEST_BIN): $(TEST_SRCS:.cpp=.o) $(TEST_CU_SRCS:.cu=.cu.o)
	$(LINK) $^ -o $@ $(SPM_LIBS) $(GTEST_LIBS) $(CU_LIBS)

test/%.o: test/%.cpp $(BUILD_STAMP)
	@[ -f /usr/include/gtest/gtest.h ] || { echo "missing Debian package libgtest-dev -- run 'make deps'"; exit 1; }
	$(CXX) $(CXXFLAGS) -c $< -o $@

test/%.cu.o: test/%.cu $(BUILD_STAMP)
	@[ -f /usr/include/gtest/gtest.h ] || { echo "missing Debian package libgtest-dev -- run 'make deps'"; exit 1; }
	$(CU) $(CUFLAGS) -c $< -o $@

# Kernel microbenchmarks (dev/cuda/README.md): each checks its versions against the reference, then times them.
bench: $(BENCHES)
	@echo "built: $(BENCHES) -- $(BUILD_KIND)"

# The GPU tests on the CPU emulator (test/emu/cuda_runtime.h): the CUDA kernels themselves run, one fiber
# per CUDA thread, under AddressSanitizer, so that they are tested on machines without a GPU. The sources
# are copied into build/emu with the launch syntax rewritten (test/emu/rewrite.pl), then compiled by g++
# with __CUDACC__ defined and test/emu first on the include path, in place of the toolkit.
EMU_DIR   = build/emu
EMU_BIN   = $(EMU_DIR)/run_tests
EMU_TESTS = test_attention test_kernels test_matmul test_model test_optimizer test_routing
# The dev/cuda headers: the CUDA code only the tests (and the benchmarks) run, not the programs.
EMU_SRCS  = $(wildcard kernels/*.cuh common/*.h) dev/cuda/flash_ladder.cuh dev/cuda/residual.cuh \
            test/helpers.h test/main.cpp test/test_files.cpp $(EMU_TESTS:%=test/%.cu) \
            test/emu/test_emu.cu test/emu/test_emu_programs.cu $(PROGRAMS:%=%.cu)
EMU_COPIES = $(EMU_SRCS:%=$(EMU_DIR)/%)
EMU_OBJS  = $(EMU_DIR)/test/main.o $(EMU_DIR)/test/test_files.o $(EMU_TESTS:%=$(EMU_DIR)/test/%.o) $(EMU_DIR)/test/emu/test_emu.o \
            $(EMU_DIR)/test/emu/test_emu_programs.o
# The programs too, so that their --device cuda paths (checkpoints, resume, evaluation) run in the tests.
EMU_PROGRAMS = $(PROGRAMS:%=$(EMU_DIR)/%)
EMU_FLAGS = -std=c++17 -O1 -g -fsanitize=address -fno-omit-frame-pointer -fopenmp -fno-trapping-math \
            -Wall -Wextra -D__CUDACC__ -Itest/emu -MMD -MP
# With them, the file readers' tests (test/test_files.cpp) run under AddressSanitizer: a read past a buffer shows.
EMU_FILTER = *.Cuda*:Emu.*:Header.*:AtomicFile.*:TokenFile.*:TokenWriter.*:Labels.*:Assignment.*:Scores.*:Checkpoint.*:OptimizerState.*:WrappingHeaders.*
EMU_RUN   = ASAN_OPTIONS=detect_leaks=0 $(EMU_BIN) --gtest_filter='$(EMU_FILTER)'

$(EMU_COPIES): $(EMU_DIR)/%: % test/emu/rewrite.pl
	@mkdir -p $(dir $@)
	@perl test/emu/rewrite.pl $< $@

EMU_HEADERS = $(EMU_COPIES) $(wildcard test/emu/*.h test/emu/cub/device/*.cuh)

$(EMU_DIR)/test/%.o: $(EMU_DIR)/test/%.cu $(EMU_HEADERS)
	$(CXX) $(EMU_FLAGS) -x c++ -c $< -o $@

$(EMU_PROGRAMS): $(EMU_DIR)/%: $(EMU_DIR)/%.cu $(EMU_HEADERS)
	$(CXX) $(EMU_FLAGS) -x c++ $< -o $@

$(EMU_DIR)/test/main.o: $(EMU_DIR)/test/main.cpp
	$(CXX) $(EMU_FLAGS) -c $< -o $@

$(EMU_DIR)/test/test_files.o: $(EMU_DIR)/test/test_files.cpp $(EMU_HEADERS)
	$(CXX) $(EMU_FLAGS) -c $< -o $@

$(EMU_BIN): $(EMU_OBJS) | $(EMU_PROGRAMS)
	$(CXX) -fsanitize=address -fopenmp $(EMU_OBJS) -o $@ $(GTEST_LIBS)

test-emu: $(EMU_BIN)
	$(EMU_RUN)

# ---- The two test commands. The tests run the programs and tools as a user would, from the repository root.
#
# make test      the quick check after a change (about 3 minutes on 2 cores after `make`): the unit tests, the
#                CPU path against PyTorch, the programs' refusals, resume and ranks; the core kernels on the CPU
#                emulator; 15 seconds of fuzzing the file readers.
# make test-all  everything (about 19 minutes on 2 cores): the same with llama.cpp running our GGUF files, the whole tiny
#                pipeline and the crossover's miniature, the first run's sample, every emulator test (the
#                programs' CUDA paths included) and a minute of fuzzing. CI runs it.
#
# These rules sit below the emulator's variables on purpose: make expands a rule's prerequisites where it
# reads the rule, and a variable not yet defined is an empty prerequisite.
QUICK_SKIP = Export.*:Pipeline.*:FirstRun.*
QUICK_FUZZ_SECONDS = 15

# Without a GPU, the CUDA half of the test runner could only skip, and nvcc takes minutes to build it for two
# architectures: the quick suite then builds the runner as plain C++ (the GPU tests are listed as skipped, and
# the CUDA kernels run on the emulator). With a GPU, or without nvcc, it is test/run_tests itself.
HAVE_GPU := $(shell nvidia-smi -L 2>/dev/null | grep -q '^GPU' && echo 1)
ifneq ($(and $(NVCC),$(if $(HAVE_GPU),,1)),)
  QUICK_TEST_BIN = build/cpu/run_tests
else
  QUICK_TEST_BIN = $(TEST_BIN)
endif
CPU_TEST_OBJS = $(TEST_SRCS:.cpp=.o) $(TEST_CU_SRCS:test/%.cu=build/cpu/test/%.o)

build/cpu/run_tests: $(CPU_TEST_OBJS)
	$(CXX) -fopenmp $^ -o $@ $(SPM_LIBS) $(GTEST_LIBS)

build/cpu/test/%.o: test/%.cu $(BUILD_STAMP)
	@[ -f /usr/include/gtest/gtest.h ] || { echo "missing Debian package libgtest-dev -- run 'make deps'"; exit 1; }
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS) -x c++ -c $< -o $@

# The core kernels on the emulator: the emulator's own tests and every kernel family, leaving the slowest
# checks (the unfused attention's three, flash attention's full sweep) and the programs to make test-all.
EMU_CORE_BIN    = $(EMU_DIR)/run_core
EMU_CORE_OBJS   = $(EMU_DIR)/test/main.o $(EMU_DIR)/test/emu/test_emu.o \
                  $(addprefix $(EMU_DIR)/test/,test_kernels.o test_matmul.o test_optimizer.o test_attention.o)
EMU_CORE_FILTER = Emu.*:*.Cuda*-Attention.CudaMatchesReference:Attention.CudaBf16MatchesReference:Attention.CudaIsDeterministic:FlashAttention.CudaMatchesReference
EMU_CORE_RUN    = ASAN_OPTIONS=detect_leaks=0 $(EMU_CORE_BIN) --gtest_filter='$(EMU_CORE_FILTER)'

$(EMU_CORE_BIN): $(EMU_CORE_OBJS)
	$(CXX) -fsanitize=address -fopenmp $^ -o $@ $(GTEST_LIBS)

test: all $(QUICK_TEST_BIN) $(EMU_CORE_BIN)
	./$(QUICK_TEST_BIN) --gtest_filter='-$(QUICK_SKIP)'
	@echo "== the core kernels on the CPU emulator (test/emu; every emulator test: make test-all)"
	$(EMU_CORE_RUN)
	@echo "== the file readers under libFuzzer ($(QUICK_FUZZ_SECONDS) s)"
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(QUICK_FUZZ_SECONDS)
	@echo "test: the quick suite passed (make test-all runs everything)"

test-all: all $(TEST_BIN) $(EMU_BIN)
	./$(TEST_BIN)
	@echo "== every GPU test on the CPU emulator (test/emu)"
	$(EMU_RUN)
	@echo "== the file readers under libFuzzer ($(FUZZ_SECONDS) s)"
	@$(MAKE) --no-print-directory fuzz
	@echo "test-all: every test passed"

# The file readers under libFuzzer (test/fuzz/fuzz_readers.cpp), with AddressSanitizer and UBSan, from
# seeds cut from data/default (test/fuzz/make_seeds.cpp). Needs clang and its runtime ('make deps');
# without them it says so and skips. A crash stops the run, saves the input as build/fuzz/crash-*, and fails.
FUZZ_SECONDS ?= 60
FUZZ_DIR  = build/fuzz
CLANGXX  ?= $(shell command -v clang++ 2>/dev/null)
FUZZ_FLAGS = -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined

$(FUZZ_DIR)/fuzz_readers: test/fuzz/fuzz_readers.cpp common/checkpoint.h common/files.h common/util.h
	@mkdir -p $(FUZZ_DIR)
	$(CLANGXX) $(FUZZ_FLAGS) $< -o $@

$(FUZZ_DIR)/make_seeds: test/fuzz/make_seeds.cpp common/files.h common/util.h
	@mkdir -p $(FUZZ_DIR)
	$(CXX) -std=c++17 -O1 -g $< -o $@

fuzz:
	@if [ -z "$(CLANGXX)" ] || ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' | $(CLANGXX) -x c++ -fsanitize=fuzzer -o /dev/null - 2>/dev/null; then \
	  echo "[  SKIPPED ] fuzz: clang++ with libFuzzer is not installed ('make deps' installs clang and libclang-rt-dev)"; \
	else \
	  $(MAKE) --no-print-directory $(FUZZ_DIR)/fuzz_readers $(FUZZ_DIR)/make_seeds && \
	  mkdir -p $(FUZZ_DIR)/corpus && $(FUZZ_DIR)/make_seeds $(FUZZ_DIR)/corpus && \
	  if $(FUZZ_DIR)/fuzz_readers -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	       -artifact_prefix=$(FUZZ_DIR)/ $(FUZZ_DIR)/corpus > $(FUZZ_DIR)/fuzz.log 2>&1; then \
	    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)|^Done' $(FUZZ_DIR)/fuzz.log; \
	    echo "fuzz: no crash in $(FUZZ_SECONDS) s ($(FUZZ_DIR)/fuzz.log)"; \
	  else \
	    tail -n 60 $(FUZZ_DIR)/fuzz.log; echo "fuzz: FAILED: the input that broke a reader is saved in $(FUZZ_DIR)/"; exit 1; \
	  fi; \
	fi

clean:
	rm -f $(PROGRAMS) $(TOOLS) $(TEST_BIN) $(BENCHES) $(BUILD_STAMP) *.d test/*.o test/*.d data/*.d dev/cuda/*.d
	rm -rf $(EMU_DIR) $(FUZZ_DIR) build/cpu

-include $(wildcard *.d test/*.d data/*.d dev/cuda/*.d build/cpu/test/*.d $(EMU_DIR)/*.d $(EMU_DIR)/test/*.d $(EMU_DIR)/test/emu/*.d)
