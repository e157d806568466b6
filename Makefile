# Thin entry points; the work is in scripts/ and CMake.
BUILD ?= build
JOBS  ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all setup build demo test bench clean fuzz fuzz-build sanitize

all: build

setup:
	@scripts/setup.sh

$(BUILD)/CMakeCache.txt: | setup
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: setup $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# The demo needs only the kg tool, not the tests, fuzz replays and benchmarks.
demo: setup $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) --target kg -j $(JOBS)
	@scripts/demo.sh $(BUILD)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@scripts/bench.sh $(BUILD)

clean:
	rm -rf $(BUILD)

# libFuzzer targets (fuzz/), built with clang in $(FUZZ_BUILD) and run for FUZZ_SECONDS each,
# FUZZ_JOBS at a time: make fuzz FUZZ_SECONDS=1800 FUZZ_TARGETS="read_html extract"
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_JOBS    ?= 1
FUZZ_TARGETS ?=

fuzz-build:
	@scripts/setup.sh --fuzz
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_CXX_COMPILER=clang++-14 -DKG_FUZZ=ON -DKG_BUILD_TESTS=OFF \
	  -DKG_BUILD_EXAMPLES=OFF -DKG_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
	cmake --build $(FUZZ_BUILD) --target fuzz_all -j $(JOBS)

fuzz: fuzz-build
	fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_JOBS) $(FUZZ_TARGETS)

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer (g++).
SANITIZE_BUILD ?= build-sanitize
# -O1 -g1: about half the compile time of -O2 -g, still line numbers in every report; no test
# labels (finding them starts every sanitized test program once per test case).
SANITIZE_FLAGS ?= -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DKG_TEST_LABELS=OFF

# SANITIZE_SKIP: tests left out of the sanitized run only, to keep CI under its 30 minutes; each
# runs unchanged in `make test`. They are the heaviest under the sanitizers (about 300 s of CPU
# together): the kill -9 tests, whose subject is what a killed process leaves, and the
# random-sequence comparisons of snapshots with builds from every document, whose code every other
# snapshot test also runs under the sanitizers; and the two longest PostgreSQL comparisons with
# SQLite (about 75 s of sanitized test time), whose backend code the other PostgreSQL tests (copy,
# four concurrent ingests, a local copy through random changes) run under the sanitizers too;
# and three more of the longest (about 65 s of sanitized test time, 2026-12-07): kg copy from
# SQLite to PostgreSQL and back (the other copy tests run sanitized), a base with corrections
# built in steps against one built at once, and releases ingested one at a time against one
# ingest (the step-by-step code runs sanitized in the store's growth and correction tests).
# `make sanitize SANITIZE_SKIP=` runs them all.
SANITIZE_SKIP ?= killed at random moments|kill -9 at random moments|every export of the snapshot|every export after forgets that undo growths|a snapshot grown by appending documents equals|every pair of entities gets from the snapshot|the example corpus in PostgreSQL answers every question|questions against PostgreSQL copy only the documents changed|kg copy moves a base SQLite to PostgreSQL|a base with corrections built in steps equals|releases ingested one at a time answer every question

sanitize: setup
	cmake -S . -B $(SANITIZE_BUILD) -DKG_SANITIZE="address;undefined" $(SANITIZE_FLAGS) $(CMAKE_FLAGS)
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/fuzz/lsan_suppressions.txt UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS) $(if $(SANITIZE_SKIP),-E '$(SANITIZE_SKIP)')
