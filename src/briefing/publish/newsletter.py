"""Send one post to its recipients, each at most once, across reruns and crashes.

The delivery log (Store deliveries) has one row per post and recipient:
pending -> sending -> sent | failed | pending (a temporary failure, retried by
the next run). Rows are marked 'sending' in batches, in one commit, before
they are sent, and settled in the next commit; any exception settles the batch
exactly. Only a hard kill (kill -9, power loss) leaves rows 'sending': the next
run records those as failed rather than risk a second copy.
A per-post lock in the store keeps two concurrent runs from sending the same post.
"""

from __future__ import annotations

import os
import re
import socket
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..config import EmailSettings, Settings
from ..errors import PublishError
from ..models import Delivery, EmailReport, Post, Recipient
from ..store import Store
from .files import write_atomic
from .message import Newsletter, message_bytes, render_newsletter, sender
from .smtp import Mailer, Outcome

LOCK_STALE_SECONDS = 900.0  # a lock not renewed for this long belongs to a dead run
HEARTBEAT_SECONDS = 30.0
SEND_BATCH = 20  # rows marked 'sending' per commit: at most this many unknown after a kill -9
INTERRUPTED = "interrupted while sending (a crashed run); may have been delivered, not resent"


def send_newsletter(post: Post, recipients: list[Recipient], settings: Settings, store: Store,
                    *, dry_run_dir: Path | None = None) -> EmailReport:
    """Mail ``post`` to every recipient not yet sent (or failed); see the module doc.

    With ``dry_run_dir`` nothing is sent or logged: one .eml per recipient
    that a real run would mail is written there instead.
    """
    letter = render_newsletter(post, settings)
    sender(settings.email)  # a missing or bad From fails before anything else
    if dry_run_dir is not None:
        return _write_eml(letter, recipients, settings.email, store, dry_run_dir)
    owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    holder = store.acquire_send_lock(post.slug, owner, LOCK_STALE_SECONDS)
    if holder:
        return EmailReport(post.slug, locked_by=holder)
    try:
        return _send_all(letter, recipients, settings.email, store, owner)
    finally:
        store.release_send_lock(post.slug, owner)


@dataclass
class _Run:
    """What one sending run works with."""

    letter: Newsletter
    config: EmailSettings
    store: Store
    mailer: Mailer
    lock: _Heartbeat
    report: EmailReport
    pacer: _Pacer


def _send_all(letter: Newsletter, recipients: list[Recipient], config: EmailSettings,
              store: Store, owner: str) -> EmailReport:
    report = EmailReport(letter.slug)
    todo = _todo(letter.slug, recipients, store, report)
    if todo:
        with Mailer(config) as mailer:
            mailer.connect()
            run = _Run(letter, config, store, mailer, _Heartbeat(store, letter.slug, owner),
                       report, _Pacer(config.rate_per_second))
            _send_loop(run, todo)
    return report


def _send_loop(run: _Run, todo: list[tuple[Recipient, Delivery]]) -> None:
    settled: list[Delivery] = []
    for start in range(0, len(todo), SEND_BATCH):
        batch = todo[start:start + SEND_BATCH]
        for _, delivery in batch:
            delivery.status = "sending"
        # One commit (one disk sync) settles the last batch and marks this one
        # before any of it is sent.
        run.store.save_deliveries(settled + [d for _, d in batch])
        _send_batch(run, batch)
        settled = [d for _, d in batch]
    run.store.save_deliveries(settled)


def _send_batch(run: _Run, batch: list[tuple[Recipient, Delivery]]) -> None:
    """Send a marked batch. On any exception the batch is settled before it
    propagates: rows tried keep their outcome, rows not tried go back to
    'pending', and a row in flight stays 'sending' (it may have been delivered)."""
    tried, in_flight = 0, 0
    try:
        for recipient, delivery in batch:
            run.lock.renew()
            message = message_bytes(run.letter, recipient, run.config)
            in_flight = 1
            outcome = _attempt(run, message, recipient, delivery)
            tried, in_flight = tried + 1, 0
            _tally(run.report, outcome, delivery)
            if outcome.status == "disconnected":
                raise PublishError(f"{run.mailer.where}: connection lost after {run.report.sent}"
                                   f" sent this run; rerun to resume: {outcome.error}")
    except BaseException:
        for _, delivery in batch[tried + in_flight:]:
            delivery.status = "pending"
        run.store.save_deliveries([d for _, d in batch])
        raise


def _todo(slug: str, recipients: list[Recipient], store: Store, report: EmailReport,
          ) -> list[tuple[Recipient, Delivery]]:
    """Log every recipient, settle rows a crashed run left 'sending', list the rest."""
    store.add_deliveries(slug, [r.email.lower() for r in recipients])
    log = {d.recipient: d for d in store.deliveries(slug)}
    todo, seen = [], set()
    for recipient in recipients:
        key = recipient.email.lower()
        if key in seen:  # the same address twice in one list gets one email
            continue
        seen.add(key)
        delivery = log[key]
        if delivery.status == "sending":
            delivery.status, delivery.error = "failed", INTERRUPTED
            store.save_deliveries([delivery])
            report.failed += 1
            report.problems.append(delivery)
        elif delivery.status in ("sent", "failed"):
            report.skipped += 1
        else:
            todo.append((recipient, delivery))
    return todo


def _attempt(run: _Run, message: bytes, recipient: Recipient, delivery: Delivery) -> Outcome:
    """Try one recipient up to max_attempts times, backing off after a 4xx or a drop."""
    outcome = Outcome("temporary")
    for attempt in range(max(1, run.config.max_attempts)):
        if attempt:
            time.sleep(run.config.retry_backoff * 2 ** (attempt - 1))
        run.pacer.wait()
        outcome = run.mailer.send(message, sender(run.config), recipient.email)
        delivery.attempts += 1
        if outcome.status in ("sent", "permanent"):
            break
    delivery.status = {"sent": "sent", "permanent": "failed"}.get(outcome.status, "pending")
    delivery.error = outcome.error
    if outcome.status == "sent":
        delivery.sent_at = datetime.now(UTC).isoformat(timespec="seconds")
    return outcome


def _tally(report: EmailReport, outcome: Outcome, delivery: Delivery) -> None:
    if outcome.status == "sent":
        report.sent += 1
        return
    if outcome.status == "permanent":
        report.failed += 1
    else:
        report.deferred += 1
    report.problems.append(delivery)


def _write_eml(letter: Newsletter, recipients: list[Recipient], config: EmailSettings,
               store: Store, out_dir: Path) -> EmailReport:
    report = EmailReport(letter.slug)
    done = {d.recipient for d in store.deliveries(letter.slug) if d.status != "pending"}
    for recipient in recipients:
        if recipient.email.lower() in done:
            report.skipped += 1
            continue
        name = re.sub(r"[^A-Za-z0-9@._+-]", "_", recipient.email)
        path = out_dir / f"{letter.slug}--{name}.eml"
        write_atomic(path, message_bytes(letter, recipient, config))
        report.written.append(str(path))
    return report


class _Pacer:
    """At most ``rate`` sends a second (0 or less: no limit)."""

    def __init__(self, rate: float):
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.next = time.monotonic()

    def wait(self) -> None:
        now = time.monotonic()
        if self.next > now:
            time.sleep(self.next - now)
        self.next = max(now, self.next) + self.interval


class _Heartbeat:
    """Renews the send lock now and then, and stops the run if it was taken over."""

    def __init__(self, store: Store, slug: str, owner: str):
        self.store, self.slug, self.owner = store, slug, owner
        self.last = time.monotonic()

    def renew(self) -> None:
        if time.monotonic() - self.last < HEARTBEAT_SECONDS:
            return
        if not self.store.refresh_send_lock(self.slug, self.owner):
            raise PublishError(f"post {self.slug}: another run took over the send lock; stopped")
        self.last = time.monotonic()
