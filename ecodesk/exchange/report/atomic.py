"""Writing a file so that it appears only when complete."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``, moved onto it when the block ends without error.

    A cancel or a failure inside the block leaves any earlier file at ``target`` as it was.
    """
    handle, name = tempfile.mkstemp(suffix=target.suffix, prefix=".ecodesk-", dir=target.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
