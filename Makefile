# Developer and CI entry points. Everything runs inside .venv (created on demand).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
LANGS := ko zh_CN ja ru mn
TS_FILES := $(foreach lang,$(LANGS),i18n/contest_app_$(lang).ts)
PYTEST_ARGS ?=

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: venv demo test test-pg lint translations lupdate bundle clean distclean

venv: $(STAMP)

# reinstalls when pyproject.toml changes; the stamp is written only after a complete install
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(BIN)/pip install -e '.[dev]'
	touch $(STAMP)

demo: venv translations
	$(BIN)/contest-app demo

# compiles every i18n/*.ts to the .qm beside it; nothing to do while there are none
translations: venv
	@for ts in i18n/*.ts; do \
		[ -e "$$ts" ] || continue; \
		$(BIN)/pyside6-lrelease "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done

test: venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# the same suite on PostgreSQL: CONTEST_APP_TEST_DB=postgresql+psycopg://USER@HOST:PORT/DB
test-pg: venv translations
	@if [ -z "$$CONTEST_APP_TEST_DB" ]; then \
		echo "test-pg: set CONTEST_APP_TEST_DB to a PostgreSQL server URL," \
			"e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres" >&2; \
		exit 2; \
	fi
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/mypy

# refreshes the translation sources from the code, keeping what is translated already
lupdate: venv
	mkdir -p i18n
	$(BIN)/pyside6-lupdate $$(find contest_app -name '*.py' | sort) -no-obsolete -ts $(TS_FILES)

bundle: venv translations
	$(BIN)/pip install pyinstaller && $(BIN)/pyinstaller --noconfirm build.spec

.PHONY: bundle-smoke text-fit

# builds the bundle, then runs the frozen executable (not the source) through tools/bundle_smoke.sh
bundle-smoke: bundle
	bash tools/bundle_smoke.sh "dist/$$($(PY) -c \
		'from contest_app import APP_NAME, __version__; print(f"{APP_NAME}-{__version__}")')"

# text that does not fit its widget, every page and dialog in six languages (offscreen)
text-fit: venv translations
	QT_QPA_PLATFORM=offscreen $(PY) tools/text_fit.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache *.egg-info
	rm -f i18n/*.qm
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
