"""The title words the title rules read (``kg.nlp.relations.structure``), from the structure lexicon."""

from __future__ import annotations

from typing import NamedTuple

from kg.nlp.lexicon import Lexicon


class Titles(NamedTuple):
    """The title words of the structure lexicon (``data/lexicon/structure.json``), one word a token."""

    leader: set[str]  # leader_titles: words that make a leader (CEO, president, head)
    worker: set[str]  # worker_modifiers and worker_titles: words that make a worker (deputy, spokesman)
    words: set[str]  # every word a title is made of: the two above and title_words (minister, of, board)
    country_minister_worker: bool  # a country's minister works for it (its prime minister leads it)


def titles(lex: Lexicon) -> Titles:
    """The title words of ``lex`` (``leader_titles``, ``worker_modifiers``, ``worker_titles``, ``title_words``).

    >>> lex = Lexicon.from_dict({}, {"leader_titles": ["ceo"], "worker_modifiers": ["deputy"],
    ...                              "worker_titles": ["spokesman"], "title_words": ["of"],
    ...                              "country_minister_worker": False})
    >>> sorted(titles(lex).words), titles(lex).country_minister_worker
    (['ceo', 'deputy', 'of', 'spokesman'], False)
    """
    leader, worker = lex.words("leader_titles"), lex.words("worker_modifiers") | lex.words("worker_titles")
    return Titles(leader, worker, leader | worker | lex.words("title_words"),
                  bool(lex.value("country_minister_worker")))
