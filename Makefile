# Two commands on a fresh machine: `make run` (the demo) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: run test test-postgres lint chromium clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/newsline run examples/articles.jsonl --out $(OUT) --title "newsline example timeline"

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The page tests drive Debian's chromium (root installs it; elsewhere they skip and say why).
chromium:
	@command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y chromium) || echo "chromium not installed: browser tests will skip"

test: lint chromium
	$(BIN)/python -m pytest

# The store tests on a throwaway PostgreSQL server too, as CI runs them.
test-postgres: $(VENV)/.installed
	eval "$$(.ci/postgres start)" && trap '.ci/postgres stop "$$NEWSLINE_TEST_POSTGRES_DIR"' EXIT \
		&& CI=true $(BIN)/python -m pytest tests/outputs tests/flows

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
