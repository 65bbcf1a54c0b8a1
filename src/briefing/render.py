"""Render: a Post -> Markdown, HTML, plain text or JSON, through one Jinja2 environment.

The user's template folder comes first, the bundled templates second; a user
template can ``{% extends "bundled/post.html.j2" %}`` and change one block.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from . import models
from .chart import movers_chart
from .config import Settings
from .errors import RenderError
from .models import Digest, Post
from .resources import bundled_dir

FORMATS = ("md", "html", "txt")


def _autoescape(name: str | None) -> bool:
    return bool(name) and (".html" in name or ".svg" in name)


def safe_url(url: str) -> str:
    """Only http(s) links reach a page; anything else (javascript:, data:) becomes '#'."""
    return url if urlsplit(url.strip()).scheme in ("http", "https") else "#"


def host(url: str) -> str:
    return urlsplit(url).hostname or ""


def yaml_string(value: str) -> str:
    """A YAML scalar that is always a string: a JSON string is valid YAML."""
    return json.dumps(value, ensure_ascii=False)


def markdown_text(value: str) -> str:
    """Text for Markdown: no raw HTML from a source reaches a site generator."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def environment(settings: Settings) -> jinja2.Environment:
    bundled = jinja2.FileSystemLoader(bundled_dir("templates"))
    loaders: list[jinja2.BaseLoader] = []
    if settings.output.templates:
        loaders.append(jinja2.FileSystemLoader(settings.resolve(settings.output.templates)))
    loaders += [bundled, jinja2.PrefixLoader({"bundled": bundled})]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(safe_url=safe_url, host=host, yaml=yaml_string, md=markdown_text)
    env.globals["chart_file"] = chart_file
    return env


def _template(fmt: str, kind: str) -> str:
    if fmt not in FORMATS:
        raise RenderError(f"unknown format '{fmt}': choose md, html, txt or json")
    return f"{kind}.{fmt}.j2"


def chart_file(post: Post) -> str:
    return f"{post.slug}-movers.svg"


def _template_line(exc: BaseException) -> str:
    """'post.html.j2:12' — the innermost template frame of a render error."""
    found, tb = "", exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = f"{Path(filename).name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


class Renderer:
    """Compiles templates once; renders any number of posts."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.env = environment(settings)

    def render(self, post: Post, fmt: str) -> str:
        """One post as md, html, txt or json."""
        if fmt == "json":
            return models.to_json(post, indent=2) + "\n"
        return self._render(_template(fmt, "post"), post=post, chart=movers_chart(post.facts))

    def render_digest(self, digest: Digest, fmt: str) -> str:
        """The daily briefing as md, html, txt or json."""
        if fmt == "json":
            return models.to_json(digest, indent=2) + "\n"
        charts = [movers_chart(p.facts) for p in digest.posts]
        return self._render(_template(fmt, "digest"), digest=digest, charts=charts)

    def _render(self, name: str, **context: object) -> str:
        try:
            return self.env.get_template(name).render(
                brand=self.settings.brand, credit_line=self._credit_line(),
                disclaimer=self.settings.compose.disclaimer, **context)
        except jinja2.TemplateSyntaxError as exc:
            raise RenderError(f"template {exc.name or exc.filename}:{exc.lineno}: {exc.message}") from None
        except jinja2.UndefinedError as exc:
            raise RenderError(f"template {_template_line(exc) or name}: {exc.message}") from None

    def chart_svg(self, post: Post) -> str | None:
        chart = movers_chart(post.facts)
        return self._render("chart.svg.j2", chart=chart) if chart else None

    def _credit_line(self) -> str:
        return self.settings.brand.credit.replace("{name}", self.settings.brand.name)

    def write(self, post: Post, out_dir: Path) -> list[Path]:
        """The post in every format, and its chart, which the Markdown links."""
        paths = self._write(out_dir, post.slug, lambda fmt: self.render(post, fmt))
        svg = self.chart_svg(post)
        if svg:
            paths.append(out_dir / chart_file(post))
            paths[-1].write_text(svg, encoding="utf-8")
        return paths

    def write_digest(self, digest: Digest, out_dir: Path) -> list[Path]:
        return self._write(out_dir, digest.slug, lambda fmt: self.render_digest(digest, fmt))

    @staticmethod
    def _write(out_dir: Path, slug: str, render: Callable[[str], str]) -> list[Path]:
        out_dir.mkdir(parents=True, exist_ok=True)
        paths = []
        for fmt in FORMATS:
            path = out_dir / f"{slug}.{fmt}"
            path.write_text(render(fmt), encoding="utf-8")
            paths.append(path)
        return paths
