"""`timedesk display register NAME` (and list, remove) as real processes: the printed address
carries the name and a key that /display/shown accepts; only a hash of the key is stored;
a removed display, or a name that was registered again, can no longer acknowledge."""

from __future__ import annotations

import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import sqlalchemy as sa
from cli_support import one_line_error

from timedesk.turns.displays import display_key_matches


def timedesk(env, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timedesk", *args], env=env,
                          capture_output=True, text=True, timeout=90)


def test_register_prints_the_address_with_a_key_that_only_this_display_has(ctx, env):
    env = {**env, "TIMEDESK_LISTENER_PUBLIC_URL": "http://tv-server:8765"}
    done = timedesk(env, "display", "register", "lobby-tv")
    assert done.returncode == 0, done.stderr
    address = done.stdout.strip().splitlines()[-1]
    parts = urlsplit(address)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "http://tv-server:8765/display"
    query = parse_qs(parts.query)
    name, key = query["name"][0], query["key"][0]
    assert name == "lobby-tv" and len(key) >= 32
    assert display_key_matches(ctx.db, "lobby-tv", key)
    with ctx.db.engine.connect() as conn:  # stored hashed, never the key
        stored = conn.execute(sa.text("SELECT key_hash FROM turn_displays")).scalar_one()
    assert key not in stored and len(stored) == 64

    again = timedesk(env, "display", "register", "lobby-tv")
    assert again.returncode == 0
    assert not display_key_matches(ctx.db, "lobby-tv", key)  # a new key; the old one is dead

    listed = timedesk(env, "display", "list")
    assert listed.returncode == 0 and listed.stdout.startswith("lobby-tv\tregistered ")
    removed = timedesk(env, "display", "remove", "lobby-tv")
    assert removed.returncode == 0 and "can no longer acknowledge" in removed.stdout
    assert timedesk(env, "display", "list").stdout == ""


def test_bad_names_and_unknown_displays_are_one_line_with_the_exit_code(ctx, env):
    bad = timedesk(env, "display", "register", "<b>tv</b>")
    assert bad.returncode == 2 and "a display name is" in one_line_error(bad.stderr)
    missing = timedesk(env, "display", "remove", "nowhere")
    assert missing.returncode == 3
    assert "no display is registered as 'nowhere'" in one_line_error(missing.stderr)
