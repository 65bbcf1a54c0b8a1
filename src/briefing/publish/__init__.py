"""Publish: the blog (files, index, Atom feed) and the email newsletter (SMTP)."""

from .blog import post_url, publish_blog
from .newsletter import send_newsletter
from .subscribers import load_subscribers, parse_addresses

__all__ = ["load_subscribers", "parse_addresses", "post_url", "publish_blog", "send_newsletter"]
