# molisa-facts. Needs only python3.11 and make: uv is bootstrapped into .tools/ from PyPI.
PYTHON ?= python3.11
UV_VERSION ?= 0.13.8
UV := .tools/bin/uv
BENCH_SIZES ?= 1000 10000
BENCH_MODE ?= realistic
VENV := .venv
export MOLISA_RAW_DIR ?= data/raw
export MOLISA_WAREHOUSE ?= data/warehouse
export DAGSTER_HOME ?= $(CURDIR)/.dagster

.PHONY: install run test dev lint bench clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet "uv==$(UV_VERSION)"

# Bytecode compiled once at install: environments with PYTHONDONTWRITEBYTECODE=1 would recompile every run (~4 s).
$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --compile-bytecode --python $(PYTHON)
	touch $@

install: $(VENV)/.synced

run: install
	$(VENV)/bin/molisa run

# pytest exits 5 when it collects no test: that is a failure too. Two workers, one per core of the
# target machine, each taking whole test files (a file's shared run is made once).
test: install
	$(VENV)/bin/pytest -q -n 2 --dist loadfile; status=$$?; if [ $$status -eq 5 ]; then echo "no test was collected" >&2; exit 1; fi; exit $$status

dev: install
	mkdir -p $(DAGSTER_HOME)
	test -f $(DAGSTER_HOME)/dagster.yaml || printf 'concurrency:\n  pools:\n    default_limit: 1\ntelemetry:\n  enabled: false\n' > $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

# Full run, no-op rerun and 1%-change rerun on generated corpora (realistic pages by default,
# BENCH_MODE=template for planted facts), with the floor measured in the same run; table + bench/results/*.json.
bench: install
	$(VENV)/bin/python bench/run.py --mode $(BENCH_MODE) $(BENCH_SIZES)

lint: install
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .tools data/warehouse .dagster
