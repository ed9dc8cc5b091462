# The two commands of the README: `make demo` and `make test`.
# Both install what is missing (tesseract through apt-get, a virtualenv, the package) first;
# `make test` also Debian's chromium, which the browser tests drive.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ARCHIVE ?= metp-archive

.PHONY: demo test system-deps browser-deps install samples bench clean

demo: install
	$(BIN)/metp --archive $(ARCHIVE) demo

test: install browser-deps
	$(BIN)/python -m pytest -q

install: $(VENV)/.installed

# tesseract with English and orientation data, and Python's venv module, from Debian/Ubuntu packages.
system-deps:
	@missing=""; \
	if command -v tesseract >/dev/null; then \
	  langs="$$(tesseract --list-langs 2>/dev/null)"; \
	  grep -qx eng <<<"$$langs" || missing="$$missing tesseract-ocr-eng"; \
	  grep -qx osd <<<"$$langs" || missing="$$missing tesseract-ocr-osd"; \
	else missing="$$missing tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd"; fi; \
	$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || missing="$$missing python3-venv python3-pip"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# Chromium for the browser tests: Playwright drives /usr/bin/chromium (it cannot download a browser of its own here).
# After system-deps, so that two apt-get runs never overlap under `make -j`.
browser-deps: system-deps
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing system packages: chromium"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; \
	fi

$(VENV)/.installed: pyproject.toml | system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,scripts]'
	touch $@

samples: install
	$(BIN)/python scripts/make_samples.py

bench: install
	$(BIN)/python scripts/bench_ingest.py

clean:
	rm -rf $(VENV) $(ARCHIVE) .pytest_cache
