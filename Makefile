# The front door. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_SYSTEM ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: help install pango run migrate demo superuser serve-dev serve check-deploy backup restore test lint architecture format check pytest test-postgres test-browser test-scaleout audit messages clean bench bench-print lighthouse

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[1m%-15s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# --no-compile: Python compiles a module when it is first imported; compiling every installed file up front
# took half of the install.
$(STAMP): requirements.txt requirements-dev.txt
	@test -d $(VENV) || $(PYTHON_SYSTEM) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --no-compile --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

install: $(STAMP) pango ## Create .venv and install the pinned dependencies

# WeasyPrint (the printable materials' PDFs, materials/printing.py) loads Pango from the system.
pango:
	@$(PY) -c "import weasyprint" 2>/dev/null || { echo "Printable materials need Pango (Debian): sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0"; exit 1; }

migrate: install ## Apply database migrations
	$(PY) manage.py migrate --no-input

demo: migrate ## Load the demo content in Japanese and English (idempotent)
	$(PY) manage.py load_demo_content

superuser: migrate ## Create a local superuser once, with a generated password printed once
	$(PY) manage.py ensure_local_superuser

# runserver in the foreground, and Wagtail's publish_scheduled every minute in the background (so scheduled
# pages go live by themselves); Ctrl-C or runserver exiting stops both.
run: demo superuser ## Install, migrate, load the demo content and serve on 127.0.0.1:$PORT (default 8000)
	@echo ""
	@echo "  Site:   http://127.0.0.1:$(PORT)/  (Japanese: /ja/, English: /en/)"
	@echo "  Admin:  http://127.0.0.1:$(PORT)/admin/"
	@echo "  Scheduled publishing: publish_scheduled runs every minute while the site runs."
	@echo ""
	@export DJANGO_WAGTAILADMIN_BASE_URL=$${DJANGO_WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)}; \
	$(PY) manage.py publish_scheduled_loop & loop=$$!; \
	trap 'kill $$loop 2>/dev/null; wait $$loop 2>/dev/null' EXIT; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: install architecture ## ruff lint and format check, then the architecture contracts
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

architecture: install ## The import-linter contracts in .importlinter: layers, content apps through their models, no cycles
	$(VENV)/bin/lint-imports --no-cache

format: install ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install ## Django system checks and a check that no migration is missing
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run

# Throwaway secrets: check-deploy only inspects the production settings; serve signs sessions with a key
# made at start (editors sign in again after a restart).
PROD_ENV = DJANGO_SETTINGS_MODULE=settings.production \
	DJANGO_SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost

check-deploy: install ## Django's deployment checklist against the production settings
	$(PROD_ENV) $(PY) manage.py check --deploy --fail-level WARNING

backup: install ## Write backups/campaign-<time>.tar.gz: the database (SQLite backup or pg_dump) and media
	$(PY) manage.py backup

restore: install ## Restore FILE=backups/….tar.gz into an empty database (DJANGO_DATABASE_URL) and DJANGO_MEDIA_ROOT
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/campaign-….tar.gz"; exit 2; }
	$(PY) manage.py restore "$(FILE)"

serve: demo ## The production stack locally: Granian, production settings, whitenoise, on 127.0.0.1:$PORT over HTTP
	$(PROD_ENV) $(PY) manage.py collectstatic --no-input --verbosity 0
	@echo "  Site: http://127.0.0.1:$(PORT)/  (production settings; only the HTTPS redirect is off)"
	$(PROD_ENV) DJANGO_SECURE_SSL_REDIRECT=false DJANGO_WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) SERVER_BIND=127.0.0.1:$(PORT) $(PY) deploy/serve.py

# The suite runs in one process per core (pytest-xdist): PYTEST_WORKERS=0 runs it in this process. A worker
# that runs out of tests takes some from another's queue (worksteal), so that both cores work to the end.
PYTEST_WORKERS ?= auto
XDIST = -n $(PYTEST_WORKERS) $(if $(filter 0,$(PYTEST_WORKERS)),,--dist worksteal)

pytest: install ## The test suite (a worker per core); then the browser tests if /usr/bin/chromium exists
	$(VENV)/bin/pytest $(XDIST) $(PYTEST_ARGS)
	@if [ -n "$(SKIP_BROWSER)" ]; then \
		echo "Browser tests skipped here (SKIP_BROWSER is set): make test-browser runs them."; \
	elif [ -x /usr/bin/chromium ]; then \
		REQUIRE_BROWSER=1 $(VENV)/bin/pytest -m browser $(XDIST) $(PYTEST_ARGS); \
	else \
		echo "Browser tests not run: /usr/bin/chromium is missing (apt-get install chromium, then make test-browser)."; \
	fi

test: lint check check-deploy pytest ## Every check: lint, format, Django checks, migrations, the deployment checklist, tests

test-postgres: install ## The test suite against a throwaway PostgreSQL database on 127.0.0.1:5432
	bash scripts/test-postgres.sh $(XDIST) $(PYTEST_ARGS)

test-scaleout: install ## Two app servers sharing PostgreSQL and Redis: a publish through one is fresh on the other
	REQUIRE_SCALEOUT=1 $(VENV)/bin/pytest -m scaleout -p no:cacheprovider $(PYTEST_ARGS)

test-browser: install ## The browser tests only (Playwright + axe in /usr/bin/chromium); fails if Chromium is missing
	REQUIRE_BROWSER=1 $(VENV)/bin/pytest -m browser $(XDIST) $(PYTEST_ARGS)

audit: ## pip-audit of the pinned dependencies (in its own .venv-audit); says so when the database is unreachable
	bash scripts/audit.sh

messages: install ## Update and compile the Japanese interface translations
	$(PY) manage.py makemessages -l ja --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=media --no-location
	$(PY) manage.py compilemessages -l ja --ignore=.venv

clean: ## Remove the virtualenv, the local database and uploaded media
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm media staticfiles .cache .pytest_cache .ruff_cache

bench: install ## Benchmark: cold app, app page cache, deploy/nginx.conf's cache, static ceiling (wrk; BENCH_DURATION=10s)
	@command -v wrk >/dev/null && { command -v nginx >/dev/null || test -x /usr/sbin/nginx; } || \
		{ echo "make bench needs nginx and wrk: apt-get install nginx-light wrk"; exit 2; }
	$(PY) -m bench.run

bench-print: demo ## Render times and memory of printable materials against their targets (bench/print.py)
	$(PY) bench/print.py

lighthouse: demo ## Lighthouse (mobile) on home, help and materials in both languages (Node.js, npm, /usr/bin/chromium)
	$(PY) bench/lighthouse.py
