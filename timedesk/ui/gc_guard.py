"""Python's cyclic garbage collection, on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate: a job, the listener's
worker pool or the event feed. If it then frees a Qt object of the GUI thread (a qasync timer or
socket notifier caught in a reference cycle), Qt crashes later with a segmentation fault. So
automatic collection is switched off while the app runs and this timer collects on the GUI
thread with the same generation thresholds.

A full collection walks every tracked object: with the app's ~150,000 it took 100 ms of the GUI
thread (bench_clockify_gui_stall saw it as its one wake-up over 100 ms late). So what has
survived a full collection is frozen (gc.freeze): it is long-lived (modules, classes, widgets,
caches), still freed by reference counting, and the next full collections walk only what was
made since. The cost: a reference cycle among frozen objects is not collected until `stop()`.

The first full collection (what the start made: ~50 ms) waits for the first tick, so that it
runs once the first window is on screen, not before it.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._started_up = False  # the start-up's objects collected and frozen
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose allocation count passed its threshold; after a
        full collection, freeze the survivors. The first call collects everything."""
        if not self._started_up:
            self._started_up = True
            found = gc.collect()
            gc.freeze()  # what the start made (imports, the windows) lives as long as the app
            return found
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                found = gc.collect(generation)
                if generation == 2:
                    gc.freeze()
                return found
        return 0
