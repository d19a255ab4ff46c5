# Every command of the README is a target here. Needs only Python 3.11 (and root or an installed
# Chromium for the browser tests).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# `make run` serves like production (gunicorn + whitenoise, DEBUG off) with the developer settings,
# so that it needs no environment variable.
RUN_ENV := DJANGO_SETTINGS_MODULE=config.settings.dev DJANGO_DEBUG=0

.PHONY: run dev test install install-dev messages messages-compile browser fonts icons h5p-player lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

## Compile locales/*/LC_MESSAGES/django.po to .mo with polib (no system gettext needed).
messages-compile: install
	$(BIN)/python tools/compile_messages.py

## Refresh the .po catalogues from the templates and code (needs GNU gettext), then compile them.
messages: install
	$(BIN)/python manage.py makemessages --all --no-location --ignore=.venv --ignore=static \
		--ignore=tests --ignore=bench --ignore=tools --ignore=demo --ignore=workspace
	# The admin screens of the workspace speak French or English only: their own catalogue.
	cd workspace && ../$(BIN)/python ../manage.py makemessages -l fr -l en --no-location
	$(BIN)/python tools/compile_messages.py

## Set up everything and serve the site on http://127.0.0.1:$(PORT) with gunicorn + whitenoise.
run: install messages-compile
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput
	$(RUN_ENV) $(BIN)/python manage.py load_demo
	$(RUN_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	@echo ""
	@echo "Numerik'AIR is served on http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/)"
	@echo "Admin login: $${DEMO_ADMIN_USERNAME:-admin} / $${DEMO_ADMIN_PASSWORD:-numerikair-demo} (unless the account already existed)"
	$(RUN_ENV) $(BIN)/gunicorn config.wsgi --config config/gunicorn.conf.py --bind 127.0.0.1:$(PORT)

## Django's autoreloading development server.
dev: install messages-compile
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## Install Debian's Chromium for the browser tests if it is missing and we may install it.
browser:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's Chromium for the browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| echo "Chromium could not be installed: browser tests will be skipped"; \
	fi

## The whole test suite (browser tests run when Chromium is available; see README).
test: install-dev messages-compile browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## Style, then which way the imports run between the apps (contracts in .importlinter).
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Refresh the vendored H5P player (npm package h5p-standalone, pinned in the script) in site/static/.
h5p-player:
	tools/vendor_h5p_standalone.sh

## Rebuild the self-hosted WOFF2 fonts from Debian's fonts-noto-core (output is committed).
fonts: install-dev
	@test -d /usr/share/fonts/truetype/noto || (apt-get install -y -qq fonts-noto-core)
	$(BIN)/python tools/subset_fonts.py

## Rebuild the PNG icons of the install manifest from site/static/img/favicon.svg (output is committed).
icons:
	@command -v rsvg-convert >/dev/null || apt-get install -y -qq librsvg2-bin
	tools/make_app_icons.sh

## Benchmarks that print figures (quoted in the issues' notes).
bench: install-dev messages-compile browser
	$(BIN)/python bench/page_weight.py
	$(BIN)/python bench/module_page.py
	$(BIN)/python bench/learners.py
	$(BIN)/python bench/h5p_import.py

clean:
	rm -rf $(VENV) static db.sqlite3 db.sqlite3-wal db.sqlite3-shm locales/*/LC_MESSAGES/*.mo locale_overrides/*/LC_MESSAGES/*.mo
