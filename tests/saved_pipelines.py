"""Test helper: what a pipeline saved with ``nlp.to_disk`` gives when loaded with plain ``spacy.load`` in a fresh
Python process (kg's components found through the package's entry points, not through an import of kg)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def load_in_new_process(folder: Path, component: str, expression: str, text: str) -> Any:
    """``expression`` (JSON-able, over ``r``: the loaded pipeline's ``component``, and ``doc``: ``text`` run
    through it) evaluated in a new process that loads ``folder``."""
    code = ("import spacy, json, sys; nlp = spacy.load(sys.argv[1]); r = nlp.get_pipe(sys.argv[2]); "
            f"doc = nlp(sys.argv[3]); print(json.dumps({expression}))")
    out = subprocess.run([sys.executable, "-c", code, str(folder), component, text], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)
