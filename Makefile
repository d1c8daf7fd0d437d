# Two entry points for a fresh machine (see README): `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup system-deps clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[all,test]'
	touch $(STAMP)

setup: $(STAMP)

system-deps:
	bash scripts/system-deps.sh

DEMO_DB ?= sqlite:///demo.db

# Analyse the bundled samples, store them, then serve the API and web UI on 127.0.0.1 (Ctrl-C stops).
demo: setup
	$(BIN)/chronique analyze --format pretty samples/
	$(BIN)/chronique ingest --db $(DEMO_DB) samples/
	$(BIN)/chronique serve --db $(DEMO_DB)

test: setup system-deps
	bash scripts/run-tests.sh

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
