"""The one atomic writer: a reader never sees half a file, a failed run leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import OutputError
from kg.fsutil import atomic_open, atomic_write
from kg.records import Document, Extraction
from kg.workflow import write_jsonl


def test_a_failing_block_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    path = atomic_write(tmp_path / "out.txt", "old\n")
    with pytest.raises(RuntimeError):
        with atomic_open(path) as fh:
            fh.write("half")
            raise RuntimeError("stop")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_binary_mode_and_unwritable_path(tmp_path: Path) -> None:
    with atomic_open(tmp_path / "b.bin", "wb") as fh:
        fh.write(b"\x00\x01")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        atomic_write(tmp_path / "file" / "under-a-file.txt", "x")


def test_write_jsonl_leaves_nothing_when_the_stream_fails(tmp_path: Path) -> None:
    def stream():
        yield Extraction(Document(doc_id="a", text="A."))
        raise RuntimeError("the pipeline failed")

    with pytest.raises(RuntimeError):
        write_jsonl(stream(), tmp_path / "out.jsonl")
    assert list(tmp_path.iterdir()) == []
