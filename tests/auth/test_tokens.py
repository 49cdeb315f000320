"""API tokens may expire and record their last use (security review LOW-9)."""

from __future__ import annotations

from datetime import timedelta

import aiohttp
import pytest
import sqlalchemy as sa
from sqlalchemy import select, update

from timedesk.auth import service, token_use
from timedesk.auth.models import ApiToken
from timedesk.db.base import utcnow
from timedesk.errors import AuthenticationFailed, ValidationError


def expire(db, name: str) -> None:
    with db.unit_of_work() as s:
        s.execute(update(ApiToken).where(ApiToken.name == name)
                  .values(expires_at=utcnow() - timedelta(seconds=1)))


def test_a_token_works_until_its_expiry_then_says_it_expired(db, admin_actor):
    token = service.create_api_token(db, admin_actor, "kiosk", "receptionist",
                                     utcnow() + timedelta(days=1))
    assert service.verify_api_token(db, token).name == "kiosk"
    expire(db, "kiosk")
    with pytest.raises(AuthenticationFailed, match="token expired — create a new one"):
        service.verify_api_token(db, token)


def test_an_expiry_in_the_past_is_refused(db, admin_actor):
    with pytest.raises(ValidationError, match="in the past"):
        service.create_api_token(db, admin_actor, "old", "staff", utcnow() - timedelta(hours=1))


async def test_an_expired_token_is_401_token_expired_over_http(ctx, admin_actor, listener_url):
    token = service.create_api_token(ctx.db, admin_actor, "desk", "staff",
                                     utcnow() + timedelta(days=1))
    expire(ctx.db, "desk")
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{listener_url}/api/v1/turns",
                            headers={"Authorization": f"Bearer {token}"}) as response:
            assert response.status == 401
            error = (await response.json())["error"]
    assert error["code"] == "authentication_failed"
    assert error["message"].startswith("token expired — create a new one")


def _last_used(db, name):
    with db.session_factory() as s:
        return s.scalar(select(ApiToken.last_used_at).where(ApiToken.name == name))


def test_the_last_use_is_written_at_most_once_a_minute(db, admin_actor, monkeypatch):
    token = service.create_api_token(db, admin_actor, "script", "staff")
    assert _last_used(db, "script") is None
    writes = []
    real = token_use.note_token_use
    monkeypatch.setattr(service, "note_token_use",
                        lambda *a: writes.append(real(*a)) or writes[-1])
    for _ in range(20):
        service.verify_api_token(db, token)
    assert writes.count(True) == 1  # 20 requests, one write
    first = _last_used(db, "script")
    assert first is not None and utcnow() - first < timedelta(minutes=1)
    with db.unit_of_work() as s:  # a minute later (moved back in time), the next use is written
        s.execute(update(ApiToken).where(ApiToken.name == "script")
                  .values(last_used_at=first - timedelta(minutes=2)))
    token_use._written.clear()  # another process, or this one a minute later
    service.verify_api_token(db, token)
    assert _last_used(db, "script") > first - timedelta(minutes=1)


def test_the_list_shows_expiry_last_use_and_state(db, admin_actor):
    service.create_api_token(db, admin_actor, "a", "staff", utcnow() + timedelta(days=30))
    token_b = service.create_api_token(db, admin_actor, "b", "staff")
    service.verify_api_token(db, token_b)
    service.create_api_token(db, admin_actor, "c", "staff", utcnow() + timedelta(days=1))
    expire(db, "c")
    rows = {t["name"]: t for t in service.list_api_tokens(db, admin_actor)}
    assert rows["a"]["expires_at"] > utcnow() + timedelta(days=29) and not rows["a"]["expired"]
    assert rows["b"]["expires_at"] is None and rows["b"]["last_used_at"] is not None
    assert rows["c"]["expired"] and rows["a"]["last_used_at"] is None


@pytest.mark.parametrize("revision, column", [("0001", "expires_at"), ("0002", "user_id")])
def test_tokens_of_an_older_database_keep_working(revision, column, database_url, tmp_path,
                                                  admin_actor):
    """Before 0002 without expiry; before 0003 without a user (as the role they were made
    with)."""
    from timedesk.db.database import Database
    from timedesk.db.engine import resolve_url
    from timedesk.db.migrate import downgrade, upgrade

    db = Database.connect(resolve_url(database_url, tmp_path / "unused.db"))
    try:
        upgrade(db.engine)
        token = service.create_api_token(db, admin_actor, "legacy", "staff")
        downgrade(db.engine, revision)
        with db.engine.connect() as conn:
            assert column not in {c["name"] for c in sa.inspect(conn).get_columns("api_tokens")}
        upgrade(db.engine)
        actor = service.verify_api_token(db, token)
        assert (actor.kind, actor.name, actor.role) == ("token", "legacy", "staff")
    finally:
        db.dispose()
