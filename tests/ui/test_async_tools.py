"""Work that must run on the loop, bound to a widget (timedesk.ui.async_tools.run_on_loop): its
callbacks run while the widget lives and are dropped once it is destroyed."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject
from shiboken6 import Shiboken

from timedesk.ui.async_tools import run_on_loop


def recorder(seen: list):
    return (lambda result: seen.append(("done", result)),
            lambda exc: seen.append(("error", str(exc))))


async def test_the_result_or_the_error_reaches_a_living_owner():
    owner, seen = QObject(), []

    async def answer():
        await asyncio.sleep(0)
        return 42

    async def fail():
        raise ValueError("no port")

    await run_on_loop(owner, answer(), *recorder(seen))
    await run_on_loop(owner, fail(), *recorder(seen))
    assert seen == [("done", 42), ("error", "no port")]


async def test_once_the_owner_is_destroyed_nothing_is_called_and_a_failure_is_logged(caplog):
    owner, seen = QObject(), []
    release = asyncio.Event()

    async def answer():
        await release.wait()
        return 42

    async def fail():
        await release.wait()
        raise ValueError("no port")

    tasks = [run_on_loop(owner, answer(), *recorder(seen)),
             run_on_loop(owner, fail(), *recorder(seen))]
    await asyncio.sleep(0)
    Shiboken.delete(owner)
    release.set()
    with caplog.at_level(logging.ERROR, logger="timedesk.ui.async_tools"):
        await asyncio.gather(*tasks)
    assert seen == []
    assert [record.exc_info[1].args for record in caplog.records] == [("no port",)]
