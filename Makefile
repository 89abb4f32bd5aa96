# hubsite: two commands do all the set-up on a fresh Debian machine.
#   make site   installs what is missing, builds hubsite, generates site/ from content/
#   make test   the whole test suite

SWIFT        ?= swift
BIN          := .build/release/hubsite
SOURCES      := $(shell find Sources seeds -type f 2>/dev/null) Package.swift

.PHONY: site test deps build clean docs

site: $(BIN)
	$(BIN) build --source .

deps:
	@bash scripts/install-deps.sh

build: $(BIN)

$(BIN): $(SOURCES) | deps
	$(SWIFT) build -c release --product hubsite

test: deps
	@bash scripts/install-test-deps.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

docs: build
	$(BIN) rules --format markdown > docs/rules.md
	$(BIN) templates docs > docs/templates.md

clean:
	rm -rf .build site
