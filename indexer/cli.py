"""The `protokoll` command line: parse, index, search, stats, serve.

Input: arguments and environment (PROTOKOLL_INDEX, PROTOKOLL_CORPUS). Output: readable text, or JSON
with --json (the shapes of DESIGN.md). Exit codes: 0 all good; 1 some files skipped (index) or no
hits are not errors; 2 nothing indexed, unreadable input or a usage error. No traceback reaches the user.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .engine import ENGINES, Filters, open_engine
from .read import ReadError


def default_index() -> Path:
    """Return the index folder: $PROTOKOLL_INDEX or ./var/index."""
    return Path(os.environ.get("PROTOKOLL_INDEX", "var/index"))


def default_corpus() -> Path:
    """Return the corpus folder: $PROTOKOLL_CORPUS or ./corpus."""
    return Path(os.environ.get("PROTOKOLL_CORPUS", "corpus"))


def _echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="protokoll")
def main() -> None:
    """Full-text search for Swedish meeting minutes."""


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def parse(file: Path, as_json: bool) -> None:
    """Show what is extracted from one protocol FILE."""
    from .parse import parse_file

    try:
        protocol = parse_file(file)
    except ReadError as exc:
        click.echo(f"protokoll: cannot read {exc}", err=True)
        sys.exit(2)
    if as_json:
        _echo_json(protocol.to_dict())
        return
    d = protocol
    click.echo(f"Källa:    {d.source}")
    click.echo(f"Datum:    {d.date or '–'}{' (år härlett)' if d.date_inferred else ''}")
    click.echo(f"Organ:    {d.body or '–'}")
    if d.organisation:
        click.echo(f"Organisation: {d.organisation}")
    if d.place:
        click.echo(f"Plats:    {d.place}")
    groups: dict[str, list[str]] = {}
    for p in d.participants:
        groups.setdefault(p.group, []).append(p.name + (f" ({p.party})" if p.party else ""))
    for group, names in groups.items():
        click.echo(f"{group}: {', '.join(names)}")
    click.echo(f"\n{len(d.paragraphs)} paragrafer:")
    for para in d.paragraphs:
        extra = []
        if para.speakers:
            extra.append("föredragande: " + ", ".join(para.speakers))
        if para.dnr:
            extra.append("dnr " + para.dnr)
        if para.decision:
            extra.append("beslut")
        click.echo(f"  § {para.number:>4}  {para.title}" + (f"  [{'; '.join(extra)}]" if extra else ""))
    for w in d.warnings:
        click.echo(f"varning: {w}", err=True)


@main.command()
@click.argument("corpus", required=False, type=click.Path(path_type=Path))
@click.option("--index", "index_dir", type=click.Path(path_type=Path), help="Index folder (default $PROTOKOLL_INDEX or ./var/index).")
@click.option("--rebuild", is_flag=True, help="Build a new index beside the old one and switch atomically.")
@click.option("--engine", type=click.Choice(sorted(ENGINES)), default=lambda: os.environ.get("PROTOKOLL_ENGINE"),
              help="Engine for a new index (default: the existing index's, else whoosh; or $PROTOKOLL_ENGINE).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def index(corpus: Path | None, index_dir: Path | None, rebuild: bool, engine: str | None, as_json: bool, quiet: bool) -> None:
    """Index the protocols in CORPUS (default ./corpus): new, changed and deleted files only."""
    from .build import build_index

    corpus = corpus or default_corpus()
    index_dir = index_dir or default_index()
    try:
        report = build_index(corpus, index_dir, rebuild=rebuild, progress=None if not quiet else False,
                             notify=lambda m: click.echo(m, err=True), engine=engine)
    except (FileNotFoundError, ValueError) as exc:
        click.echo(f"protokoll: {exc}", err=True)
        sys.exit(2)
    if as_json:
        _echo_json(report.to_dict())
    else:
        click.echo(
            f"{report.files} filer: {report.added} nya, {report.updated} ändrade, {report.deleted} borttagna, "
            f"{report.unchanged} oförändrade; {report.paragraphs} paragrafer indexerade på {report.seconds:.1f} s"
            + (" (nytt index)" if report.rebuilt else "")
        )
        for src, reason in report.skipped:
            click.echo(f"hoppade över {src}: {reason}", err=True)
    if report.skipped and report.files and len(report.skipped) >= report.files:
        sys.exit(2)
    if report.skipped:
        sys.exit(1)


def _filters(year: tuple[str, ...], date_from, date_to, body, speaker, topic) -> Filters:
    years, year_from, year_to = [], None, None
    for y in year:
        if "-" in y:
            lo, _, hi = y.partition("-")
            year_from, year_to = (int(lo) if lo.isdigit() else None), (int(hi) if hi.isdigit() else None)
        elif y.isdigit():
            years.append(y)
        else:
            raise click.BadParameter(f"not a year or year range: {y}", param_hint="--year")
    return Filters(years=years, year_from=year_from, year_to=year_to, date_from=date_from, date_to=date_to,
                   bodies=list(body), speakers=list(speaker), topics=list(topic))


@main.command()
@click.argument("query", nargs=-1)
@click.option("--index", "index_dir", type=click.Path(path_type=Path))
@click.option("--year", multiple=True, help="Year (2022) or range (2019-2022); repeatable.")
@click.option("--from", "date_from", help="From date, YYYY-MM-DD.")
@click.option("--to", "date_to", help="To date, YYYY-MM-DD.")
@click.option("--body", multiple=True, help="Body (organ); repeatable.")
@click.option("--speaker", multiple=True, help="Speaker; repeatable.")
@click.option("--topic", multiple=True, help="Topic; repeatable.")
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest"]), default="relevance")
@click.option("--limit", type=click.IntRange(1, 100), default=10)
@click.option("--page", type=click.IntRange(1, 500), default=1)
@click.option("--json", "as_json", is_flag=True)
def search(query, index_dir, year, date_from, date_to, body, speaker, topic, sort, limit, page, as_json) -> None:
    """Search the index; QUERY supports "phrases", OR, NOT/-, prefix*, titel:, talare:, organ:, år:, ämne:."""
    from .search import SearchRequest, run_search

    text = " ".join(query)
    filters = _filters(year, date_from, date_to, body, speaker, topic)
    try:
        engine = open_engine(index_dir or default_index())
    except FileNotFoundError as exc:
        click.echo(f"protokoll: {exc}", err=True)
        sys.exit(2)
    with engine.searcher() as s:
        result = run_search(s, SearchRequest(text, filters, sort, page, limit))
    if as_json:
        _echo_json(result.to_dict())
        return
    import html as _html
    import re

    if result.notice:
        click.echo(result.notice, err=True)
    click.echo(f"{result.total} träffar" + (f" · Menade du: {result.suggestion}?" if result.suggestion else ""))
    for hit in result.hits:
        meta = " · ".join(x for x in (hit.body, hit.date, ", ".join(hit.speakers)) if x)
        click.echo(f"\n§ {hit.number} {hit.title}  [{hit.id}]")
        click.echo(f"  {meta}")
        plain = _html.unescape(re.sub(r"</?mark>", "**", hit.snippet))
        click.echo(f"  {plain}")
        if hit.missing:
            click.echo(f"  saknar: {', '.join(hit.missing)}")


@main.command()
@click.option("--index", "index_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def stats(index_dir: Path | None, as_json: bool) -> None:
    """Show protocols, paragraphs, date range, bodies and index size."""
    try:
        engine = open_engine(index_dir or default_index())
    except FileNotFoundError as exc:
        click.echo(f"protokoll: {exc}", err=True)
        sys.exit(2)
    data = engine.stats()
    if as_json:
        _echo_json(data)
        return
    click.echo(f"Protokoll:  {data['protocols']}")
    click.echo(f"Paragrafer: {data['paragraphs']}")
    click.echo(f"Period:     {data['date_from'] or '–'} – {data['date_to'] or '–'}")
    click.echo(f"Indexstorlek: {data['index_bytes'] / 1024:.0f} kB ({data['index_path']})")
    click.echo("Organ:")
    for body, n in data["bodies"].items():
        click.echo(f"  {n:>6}  {body}")


@main.command()
@click.option("--index", "index_dir", type=click.Path(path_type=Path))
@click.option("--corpus", type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int)
def serve(index_dir: Path | None, corpus: Path | None, host: str, port: int, threads: int) -> None:
    """Serve the web UI with a production WSGI server (waitress); builds the index first if missing."""
    from waitress import serve as waitress_serve

    from .build import build_index
    from .engine import current_dir

    index_dir = index_dir or default_index()
    corpus = corpus or default_corpus()
    if current_dir(index_dir) is None:
        if not corpus.is_dir():
            click.echo(f"protokoll: no index at {index_dir} and no corpus folder at {corpus}", err=True)
            sys.exit(2)
        click.echo(f"No index yet: indexing {corpus} …", err=True)
        report = build_index(corpus, index_dir, notify=lambda m: click.echo(m, err=True))
        click.echo(f"{report.paragraphs} paragrafer från {report.files} filer indexerade.", err=True)
    from webui import create_app

    app = create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus)})
    click.echo(f"Serving on http://{host}:{port}/  (Ctrl-C to stop)", err=True)
    waitress_serve(app, host=host, port=port, threads=threads, ident="protokoll")
