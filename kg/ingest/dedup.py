"""Syndicated copies: the same wire story on several sites is linked to one story, by MinHash and LSH (datasketch).

Each document's text is cut into word shingles; a document whose shingles overlap an earlier one's by about the
threshold (estimated Jaccard similarity) is a copy of that earlier one's story. The first copy read is the story;
later copies point to it, so an edge stated by all of them counts one independent source.

Examples
--------
>>> wire = "Russia and China signed an agreement on artificial intelligence research in Moscow on Monday. " * 3
>>> index = StoryIndex()
>>> index.assign("a", "Moscow Daily. " + wire), index.assign("b", wire + " Read more at the Beijing Post.")
(None, 'a')
>>> index.assign("c", "Chip exports to Iran fell sharply last year, customs data showed on Friday.") is None
True
"""

from __future__ import annotations

import base64
import re
from typing import Any

import numpy as np

_WORD_RE = re.compile(r"\w+")
NUM_PERM = 64
SHINGLE = 4  # words per shingle
THRESHOLD = 0.6  # estimated Jaccard similarity from which two texts are one story
_MIN_WORDS = 12  # shorter texts are too short to tell a copy from a common phrase


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The word ``size``-grams of a text, lower-cased.

    >>> sorted(shingles("A b c d e", 4))
    [b'a b c d', b'b c d e']
    """
    words = _WORD_RE.findall(text.lower())
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(max(1, len(words) - size + 1))}


class StoryIndex:
    """The stories of the documents seen so far: doc_id -> story (doc_id of the first copy), with an LSH index of
    their MinHash signatures. Serialises to JSON (a store keeps it between runs)."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold, self.num_perm = threshold, num_perm
        self.story: dict[str, str] = {}  # doc_id -> story id (itself for the first copy)
        self._signatures: dict[str, Any] = {}  # doc_id -> LeanMinHash
        self._lsh: Any = None  # made with the first signature: datasketch imports scipy (a second or so)

    def _index(self) -> Any:
        if self._lsh is None:
            from datasketch import MinHash, MinHashLSH

            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
            self._template = MinHash(num_perm=self.num_perm, seed=1)
        return self._lsh

    def __len__(self) -> int:
        return len(self.story)

    def signature(self, text: str) -> Any:
        """The MinHash signature (a ``LeanMinHash``) of a text's shingles."""
        from datasketch import LeanMinHash, MinHash

        self._index()
        minhash = MinHash(num_perm=self.num_perm, seed=1, permutations=self._template.permutations,
                          scheme=self._template.scheme)
        minhash.update_batch(list(shingles(text)))
        return LeanMinHash(minhash)

    def _add(self, doc_id: str, story: str, signature: Any) -> None:
        self.story[doc_id] = story
        self._signatures[doc_id] = signature
        self._index().insert(doc_id, signature, check_duplication=False)

    def assign(self, doc_id: str, text: str) -> str | None:
        """The story of a document (the doc_id of the first copy seen), or None when it is the first (or too
        short to compare); the document is remembered. A doc_id seen before keeps its story."""
        if doc_id in self.story:
            story = self.story[doc_id]
            return None if story == doc_id else story
        if len(_WORD_RE.findall(text)) < _MIN_WORDS:
            return None
        signature = self.signature(text)
        candidates = [(signature.jaccard(self._signatures[other]), other) for other in self._index().query(signature)]
        close = [(score, other) for score, other in candidates if score >= self.threshold]
        if not close:
            self._add(doc_id, doc_id, signature)
            return None
        story = self.story[max(close, key=lambda pair: (pair[0], pair[1]))[1]]
        self._add(doc_id, story, signature)
        return story

    def to_json(self) -> dict[str, Any]:
        if not self._signatures:
            return {"num_perm": self.num_perm, "threshold": self.threshold, "docs": {}}
        return {"num_perm": self.num_perm, "threshold": self.threshold, "scheme": self._template.scheme,
                "dtype": str(self._template.hashvalues.dtype),
                "docs": {doc_id: [self.story[doc_id], base64.b64encode(sig.hashvalues.tobytes()).decode("ascii")]
                         for doc_id, sig in sorted(self._signatures.items())}}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "StoryIndex":
        """The index :meth:`to_json` wrote (an empty one for ``None``).

        >>> index = StoryIndex()
        >>> _ = index.assign("a", "one two three four five six seven eight nine ten eleven twelve")
        >>> StoryIndex.from_json(index.to_json()).story
        {'a': 'a'}
        """
        if not data or not data.get("docs"):
            return cls()
        from datasketch import LeanMinHash

        index = cls(threshold=float(data.get("threshold", THRESHOLD)), num_perm=int(data.get("num_perm", NUM_PERM)))
        index._index()
        scheme, dtype = data.get("scheme", index._template.scheme), np.dtype(data.get("dtype", "uint32"))
        for doc_id, (story, packed) in data.get("docs", {}).items():
            values = np.frombuffer(base64.b64decode(packed), dtype=dtype)
            index._add(doc_id, story, LeanMinHash(seed=1, hashvalues=values, scheme=scheme))
        return index
