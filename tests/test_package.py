"""kg as an installed package: the wheel carries the data, and a pipeline saved by kg loads with ``spacy.load``.

The wheel is built from this checkout and installed (without its dependencies, which come from the running
environment through a ``.pth`` line) into a fresh virtual environment; every command then runs from a folder
outside the checkout, with no ``PYTHONPATH``. ``.ci/run`` repeats the same commands after a full install of the
wheel with its dependencies.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import spacy

from kg.nlp.extensions import relations

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Russian President Vladimir Putin ordered Sberbank to cooperate with Huawei in artificial intelligence."
GOLD = {"doc_id": "wheel-1", "text": "Russia and India agreed to build a satellite together.",
        "entities": [{"name": "Russia", "type": "Country"}, {"name": "India", "type": "Country"}],
        "relations": [{"s": "Russia", "p": "cooperatesWith", "o": "India"}]}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with kg's wheel installed; its folder (``bin/kg``, ``bin/python``)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a copy, so that the build leaves nothing in the checkout
    for name in ("pyproject.toml", "setup.py", "README.md"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, source / name)
    for name in ("kg", "data"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(source), "-w", str(work)],
                           capture_output=True, text=True, cwd=work)
    if built.returncode != 0 and ("No matching distribution" in built.stderr or "Could not find a version"
                                  in built.stderr):
        pytest.skip(f"no package index for the build tools (setuptools, wheel): {built.stderr[-300:]}")
    assert built.returncode == 0, built.stderr
    wheel = next(work.glob("kg-*.whl"))
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # without PYTHONPATH: a checkout on it would make pip take kg for installed already and install nothing
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KG_DATA_DIR")}
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, env=clean)
    # the dependencies (spaCy, the English model, rdflib, ...) of the environment running the tests
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    Path(purelib, "test-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    return env_dir


def run(installed: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KG_DATA_DIR")}
    env["PATH"] = f"{installed / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(list(args), capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_wheel_carries_data_and_commands_work_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    where = run(installed, "python", "-c", "import kg.resources as r; print(r.__file__); print(r.data_dir())",
                cwd=tmp_path)
    module, data = where.stdout.split()
    assert module.startswith(str(installed)) and data.startswith(str(installed)), where.stdout
    (tmp_path / "a.txt").write_text("Russia and China signed an agreement on artificial intelligence in Moscow.\n",
                                    encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    build = run(installed, "kg", "build", "a.txt", "-o", "g.ttl", "-q", cwd=tmp_path)
    assert build.returncode == 0, build.stderr
    assert "kge:russia" in (tmp_path / "g.ttl").read_text(encoding="utf-8")
    queries = run(installed, "kg", "queries", cwd=tmp_path)
    assert queries.returncode == 0 and "partners" in queries.stdout, queries.stderr
    valid = run(installed, "kg", "validate", "g.ttl", cwd=tmp_path)
    assert valid.returncode == 0 and "Valid" in valid.stdout, valid.stdout + valid.stderr
    scores = run(installed, "kg", "evaluate", "gold.jsonl", cwd=tmp_path)
    assert scores.returncode == 0 and "relations_strict" in scores.stdout, scores.stderr


def facts(doc: spacy.tokens.Doc) -> list[list[str]]:
    return sorted([r.subject, r.predicate, r.object, r.status] for r in relations(doc))


def test_saved_pipeline_loads_with_spacy_load_in_a_fresh_process(nlp, installed: Path, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    # no import of kg: spaCy finds kg's components through the package's spacy_factories entry points
    script = ("import json, sys, spacy\n"
              "nlp = spacy.load(sys.argv[1])\n"
              "doc = nlp(sys.argv[2])\n"
              "print(json.dumps(sorted([r[k] for k in ('subject', 'predicate', 'object', 'status')]\n"
              "                       for r in doc._.relations)))\n"
              "print(sys.modules['kg'].__file__)\n")
    loaded = run(installed, "python", "-c", script, str(tmp_path / "pipeline"), TEXT, cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    relations, kg_file = loaded.stdout.strip().splitlines()
    assert kg_file.startswith(str(installed))
    assert json.loads(relations) == facts(nlp(TEXT))
    assert ["vladimir-putin", "directs", "sberbank", "asserted"] in json.loads(relations)


def test_kg_data_dir_overrides_the_installed_data(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "my-data"
    (data / "queries").mkdir(parents=True)
    (data / "queries" / "mine.rq").write_text("# My own query\nSELECT * WHERE { ?s ?p ?o } LIMIT 1\n",
                                              encoding="utf-8")
    env_run = run(installed, "env", f"KG_DATA_DIR={data}", "kg", "queries", cwd=tmp_path)
    assert env_run.returncode == 0, env_run.stderr
    assert env_run.stdout.split() == ["mine", "My", "own", "query"]
