"""The newsletter as MIME: a post rendered and encoded once, then addressed per recipient.

multipart/alternative with a plain-text part and an HTML part whose CSS is
inlined (css-inline) because mail clients drop <style> blocks.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, parseaddr

import css_inline
import jinja2

from ..config import EmailSettings, Settings
from ..errors import PublishError, RenderError
from ..models import Post, Recipient
from ..render import Renderer
from .blog import post_url

_INLINER = css_inline.CSSInliner(load_remote_stylesheets=False)


@dataclass
class Newsletter:
    """One post ready to mail: the same subject and body for every recipient."""

    slug: str
    subject: str
    text: str
    html: str
    body: bytes  # the MIME body, the same bytes for every recipient


def render_newsletter(post: Post, settings: Settings) -> Newsletter:
    renderer = Renderer(settings)
    context = {
        "post": post, "brand": settings.brand, "disclaimer": settings.compose.disclaimer,
        "credit_line": settings.brand.credit.replace("{name}", settings.brand.name),
        "web_url": post_url(post, settings),
        "unsubscribe_url": settings.email.list_unsubscribe_url,
        "unsubscribe_mailto": settings.email.list_unsubscribe_mailto,
    }
    text = _render(renderer, "email.txt.j2", context)
    html = _INLINER.inline(_render(renderer, "email.html.j2", context))
    prefix = settings.email.subject_prefix.strip()
    # Header values must be one line: a title with a newline would inject headers.
    subject = " ".join(f"{prefix} {post.title}".split())
    return Newsletter(post.slug, subject, text, html, _body(text, html))


def _body(text: str, html: str) -> bytes:
    """The multipart/alternative body with its MIME headers, encoded once per post:
    encoding it per recipient would cost more than sending it."""
    body = EmailMessage(policy=SMTP)
    body.set_content(text)
    body.add_alternative(html, subtype="html")
    return body.as_bytes()


def _render(renderer: Renderer, name: str, context: dict) -> str:
    try:
        return renderer.env.get_template(name).render(**context)
    except jinja2.TemplateError as exc:
        raise RenderError(f"template {name}: {exc}") from None


def sender(config: EmailSettings) -> str:
    """The envelope sender: the address inside [email] from_addr."""
    address = parseaddr(config.from_addr)[1]
    if "@" not in address:
        raise PublishError(f"[email] from_addr: {config.from_addr!r} is not an email address")
    return address


def message_bytes(letter: Newsletter, recipient: Recipient, config: EmailSettings) -> bytes:
    """The whole message for one recipient, as sent: its headers, then the shared body."""
    to = Address(display_name=" ".join(recipient.name.split()), addr_spec=recipient.email)
    headers = [("Subject", letter.subject), ("From", config.from_addr), ("To", str(to)),
               ("Reply-To", config.reply_to), ("Date", formatdate(usegmt=True)),
               ("Message-ID", message_id(letter.slug, recipient.email, sender(config))),
               ("List-Unsubscribe", list_unsubscribe(config)),
               ("List-Unsubscribe-Post", one_click(config))]
    return b"".join(_header(name, value) for name, value in headers if value) + letter.body


def _header(name: str, value: str) -> bytes:
    """One folded header line; text outside ASCII becomes RFC 2047 encoded words."""
    return SMTP.fold_binary(*SMTP.header_store_parse(name, value))


def message_id(slug: str, recipient: str, from_address: str) -> str:
    """The same post to the same person always has the same id, so a mail
    system that sees it twice can tell."""
    digest = hashlib.sha256(recipient.lower().encode()).hexdigest()[:16]
    return f"<{slug}.{digest}@{from_address.rpartition('@')[2]}>"


def one_click(config: EmailSettings) -> str:
    """RFC 8058: large mailbox providers want one-click unsubscribe (a POST to the https
    link) from bulk senders; a mailto link alone cannot offer it."""
    return "List-Unsubscribe=One-Click" if config.list_unsubscribe_url.startswith("https://") \
        else ""


def list_unsubscribe(config: EmailSettings) -> str:
    links = []
    if config.list_unsubscribe_mailto:
        links.append(f"<mailto:{config.list_unsubscribe_mailto}?subject=unsubscribe>")
    if config.list_unsubscribe_url:
        links.append(f"<{config.list_unsubscribe_url}>")
    return ", ".join(links)
