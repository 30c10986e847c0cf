"""The README's console examples, made by running the commands: ``python docs/readme_examples.py`` rewrites them,
``python docs/readme_examples.py --check`` fails when one of them differs from what the commands print now.

The README marks each example with a cog block (https://cog.readthedocs.io)::

    <!-- [[[cog show("kg build data/articles -o out/graph.ttl") ]]] -->
    ```console
    $ kg build data/articles -o out/graph.ttl
    Wrote out/graph.ttl: ...
    ```
    <!-- [[[end]]] -->

The commands run one after the other in one scratch folder that sees the checkout's ``data/`` (so a query can
read the graph an earlier example built), with the checkout's ``kg`` on the path. What a run may change is masked
so the examples stay the same from run to run: a duration ``(2.1 s)`` is printed as ``(… s)``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Union

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
_DURATION = re.compile(r"\(\d+(?:\.\d+)? s\)")
_scratch: tempfile.TemporaryDirectory[str] | None = None

#: a command, or a command and how many lines of its output to show (then ``…``)
Example = Union[str, "tuple[str, int]"]


def scratch() -> Path:
    """The folder the examples run in (made once per run, with ``data`` linked to the checkout's)."""
    global _scratch
    if _scratch is None:
        _scratch = tempfile.TemporaryDirectory(prefix="kg-readme-")
        (Path(_scratch.name) / "data").symlink_to(ROOT / "data", target_is_directory=True)
    return Path(_scratch.name)


def run(command: str) -> str:
    """What ``command`` (a ``kg …`` line) prints, stdout then stderr, with durations masked."""
    import shlex

    args = shlex.split(command)
    if args[0] != "kg":
        raise ValueError(f"only kg commands run in the README's examples, not {command!r}")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
               COLUMNS="200", NO_COLOR="1")
    done = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args[1:]], cwd=scratch(),
                          env=env, capture_output=True, text=True, encoding="utf-8", timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{command} exited {done.returncode}: {done.stderr.strip()}")
    return _DURATION.sub("(\u2026 s)", done.stdout + done.stderr)


def console(*examples: Example) -> str:
    """A ```console block of each command and its output (the first lines only when a count is given)."""
    lines = ["```console"]
    for example in examples:
        command, keep = (example, None) if isinstance(example, str) else example
        output = run(command).rstrip("\n").splitlines()
        lines.append(f"$ {command}")
        lines.extend(line.rstrip() for line in output[:keep])
        if keep is not None and len(output) > keep:
            lines.append("\u2026")
    lines.append("```")
    return "\n".join(lines) + "\n"


def show(*examples: Example) -> None:
    """Write :func:`console` of the examples as the output of the cog block that calls it."""
    import cog  # type: ignore[import-not-found]  # the module cog gives the code it runs

    cog.out(console(*examples))


def main(argv: list[str]) -> int:
    """Rewrite the README's examples (``--check``: only say whether they are current)."""
    from cogapp import Cog

    mode = ["--check", "--check-fail-msg", "run python docs/readme_examples.py"] if "--check" in argv else ["-r"]
    return Cog().main(["cog", *mode, "-I", str(ROOT / "docs"), "-p", "from readme_examples import show",
                       str(README)])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
