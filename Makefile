# ispolkom — a newcomer needs only `make run` and `make test` (see README.md).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
# Host names the server answers (others get a 400): loopback (*.localhost: the demo's other
# committees) and HOST. Serving on every
# interface (HOST=0.0.0.0)? Name the machine: `make run HOST=0.0.0.0 ALLOWED_HOSTS=192.168.1.5`.
ALLOWED_HOSTS ?= 127.0.0.1,localhost,.localhost,[::1],$(HOST)

.PHONY: run dev test test-fast install install-test demo lint messages check clean bench bench-sites load churn lcp vnu cluster

run: demo  ## install, migrate, load the demo, serve it as visitors see it (DEBUG off)
	@$(MANAGE) ensure_admin
	@echo "Serving on http://$(HOST):$(PORT)/"
	ALLOWED_HOSTS='$(ALLOWED_HOSTS)' DEBUG=0 $(MANAGE) runserver $(HOST):$(PORT)

dev: demo  ## as `make run`, with DEBUG on (Django's technical error pages): developers only
	@$(MANAGE) ensure_admin
	@echo "Serving on http://$(HOST):$(PORT)/ with DEBUG on: never let visitors reach it"
	ALLOWED_HOSTS='$(ALLOWED_HOSTS)' DEBUG=1 $(MANAGE) runserver $(HOST):$(PORT)

test: install-test vnu  ## the whole suite (SQLite, or DATABASE_URL)
	$(BIN)/ruff check ispolkom tests
	$(MANAGE) makemigrations --check --dry-run --settings=ispolkom.settings.test
	$(BIN)/pytest -m "not browser"
	@# Real-browser tests run in a process of their own (see tests/browser/conftest.py).
	$(BIN)/pytest -m browser tests/browser

test-fast: install-test  ## the inner loop: lint and every test but the slow, live-server and browser ones
	$(BIN)/ruff check ispolkom tests
	$(BIN)/pytest -m "not browser and not slow and not live"

install: $(VENV)/.runtime

install-test: $(VENV)/.test

$(VENV)/.runtime: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test: requirements-test.txt $(VENV)/.runtime
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@

# The Nu HTML Checker (needs Java); the HTML validity test uses it when present.
vnu: package.json
	@if command -v npm >/dev/null; then test -d node_modules/vnu-jar -a -d node_modules/ical.js || npm ci --silent --no-audit --no-fund; \
	else echo "npm not found: HTML validation tests will be skipped"; fi

demo: install  ## load the demo content into the current database
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

lint: install-test
	$(BIN)/ruff check ispolkom tests

messages: install  ## refresh .po files after changing strings, then translate and run `make compile`
	cd ispolkom && ../$(BIN)/django-admin makemessages -l be -l ru --no-obsolete
	cd ispolkom && ../$(BIN)/django-admin compilemessages

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media .test-media .pytest_cache

bench: install  ## benchmark at 1,000 and BENCH_NEWS (100,000) news; see docs/performance.md
	@command -v wrk >/dev/null && command -v nginx >/dev/null || \
		{ [ "$$(id -u)" = 0 ] && apt-get install -y -qq wrk nginx >/dev/null; } || \
		{ echo "bench needs wrk and nginx (apt-get install wrk nginx)"; exit 1; }
	$(BIN)/python bench/run.py

load: install  ## only the load run of the benchmark (200 and 50 connections, 60 s each)
	@command -v wrk >/dev/null || { echo "load needs wrk (apt-get install wrk)"; exit 1; }
	BENCH_ONLY=load $(BIN)/python bench/run.py

bench-sites: install  ## the multi-site run: 50 committees x 20,000 news on PostgreSQL (BENCH_DATABASE_URL)
	@command -v wrk >/dev/null || { echo "bench-sites needs wrk (apt-get install wrk)"; exit 1; }
	@test -n "$$BENCH_DATABASE_URL" || { echo "bench-sites needs BENCH_DATABASE_URL=postgres://..."; exit 1; }
	BENCH_ONLY=sites $(BIN)/python bench/run.py

churn: install  ## only the churn run of the benchmark (issue 16: a publish a minute, 300 s)
	@command -v wrk >/dev/null || { echo "churn needs wrk (apt-get install wrk)"; exit 1; }
	BENCH_ONLY=churn $(BIN)/python bench/run.py

lcp: install  ## only the phone run of the benchmark (issue 16: LCP on a throttled phone, Chromium)
	@command -v nginx >/dev/null || { echo "lcp needs nginx (apt-get install nginx)"; exit 1; }
	BENCH_ONLY=lcp $(BIN)/python bench/run.py

cluster: install-test  ## two app servers, nginx, PostgreSQL, Redis and S3 (moto) as local processes, checked (docs/deployment.md)
	@command -v redis-server >/dev/null && command -v nginx >/dev/null || \
		{ echo "cluster needs redis-server and nginx (apt-get install redis-server nginx)"; exit 1; }
	$(BIN)/python deploy/cluster.py
