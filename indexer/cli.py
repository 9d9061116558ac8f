"""The `protokoll` command line: parse, index, search, case, stats, serve.

Input: arguments and environment (PROTOKOLL_INDEX, PROTOKOLL_CORPUS, PROTOKOLL_ENGINE, PROTOKOLL_DSN,
PROTOKOLL_READ_DSN). Output: readable text, or JSON with --json (the shapes of DESIGN.md). Exit codes:
0 all good; 1 some files skipped (index) or no hits are not errors; 2 nothing indexed, unreadable input,
an unreachable database or a usage error. No traceback reaches the user.
"""
from __future__ import annotations

import errno
import json
import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import click

from . import __version__, config
from .engine import ENGINES, SORTS
from .model import MAX_PAGE, MAX_PER_PAGE, Filters
from .read import ReadError

# Errors that mean "this index or database cannot be used", shown as one line and exit code 2.
UNUSABLE = (FileNotFoundError, ConnectionError, RuntimeError, ValueError)


# A write that failed for want of space: the disk or a quota is full, or a file-size limit was reached.
DISK_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


@contextmanager
def _stopped_by_sigterm():
    """Let SIGTERM (kill, a cron job's timeout) stop an index run as Ctrl-C does: cleanly, the last index kept."""
    def stop(signum, frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def engine_options(f):
    """Add --engine, --dsn and --read-dsn (the index's location on a database server) to a command."""
    f = click.option("--read-dsn", "read_dsns", multiple=True,
                     help="PostgreSQL read replica for searches; repeatable (default $PROTOKOLL_READ_DSN, comma-separated).")(f)
    f = click.option("--dsn", help="PostgreSQL database, e.g. postgresql://user@host/db (default $PROTOKOLL_DSN).")(f)
    f = click.option("--engine", type=click.Choice(sorted(ENGINES)), default=lambda: os.environ.get("PROTOKOLL_ENGINE"),
                     help="whoosh or tantivy (an index folder) or postgres (a database); default $PROTOKOLL_ENGINE, "
                          "else the existing index's engine, else tantivy (whoosh where tantivy is not installed).")(f)
    return f


def _location(index_dir: Path | None, engine: str | None, dsn: str | None, read_dsns: tuple[str, ...] = (),
              pool_size: int | None = None) -> config.Location:
    """Resolve the index the options (and environment) name; a usage error when a database has no DSN."""
    try:
        return config.resolve(engine, index_dir, dsn, read_dsns, pool_size)
    except config.ConfigError as exc:
        raise click.UsageError(str(exc)) from None


def _open(where: config.Location):
    """Open the index folder or database; exit 2 with the reason when it cannot be used."""
    try:
        return where.open()
    except UNUSABLE as exc:
        fail(exc)


def fail(reason: object) -> NoReturn:
    """Print why the command cannot go on, as one line without a traceback, and exit 2."""
    click.echo(f"protokoll: {reason}", err=True)
    sys.exit(2)


def _echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


class QueryCommand(click.Command):
    """A command whose free words may start with "-": `protokoll search våld -barn` excludes barn.

    Arguments that are not this command's options are the query's words, wherever they stand (`--` still ends
    the options).
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        options = {name: p for p in self.get_params(ctx) if isinstance(p, click.Option) for name in p.opts + p.secondary_opts}
        known, words = [], []
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--":
                words += args[i + 1:]
                break
            name = arg.split("=", 1)[0]
            if name in options:
                known.append(arg)
                option = options[name]
                if not option.is_flag and not option.count and "=" not in arg and i + 1 < len(args):
                    known.append(args[i + 1])  # the option's value
                    i += 1
            else:
                words.append(arg)
            i += 1
        return super().parse_args(ctx, known + ["--"] + words)


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
        fail(f"cannot read {exc}")
    if as_json:
        _echo_json(protocol.to_dict())
        return
    from .report import protocol_report

    click.echo("\n".join(protocol_report(protocol)))
    d = protocol
    for w in d.warnings:
        click.echo(f"varning: {w}", err=True)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--corpus", "corpus_opt", type=click.Path(path_type=Path, file_okay=False),
              help="The corpus the named files belong to (default $PROTOKOLL_CORPUS or ./corpus).")
@click.option("--index", "index_dir", type=click.Path(path_type=Path), help="Index folder (default $PROTOKOLL_INDEX or ./var/index).")
@click.option("--rebuild", is_flag=True, help="Reindex every file (a folder index: beside the old one, switched atomically).")
@engine_options
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--alerts", "alerts_file", type=click.Path(path_type=Path),
              help="Then run the alerts in this file (SMTP from $PROTOKOLL_SMTP_*; see `protokoll alerts run`).")
def index(paths: tuple[Path, ...], corpus_opt: Path | None, index_dir: Path | None, rebuild: bool, engine: str | None,
          dsn: str | None, read_dsns: tuple[str, ...], as_json: bool, quiet: bool, alerts_file: Path | None) -> None:
    """Index the protocols in a corpus folder (default ./corpus): new, changed and deleted files only.

    PATHS: the corpus folder, or files in the corpus to look at without walking it (new, changed, or deleted:
    a named file that is gone leaves the index).
    """
    folders = [p for p in paths if p.is_dir()]
    if len(folders) > 1 or (folders and corpus_opt):
        raise click.UsageError("name one corpus folder (or --corpus), and the files in it")
    corpus = folders[0] if folders else config.corpus_dir(corpus_opt)
    files = [p for p in paths if not p.is_dir()]
    from .build import source_of

    for path in files:
        if not path.exists() and not folders and not corpus_opt:
            fail(f"{path} finns inte (en korpusmapp, eller filer i korpusen {corpus})")
        try:
            source_of(corpus, path)
        except ValueError as exc:
            fail(exc)
    where = _location(index_dir, engine, dsn, read_dsns)
    report = _build(corpus, where, rebuild, quiet, files or None)
    _summary(report, as_json)
    if alerts_file:
        _alerts(alerts_file, where, state=None, dry_run=False, smtp=_smtp_from_env())
    if report.skipped and report.files and len(report.skipped) >= report.files:
        sys.exit(2)
    if report.skipped:
        sys.exit(1)


def _build(corpus: Path, where: config.Location, rebuild: bool, quiet: bool, only: list[Path] | None):
    """Run one index build; a stop, a full disk or an unusable index ends the command with its reason."""
    from .build import build_index

    try:
        with _stopped_by_sigterm():
            return build_index(corpus, where.index_dir, rebuild=rebuild, progress=None if not quiet else False,
                               notify=lambda m: click.echo(m, err=True), engine=where.engine, dsn=where.dsn, only=only)
    except KeyboardInterrupt:
        click.echo("protokoll: indexeringen avbröts; det senaste kompletta indexet finns kvar", err=True)
        sys.exit(130)
    except OSError as exc:
        if exc.errno in DISK_FULL:
            fail(f"disken är full ({exc.strerror}): det senaste kompletta indexet finns kvar; frigör utrymme och kör igen")
        if isinstance(exc, UNUSABLE):
            fail(exc)
        raise
    except UNUSABLE as exc:
        fail(exc)


def _summary(report, as_json: bool) -> None:
    """Print what an index run did: counts, then skipped files and warnings (on stderr)."""
    if as_json:
        _echo_json(report.to_dict())
        return
    click.echo(
        f"{report.files} filer: {report.added} nya, {report.updated} ändrade, {report.deleted} borttagna, "
        f"{report.unchanged} oförändrade; {report.paragraphs} paragrafer indexerade på {report.seconds:.1f} s"
        + (" (nytt index)" if report.rebuilt else "")
    )
    for src, reason in report.skipped:
        click.echo(f"hoppade över {src}: {reason}", err=True)
    warned: dict[str, list[str]] = {}
    for src, warning in report.warnings:
        warned.setdefault(src, []).append(warning)
    if warned:
        click.echo(f"{len(warned)} {'fil' if len(warned) == 1 else 'filer'} med varningar:", err=True)
        for src, found in warned.items():
            click.echo(f"  {src}: {'; '.join(found)}", err=True)


# A burst of writes (a copy, an editor's save) is taken as one change after this much quiet.
WATCH_DEBOUNCE_MS = 1500
# The watcher says it is running (an empty step) after this long without changes.
WATCH_START_MS = 200


@main.command()
@click.argument("corpus", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--index", "index_dir", type=click.Path(path_type=Path), help="Index folder (default $PROTOKOLL_INDEX or ./var/index).")
@engine_options
@click.option("--alerts", "alerts_file", type=click.Path(path_type=Path), help="Run these alerts after each update.")
def watch(corpus: Path | None, index_dir: Path | None, engine: str | None, dsn: str | None, read_dsns: tuple[str, ...],
          alerts_file: Path | None) -> None:
    """Keep the index up to date as files in CORPUS change (inotify): each change indexes only its files. Ctrl-C stops."""
    import watchfiles

    corpus = config.corpus_dir(corpus)
    if not corpus.is_dir():
        fail(f"corpus folder not found: {corpus}")
    where = _location(index_dir, engine, dsn, read_dsns)
    caught_up = False
    # The watcher runs from the first step on and keeps what changes meanwhile, so the catch-up below misses nothing.
    for changes in watchfiles.watch(corpus, debounce=WATCH_DEBOUNCE_MS, raise_interrupt=False, yield_on_timeout=True,
                                    rust_timeout=WATCH_START_MS):
        if not caught_up:  # first: what changed while nobody watched
            _summary(_build(corpus, where, False, True, None), False)
            click.echo(f"Bevakar {corpus} (Ctrl-C avslutar) …", err=True)
            caught_up = True
            continue
        if not changes:
            continue
        report = _build(corpus, where, False, True, sorted({Path(p) for _, p in changes}))
        if report.added or report.updated or report.deleted or report.skipped:
            _summary(report, False)
            if alerts_file:
                _alerts(alerts_file, where, state=None, dry_run=False, smtp=_smtp_from_env())


def _filters(year: tuple[str, ...], date_from, date_to, body, speaker, topic) -> Filters:
    filters = Filters(date_from=date_from, date_to=date_to, bodies=list(body), speakers=list(speaker), topics=list(topic))
    for y in year:
        if not filters.add_year(y):
            raise click.BadParameter(f"not a year or year range: {y}", param_hint="--year")
    return filters


def _export(searcher, request, kind: str) -> None:
    """Print every hit of a search (up to the export cap) as CSV, the export's JSON, or one line per hit."""
    from .export import csv_chunks, cut_note, export_rows, json_chunks

    total, count, rows = export_rows(searcher, request)
    if kind == "csv":
        for chunk in csv_chunks(total, count, rows):
            click.echo(chunk, nl=False)
    elif kind == "json":
        for chunk in json_chunks(request.query, total, count, rows):
            click.echo(chunk, nl=False)
    else:
        click.echo(f"{total} träffar")
        for r in rows:
            click.echo("\t".join([r["id"], r["date"] or "", r["body"] or "", f"§ {r['number']} {r['title'] or ''}".strip()]))
    if kind != "json" and (note := cut_note(total, count)):
        click.echo(note, err=True)


@main.command(cls=QueryCommand)
@click.argument("query", nargs=-1)
@click.option("--index", "index_dir", type=click.Path(path_type=Path))
@click.option("--year", multiple=True, help="Year (2022) or range (2019-2022); repeatable.")
@click.option("--from", "date_from", help="From date, YYYY-MM-DD.")
@click.option("--to", "date_to", help="To date, YYYY-MM-DD.")
@click.option("--organisation", multiple=True, help="Organisation (kommun, region, förbund); repeatable.")
@click.option("--period", multiple=True, help="Mandatperiod, e.g. 2023-2026; repeatable.")
@click.option("--body", multiple=True, help="Body (organ); repeatable.")
@click.option("--speaker", multiple=True, help="Speaker; repeatable.")
@click.option("--topic", multiple=True, help="Topic; repeatable.")
@click.option("--appealable-on", "appealable_on", type=click.DateTime(["%Y-%m-%d"]),
              help="Only paragraphs whose protocol can be appealed on this day (YYYY-MM-DD): anslag up, window open.")
@click.option("--sort", type=click.Choice(list(SORTS)), default="relevance", help="relevance, newest/oldest (meeting date) or added (newest in the archive first).")
@click.option("--limit", type=click.IntRange(1, MAX_PER_PAGE), default=10)
@click.option("--page", type=click.IntRange(1, MAX_PAGE), default=1)
@click.option("--no-facets", is_flag=True, help="Skip facet counts (faster on large archives).")
@click.option("--as-typed", is_flag=True, help="When nothing is found, do not search the spelling fix instead.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--all", "every", is_flag=True, help="Every hit, not one page (at most 5,000): with --json the export's JSON object.")
@click.option("--csv", "as_csv", is_flag=True, help="Every hit as CSV (id, source, date, organisation, body, number, title, dnr, speakers, decision, url).")
@engine_options
def search(query, index_dir, year, date_from, date_to, organisation, period, body, speaker, topic, appealable_on, sort, limit, page, no_facets, as_typed, as_json,
           every, as_csv, engine, dsn, read_dsns) -> None:
    """Search the index; QUERY supports "phrases", OR, NOT/-, prefix*, titel:, talare:, organ:, år:, ämne:."""
    from .model import SearchRequest
    from .search import run_search

    text = " ".join(query)
    filters = _filters(year, date_from, date_to, body, speaker, topic)
    filters.appealable_on = appealable_on.date().isoformat() if appealable_on else None
    filters.organisations = list(organisation)
    filters.periods = [p.replace("-", "–") for p in period]
    request = SearchRequest(text, filters, sort, page, limit, facets=not no_facets, correct=not as_typed)
    opened = _open(_location(index_dir, engine, dsn, read_dsns))
    try:
        with opened.searcher() as s:
            if every or as_csv:
                _export(s, request, "csv" if as_csv else "json" if as_json else "text")
                return
            result = run_search(s, request)
    except ConnectionError as exc:
        fail(exc)
    finally:
        opened.close()
    if as_json:
        _echo_json(result.to_dict())
        return
    import html as _html
    import re

    if result.notice:
        click.echo(result.notice, err=True)
    if result.searched:
        click.echo(f"Inga träffar på ”{result.query}”; visar resultat för ”{result.searched}” (--as-typed söker som skrivet).")
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
@click.argument("dnr", nargs=-1, required=True)
@click.option("--index", "index_dir", type=click.Path(path_type=Path), help="Index folder (default $PROTOKOLL_INDEX or ./var/index).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@engine_options
def case(dnr, index_dir, as_json, engine, dsn, read_dsns) -> None:
    """Follow one ärende by its DNR ("KS 2024/0087") through bodies and meetings, oldest first."""
    from .case import build_case
    from .report import votes_text

    opened = _open(_location(index_dir, engine, dsn, read_dsns))
    try:
        with opened.searcher() as s:
            found = build_case(opened, s, " ".join(dnr))
    except ConnectionError as exc:
        fail(exc)
    finally:
        opened.close()
    if as_json:
        _echo_json(found)
        return
    if not found["steps"]:
        click.echo(f"Inget ärende med dnr {found['dnr']}.")
    else:
        click.echo(f"Ärende {found['dnr']}: {len(found['steps'])} steg")
    for step in found["steps"]:
        where = " · ".join(x for x in (step["date"], step["organisation"], step["body"]) if x)
        click.echo(f"\n{where}\n  § {step['number']} {step['title']}  [{step['id']}]")
        if step["decision"]:
            click.echo("  Beslut: " + " ".join(step["decision"].split()))
        if step["votes"]:
            click.echo(f"  Omröstning: {votes_text(step['votes'])}")
        if step["reservations"]:
            click.echo("  Reservationer: " + ", ".join(r["by"] or r["party"] for r in step["reservations"]))
    if found["mentions"]:
        click.echo("\nNämns i:")
        for m in found["mentions"]:
            click.echo(f"  {m['date'] or ''} {m['body'] or ''} § {m['number']} {m['title']}  [{m['id']}]")


@main.command()
@click.option("--index", "index_dir", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@engine_options
def stats(index_dir: Path | None, as_json: bool, engine: str | None, dsn: str | None, read_dsns: tuple[str, ...]) -> None:
    """Show protocols, paragraphs, date range, bodies and index size."""
    opened = _open(_location(index_dir, engine, dsn, read_dsns))
    try:
        data = opened.stats()
    finally:
        opened.close()
    if as_json:
        _echo_json(data)
        return
    click.echo(f"Protokoll:  {data['protocols']}")
    click.echo(f"Paragrafer: {data['paragraphs']}")
    click.echo(f"Period:     {data['date_from'] or '–'} – {data['date_to'] or '–'}")
    click.echo(f"Indexstorlek: {data['index_bytes'] / 1024:.0f} kB ({data['engine']}: {data['index_path']})")
    click.echo("Organ:")
    for body, n in data["bodies"].items():
        click.echo(f"  {n:>6}  {body}")
    _echo_problems(data.get("skipped") or {}, data.get("warnings") or {})


def _echo_problems(skipped: dict[str, str], warnings: dict[str, list[str]]) -> None:
    """Print the skipped files with their reasons and the files indexed with warnings."""
    if skipped:
        click.echo(f"Överhoppade filer: {len(skipped)}")
        for src, reason in skipped.items():
            click.echo(f"  {src}: {reason}")
    if warnings:
        click.echo(f"Filer med varningar: {len(warnings)}")
        for src, found in warnings.items():
            click.echo(f"  {src}: {'; '.join(found)}")


@main.command()
@click.option("--index", "index_dir", type=click.Path(path_type=Path))
@click.option("--corpus", type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int)
@engine_options
def serve(index_dir: Path | None, corpus: Path | None, host: str, port: int, threads: int, engine: str | None,
          dsn: str | None, read_dsns: tuple[str, ...]) -> None:
    """Serve the web UI with a production WSGI server (waitress); builds the index first if missing."""
    from waitress import serve as waitress_serve

    corpus = config.corpus_dir(corpus)
    where = _location(index_dir, engine, dsn, read_dsns, pool_size=threads)
    try:
        empty = where.is_empty()
    except ConnectionError as exc:
        fail(exc)
    if empty:
        if not corpus.is_dir():
            fail(f"no index at {where.describe()} and no corpus folder at {corpus}")
        from .build import build_index

        click.echo(f"No index yet (or one an older protokoll built): indexing {corpus} …", err=True)
        try:
            report = build_index(corpus, where.index_dir, notify=lambda m: click.echo(m, err=True), engine=where.engine, dsn=where.dsn)
        except UNUSABLE as exc:
            fail(exc)
        click.echo(f"{report.paragraphs} paragrafer från {report.files} filer indexerade.", err=True)
    from webui import create_app

    app = create_app({"INDEX_DIR": str(where.index_dir), "CORPUS_DIR": str(corpus), "DSN": where.dsn,
                      "READ_DSNS": list(where.read_dsns), "POOL_SIZE": threads})
    from .search import warm_up

    warm_up()  # the first visitor's search does not wait for the word tables
    click.echo(f"Serving on http://{host}:{port}/  (Ctrl-C to stop)", err=True)
    waitress_serve(app, host=host, port=port, threads=threads, ident="protokoll")


def _smtp_from_env(host: str | None = None, port: int | None = None, starttls: bool | None = None, user: str | None = None):
    """Return the SMTP server from options, else $PROTOKOLL_SMTP_HOST/_PORT/_STARTTLS/_USER/_PASSWORD."""
    from .alerts import Smtp

    env = os.environ.get
    tls = starttls if starttls is not None else env("PROTOKOLL_SMTP_STARTTLS", "").lower() in ("1", "true", "yes", "ja")
    try:
        port = port or int(env("PROTOKOLL_SMTP_PORT") or (587 if tls else 25))
    except ValueError:
        raise click.BadParameter("$PROTOKOLL_SMTP_PORT är inte ett portnummer") from None
    return Smtp(host or env("PROTOKOLL_SMTP_HOST") or "localhost", port, tls, user or env("PROTOKOLL_SMTP_USER") or None,
                env("PROTOKOLL_SMTP_PASSWORD"))


def _alerts(alerts_file: Path, where: config.Location, state: Path | None, dry_run: bool, smtp,
            base_url: str | None = None, sender: str | None = None) -> None:
    """Run the alerts of a file against the index and say what was sent; exit 1 if a message failed, 2 if unusable."""
    from .alerts import DEFAULT_BASE_URL, STATE_FILE, AlertsError, default_sender, load_alerts, run_alerts

    try:
        alerts = load_alerts(alerts_file)
    except AlertsError as exc:
        fail(exc)
    state = state or where.index_dir / STATE_FILE
    opened = _open(where)
    try:
        with opened.searcher() as s:
            report = run_alerts(s, alerts, state, None if dry_run else smtp,
                                base_url or os.environ.get("PROTOKOLL_BASE_URL") or DEFAULT_BASE_URL, sender or default_sender(),
                                echo=click.echo)
    except ConnectionError as exc:
        fail(exc)
    finally:
        opened.close()
    verb = "skulle skicka" if dry_run else "skickade"
    for name, n in report.sent:
        click.echo(f"bevakning ”{name}”: {verb} {n} {'ny paragraf' if n == 1 else 'nya paragrafer'}", err=True)
    for name in report.quiet:
        click.echo(f"bevakning ”{name}”: inget nytt", err=True)
    for name in report.baselined:
        click.echo(f"bevakning ”{name}”: första körningen{'' if dry_run else ' – arkivets läge sparat'}; "
                   "nya paragrafer skickas från och med nästa körning", err=True)
    for name, reason in report.failed:
        click.echo(f"bevakning ”{name}”: kunde inte skicka ({reason}); försöker igen nästa körning", err=True)
    if report.failed:
        sys.exit(1)


@main.group()
def alerts() -> None:
    """E-mail alerts: saved searches (alerts.toml) whose new paragraphs are mailed."""


@alerts.command("run")
@click.argument("alerts_file", required=False, type=click.Path(path_type=Path))
@click.option("--index", "index_dir", type=click.Path(path_type=Path), help="Index folder (default $PROTOKOLL_INDEX or ./var/index).")
@engine_options
@click.option("--state", type=click.Path(path_type=Path), help="State file (default alerts-state.json in the index folder).")
@click.option("--dry-run", is_flag=True, help="Print the messages instead of sending them; change no state.")
@click.option("--smtp-host", help="SMTP server (default $PROTOKOLL_SMTP_HOST or localhost).")
@click.option("--smtp-port", type=click.IntRange(1, 65535), help="SMTP port (default $PROTOKOLL_SMTP_PORT, else 587 with STARTTLS, else 25).")
@click.option("--starttls/--no-starttls", default=None, help="Use STARTTLS (default $PROTOKOLL_SMTP_STARTTLS).")
@click.option("--smtp-user", help="SMTP login (default $PROTOKOLL_SMTP_USER); the password is read from $PROTOKOLL_SMTP_PASSWORD.")
@click.option("--from", "sender", help="From address (default $PROTOKOLL_MAIL_FROM, else protokoll@ this host).")
@click.option("--base-url", help="The web UI's address, for links (default $PROTOKOLL_BASE_URL or http://localhost:5000).")
def alerts_run(alerts_file, index_dir, engine, dsn, read_dsns, state, dry_run, smtp_host, smtp_port, starttls, smtp_user,
               sender, base_url) -> None:
    """Mail each alert's paragraphs that are new since its last run (ALERTS_FILE: default $PROTOKOLL_ALERTS or alerts.toml)."""
    alerts_file = alerts_file or Path(os.environ.get("PROTOKOLL_ALERTS", "alerts.toml"))
    smtp = _smtp_from_env(smtp_host, smtp_port, starttls, smtp_user)
    _alerts(alerts_file, _location(index_dir, engine, dsn, read_dsns), state, dry_run, smtp,
            base_url, sender)


@main.group()
def db() -> None:
    """Create or upgrade the PostgreSQL schema (versioned; `index` creates it in an empty database)."""


@db.command("init")
@click.option("--dsn", help="PostgreSQL database (default $PROTOKOLL_DSN).")
def db_init(dsn: str | None) -> None:
    """Create protokoll's tables and indexes in an empty database."""
    _db_run(dsn, init=True)


@db.command("migrate")
@click.option("--dsn", help="PostgreSQL database (default $PROTOKOLL_DSN).")
def db_migrate(dsn: str | None) -> None:
    """Upgrade the schema to this version of protokoll."""
    _db_run(dsn, init=False)


@db.command("status")
@click.option("--dsn", help="PostgreSQL database (default $PROTOKOLL_DSN).")
def db_status(dsn: str | None) -> None:
    """Show the database's schema version and the version this protokoll needs."""
    from .engine.postgres import LATEST, connect, schema_version

    dsn = _require_dsn(dsn)
    try:
        with connect(dsn) as conn:
            version = schema_version(conn)
    except ConnectionError as exc:
        fail(exc)
    click.echo(f"schema {version} (protokoll needs {LATEST})" + ("" if version == LATEST else ": run `protokoll db " + ("init" if not version else "migrate") + "`"))
    if version != LATEST:
        sys.exit(1)


def _require_dsn(dsn: str | None) -> str:
    return _location(None, "postgres", dsn).dsn


def _db_run(dsn: str | None, init: bool) -> None:
    try:
        from .engine.postgres import SchemaError, migrate
    except ImportError as exc:
        fail(f"the postgres engine is not installed ({exc.name}); pip install -e '.[postgres]'")
    dsn = _require_dsn(dsn)
    try:
        before, after = migrate(dsn, init=init)
    except (ConnectionError, SchemaError) as exc:
        fail(exc)
    if before == after:
        click.echo(f"schema already at version {after}")
    else:
        click.echo(f"schema {before} -> {after}")
