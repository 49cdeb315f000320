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
