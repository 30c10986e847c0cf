"""``--archive DIR``: every page kg fetches is written as a WARC response record (warcio), so each evidence
sentence can be traced to the exact bytes it came from (its document's ``final_url`` and ``retrieved`` date name
the record); ``kg build DIR/*.warc.gz`` reads them back.

Examples
--------
>>> import tempfile
>>> from kg.ingest.fetch import Page
>>> with WarcArchive(tempfile.mkdtemp()) as archive:
...     archive.write(Page("https://a.example/x", "https://a.example/x", 200, b"<p>Hi</p>", "text/html", "utf-8"))
>>> archive.records, archive.path.name.endswith(".warc.gz")
(1, True)
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.errors import OutputError
from kg.ingest.fetch import Page


class WarcArchive:
    """A ``kg-<UTC time>.warc.gz`` file in a folder, written record by record (each record is complete on disk)."""

    def __init__(self, folder: str | Path) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        self.path = Path(folder) / f"kg-{stamp}.warc.gz"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = open(self.path, "xb")
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write the archive: {exc.strerror or exc}") from None
        self._writer = WARCWriter(self._handle, gzip=True)
        self.records = 0

    def write(self, page: Page) -> None:
        """Append the response of one fetched page, dated when it was fetched."""
        content_type = page.content_type + (f"; charset={page.charset}" if page.charset else "")
        headers = [("Content-Type", content_type), ("Content-Length", str(len(page.body)))]
        headers += [(name, value) for name, value in (("ETag", page.etag), ("Last-Modified", page.last_modified))
                    if value]
        http = StatusAndHeaders(f"{page.status} OK", headers, protocol="HTTP/1.1")
        date = page.retrieved.replace("+00:00", "Z")
        record = self._writer.create_warc_record(page.final_url, "response", payload=io.BytesIO(page.body),
                                                 http_headers=http, warc_headers_dict={"WARC-Date": date})
        self._writer.write_record(record)
        self._handle.flush()
        self.records += 1

    def close(self) -> None:
        self._handle.close()
        if not self.records:
            self.path.unlink(missing_ok=True)

    def __enter__(self) -> "WarcArchive":
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
