# The two commands that matter: `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := .demo/workspace
# Synthetic demo data only: this password protects nothing real and is printed by `make run`.
DEMO_PASSWORD := demo-circuit-ride-2026

.PHONY: install run demo test bench lint clean sysdeps

install: $(STAMP)

$(STAMP): pyproject.toml installers/sysdeps.sh
	@./installers/sysdeps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

sysdeps:
	@./installers/sysdeps.sh

$(DEMO)/workspace.json: | $(STAMP)
	@mkdir -p .demo
	CIRCUITRIDE_PASSWORD=$(DEMO_PASSWORD) $(BIN)/circuitride --data-dir $(DEMO) demo --cases 300 --seed 7

demo: $(STAMP) $(DEMO)/workspace.json

run: demo
	@echo "Demo workspace: $(DEMO)  (synthetic data; password: $(DEMO_PASSWORD))"
	CIRCUITRIDE_PASSWORD=$(DEMO_PASSWORD) $(BIN)/circuitride --data-dir $(DEMO)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check app tests bench
	$(BIN)/ruff format --check app tests bench

clean:
	rm -rf $(VENV) .demo .pytest_cache .ruff_cache .hypothesis
