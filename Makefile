# Two commands: `make report` (set up + run every notebook on the seeds -> reports/*.html)
#               `make test`   (set up + run the whole test suite)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?=
OUT    ?= reports

.PHONY: report test setup lab browser clean-notebooks benchmarks notebooks clean

$(BIN)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

setup: $(BIN)/.installed ## create .venv and install pinned requirements + the helpers package

# CORPUS and OUT reach the runner through the environment, unexpanded: any folder name works (spaces,
# quotes, $, backticks), and nothing in it is ever run by the shell.
export STORY_CORPUS := $(value CORPUS)
export STORY_OUT := $(value OUT)

report: setup ## run every notebook top to bottom on CORPUS (default: the seeds) -> $(OUT)/index.html
	$(BIN)/python -m helpers.report --out="$$STORY_OUT" --corpus="$$STORY_CORPUS"

test: setup browser ## run the whole test suite (notebooks, gold, bad inputs, HTML report in Chromium)
	$(BIN)/python -m pytest

browser: ## make sure headless Chromium is there for the browser test (installs it only under CI)
	@bash scripts/ensure-browser.sh

lab: setup ## open JupyterLab on the notebooks with the project's environment
	$(BIN)/jupyter lab notebooks/

benchmarks: setup ## accuracy on ../shared/eval (both dev halves) and speed figures (printed, not asserted)
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/reuse.py
	$(BIN)/python benchmarks/boilerplate.py
	$(BIN)/python benchmarks/people.py
	-$(BIN)/python benchmarks/entities_conll.py  # needs the CoNLL-2003 dev sample kept outside the repo (see its docstring)
	-$(BIN)/python benchmarks/paraphrase.py  # needs the MRPC train sample kept outside the repo (see its docstring)
	$(BIN)/python benchmarks/report_scale.py
	$(BIN)/python benchmarks/scale.py

notebooks: setup ## rewrite notebooks/*.ipynb from scripts/make_notebooks.py (their cells live there)
	$(BIN)/python scripts/make_notebooks.py

clean-notebooks: setup ## strip outputs from the notebooks before committing
	$(BIN)/jupyter nbconvert --clear-output --inplace notebooks/*.ipynb

clean:
	rm -rf reports data/processed
