"""The newsletter over a real SMTP server on loopback (aiosmtpd): the message,
the delivery log across reruns and crashes, 4xx/5xx handling, the send lock,
TLS and login, --dry-run."""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import ssl
import threading

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from briefing.compose import Playbook, compose_post
from briefing.config import Settings
from briefing.errors import PublishError
from briefing.models import Delivery, Recipient
from briefing.publish import newsletter, send_newsletter
from briefing.publish.smtp import Mailer
from briefing.store import Store
from story_fixtures import hk_selloff

PASSWORD = "s3cret-Pa55-word"
PEOPLE = [Recipient("ann.lee@example.com", "Ann Lee"), Recipient("bo@example.org"),
          Recipient("cy@example.net", "Cy"), Recipient("dee@example.com"),
          Recipient("eve@example.com")]


class Recorder:
    """An SMTP handler that keeps what it accepts and fails on cue, per address."""

    def __init__(self):
        self.received: list[tuple[str, bytes]] = []
        self.temporary: dict[str, int] = {}  # address -> 451 replies left
        self.hangups: dict[str, int] = {}  # address -> 421 replies left
        self.rejected: set[str] = set()
        self.delay = 0.0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.rejected:
            return "550 5.1.1 No such mailbox here"
        for replies, reply in ((self.hangups, "421 4.3.2 Closing"),
                               (self.temporary, "451 4.3.0 Greylisted, try again")):
            if replies.get(address, 0) > 0:
                replies[address] -= 1
                return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(self.delay)
        self.received += [(rcpt, envelope.content) for rcpt in envelope.rcpt_tos]
        return "250 Message accepted"

    def addresses(self) -> list[str]:
        return [rcpt for rcpt, _ in self.received]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(handler, **kwargs) -> Controller:
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    return controller


@pytest.fixture
def server():
    controller = start(Recorder())
    yield controller
    controller.stop()


@pytest.fixture
def settings(server):
    settings = Settings()
    config = settings.email
    config.from_addr = "Briefing Desk <desk@example.com>"
    config.reply_to = "editors@example.com"
    config.subject_prefix = "[Briefing]"
    config.smtp_host, config.smtp_port, config.security = "127.0.0.1", server.port, "none"
    config.rate_per_second, config.retry_backoff = 0, 0.01
    config.list_unsubscribe_mailto = "leave@example.com"
    config.list_unsubscribe_url = "https://example.com/unsubscribe"
    return settings


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "briefing.sqlite") as store:
        yield store


@pytest.fixture
def post(settings):
    return compose_post(hk_selloff(), settings, Playbook.load())


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def log(store: Store, slug: str) -> dict[str, Delivery]:
    return {d.recipient: d for d in store.deliveries(slug)}


# -- the message -----------------------------------------------------------------
def test_message_has_a_text_part_an_inlined_html_part_and_the_headers(server, settings, store,
                                                                      post):
    report = send_newsletter(post, PEOPLE[:1], settings, store)
    assert report.sent == 1
    msg = parse(server.handler.received[0][1])
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert msg["Subject"] == f"[Briefing] {post.title}"
    assert msg["From"] == "Briefing Desk <desk@example.com>"
    assert msg["Reply-To"] == "editors@example.com"
    assert msg["To"] == "Ann Lee <ann.lee@example.com>"
    assert msg["Message-ID"].startswith(f"<{post.slug}.") and msg["Date"]
    assert msg["List-Unsubscribe"] == ("<mailto:leave@example.com?subject=unsubscribe>, "
                                       "<https://example.com/unsubscribe>")
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert "Key Market Facts\n- Hang Seng Tech Index: Dropped more than 2%" in text
    assert "Unsubscribe: https://example.com/unsubscribe" in text
    html = msg.get_body(("html",)).get_content()
    assert "<style" not in html and 'style="' in html and "<table" in html
    assert 'class="masthead" style="padding: 16px 24px;' in html
    assert "<img" not in html and "<link" not in html and "url(" not in html


def test_headers_outside_ascii_are_encoded(server, settings, store, post):
    post.title = "Nikkei Climbs — Yen Slips Past ¥150"
    send_newsletter(post, [Recipient("zoe@example.com", "Zoë Ñandú, CFA")], settings, store)
    raw = server.handler.received[0][1]
    assert raw.isascii()
    assert parse(raw)["To"] == '"Zoë Ñandú, CFA" <zoe@example.com>'
    assert parse(raw)["Subject"] == "[Briefing] Nikkei Climbs — Yen Slips Past ¥150"


def test_untrusted_title_cannot_inject_headers_or_markup(server, settings, store, post):
    post.title = "Rally\r\nBcc: victim@example.com <script>alert(1)</script>"
    send_newsletter(post, PEOPLE[:1], settings, store)
    msg = parse(server.handler.received[0][1])
    assert msg["Bcc"] is None and "\n" not in msg["Subject"]
    assert server.handler.addresses() == ["ann.lee@example.com"]
    html = msg.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html


# -- the delivery log ---------------------------------------------------------------
def test_a_rerun_sends_only_to_those_not_yet_sent(server, settings, store, post):
    first = send_newsletter(post, PEOPLE[:3], settings, store)
    second = send_newsletter(post, PEOPLE[:4], settings, store)
    assert (first.sent, second.sent, second.skipped) == (3, 1, 3)
    assert sorted(server.handler.addresses()) == sorted(p.email for p in PEOPLE[:4])
    assert {d.status for d in store.deliveries(post.slug)} == {"sent"}


def test_a_crash_after_k_recipients_resumes_at_k_plus_one(server, settings, store, post,
                                                         monkeypatch):
    real, calls = newsletter.message_bytes, []

    def crash_on_third(*args):
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("injected crash")
        return real(*args)

    monkeypatch.setattr(newsletter, "message_bytes", crash_on_third)
    with pytest.raises(RuntimeError, match="injected crash"):
        send_newsletter(post, PEOPLE, settings, store)
    assert server.handler.addresses() == [p.email for p in PEOPLE[:2]]
    assert [d.status for d in store.deliveries(post.slug)] == ["sent"] * 2 + ["pending"] * 3
    monkeypatch.setattr(newsletter, "message_bytes", real)
    report = send_newsletter(post, PEOPLE, settings, store)
    assert (report.sent, report.skipped, report.locked_by) == (3, 2, None)
    assert server.handler.addresses() == [p.email for p in PEOPLE]


def test_a_crash_while_a_message_is_in_flight_never_sends_it_twice(server, settings, store,
                                                                     post, monkeypatch):
    real, calls = Mailer.send, []

    def accepted_then_crash(self, *args):
        calls.append(args)
        outcome = real(self, *args)
        if len(calls) == 2:
            raise KeyboardInterrupt  # after the server took it, before the log knew
        return outcome

    monkeypatch.setattr(Mailer, "send", accepted_then_crash)
    with pytest.raises(KeyboardInterrupt):
        send_newsletter(post, PEOPLE, settings, store)
    assert [d.status for d in store.deliveries(post.slug)] == ["sent", "sending"] + ["pending"] * 3
    monkeypatch.setattr(Mailer, "send", real)
    report = send_newsletter(post, PEOPLE, settings, store)
    assert (report.sent, report.failed, report.skipped) == (3, 1, 1)
    assert report.problems[0].error == newsletter.INTERRUPTED
    assert server.handler.addresses() == [p.email for p in PEOPLE]


def test_a_recipient_left_sending_by_a_dead_run_is_not_sent_twice(server, settings, store,
                                                                   post):
    store.save_deliveries([Delivery(post.slug, "bo@example.org", "sending", attempts=1)])
    report = send_newsletter(post, PEOPLE[:3], settings, store)
    assert (report.sent, report.failed) == (2, 1)
    assert "bo@example.org" not in server.handler.addresses()
    assert log(store, post.slug)["bo@example.org"].error == newsletter.INTERRUPTED


def test_a_451_is_retried_then_sent(server, settings, store, post):
    server.handler.temporary["bo@example.org"] = 1
    report = send_newsletter(post, PEOPLE[:3], settings, store)
    assert (report.sent, report.deferred, report.failed) == (3, 0, 0)
    bo = log(store, post.slug)["bo@example.org"]
    assert (bo.status, bo.attempts, bo.error) == ("sent", 2, None)


def test_a_lasting_4xx_is_deferred_to_the_next_run(server, settings, store, post):
    settings.email.max_attempts = 2
    server.handler.temporary["bo@example.org"] = 9
    report = send_newsletter(post, PEOPLE[:3], settings, store)
    assert (report.sent, report.deferred) == (2, 1)
    bo = log(store, post.slug)["bo@example.org"]
    assert (bo.status, bo.attempts) == ("pending", 2) and bo.error.startswith("451 ")
    server.handler.temporary.clear()
    again = send_newsletter(post, PEOPLE[:3], settings, store)
    assert (again.sent, again.skipped) == (1, 2)
    assert log(store, post.slug)["bo@example.org"].attempts == 3


def test_a_550_is_recorded_and_never_retried(server, settings, store, post):
    server.handler.rejected.add("cy@example.net")
    report = send_newsletter(post, PEOPLE[:3], settings, store)
    assert (report.sent, report.failed) == (2, 1)
    assert [d.recipient for d in report.problems] == ["cy@example.net"]
    cy = log(store, post.slug)["cy@example.net"]
    assert (cy.status, cy.attempts) == ("failed", 1) and cy.error.startswith("550 5.1.1")
    again = send_newsletter(post, PEOPLE[:3], settings, store)
    assert (again.sent, again.skipped) == (0, 3)
    assert "cy@example.net" not in server.handler.addresses()


def test_a_dropped_connection_is_reopened_and_the_message_retried(server, settings, store,
                                                                  post):
    server.handler.hangups["bo@example.org"] = 1
    report = send_newsletter(post, PEOPLE[:3], settings, store)
    assert report.sent == 3
    assert sorted(server.handler.addresses()) == sorted(p.email for p in PEOPLE[:3])


def test_two_concurrent_runs_send_each_email_once(server, settings, store, post, tmp_path):
    server.handler.delay = 0.02
    barrier, reports = threading.Barrier(2), []

    def run():
        with Store(tmp_path / "briefing.sqlite") as own:
            barrier.wait()
            reports.append(send_newsletter(post, PEOPLE, settings, own))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(server.handler.addresses()) == sorted(p.email for p in PEOPLE)
    assert sum(r.sent for r in reports) == len(PEOPLE)
    assert any(r.locked_by or r.skipped == len(PEOPLE) for r in reports)


def test_a_live_lock_is_respected_and_a_stale_one_taken_over(server, settings, store, post,
                                                             monkeypatch):
    assert store.acquire_send_lock(post.slug, "other-host:4242:run", 300) is None
    report = send_newsletter(post, PEOPLE[:2], settings, store)
    assert (report.sent, report.locked_by) == (0, "other-host:4242:run")
    monkeypatch.setattr(newsletter, "LOCK_STALE_SECONDS", -1.0)
    assert send_newsletter(post, PEOPLE[:2], settings, store).sent == 2


def test_the_rate_limit_spaces_sends(server, settings, store, post, monkeypatch):
    now, sleeps = [0.0], []  # a clock that moves only when the sender sleeps

    def sleep(seconds):
        sleeps.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(newsletter.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(newsletter.time, "sleep", sleep)
    settings.email.rate_per_second = 10
    send_newsletter(post, PEOPLE, settings, store)
    assert sleeps == pytest.approx([0.1] * 4)


def test_an_unreachable_server_fails_before_anything_is_sent(settings, store, post):
    settings.email.smtp_port = free_port()
    with pytest.raises(PublishError, match=r"127\.0\.0\.1:\d+: cannot connect"):
        send_newsletter(post, PEOPLE[:2], settings, store)
    assert {d.status for d in store.deliveries(post.slug)} == {"pending"}


def test_dry_run_writes_one_eml_per_recipient_and_sends_nothing(server, settings, store, post,
                                                                tmp_path):
    report = send_newsletter(post, PEOPLE[:3], settings, store, dry_run_dir=tmp_path / "eml")
    assert len(report.written) == 3 and server.handler.received == []
    assert store.deliveries(post.slug) == []
    files = sorted((tmp_path / "eml").glob("*.eml"))
    assert files[0].name == f"{post.slug}--ann.lee@example.com.eml"
    assert parse(files[0].read_bytes())["To"] == "Ann Lee <ann.lee@example.com>"


def test_a_missing_sender_is_a_config_problem(settings, store, post):
    settings.email.from_addr = ""
    with pytest.raises(PublishError, match=r"\[email\] from_addr"):
        send_newsletter(post, PEOPLE[:1], settings, store)


# -- TLS and login ------------------------------------------------------------------
def check_login(server, session, envelope, mechanism, auth_data):
    good = (auth_data.login, auth_data.password) == (b"desk", PASSWORD.encode())
    return AuthResult(success=good, handled=False)  # handled=False: aiosmtpd replies 535


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_tls_and_login_with_the_password_from_the_environment(security, certificate, settings,
                                                              store, post, monkeypatch):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    # aiosmtpd offers AUTH only after STARTTLS; with implicit TLS it must be told it is safe.
    tls = {"tls_context": context, "require_starttls": True} if security == "starttls" \
        else {"ssl_context": context, "auth_require_tls": False}
    controller = start(Recorder(), authenticator=check_login, auth_required=True, **tls)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    monkeypatch.setenv("TEST_SMTP_PASSWORD", PASSWORD)
    config = settings.email
    config.smtp_port, config.security, config.username = controller.port, security, "desk"
    config.password_env = "TEST_SMTP_PASSWORD"
    try:
        assert send_newsletter(post, PEOPLE[:2], settings, store).sent == 2
        monkeypatch.setenv("TEST_SMTP_PASSWORD", "wrong-" + PASSWORD)
        post.slug = "another-post"
        with pytest.raises(PublishError, match="login as 'desk' refused") as caught:
            send_newsletter(post, PEOPLE[:2], settings, store)
        assert PASSWORD not in str(caught.value)
    finally:
        controller.stop()
    assert controller.handler.addresses() == [p.email for p in PEOPLE[:2]]


def test_a_login_without_the_password_variable_names_the_variable(settings, store, post,
                                                                   monkeypatch):
    monkeypatch.delenv("TEST_SMTP_PASSWORD", raising=False)
    settings.email.username, settings.email.password_env = "desk", "TEST_SMTP_PASSWORD"
    with pytest.raises(PublishError, match="TEST_SMTP_PASSWORD"):
        send_newsletter(post, PEOPLE[:1], settings, store)
