# Preflight: set-up, run, test, build. Every target installs what it needs first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := resources/sample/linkedin-export
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck pytest system-deps system-deps-test translations bench dist dist-smoke install-desktop uninstall-desktop clean

run: system-deps $(VENV)/.installed translations
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BIN)/preflight gui $(SAMPLE); \
	else \
		echo "No display found: printing the sample profile's readiness check."; \
		$(BIN)/preflight check $(SAMPLE) || [ $$? -eq 1 ]; \
	fi

# The built-app smoke test is part of the suite: the one-folder build must keep working.
test: system-deps-test $(VENV)/.installed-dev translations lint typecheck pytest dist-smoke

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check desktop tests bench
	$(BIN)/ruff format --check desktop tests bench

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

pytest: $(VENV)/.installed-dev translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

system-deps:
	@bash packaging/scripts/ensure-system-deps.sh

system-deps-test:
	@bash packaging/scripts/ensure-system-deps.sh --test

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	touch $@

$(VENV)/.installed: $(VENV)/.created pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.created pyproject.toml
	$(BIN)/pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

bench: $(VENV)/.installed-dev
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

$(VENV)/.installed-dist: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dist]'
	touch $@

# One-folder desktop build in dist/preflight/ (spec: packaging/preflight.spec).
dist: system-deps-test $(VENV)/.installed-dist translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/preflight.spec
	@# Python and the Cython extensions ship with debug info: drop it. Not a blanket strip (see the
	@# spec): wheels' bundled *.libs and Qt are patched with patchelf and must be left as they are.
	find dist/preflight/_internal -name '*.so*' -type f -not -path '*.libs/*' -not -path '*/PySide6/*' \
		-exec strip --strip-debug {} +
	@du -sh dist/preflight

# Proves the built folder works: check, report and the GUI on the bundled sample, and its size.
dist-smoke: dist
	bash packaging/scripts/dist-smoke.sh dist/preflight

install-desktop: dist
	bash packaging/scripts/install-desktop.sh

uninstall-desktop:
	bash packaging/scripts/install-desktop.sh --uninstall

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache resources/translations/*.qm
