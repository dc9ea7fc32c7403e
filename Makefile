# SPDX-License-Identifier: MIT
# sockls - plain Makefile; libmnl and cmocka through pkg-config.
#
# Packagers: CC, CPPFLAGS, CFLAGS, LDFLAGS, PREFIX, DESTDIR and the *DIR
# variables below are honoured; VERSION=x.y.z overrides the version.
# WERROR=1 turns warnings into errors (CI and developers); V=1 prints the full
# commands instead of "  CC  build/obj/x.o".

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
MANDIR     ?= $(PREFIX)/share/man
DATADIR    ?= $(PREFIX)/share
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR  ?= $(DATADIR)/zsh/site-functions
FISHCOMPDIR ?= $(DATADIR)/fish/vendor_completions.d
# The JSON Schema, and the systemd units of contrib/ as examples (not enabled).
SCHEMADIR  ?= $(DATADIR)/sockls
EXAMPLESDIR ?= $(DATADIR)/doc/sockls/examples
DESTDIR    ?=

CC         ?= cc
PKG_CONFIG ?= pkg-config
BUILD      ?= build

# The version: `git describe --tags` in a git checkout of this tree that has a
# tag (v0.3.0 -> 0.3.0, v0.3.0-3-gabc1234 -> 0.3.0-3-gabc1234), else the
# release this tree is (keep equal to NEWS, debian/changelog and the .Os line
# of man/sockls.8: tests/doc/version.sh checks).
VERSION_FALLBACK := 0.3.0
ifeq ($(origin VERSION),undefined)
VERSION    := $(shell [ -e '$(CURDIR)/.git' ] && git -C '$(CURDIR)' describe --tags 2>/dev/null | sed 's/^v//')
ifeq ($(VERSION),)
VERSION    := $(VERSION_FALLBACK)
endif
endif

# The date of the man page: SOURCE_DATE_EPOCH when set (dpkg-buildpackage sets
# it from debian/changelog), else the last commit's in a git checkout, else
# the newest debian/changelog entry's: the same tree always gives the same page.
MAN_EPOCH  := $(or $(SOURCE_DATE_EPOCH),$(shell [ -e '$(CURDIR)/.git' ] && git -C '$(CURDIR)' log -1 --format=%ct 2>/dev/null),$(shell date -u -d "$$(sed -n 's/^ -- .*>  //p' debian/changelog 2>/dev/null | head -1)" +%s 2>/dev/null))
MAN_DATE   := $(if $(MAN_EPOCH),$(shell LC_ALL=C date -u -d @$(MAN_EPOCH) '+%B %-d, %Y' 2>/dev/null))

# Quiet by default: "  CC      build/obj/main.o"; V=1 prints the commands.
ifeq ($(V),1)
Q          :=
msg        = @:
else
Q          := @
msg        = @printf '  %-7s %s\n'
endif
ifneq ($(findstring s,$(firstword -$(MAKEFLAGS))),)
msg        = @:
endif

CFLAGS     ?= -O2 -g
WARN       := -Wall -Wextra -Wformat=2 -Wshadow -Wstrict-prototypes \
              -Wmissing-prototypes -Wpointer-arith -Wwrite-strings -Wvla \
              -Wcast-qual -Wundef
ifeq ($(WERROR),1)
WARN       += -Werror
endif
HARDEN     := -fstack-protector-strong -fPIE
# _FORTIFY_SOURCE=3 unless the packager's CPPFLAGS choose a level (Debian: 2),
# and not where it cannot work (-O0) or gets in the way (sanitizers).
ifeq ($(findstring -O0,$(CFLAGS))$(findstring sanitize,$(CFLAGS))$(findstring _FORTIFY_SOURCE,$(CPPFLAGS)),)
HARDEN     += -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3
endif
LDHARDEN   := -pie -Wl,-z,relro,-z,now
# Reproducible: no build directory in the binary, its debug info or __FILE__.
REPRO      := -ffile-prefix-map=$(CURDIR)=.

MNL_CFLAGS := $(shell $(PKG_CONFIG) --cflags libmnl)
MNL_LIBS   := $(shell $(PKG_CONFIG) --libs libmnl)
CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS   := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null)

ALL_CFLAGS := -std=c11 -pthread -D_GNU_SOURCE -DSOCKLS_VERSION='"$(VERSION)"' -Iinclude \
              $(MNL_CFLAGS) $(WARN) $(HARDEN) $(REPRO) $(CPPFLAGS) $(CFLAGS) -MMD -MP
ALL_LDFLAGS := $(LDHARDEN) $(LDFLAGS)

# FIXTURE_KIND=1 (make kind-check does it, in $(BUILD)/kind): the program with
# the fixture kinds of tests/kind/, each one more row of the protocol table and
# its parser file (every tests/kind/*.c but the test_*.c), in no other build.
ifeq ($(FIXTURE_KIND),1)
ALL_CFLAGS += -DSOCKLS_FIXTURE_KIND -Itests/kind
KIND_OBJ   := $(patsubst tests/kind/%.c,$(BUILD)/obj/kind/%.o,$(filter-out tests/kind/test_%.c,$(wildcard tests/kind/*.c)))
endif

SRC        := $(sort $(wildcard src/*.c src/*/*.c))
# The service tables are generated at build time from the committed data by a
# small C program (tools/gen_svc_table.c); no Python. HOSTCC builds that tool,
# with the *_FOR_BUILD flags (dpkg-buildpackage exports them; a native build
# takes CPPFLAGS, CFLAGS and LDFLAGS) and the same hardening as the rest.
HOSTCC     ?= $(or $(CC_FOR_BUILD),cc)
CPPFLAGS_FOR_BUILD ?= $(CPPFLAGS)
CFLAGS_FOR_BUILD ?= $(CFLAGS)
LDFLAGS_FOR_BUILD ?= $(LDFLAGS)
SVC_DATA   := data/services.tsv data/services-wellknown.tsv
SVC_GEN    := $(BUILD)/tools/gen_svc_table
GEN_SRC    := $(BUILD)/gen/services_table.c
GEN_OBJ    := $(BUILD)/obj/gen/services_table.o
LIB_SRC    := $(filter-out src/main.c,$(SRC)) $(GEN_SRC)
LIB_OBJ    := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(filter src/%,$(LIB_SRC))) $(GEN_OBJ) $(KIND_OBJ)
MAIN_OBJ   := $(BUILD)/obj/main.o
BIN        := $(BUILD)/sockls
LIB        := $(BUILD)/libsockls.a
MAN        := $(BUILD)/sockls.8

UNIT_SRC   := $(sort $(wildcard tests/unit/test_*.c))
# Test code the unit tests and fuzz targets link, never the product: the
# kernel's bytecode audit and interpreter (the oracle of filter/bytecode.c).
TEST_SUPPORT := tests/unit/bytecode_run.c
TEST_OBJ   := $(TEST_SUPPORT:tests/unit/%.c=$(BUILD)/tests/obj/%.o)
UNIT_BIN   := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRC   := $(sort $(wildcard fuzz/fuzz_*.c))
REPLAY_BIN := $(FUZZ_SRC:fuzz/fuzz_%.c=$(BUILD)/fuzz/replay_%)
FUZZ_BIN   := $(FUZZ_SRC:fuzz/fuzz_%.c=$(BUILD)/fuzz/libfuzzer_%)
HELPER_SRC := $(sort $(wildcard tests/helpers/*.c))
HELPER_BIN := $(HELPER_SRC:tests/helpers/%.c=$(BUILD)/helpers/%)
BENCH_SRC  := $(sort $(wildcard bench/*.c))
BENCH_BIN  := $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)

FUZZ_SECONDS ?= 60

.PHONY: all check test unit integration fuzz-replay fuzz check-sanitize lint bench \
        install uninstall clean doc-check gen-check mutants mutants-sample kind-check \
        test-build kind-build FORCE

all: $(BIN) $(MAN)

# The version lives in this file so that a new `git describe` (or VERSION=)
# rebuilds what prints it, and nothing else.
$(BUILD)/version: FORCE
	@mkdir -p $(@D)
	@[ "$$(cat $@ 2>/dev/null)" = '$(VERSION)' ] || echo '$(VERSION)' >$@

$(MAIN_OBJ): $(BUILD)/version

$(BUILD)/mandate: FORCE
	@mkdir -p $(@D)
	@[ "$$(cat $@ 2>/dev/null)" = '$(MAN_DATE)' ] || echo '$(MAN_DATE)' >$@

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(msg) CC $@
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/kind/%.o: tests/kind/%.c
	@mkdir -p $(@D)
	$(msg) CC $@
	$(Q)$(CC) $(ALL_CFLAGS) -Isrc/source -c -o $@ $<

# The fixture kinds' unit test (tests/kind/test_kind_nl.c), linked with the fixture build.
$(BUILD)/kind-tests/%: tests/kind/%.c $(LIB)
	@mkdir -p $(@D)
	$(msg) LINK $@
	$(Q)$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) -Wno-missing-prototypes $(ALL_LDFLAGS) \
		-o $@ $< $(LIB) $(CMOCKA_LIBS) $(MNL_LIBS)

$(SVC_GEN): tools/gen_svc_table.c
	@mkdir -p $(@D)
	$(msg) HOSTCC $@
	$(Q)$(HOSTCC) -std=c11 -D_GNU_SOURCE $(WARN) $(HARDEN) $(REPRO) $(CPPFLAGS_FOR_BUILD) \
		$(CFLAGS_FOR_BUILD) $(LDHARDEN) $(LDFLAGS_FOR_BUILD) -o $@ $<

$(GEN_SRC): $(SVC_GEN) $(SVC_DATA)
	@mkdir -p $(@D)
	$(msg) GEN $@
	$(Q)$(SVC_GEN) $(SVC_DATA) >$@.tmp && mv $@.tmp $@

$(GEN_OBJ): $(GEN_SRC)
	@mkdir -p $(@D)
	$(msg) CC $@
	$(Q)$(CC) $(ALL_CFLAGS) -Isrc/enrich -c -o $@ $<

# The generator is deterministic (two build directories, a third run, same
# bytes) and refuses bad data. Part of `make unit`.
gen-check:
	@tools/check_svc_table.sh

$(LIB): $(LIB_OBJ)
	@mkdir -p $(@D)
	$(msg) AR $@
	$(Q)rm -f $@
	$(Q)$(AR) rcsD $@ $^

$(BIN): $(MAIN_OBJ) $(LIB)
	$(msg) LINK $@
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $^ $(MNL_LIBS)

# The man page as installed: man/sockls.8 with the version of this build on its .Os line
# and MAN_DATE on its .Dd line.
$(MAN): man/sockls.8 $(BUILD)/version $(BUILD)/mandate
	$(msg) GEN $@
	$(Q)sed -e 's/^\.Os.*/.Os sockls $(VERSION)/' \
		$(if $(MAN_DATE),-e 's/^\.Dd .*/.Dd $(MAN_DATE)/') man/sockls.8 >$@.tmp && mv $@.tmp $@

$(BUILD)/tests/obj/%.o: tests/unit/%.c
	@mkdir -p $(@D)
	$(msg) CC $@
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(TEST_OBJ) $(LIB)
	@mkdir -p $(@D)
	$(msg) LINK $@
	$(Q)$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) -Wno-missing-prototypes $(ALL_LDFLAGS) \
		-o $@ $< $(TEST_OBJ) $(LIB) $(CMOCKA_LIBS) $(MNL_LIBS)

$(BUILD)/fuzz/replay_%: fuzz/fuzz_%.c fuzz/replay_main.c $(TEST_OBJ) $(LIB)
	@mkdir -p $(@D)
	$(msg) LINK $@
	$(Q)$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes $(ALL_LDFLAGS) -o $@ $< fuzz/replay_main.c \
		$(TEST_OBJ) $(LIB) $(MNL_LIBS)

$(BUILD)/helpers/%: tests/helpers/%.c
	@mkdir -p $(@D)
	$(msg) LINK $@
	$(Q)$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes $(ALL_LDFLAGS) -o $@ $<

# LD_PRELOAD shims: nonetlink makes sock_diag unavailable (tests of the /proc
# fallback); oldkernel makes the kernel answer as one before 5.8 (no cgroup
# bytecode, no cgroup id).
PRELOAD    := $(patsubst tests/helpers/preload/%.c,$(BUILD)/helpers/lib%.so,$(sort $(wildcard tests/helpers/preload/*.c)))
$(BUILD)/helpers/lib%.so: tests/helpers/preload/%.c
	@mkdir -p $(@D)
	$(msg) LINK $@
	$(Q)$(CC) -O2 -Wall -Wextra $(filter -Werror,$(WARN)) $(REPRO) -shared -fPIC -o $@ $< -ldl

$(BUILD)/bench/%: bench/%.c $(LIB)
	@mkdir -p $(@D)
	$(msg) LINK $@
	$(Q)$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes $(ALL_LDFLAGS) -o $@ $< $(LIB) $(MNL_LIBS)

# The test command of the README: unit tests, fuzz corpus replay, integration
# tests in private network namespaces, and the documentation checks. All they
# run is built first, TEST_JOBS at once (default: one per CPU; under make -jN,
# the caller's N); then the suites run one after another, in this order.
TEST_JOBS  ?= $(shell nproc 2>/dev/null || echo 1)
SUITE      := $(MAKE) --no-print-directory
test:
	@$(SUITE) $(if $(filter -j% --jobserver%,$(MAKEFLAGS)),,-j$(TEST_JOBS)) test-build
	@$(SUITE) unit
	@$(SUITE) fuzz-replay
	@$(SUITE) integration
	@$(SUITE) doc-check
	@$(SUITE) kind-check
	@echo "make test: all suites passed"

test-build: $(BIN) $(MAN) $(UNIT_BIN) $(TEST_OBJ) $(REPLAY_BIN) $(HELPER_BIN) $(BENCH_BIN) $(PRELOAD) \
	kind-build

# make check is make test. One unit suite: make unit T=filter; one
# integration test: make integration T=test_json.py (or run.sh NAME).
check: test

UNIT_RUN   := $(if $(T),$(BUILD)/tests/test_$(T),$(UNIT_BIN))

# A unit test that cannot run says why (tests/unit/testskip.h: "SKIP test: why"),
# and is counted; under CI=true any skip fails the suite.
unit: $(UNIT_RUN) gen-check
	@set -e; pass=0; fail=0; skip=0; for t in $(UNIT_RUN); do \
		out=$$($$t 2>&1) && rc=0 || rc=$$?; printf '%s\n' "$$out"; \
		n=$$(printf '%s\n' "$$out" | grep '^\[  SKIPPED \] [A-Za-z_]' | sort -u | wc -l); \
		if [ $$n -gt 0 ] && [ "$$CI" = true ]; then rc=1; echo "FAILED: $$t skipped under CI"; fi; \
		skip=$$((skip+n)); \
		if [ $$rc -eq 0 ]; then pass=$$((pass+1)); else fail=$$((fail+1)); echo "FAILED: $$t"; fi; \
	done; echo "unit: $$pass passed, $$fail failed, $$skip test cases skipped"; [ $$fail -eq 0 ]

fuzz-replay: $(REPLAY_BIN)
	@set -e; for r in $(REPLAY_BIN); do \
		name=$${r##*/replay_}; $$r fuzz/corpus/$$name; \
	done

# IT_JOBS integration tests run at once, each in its own namespace; those that
# see the whole host ("# run.sh: alone: WHY") run after them, one by one.
# IT_JOBS=1 runs them all one by one in name order.
IT_JOBS ?= 2
integration: $(BIN) $(HELPER_BIN) $(BENCH_BIN) $(PRELOAD)
	@SOCKLS=$(abspath $(BIN)) BUILD=$(abspath $(BUILD)) VALGRIND_SOCKLS=$(VALGRIND_SOCKLS) \
		IT_JOBS=$(IT_JOBS) tests/integration/run.sh $(T)

doc-check: $(BIN) $(MAN)
	@SOCKLS=$(abspath $(BIN)) tests/doc/check.sh
	@SOCKLS=$(abspath $(BIN)) VERSION_FALLBACK=$(VERSION_FALLBACK) tests/doc/version.sh
	@tests/doc/quickstart.sh
	@tools/mutants --check
	@tests/doc/spdx.sh

# A kind that exists only in a test build (tests/kind/): the whole program
# built again in $(BUILD)/kind with one more table row and its parser file,
# then listed through the table, JSON and summary writers.
kind-build:
	@$(MAKE) --no-print-directory BUILD=$(BUILD)/kind FIXTURE_KIND=1 $(BUILD)/kind/sockls \
		$(BUILD)/kind/kind-tests/test_kind_nl

kind-check: kind-build
	@$(BUILD)/kind/kind-tests/test_kind_nl
	@SOCKLS=$(abspath $(BUILD)/kind/sockls) tests/kind/check.sh

# The same suite with AddressSanitizer and UndefinedBehaviorSanitizer;
# test_valgrind.sh runs valgrind on the plain build (valgrind cannot run ASan).
check-sanitize: $(BIN) $(BUILD)/helpers/leak
	$(MAKE) BUILD=build-san CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
		LDFLAGS="-fsanitize=address,undefined" VALGRIND_SOCKLS=$(abspath $(BIN)) test

# Mutation testing (docs/TESTING.md): every mutant of tools/mutants.list, each
# alone in a scratch copy, must make one of its tests fail. make mutants runs
# them all (before each release); make mutants-sample a random sample of
# MUTANTS_SAMPLE (10), printing the seed (MUTANTS_SEED=S repeats it); CI runs it.
MUTANTS_SAMPLE ?= 10
mutants:
	@tools/mutants

mutants-sample:
	@tools/mutants --sample $(MUTANTS_SAMPLE)

# libFuzzer (clang): each target for FUZZ_SECONDS, corpus grows in place.
$(BUILD)/fuzz/libfuzzer_%: fuzz/fuzz_%.c $(LIB_SRC) $(TEST_SUPPORT)
	@mkdir -p $(@D)
	clang -std=c11 -D_GNU_SOURCE -Iinclude -Isrc/enrich $(MNL_CFLAGS) -g -O1 \
		-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-o $@ $< $(LIB_SRC) $(TEST_SUPPORT) $(MNL_LIBS)

fuzz: $(FUZZ_BIN)
	@set -e; for f in $(FUZZ_BIN); do name=$${f##*/libfuzzer_}; \
		mkdir -p fuzz/corpus/$$name $(BUILD)/fuzz-artifacts; \
		$$f -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			-artifact_prefix=$(BUILD)/fuzz-artifacts/$$name- fuzz/corpus/$$name; done

# clang-tidy runs on two cores (a batch of files each; xargs says 123 when one
# batch found something).
lint:
	cppcheck -j2 --quiet --error-exitcode=1 --enable=warning,portability,performance \
		--inline-suppr --suppress=missingIncludeSystem -Iinclude src tools/gen_svc_table.c
	@out=$$(printf '%s\n' $(filter-out $(GEN_SRC),$(SRC)) tools/gen_svc_table.c | \
		xargs -P2 -n12 sh -c 'exec clang-tidy --quiet "$$@" -- -std=c11 -D_GNU_SOURCE \
		-Iinclude $(MNL_CFLAGS)' clang-tidy 2>&1); rc=$$?; \
	printf '%s\n' "$$out" | grep -Ev 'warnings? generated\.$$' | grep . ; \
	[ $$rc -eq 0 ] && echo "lint: cppcheck and clang-tidy clean"; exit $$rc

bench: $(BIN) $(BENCH_BIN)
	SOCKLS=$(abspath $(BIN)) BUILD=$(abspath $(BUILD)) bench/run.sh

# Nothing is stripped here: that is the packager's choice (dh_strip, install -s).
install: $(BIN) $(MAN)
	install -Dm755 $(BIN) $(DESTDIR)$(BINDIR)/sockls
	install -Dm644 $(MAN) $(DESTDIR)$(MANDIR)/man8/sockls.8
	install -Dm644 completions/sockls.bash $(DESTDIR)$(BASHCOMPDIR)/sockls
	install -Dm644 completions/_sockls $(DESTDIR)$(ZSHCOMPDIR)/_sockls
	install -Dm644 completions/sockls.fish $(DESTDIR)$(FISHCOMPDIR)/sockls.fish
	install -Dm644 docs/sockls.schema.json $(DESTDIR)$(SCHEMADIR)/sockls.schema.json
	install -Dm644 docs/sockls.v1.schema.json $(DESTDIR)$(SCHEMADIR)/sockls.v1.schema.json
	install -Dm644 contrib/sockls-textfile.service $(DESTDIR)$(EXAMPLESDIR)/sockls-textfile.service
	install -Dm644 contrib/sockls-textfile.timer $(DESTDIR)$(EXAMPLESDIR)/sockls-textfile.timer

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/sockls $(DESTDIR)$(MANDIR)/man8/sockls.8 \
		$(DESTDIR)$(BASHCOMPDIR)/sockls $(DESTDIR)$(ZSHCOMPDIR)/_sockls \
		$(DESTDIR)$(FISHCOMPDIR)/sockls.fish $(DESTDIR)$(SCHEMADIR)/sockls.schema.json \
		$(DESTDIR)$(SCHEMADIR)/sockls.v1.schema.json \
		$(DESTDIR)$(EXAMPLESDIR)/sockls-textfile.service \
		$(DESTDIR)$(EXAMPLESDIR)/sockls-textfile.timer
	-rmdir $(DESTDIR)$(SCHEMADIR) $(DESTDIR)$(EXAMPLESDIR) 2>/dev/null

clean:
	rm -rf build build-san build-clang $(BUILD)

-include $(wildcard $(BUILD)/obj/*.d $(BUILD)/obj/*/*.d $(BUILD)/tests/*.d $(BUILD)/tests/obj/*.d \
	$(BUILD)/fuzz/*.d)
