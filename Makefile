# diplograph: the two commands the README promises are `make demo` and `make test`.

GO     ?= go
BIN    ?= ./bin/diplograph
DB     ?= diplograph.db
SHARED ?= ../shared

# Go files we own; testdata and npm trees are not ours to format.
GOFILES = $(shell find . \( -name .git -o -name node_modules -o -name testdata \) -prune -o -name '*.go' -print)

.PHONY: all build demo test lint fmt-check vet bench eval clean data

all: build

# The commit goes into `diplograph --version` even where the toolchain does not
# stamp it (GOFLAGS=-buildvcs=false, git worktrees).
COMMIT ?= $(shell git rev-parse HEAD 2>/dev/null)$(shell git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')

build:
	$(GO) build -ldflags "-X 'main.commit=$(COMMIT)'" -o $(BIN) ./cmd/diplograph

# Builds the demo corpus into the embedded (bolt) store ./$(DB) and asks it three questions.
# Rebuilding is idempotent, so running it twice gives the same graph.
demo: build
	$(BIN) build --db bolt --dbpath $(DB) data/demo
	@echo
	@echo '$$ diplograph ask "who co-chaired which commission"'
	@$(BIN) ask --db bolt --dbpath $(DB) "who co-chaired which commission"
	@echo
	@echo '$$ diplograph ask meetings'
	@$(BIN) ask --db bolt --dbpath $(DB) meetings
	@echo
	@echo '$$ diplograph ask conflicts'
	@$(BIN) ask --db bolt --dbpath $(DB) conflicts

fmt-check:
	@out=$$(gofmt -l $(GOFILES)); \
	if [ -n "$$out" ]; then echo "gofmt would change these files (run gofmt -w):"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

lint: fmt-check vet

# -count=1: the end-to-end tests run a binary built from source the test cache does not track.
# Ends with go test's own summary lines.
test: fmt-check vet
	$(GO) test -count=1 -timeout 20m ./...

# Go benchmarks, then whole-process growth on generated corpora of BENCH_SIZES MB (time,
# throughput and peak memory of extract, build, load, every named question, and Cayley's own
# `cayley load` for reference). BENCH_BASE=path/to/other/diplograph adds ratios against it.
BENCH_SIZES ?= 1,10
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./...
	$(GO) run ./bench/growth -sizes $(BENCH_SIZES) -bin $(BIN) -cayley $(if $(BENCH_BASE),-base $(BENCH_BASE))

# Extraction quality against the gold answers in ../shared (seeds, then dev).
eval: build
	@test -f $(SHARED)/gold/seeds.json || { echo "make eval needs $(SHARED)/gold and $(SHARED)/seeds (set SHARED=...)"; exit 1; }
	$(BIN) eval --gold $(SHARED)/gold/seeds.json $(SHARED)/seeds
	@if [ -f $(SHARED)/dev/gold.json ]; then echo; echo '$(BIN) eval --gold $(SHARED)/dev/gold.json $(SHARED)/dev/docs'; $(BIN) eval --gold $(SHARED)/dev/gold.json $(SHARED)/dev/docs; fi

clean:
	rm -rf bin $(DB)

# `make data` regenerates the world-knowledge data files.
-include data/data.mk
