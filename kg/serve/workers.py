"""Worker processes that run the endpoint's queries, each killed and replaced when its query runs past the limit.

Oxigraph cannot cancel a running query, and a thread cannot be stopped: a query past its time would go on holding a
core and its memory. A process can be killed. Each worker opens the store read-only and answers one job at a time
over a pipe; the pool keeps a few idle workers ready (a light query never waits for the heavy ones), starts more up
to its size, and kills a worker whose query runs past the limit (the operating system takes its memory back).

A worker imports the RDF engine's stores (:mod:`kg.rdf.engine.stores`: pyoxigraph, not rdflib) and nothing else of
kg: a replacement is ready in about a tenth of a second, while the spare workers answer.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass
from http import HTTPStatus
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.rdf.engine import GRAPH_MEDIA_TYPES, RESULT_MEDIA_TYPES, Store, open_read_only, protocol_query

#: the media types of SELECT and ASK results, then those of CONSTRUCT and DESCRIBE graphs (the first is the default)
RESULTS: dict[str, str] = dict.fromkeys(RESULT_MEDIA_TYPES, "results")
GRAPHS: dict[str, str] = dict.fromkeys(GRAPH_MEDIA_TYPES, "graph")


class RequestError(Exception):
    """A request the endpoint answers with an HTTP error status and a one-line message."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Job:
    """One query for a worker: the text, the ``Accept`` header and the protocol's dataset (IRIs)."""

    query: str
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


def negotiate(accept: str | None, offers: dict[str, Any]) -> str | None:
    """The media type of ``offers`` the ``Accept`` header prefers (the first offer when it accepts anything).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+json", RESULTS)
    'application/sparql-results+json'
    >>> negotiate("text/*", GRAPHS), negotiate(None, GRAPHS), negotiate("image/png", GRAPHS)
    ('text/turtle', 'text/turtle', None)
    """
    if not accept or not accept.strip():
        return next(iter(offers))
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept.split(",")):
        parts = [p.strip() for p in item.split(";")]
        media, q = parts[0].lower(), 1.0
        for param in parts[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, position, media))
    for _, _, media in sorted(ranked):
        if media in offers:
            return media
        if media == "*/*":
            return next(iter(offers))
        if media.endswith("/*"):
            match = next((o for o in offers if o.startswith(media[:-1])), None)
            if match:
                return match
    return None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


def run_job(store: Store, job: Job, prefixes: dict[str, str]) -> tuple[int, str, bytes]:
    """Run one job on ``store``: (HTTP status, content type, body), an error as a one-line ``Error: …`` body."""
    try:
        is_graph, write = protocol_query(store, job.query, prefixes, job.default_graphs, job.named_graphs)
        offers = GRAPHS if is_graph else RESULTS
        media = negotiate(job.accept, offers)
        if media is None:
            raise RequestError(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer in {job.accept}; choose from "
                                                          f"{', '.join(offers)}")
        body = write(media)
    except RequestError as exc:
        return exc.status, "text/plain; charset=utf-8", f"Error: {exc}\n".encode()
    except SyntaxError as exc:
        return 400, "text/plain; charset=utf-8", f"Error: invalid SPARQL: {_one_line(exc)}\n".encode()
    except (OSError, ValueError, RuntimeError) as exc:
        return 500, "text/plain; charset=utf-8", f"Error: the query failed: {_one_line(exc)}\n".encode()
    charset = "" if media == "application/rdf+xml" else "; charset=utf-8"
    return 200, media + charset, body


def worker_main(conn: Connection, store_path: str, prefixes: dict[str, str]) -> None:
    """A worker's loop: open the store read-only, say ready, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle; it kills the workers
    store = open_read_only(store_path)
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(run_job(store, job, prefixes))


class Worker:
    """One worker process (``python -m kg.serve.workers``) and its end of the socket pair between them.

    A fresh interpreter rather than :mod:`multiprocessing`'s spawn, which would run the caller's main script again.
    """

    def __init__(self, store_path: str, prefixes: dict[str, str]) -> None:
        mine, theirs = socket.socketpair()
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [package_root] + ([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else [])))
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "kg.serve.workers", str(theirs.fileno()), store_path, json.dumps(prefixes)],
                pass_fds=[theirs.fileno()], env=env, stdin=subprocess.DEVNULL, start_new_session=True)
        finally:
            theirs.close()
        self.conn = Connection(mine.detach())

    async def receive(self, timeout: float | None) -> Any:
        """The next message, waiting without blocking the event loop; ``TimeoutError`` past ``timeout``,
        ``EOFError`` when the worker died."""
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = self.conn.fileno()
        loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
        try:
            await asyncio.wait_for(ready, timeout)
        finally:
            loop.remove_reader(fd)
        return self.conn.recv()  # the message is there (a large one is read as fast as the worker writes it)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=5)
        self.conn.close()


class WorkerPool:
    """Up to ``size`` workers over a read-only store, ``spare`` of them kept idle and ready.

    :meth:`run` gives each job a worker for at most ``timeout`` seconds; a worker past it is killed and replaced.
    """

    def __init__(self, store_path: str, prefixes: dict[str, str], *, timeout: float, size: int = 8,
                 spare: int = 2) -> None:
        self.store_path, self.prefixes, self.timeout = store_path, prefixes, timeout
        self.size, self.spare = max(size, 1), max(min(spare, size), 1)
        self._idle: list[Worker] = []
        self._starting = 0
        self._busy = 0
        self._changed: asyncio.Condition | None = None
        self._all: set[Worker] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Start the spare workers and wait until they are ready."""
        self._changed = asyncio.Condition()
        self._starting += self.spare
        await asyncio.gather(*(self._start_one() for _ in range(self.spare)))
        if not self._idle:
            raise RuntimeError(f"the query workers could not open the store at {self.store_path}")

    def _top_up(self) -> None:
        """Start workers in the background until ``spare`` are idle or starting (within ``size``)."""
        while (len(self._idle) + self._starting < self.spare
               and len(self._idle) + self._starting + self._busy < self.size):
            self._starting += 1
            task = asyncio.get_running_loop().create_task(self._start_one())
            self._tasks.add(task)  # held until done: the loop keeps only weak references to tasks
            task.add_done_callback(self._tasks.discard)

    async def _start_one(self) -> None:
        """Start a worker (the caller counted it in ``_starting``) and add it to the idle ones when ready."""
        worker: Worker | None = None
        try:
            worker = await asyncio.to_thread(Worker, self.store_path, self.prefixes)
            self._all.add(worker)
            if await worker.receive(60.0) != "ready":
                raise EOFError
        except (EOFError, OSError, TimeoutError):
            if worker is not None:
                self._discard(worker)
            return
        finally:
            self._starting -= 1
        self._idle.append(worker)
        await self._notify()

    async def _notify(self) -> None:
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()

    def _discard(self, worker: Worker) -> None:
        self._all.discard(worker)
        worker.kill()

    async def _acquire(self, deadline: float) -> Worker:
        assert self._changed is not None
        loop = asyncio.get_running_loop()
        async with self._changed:
            while not self._idle:
                self._top_up()  # every worker busy: start one if the size allows, else wait for one to be free
                remaining = deadline - loop.time()
                if remaining <= 0:
                    raise RequestError(HTTPStatus.SERVICE_UNAVAILABLE,
                                       "the endpoint is busy: every query worker is taken; try again later")
                try:
                    await asyncio.wait_for(self._changed.wait(), remaining)
                except TimeoutError:
                    continue
            worker = self._idle.pop()
            self._busy += 1
        self._top_up()
        return worker

    async def run(self, job: Job) -> tuple[int, str, bytes]:
        """Run ``job`` on a worker within the time limit; raises :class:`RequestError` past it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        worker = await self._acquire(deadline)
        healthy = False
        try:
            worker.conn.send(job)
            reply = await worker.receive(max(deadline - loop.time(), 0.001))
            healthy = True
            return reply
        except TimeoutError:
            raise RequestError(HTTPStatus.SERVICE_UNAVAILABLE,
                               f"the query ran past the time limit of {self.timeout:g} s and was stopped") from None
        except (EOFError, OSError):
            raise RequestError(HTTPStatus.INTERNAL_SERVER_ERROR,
                               "the query stopped its worker process (out of memory?)") from None
        finally:
            self._busy -= 1
            if healthy:
                self._idle.append(worker)
            else:
                await asyncio.to_thread(self._discard, worker)
            self._top_up()
            await self._notify()

    def close(self) -> None:
        """Kill every worker."""
        for worker in list(self._all):
            self._discard(worker)
        self._idle.clear()


if __name__ == "__main__":
    worker_main(Connection(int(sys.argv[1])), sys.argv[2], json.loads(sys.argv[3]))
