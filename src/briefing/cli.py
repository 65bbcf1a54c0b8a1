"""The command line: parse, call one stage or the pipeline, print, set the exit code.

Exit codes: 0 ok, 1 run failure, 2 usage or config error. Expected failures
are ``BriefingError``s, caught once here and printed as one line.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from . import __version__, config, models, pipeline
from . import publish as publishing
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


def writer_options(command: Callable) -> Callable:
    """--writer, --model, --no-cache, --require-llm: the same on write, compose and run."""
    options = [
        click.option("--writer", type=click.Choice(["rules", "llm"]),
                     help="Who writes the posts (default: [compose] writer, else rules)."),
        click.option("--model", help="The LLM (default: [llm] model, else $BRIEFING_LLM_MODEL)."),
        click.option("--no-cache", is_flag=True, help="Ask the LLM again, even for cached prompts."),
        click.option("--require-llm", is_flag=True,
                     help="Fail instead of falling back to the rules writer."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _writer(writer: str | None, model: str | None, no_cache: bool,
            require_llm: bool) -> pipeline.WriterOptions:
    return pipeline.WriterOptions(name=writer, model=model, use_cache=not no_cache,
                                  require=require_llm)


def _print_usage(usage: object | None) -> None:
    """The LLM's requests, tokens and fallbacks, on stderr."""
    if usage is not None:
        click.echo(usage.summary(), err=True)
        for reason in usage.fallbacks:
            click.echo(f"  fallback: {reason}", err=True)


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
@click.option("--lang", help="Language of the text: en or zh (default: detected from the text).")
@click.pass_obj
def extract(obj: Context, target: str, fmt: str, lang: str | None) -> None:
    """Print the facts of one article: a file, a URL, or - for stdin."""
    settings = obj.settings()
    article = load_article(target, settings.fetch)
    facts = extract_facts(article.text, lang=lang or article.lang,
                          lexicon=load_lexicon(settings.extract.lexicon))
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
@writer_options
@click.pass_obj
def write(obj: Context, target: str, fmt: str, **writer: object) -> None:
    """One article (file, URL or - for stdin) in, one post out on stdout."""
    text, usage = pipeline.write_one(target, obj.settings(), fmt, _writer(**writer))
    click.echo(text, nl=False)
    _print_usage(usage)


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
@writer_options
@click.pass_obj
def compose(obj: Context, story_id: str | None, date: str | None, **writer: object) -> None:
    """Write a post for each stored story (or one); prints the post ids."""
    settings = obj.settings()
    with obj.store(settings) as store:
        stories = pipeline.stored_stories(store, story_id, date)
        llm = pipeline.llm_writer(settings, store, _writer(**writer))
        for post in pipeline.compose_all(stories, store, settings, llm):
            click.echo(post.slug)
    _print_usage(llm.usage if llm else None)


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


def _targets(value: str | None) -> tuple[str, ...]:
    targets = tuple(t.strip() for t in (value or "").split(",") if t.strip())
    unknown = [t for t in targets if t not in pipeline.PUBLISH_TARGETS]
    if unknown:
        raise click.BadParameter(f"'{unknown[0]}': choose from blog, email", param_hint="--publish")
    return targets


@cli.command()
@click.option("--date", metavar="YYYY-MM-DD", help="The day to write (default: the newest day).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Folder for the rendered posts (default: [output] dir).")
@click.option("--publish", "publish_to", metavar="blog,email", help="Publish to these after writing.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@writer_options
@click.pass_obj
def run(obj: Context, date: str | None, out_dir: str | None, publish_to: str | None,
        as_json: bool, **writer: object) -> None:
    """The daily job: fetch, extract, stories, compose, render, publish."""
    targets = _targets(publish_to)
    settings = obj.settings()
    if not settings.sources:
        raise ConfigError("no [[sources]] configured: run 'briefing init' and add some")
    out = Path(out_dir) if out_dir else settings.resolve(settings.output.dir)
    with obj.store(settings) as store:
        result = pipeline.run(settings, store, out, progress=sys.stderr.isatty(), date=date,
                              writer=_writer(**writer), publish=targets)
    summary = run_summary(result)
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        table = Table("stage", "result", title="briefing run")
        for stage, value in summary.items():
            table.add_row(stage, str(value))
        console.print(table)
    for line in result.warnings + result.failures:
        click.echo(f"briefing: {line}", err=True)
    if result.failures:
        sys.exit(1)


def run_summary(result: pipeline.RunResult) -> dict[str, object]:
    fetched = [r for r in result.reports if r.status != "failed"]
    summary: dict[str, object] = {
        "sources fetched": len(fetched), "sources failed": len(result.reports) - len(fetched),
        "new articles": sum(r.new for r in result.reports), "articles": result.articles,
        "facts": result.facts, "stories": len(result.stories), "posts written": len(result.posts),
    }
    if result.blog:
        summary["blog new/updated"] = f"{len(result.blog.new)}/{len(result.blog.updated)}"
    if result.emails:
        summary["emails sent"] = sum(e.sent for e in result.emails)
        summary["emails failed"] = sum(e.failed + e.deferred for e in result.emails)
    if result.llm:
        summary["llm"] = result.llm.summary()
    return summary


@cli.group()
def publish() -> None:
    """Publish stored posts: the blog (files and Atom feed) or the email newsletter."""


@publish.command("blog")
@click.option("--site", type=click.Path(file_okay=False), help="The site folder (default: [blog] dir).")
@click.pass_obj
def publish_blog(obj: Context, site: str | None) -> None:
    """Write every stored post, the index and the Atom feed into the site folder."""
    settings = obj.settings()
    site_dir = Path(site) if site else settings.resolve(settings.blog.dir)
    with obj.store(settings) as store:
        report = publishing.publish_blog(store.posts(), settings, store, site_dir)
    click.echo(f"blog: {len(report.new)} new, {len(report.updated)} updated, "
               f"{report.unchanged} unchanged -> {site_dir}")


@publish.command("email")
@click.option("--post", "slug", metavar="ID", help="The post to send (default: the newest).")
@click.option("--to", "addresses", multiple=True, metavar="ADDR", help="A recipient (repeatable).")
@click.option("--subscribers", type=click.Path(dir_okay=False), help="A CSV file: email[,name].")
@click.option("--dry-run", "dry_run", type=click.Path(file_okay=False), is_flag=False,
              flag_value="outbox", default=None, help="Write .eml files into DIR (default outbox).")
@click.pass_obj
def publish_email(obj: Context, slug: str | None, addresses: tuple[str, ...],
                  subscribers: str | None, dry_run: str | None) -> None:
    """Email a post to each recipient once; a rerun sends only to those not yet sent."""
    settings = obj.settings()
    if addresses:
        recipients, problems = publishing.parse_addresses(list(addresses))
    else:
        recipients, problems = pipeline.subscribers(settings, subscribers)
    for problem in problems:
        click.echo(f"briefing: skipped {problem}", err=True)
    if not recipients:
        raise ConfigError("no valid recipients")
    with obj.store(settings) as store:
        post = store.post(slug) if slug else next(iter(store.posts()), None)
        if post is None:
            raise BriefingError(f"no post{' ' + repr(slug) if slug else 's'} to send: "
                                "'briefing compose' writes them")
        report = publishing.send_newsletter(post, recipients, settings, store,
                                            dry_run_dir=Path(dry_run) if dry_run else None)
    _print_email(report)


def _print_email(report: models.EmailReport) -> None:
    if report.locked_by:
        click.echo(f"email {report.post_slug}: another run ({report.locked_by}) is sending it")
        return
    click.echo(f"email {report.post_slug}: sent {report.sent}, failed {report.failed}, "
               f"deferred {report.deferred}, already done {report.skipped}")
    for delivery in report.problems:
        click.echo(f"  {delivery.recipient}: {delivery.error}", err=True)
    for path in report.written:
        click.echo(path)


def _progress_lines() -> None:
    """Stage lines on stderr; off a terminal (cron, CI) fetch's per-source lines too,
    where a terminal shows its progress bar instead."""
    logging.basicConfig(level=logging.WARNING, format="briefing: %(message)s", stream=sys.stderr)
    logging.getLogger("briefing.run").setLevel(logging.INFO)
    if not sys.stderr.isatty():
        logging.getLogger("briefing.fetch").setLevel(logging.INFO)


def main() -> None:
    _progress_lines()
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
