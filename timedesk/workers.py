"""Background workers that run beside every long-running face (the GUI and `timedesk serve`):
the mail outbox, the Clockify overtime monitor, its e-mail notices and its scheduled reports.

Modules declare theirs with `register_worker(name, factory)`, where `factory(ctx)` returns an
object with `start()` and `stop()` (each either a plain method or a coroutine function); the
module is named in WORKER_MODULES so that importing this file finds it. `start_workers()` never
raises: a worker that cannot start is logged and skipped, and the others run. Every worker is
safe to run on several PCs at once (claims and idempotency keys in the database).
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

WORKER_MODULES: list[str] = [
    "timedesk.mail.background",
    "timedesk.clockify.background",
]
STOP_SECONDS = 10.0


@dataclass(frozen=True)
class WorkerSpec:
    name: str
    factory: Callable[[Any], Any]  # (AppContext) -> object with start() and stop()
    order: int = 100  # started in ascending order, stopped in reverse


_REGISTRY: dict[str, WorkerSpec] = {}


def register_worker(name: str, factory: Callable[[Any], Any], *, order: int = 100) -> None:
    _REGISTRY[name] = WorkerSpec(name, factory, order)


def worker_specs() -> list[WorkerSpec]:
    for module in WORKER_MODULES:
        try:
            importlib.import_module(module)
        except Exception:  # one broken module must not keep the others (or the app) down
            log.exception("background workers of %s are not available", module)
    return sorted(_REGISTRY.values(), key=lambda spec: (spec.order, spec.name))


async def _call(method: Callable[[], Any]) -> None:
    result = method()
    if inspect.isawaitable(result):
        await result


@dataclass
class RunningWorker:
    name: str
    worker: Any


async def start_workers(ctx: Any, only: set[str] | None = None) -> list[RunningWorker]:
    """Build and start every registered worker (or those named in `only`); never raises."""
    started: list[RunningWorker] = []
    for spec in worker_specs():
        if only is not None and spec.name not in only:
            continue
        try:
            worker = spec.factory(ctx)
            if worker is None:  # the module decided it has nothing to do here
                continue
            await _call(worker.start)
        except Exception:
            log.exception("background worker %s could not start", spec.name)
            continue
        log.info("background worker %s started", spec.name)
        started.append(RunningWorker(spec.name, worker))
    return started


async def stop_workers(running: list[RunningWorker], seconds: float = STOP_SECONDS) -> None:
    """Stop the workers in reverse order, each bounded by `seconds`; never raises."""
    for item in reversed(running):
        try:
            await asyncio.wait_for(_call(item.worker.stop), seconds)
        except asyncio.TimeoutError:
            log.warning("background worker %s did not stop within %.0f s", item.name, seconds)
        except Exception:
            log.exception("background worker %s failed while stopping", item.name)
    running.clear()
