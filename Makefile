# Two commands from nothing: `make demo` and `make test` create .venv and install what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_STORE ?= demo-data

.PHONY: install browser virtuoso demo pictures screenshots test lint clean bench bench-quick

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

browser:  # Debian's chromium for the browser tests, when missing (needs root; else they skip)
	tools/install_browser.sh

virtuoso:  # Debian's Virtuoso for the endpoint tests, when missing (needs root; else they skip)
	tools/install_virtuoso.sh

demo: install
	rm -rf $(DEMO_STORE)
	$(BIN)/kg ingest seeds/ --store $(DEMO_STORE)
	$(BIN)/kg query who-met-whom --store $(DEMO_STORE)
	$(BIN)/kg export --format turtle -o demo.ttl --store $(DEMO_STORE)

pictures: install  # the README's pictures, made from the seeds
	rm -rf $(DEMO_STORE)
	$(BIN)/kg ingest seeds/ --store $(DEMO_STORE) -q
	$(BIN)/kg graph -o docs/who-met-whom.png --store $(DEMO_STORE)
	$(BIN)/kg map -o docs/map.png --store $(DEMO_STORE)

screenshots: install browser  # the README's screenshots of the page, the network and the map
	$(BIN)/python -m tests.screenshots docs/screenshots

test: install browser virtuoso
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check kg tests

clean:
	rm -rf $(VENV) $(DEMO_STORE) demo.ttl .pytest_cache

bench: install
	$(BIN)/python -m bench.run

bench-quick: install
	$(BIN)/python -m bench.run --quick --out /tmp/kg-bench-quick.json --markdown /tmp/kg-bench-quick.md
