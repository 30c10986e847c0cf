"""A bounded load test of ``kg serve`` on 127.0.0.1: N clients each send M simple SELECT queries at once.

    python benchmarks/load.py kb/                         # 20 clients x 50 requests against a store folder
    python benchmarks/load.py kb/ --clients 20 --requests 50 --query 'ASK { ?s ?p ?o }'

It starts ``kg serve`` on a free port, waits for it, runs the clients (each on its own keep-alive connection),
and prints the latency percentiles, the errors, and the memory (RSS) of the server and its query workers before and
after the load. The run is bounded: clients x requests queries, each with a 10 s client timeout.
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

QUERY = 'SELECT ?e WHERE { ?e rdfs:label "China" }'


def rss_kb(pid: int) -> tuple[int, int]:
    """Resident memory of a process and its children (the query workers), in KB, and the number of children."""
    total = children = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        if int(entry) == pid or int(fields[1]) == pid:
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))
            children += int(entry) != pid
    return total, children


def cpu_seconds(pid: int) -> tuple[float, float]:
    """CPU seconds used so far by a process and by its children (the query workers)."""
    own = children = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used = (int(fields[11]) + int(fields[12])) / tick
        if int(entry) == pid:
            own += used
        elif int(fields[1]) == pid:
            children += used
    return own, children


def client(port: int, path: str, count: int, latencies: list[float], errors: list[str]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for _ in range(count):
        started = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"HTTP {response.status}")
        except (OSError, http.client.HTTPException) as exc:
            errors.append(type(exc).__name__)
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        latencies.append(time.perf_counter() - started)
    conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("graph", help="Store folder or RDF file to serve.")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=50, help="Requests per client.")
    ap.add_argument("--query", default=QUERY)
    ap.add_argument("--workers", type=int, default=8, help="kg serve --workers.")
    args = ap.parse_args()

    server = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "serve", args.graph,
                               "--port", "0", "--workers", str(args.workers)], stderr=subprocess.PIPE, text=True)
    try:
        line = server.stderr.readline() if server.stderr else ""
        if not line.startswith("Serving"):
            sys.exit(f"kg serve did not start: {line.strip()}")
        port = int(line.split(" at ", 1)[1].split("/ ", 1)[0].rsplit(":", 1)[1])
        path = "/sparql?" + urllib.parse.urlencode({"query": args.query})
        warm: list[float] = []
        for burst in range(2):  # first bursts: the pool grows to its working size, the store's pages are read
            warm_threads = [threading.Thread(target=client, args=(port, path, 20, warm, []))
                            for _ in range(args.clients)]
            for t in warm_threads:
                t.start()
            for t in warm_threads:
                t.join()
        time.sleep(2.0)
        before = rss_kb(server.pid)
        cpu_before, mine_before = cpu_seconds(server.pid), time.process_time()
        latencies: list[float] = []
        errors: list[str] = []
        threads = [threading.Thread(target=client, args=(port, path, args.requests, latencies, errors))
                   for _ in range(args.clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        took = time.perf_counter() - started
        cpu_after, mine_after = cpu_seconds(server.pid), time.process_time()
        time.sleep(1.0)
        after = rss_kb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=15)
    ms = sorted(x * 1000 for x in latencies)
    p = lambda q: ms[min(len(ms) - 1, int(q * len(ms)))]  # noqa: E731
    print(f"{args.clients} clients x {args.requests} requests = {len(ms)} in {took:.1f} s "
          f"({len(ms) / took:.0f} requests/s)")
    print(f"latency ms: p50 {p(0.5):.1f}  p90 {p(0.9):.1f}  p99 {p(0.99):.1f}  max {ms[-1]:.1f}  "
          f"mean {statistics.mean(ms):.1f}")
    print(f"CPU seconds: server {cpu_after[0] - cpu_before[0]:.2f}, workers {cpu_after[1] - cpu_before[1]:.2f}, "
          f"clients {mine_after - mine_before:.2f}")
    print(f"errors: {len(errors)}{' (' + ', '.join(sorted(set(errors))) + ')' if errors else ''}")
    print(f"memory (server + workers, RSS): before {before[0] / 1024:.0f} MB ({before[1]} workers), "
          f"after {after[0] / 1024:.0f} MB ({after[1]} workers)")


if __name__ == "__main__":
    main()
