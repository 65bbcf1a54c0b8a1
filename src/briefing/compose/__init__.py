"""Compose: a Story -> a Post. The rules writer is the offline default."""

from .digest import compose_digest, digest_post
from .rules import compose_post
from .take import Playbook

__all__ = ["Playbook", "compose_digest", "compose_post", "digest_post"]
