# diplograph: the two commands the README promises are `make demo` and `make test`.

GO     ?= go
BIN    ?= ./bin/diplograph
DB     ?= diplograph.db
SHARED ?= ../shared

# Go files we own; testdata and npm trees are not ours to format.
GOFILES = $(shell find . \( -name .git -o -name node_modules -o -name testdata \) -prune -o -name '*.go' -print)

.PHONY: all build demo test lint fmt-check vet bench fuzz eval clean data web screenshots loadtest

all: build

# The commit goes into `diplograph --version` even where the toolchain does not
# stamp it (GOFLAGS=-buildvcs=false, git worktrees).
COMMIT ?= $(shell git rev-parse HEAD 2>/dev/null)$(shell git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')

# The graph library the web page draws with (serve's page). It comes from npm, pinned by
# web/package-lock.json, and is embedded into the binary from serve/assets/vendor/; it is not
# in the repository. Without npm (or the registry) the build goes on and the page says that
# the graph view is missing.
WEB_VENDOR = serve/assets/vendor/cytoscape.min.js

build: $(WEB_VENDOR)
	$(GO) build -ldflags "-X 'main.commit=$(COMMIT)'" -o $(BIN) ./cmd/diplograph

$(WEB_VENDOR): web/package.json web/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory web || echo "make: could not fetch the graph library: building without the graph view (make web retries)"; \
	else echo "make: npm not found: building without the graph view (install npm, then run make web)"; fi

web:
	cd web && npm ci --no-audit --no-fund
	mkdir -p serve/assets/vendor
	cp web/node_modules/cytoscape/dist/cytoscape.min.js serve/assets/vendor/cytoscape.min.js
	cp web/node_modules/cytoscape/LICENSE serve/assets/vendor/cytoscape.LICENSE.txt
	node -p "require('./web/node_modules/cytoscape/package.json').version" > serve/assets/vendor/cytoscape.version

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
	@echo
	@echo 'To explore the graph in a browser and through the HTTP API (Cayley'"'"'s and diplograph'"'"'s):'
	@echo '  $(BIN) serve --db bolt --dbpath $(DB)'
	@echo 'then open http://127.0.0.1:64210/ (Ctrl-C stops the server).'

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
# A 1 MB corpus makes about 75k quads, 10 MB about 750k, 50 MB about 3.7M; the questions'
# in-process times on a million quads: DIPLOGRAPH_BENCH_MB=14 go test -bench NamedQuestions ./queries
BENCH_SIZES ?= 1,10,50
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./...
	$(GO) run ./bench/growth -sizes $(BENCH_SIZES) -bin $(BIN) -cayley $(if $(BENCH_BASE),-base $(BENCH_BASE))

# The server under load: 50 clients, 5,000 mixed ask and Gizmo requests on loopback; prints
# p50/p99 latency and the server's peak memory.
loadtest:
	$(GO) test -count=1 -run '^TestLoad$$' -v ./serve/ | grep -E 'load:|^(ok|FAIL|---)'

# Screenshots of the page (docs/*.png, shown in the README), taken by the browser test in
# headless Chromium on the demo corpus.
screenshots: $(WEB_VENDOR)
	DIPLOGRAPH_SCREENSHOTS=$(CURDIR)/docs $(GO) test -count=1 -run '^TestBrowser$$' -v ./serve/ | grep -E 'screenshot|^(ok|FAIL|---)'

# Every fuzz target of every package, each for FUZZTIME (FUZZTIME=5m make fuzz).
# Seeds come from internal/malformed (up to 64 KiB each; bigger inputs are the
# end-to-end suite's), and minimizing a new input is capped at 10s so that the
# time is spent fuzzing.
# A crasher is saved under the package's testdata/fuzz/ and fails the run;
# commit it with the fix, so that plain `go test` replays it from then on.
FUZZTIME ?= 30s
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
		for fn in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			echo "== $$fn in $$pkg for $(FUZZTIME)"; \
			$(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 10s $$pkg; \
		done; \
	done

# Extraction quality against the gold answers in ../shared (seeds, then dev).
eval: build
	@test -f $(SHARED)/gold/seeds.json || { echo "make eval needs $(SHARED)/gold and $(SHARED)/seeds (set SHARED=...)"; exit 1; }
	$(BIN) eval --gold $(SHARED)/gold/seeds.json $(SHARED)/seeds
	@if [ -f $(SHARED)/dev/gold.json ]; then echo; echo '$(BIN) eval --gold $(SHARED)/dev/gold.json $(SHARED)/dev/docs'; $(BIN) eval --gold $(SHARED)/dev/gold.json $(SHARED)/dev/docs; fi

clean:
	rm -rf bin $(DB) $(DB).search web/node_modules serve/assets/vendor

# `make data` regenerates the world-knowledge data files.
-include data/data.mk
