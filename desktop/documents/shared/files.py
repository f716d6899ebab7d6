"""Putting a finished paper on disk: written beside its destination under a temporary name and
moved into place only when complete, so a full disk or a crash never leaves a truncated PDF under
the name the user chose (an older file of that name stays as it was)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

PARTIAL_SUFFIX = ".part"


def save_file(path: str | os.PathLike, data: bytes, before_move: Callable[[], None] | None = None) -> Path:
    """Write `data` to `path` completely or not at all; raises the OSError of a failed write.
    `before_move` runs when the data is on disk and before it takes its name (the audit record of a
    paper with full ID numbers): if it fails, no file appears."""
    target = Path(path)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())  # on disk before it takes the real name
        if before_move is not None:
            before_move()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
