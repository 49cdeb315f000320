"""The API document is the API: schemathesis (every check but use_after_free: timedesk's
DELETEs are soft and documented so) runs against a live
`timedesk serve` with an admin token and must find nothing. Whatever
/api/v1/openapi.json lists is tested, except the endless /display/feed stream and
/api/v1/users/me (a person's token only: tests/server/test_users_me.py).

SCHEMATHESIS_EXAMPLES (default 12) and SCHEMATHESIS_SEED (default 1) change the run; the
seed is fixed so that a failure can be replayed. SCHEMATHESIS_PATHS (a regular expression)
limits the run to the paths it finds, to try one module's routes alone.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from schemathesis_hooks import TICKET_REQUESTER
from server_helpers import ServeProcess

from timedesk.auth.permissions import Actor
from timedesk.auth.service import create_api_token, create_user

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
LISTENING = re.compile(r"^listening on (http://127\.0\.0\.1:\d+)$")
HERE = Path(__file__).parent


def test_the_api_answers_as_its_openapi_document_says(ctx, env, tmp_path):
    token = create_api_token(ctx.db, Actor.system("test"), "schemathesis", "admin")
    create_user(ctx.db, Actor.system("test"), TICKET_REQUESTER, "a-long-password", "requester")
    only = os.environ.get("SCHEMATHESIS_PATHS")
    child = ServeProcess(env, "--host", "127.0.0.1", "--port", "0")
    try:
        match = LISTENING.match(child.first_line() or "")
        assert match, child.stderr()
        url = match.group(1)
        document = requests.get(f"{url}/api/v1/openapi.json", timeout=10).json()
        assert "/api/v1/clockify/sessions" in document["paths"]
        run = subprocess.run(
            [sys.executable, "-c", "from schemathesis.cli import schemathesis; schemathesis()",
             "run", f"{url}/api/v1/openapi.json",
             "--header", f"Authorization: Bearer {token}",
             "--checks", "all",
             # DELETE of a Clockify user deactivates it and DELETE of a session soft-deletes it:
             # both stay readable by design (history is never deleted), which this stateful
             # check takes for a resource still served after deletion.
             "--exclude-checks", "use_after_free",
             "--max-examples", os.environ.get("SCHEMATHESIS_EXAMPLES", "12"),
             "--seed", os.environ.get("SCHEMATHESIS_SEED", "1"),
             # One worker: Python 3.11's compile() is not thread-safe inside hypothesis.
             "--workers", "1",
             "--exclude-path", "/display/feed",
             # the account of a person's token: this run's admin role token has none (a
             # documented 403); tests/server/test_users_me.py asks it with a person's token
             "--exclude-path", "/api/v1/users/me",
             *(["--include-path-regex", only] if only else []),
             "--request-timeout", "15",
             "--no-shrink",
             "--report-dir", str(tmp_path / "report")],
            env={**env, "SCHEMATHESIS_HOOKS": "schemathesis_hooks",
                 "PYTHONPATH": os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")])},
            cwd=tmp_path, capture_output=True, text=True, timeout=300)
    finally:
        child.kill()
    start = run.stdout.find("FAILURES")
    summary = run.stdout[start - 40 if start >= 0 else -6000:][:20000]
    assert run.returncode == 0, f"schemathesis found failures:\n{summary}\n{run.stderr[-2000:]}"
    assert "No issues found" in run.stdout or " passed" in run.stdout, summary
