# The tracker. `make` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1:8000

.DEFAULT_GOAL := help
.PHONY: help install run demo worker test test-fast lint typecheck eval bench fuzz clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP) ## Create .venv and install the pinned requirements

demo: install ## Migrate, load desks, create the demo login and ingest the demo cables
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_desks
	$(PY) manage.py collectstatic --no-input -v 0
	$(PY) manage.py demo

run: demo ## Set up and serve on http://127.0.0.1:8000 (with a worker when CELERY_BROKER_URL is set)
	@if [ -n "$$CELERY_BROKER_URL" ]; then \
	  $(VENV)/bin/celery -A tracker worker -B --loglevel=INFO --concurrency=2 & \
	  trap "kill $$!" EXIT INT TERM; \
	  $(PY) manage.py runserver $(HOST); \
	else \
	  echo "No CELERY_BROKER_URL: Celery tasks run eagerly inside the web process."; \
	  $(PY) manage.py runserver $(HOST); \
	fi

worker: install ## Run a Celery worker with beat (needs CELERY_BROKER_URL)
	$(VENV)/bin/celery -A tracker worker -B --loglevel=INFO

test: install ## Set up and run every test (SQLite and eager Celery unless DATABASE_URL/CELERY_BROKER_URL are set)
	$(PY) -m pytest

test-fast: install ## Run the tests that need no corpus, no services
	$(PY) -m pytest -m "not corpus and not worker"

lint: install ## ruff (lint and format check) and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy cables tracker

eval: install ## Parser and detector accuracy on the corpus (needs ../shared)
	$(PY) -m cables.evaluation.parser_eval
	$(PY) -m cables.evaluation.detection_eval --set each --misses

bench: install ## Parser + detector throughput and memory (writes cables/evaluation/results/bench.txt)
	$(PY) -m cables.evaluation.bench

fuzz: install ## Mutation-fuzz the parser and detector on corpus cables for a minute (needs ../shared)
	$(PY) -m cables.evaluation.fuzz --seconds 60

clean: ## Remove the venv, the SQLite database and caches
	rm -rf $(VENV) db.sqlite3 .pytest_cache .mypy_cache .ruff_cache
