# Everything a user runs; the first target that needs it creates .venv and
# installs the project from pyproject.toml.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
RAW    ?= data/raw
OUT    ?= data/out
GOLD   ?= ../shared/gold/dev
CORPUS ?= ../shared/corpus
EVAL_OUT ?= build/eval
ARGS   ?=
TO     ?= sqlite

.PHONY: extract test eval schema golden bench export review clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $@

extract: $(STAMP)
	$(BIN)/python -m extract run $(RAW) --out $(OUT) $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	rm -rf $(EVAL_OUT)
	$(BIN)/python -m extract run $(GOLD) --out $(EVAL_OUT) || true
	$(BIN)/python -m extract eval $(EVAL_OUT) $(GOLD)

schema: $(STAMP)
	$(BIN)/python -m extract schema --out schemas/article.schema.json

golden: $(STAMP)
	$(BIN)/python tests/regenerate_golden.py

export: $(STAMP)
	$(BIN)/python -m extract export $(OUT) --to $(TO) --dest build/export

review: $(STAMP)
	$(BIN)/python -m extract review $(OUT) --dest build/review

bench: $(STAMP)
	$(BIN)/python -m extract.check.bench --corpus $(CORPUS) $(ARGS)

clean:
	rm -rf $(VENV) build
