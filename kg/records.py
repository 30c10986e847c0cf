"""Plain records that travel between the steps: an article, and what was extracted from it.

The extraction record serialises to the system format of the evaluation guidelines
(``../shared/eval/GUIDELINES.md``) and back, so ``kg extract`` output can be scored and re-read.

Examples
--------
>>> e = Entity(id="sberbank", label="Sberbank", type="Organization", subtype="Bank")
>>> e.to_json()["label"]
'Sberbank'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Document:
    """One article as read from disk or stdin, after cleaning."""

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    source: str | None = None  # publisher or source name
    dateline: str | None = None  # e.g. "MOSCOW, June 5", kept as metadata, removed from the text
    path: str | None = None  # where it came from (file, file:line, or "-")
    #: section headings and boilerplate lines removed from ``text`` by the cleaner (kept for the record)
    headings: list[str] = field(default_factory=list)
    author: str | None = None  # byline, when the page names one
    final_url: str | None = None  # where a fetched page was read, after redirects (``url`` is its canonical URL)
    retrieved: str | None = None  # when it was fetched (ISO date)
    story: str | None = None  # doc_id of the first copy of the same story (a syndicated wire story); None: itself


@dataclass
class Entity:
    """A canonical entity of one document (or of the merged graph)."""

    id: str
    label: str
    type: str
    subtype: str | None = None
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    country: str | None = None  # id of the country the entity belongs to, when known

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "label": self.label, "type": self.type}
        if self.subtype:
            out["subtype"] = self.subtype
        out["aliases"] = sorted(set(self.aliases) - {self.label})
        if self.wikidata:
            out["wikidata"] = self.wikidata
        if self.country:
            out["country"] = self.country
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Entity":
        return cls(id=str(d["id"]), label=d["label"], type=d["type"], subtype=d.get("subtype"),
                   aliases=list(d.get("aliases") or []), wikidata=d.get("wikidata"), country=d.get("country"))


@dataclass
class Evidence:
    """A sentence that states a relation, with its character offsets in the document text."""

    sentence: str
    start: int
    end: int
    rule: str
    confidence: float

    def to_json(self) -> dict[str, Any]:
        # as asdict() gives it, without its deep copy (every value is a plain str, int or float)
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "rule": self.rule,
                "confidence": self.confidence}


@dataclass
class Relation:
    """A typed relation between two entity ids, with its status, topics, date and evidence."""

    subject: str
    predicate: str
    object: str
    status: str = "asserted"
    topics: list[str] = field(default_factory=list)  # entity ids of Technology entities
    date: str | None = None  # ISO date (or year / year-month) of the event when the text gives one
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        return max((e.confidence for e in self.evidence), default=0.0)

    def to_json(self, topic_labels: dict[str, str] | None = None) -> dict[str, Any]:
        labels = topic_labels or {}
        out: dict[str, Any] = {
            "subject": self.subject, "predicate": self.predicate, "object": self.object,
            "status": self.status,
        }
        if self.topics:
            out["topics"] = [labels.get(t, t) for t in self.topics]
            out["topic_ids"] = list(self.topics)
        if self.date:
            out["date"] = self.date
        if self.evidence:
            out["evidence"] = self.evidence[0].sentence
            out["confidence"] = round(self.confidence, 3)
            out["rule"] = self.evidence[0].rule
            out["evidence_all"] = [e.to_json() for e in self.evidence]
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Relation":
        ev = [Evidence(**e) for e in d.get("evidence_all") or []]
        if not ev and d.get("evidence"):
            ev = [Evidence(d["evidence"], -1, -1, d.get("rule", "unknown"), float(d.get("confidence", 0.5)))]
        return cls(subject=str(d["subject"]), predicate=d["predicate"], object=str(d["object"]),
                   status=d.get("status", "asserted"), topics=list(d.get("topic_ids") or d.get("topics") or []),
                   date=d.get("date"), evidence=ev)


@dataclass
class Extraction:
    """Everything extracted from one document."""

    doc: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        labels = {e.id: e.label for e in self.entities}
        out: dict[str, Any] = {"doc_id": self.doc.doc_id}
        for key in ("title", "url", "published", "source", "dateline", "author", "final_url", "retrieved", "story"):
            value = getattr(self.doc, key)
            if value:
                out[key] = value
        out["entities"] = [e.to_json() for e in sorted(self.entities, key=lambda e: e.id)]
        out["relations"] = [r.to_json(labels) for r in sorted(
            self.relations, key=lambda r: (r.subject, r.predicate, r.object))]
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Extraction":
        doc = Document(doc_id=str(d["doc_id"]), text=d.get("text", ""), title=d.get("title"), url=d.get("url"),
                       published=d.get("published"), source=d.get("source"), dateline=d.get("dateline"),
                       author=d.get("author"), final_url=d.get("final_url"), retrieved=d.get("retrieved"),
                       story=d.get("story"))
        return cls(doc=doc, entities=[Entity.from_json(e) for e in d.get("entities", [])],
                   relations=[Relation.from_json(r) for r in d.get("relations", [])])
