# hubsite: two commands do all the set-up on a fresh Debian machine.
#   make site   installs what is missing, builds hubsite, generates site/ from content/
#   make test   the whole test suite

SWIFT        ?= swift
BIN          := .build/release/hubsite
SOURCES      := $(shell find Sources seeds -type f 2>/dev/null) Package.swift

.PHONY: site test test-sanitize test-dist dist deps build clean docs fuzz bench

site: $(BIN)
	$(BIN) build --source .

deps:
	@bash scripts/install-deps.sh

build: $(BIN)

# The Swift runtime and Foundation linked in statically (as the release packages have them):
# a run then spends no time binding Swift's shared libraries, a tenth of a check of a dozen hubs.
$(BIN): $(SOURCES) | deps
	$(SWIFT) build -c release --product hubsite --static-swift-stdlib

test: deps
	@bash scripts/install-test-deps.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The test suite again under AddressSanitizer and ThreadSanitizer (the site checks with external
# tools are skipped: they test the output, which the plain run already covers; the preview's
# property test runs 20 edit sequences instead of 200). Leaks are
# looked for in every hubsite process the tests run (they set detect_leaks=1), not in the test
# runner, whose test arguments and fixtures live until exit.
test-sanitize: export LSAN_OPTIONS = suppressions=$(CURDIR)/Tests/lsan.supp:print_suppressions=0
test-sanitize: export HUBSITE_PROPERTY_SEQUENCES = 20
test-sanitize: deps
	@bash scripts/install-test-deps.sh
	$(SWIFT) build --build-tests --scratch-path .build-asan -Xswiftc -sanitize=address
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --skip-build --scratch-path .build-asan --skip SiteQualityTests
	$(SWIFT) build --build-tests --scratch-path .build-tsan -Xswiftc -sanitize=thread
	$(SWIFT) test --skip-build --scratch-path .build-tsan --skip SiteQualityTests

# The release packages (dist/): a .deb and a tarball with the Swift runtime linked in, and
# SHA256SUMS. scripts/dist.sh says what each holds and needs.
dist: deps
	@bash scripts/dist.sh

# The packages tested: their contents, and scripts/install.sh against a release served from
# 127.0.0.1 (a good install, a changed package, a missing version).
test-dist: dist
	@bash scripts/install-test-deps.sh
	bash scripts/test-dist.sh

# hubsite against Hugo and the cmark-gfm floor on generated networks (docs/performance.md).
bench: build
	@bash scripts/install-bench-deps.sh
	python3 bench/run.py

docs: build
	$(BIN) rules --format markdown > docs/rules.md
	$(BIN) templates docs > docs/templates.md
	mkdir -p docs/schema
	$(BIN) schema hub > docs/schema/hub.json
	$(BIN) schema opportunity > docs/schema/opportunity.json
	$(BIN) schema hub-translation > docs/schema/hub-translation.json
	$(BIN) schema opportunity-translation > docs/schema/opportunity-translation.json
	$(BIN) schema activity > docs/schema/activity.json
	$(BIN) schema activity-translation > docs/schema/activity-translation.json

# libFuzzer over one hub page (front matter, Markdown, validation, rendering) with
# AddressSanitizer; new crashes land in Fuzz/crashes/. FUZZ_SECONDS=3600 make fuzz for an hour.
FUZZ_SECONDS ?= 600
fuzz: export LSAN_OPTIONS = suppressions=$(CURDIR)/Tests/lsan.supp:print_suppressions=0
fuzz: deps
	HUBSITE_FUZZ=1 $(SWIFT) build -c release --product hubsite-fuzzer --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address
	mkdir -p .build-fuzz/corpus Fuzz/crashes
	.build-fuzz/release/hubsite-fuzzer .build-fuzz/corpus Fuzz/corpus -max_total_time=$(FUZZ_SECONDS) \
	  -max_len=16384 -timeout=10 -rss_limit_mb=2048 -artifact_prefix=Fuzz/crashes/ -print_final_stats=1

clean:
	rm -rf .build site
