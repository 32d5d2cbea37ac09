# Two commands do everything from a fresh clone: `make extract` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXTRACT_ARGS ?=
PYTEST_ARGS ?=

.PHONY: install extract test lint format clean

# (Re)install when the dependencies or their pins change.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

extract: $(STAMP)
	$(BIN)/claims extract corpus --out outputs $(EXTRACT_ARGS)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) outputs/.claims-cache outputs/*.jsonl outputs/*.csv outputs/*.parquet
