"""Limits and checks on what the readers take in: only regular files, text in a known encoding, no control
characters, valid dates, English text, documents of bounded size, and no doc_id given to two different texts.

Each check either returns the cleaned value, raises :class:`~kg.errors.InputError` (the input is skipped with a
one-line warning and the command exits 1), or warns with :class:`~kg.errors.InputWarning` (the input is kept,
changed as the warning says).
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import unicodedata
import warnings
from dataclasses import replace

from kg.errors import InputError, InputWarning
from kg.ingest.dates import checked_date
from kg.records import Document

#: Characters of one document's text; a longer article is split at paragraph boundaries (spaCy's own limit is
#: 1,000,000 characters per text).
MAX_DOC_CHARS = 1_000_000
#: Bytes of one input file (or stdin): past this a file is refused rather than read into memory.
MAX_FILE_BYTES = 1 << 30
#: Characters of a doc_id (it becomes part of an IRI).
MAX_DOC_ID_CHARS = 200

#: C0 and C1 control characters but tab and newline, DEL, and lone surrogates (invalid in UTF-8 and RDF)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ENGLISH_WORDS = frozenset("the of and to in a is that for on with as by was it from at are be has have said "
                           "will this an its which their were not but".split())


def regular_file(path: str) -> int:
    """The size of ``path`` when it is a regular file (after symbolic links); an :class:`InputError` that says what
    it is otherwise: a FIFO or a device would block or never end.

    >>> regular_file("/dev/null")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: /dev/null: not a regular file (a character device); kg reads only files
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(path, "symbolic link loop (the link points back to itself)") from None
        if exc.errno == errno.ENOENT and os.path.islink(path):
            raise InputError(path, f"broken symbolic link (to {os.readlink(path)})") from None
        if exc.errno == errno.ENOENT:
            raise InputError(path, "no such file or directory") from None
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        kind = ("a FIFO" if stat.S_ISFIFO(info.st_mode) else "a character device" if stat.S_ISCHR(info.st_mode)
                else "a block device" if stat.S_ISBLK(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode)
                else "a folder" if stat.S_ISDIR(info.st_mode) else "a special file")
        raise InputError(path, f"not a regular file ({kind}); kg reads only files")
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(path, f"file has {info.st_size:,} bytes; at most {MAX_FILE_BYTES:,} are read")
    return info.st_size


def read_regular(path: str) -> bytes:
    """The bytes of a regular file, opened without blocking (a FIFO swapped in after the check cannot hang)."""
    regular_file(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(path, "not a regular file; kg reads only files")
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from None


def utf16_text(data: bytes) -> str | None:
    """The text of UTF-16 or UTF-32 bytes (with a byte-order mark, or UTF-16 without one: every other byte NUL in
    ASCII text); ``None`` when the bytes are not that.

    >>> utf16_text("Hi there".encode("utf-16")), utf16_text("Hi there".encode("utf-16-le")), utf16_text(b"Hi")
    ('Hi there', 'Hi there', None)
    """
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                return None
    probe = data[:4096 - 4096 % 2]
    if len(probe) < 4:
        return None
    even, odd = probe[0::2], probe[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.9 * len(zeros) and (even if zeros is odd else odd).count(0) < 0.1 * len(zeros):
            try:
                return data[:len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def strip_controls(text: str) -> str:
    """``text`` without control characters (tab and newline kept; a form feed or vertical tab becomes a newline).

    >>> strip_controls("Russia\\x01 and\\x1b[31m China\\x0cnext\\ud800")
    'Russia and[31m China\\nnext'
    """
    return _CONTROL.sub(lambda m: "\n" if m.group(0) in "\x0b\x0c" else "", text.replace("\r\n", "\n"))


def clean_meta(value: str | None) -> str | None:
    """A metadata value without control characters, or ``None`` when nothing is left."""
    if value is None:
        return None
    return " ".join(strip_controls(value).split()) or None


def checked_doc_id(doc_id: str | None, where: str, line: int | None) -> str | None:
    """A doc_id without control characters and not too long (it becomes part of an IRI)."""
    if doc_id is None:
        return None
    cleaned = clean_meta(doc_id)
    if cleaned is None:
        raise InputError(where, "the doc_id is empty once control characters are removed", line=line)
    if len(cleaned) > MAX_DOC_ID_CHARS:
        raise InputError(where, f"the doc_id has {len(cleaned):,} characters; at most {MAX_DOC_ID_CHARS} are allowed",
                         line=line)
    return cleaned


def checked_published(value: str | None, where: str, line: int | None) -> str | None:
    """A publication date as ISO (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); an invalid one warns and is dropped."""
    if value is None:
        return None
    date = checked_date(value)
    if date is None:
        at = f"{where}:{line}" if line is not None else where
        warnings.warn(InputWarning(f"{at}: published date {clean_meta(value)!r:.60} is not a valid date; "
                                   "it is left out"), stacklevel=2)
    return date


def script_of(text: str) -> str:
    """The writing system of most letters of ``text`` (``LATIN``, ``CYRILLIC``, ``CJK``, …; ``""`` without letters).

    >>> script_of("Россия и Китай"), script_of("中国和俄罗斯"), script_of("Russia and China")
    ('CYRILLIC', 'CJK', 'LATIN')
    """
    counts: dict[str, int] = {}
    for ch in text[:20_000]:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ")[0] if name else "OTHER"
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else ""


def check_english(text: str, where: str, line: int | None = None) -> None:
    """Raise :class:`InputError` when ``text`` is not in English: mostly another script, or (for a text of 40
    words or more) almost none of the commonest English words.

    >>> check_english("Россия и Китай подписали соглашение о сотрудничестве.", "a.txt")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: a.txt: the text is not in English (mostly Cyrillic letters); kg reads English articles
    """
    sample = text[:5_000]
    letters = len(_LETTER.findall(sample))
    script = "LATIN" if len(_ASCII_LETTER.findall(sample)) * 2 >= letters else script_of(sample)  # fast path first
    if letters and script != "LATIN":
        raise InputError(where, f"the text is not in English (mostly {script.title()} letters); kg reads English "
                                "articles", line=line)
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) >= 40 and sum(w in _ENGLISH_WORDS for w in words) < 0.03 * len(words):
        raise InputError(where, "the text does not look like English (almost none of its commonest words); kg "
                                "reads English articles", line=line)


def split_paragraphs(text: str, limit: int) -> list[str]:
    """``text`` in parts of at most ``limit`` characters, cut between paragraphs (else lines, else sentences,
    else anywhere).

    >>> split_paragraphs("One.\\n\\nTwo two.\\n\\nThree.", 12)
    ['One.', 'Two two.', 'Three.']
    """
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit + 1]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(". ") + 1, 0) or limit
        head, rest = rest[:cut].strip(), rest[cut:].lstrip()
        if head:
            parts.append(head)
    if rest.strip():
        parts.append(rest.strip())
    return parts


def bounded(doc: Document, limit: int = MAX_DOC_CHARS) -> list[Document]:
    """``doc``, or its parts (``<doc_id>-part1``, …) when its text is over ``limit`` characters, with a warning."""
    if len(doc.text) <= limit:
        return [doc]
    parts = split_paragraphs(doc.text, limit)
    warnings.warn(InputWarning(f"{doc.path or doc.doc_id}: {len(doc.text):,} characters, over the limit of "
                               f"{limit:,}: split at paragraphs into {len(parts)} documents {doc.doc_id}-part1…"
                               f"{len(parts)}"), stacklevel=2)
    return [replace(doc, doc_id=f"{doc.doc_id}-part{n}", text=part, headings=doc.headings if n == 1 else [])
            for n, part in enumerate(parts, 1)]


class DuplicateIds:
    """Remembers the doc_ids of one run: a second text under an id already used is an error naming both places,
    the same text again a warning (it is skipped either way, so nothing is merged silently)."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, str]] = {}

    def first(self, doc: Document) -> bool:
        """Whether ``doc`` is the first with its doc_id; raises :class:`InputError` for a different text."""
        digest = hashlib.sha1(doc.text.encode("utf-8", "replace")).hexdigest()
        here = doc.path or "-"
        seen = self._seen.get(doc.doc_id)
        if seen is None:
            self._seen[doc.doc_id] = (digest, here)
            return True
        if seen[0] != digest:
            raise InputError(here, f"doc_id {doc.doc_id!r} is already used by {seen[1]} for a different text; "
                                   "give one of them another id")
        warnings.warn(InputWarning(f"{here}: the same article as {seen[1]} (doc_id {doc.doc_id!r}); skipped"),
                      stacklevel=2)
        return False
