"""A help desk with people and a token acting as each of them, and `api`: a client of the real
listener (127.0.0.1, port 0) that checks every JSON answer against /api/v1/openapi.json."""

from __future__ import annotations

import re

import aiohttp
import pytest
from openapi_support import conforms

from timedesk.auth.service import create_api_token, create_user
from timedesk.tickets.service import HelpDesk

PEOPLE = {"ada": "admin", "tina": "technician", "tom": "technician", "rita": "requester",
          "rob": "requester"}
_TEMPLATES = [(re.compile(r"/attachments/\d+$"), "/attachments/{aid}"),
              (re.compile(r"^/api/v1/tickets/\d+"), "/api/v1/tickets/{id}")]


def template_of(path: str) -> str:
    path = path.split("?")[0]
    for pattern, replacement in _TEMPLATES:
        path = pattern.sub(replacement, path)
    return path


@pytest.fixture
def desk(ctx):
    return HelpDesk(ctx.db, ctx.bus, ctx.settings)


@pytest.fixture
def tokens(ctx, admin_actor):
    for name, role in PEOPLE.items():
        create_user(ctx.db, admin_actor, name, "a-long-password", role)
    found = {name: create_api_token(ctx.db, admin_actor, f"{name}-script", user=name)
             for name in PEOPLE}
    found["plain-admin"] = create_api_token(ctx.db, admin_actor, "plain", "admin")
    return found


class Api:
    def __init__(self, http, url, tokens, document):
        self.http, self.url, self.tokens, self.document = http, url, tokens, document

    async def raw(self, method, path, as_="ada", **options):
        headers = {"Authorization": f"Bearer {self.tokens[as_]}", **options.pop("headers", {})}
        return await self.http.request(method, self.url + path, headers=headers, **options)

    async def __call__(self, method, path, status, body=None, as_="ada", **options):
        """The JSON answer of `method path` by `as_`'s token, which must have `status`; it
        conforms to the documented schema of that status."""
        if body is not None:
            options["json"] = body
        async with await self.raw(method, path, as_, **options) as response:
            text = await response.text()
            assert response.status == status, text
            responses = self.document["paths"][template_of(path)][method.lower()]["responses"]
            assert str(status) in responses, (path, status)
            assert response.content_type == "application/json"
            found = await response.json()
            conforms(found, responses[str(status)]["content"]["application/json"]["schema"],
                     self.document)
            return found


@pytest.fixture
async def api(listener_url, tokens):
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
        async with http.get(f"{listener_url}/api/v1/openapi.json") as r:
            document = await r.json()
        yield Api(http, listener_url, tokens, document)
