"""Writing output files atomically: a reader never sees half a file, a failed run leaves none behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from kg.errors import OutputError


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary file's path in ``path``'s folder to write ``path`` through (for writers that take a file name):
    renamed to ``path`` when the block ends without an error, removed when it raises. Any :class:`OSError`
    becomes an :class:`OutputError` naming ``path``; the one place kg makes an output file appear at once.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.bin"
    >>> with atomic_path(p) as tmp:
    ...     _ = tmp.write_bytes(b"hi")
    >>> p.read_bytes(), [f.name for f in p.parent.iterdir()]
    (b'hi', ['a.bin'])
    """
    path = Path(path)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        yield Path(tmp)
        os.chmod(tmp, 0o644)  # mkstemp makes the file private; outputs are meant to be shared
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


@contextmanager
def atomic_open(path: str | Path, mode: str = "w") -> Iterator[IO[Any]]:
    """A file to write ``path`` through (:func:`atomic_path`): ``mode`` is ``"w"`` (UTF-8 text, ``\\n`` line
    ends) or ``"wb"``.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_open(p) as fh:
    ...     _ = fh.write("hi")
    >>> p.read_text(), [f.name for f in p.parent.iterdir()]
    ('hi', ['a.txt'])
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes with mode 'w' or 'wb', not {mode!r}")
    with atomic_path(path) as tmp:
        try:
            fh = open(tmp, "wb") if mode == "wb" else open(tmp, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
        with fh:
            yield fh


def atomic_write(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` with :func:`atomic_open`.

    >>> import tempfile, pathlib
    >>> p = atomic_write(pathlib.Path(tempfile.mkdtemp()) / "sub" / "a.txt", "hi")
    >>> p.read_text()
    'hi'
    """
    with atomic_open(path) as fh:
        fh.write(text)
    return Path(path)
