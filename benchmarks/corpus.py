"""Synthetic news corpus for the scale benchmarks: N articles over the gazetteer's real entities, every predicate.

    python benchmarks/corpus.py 1000 -o /tmp/corpus-1000.jsonl        # 1,000 articles as JSON Lines
    python benchmarks/corpus.py 10 --seed 3 -o -                       # ten articles on stdout

Each article is 8 to 16 sentences (about 250 words) drawn from templates that state relations of every predicate
of the vocabulary (cooperation, agreements, joint ventures, investment, supply, sanctions, export controls,
competition, membership, headquarters, leadership, employment, direction, subsidiaries, technology focus) between
entities of the gazetteer, mixed with filler sentences that state none. The same seed gives the same bytes, so
anyone can reproduce the benchmark numbers.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: predicate -> templates; {a} and {b} are actors (or an organisation / person where the predicate needs one)
TEMPLATES: dict[str, list[str]] = {
    "cooperatesWith": ["{a} and {b} agreed to deepen cooperation in {t}.",
                       "{a} will cooperate with {b} on {t}, officials said on {d}.",
                       "{a} has been working with {b} on joint research in {t}."],
    "agreementWith": ["{a} signed an agreement with {b} on {t} on {d}.",
                      "{a} and {b} signed a memorandum of understanding on {t}."],
    "jointVentureWith": ["{a} and {b} set up a joint venture to develop {t}.",
                         "{a} formed a joint venture with {b} for {t} production."],
    "investsIn": ["{a} invested $2 billion in {b} to expand its {t} capacity.",
                  "{a} will invest heavily in {b}, according to the filing."],
    "suppliesTo": ["{a} supplies {t} equipment to {b}.",
                   "{a} delivered a batch of {t} components to {b} in {m}."],
    "sanctions": ["{a} imposed sanctions on {b} over its {t} programme.",
                  "{a} sanctioned {b} on {d}, citing security concerns."],
    "restrictsExportsTo": ["{a} restricted exports of {t} chips to {b}.",
                           "{a} tightened export controls on {t} to {b} in {m}."],
    "competesWith": ["{a} competes with {b} for leadership in {t}.",
                     "{a} is locked in a race with {b} over {t}."],
    "memberOf": ["{a} is a member of {b}.", "{a} joined {b} in {y}."],
    "basedIn": ["{o}, based in {c}, announced new {t} products.", "{o} is headquartered in {c}."],
    "leaderOf": ["{p} is the head of {o}.", "{p}, the chief executive of {o}, spoke about {t}."],
    "worksFor": ["{p} works for {o}.", "{p}, an official at {o}, commented on the talks."],
    "directs": ["{a} ordered {b} to speed up work on {t}.", "{a} instructed {b} to review its {t} plans."],
    "partOf": ["{o} is a subsidiary of {o2}.", "{o} is part of {o2}."],
    "focusesOn": ["{a} is focusing on {t}.", "{a} prioritises {t} in its new strategy."],
}
FILLER = [
    "Analysts said the move reflected a broader shift in the region.",
    "The talks took place behind closed doors and lasted several hours.",
    "Markets reacted calmly to the announcement.",
    "Details of the financing were not disclosed.",
    "Experts expect further announcements later this year.",
    "The statement did not say when the work would begin.",
    "Officials declined to comment on the timeline.",
    "Several delegations attended the forum, which ended on Friday.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _load(kind_file: str) -> list[dict]:
    path = ROOT / "data" / "gazetteer" / kind_file
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class Vocabulary:
    """The gazetteer's entities, grouped by the role a template gives them."""

    def __init__(self) -> None:
        countries = _load("countries.jsonl")
        orgs = _load("organizations.jsonl")
        self.countries = [e["name"] for e in countries]
        self.orgs = [e["name"] for e in orgs if e.get("subtype") != "GovernmentBody"] or [e["name"] for e in orgs]
        self.international = [e["name"] for e in _load("international.jsonl") if e["type"] == "InternationalOrganization"]
        self.people = [e["name"] for e in _load("people.jsonl")]
        self.technologies = [e["name"] for e in _load("technologies.jsonl")]
        self.actors = self.countries[:80] + self.orgs


def _sentence(rnd: random.Random, vocab: Vocabulary, predicate: str) -> str:
    template = rnd.choice(TEMPLATES[predicate])
    a, b = rnd.sample(vocab.actors, 2)
    o, o2 = rnd.sample(vocab.orgs, 2)
    if predicate == "memberOf":
        b = rnd.choice(vocab.international)
    year = rnd.randint(2015, 2025)
    return template.format(a=a, b=b, o=o, o2=o2, c=rnd.choice(vocab.countries), p=rnd.choice(vocab.people),
                           t=rnd.choice(vocab.technologies), y=year, m=f"{rnd.choice(MONTHS)} {year}",
                           d=f"{rnd.choice(MONTHS)} {rnd.randint(1, 28)}, {year}")


def articles(n: int, seed: int = 0) -> Iterator[dict]:
    """``n`` synthetic articles as JSON Lines records (doc_id, title, published, source, text)."""
    rnd = random.Random(seed)
    vocab = Vocabulary()
    predicates = sorted(TEMPLATES)
    for i in range(n):
        sentences = []
        for _ in range(rnd.randint(8, 16)):
            if rnd.random() < 0.25:
                sentences.append(rnd.choice(FILLER))
            else:
                sentences.append(_sentence(rnd, vocab, rnd.choice(predicates)))
        paragraphs = [" ".join(sentences[k:k + 4]) for k in range(0, len(sentences), 4)]
        year = rnd.randint(2018, 2025)
        yield {"doc_id": f"synthetic-{i:06d}", "title": f"Technology news {i}", "source": "Synthetic Wire",
               "published": f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
               "text": "\n\n".join(paragraphs)}


def write_corpus(n: int, path: str | Path, seed: int = 0) -> Path:
    """Write ``n`` articles to ``path`` (JSON Lines) and return it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in articles(n, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="How many articles.")
    ap.add_argument("-o", "--output", default="-", help="JSON Lines file to write (- for stdout).")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if args.output == "-":
        for record in articles(args.n, args.seed):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        write_corpus(args.n, args.output, args.seed)


if __name__ == "__main__":
    main()
