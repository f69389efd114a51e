# Thin aliases for scripts/dev.py, which works without make too.
PYTHON ?= python3

.PHONY: run test check bench
run:
	$(PYTHON) scripts/dev.py run
test:
	$(PYTHON) scripts/dev.py test
check:
	$(PYTHON) scripts/dev.py check
bench:
	$(PYTHON) scripts/dev.py bench
