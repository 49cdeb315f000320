import gc
import threading

from timedesk.ui.gc_guard import MainThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collector_stops_automatic_collection_and_collects_on_the_gui_thread(qapp):
    gc.enable()  # as in the app (the test suite's own guard disables it)
    collector = MainThreadCollector(interval_ms=10)
    collector.start()
    try:
        assert not gc.isenabled()
        collected_in = []

        class Watched(Cycle):
            def __del__(self) -> None:
                collected_in.append(threading.current_thread().name)

        def make_garbage_in_a_worker() -> None:  # allocations that would trigger gc there
            for _ in range(3 * gc.get_threshold()[0]):
                Watched()

        worker = threading.Thread(target=make_garbage_in_a_worker, name="worker")
        worker.start()
        worker.join(10)
        assert collected_in == []  # nothing was collected in the worker
        while collector.collect_if_due():
            pass
        gc.collect()
        assert collected_in and set(collected_in) == {threading.main_thread().name}
    finally:
        collector.stop()
    assert gc.isenabled()


def test_survivors_of_a_full_collection_are_frozen_so_the_next_one_walks_only_new_objects(qapp):
    """A full collection over the app's ~150,000 objects held the GUI thread for 100 ms."""
    collector = MainThreadCollector(interval_ms=10_000)
    frozen_before = gc.get_freeze_count()
    kept_from_the_start = [Cycle() for _ in range(1000)]
    collector.start()
    try:
        assert gc.get_freeze_count() == frozen_before  # start() does not hold the window back
        collector.collect_if_due()  # the first tick, once the window is on screen
        frozen_at_start = gc.get_freeze_count()
        # what the start made is not walked again
        assert frozen_at_start >= frozen_before + len(kept_from_the_start)
        kept = [Cycle() for _ in range(1000)]  # long-lived objects made after the start
        collector._thresholds = (10**9, 10**9, -1)  # a full collection is due now
        collector.collect_if_due()
        assert gc.get_freeze_count() >= frozen_at_start + len(kept)
        garbage = Cycle()  # cycles made after the freeze are still collected
        del garbage
        assert gc.collect() >= 1
    finally:
        collector.stop()
    assert gc.get_freeze_count() == 0  # stop() gives everything back to the collector
