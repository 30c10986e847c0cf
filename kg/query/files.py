"""Saved queries: read a ``.rq`` file, and its leading comment block that says what it does."""

from __future__ import annotations

from pathlib import Path

from kg.errors import QueryError


def load_query_file(path: str | Path) -> str:
    """The text of a saved SPARQL query.

    Raises :class:`QueryError` when the file is missing, unreadable, or holds no query (only blanks or comments).

    Examples
    --------
    >>> load_query_file("no/such/query.rq")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: no/such/query.rq: no such query file
    """
    path = Path(path)
    if not path.exists():
        raise QueryError(f"{path}: no such query file")
    if path.is_dir():
        raise QueryError(f"{path}: is a folder, not a query file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"{path}: not valid UTF-8 (position {exc.start})") from exc
    except OSError as exc:
        raise QueryError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()):
        raise QueryError(f"{path}: the query file is empty")
    return text


def query_header(text: str) -> str:
    """The leading comment block of a query, without the ``#`` marks (blank lines before it are skipped).

    Examples
    --------
    >>> print(query_header("# Partners\\n# of an actor\\n#\\nSELECT * WHERE { ?s ?p ?o }\\n# not this"))
    Partners
    of an actor
    <BLANKLINE>
    """
    lines: list[str] = []
    for line in text.lstrip().splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        body = stripped[1:]
        lines.append(body[1:] if body.startswith(" ") else body)
    return "\n".join(lines)


def saved_queries(folder: str | Path) -> list[tuple[str, str]]:
    """The ``(name, title)`` of each ``.rq`` file of a folder, sorted by name; the title is the header's first line.

    >>> saved_queries("no/such/folder")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: no/such/folder: no such folder of queries
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise QueryError(f"{folder}: no such folder of queries")
    out = []
    for path in sorted(folder.glob("*.rq")):
        header = query_header(path.read_text(encoding="utf-8"))
        out.append((path.stem, header.splitlines()[0] if header else ""))
    return out
