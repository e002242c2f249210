# Task runner. Every target sets up .venv from the pinned requirement files first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SITE_DIR ?= site

.PHONY: setup serve build test test-fast bench clean offline bench-delivery bench-search bench-self-check measure-self-check

$(VENV)/.installed: requirements.txt requirements-dev.txt constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed

build: setup
	$(PY) scripts/build.py --site-dir $(SITE_DIR)

serve: build
	$(PY) -m http.server 8000 --bind 127.0.0.1 --directory $(SITE_DIR)

# pytest exits 5 when it collected no tests: that is a failure too.
define pytest_run
	@$(PY) -m pytest $(1); status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest 没有收集到任何测试，按失败处理。"; exit 1; fi; \
	exit $$status
endef

# Every tier this machine can run; the summary names the tiers it skipped
# (tool missing) and how to install them. CI sets ZZSHH_REQUIRE_ALL=1: no skips.
# Two workers (pytest-xdist): the site's and the browser's tests on one, the
# rest on the other (tests/conftest.py).
test: setup
	$(call pytest_run,-n 2 --dist loadgroup)

# Everyday tier: no browser, nginx or Node.js.
test-fast: setup
	$(call pytest_run,-n 2 --dist loadgroup -m "not browser and not nginx and not node")

bench: setup
	$(PY) scripts/bench_build.py

# The offline package: dist/zzshh-offline.zip, opened from a folder.
offline: setup
	$(PY) scripts/package_offline.py

# Page weight and size budgets of what readers download (needs nginx and chromium).
bench-delivery: setup
	$(PY) scripts/bench_delivery.py

# Chinese search: ours beside Material's default on the same content (needs chromium).
bench-search: setup
	$(PY) scripts/bench_search.py

# Draft self-check speed (engine.js via mini-racer and in Node) at 5k/50k/500k/1M
# characters and on dense single lines, then every generated bad file.
bench-self-check: setup
	$(PY) scripts/bench_self_check.py --bad-input

# Precision and recall on drafts with answer keys that their writers made
# without seeing the engine (tests/selfcheck-unseen).
measure-self-check: setup
	$(PY) scripts/measure_self_check.py

clean:
	rm -rf $(VENV) $(SITE_DIR) dist
