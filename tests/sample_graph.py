"""A small hand-made kg graph (two documents) shared by the query and analysis tests."""

from __future__ import annotations

import gc
from pathlib import Path

from rdflib import Dataset

from kg.rdf.build import build_graph
from kg.records import Document, Entity, Evidence, Extraction, Relation
from kg.store import open_store, put_document

D1_SENTENCES = {
    "ai": "Russia and China agreed to cooperate on artificial intelligence.",
    "order": "President Vladimir Putin ordered Sberbank and the Government of Russia to work with Chinese partners.",
    "sanction": "The West has imposed new sanctions on Russia.",
    "focus": "Moscow-based Sberbank focuses on artificial intelligence.",
    "other": "Huawei and the BRICS countries were also mentioned.",
}
D2_SENTENCES = {
    "coop": "Russia and China continue their cooperation.",
    "deal": "Huawei, a Chinese company, signed a cooperation deal with Sberbank.",
}


def _evidence(text: str, sentence: str, rule: str, confidence: float) -> list[Evidence]:
    start = text.index(sentence)
    return [Evidence(sentence, start, start + len(sentence), rule, confidence)]


def _entities() -> dict[str, Entity]:
    return {e.id: e for e in (
        Entity("russia", "Russia", "Country", aliases=["Russian Federation"], wikidata="Q159"),
        Entity("china", "China", "Country", aliases=["PRC"], wikidata="Q148"),
        Entity("sberbank", "Sberbank", "Organization", "Bank", aliases=["Sber"], wikidata="Q205012",
               country="russia"),
        Entity("government-of-russia", "Government of Russia", "Organization", "GovernmentBody", country="russia"),
        Entity("vladimir-putin", "Vladimir Putin", "Person", aliases=["Putin"], wikidata="Q7747"),
        Entity("artificial-intelligence", "artificial intelligence", "Technology", aliases=["AI"]),
        Entity("huawei", "Huawei", "Organization", "Company", country="china"),
        Entity("brics", "BRICS", "InternationalOrganization"),
        Entity("the-west", "the West", "Bloc"),
    )}


def doc1() -> Extraction:
    text = " ".join(D1_SENTENCES.values())
    s = D1_SENTENCES
    ents = _entities()

    def rel(subj: str, pred: str, obj: str, key: str, rule: str, conf: float, **kw) -> Relation:
        return Relation(subj, pred, obj, evidence=_evidence(text, s[key], rule, conf), **kw)

    relations = [
        rel("russia", "cooperatesWith", "china", "ai", "coop_verb", 0.9, topics=["artificial-intelligence"],
            date="2024-05-16"),
        rel("vladimir-putin", "directs", "sberbank", "order", "order_verb", 0.8),
        rel("vladimir-putin", "directs", "government-of-russia", "order", "order_verb", 0.8),
        rel("sberbank", "cooperatesWith", "china", "order", "ordered_coop", 0.7, status="planned"),
        rel("government-of-russia", "cooperatesWith", "china", "order", "ordered_coop", 0.7, status="planned"),
        rel("vladimir-putin", "leaderOf", "russia", "order", "title_leader", 0.85),
        rel("the-west", "sanctions", "russia", "sanction", "sanction_verb", 0.9),
        rel("sberbank", "basedIn", "russia", "focus", "based_in", 0.8),
        rel("sberbank", "focusesOn", "artificial-intelligence", "focus", "focus_verb", 0.75),
    ]
    doc = Document("d1", text, title="Russia and China deepen AI cooperation",
                   url="https://example.com/news/russia-china-ai", published="2024-05-16", source="Example News")
    return Extraction(doc, list(ents.values()), relations)


def doc2() -> Extraction:
    text = " ".join(D2_SENTENCES.values())
    s = D2_SENTENCES
    ents = _entities()
    relations = [
        Relation("russia", "cooperatesWith", "china", date="2024-06",
                 evidence=_evidence(text, s["coop"], "coop_noun", 0.8)),
        Relation("huawei", "basedIn", "china", evidence=_evidence(text, s["deal"], "nationality_apposition", 0.6)),
        Relation("huawei", "cooperatesWith", "sberbank", evidence=_evidence(text, s["deal"], "coop_deal", 0.85)),
    ]
    doc = Document("d2", text, title="Huawei signs deal with Sberbank", url="https://example.org/huawei-sberbank",
                   published="2024-06-02", source="Other Wire")
    return Extraction(doc, [ents[k] for k in ("russia", "china", "huawei", "sberbank")], relations)


def sample_graph() -> Dataset:
    """The two-document sample graph."""
    return build_graph([doc1(), doc2()])


def sample_store(path: Path) -> Path:
    """A store folder at ``path`` holding :func:`doc1` and :func:`doc2`, closed (its lock released) on return."""
    store = open_store(path, create=True)
    put_document(store, doc1())
    put_document(store, doc2())
    del store
    gc.collect()
    return path
