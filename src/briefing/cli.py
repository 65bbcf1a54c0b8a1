"""The command line: parse, call one stage or the pipeline, print, set the exit code.

Exit codes: 0 ok, 1 run failure, 2 usage or config error. Expected failures
are ``BriefingError``s, caught once here and printed as one line.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from . import __version__, config, models, pipeline
from .cluster import story_summary, summary_lines
from .errors import BriefingError, ConfigError
from .extract import extract_facts, load_lexicon
from .fetch import fetch_sources, load_article
from .render import Renderer
from .store import Store, default_path

console = Console()


class Context:
    def __init__(self, config_path: str | None, db: str | None):
        self.config_path = config_path
        self.db = db

    def settings(self) -> config.Settings:
        return config.load(self.config_path)

    def store(self, settings: config.Settings) -> Store:
        if self.db:
            return Store(self.db)
        return Store(settings.resolve(settings.store.path) if settings.store.path else default_path())


@click.group()
@click.version_option(__version__, prog_name="briefing")
@click.option("--config", "config_path", metavar="FILE",
              help="Settings file (default: ./briefing.toml if present).")
@click.option("--db", metavar="FILE", help="SQLite store (default: [store] path, else the user data dir).")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, db: str | None) -> None:
    """Turn market news into briefing posts whose every number traces back to a source."""
    ctx.obj = Context(config_path, db)


@cli.command()
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the posts (and the demo's own SQLite store).")
@click.pass_obj
def demo(obj: Context, out_dir: str) -> None:
    """Write posts from the bundled demo sources: offline, no API key."""
    settings = pipeline.demo_settings(obj.settings())
    out = Path(out_dir)
    with Store(obj.db or out / "demo.sqlite") as store:
        result = pipeline.run(settings, store, out, base_dir=pipeline.demo_base_dir())
    for path in result.paths:
        click.echo(str(path))
    click.echo(f"{len(result.posts)} posts from {result.articles} articles "
               f"({result.facts} facts) in {out}", err=True)


@cli.command()
@click.argument("path", default=config.CONFIG_NAME, type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(path: str, force: bool) -> None:
    """Write a commented starter briefing.toml."""
    target = Path(path)
    if target.exists() and not force:
        raise ConfigError(f"{target}: already exists (use --force to overwrite)")
    starter = resources.files("briefing").joinpath("data/briefing.toml").read_text("utf-8")
    target.write_text(starter, encoding="utf-8")
    click.echo(f"wrote {target}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
def fetch(obj: Context, as_json: bool) -> None:
    """Fetch the configured sources into the store."""
    settings = obj.settings()
    if not settings.sources:
        raise ConfigError("no [[sources]] configured: run 'briefing init' and add some")
    with obj.store(settings) as store:
        reports = fetch_sources(settings.sources, store, settings.fetch,
                                base_dir=settings.base_dir, progress=sys.stderr.isatty())
    _print_reports(reports, as_json)
    if reports and all(r.status == "failed" for r in reports):
        sys.exit(1)


def _print_reports(reports: list[models.SourceReport], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps([models.to_dict(r) for r in reports], indent=2))
        return
    table = Table("source", "status", "new", "known", "failed", "detail")
    for r in reports:
        table.add_row(r.source, r.status, str(r.new), str(r.known), str(r.failed), r.detail or "")
    console.print(table)


@cli.command()
@click.pass_obj
def sources(obj: Context) -> None:
    """List the configured sources with their last fetch status."""
    settings = obj.settings()
    table = Table("name", "kind", "where", "enabled", "last status", "fetched at")
    with obj.store(settings) as store:
        for s in settings.sources:
            state = store.source_state(s.name)
            table.add_row(s.name, s.kind or "auto", s.url or s.path or "", "yes" if s.enabled else "no",
                          (state["status"] or "never") + (f": {state['detail']}" if state["detail"] else ""),
                          state["fetched_at"] or "")
    console.print(table)


@cli.command()
@click.argument("target")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--lang", default="en", show_default=True, help="Language of the text.")
@click.pass_obj
def extract(obj: Context, target: str, fmt: str, lang: str) -> None:
    """Print the facts of one article: a file, a URL, or - for stdin."""
    settings = obj.settings()
    article = load_article(target, settings.fetch)
    facts = extract_facts(article.text, lang=lang, lexicon=load_lexicon(settings.extract.lexicon))
    if fmt == "json":
        click.echo(json.dumps({"facts": [models.to_dict(f) for f in facts]}, indent=2,
                              ensure_ascii=False))
        return
    table = Table("kind", "subject", "dir", "%", "qualifier", "level", "price", "evidence")
    for f in facts:
        table.add_row(f.kind, f.subject, f.direction or "", _num(f.change_pct), f.qualifier or "",
                      _num(f.level), _num(f.price), f.evidence)
    console.print(table)


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


@cli.command()
@click.argument("target")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "txt", "json"]), default="md",
              show_default=True)
@click.pass_obj
def write(obj: Context, target: str, fmt: str) -> None:
    """One article (file, URL or - for stdin) in, one post out on stdout."""
    click.echo(pipeline.write_one(target, obj.settings(), fmt), nl=False)


@cli.command()
@click.option("--date", metavar="YYYY-MM-DD", help="The day (default: the newest day stored).")
@click.option("--json", "as_json", is_flag=True, help="Print the stories as JSON.")
@click.pass_obj
def stories(obj: Context, date: str | None, as_json: bool) -> None:
    """List the day's stories, best first, with score, sources and top facts."""
    settings = obj.settings()
    with obj.store(settings) as store:
        found = pipeline.day_stories(pipeline.build_stories(store, settings), date)
    summaries = [story_summary(s) for s in found]
    if as_json:
        click.echo(json.dumps(summaries, ensure_ascii=False, indent=2))
    elif not found:
        click.echo(f"no stories{' for ' + date if date else ''}", err=True)
    for summary in [] if as_json else summaries:
        click.echo("\n".join(summary_lines(summary)))


@cli.command()
@click.option("--story", "story_id", metavar="ID", help="Only this story.")
@click.option("--date", metavar="YYYY-MM-DD", help="Only the stories of this day.")
@click.pass_obj
def compose(obj: Context, story_id: str | None, date: str | None) -> None:
    """Write a post for each stored story (or one); prints the post ids."""
    settings = obj.settings()
    with obj.store(settings) as store:
        stories = pipeline.stored_stories(store, story_id, date)
        for post in pipeline.compose_all(stories, store, settings):
            click.echo(post.slug)


@cli.command()
@click.argument("post_id")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "txt", "json"]), default="md",
              show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Write every format (and the chart) into this folder instead.")
@click.pass_obj
def render(obj: Context, post_id: str, fmt: str, out_dir: str | None) -> None:
    """Print a stored post in one format, or write all formats with --out."""
    settings = obj.settings()
    with obj.store(settings) as store:
        post = store.post(post_id)
    if post is None:
        raise BriefingError(f"no post '{post_id}': 'briefing compose' prints the ids")
    renderer = Renderer(settings)
    if out_dir:
        for path in renderer.write(post, Path(out_dir)):
            click.echo(str(path))
    else:
        click.echo(renderer.render(post, fmt), nl=False)


def _not_yet(name: str, issue: str) -> None:
    @cli.command(name=name, context_settings={"ignore_unknown_options": True})
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    def command(args: tuple[str, ...]) -> None:
        raise BriefingError(f"'briefing {name}' is not yet available ({issue})")

    command.help = f"Not yet available: {issue}."


_not_yet("publish", "blog and email publishing are being built")
_not_yet("run", "the daily job is being built")


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("briefing: aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BriefingError as exc:
        click.echo(f"briefing: error: {exc}", err=True)
        sys.exit(exc.exit_code)
