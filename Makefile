# smalltalk.cu — `make` builds every program and tool; `make test` builds and runs the tests.
#
# With nvcc (found on PATH or in /usr/local/cuda): CUDA code for sm_80 and sm_90 plus PTX, and
# cuBLAS. Without it, or with `make NO_CUDA=1`: the same sources as plain C++ (g++ and OpenMP),
# CPU-only. `make deps` installs the Debian packages the build and the tests need.

CXX      ?= g++
CXXFLAGS ?= -O2 -g
CXXFLAGS += -std=c++17 -Wall -Wextra -fopenmp -MMD -MP
LDLIBS   += -fopenmp
SPM_LIBS  = -lsentencepiece_train -lsentencepiece
GTEST_LIBS = -lgtest -pthread

DEBIAN_PACKAGES = build-essential libsentencepiece-dev sentencepiece libgtest-dev nlohmann-json3-dev python3

TOOLS = data/tokenizer
TEST_BIN = test/run_tests
TEST_SRCS = test/main.cpp $(wildcard test/test_*.cpp)

.PHONY: all test deps clean check-deps

all: check-deps $(TOOLS)

# Fails early, with the exact command, when a Debian package is missing.
check-deps:
	@missing=""; \
	[ -f /usr/include/sentencepiece_processor.h ] || missing="$$missing libsentencepiece-dev"; \
	[ -f /usr/include/nlohmann/json.hpp ] || missing="$$missing nlohmann-json3-dev"; \
	if [ -n "$$missing" ]; then \
	  echo "missing Debian packages:$$missing -- run 'make deps' (or: sudo apt-get install$$missing)"; exit 1; fi

deps:
	@if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(DEBIAN_PACKAGES)

data/tokenizer: data/tokenizer.cpp
	$(CXX) $(CXXFLAGS) $< -o $@ $(SPM_LIBS) $(LDLIBS)

$(TEST_BIN): $(TEST_SRCS:.cpp=.o)
	$(CXX) $(CXXFLAGS) $^ -o $@ $(SPM_LIBS) $(GTEST_LIBS) $(LDLIBS)

test/%.o: test/%.cpp
	@[ -f /usr/include/gtest/gtest.h ] || { echo "missing Debian package libgtest-dev -- run 'make deps'"; exit 1; }
	$(CXX) $(CXXFLAGS) -c $< -o $@

# The tests run the tools as a user would, from the repository root.
test: all $(TEST_BIN)
	./$(TEST_BIN)

clean:
	rm -f $(TOOLS) $(TEST_BIN) test/*.o test/*.d data/*.d

-include $(wildcard test/*.d data/*.d)
