"""The one error the reader raises.

Input: a path and a reason. Output: `ReadError`, whose str() names the file and the reason.
"""
from __future__ import annotations

from pathlib import Path


class ReadError(Exception):
    """A file that cannot be turned into text; str() names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason
