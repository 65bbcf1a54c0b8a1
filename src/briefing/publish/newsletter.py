"""Send one post to its recipients, each exactly once, across reruns and crashes.

The delivery log (Store deliveries) has one row per post and recipient:
pending -> sending -> sent | failed | pending (a temporary failure, retried by
the next run). A row is marked 'sending' before the SMTP transaction and
settled after it, so a run that dies in between leaves 'sending' behind; the
next run records that recipient as failed rather than risk a second copy.
A per-post lock in the store keeps two concurrent runs from sending the same post.
"""

from __future__ import annotations

import os
import re
import socket
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from ..config import EmailSettings, Settings
from ..errors import PublishError
from ..models import Delivery, EmailReport, Post, Recipient
from ..store import Store
from .files import write_atomic
from .message import Newsletter, build_message, render_newsletter, sender
from .smtp import Mailer, Outcome

LOCK_STALE_SECONDS = 300.0  # a lock not renewed for this long belongs to a dead run
HEARTBEAT_SECONDS = 30.0
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


def _send_all(letter: Newsletter, recipients: list[Recipient], config: EmailSettings,
              store: Store, owner: str) -> EmailReport:
    report = EmailReport(letter.slug)
    todo = _todo(letter.slug, recipients, store, report)
    if not todo:
        return report
    lock, pacer = _Heartbeat(store, letter.slug, owner), _Pacer(config.rate_per_second)
    with Mailer(config) as mailer:
        mailer.connect()
        for recipient, delivery in todo:
            lock.renew()
            outcome = _deliver(letter, recipient, delivery, mailer, config, store, pacer)
            _tally(report, outcome, delivery)
            if outcome.status == "disconnected":
                raise PublishError(f"{mailer.where}: connection lost after {report.sent} sent "
                                   f"this run; rerun to resume: {outcome.error}")
    return report


def _todo(slug: str, recipients: list[Recipient], store: Store, report: EmailReport,
          ) -> list[tuple[Recipient, Delivery]]:
    """Log every recipient, settle rows a crashed run left 'sending', list the rest."""
    store.add_deliveries(slug, [r.email.lower() for r in recipients])
    log = {d.recipient: d for d in store.deliveries(slug)}
    todo = []
    for recipient in recipients:
        delivery = log[recipient.email.lower()]
        if delivery.status == "sending":
            delivery.status, delivery.error = "failed", INTERRUPTED
            store.save_delivery(delivery)
            report.failed += 1
            report.problems.append(delivery)
        elif delivery.status in ("sent", "failed"):
            report.skipped += 1
        else:
            todo.append((recipient, delivery))
    return todo


def _deliver(letter: Newsletter, recipient: Recipient, delivery: Delivery, mailer: Mailer,
             config: EmailSettings, store: Store, pacer: _Pacer) -> Outcome:
    """Try one recipient up to max_attempts times; log before and after."""
    msg = build_message(letter, recipient, config)
    delivery.status = "sending"
    store.save_delivery(delivery)
    outcome = Outcome("temporary")
    for attempt in range(max(1, config.max_attempts)):
        if attempt:
            time.sleep(config.retry_backoff * 2 ** (attempt - 1))
        pacer.wait()
        outcome = mailer.send(msg, sender(config), recipient.email)
        delivery.attempts += 1
        if outcome.status in ("sent", "permanent"):
            break
    delivery.status = {"sent": "sent", "permanent": "failed"}.get(outcome.status, "pending")
    delivery.error = outcome.error
    if outcome.status == "sent":
        delivery.sent_at = datetime.now(UTC).isoformat(timespec="seconds")
    store.save_delivery(delivery)
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
        write_atomic(path, bytes(build_message(letter, recipient, config)))
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
