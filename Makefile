# Two commands do everything from a fresh clone: `make extract` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXTRACT_ARGS ?=
PYTEST_ARGS ?=

BENCH_DOCS ?= 2000

.PHONY: install extract report test lint format bench clean

# (Re)install when the dependencies or their pins change.
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

extract: $(STAMP)
	$(BIN)/claims extract corpus --out outputs $(EXTRACT_ARGS)

# One self-contained HTML page over the tables of `make extract`.
report: $(STAMP)
	$(BIN)/claims report outputs --out outputs/report.html

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest $(PYTEST_ARGS)

# Speed and memory, side by side on one sample of ../shared's White House corpus
# (about an hour for 2,000 documents on 2 cores); writes docs/benchmarks.md.
bench: $(STAMP)
	$(BIN)/python scripts/bench.py --docs $(BENCH_DOCS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) outputs/.claims-cache outputs/*.jsonl outputs/*.csv outputs/*.parquet
