"""Tests of the readers: files, folders, globs, stdin, formats, metadata and every input error."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from kg.errors import InputError, InputWarning
from kg.ingest import iter_documents
from kg.records import Document

BODY = "Russia and China signed a deal."


def write(path: Path, content: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def read_all(inputs, **kwargs) -> list[Document]:
    return list(iter_documents(inputs, **kwargs))


def only_error(inputs, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        read_all(inputs, **kwargs)
    return info.value


# --- plain text and doc ids ----------------------------------------------------------------------------------

def test_plain_text_file_becomes_a_cleaned_document(tmp_path):
    path = write(tmp_path / "a.txt", f"MOSCOW, June 5 —\n{BODY}\nWhy now:\nIt needs chips.\n")
    [doc] = read_all([path])
    assert doc == Document(doc_id=doc.doc_id, text=f"{BODY}\nIt needs chips.", dateline="MOSCOW, June 5",
                           path=path, headings=["Why now"])


def test_doc_id_is_derived_from_the_cleaned_text(tmp_path):
    [doc] = read_all([write(tmp_path / "a.txt", f"By Staff Reporter\n{BODY}\n")])
    assert doc.doc_id == "doc-" + hashlib.sha1(BODY.encode("utf-8")).hexdigest()[:12]
    assert doc.doc_id == "doc-99b9892edf18"


def test_doc_id_is_stable_and_independent_of_the_path(tmp_path):
    first = write(tmp_path / "one" / "a.txt", BODY)
    second = write(tmp_path / "two" / "renamed.txt", BODY + "\n\n")
    assert [d.doc_id for path in (first, second) for d in read_all([path])] == ["doc-99b9892edf18"] * 2


def test_given_doc_id_is_kept(tmp_path):
    path = write(tmp_path / "a.jsonl", json.dumps({"doc_id": "reuters-42", "text": BODY}) + "\n")
    assert [d.doc_id for d in read_all([path])] == ["reuters-42"]


# --- input errors --------------------------------------------------------------------------------------------

def test_missing_file_is_an_error(tmp_path):
    missing = str(tmp_path / "missing.txt")
    err = only_error([missing])
    assert (err.source, err.message) == (missing, "no such file or directory")


def test_glob_matching_nothing_is_an_error(tmp_path):
    pattern = str(tmp_path / "*.txt")
    err = only_error([pattern])
    assert (err.source, err.message) == (pattern, "no file matches this pattern")


def test_empty_file_is_an_error(tmp_path):
    path = write(tmp_path / "a.txt", "")
    assert str(only_error([path])) == f"{path}: file is empty"


def test_whitespace_only_file_is_an_error(tmp_path):
    path = write(tmp_path / "a.txt", " \n\t\n\u00a0\n")
    assert str(only_error([path])) == f"{path}: file is empty"


def test_binary_file_is_an_error(tmp_path):
    path = write(tmp_path / "a.txt", b"PK\x03\x04\x00\x00binary")
    assert only_error([path]).message == "binary file, not text (NUL byte at position 4)"


def test_bad_utf8_names_the_byte_and_its_position(tmp_path):
    path = write(tmp_path / "a.txt", b"Caf\xe9 opened.")
    assert str(only_error([path])) == f"{path}: not valid UTF-8 (byte 0xe9 at position 3)"


def test_bad_utf8_position_counts_the_bom(tmp_path):
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfok \xff")
    assert only_error([path]).message == "not valid UTF-8 (byte 0xff at position 6)"


def test_utf8_bom_is_accepted(tmp_path):
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbf" + BODY.encode("utf-8"))
    assert [d.text for d in read_all([path])] == [BODY]


def test_unreadable_file_is_an_error(tmp_path, monkeypatch):
    path = write(tmp_path / "a.txt", BODY)

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # chmod 000 does not stop root, so the failing open is simulated
    monkeypatch.setattr("os.open", denied)
    message = str(only_error([path]))
    monkeypatch.undo()
    assert message == f"{path}: cannot read file: Permission denied"


def test_file_with_only_boilerplate_is_an_error(tmp_path):
    path = write(tmp_path / "a.txt", "Comments are closed.\nShare this article\n")
    assert only_error([path]).message == "no article text left after cleaning"


def test_folder_without_supported_files_is_an_error(tmp_path):
    write(tmp_path / "notes.csv", "a,b\n")
    write(tmp_path / ".hidden" / "a.txt", BODY)
    err = only_error([str(tmp_path)])
    assert err.message == "folder has no supported files (.txt, .md, .markdown, .html, .htm, .jsonl)"


def test_on_error_reports_and_continues_with_the_next_input(tmp_path):
    good = write(tmp_path / "good.txt", BODY)
    empty = write(tmp_path / "empty.txt", "")
    errors: list[InputError] = []
    docs = read_all([str(tmp_path / "missing.txt"), empty, good], on_error=errors.append)
    assert [d.path for d in docs] == [good]
    assert [e.message for e in errors] == ["no such file or directory", "file is empty"]


# --- JSON Lines ----------------------------------------------------------------------------------------------

def test_malformed_jsonl_line_raises_with_its_line_number(tmp_path):
    path = write(tmp_path / "a.jsonl", json.dumps({"text": BODY}) + "\n{not json}\n")
    err = only_error([path])
    assert (err.line, err.message) == (
        2, "not valid JSON: Expecting property name enclosed in double quotes (column 2)")
    assert str(err) == f"{path}:2: {err.message}"


def test_malformed_jsonl_line_is_skipped_and_other_lines_read_with_on_error(tmp_path):
    lines = [json.dumps({"text": "First article."}), "{broken", "", json.dumps({"text": "Third article."})]
    path = write(tmp_path / "a.jsonl", "\n".join(lines) + "\n")
    errors: list[InputError] = []
    docs = read_all([path], on_error=errors.append)
    assert [(d.text, d.path) for d in docs] == [("First article.", f"{path}:1"), ("Third article.", f"{path}:4")]
    assert [(e.line, e.message) for e in errors] == [
        (2, "not valid JSON: Expecting property name enclosed in double quotes (column 2)")]


@pytest.mark.parametrize("record", [{"title": "No text"}, {"text": ""}, {"text": "  "}, {"text": 42}])
def test_jsonl_object_without_text_is_an_error(tmp_path, record):
    path = write(tmp_path / "a.jsonl", json.dumps(record) + "\n")
    err = only_error([path])
    assert (err.line, err.message) == (1, 'no non-empty string "text" field')


def test_jsonl_line_that_is_not_an_object_is_an_error(tmp_path):
    path = write(tmp_path / "a.jsonl", json.dumps({"text": BODY}) + "\n[1, 2]\n")
    errors: list[InputError] = []
    assert len(read_all([path], on_error=errors.append)) == 1
    assert [(e.line, e.message) for e in errors] == [(2, "expected a JSON object, got list")]


def test_jsonl_metadata_is_read_and_published_normalised(tmp_path):
    record = {"doc_id": "d1", "text": f"LUCKNOW: {BODY}", "title": "Deal", "url": "https://x.example/deal",
              "published": "2024-10-13T08:30:00Z", "source": "Tass", "ignored": "yes"}
    path = write(tmp_path / "a.jsonl", json.dumps(record) + "\n")
    assert read_all([path]) == [Document(doc_id="d1", text=BODY, title="Deal", url="https://x.example/deal",
                                         published="2024-10-13", source="Tass", dateline="LUCKNOW",
                                         path=f"{path}:1")]


def test_jsonl_published_that_is_not_a_date_is_left_out_with_a_warning(tmp_path):
    path = write(tmp_path / "a.jsonl", json.dumps({"text": BODY, "published": "late 2024"}) + "\n")
    with pytest.warns(InputWarning, match="a.jsonl:1: published date 'late 2024' is not a valid date"):
        assert [d.published for d in read_all([path])] == [None]


# --- folders and globs ---------------------------------------------------------------------------------------

def test_folder_is_read_recursively_sorted_skipping_unsupported_and_hidden(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.jsonl", "notes.csv", ".hidden.txt", ".git/e.txt",
                 "sub/.cache/f.txt"]:
        text = json.dumps({"text": f"Article {name}."}) if name.endswith(".jsonl") else f"Article {name}."
        write(tmp_path / name, text)
    docs = read_all([str(tmp_path)])
    assert [d.path for d in docs] == [
        str(tmp_path / "a.md"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.html"),
        str(tmp_path / "sub" / "deeper" / "d.jsonl") + ":1"]


def test_glob_pattern_is_expanded_sorted_and_recursive(tmp_path):
    for name in ["z.txt", "a.txt", "sub/m.txt", "sub/n.md"]:
        write(tmp_path / name, f"Article {name}.")
    docs = read_all([str(tmp_path / "**" / "*.txt")])
    assert [d.text for d in docs] == ["Article a.txt.", "Article sub/m.txt.", "Article z.txt."]


# --- stdin ---------------------------------------------------------------------------------------------------

def test_stdin_plain_text_is_one_article():
    [doc] = read_all(["-"], stdin=io.StringIO(f"WASHINGTON (Reuters) - {BODY}\n{{not json here}}.\n"))
    assert (doc.text, doc.dateline, doc.path) == (f"{BODY}\n{{not json here}}.", "WASHINGTON (Reuters)", "-")


def test_stdin_json_lines_are_one_article_each():
    stdin = io.StringIO("\n" + json.dumps({"text": "First article."}) + "\n" + json.dumps({"text": "Second."}))
    assert [(d.text, d.path) for d in read_all(["-"], stdin=stdin)] == [("First article.", "-:2"),
                                                                          ("Second.", "-:3")]


def test_empty_stdin_is_an_error():
    assert str(only_error(["-"], stdin=io.StringIO("  \n"))) == "-: stdin is empty"


# --- markdown ------------------------------------------------------------------------------------------------

def test_markdown_markup_is_stripped_and_title_taken(tmp_path):
    markdown = ("# Russia and China *Team Up* on AI\n\n"
                "<!-- editor: check the figures -->\n"
                "![Putin and Xi](img/putin.jpg)\n"
                "**Sberbank** will work with `Huawei` on [AI research](https://x.example/ai).\n\n"
                "## The Plan Ahead ##\n\n"
                "- The plan covers _chips_ and robotics.\n")
    [doc] = read_all([write(tmp_path / "a.md", markdown)])
    assert doc.title == "Russia and China Team Up on AI"
    assert doc.text == ("Russia and China team up on AI\n"  # a title-case headline is read as a sentence
                        "Sberbank will work with Huawei on AI research.\n"
                        "The plan covers chips and robotics.")
    assert doc.headings == ["The Plan Ahead"]


def test_markdown_section_headings_are_headings_in_any_case(tmp_path):
    markdown = f"{BODY}\n\n### What happened next\n\nMore text.\n\n[1]: https://x.example/source\n"
    [doc] = read_all([write(tmp_path / "a.md", markdown)])
    assert (doc.text, doc.headings) == (f"{BODY}\nMore text.", ["What happened next"])


def test_markdown_without_title_heading_has_no_title(tmp_path):
    [doc] = read_all([write(tmp_path / "a.markdown", f"{BODY}\n\n# Later Heading\n\nMore text.")])
    assert (doc.title, doc.text, doc.headings) == (None, f"{BODY}\nMore text.", ["Later Heading"])


# --- HTML ----------------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head>
<title>Russia and China team up on AI | World News</title>
<meta property="og:title" content="Russia and China team up on AI">
<meta property="og:site_name" content="World News">
<meta property="og:url" content="https://news.example/og-url">
<meta property="article:published_time" content="2024-10-13T08:30:00+03:00">
<link rel="canonical" href="https://news.example/ai-deal">
<style>p { color: red }</style>
<script>var tracking = "Comments are closed.";</script>
</head><body>
<header><a href="/">Home</a></header>
<nav><ul><li>World</li><li>Tech</li></ul></nav>
<div class="site-menu">Menu</div>
<article>
  <h1>Russia and China team up on AI</h1>
  <div class="byline">By <span>Staff Reporter</span></div>
  <p>MOSCOW, June 5 &mdash; Putin ordered Sberbank to   cooperate
     with China.</p>
  <div class="share-buttons"><button>Share</button> <a>Facebook</a> <a>X</a></div>
  <h2>What happened</h2>
  <p>The plan covers <b>chips</b> and <a href="/r">robotics</a>.</p>
  <ul><li>First point.</li><li>Second point.</li></ul>
  <blockquote>We will win, he said.</blockquote>
  <aside>Also on the site: football.</aside>
  <div id="related-articles"><p>Other story.</p></div>
  <div class="comments"><p>Comment one.</p></div>
  <div class="newsletter-signup"><p>Get our mail.</p></div>
  <div class="ad-slot">Buy now</div>
  <!-- a comment -->
  <p>It ends here.</p>
</article>
<footer>© 2024 World News</footer>
</body></html>
"""


def test_html_drops_page_furniture_and_keeps_paragraphs(tmp_path):
    [doc] = read_all([write(tmp_path / "a.html", PAGE)])
    assert doc.text == ("Russia and China team up on AI\n"
                        "Putin ordered Sberbank to cooperate with China.\n"
                        "The plan covers chips and robotics.\n"
                        "First point.\n"
                        "Second point.\n"
                        "We will win, he said.\n"
                        "It ends here.")
    assert (doc.dateline, doc.headings) == ("MOSCOW, June 5", ["What happened"])


def test_html_metadata_from_meta_tags(tmp_path):
    [doc] = read_all([write(tmp_path / "a.htm", PAGE)])
    assert (doc.title, doc.published, doc.url, doc.source) == (
        "Russia and China team up on AI", "2024-10-13", "https://news.example/ai-deal", "World News")


def test_html_metadata_fallbacks_title_time_and_og_url(tmp_path):
    page = ('<html><head><title> Chip deal </title><meta property="og:url" content="https://n.example/x"></head>'
            '<body><main><p>Posted <time datetime="2024-03-02">March 2</time>.</p><p>The deal was signed.</p>'
            '</main><div>Sidebar text outside main.</div></body></html>')
    [doc] = read_all([write(tmp_path / "a.html", page)])
    assert (doc.title, doc.published, doc.url, doc.source, doc.text) == (
        "Chip deal", "2024-03-02", "https://n.example/x", "n.example", "The deal was signed.")  # the stamp: metadata


def test_html_title_falls_back_to_first_h1(tmp_path):
    [doc] = read_all([write(tmp_path / "a.html", "<body><h1>Chip Deal</h1><p>The deal was signed.</p></body>")])
    # trafilatura takes the lone headline for the title and leaves it out of the text
    assert (doc.title, doc.text) == ("Chip Deal", "The deal was signed.")


def test_html_with_no_article_text_is_an_error(tmp_path):
    path = write(tmp_path / "a.html", "<html><body><nav>Home</nav><script>x()</script></body></html>")
    assert only_error([path]).message == "no article text left after cleaning"
