"""Python's cycle collector held off during bulk work."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off while hundreds of thousands of rows are read or made: they form
    no cycles, yet each pass of the collector would walk all of them again as they pile up.

    What the work made and kept (a plan, a report's data) joins the oldest generation when it
    ends: the youngest's next pass would otherwise walk all of it at once, holding the
    interpreter lock (and the window) for 0.3 s after 100,000 rows."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
