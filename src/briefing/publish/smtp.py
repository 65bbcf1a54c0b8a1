"""One SMTP connection (smtplib), opened once and reused for every message.

``send`` never raises for a single message: it returns what happened, sorted
by the reply code into sent / temporary (4xx) / permanent (5xx) /
disconnected. Only a connection or login that cannot be made at all raises.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from typing import Self

from ..config import EmailSettings
from ..errors import PublishError


@dataclass
class Outcome:
    status: str  # sent | temporary | permanent | disconnected
    error: str | None = None


def _password(config: EmailSettings) -> str:
    """The SMTP password, from the environment only; it is never logged."""
    if not config.username:
        return ""
    password = os.environ.get(config.password_env, "")
    if not password:
        raise PublishError(f"[email] username is set but the environment variable "
                           f"{config.password_env} (password_env) is empty")
    return password


class Mailer:
    def __init__(self, config: EmailSettings):
        self.config = config
        self.where = f"{config.smtp_host}:{config.smtp_port}"
        self._password = _password(config)
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self) -> smtplib.SMTP:
        """Open the connection (once), so a wrong host or login fails before any send."""
        if self._smtp is None:
            try:
                self._smtp = self._open()
            except smtplib.SMTPAuthenticationError as exc:
                raise PublishError(f"{self.where}: login as {self.config.username!r} refused: "
                                   f"{_reply(exc)}") from None
            except (OSError, smtplib.SMTPException) as exc:
                raise PublishError(f"{self.where}: cannot connect: {exc}") from None
        return self._smtp

    def _open(self) -> smtplib.SMTP:
        config, context = self.config, ssl.create_default_context()
        if config.security == "tls":
            smtp = smtplib.SMTP_SSL(config.smtp_host, config.smtp_port, timeout=config.timeout,
                                    context=context)
        else:
            smtp = smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=config.timeout)
        try:
            if config.security == "starttls":
                smtp.starttls(context=context)
            if config.username:
                smtp.login(config.username, self._password)
        except BaseException:
            smtp.close()
            raise
        return smtp

    def send(self, message: bytes, from_addr: str, to_addr: str) -> Outcome:
        try:
            self.connect().sendmail(from_addr, [to_addr], message)
            return Outcome("sent")
        except PublishError as exc:  # could not reconnect after a drop
            return Outcome("disconnected", str(exc))
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            return self._refused(code, text)
        except smtplib.SMTPResponseException as exc:
            return self._refused(exc.smtp_code, exc.smtp_error)
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            return Outcome("disconnected", f"{self.where}: connection lost: {exc}")

    def _refused(self, code: int, text: bytes | str) -> Outcome:
        if self._smtp is not None and self._smtp.sock is None:
            self._smtp = None  # smtplib hung up (e.g. on a 421); reconnect next time
        status = "permanent" if 500 <= code < 600 else "temporary"
        return Outcome(status, _reply_text(code, text))

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return _reply_text(exc.smtp_code, exc.smtp_error)


def _reply_text(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}"
