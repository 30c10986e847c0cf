"""Run a function in a child process that is killed at a time limit or on Ctrl-C: a query Oxigraph cannot cancel
still stops, and its memory goes back to the system.

Examples
--------
>>> run_limited(sum, [1, 2, 3], timeout=30)
6
>>> import time
>>> run_limited(time.sleep, 10, timeout=0.2)
Traceback (most recent call last):
...
kg.errors.QueryError: the query ran past the time limit of 0.2 s and was stopped (raise it with --timeout)
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from kg import errors
from kg.errors import KgError, QueryError

T = TypeVar("T")


def _child(conn: Connection, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent kills us
    try:
        reply: tuple[str, Any] = ("ok", func(*args))
    except KgError as exc:
        reply = ("error", (type(exc).__name__, str(exc)))
    except RecursionError:
        reply = ("error", ("QueryError", "the query is nested too deeply to evaluate"))
    except MemoryError:
        reply = ("error", ("QueryError", "the query ran out of memory"))
    except Exception as exc:  # noqa: BLE001 - reported as one line by the parent
        reply = ("error", ("QueryError", f"the query failed: {' '.join(str(exc).split())[:300] or type(exc).__name__}"))
    try:
        conn.send(reply)
    finally:
        conn.close()
        os._exit(0)  # no atexit handlers, no flushing of the parent's buffers a second time


def _rebuild(name: str, message: str) -> KgError:
    cls = getattr(errors, name, QueryError)
    exc = KgError.__new__(cls if isinstance(cls, type) and issubclass(cls, KgError) else QueryError)
    Exception.__init__(exc, message)
    return exc


def run_limited(func: Callable[..., T], *args: Any, timeout: float) -> T:
    """``func(*args)`` run in a forked child process, which is killed after ``timeout`` seconds.

    The result comes back pickled; a :class:`~kg.errors.KgError` in the child is raised again here with the same
    message, anything else as a :class:`QueryError`. Ctrl-C kills the child at once and raises
    :class:`KeyboardInterrupt`.
    """
    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:  # no fork (Windows): run in this process, without the limit
        return func(*args)
    mine, theirs = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(theirs, func, args), daemon=True)
    process.start()
    theirs.close()
    try:
        if not mine.poll(timeout):
            raise QueryError(f"the query ran past the time limit of {timeout:g} s and was stopped "
                             "(raise it with --timeout)")
        try:
            status, value = mine.recv()
        except EOFError:
            process.join(1)
            raise QueryError(f"the query process ended without an answer (exit status {process.exitcode}); "
                             "out of memory?") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        mine.close()
    if status == "error":
        raise _rebuild(*value)
    result: T = value  # what func returned, unpickled
    return result
