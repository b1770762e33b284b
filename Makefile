# Every target creates the virtualenv it needs, from nothing but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= examples.db

.PHONY: demo test lint fix eval bench bench-scale lock clean

$(STAMP): pyproject.toml requirements.lock
	@pkg-config --exists icu-i18n 2>/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get update -qq && apt-get install -y -qq libicu-dev pkg-config >/dev/null; } \
		|| { echo "PyICU (needed by followthemoney) compiles against ICU: apt-get install libicu-dev pkg-config"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	# The lock is the whole closure, so pip installs it as listed (--no-deps): the resolver of
	# the pip that venv bundles reads an extra (smart-open[http]) as a second, unpinned
	# requirement once a newer release is published. pip check then proves the closure holds.
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip check
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)  ## ingest the bundled examples and print a summary
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/corroborate ingest examples/ --db $(DB)
	$(BIN)/corroborate summary --db $(DB)

test: $(STAMP)  ## run the test suite
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check corroborate tests bench
	$(BIN)/ruff format --check corroborate tests bench
	$(BIN)/mypy corroborate
	$(BIN)/cog --check docs/cli.md docs/extractors.md

fix: $(STAMP)
	$(BIN)/ruff check --fix corroborate tests bench
	$(BIN)/ruff format corroborate tests bench
	$(BIN)/cog -r docs/cli.md docs/extractors.md

eval: $(STAMP)  ## score every stage on ../shared/bench (development splits)
	for task in segment ner names timex geo attribution plover events stories discrepancies corroboration; do \
		echo "== $$task"; $(BIN)/corroborate eval $$task || exit 1; done

bench: $(STAMP)  ## throughput and peak memory of ingest vs bare spaCy
	$(BIN)/python bench/ingest_bench.py --articles 2000 --out docs/benchmarks.md

SCALE_SIZES ?= 1000,10000,100000
bench-scale: $(STAMP)  ## adding 50 articles to stores of 1k-100k cloned articles; web p95 on them
	$(BIN)/python bench/scale_bench.py --sizes $(SCALE_SIZES) --out docs/benchmarks.md

lock: $(STAMP)  ## re-pin every dependency with hashes after editing pyproject.toml
	$(BIN)/pip install --quiet uv==0.13.9
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra dask --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
