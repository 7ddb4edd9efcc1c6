# SDI / CSW (issue #19): a pycsw 2.6.2 test server in its own venv (Debian's Python 3.11), started by the tests on 127.0.0.1.
CSW_SERVER_VENV := .venv-csw-server
EXTRA_DEPS += $(CSW_SERVER_VENV)/.installed
APT_PACKAGES += python3-owslib python3-lxml

$(CSW_SERVER_VENV)/.installed: requirements-csw-server.txt
	$(PY_SYSTEM) -m venv $(CSW_SERVER_VENV)
	$(CSW_SERVER_VENV)/bin/pip install -q --disable-pip-version-check -r requirements-csw-server.txt
	@touch $@
