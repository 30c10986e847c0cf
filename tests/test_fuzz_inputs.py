"""A corpus of bad inputs, made here, each run under a time limit: no traceback, no hang, no half-written output,
no two documents merged silently. Every case ends in documents, or in one ``Error:``/``Warning:`` line naming it."""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import os
import re
import signal
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, InputWarning
from kg.ingest import iter_documents
from kg.store import open_store, put_document
from sample_graph import sample_store

BODY = ("Russia and China signed an agreement on artificial intelligence in Moscow on Monday, the ministry said. "
        "The deal covers chips and research, and it will be reviewed by the two governments next year.")
RUSSIAN = "Россия и Китай подписали соглашение о сотрудничестве в области искусственного интеллекта. " * 3
CHINESE = "中国和俄罗斯周一在莫斯科签署了一项关于人工智能的协议。" * 5
FRENCH = ("La Russie et la Chine ont signé lundi à Moscou un accord sur l'intelligence artificielle, selon le "
          "ministère. Cet accord couvre les puces et la recherche; il sera revu par les deux gouvernements l'an "
          "prochain, une fois les premiers résultats connus des deux côtés de la frontière commune. ") * 2


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def hang(signum: int, frame: object) -> None:
        raise TimeoutError(f"hung for {seconds} s")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def jsonl(path: Path, *records: object) -> str:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return str(path)


def write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


def fifo(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return str(path)


def link(path: Path, target: str) -> str:
    os.symlink(target, path)
    return str(path)


# (name, make the input in a folder, expected error text or None when documents come out)
REFUSED: list[tuple[str, Callable[[Path], str], str]] = [
    ("missing", lambda d: str(d / "nope.txt"), "no such file or directory"),
    ("empty", lambda d: write(d / "a.txt", b""), "file is empty"),
    ("blank", lambda d: write(d / "a.txt", b" \n\t\n"), "file is empty"),
    ("binary", lambda d: write(d / "a.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "binary file"),
    ("bad utf-8", lambda d: write(d / "a.txt", BODY.encode() + b" \xff\xfe"), "not valid UTF-8"),
    ("latin-1", lambda d: write(d / "a.txt", ("Caf\u00e9 " + BODY).encode("latin-1")), "not valid UTF-8"),
    ("fifo", lambda d: fifo(d / "pipe"), "not a regular file (a FIFO)"),
    ("fifo in folder", lambda d: fifo(d / "f" / "x.txt") and str(d / "f"), "not a regular file (a FIFO)"),
    ("/dev/zero", lambda d: "/dev/zero", "not a regular file (a character device)"),
    ("/dev/null", lambda d: "/dev/null", "not a regular file (a character device)"),
    ("folder without articles", lambda d: write(d / "f" / "notes.csv", "a,b") and str(d / "f"), "no supported files"),
    ("symlink loop", lambda d: link(d / "loop.txt", str(d / "loop.txt")), "symbolic link loop"),
    ("broken symlink", lambda d: link(d / "gone.txt", str(d / "nowhere.txt")), "broken symbolic link"),
    ("glob without match", lambda d: str(d / "*.nothing"), "no file matches"),
    ("bad json", lambda d: jsonl(d / "a.jsonl", "{oops"), "a.jsonl:1: not valid JSON"),
    ("json 100,000 deep", lambda d: jsonl(d / "a.jsonl", "[" * 100_000 + "]" * 100_000), "a.jsonl:1: not valid JSON"),
    ("json 5,000-digit doc_id", lambda d: jsonl(d / "a.jsonl", '{"doc_id": ' + "9" * 5000 + ', "text": "x"}'),
     "a.jsonl:1: not valid JSON"),
    ("json long doc_id", lambda d: jsonl(d / "a.jsonl", {"doc_id": "x" * 5000, "text": BODY}), "at most 200"),
    ("json text number", lambda d: jsonl(d / "a.jsonl", {"text": 42}), 'no non-empty string "text"'),
    ("json array", lambda d: jsonl(d / "a.jsonl", [BODY]), "expected a JSON object"),
    ("json no text", lambda d: jsonl(d / "a.jsonl", {"title": "t"}), 'no non-empty string "text"'),
    ("json empty text", lambda d: jsonl(d / "a.jsonl", {"text": "   "}), 'no non-empty string "text"'),
    ("json null record", lambda d: jsonl(d / "a.jsonl", "null"), "expected a JSON object"),
    ("json nul byte", lambda d: write(d / "a.jsonl", b'{"text": "a\0b"}\n'), "binary file"),
    ("russian", lambda d: write(d / "a.txt", RUSSIAN), "not in English (mostly Cyrillic letters)"),
    ("chinese", lambda d: write(d / "a.txt", CHINESE), "not in English (mostly Cjk letters)"),
    ("french", lambda d: write(d / "a.txt", FRENCH), "does not look like English"),
    ("russian in json", lambda d: jsonl(d / "a.jsonl", {"text": RUSSIAN}), "a.jsonl:1: the text is not in English"),
    ("only control characters", lambda d: write(d / "a.txt", "\x01\x02\x1b\x07 \x7f"), "no article text left"),
    ("only boilerplate", lambda d: write(d / "a.txt", "Share this article\nComments are closed.\n"),
     "no article text left"),
    ("duplicate id, two texts", lambda d: jsonl(d / "a.jsonl", {"doc_id": "x", "text": BODY},
                                                {"doc_id": "x", "text": BODY + " More."}),
     "a.jsonl:2: doc_id 'x' is already used by"),
]

ACCEPTED: list[tuple[str, Callable[[Path], str], Callable[[list], None]]] = [
    ("utf-16 with BOM", lambda d: write(d / "a.txt", BODY.encode("utf-16")), lambda docs: docs[0].text == BODY),
    ("utf-16-le without BOM", lambda d: write(d / "a.txt", BODY.encode("utf-16-le")),
     lambda docs: docs[0].text == BODY),
    ("utf-16-be with BOM", lambda d: write(d / "a.txt", codecs.BOM_UTF16_BE + BODY.encode("utf-16-be")),
     lambda docs: docs[0].text == BODY),
    ("utf-32 with BOM", lambda d: write(d / "a.txt", BODY.encode("utf-32")), lambda docs: docs[0].text == BODY),
    ("utf-8 BOM", lambda d: write(d / "a.txt", codecs.BOM_UTF8 + BODY.encode()), lambda docs: docs[0].text == BODY),
    ("control characters",
     lambda d: write(d / "a.txt", BODY.replace("Russia", "Russia\x01").replace(" and", "\x1b and")),
     lambda docs: not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", docs[0].text) and "Russia and China" in docs[0].text),
    ("lone surrogate", lambda d: jsonl(d / "a.jsonl", '{"text": "' + BODY + ' \\ud800"}'),
     lambda docs: "\ud800" not in docs[0].text and docs[0].text.encode("utf-8")),
    ("control chars in title", lambda d: jsonl(d / "a.jsonl", {"text": BODY, "title": "A\x07 deal\x1b"}),
     lambda docs: docs[0].title == "A deal"),
    ("CR line ends", lambda d: write(d / "a.txt", BODY.replace(". ", ".\r\n")), lambda docs: "\r" not in docs[0].text),
    ("ids a b, a_b, a/b", lambda d: jsonl(d / "a.jsonl", *({"doc_id": i, "text": f"{BODY} {n}."}
                                                          for n, i in enumerate(("a b", "a_b", "a/b")))),
     lambda docs: [doc.doc_id for doc in docs] == ["a b", "a_b", "a/b"]),
    ("duplicate id, same text", lambda d: jsonl(d / "a.jsonl", {"doc_id": "x", "text": BODY},
                                                {"doc_id": "x", "text": BODY}), lambda docs: len(docs) == 1),
    ("html broken markup", lambda d: write(d / "a.html", f"<html><body><p>{BODY}<div><p>unclosed <b>"),
     lambda docs: "Russia and China" in docs[0].text),
    ("json null fields", lambda d: jsonl(d / "a.jsonl", {"text": BODY, "title": None, "published": None}),
     lambda docs: docs[0].published is None),
]

BAD_DATES = ["2024-13-45", "<script>alert(1)</script>", "2024-02-30", "0000-00-00", "9" * 400, "yesterday"]


def read(source: str) -> tuple[list, list[InputError], list[str]]:
    errors: list[InputError] = []
    with warnings.catch_warnings(record=True) as caught, time_limit(10):
        warnings.simplefilter("always")
        docs = list(iter_documents([source], on_error=errors.append))
    return docs, errors, [str(w.message) for w in caught if issubclass(w.category, InputWarning)]


@pytest.mark.parametrize("name,make,expected", REFUSED, ids=[c[0] for c in REFUSED])
def test_refused_input_is_one_error_naming_it(tmp_path: Path, name: str, make, expected: str) -> None:
    source = make(tmp_path)
    docs, errors, _ = read(source)
    assert len(errors) == 1 and expected in str(errors[0]), [str(e) for e in errors]
    assert "\n" not in str(errors[0])
    if name != "duplicate id, two texts":
        assert docs == []


@pytest.mark.parametrize("name,make,check", ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_accepted_input_is_read_and_cleaned(tmp_path: Path, name: str, make, check) -> None:
    docs, errors, _ = read(make(tmp_path))
    assert errors == [] and docs and check(docs), docs


@pytest.mark.parametrize("value", BAD_DATES)
def test_invalid_dates_warn_and_are_left_out(tmp_path: Path, value: str) -> None:
    docs, errors, warned = read(jsonl(tmp_path / "a.jsonl", {"text": BODY, "published": value}))
    assert errors == [] and docs[0].published is None
    assert len(warned) == 1 and "a.jsonl:1: published date" in warned[0]


def test_huge_article_is_split_at_paragraphs_and_the_others_are_kept(tmp_path: Path) -> None:
    paragraph = BODY + "\n\n"
    write(tmp_path / "in" / "a-huge.txt", paragraph * (1_100_000 // len(paragraph)))
    write(tmp_path / "in" / "b-small.txt", BODY)
    with warnings.catch_warnings(record=True) as caught, time_limit(30):
        warnings.simplefilter("always")
        docs = list(iter_documents([str(tmp_path / "in")]))
    assert [len(d.text) <= 1_000_000 for d in docs] == [True] * 3
    assert [d.doc_id.rsplit("-", 1)[1] for d in docs[:2]] == ["part1", "part2"] and docs[2].text == BODY
    assert all(d.text.endswith(".") for d in docs)  # cut between paragraphs
    assert "split at paragraphs into 2 documents" in str(caught[0].message)


def test_single_line_over_the_limit_is_cut_anyway() -> None:
    line = (BODY.replace(".", ",") + " ") * 10  # no paragraph, no line, no sentence end
    with pytest.warns(InputWarning, match="over the limit of 500"):
        docs = list(iter_documents(["-"], stdin=io.StringIO(line), max_chars=500))
    assert len(docs) == -(-len(line.strip()) // 500) and max(len(d.text) for d in docs) <= 500


# --- the command line: one line per problem, exit 1, nothing half-written -------------------------------------

def run(args: list[str], stdin: bytes | str | None = None, seconds: int = 20):
    with time_limit(seconds):
        result = CliRunner().invoke(app, args, input=stdin)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    return result


def no_partial(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")]


ONLY_BAD = [case for case in REFUSED if case[0] != "duplicate id, two texts"]  # that one has a good document too


@pytest.mark.parametrize("name,make,expected", ONLY_BAD, ids=[c[0] for c in ONLY_BAD])
def test_cli_refuses_with_one_line_and_writes_nothing(tmp_path: Path, name: str, make, expected: str) -> None:
    source = make(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    result = run(["build", source, "-o", str(out / "g.ttl"), "-q"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and expected in lines[0], lines
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("stdin,expected", [(b"Russia \xff\xfa not text", "not valid UTF-8"), (b"", "stdin is empty"),
                                            (b"\0\0\0\0", "binary"), ("{oops\n", "-:1: not valid JSON")])
def test_cli_bad_stdin_is_one_line(tmp_path: Path, stdin, expected: str) -> None:
    result = run(["extract", "-", "-o", str(tmp_path / "o.jsonl"), "-q"], stdin=stdin)
    assert result.exit_code == 1 and expected in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_cli_build_keeps_distinct_ids_apart_and_reports_duplicates(tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl",
                   *({"doc_id": i, "text": f"{BODY} Case {n}.", "published": "2024-13-45" if n == 0 else "2024-05"}
                     for n, i in enumerate(("a b", "a_b", "a/b"))),
                   {"doc_id": "a_b", "text": "Huawei and Sberbank agreed to cooperate on cloud services."},
                   {"doc_id": "c", "text": "Russia\x01 and\x01 China\x01 agreed to cooperate on chips."})
    out = tmp_path / "g.nq"
    result = run(["build", source, "-o", str(out), "-q"], seconds=120)
    assert result.exit_code == 1  # the reused id is an error, reported at the end
    assert "in.jsonl:4: doc_id 'a_b' is already used by " in result.stderr and "in.jsonl:2" in result.stderr
    assert "Warning: " in result.stderr and "published date '2024-13-45'" in result.stderr
    text = out.read_text()
    graphs = {line.rsplit(" ", 2)[-2] for line in text.splitlines()}
    assert {"<https://w3id.org/kg-geotech/doc/a%20b>", "<https://w3id.org/kg-geotech/doc/a_b>",
            "<https://w3id.org/kg-geotech/doc/a%2Fb>", "<https://w3id.org/kg-geotech/doc/c>"} <= graphs
    assert "2024-13-45" not in text and not re.search(r"[\x00-\x08\x0b-\x1f\x7f]|\\u000[1-8]", text)
    assert "Huawei" not in text  # the second text under a_b was not merged into the first
    no_partial(tmp_path)


# --- queries --------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(sample_store(tmp_path_factory.mktemp("fuzz") / "kb"))


QUERY_CASES = [
    ("SELECT * WHERE { " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000 + " }", [], "nests groups 3001 deep"),
    ("SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }", [], "nests groups"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }", [], "SERVICE"),
    ("DELETE WHERE { ?s ?p ?o }", [], "UPDATE is not allowed"),
    ("# only a comment\n", [], "the query is empty"),
    ("SELECT ?x WHERE { ?x }", [], "invalid SPARQL"),
    ("SELECT ?x WHERE { ?x nope:p ?y }", [], "nope"),
    ("SELECT * WHERE { ?s ?p ?o } #" + "x" * 200_000, [], "at most 100,000"),
    ("SELECT ?s WHERE { ?s ?p ?o }", ["s=<a b>"], "is not a valid IRI"),
    ("SELECT ?s WHERE { ?s ?p ?o }", ["s"], "not of the form name=value"),
    ('SELECT ?s WHERE { ?s ?p "\\ud800" }', [], ""),
]


@pytest.mark.parametrize("query,params,expected", QUERY_CASES, ids=range(len(QUERY_CASES)))
def test_bad_query_is_one_line(kb: str, query: str, params: list[str], expected: str) -> None:
    args = ["query", kb, query] + [a for p in params for a in ("--param", p)]
    result = run(args)
    if result.exit_code == 0:
        assert expected == ""
        return
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1 and lines[0].startswith("Error: ") and expected in lines[0], lines


def test_runaway_query_is_stopped_at_the_time_limit(kb: str) -> None:
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }"
    result = run(["query", kb, heavy, "--timeout", "1"], seconds=15)
    assert result.exit_code == 1 and "past the time limit of 1 s" in result.stderr


def test_from_clause_reads_the_named_graph(kb: str) -> None:
    every = run(["query", kb, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv"]).stdout
    graph = run(["query", kb, "SELECT ?g WHERE { GRAPH ?g { } } ORDER BY ?g LIMIT 1", "--format", "csv"]).stdout
    iri = graph.strip().splitlines()[1]
    one = run(["query", kb, f"SELECT (COUNT(*) AS ?n) FROM <{iri}> WHERE {{ ?s ?p ?o }}", "--format", "csv"]).stdout
    assert 0 < int(one.split()[1]) < int(every.split()[1])


def test_missing_graph_and_query_file(tmp_path: Path) -> None:
    for args in (["query", str(tmp_path / "none.ttl"), "ASK {}"], ["query", str(tmp_path), "-f", "nope.rq"]):
        result = run(args)
        assert result.exit_code == 1 and result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1


# --- determinism ----------------------------------------------------------------------------------------------

def test_every_format_is_byte_identical_across_processes(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; sys.path.insert(0, 'tests'); from sample_graph import sample_graph; "
            "from kg.rdf.io import save_graph; from kg.rdf.engine import oxigraph_dataset; "
            "from kg.rdf.parse import FORMATS; g = sample_graph(); "
            "[save_graph(g, f'{sys.argv[1]}/g.{f}', f) for f in FORMATS]")
    outputs = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        folder.mkdir()
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", code, str(folder)], check=True, env=env, timeout=60,
                       cwd=Path(__file__).resolve().parents[1])
        outputs.append({p.name: p.read_bytes() for p in sorted(folder.iterdir())})
    assert len(outputs[0]) >= 6 and outputs[0] == outputs[1]


@pytest.mark.parametrize("endpoint", ["not a url", "ftp://x/store", "http://"])
def test_push_to_a_bad_endpoint_is_one_line(kb: str, endpoint: str) -> None:
    result = run(["push", kb, "--endpoint", endpoint, "-q"])
    assert result.exit_code == 1 and result.stderr.startswith("Error: --endpoint") and result.stderr.count("\n") == 1


def test_ctrl_c_stops_a_running_query_at_once(kb: str) -> None:
    import subprocess
    import sys
    import time

    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }"
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "query", kb, heavy],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(3.0)  # imported, forked, querying
    started = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group
    _, err = proc.communicate(timeout=10)
    assert time.monotonic() - started < 2.0
    assert proc.returncode == 130 and err.strip() == "Interrupted."


def test_a_store_from_before_percent_encoding_is_updated_in_place(tmp_path: Path) -> None:
    import pyoxigraph as ox

    from kg.records import Document, Extraction
    from kg.store import document_hashes, remove_documents

    store = open_store(None)
    put_document(store, Extraction(Document("a b", BODY)))
    old, new = "https://w3id.org/kg-geotech/doc/a_b", "https://w3id.org/kg-geotech/doc/a%20b"
    # rename the graph as the old mapping named it
    rename = lambda t: ox.NamedNode(old) if t == ox.NamedNode(new) else t  # noqa: E731
    for q in list(store):
        store.remove(q)
        store.add(ox.Quad(rename(q.subject), q.predicate, rename(q.object), rename(q.graph_name)))
    put_document(store, Extraction(Document("a_b", BODY + " Other.")))  # a different document: kept apart
    put_document(store, Extraction(Document("a b", BODY + " New.")))  # replaces the old-style graph
    names = {g.value for g in store.named_graphs()}
    assert names == {new, old} and sorted(document_hashes(store)) == ["a b", "a_b"]
    assert remove_documents(store, ["a b", "a_b"]) == ["a b", "a_b"] and len(store) == 0
