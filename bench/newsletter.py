"""Newsletter sending speed: N recipients to a local aiosmtpd server.

The server runs in its own process (so the figures are the sender's alone)
and counts messages and connections; the sender is `send_newsletter` with no
rate limit, the delivery log in a temporary SQLite file, one SMTP connection.

    python bench/newsletter.py [--recipients 5000]
"""

from __future__ import annotations

import sys
from pathlib import Path

# Keep this folder off the path so that no script here can shadow a standard module.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent / "src"))

import argparse
import multiprocessing
import resource
import socket
import tempfile
import time

from briefing.config import Settings
from briefing.models import Credit, KeyFact, Post, Recipient, Section, Take
from briefing.publish import send_newsletter
from briefing.store import Store

POST = Post(
    slug="2026-11-24-hang-seng-tech-index", date="2026-11-24", story_id="bench",
    title="Hang Seng Tech Index Drops Over 2%: Chipmakers Lead the Slide",
    dek="Chip stocks fell hardest while mainland buyers kept adding Hong Kong shares.",
    lead=["The Hang Seng Tech Index dropped more than 2% in afternoon trading."] * 2,
    key_facts=[KeyFact("Hang Seng Tech Index", "Dropped more than 2% in afternoon trading."),
               KeyFact("Chipmaker A", "Shares fell 7.1% to HK$31.40."),
               KeyFact("Southbound flows", "Net buying of HK$5.2 billion.")],
    sections=[Section("Leaders and Laggards", ["Chipmakers fell the most on the day."] * 3)],
    take=Take("Flows and prices point in different directions.",
              "One session is not a trend.", "Add in small steps rather than all at once."),
    credits=[Credit("Harbour Wire", "https://news.example.com/markets/hk-tech-close")],
)


class Counter:
    def __init__(self, counts):
        self.counts = counts

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        self.counts["connections"] += 1
        return responses

    async def handle_DATA(self, server, session, envelope):
        self.counts["messages"] += len(envelope.rcpt_tos)
        return "250 OK"


def serve(port: int, ready, stop, results) -> None:
    from aiosmtpd.controller import Controller

    counts = {"messages": 0, "connections": 0}
    controller = Controller(Counter(counts), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    stop.wait()
    controller.stop()
    results.put(counts)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=5000)
    n = parser.parse_args().recipients
    port = free_port()
    ready, stop, results = multiprocessing.Event(), multiprocessing.Event(), multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(port, ready, stop, results))
    server.start()
    ready.wait(10)
    settings = Settings()
    config = settings.email
    config.from_addr, config.smtp_host, config.smtp_port = "desk@example.com", "127.0.0.1", port
    config.security, config.rate_per_second = "none", 0
    recipients = [Recipient(f"reader{i}@example.com", f"Reader {i}") for i in range(n)]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.sqlite") as store:
        start = time.perf_counter()
        report = send_newsletter(POST, recipients, settings, store)
        seconds = time.perf_counter() - start
    stop.set()
    counts = results.get(timeout=10)
    server.join()
    rate = report.sent / seconds
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"sent {report.sent}/{n}, failed {report.failed}, deferred {report.deferred}")
    print(f"server received {counts['messages']} messages over {counts['connections']} connection(s)")
    print(f"{seconds:.2f} s, {seconds / max(report.sent, 1) * 1000:.2f} ms/message")
    print(f"email: {rate:.0f} messages/s, {peak_mb:.0f} MB peak RSS")


if __name__ == "__main__":
    main()
