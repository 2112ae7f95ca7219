"""A store opened in the background: what a cold read starts first (graph.api's `warm`), before
it imports the model, the printer and the query code, which this module does not load."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from graph.errors import StoreError
from graph.store.lock import StoreHold, hold

# typing.TYPE_CHECKING, without importing typing (a cold read's few milliseconds count)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from graph.store.local import LocalEngine


class Opening:
    """A store being opened in a thread, held from the start. Oxigraph opens a store without
    holding the GIL, so the open (about 15 ms at 100,000 claims) overlaps whatever this thread
    does meanwhile: a cold read's imports and its freshness check."""

    def __init__(self, held: StoreHold):
        self.held = held
        self._opened: list = []
        self._thread = threading.Thread(target=self._open)
        self._thread.start()

    @classmethod
    def start(cls, link: Path) -> Opening | None:
        """The store that `link` points to now, being opened; None when there is none."""
        try:
            return cls(hold(link))
        except StoreError:
            return None

    def _open(self) -> None:
        try:
            self._opened.append(ox.Store.read_only(str(self.held.database)))
        except Exception as error:  # said by `LocalEngine.open`, the way that does not guess
            self._opened.append(error)

    def finish(self, usable: Callable[[Path], bool]) -> LocalEngine | None:
        """The engine, once open, if `usable(folder)`; else None, the store let go."""
        use = False
        try:
            use = usable(self.held.folder)
        finally:
            self._thread.join()
            store = self._opened[0]
            if not use or isinstance(store, Exception):
                self.held.release()
                store = None
        if store is None:
            return None
        from graph.store.local import LocalEngine

        return LocalEngine(store, self.held)
