"""Read and write RDF files in the standard formats, atomically and deterministically."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import GraphError
from kg.fsutil import atomic_path
from kg.rdf.parse import FORMATS, OX_FORMATS, check_rdf_file, guess_format, parse_store
from kg.vocab import bind_prefixes


def union_graph(ds: Graph) -> Graph:
    """All triples of a dataset in one plain graph (for formats without named graphs)."""
    g = Graph()
    bind_prefixes(g)
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
    from kg.rdf.engine import dump

    fmt = guess_format("", fmt)
    data = dump(ds, fmt)
    if isinstance(data, bytes):
        return data
    plugin, quads = FORMATS[fmt]
    graph: Graph = ds if quads and isinstance(ds, Dataset) else union_graph(ds)
    text = graph.serialize(format=plugin)
    if plugin == "json-ld":
        text = canonical_json(text)
    if plugin in ("nt", "nquads"):
        lines = sorted(set(line for line in text.splitlines() if line.strip()))
        text = "\n".join(lines) + ("\n" if lines else "")
    return text.encode("utf-8")


def canonical_json(text: str) -> str:
    """JSON-LD text in one order: keys sorted, and arrays sorted (but ``@list`` ones, whose order is data).

    rdflib writes nodes and values in the order of its hash sets, which changes from run to run.

    >>> import json
    >>> json.loads(canonical_json('[{"@id": "b", "p": [{"@value": "2"}, {"@value": "1"}]}, {"@id": "a"}]'))
    [{'@id': 'a'}, {'@id': 'b', 'p': [{'@value': '1'}, {'@value': '2'}]}]
    """
    import json

    def order(value: object, keep: bool = False) -> object:
        if isinstance(value, dict):
            return {k: order(v, keep=k == "@list") for k, v in value.items()}
        if isinstance(value, list):
            items = [order(v) for v in value]
            return items if keep else sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    return json.dumps(order(json.loads(text)), indent=2, sort_keys=True, ensure_ascii=False)


def save_graph(ds: Dataset | Graph, path: str | Path, fmt: str | None = None) -> Path:
    """Serialise ``ds`` to ``path`` in ``fmt`` (default: from the extension), atomically."""
    from kg.rdf.engine import dump

    fmt = guess_format(path, fmt)
    with atomic_path(path) as tmp:
        if dump(ds, fmt, output=str(tmp)) is None:  # Oxigraph writes the file itself when it holds the graph
            tmp.write_bytes(_serialize_bytes(ds, fmt))
    return Path(path)


def load_graph(path: str | Path, fmt: str | None = None) -> Dataset:
    """Parse an RDF file into a dataset (named graphs kept for TriG / N-Quads).

    Raises :class:`GraphError` naming the file (and the parser's position) when it cannot be read.
    """
    path = Path(path)
    fmt = check_rdf_file(path, fmt)
    if fmt in OX_FORMATS:
        return _load_oxigraph(path, fmt)
    plugin, _ = FORMATS[fmt]
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
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
    from kg.rdf.engine import oxigraph_dataset

    return oxigraph_dataset(parse_store(path, fmt))
