"""Fetch benchmark: 200 feeds x 20 items (4,000 article pages) from 20 loopback hosts.

One server process listens on 127.0.0.2 ... 127.0.0.21 (one port each) and adds
20-100 ms of latency to every response. For concurrency 16 and 64 it runs a
first fetch into an empty store and a rerun, and prints the wall time beside
two bounds measured in the same run:

- latency bound: requests x mean injected latency / effective concurrency
  (the smaller of the global limit and hosts x per-host limit);
- CPU bound: main-text extraction of the same pages alone, divided by the cores.

    python bench/fetch.py [--feeds 200] [--items 20] [--hosts 20] [--cpu-sample 4000]
"""

from __future__ import annotations

import sys
from pathlib import Path

# this script's own folder would shadow the standard library (bench/email.py hides
# `email`), so the source tree takes its place before anything else is imported
ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT / "src")

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import resource
import tempfile
import time

from briefing.config import FetchSettings
from briefing.fetch import fetch_sources
from briefing.fetch.pages import main_text
from briefing.models import Source
from briefing.store import Store

LATENCY = (0.020, 0.100)
INDICES = ["Hang Seng Index", "Hang Seng Tech Index", "CSI 300", "Nikkei 225", "Kospi",
           "Taiex", "S&P/ASX 200", "STOXX 600", "FTSE 100", "S&P 500"]
COMPANIES = ["Hua Hong Semiconductor", "SMIC", "Xiaomi", "Alibaba Group", "Tencent", "Meituan",
             "BYD", "Longfor", "Vanke", "TSMC", "MediaTek", "Samsung Electronics", "Sony",
             "BHP Group", "ASML", "HSBC", "Nvidia", "Apple"]
VERBS_UP = ["rose", "gained", "climbed", "advanced", "jumped"]
VERBS_DOWN = ["fell", "dropped", "slid", "lost", "declined"]
BROKERS = ["CICC", "Morgan Stanley", "Nomura", "UBS", "Citi"]
REASONS = ["chip export curbs", "rate-cut bets", "weak property sales", "southbound inflows",
           "a firmer dollar"]


# -- the content: deterministic, so the server and the CPU bound see the same pages ----------

def paragraph(rng: random.Random) -> str:
    index, company = rng.choice(INDICES), rng.choice(COMPANIES)
    verb = rng.choice(VERBS_UP if rng.random() < 0.5 else VERBS_DOWN)
    session = rng.choice(["morning", "afternoon", "late"])
    return (f"The {index} {verb} {rng.uniform(0.1, 3.5):.1f}% to "
            f"{rng.uniform(3000, 40000):,.2f} in {session} trade, while {company} "
            f"{rng.choice(VERBS_UP + VERBS_DOWN)} {rng.uniform(0.2, 9.0):.1f}% to "
            f"HK${rng.uniform(5, 600):.2f}. Turnover reached "
            f"HK${rng.uniform(80, 250):.1f} billion, and analysts at {rng.choice(BROKERS)} "
            f"said the move reflected {rng.choice(REASONS)}.")


def article_page(host: str, feed: int, item: int) -> str:
    """A news page of realistic weight (~30 KB): the article amid menus, teasers and script."""
    rng = random.Random(feed * 1000 + item)
    title = f"{rng.choice(INDICES)} moves as {rng.choice(COMPANIES)} swings ({feed}-{item})"
    url = f"http://{host}/a/{feed}/{item}.html"
    nav = "".join(f"<li class='nav-item'><a href='/section/{i}'>Section {i}</a></li>"
                  for i in range(80))
    body = "".join(f"<p>{paragraph(rng)}</p>" for _ in range(rng.randint(6, 12)))
    teasers = "".join(
        f"<div class='teaser'><a href='/a/{feed}/{i}.html'><img src='/img/{i}.jpg' alt=''>"
        f"<h3>{rng.choice(INDICES)} update {i}</h3></a><p>{rng.choice(COMPANIES)} in focus.</p>"
        f"</div>" for i in range(20))
    links = "".join(f"<a href='/topic/{i}'>Topic {i}</a> " for i in range(120))
    script = "window.__STATE__=" + json.dumps({"ads": [{"slot": i, "size": [300, 250]}
                                                        for i in range(120)]})
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} | Wire"
            f"</title><link rel='canonical' href='{url}?utm_source=bench'>"
            f"<meta name='author' content='Reporter {item}'>"
            f"<meta property='article:published_time' content='2026-11-24T0{item % 10}:00:00Z'>"
            f"<script>{script}</script><style>body{{margin:0}} .teaser{{float:left}}</style>"
            f"</head><body><header><nav><ul>{nav}</ul></nav></header><main><article>"
            f"<h1>{title}</h1><p class='byline'>By Reporter {item}</p>{body}</article>"
            f"<aside><h2>More news</h2>{teasers}</aside></main><footer><p>{links}</p>"
            f"<p>© 2026 Wire. All rights reserved.</p></footer></body></html>")


def feed_xml(host: str, feed: int, items: int) -> str:
    entries = "".join(
        f"<item><title>Story {feed}-{i}</title><link>http://{host}/a/{feed}/{i}.html</link>"
        f"<guid>bench-{feed}-{i}</guid><pubDate>Tue, 24 Nov 2026 0{i % 10}:00:00 GMT</pubDate>"
        f"<description>Summary of story {feed}-{i}.</description></item>" for i in range(items))
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Feed {feed}</title><link>http://{host}/</link>{entries}</channel></rss>")


# -- the server: asyncio, keep-alive HTTP/1.1, ETags on feeds, injected latency --------------
# It stands in for 20 remote machines but runs on the cores the fetch uses, so it is
# kept cheap: a protocol and a timer per request, no task or stream reader.

def serve(hosts: list[str], feeds: int, items: int, conn, stop) -> None:
    asyncio.run(_serve(hosts, feeds, items, conn, stop))


async def _serve(hosts, feeds, items, conn, stop) -> None:
    stats = {"requests": 0, "latency": 0.0, "page_bytes": 0, "feed_bytes": 0, "not_modified": 0}
    docs: dict[tuple[str, str], bytes] = {}
    ports = {}
    servers = []
    loop = asyncio.get_running_loop()
    for host in hosts:
        server = await loop.create_server(lambda: _Client(docs, stats), host, 0)
        ports[host] = server.sockets[0].getsockname()[1]
        servers.append(server)
    for feed in range(feeds):
        host = hosts[feed % len(hosts)]
        addr = f"{host}:{ports[host]}"
        docs[(addr, f"/feed/{feed}.xml")] = feed_xml(addr, feed, items).encode()
        for item in range(items):
            docs[(addr, f"/a/{feed}/{item}.html")] = article_page(addr, feed, item).encode()
    conn.send(ports)
    started = loop.time()  # a monotonic clock: its zero is arbitrary (boot time here)
    while not stop.is_set():  # bounded by the parent: it sets stop, or the 1-hour cap below
        await asyncio.sleep(0.05)
        if conn.poll():
            conn.recv()
            conn.send(dict(stats, cpu=time.process_time()))
        if loop.time() - started > 3600:
            break
    for server in servers:
        server.close()


class _Client(asyncio.Protocol):
    """One connection: each request's head is answered after its injected latency."""

    def __init__(self, docs, stats):
        self.docs, self.stats = docs, stats
        self.buffer = b""

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1].split("?")[0]
            headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
            host = headers.get("Host", headers.get("host", ""))
            delay = random.uniform(*LATENCY)
            self.stats["requests"] += 1
            self.stats["latency"] += delay
            reply = _response(self.docs, self.stats, host, path, headers)
            asyncio.get_running_loop().call_later(delay, self._send, reply)

    def _send(self, reply: bytes) -> None:
        if not self.transport.is_closing():
            self.transport.write(reply)


def _response(docs, stats, host: str, path: str, headers: dict) -> bytes:
    if path == "/robots.txt":
        return _reply(200, b"User-agent: *\nAllow: /\n", "text/plain")
    body = docs.get((host, path))
    if body is None:
        return _reply(404, b"not found", "text/plain")
    if path.startswith("/feed/"):
        etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
        if headers.get("If-None-Match", headers.get("if-none-match")) == etag:
            stats["not_modified"] += 1
            return _reply(304, b"", None, etag)
        stats["feed_bytes"] += len(body)
        return _reply(200, body, "application/rss+xml; charset=utf-8", etag)
    stats["page_bytes"] += len(body)
    return _reply(200, body, "text/html; charset=utf-8")


def _reply(status: int, body: bytes, content_type: str | None, etag: str | None = None) -> bytes:
    reason = {200: "OK", 304: "Not Modified", 404: "Not Found"}[status]
    head = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}"]
    if content_type:
        head.append(f"Content-Type: {content_type}")
    if etag:
        head.append(f"ETag: {etag}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


# -- the runs --------------------------------------------------------------------------------

def peak_rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def server_stats(conn) -> dict:
    conn.send("stats")
    return conn.recv()


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat."""
    fields = [float(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + fields[4]
    hz = os.sysconf("SC_CLK_TCK")
    return (sum(fields) - idle) / hz, sum(fields) / hz


def run_once(sources, settings, store_path: Path, conn) -> tuple[float, dict, list]:
    """One fetch; the server's counters and the CPU it took (this process, server, machine)."""
    before, own, machine = server_stats(conn), resource.getrusage(resource.RUSAGE_SELF), \
        machine_busy()
    start = time.perf_counter()
    with Store(store_path) as store:
        reports = fetch_sources(sources, store, settings)
    wall = time.perf_counter() - start
    after, own2, machine2 = server_stats(conn), resource.getrusage(resource.RUSAGE_SELF), \
        machine_busy()
    stats = {k: after[k] - before[k] for k in after}
    stats["main_cpu"] = own2.ru_utime + own2.ru_stime - own.ru_utime - own.ru_stime
    stats["machine_busy"] = (machine2[0] - machine[0]) / max(machine2[1] - machine[1], 1e-9)
    return wall, stats, reports


def cpu_bound(addrs: list[str], feeds: int, items: int, sample: int) -> tuple[float, int]:
    """Seconds to extract every page in this one process, over the cores, and pages timed."""
    pages = [(f, i) for f in range(feeds) for i in range(items)]
    step = max(len(pages) // sample, 1)
    chosen = pages[::step][:sample]
    main_text(article_page(addrs[0], 0, 0))  # warm-up: imports, lazy tables
    spent = 0.0
    for first in range(0, len(chosen), 200):  # pages made outside the timed part
        batch = [(article_page(addrs[f % len(addrs)], f, i),
                  f"http://{addrs[f % len(addrs)]}/a/{f}/{i}.html")
                 for f, i in chosen[first:first + 200]]
        start = time.perf_counter()
        for html, url in batch:
            main_text(html, url)
        spent += time.perf_counter() - start
    per_page = spent / len(chosen)
    return per_page * len(pages) / (os.cpu_count() or 1), len(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--per-host", type=int, default=2)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[16, 64])
    parser.add_argument("--cpu-sample", type=int, default=4000,
                        help="pages timed for the CPU bound")
    args = parser.parse_args()
    hosts = [f"127.0.0.{n}" for n in range(2, 2 + args.hosts)]
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    stop = context.Event()
    server = context.Process(target=serve, args=(hosts, args.feeds, args.items, child, stop),
                             daemon=True)
    server.start()
    ports = parent.recv()
    addrs = [f"{h}:{ports[h]}" for h in hosts]
    sources = [Source(name=f"feed-{f}", url=f"http://{addrs[f % len(addrs)]}/feed/{f}.xml")
               for f in range(args.feeds)]
    summary = []
    try:
        cpu, timed = cpu_bound(addrs, args.feeds, args.items, args.cpu_sample)
        print(f"machine: {os.cpu_count()} cores; {args.feeds} feeds x {args.items} items on "
              f"{args.hosts} hosts; latency {LATENCY[0] * 1000:.0f}-{LATENCY[1] * 1000:.0f} ms")
        print(f"CPU bound: {cpu:.1f} s (extraction of {timed} pages timed alone, "
              f"over {os.cpu_count()} cores); peak RSS so far {peak_rss():.0f} MB")
        for concurrency in args.concurrency:
            summary += run_level(sources, concurrency, args, parent, cpu)
    finally:
        stop.set()
        server.join(5)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {own:.0f} MB (this process), {children:.0f} MB (largest child: "
          f"server or extraction worker)")
    print("fetch: " + ", ".join(summary + [f"peak RSS {own:.0f} MB"]))


def run_level(sources, concurrency: int, args, conn, cpu: float) -> list[str]:
    settings = FetchSettings(concurrency=concurrency, per_host=args.per_host)
    with tempfile.TemporaryDirectory() as tmp:
        store_path = Path(tmp) / "bench.sqlite"
        wall, stats, reports = run_once(sources, settings, store_path, conn)
        new = sum(r.new for r in reports)
        failed = [r for r in reports if r.status == "failed" or r.failed]
        effective = min(concurrency, args.hosts * args.per_host)
        mean_latency = stats["latency"] / max(stats["requests"], 1)
        latency = stats["requests"] * mean_latency / effective
        bound = max(latency, cpu)
        print(f"\nconcurrency {concurrency} (per host {args.per_host}, effective {effective})")
        print(f"  first run: {wall:.1f} s, {new} articles, {new / wall:.0f} articles/s, "
              f"{stats['requests']} requests, {len(failed)} sources with failures")
        print(f"  latency bound {latency:.1f} s (mean latency {mean_latency * 1000:.0f} ms), "
              f"CPU bound {cpu:.1f} s -> wall / larger bound = {wall / bound:.2f} (target <= 1.3)")
        print(f"  CPU during the run: fetch process {stats['main_cpu']:.1f} s (loop, HTTP, "
              f"store), test server {stats['cpu']:.1f} s; machine busy "
              f"{stats['machine_busy'] * 100:.0f}% of {os.cpu_count()} cores "
              f"(load average {os.getloadavg()[0]:.1f})")
        rerun, stats2, reports2 = run_once(sources, settings, store_path, conn)
        unchanged = sum(r.status == "unchanged" for r in reports2)
        print(f"  rerun: {rerun:.2f} s, {unchanged}/{len(reports2)} feeds unchanged (304), "
              f"{stats2['page_bytes']} article bytes transferred, {stats2['requests']} requests")
        if failed:
            print("  first failure:", json.dumps(failed[0].__dict__)[:300])
        print(f"  peak RSS of this process so far: {peak_rss():.0f} MB")
    return [f"c{concurrency} first run {wall:.1f} s ({wall / bound:.2f}x bound)",
            f"c{concurrency} {new / wall:.0f} articles/s", f"c{concurrency} rerun {rerun:.2f} s"]


if __name__ == "__main__":
    main()
