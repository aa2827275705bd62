# The two commands that matter: `make run` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
ODK_STAMP := tests/odk/node_modules/.package-lock.json
POUCH_STAMP := bench/pouchdb/node_modules/.package-lock.json
DEMO   := .demo/workspace
# Synthetic demo data only: this password protects nothing real and is printed by `make run`.
DEMO_PASSWORD := demo-circuit-ride-2026

.PHONY: install run demo test bench parity forms-corpus lint clean sysdeps translations qm dist

install: $(STAMP) qm $(ODK_STAMP) $(POUCH_STAMP)

$(STAMP): pyproject.toml installers/sysdeps.sh
	@./installers/sysdeps.sh
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# ODK's own form engine (Node), the reference the form-parity tests compare our engine with.
# Without npm those tests skip and say how to install it.
$(ODK_STAMP): tests/odk/package.json tests/odk/package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --prefix tests/odk --no-audit --no-fund --loglevel=error; \
	  else echo "npm not found: the ODK parity tests will be skipped (install Node.js 20 and npm)"; fi

# PouchDB replicating through express-pouchdb: what `make bench` compares our sync with.
# Without npm that comparison prints how to install it and the other benchmarks still run.
$(POUCH_STAMP): bench/pouchdb/package.json bench/pouchdb/package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --prefix bench/pouchdb --no-audit --no-fund --loglevel=error; \
	  else echo "npm not found: the PouchDB sync comparison will be skipped (install Node.js 20 and npm)"; fi

sysdeps:
	@./installers/sysdeps.sh

TS_FILES := $(wildcard app/ui/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

# Compile the UI translations (app/ui/i18n.py also compiles a missing one on first use).
qm: $(QM_FILES)

app/ui/translations/%.qm: app/ui/translations/%.ts | $(STAMP)
	@$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the source after UI strings changed (translators then fill them in).
# First the catalogue of the services' message templates (app/ui/service_messages.py, generated);
# English gets the plural forms only ("%n case(s)" -> "1 case" / "%n cases").
TR_SOURCES = $$(find app/ui -name '*.py' | sort) app/services/history.py
translations: $(STAMP)
	$(BIN)/python -m app.ui.service_catalog
	$(BIN)/pyside6-lupdate -no-obsolete $(TR_SOURCES) -ts app/ui/translations/circuitride_es.ts app/ui/translations/circuitride_uk.ts app/ui/translations/circuitride_ru.ts
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly -source-language en -target-language en $(TR_SOURCES) -ts app/ui/translations/circuitride_en.ts

$(DEMO)/workspace.json: | $(STAMP)
	@mkdir -p .demo
	CIRCUITRIDE_PASSWORD=$(DEMO_PASSWORD) $(BIN)/circuitride --data-dir $(DEMO) demo --cases 300 --seed 7

demo: $(STAMP) $(DEMO)/workspace.json

run: demo qm
	@echo "Demo workspace: $(DEMO)  (synthetic data; password: $(DEMO_PASSWORD))"
	CIRCUITRIDE_PASSWORD=$(DEMO_PASSWORD) $(BIN)/circuitride --data-dir $(DEMO)

test: $(STAMP) qm $(ODK_STAMP) $(POUCH_STAMP)
	@rm -f .last-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q || { rc=$$?; \
	  if [ $$rc -ge 128 ] && [ -f .last-test ]; then echo "pytest itself died (signal $$((rc - 128))) in: $$(cat .last-test)" >&2; fi; \
	  exit $$rc; }

bench: $(STAMP) $(POUCH_STAMP)
	$(BIN)/python -m bench

# Form logic against ODK's own engine: 50 random interviews per corpus form (PARITY_INTERVIEWS).
parity: $(STAMP) $(ODK_STAMP)
	$(BIN)/python -m bench.parity

# How much of the practitioners' forms (tests/forms_odk/corpus/practice) our engine takes, beside
# pyxform and ODK Validate, and which features block the rest (about 8 minutes).
forms-corpus: $(STAMP) $(ODK_STAMP)
	$(BIN)/python -m bench.forms_corpus

# Style (ruff), the layer contracts (import-linter, [tool.importlinter] in pyproject.toml) and the
# type checker (mypy, [tool.mypy]: strict on the core packages). CI runs this before `make test`.
lint: $(STAMP)
	$(BIN)/ruff check app tests bench tools
	$(BIN)/ruff format --check app tests bench tools
	$(BIN)/lint-imports
	$(BIN)/mypy

# The self-contained desktop bundle (PyInstaller, installers/circuitride.spec) in dist/circuitride/,
# then the Linux tarball with a .desktop file and an icon (installers/linux/package.sh). Windows and
# macOS build the same spec in .github/workflows/release.yml. `make test` then runs its smoke test.
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	@touch $(DIST_STAMP)

dist: $(STAMP) $(DIST_STAMP) qm
	$(BIN)/python installers/make_icon.py build/icon
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller installers/circuitride.spec
	./installers/linux/strip_debug.sh dist/circuitride
	./installers/linux/package.sh dist/circuitride build/icon/circuitride.png dist

clean:
	rm -rf $(VENV) .demo dist build .pytest_cache .ruff_cache .mypy_cache .import_linter_cache .hypothesis
