"""Issue 20 #4 on SQLite and PostgreSQL: a list of turns is paged with a true total, never cut
silently at 500 (the API's list, and a desk's waiting list)."""

from __future__ import annotations

import aiohttp

from timedesk.auth.service import create_api_token
from timedesk.turns import reads, setup
from timedesk.turns.queue import TurnQueue

WAITING = 620  # more than the 500 the lists stopped at


async def test_the_turn_list_is_paged_with_a_true_total(ctx, admin_actor, listener_url):
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="1", services=["A"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    for _ in range(WAITING):
        queue.issue_turn(admin_actor, "A")
    headers = {"Authorization": "Bearer " + create_api_token(ctx.db, admin_actor, "m", "manager")}
    pages = []
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:
        async with http.get(f"{listener_url}/api/v1/turns?status=waiting",
                            headers=headers) as r:
            first = await r.json()
        assert (first["total"], first["page"], first["per_page"], len(first["items"])) \
            == (WAITING, 1, 100, 100)
        for page in (1, 2):
            async with http.get(f"{listener_url}/api/v1/turns?status=waiting&per_page=500"
                                f"&page={page}", headers=headers) as r:
                pages.append(await r.json())
        async with http.get(f"{listener_url}/api/v1/turns?per_page=501", headers=headers) as r:
            assert r.status == 400 and "per_page" in (await r.json())["error"]["message"]
    numbers = [t["number"] for p in pages for t in p["items"]]
    assert numbers == [f"A{n:03d}" for n in range(1, WAITING + 1)]
    assert [p["total"] for p in pages] == [WAITING, WAITING]
    state = reads.desk_state(ctx.db, ctx.settings, "1")
    assert (state.waiting_total, len(state.waiting), state.waiting_cut) == (WAITING, 500, True)
