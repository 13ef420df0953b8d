# gosub — build, test and demo.  `make` builds ./gosub; `make test` runs every
# test (unit, programs, errors, escape; then the program tests again under
# ASan+UBSan); `make demo` runs the seed programs with allocation tracing.
CC      ?= cc
CFLAGS  ?= -O2 -g
# -ffp-contract=off: float operations rounded one by one, as Go on amd64 does
WARN    := -std=c11 -Wall -Wextra -Werror -Wno-unused-parameter -D_GNU_SOURCE -ffp-contract=off
INC     := -I. -I/usr/include/x86_64-linux-gnu
LIBS    := -lxxhash -lffi -ldl -lm

SRCS    := $(wildcard compiler/*.c vm/*.c gc/*.c trace/*.c)
LIBSRCS := $(filter-out vm/main.c,$(SRCS))
STDLIB  := $(shell find stdlib -name '*.go' 2>/dev/null | sort)

OBJS     := $(SRCS:%.c=build/rel/%.o) build/rel/stdlib_embed.o
LIBOBJS  := $(LIBSRCS:%.c=build/rel/%.o) build/rel/stdlib_embed.o
ASANOBJS := $(SRCS:%.c=build/asan/%.o) build/asan/stdlib_embed.o
UNITSRCS := $(wildcard tests/unit/test_*.c)
UNITBINS := $(UNITSRCS:tests/unit/%.c=build/unit/%)

# GCC 12 reports a false "null format string" under -fsanitize=undefined.
ASANFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -Wno-format-truncation

.PHONY: all demo test test-trace ffi-libs unit test-programs test-escape test-gc-stress test-asan clean deps bench fuzz fuzz-deps fuzz-build fuzz-regress fuzz-smoke test-limits valgrind-check
all: deps gosub

deps:
	@tools/install-deps

gosub: $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LIBS)

gosub-asan: $(ASANOBJS)
	$(CC) $(ASANFLAGS) -o $@ $(ASANOBJS) $(LIBS)

build/rel/%.o: %.c $(wildcard */*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(WARN) $(INC) -MMD -c -o $@ $<

build/asan/%.o: %.c $(wildcard */*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ASANFLAGS) $(WARN) $(INC) -c -o $@ $<

# The standard library's Go sources, embedded in the binary.
build/embed: tools/embed.c
	@mkdir -p build
	$(CC) -O1 -o $@ $<

build/stdlib_embed.c: build/embed $(STDLIB)
	build/embed $(STDLIB) > $@

build/rel/stdlib_embed.o: build/stdlib_embed.c
	$(CC) $(CFLAGS) $(WARN) $(INC) -c -o $@ $<
build/asan/stdlib_embed.o: build/stdlib_embed.c
	@mkdir -p build/asan
	$(CC) $(ASANFLAGS) $(WARN) $(INC) -c -o $@ $<

build/unit/%: tests/unit/%.c $(LIBOBJS)
	@mkdir -p build/unit
	$(CC) $(CFLAGS) $(WARN) $(INC) -o $@ $< $(LIBOBJS) $(LIBS) -lcriterion

# The C side of the //extern examples and tests: programs/ffi/NAME.c and
# tests/ffi/NAME.c become build/libNAME.so (loaded with --ffi-lib, see each
# test's NAME.flags).
FFILIBS := $(patsubst programs/ffi/%.c,build/lib%.so,$(wildcard programs/ffi/*.c)) \
           $(patsubst tests/ffi/%.c,build/lib%.so,$(wildcard tests/ffi/*.c))

build/lib%.so: programs/ffi/%.c
	@mkdir -p build
	$(CC) -O2 -g -std=c11 -Wall -Wextra -Werror -fPIC -shared -o $@ $<

build/lib%.so: tests/ffi/%.c
	@mkdir -p build
	$(CC) -O2 -g -std=c11 -Wall -Wextra -Werror -fPIC -shared -o $@ $<

ffi-libs: $(FFILIBS)

unit: deps $(UNITBINS) ffi-libs
	@fail=0; for t in $(UNITBINS); do timeout 300 $$t --jobs 2 || { echo "FAIL $$t"; fail=1; }; done; exit $$fail

test-programs: all ffi-libs
	@fail=0; tools/run-tests ./gosub || fail=1; \
	tests/ffi/trace-check ./gosub || fail=1; exit $$fail

test-escape: all
	tools/errorcheck --exact "./gosub build -m --stack-alloc-max=65536" tests/escape/*.go
	tools/errorcheck --exact "./gosub build -m=2 --stack-alloc-max=65536" tests/escape/m2/*.go
	tools/errorcheck --exact "./gosub build -m --stack-alloc-max=65536" tests/ffi/escape_*.go
	tools/seed-escape ./gosub

test-gc-stress: all ffi-libs
	GOSUB_FLAGS=--gc-stress TIMEOUT=60 tools/run-tests ./gosub tests/run programs/escape programs/ffi tests/ffi programs/stack

test-asan: deps gosub-asan ffi-libs
	@fail=0; export ASAN_OPTIONS=detect_leaks=0; \
	TIMEOUT=60 tools/run-tests ./gosub-asan || fail=1; \
	tests/ffi/trace-check ./gosub-asan || fail=1; \
	tools/test-limits ./gosub-asan || fail=1; exit $$fail

# README "Limits": each limit's error and exit status; signals and traces.
test-limits: all
	tools/test-limits ./gosub

# valgrind memcheck on a sample of programs: the compiler (build -m=2 and
# disasm: parse, check, escape, codegen, cmp_free) must show no error and
# leak nothing; runs (the VM) must show no memory error.
VALGRIND := valgrind -q --error-exitcode=99
VALGRIND_SAMPLE = $(shell ls tests/run/*.go | awk 'NR % 8 == 1') $(shell ls tests/errors/*.go | awk 'NR % 25 == 1') programs/escape/*.go
valgrind-check: all
	@fail=0; n=0; for f in $(VALGRIND_SAMPLE); do n=$$((n+1)); \
	  for cmd in "build -m=2" disasm; do \
	    $(VALGRIND) --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
	      ./gosub $$cmd $$f >/dev/null 2>build/valgrind.log; \
	    if [ $$? = 99 ]; then echo "FAIL: valgrind gosub $$cmd $$f"; cat build/valgrind.log; fail=1; fi; \
	  done; \
	  case $$f in tests/run/*) \
	    $(VALGRIND) ./gosub run $$f >/dev/null 2>build/valgrind.log </dev/null; \
	    if [ $$? = 99 ]; then echo "FAIL: valgrind gosub run $$f"; cat build/valgrind.log; fail=1; fi;; \
	  esac; \
	done; echo "valgrind-check: $$n programs"; exit $$fail

# Every suite runs even when an earlier one fails; the target fails if any did.
test: all
	@fail=0; \
	for t in unit test-programs test-limits test-escape test-gc-stress test-asan test-trace; do \
	  echo "=== make $$t"; $(MAKE) --no-print-directory $$t || fail=1; \
	done; exit $$fail

demo: all
	@for f in programs/escape/*.go; do \
	  echo "=== ./gosub run --trace-alloc $$f"; ./gosub run --trace-alloc $$f; \
	done; \
	echo "=== ./gosub compare programs/escape/stack.go"; \
	./gosub compare programs/escape/stack.go

# The tracer end to end: exits keep every event, per-site summaries (and,
# with go installed, their regions against go -m -l), ReadMemStats; then the
# HTML report rendered in headless Chromium (skipped without chromium).
test-trace: all
	@fail=0; tools/test-trace ./gosub || fail=1; \
	tools/check-report ./gosub || fail=1; exit $$fail

bench: all
	tools/bench

# ---- fuzzing (tests/fuzz/): libFuzzer targets built with clang into
# build/fuzz/.  `make fuzz FUZZ_SECONDS=N` runs each target N seconds, one
# after the other, nice'd, on one core; the corpus grows in
# build/fuzz/corpus/TARGET (seeded from tests/), crashes are written to
# build/fuzz/crash-TARGET-*.  `make fuzz-regress` replays tests/fuzz/regress.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := parse compile run
FUZZFLAGS    := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -ffp-contract=off
FUZZOBJS     := $(LIBSRCS:%.c=build/fuzz/%.o) build/fuzz/stdlib_embed.o
FUZZBINS     := $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
FUZZSEEDS    := tests/run tests/errors tests/escape
# the run target longjmps out of the VM on exit: what it leaks is expected
# (a shell snippet: the loops below pick options by target name)
FUZZ_LEAKS = case $$t in run) leaks=0;; *) leaks=1;; esac

build/fuzz/%.o: %.c $(wildcard */*.h)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZFLAGS) -fsanitize=fuzzer-no-link -std=c11 -D_GNU_SOURCE $(INC) -c -o $@ $<

build/fuzz/stdlib_embed.o: build/stdlib_embed.c
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZFLAGS) -fsanitize=fuzzer-no-link -std=c11 -D_GNU_SOURCE $(INC) -c -o $@ $<

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZOBJS)
	$(FUZZ_CC) $(FUZZFLAGS) -fsanitize=fuzzer -std=c11 -D_GNU_SOURCE $(INC) -o $@ $< $(FUZZOBJS) $(LIBS)

.SECONDARY: $(FUZZOBJS)
fuzz-deps:
	@tools/install-deps fuzz

fuzz-build: deps fuzz-deps $(FUZZBINS)

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build/fuzz/corpus/$$t; \
	  echo "=== fuzz_$$t for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_LEAKS); ASAN_OPTIONS=detect_leaks=$$leaks \
	  nice -n 19 build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -detect_leaks=$$leaks \
	    -max_len=8192 -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 \
	    -artifact_prefix=build/fuzz/crash-$$t- \
	    build/fuzz/corpus/$$t $(FUZZSEEDS) tests/fuzz/regress/$$t || exit 1; \
	done

fuzz-regress: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  f=$$(ls tests/fuzz/regress/$$t/* 2>/dev/null); [ -z "$$f" ] && continue; \
	  echo "=== fuzz_$$t: replaying tests/fuzz/regress/$$t"; \
	  $(FUZZ_LEAKS); export ASAN_OPTIONS=detect_leaks=$$leaks; \
	  build/fuzz/fuzz_$$t -detect_leaks=$$leaks $$f >/dev/null 2>&1 || \
	    { echo "FAIL: fuzz_$$t regressions"; build/fuzz/fuzz_$$t -detect_leaks=$$leaks $$f 2>&1 | tail -30; exit 1; }; \
	done

fuzz-smoke: fuzz-regress
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=60

clean:
	rm -rf build gosub gosub-asan

-include $(OBJS:.o=.d)
