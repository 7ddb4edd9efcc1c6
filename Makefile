# Urban Twin — set-up, tests, demo, benchmarks, packaging.  `make demo` and `make test` are all a new machine needs.
SHELL := /bin/bash
PY_SYSTEM := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SERVER_VENV := .venv-catalogue-server
VERSION := $(shell sed -n "s/^version=//p" metadata.txt)
PLUGIN_FILES := metadata.txt __init__.py plugin.py core ui resources i18n LICENSE README.md CHANGELOG.md
APT_PACKAGES := qgis python3-qgis qgis-providers pyqt5-dev-tools qttools5-dev-tools poppler-utils python3-venv zip git
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export QT_QPA_PLATFORM := offscreen
# Capabilities add their own set-up in mk/*.mk (APT_PACKAGES += …, EXTRA_DEPS += target, their own targets)
# and test-only Python packages in requirements-test.d/*.txt, so adding one touches no other.
EXTRA_DEPS :=
include $(wildcard mk/*.mk)

.PHONY: deps apt-deps test lint demo bench package install translations i18n-check clean

deps: apt-deps $(VENV)/.installed $(SERVER_VENV)/.installed $(EXTRA_DEPS)

apt-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; fi

$(VENV)/.installed: requirements-test.txt $(wildcard requirements-test.d/*.txt) constraints.txt | apt-deps
	$(PY_SYSTEM) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-test.txt $(addprefix -r ,$(wildcard requirements-test.d/*.txt)) -c constraints.txt
	@touch $@

$(SERVER_VENV)/.installed: requirements-catalogue-server.txt
	@py312=$$(scripts/find_python312.sh) || { echo "No Python >= 3.12 found for the pygeoapi test server (pyenv 3.12 expected)"; exit 1; }; \
	echo "catalogue test server venv from $$py312"; $$py312 -m venv $(SERVER_VENV) && \
	$(SERVER_VENV)/bin/pip install -q --disable-pip-version-check -r requirements-catalogue-server.txt
	@touch $@

translations: apt-deps
	$(PY_SYSTEM) scripts/i18n.py update

i18n-check:
	$(PY_SYSTEM) scripts/i18n.py check

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(PY_SYSTEM) scripts/qt6_check.py

test: deps lint translations
	URBANTWIN_CATALOGUE_SERVER_PY=$(CURDIR)/$(SERVER_VENV)/bin/python $(PY) -m pytest -q tests

demo: deps translations
	$(PY) scripts/demo.py

bench: deps translations
	$(PY) bench/run_all.py

package: translations
	@rm -rf dist/stage && mkdir -p dist/stage/urban_twin
	git ls-files -co --exclude-standard -- $(filter-out i18n,$(PLUGIN_FILES)) | tar -c -T - | tar -x -C dist/stage/urban_twin
	mkdir -p dist/stage/urban_twin/i18n && cp i18n/*.ts i18n/*.qm dist/stage/urban_twin/i18n/
	find dist/stage -name "__pycache__" -prune -exec rm -rf {} +
	cd dist/stage && rm -f ../urban_twin-$(VERSION).zip && zip -qr ../urban_twin-$(VERSION).zip urban_twin
	@rm -rf dist/stage && echo "dist/urban_twin-$(VERSION).zip"

install: translations
	@dest="$${QGIS_PROFILE_DIR:-$$HOME/.local/share/QGIS/QGIS3/profiles/default}/python/plugins"; \
	mkdir -p "$$dest" && ln -sfn "$(CURDIR)" "$$dest/urban_twin" && echo "linked $(CURDIR) -> $$dest/urban_twin (enable it in the plugin manager)"

clean:
	rm -rf .build dist demo-output bench-output .pytest_cache .ruff_cache i18n/*.qm
