"""Read and write RDF files in the standard formats, atomically and deterministically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import GraphError, OutputError
from kg.vocab import PREFIXES

#: format name -> (rdflib plugin name, whether it keeps named graphs)
FORMATS: dict[str, tuple[str, bool]] = {
    "turtle": ("turtle", False),
    "nt": ("nt", False),
    "nquads": ("nquads", True),
    "trig": ("trig", True),
    "json-ld": ("json-ld", True),
    "xml": ("xml", False),
}
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


def _bind(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def union_graph(ds: Graph) -> Graph:
    """All triples of a dataset in one plain graph (for formats without named graphs)."""
    g = Graph()
    _bind(g)
    for triple in sorted(ds.triples((None, None, None))):
        g.add(triple)
    return g


def serialize(ds: Dataset | Graph, fmt: str) -> str:
    """The text of ``ds`` in ``fmt``.

    A graph held in Oxigraph (as :func:`load_graph` and :func:`kg.rdf.build.build_graph` make them) is written by
    Oxigraph, in the store's order, which the order of adding fixes; an rdflib graph by rdflib, with line-based
    formats sorted. Either way the same graph built the same way gives the same bytes.
    """
    return _serialize_bytes(ds, fmt).decode("utf-8")


def _serialize_bytes(ds: Dataset | Graph, fmt: str) -> bytes:
    from kg.rdf.oxigraph import dump

    fmt = guess_format("", fmt)
    data = dump(ds, fmt)
    if isinstance(data, bytes):
        return data
    plugin, quads = FORMATS[fmt]
    graph: Graph = ds if quads and isinstance(ds, Dataset) else union_graph(ds)
    text = graph.serialize(format=plugin)
    if plugin in ("nt", "nquads"):
        lines = sorted(set(line for line in text.splitlines() if line.strip()))
        text = "\n".join(lines) + ("\n" if lines else "")
    return text.encode("utf-8")


def save_graph(ds: Dataset | Graph, path: str | Path, fmt: str | None = None) -> Path:
    """Serialise ``ds`` to ``path`` in ``fmt`` (default: from the extension), atomically."""
    from kg.rdf.oxigraph import dump

    fmt = guess_format(path, fmt)
    path = Path(path)
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        tmp = Path(name)
        with os.fdopen(fd, "wb") as fh:
            if dump(ds, fmt, output=name) is None:  # Oxigraph writes the file itself when it holds the graph
                fh.write(_serialize_bytes(ds, fmt))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    return path


def load_graph(path: str | Path, fmt: str | None = None) -> Dataset:
    """Parse an RDF file into a dataset (named graphs kept for TriG / N-Quads).

    Raises :class:`GraphError` naming the file (and the parser's position) when it cannot be read.
    """
    path = Path(path)
    if not path.exists():
        raise GraphError(f"{path}: no such file")
    if path.is_dir():
        raise GraphError(f"{path}: is a folder, not an RDF file")
    fmt = guess_format(path, fmt)
    plugin, _ = FORMATS[fmt]
    with path.open("rb") as fh:
        head = fh.read(8192)
    if not head.strip() and (len(head) < 8192 and not path.read_bytes().strip()):
        raise GraphError(f"{path}: file is empty")
    if b"\x00" in head:
        raise GraphError(f"{path}: binary file, not RDF")
    from kg.rdf.oxigraph import OX_FORMATS

    if fmt in OX_FORMATS:
        return _load_oxigraph(path, fmt)
    ds = Dataset(default_union=True)
    _bind(ds)
    try:
        data = path.read_bytes()
        ds.parse(data=data.decode("utf-8"), format=plugin, publicID=path.resolve().as_uri())
    except GraphError:
        raise
    except UnicodeDecodeError as exc:
        raise GraphError(f"{path}: not valid UTF-8 (position {exc.start})") from exc
    except Exception as exc:  # rdflib's parsers raise many exception types
        message = " ".join(str(exc).split())[:300]
        raise GraphError(f"{path}: not valid {plugin}: {message}") from exc
    return ds


def _load_oxigraph(path: Path, fmt: str) -> Dataset:
    """Parse a file with Oxigraph's parsers (ten times rdflib's speed) into an in-memory store read through rdflib."""
    import pyoxigraph as ox

    from kg.rdf.oxigraph import OX_FORMATS, oxigraph_dataset

    store = ox.Store()
    try:
        store.load(path=str(path), format=OX_FORMATS[fmt], base_iri=path.resolve().as_uri())
    except (SyntaxError, ValueError) as exc:
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as utf:
            raise GraphError(f"{path}: not valid UTF-8 (position {utf.start})") from exc
        message = " ".join(str(exc).split())[:300]
        raise GraphError(f"{path}: not valid {FORMATS[fmt][0]}: {message}") from exc
    except OSError as exc:
        raise GraphError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    return oxigraph_dataset(store)
