"""The ingest step: read articles (text, Markdown, HTML, JSON Lines, stdin, URLs, feeds, WARC archives) and clean
them into documents."""

from kg.ingest.clean import Cleaned, clean_text
from kg.ingest.readers import iter_documents

__all__ = ["Cleaned", "clean_text", "iter_documents"]
