"""kg's pipeline as a plain spaCy pipeline: entry-point factories that cost nothing to register, data through
``initialize`` and the serialisation methods, plain data in the Doc attributes (``doc.to_bytes()``, spaCy's own
``n_process``), no per-document state on the components."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kg.nlp import extensions as ext

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ["Russian President Vladimir Putin ordered Sberbank to cooperate with Huawei in artificial intelligence.",
         "The Hsinchu-based firm TSMC will build a chip plant in Japan with Sony, the ministry of economy said.",
         "Zorblax Labs, a start-up, signed no deal.\nIndia and France agreed to develop drones together."]
ATTRS = ("kg_entities", "kg_refs", "relations", "kg_mentions")


def plain(doc: Doc) -> dict[str, object]:
    """kg's attributes of ``doc`` as they are stored, through JSON (tuples and lists alike)."""
    return json.loads(json.dumps({name: doc._.get(name) for name in ATTRS}))


@pytest.fixture(scope="module")
def metadata(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with kg's package metadata as this checkout declares it (its ``spacy_factories`` entry points), to
    put before the environment's own on ``sys.path``: the entry points tested are this checkout's."""
    folder = tmp_path_factory.mktemp("metadata")
    info = folder / "kg-0.1.0.dist-info"
    info.mkdir()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: kg\nVersion: {project['version']}\n",
                                   encoding="utf-8")
    groups = project["entry-points"]
    (info / "entry_points.txt").write_text("".join(f"[{group}]\n" + "".join(f"{k} = {v}\n" for k, v in eps.items())
                                                   for group, eps in groups.items()), encoding="utf-8")
    return folder


def python(metadata: Path, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(metadata), str(ROOT)])}
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_registering_the_factories_imports_spacy_only(metadata: Path) -> None:
    script = ("import sys, spacy\n"
              "from importlib.metadata import entry_points\n"
              "before = set(sys.modules)\n"
              "eps = entry_points(group='spacy_factories')\n"
              "found = {ep.name: ep.load() for ep in eps if ep.value.startswith('kg.')}\n"
              "print(json.dumps({'factories': sorted(found), 'modules': sorted(set(sys.modules) - before)}))\n")
    run = python(metadata, "import json\n" + script)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["factories"] == ["kg_attribute_ruler", "kg_lemmatizer", "kg_linebreaks", "kg_linker", "kg_relation_model",
                                "kg_relations"]
    assert set(out["modules"]) == {"kg", "kg.nlp", "kg.nlp.factories", "kg.nlp.sentences"}


def test_making_the_components_imports_no_rdf_library(metadata: Path) -> None:
    # a factory imports its component's module when it makes it: the rules and data of kg, not rdflib (the
    # vocabulary's plain part, kg.schema, is what the components read) nor the graph engine or networkx
    script = ("import sys, spacy\n"
              "from kg.nlp.linker import EntityLinker\n"
              "from kg.nlp.relations import RelationExtractor\n"
              "from kg.nlp.relation_model import RelationModelComponent\n"
              "print(sorted({m.split('.')[0] for m in sys.modules} & {'rdflib', 'pyoxigraph', 'oxrdflib', 'networkx'}))")
    run = python(metadata, script)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_saved_pipeline_loads_with_plain_spacy_load(nlp, metadata: Path, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    script = ("import json, sys\n"
              "import spacy\n"
              "assert 'kg' not in sys.modules\n"
              "nlp = spacy.load(sys.argv[1])\n"
              "names = ('kg_entities', 'kg_refs', 'relations', 'kg_mentions')\n"
              "docs = [{n: doc._.get(n) for n in names} for doc in nlp.pipe(json.loads(sys.argv[2]))]\n"
              "print(json.dumps(docs))\n"
              "print(sys.modules['kg.nlp.linker'].__file__)\n")
    run = python(metadata, script, str(tmp_path / "pipeline"), json.dumps(TEXTS))
    assert run.returncode == 0, run.stderr
    docs, linker_file = run.stdout.strip().splitlines()
    assert linker_file == str(ROOT / "kg" / "nlp" / "linker.py")
    assert json.loads(docs) == [plain(doc) for doc in nlp.pipe(TEXTS)]
    facts = {(r["subject"], r["predicate"], r["object"]) for r in json.loads(docs)[0]["relations"]}
    assert ("vladimir-putin", "directs", "sberbank") in facts


def test_pipeline_round_trips_through_bytes_with_the_relation_model(nlp) -> None:
    fresh = spacy.util.get_lang_class(nlp.config["nlp"]["lang"]).from_config(nlp.config)
    assert fresh.get_pipe("kg_relation_model").model is None  # made from the config alone: no data
    fresh.from_bytes(nlp.to_bytes())
    assert fresh.get_pipe("kg_relation_model").model is not None
    assert [plain(doc) for doc in fresh.pipe(TEXTS)] == [plain(doc) for doc in nlp.pipe(TEXTS)]


def test_doc_attributes_are_plain_data_kept_by_doc_to_bytes(nlp) -> None:
    doc = nlp(TEXTS[0])
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert plain(back) == plain(doc) and plain(doc)["relations"]
    assert ext.relations(back) == ext.relations(doc)
    assert ext.entities(back) == ext.entities(doc) and ext.entities(doc)["sberbank"].type == "Organization"
    assert ext.mentions(back) == ext.mentions(doc) and ext.refs(back) == ext.refs(doc)
    # the records are copies: changing one changes nothing in the document
    ext.relations(doc)[0].status = "changed"
    assert all(r.status != "changed" for r in ext.relations(doc))


def test_spacy_n_process_gives_the_same_documents(nlp) -> None:
    one = [plain(doc) for doc in nlp.pipe(TEXTS)]
    assert [plain(doc) for doc in nlp.pipe(TEXTS, n_process=2, batch_size=1)] == one


def test_components_keep_no_state_from_a_document(nlp) -> None:
    names = ("kg_linker", "kg_relations", "kg_relation_model")
    before = {name: dict(vars(nlp.get_pipe(name))) for name in names}
    for doc in nlp.pipe(TEXTS):
        pass
    for name in names:
        after = vars(nlp.get_pipe(name))
        assert after.keys() == before[name].keys(), name
        assert all(after[k] is v for k, v in before[name].items()), name


def test_nlp_initialize_loads_kg_data_by_default() -> None:
    nlp = spacy.blank("en")
    linker, relations, model = (nlp.add_pipe(name) for name in ("kg_linker", "kg_relations", "kg_relation_model"))
    assert not linker.kb.entries and not relations.lexicon.verbs and model.model is None
    nlp.initialize()
    assert "sberbank" in linker.kb.entries and relations.lexicon.verbs and model.model is not None
