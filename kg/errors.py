"""Exception types of kg: the library raises these, the CLI turns them into one line."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg raises on bad input or configuration.

    Examples
    --------
    >>> str(InputError("a.txt", "file is empty"))
    'a.txt: file is empty'
    """


class InputError(KgError):
    """An input file (or stdin) cannot be read as an article: missing, empty, binary, bad encoding, bad JSON."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source, self.message, self.line = source, message, line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class InputWarning(UserWarning):
    """A problem with an input that kg worked around: a date left out, a long article split, a duplicate skipped."""


class ModelError(KgError):
    """A spaCy pipeline cannot be loaded (unknown name, missing package, wrong path)."""


class DataError(KgError):
    """A data file of kg (gazetteer, lexicon, ontology, saved query) is missing or malformed."""


class GraphError(KgError):
    """An RDF file or store cannot be read or written."""


class QueryError(KgError):
    """A SPARQL query cannot be parsed or run, or its parameters are wrong."""


class AnalysisError(KgError):
    """A graph analysis cannot run on the given graph or arguments (e.g. an unknown actor)."""


class OutputError(KgError):
    """An output file cannot be written."""


class TrainingError(KgError):
    """A relation model cannot be trained or cross-validated on the given gold files or settings."""
