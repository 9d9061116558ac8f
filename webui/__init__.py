"""The Flask web UI: `create_app(config)` builds the app over one index.

Input: config with INDEX_DIR (index folder) or DSN and READ_DSNS (a PostgreSQL database and its read
replicas), and CORPUS_DIR (for original-file downloads).
Output: a WSGI app with blueprints for search (/), paragraphs (/p/<id>), protocols (/protokoll/<source>)
and the JSON API (/api/…, /healthz). Each request gets one searcher on `g`; after a reindex the next
request sees the new index without a restart.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from flask import Flask, g, render_template

from indexer.config import corpus_dir, resolve as resolve_location
from indexer.engine import Engine, open_engine

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class EngineHolder:
    """Keep one opened engine per process and reopen it when the index changes."""

    def __init__(self, index_dir: Path, dsn: str | None = None, read_dsns: list[str] | None = None, pool_size: int = 8) -> None:
        self.index_dir = index_dir
        self.dsn = dsn
        self.read_dsns = read_dsns or []
        self.pool_size = pool_size
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    def get(self) -> Engine:
        """Return an engine on the current index generation (or the database)."""
        with self._lock:
            if self._engine is None or self._engine.is_stale():
                self._engine = open_engine(self.index_dir, dsn=self.dsn, read_dsns=self.read_dsns, pool_size=self.pool_size)
            return self._engine


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Create the web app; config keys: INDEX_DIR, or DSN and READ_DSNS (PostgreSQL), CORPUS_DIR, POOL_SIZE, TESTING."""
    app = Flask(__name__)
    where = resolve_location()  # $PROTOKOLL_INDEX, or $PROTOKOLL_ENGINE/$PROTOKOLL_DSN/$PROTOKOLL_READ_DSN
    app.config.update(
        INDEX_DIR=str(where.index_dir),
        CORPUS_DIR=str(corpus_dir()),
        DSN=where.dsn,
        READ_DSNS=list(where.read_dsns),
        POOL_SIZE=where.pool_size,
        JSON_AS_ASCII=False,
    )
    app.config.update(config or {})
    app.json.ensure_ascii = False
    app.extensions["protokoll"] = EngineHolder(Path(app.config["INDEX_DIR"]), app.config["DSN"], list(app.config["READ_DSNS"] or []),
                                               int(app.config["POOL_SIZE"]))

    from .views import api, archive, cases, follow, paragraphs, protocols, search

    from indexer.topics import most_specific

    app.add_template_filter(most_specific)
    app.add_template_filter(archive.person_url)
    app.register_blueprint(search.bp)
    app.register_blueprint(archive.bp)
    app.register_blueprint(paragraphs.bp)
    app.register_blueprint(protocols.bp)
    app.register_blueprint(cases.bp)
    app.register_blueprint(follow.bp)
    app.register_blueprint(api.bp)

    @app.teardown_appcontext
    def close_searcher(exc: BaseException | None) -> None:
        searcher = g.pop("searcher", None)
        if searcher is not None:
            searcher.close()

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    @app.errorhandler(404)
    def not_found(exc):
        return render_template("errors/error.html", code=404, message="Sidan finns inte."), 404

    @app.errorhandler(400)
    def bad_request(exc):
        return render_template("errors/error.html", code=400, message=getattr(exc, "description", "Felaktig begäran.")), 400

    @app.errorhandler(500)
    def server_error(exc):
        return render_template("errors/error.html", code=500, message="Något gick fel. Försök igen."), 500

    @app.errorhandler(FileNotFoundError)
    def no_index(exc):
        from indexer.engine import OutdatedIndex

        if isinstance(exc, OutdatedIndex):
            message = "Indexet byggdes av en annan version av protokoll. Kör `protokoll index` för att bygga om det."
        else:
            message = "Inget index finns ännu. Kör `protokoll index`."
        return render_template("errors/error.html", code=503, message=message), 503

    @app.errorhandler(ConnectionError)
    def no_database(exc):
        app.logger.error("database unavailable: %s", exc)
        return render_template("errors/error.html", code=503, message="Databasen svarar inte just nu. Försök igen om en stund."), 503

    return app


def get_engine() -> Engine:
    """Return the app's engine (reopened if the index changed)."""
    from flask import current_app

    return current_app.extensions["protokoll"].get()


def get_searcher():
    """Return this request's searcher, opening it on first use."""
    if "searcher" not in g:
        g.engine = get_engine()
        g.searcher = g.engine.searcher()
    return g.searcher
