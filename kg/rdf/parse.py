"""Reading RDF files: formats, the checks every input gets, and the parse into an Oxigraph store.

The parse itself is the engine's (:func:`kg.rdf.engine.load_file`); Oxigraph releases the GIL while it parses.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import GraphError
from kg.rdf.engine import NATIVE_FORMATS, Store, load_file

#: format name -> (rdflib plugin name, whether it keeps named graphs)
FORMATS: dict[str, tuple[str, bool]] = {
    "turtle": ("turtle", False),
    "nt": ("nt", False),
    "nquads": ("nquads", True),
    "trig": ("trig", True),
    "json-ld": ("json-ld", True),
    "xml": ("xml", False),
}

#: the formats Oxigraph reads and writes (the others go through rdflib)
OX_FORMATS: frozenset[str] = NATIVE_FORMATS

_EXTENSIONS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".nq": "nquads",
    ".nquads": "nquads", ".trig": "trig", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml",
    ".owl": "xml", ".xml": "xml",
}


def guess_format(path: str | Path, fmt: str | None = None) -> str:
    """The RDF format named by ``fmt`` or by the file extension.

    >>> guess_format("out/graph.nq")
    'nquads'
    >>> guess_format("x.dat", "ttl")
    'turtle'
    """
    if fmt:
        fmt = {"ttl": "turtle", "ntriples": "nt", "n-triples": "nt", "n-quads": "nquads", "jsonld": "json-ld",
               "rdfxml": "xml", "rdf/xml": "xml"}.get(fmt.lower(), fmt.lower())
        if fmt not in FORMATS:
            raise GraphError(f"unknown RDF format {fmt!r} (choose from {', '.join(FORMATS)})")
        return fmt
    ext = Path(path).suffix.lower()
    if ext not in _EXTENSIONS:
        raise GraphError(f"{path}: cannot tell the RDF format from the extension {ext!r}; use --format")
    return _EXTENSIONS[ext]


def check_rdf_file(path: Path, fmt: str | None = None) -> str:
    """The format of an RDF file that exists, is a file and is neither empty nor binary.

    Raises :class:`GraphError` naming the file otherwise.

    >>> check_rdf_file(Path("no/such.ttl"))
    Traceback (most recent call last):
    ...
    kg.errors.GraphError: no/such.ttl: no such file
    """
    if not path.exists():
        raise GraphError(f"{path}: no such file")
    if path.is_dir():
        raise GraphError(f"{path}: is a folder, not an RDF file")
    fmt = guess_format(path, fmt)
    with path.open("rb") as fh:
        head = fh.read(8192)
    if not head.strip() and (len(head) < 8192 and not path.read_bytes().strip()):
        raise GraphError(f"{path}: file is empty")
    if b"\x00" in head:
        raise GraphError(f"{path}: binary file, not RDF")
    return fmt


def parse_store(path: str | Path, fmt: str | None = None) -> Store:
    """An in-memory Oxigraph store holding the file's triples (and named graphs), parsed by Oxigraph.

    Raises :class:`GraphError` for a file that fails :func:`check_rdf_file`, that is not valid UTF-8 or not valid
    in its format (the message gives the parser's position), and for a format Oxigraph does not read (JSON-LD:
    :func:`kg.rdf.io.load_graph` reads it with rdflib).

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "g.ttl"
    >>> _ = p.write_text("<http://x/a> <http://x/p> 'A' .", encoding="utf-8")
    >>> len(parse_store(p))
    1
    >>> _ = p.write_text("<http://x/a> <http://x/p> .", encoding="utf-8")
    >>> parse_store(p)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.GraphError: ...g.ttl: not valid turtle: ...
    """
    path = Path(path)
    fmt = check_rdf_file(path, fmt)
    if fmt not in OX_FORMATS:
        raise GraphError(f"{path}: {fmt} is not read by Oxigraph")
    try:
        store = load_file(path, fmt, base_iri=path.resolve().as_uri())
    except (SyntaxError, ValueError) as exc:
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as utf:
            raise GraphError(f"{path}: not valid UTF-8 (position {utf.start})") from exc
        message = " ".join(str(exc).split())[:300]
        raise GraphError(f"{path}: not valid {FORMATS[fmt][0]}: {message}") from exc
    except OSError as exc:
        raise GraphError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    return store


def preparse(path: str | Path) -> Store | None:
    """:func:`parse_store` for a file Oxigraph reads; ``None`` for a folder (a store) or a JSON-LD file.

    Meant to run in a thread while the caller imports what it needs, then handed to
    :func:`kg.store.open_graph` (errors are raised here, as :func:`kg.rdf.io.load_graph` would raise them).

    >>> preparse(Path(".")) is None
    True
    """
    path = Path(path)
    if path.is_dir() or _EXTENSIONS.get(path.suffix.lower(), "turtle") not in OX_FORMATS:
        return None
    return parse_store(path)
