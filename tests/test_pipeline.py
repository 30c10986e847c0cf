"""The kg pipeline: components in order, saved and loaded back with its data, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ModelError
from kg.nlp import extensions as ext
from kg.nlp.pipeline import build_nlp

TEXT = ("Russian President Vladimir Putin ordered the government and Sberbank to cooperate with China "
        "in artificial intelligence.")


def facts(nlp) -> tuple[set, set]:
    doc = nlp(TEXT)
    return ({(e.text, e.label_, e.kb_id_) for e in doc.ents},
            {(r.subject, r.predicate, r.object, r.status) for r in ext.relations(doc)})


def test_components_are_registered_in_order(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("kg_linebreaks") < names.index("parser")
    assert names.index("ner") < names.index("kg_gazetteer") < names.index("kg_linker") < names.index("kg_relations")


def test_saved_pipeline_loads_back_with_its_gazetteer_and_rules(nlp, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "kg_linker" / "kb.jsonl").exists()
    reloaded = build_nlp(str(tmp_path / "pipeline"))
    assert facts(reloaded) == facts(nlp)
    assert ("vladimir-putin", "directs", "sberbank", "asserted") in facts(nlp)[1]


def test_pipeline_saved_before_optional_data_loads_with_defaults(nlp, tmp_path: Path) -> None:
    """A folder saved before the linker had its technology word lists (``tech_words``) or place choices still
    loads; a missing required file is still an error."""
    nlp.to_disk(tmp_path / "pipeline")
    linker = tmp_path / "pipeline" / "kg_linker"
    (linker / "tech_words.json").unlink()
    (linker / "place_choices.json").unlink()
    reloaded = build_nlp(str(tmp_path / "pipeline"))
    assert reloaded.get_pipe("kg_linker").tech_words == {}
    assert facts(reloaded)[1] == facts(nlp)[1]
    (linker / "kb.jsonl").unlink()
    with pytest.raises(ModelError, match="kb.jsonl"):
        build_nlp(str(tmp_path / "pipeline"))


def test_a_gazetteer_line_adds_an_entity(tmp_path: Path) -> None:
    data = Path(__file__).resolve().parents[1] / "data"
    custom = tmp_path / "data"
    (custom / "gazetteer").mkdir(parents=True)
    for sub in ("lexicon",):
        (custom / sub).symlink_to(data / sub)
    for f in (data / "gazetteer").glob("*.jsonl"):
        (custom / "gazetteer" / f.name).symlink_to(f)
    (custom / "gazetteer" / "extra.jsonl").write_text(
        '{"id": "zorblax-labs", "name": "Zorblax Labs", "type": "Organization", "subtype": "Company", '
        '"aliases": ["Zorblax"], "country": "russia"}\n', encoding="utf-8")
    nlp = build_nlp(data=custom)
    doc = nlp("Zorblax will partner with Huawei.")
    assert ext.entities(doc)["zorblax-labs"].label == "Zorblax Labs"
    assert {(r.subject, r.predicate, r.object) for r in ext.relations(doc)} == {("huawei", "cooperatesWith", "zorblax-labs")}


def test_unknown_model_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="no_such_model_xyz"):
        build_nlp("no_such_model_xyz")


def test_line_breaks_end_sentences(nlp) -> None:
    doc = nlp("Huawei and Baidu\nRussia signed a deal with China.")
    assert [s.text.strip() for s in doc.sents][0] == "Huawei and Baidu"


def test_pipeline_round_trips_through_bytes_with_its_data(nlp) -> None:
    import spacy

    fresh = spacy.util.get_lang_class(nlp.config["nlp"]["lang"]).from_config(nlp.config)
    assert not fresh.get_pipe("kg_linker").kb.entries  # a component made from the config alone has no data
    fresh.from_bytes(nlp.to_bytes())
    assert facts(fresh) == facts(nlp)


def test_components_take_their_data_in_initialize(tmp_path: Path) -> None:
    import spacy

    data = tmp_path / "data"
    (data / "gazetteer").mkdir(parents=True)
    (data / "gazetteer" / "x.jsonl").write_text(
        '{"id": "zorblax-labs", "name": "Zorblax Labs", "type": "Organization", "leads": "zorblax-labs"}\n',
        encoding="utf-8")
    (data / "lexicon").symlink_to(Path(__file__).resolve().parents[1] / "data" / "lexicon")
    nlp = spacy.blank("en")
    linker, relations = nlp.add_pipe("kg_linker"), nlp.add_pipe("kg_relations")
    nlp.config["initialize"]["components"] = {"kg_linker": {"data": str(data)}, "kg_relations": {"data": str(data)}}
    nlp.initialize()
    assert list(linker.kb.entries) == ["zorblax-labs"]
    assert relations.leaders == {"zorblax-labs": "zorblax-labs"}
    assert relations.lexicon.verbs  # the trigger lexicon of data/lexicon
