import dataclasses

from listener_support import serving
from sqlalchemy.engine import URL

from timedesk import __version__
from timedesk.db.database import Database
from timedesk.db.engine import make_engine
from timedesk.server import create_app


async def test_health_answers_ok_with_the_version_and_the_database_engine(ctx, server_url, http,
                                                                        database_url):
    async with http.get(f"{server_url}/health") as response:
        assert response.status == 200
        assert response.content_type == "application/json"
        body = await response.json()
    expected_engine = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    assert body == {"status": "ok", "version": __version__, "database": expected_engine}


async def test_health_is_503_with_status_error_when_the_database_does_not_answer(ctx, http):
    # A PostgreSQL URL on a closed loopback port: refused at once, no network involved.
    dead = Database(make_engine(URL.create("postgresql+psycopg2", username="nobody",
                                           password="not-shown", host="127.0.0.1", port=1,
                                           database="nothing")))
    try:
        async with serving(create_app(dataclasses.replace(ctx, db=dead))) as url:
            async with http.get(f"{url}/health") as response:
                assert response.status == 503
                body = await response.json()
    finally:
        dead.dispose()
    assert body["status"] == "error"
    assert body["version"] == __version__ and body["database"] == "postgresql"
    assert body["error"]["code"] == "database_unavailable"
    assert "not-shown" not in str(body) and "127.0.0.1" not in str(body)


async def test_blocking_work_of_handlers_runs_on_the_listener_worker_threads(server_url, http):
    async with http.get(f"{server_url}/test/worker-thread") as response:
        assert (await response.json())["thread"].startswith("timedesk-http")
