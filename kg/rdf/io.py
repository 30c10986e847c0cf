"""Read and write RDF files in the standard formats, atomically and deterministically."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import GraphError
from kg.fsutil import atomic_write
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
    """The text of ``ds`` in ``fmt``; line-based formats are sorted so equal graphs give equal bytes."""
    plugin, quads = FORMATS[guess_format("", fmt)]
    graph: Graph = ds if quads and isinstance(ds, Dataset) else union_graph(ds)
    text = graph.serialize(format=plugin)
    if plugin in ("nt", "nquads"):
        lines = sorted(set(line for line in text.splitlines() if line.strip()))
        text = "\n".join(lines) + ("\n" if lines else "")
    return text


def save_graph(ds: Dataset | Graph, path: str | Path, fmt: str | None = None) -> Path:
    """Serialise ``ds`` to ``path`` in ``fmt`` (default: from the extension), atomically."""
    return atomic_write(path, serialize(ds, guess_format(path, fmt)))


def load_graph(path: str | Path, fmt: str | None = None) -> Dataset:
    """Parse an RDF file into a dataset (named graphs kept for TriG / N-Quads).

    Raises :class:`GraphError` naming the file (and the parser's position) when it cannot be read.
    """
    path = Path(path)
    if not path.exists():
        raise GraphError(f"{path}: no such file")
    if path.is_dir():
        raise GraphError(f"{path}: is a folder, not an RDF file")
    plugin, _ = FORMATS[guess_format(path, fmt)]
    ds = Dataset(default_union=True)
    _bind(ds)
    try:
        data = path.read_bytes()
        if not data.strip():
            raise GraphError(f"{path}: file is empty")
        if b"\x00" in data[:8192]:
            raise GraphError(f"{path}: binary file, not RDF")
        ds.parse(data=data.decode("utf-8"), format=plugin, publicID=path.resolve().as_uri())
    except GraphError:
        raise
    except UnicodeDecodeError as exc:
        raise GraphError(f"{path}: not valid UTF-8 (position {exc.start})") from exc
    except Exception as exc:  # rdflib's parsers raise many exception types
        message = " ".join(str(exc).split())[:300]
        raise GraphError(f"{path}: not valid {plugin}: {message}") from exc
    return ds
