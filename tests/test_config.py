"""Where the index is, resolved once from options and environment (indexer/config.py)."""
from pathlib import Path

import pytest

from indexer.config import DEFAULT_INDEX, ConfigError, Location, corpus_dir, resolve

DSN = "postgresql://u:secret@db/protokoll"


@pytest.mark.parametrize("options, env, want", [
    ({}, {}, Location(None, DEFAULT_INDEX)),
    ({}, {"PROTOKOLL_INDEX": "/srv/ix"}, Location(None, Path("/srv/ix"))),
    ({"index_dir": "/a"}, {"PROTOKOLL_INDEX": "/srv/ix"}, Location(None, Path("/a"))),  # an option wins
    ({"engine": "whoosh"}, {"PROTOKOLL_ENGINE": "tantivy"}, Location("whoosh", DEFAULT_INDEX)),
    ({}, {"PROTOKOLL_ENGINE": "tantivy"}, Location("tantivy", DEFAULT_INDEX)),
    ({"dsn": DSN}, {}, Location("postgres", DEFAULT_INDEX, DSN)),  # a DSN names the database engine
    ({}, {"PROTOKOLL_ENGINE": "postgres", "PROTOKOLL_DSN": DSN, "PROTOKOLL_READ_DSN": "postgresql://r1/p, postgresql://r2/p"},
     Location("postgres", DEFAULT_INDEX, DSN, ("postgresql://r1/p", "postgresql://r2/p"))),
    ({"engine": "postgres", "dsn": DSN, "read_dsns": ("postgresql://r9/p",)}, {"PROTOKOLL_READ_DSN": "postgresql://r1/p"},
     Location("postgres", DEFAULT_INDEX, DSN, ("postgresql://r9/p",))),
    ({"engine": "tantivy"}, {"PROTOKOLL_DSN": DSN}, Location("tantivy", DEFAULT_INDEX)),  # a folder engine ignores the DSN
])
def test_resolve(options, env, want):
    assert resolve(**options, environ=env) == want


def test_a_database_engine_needs_a_dsn():
    with pytest.raises(ConfigError, match="needs --dsn"):
        resolve("postgres", environ={})


def test_corpus_and_description():
    assert corpus_dir(environ={}) == Path("corpus") and corpus_dir(environ={"PROTOKOLL_CORPUS": "/c"}) == Path("/c")
    assert corpus_dir("/x", environ={"PROTOKOLL_CORPUS": "/c"}) == Path("/x")
    assert "secret" not in resolve(dsn=DSN, environ={}).describe()
    assert resolve(index_dir="/srv/ix", environ={}).describe() == "/srv/ix"


def test_an_empty_folder_has_nothing_to_serve(tmp_path):
    assert resolve(index_dir=tmp_path / "none", environ={}).is_empty()
