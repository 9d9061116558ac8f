"""protokoll: full-text search for Swedish meeting minutes.

Public API: parse_file (file -> Protocol), build_index (corpus -> index), open_engine (index -> engine),
run_search (searcher + request -> SearchResult).
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "parse_file", "build_index", "open_engine", "run_search"]


def __getattr__(name: str):
    # Lazy re-exports keep `import indexer` cheap for the CLI's --help.
    if name == "parse_file":
        from .parse import parse_file
        return parse_file
    if name == "build_index":
        from .build import build_index
        return build_index
    if name == "open_engine":
        from .engine import open_engine
        return open_engine
    if name == "run_search":
        from .search import run_search
        return run_search
    raise AttributeError(name)
