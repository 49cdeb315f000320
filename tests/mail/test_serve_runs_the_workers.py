"""`timedesk serve` runs the background workers (timedesk.workers): a Clockify webhook that
closes a session over the overtime threshold becomes a notice e-mail that reaches a real SMTP
server, with nothing but the listener's process running."""

from __future__ import annotations

import json
import queue
import re
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

import pytest
import requests

from timedesk.clockify.webhooks import add_webhook

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
LISTENING = re.compile(r"^listening on (http://127\.0\.0\.1:\d+)$")
TOKEN = "tok-serve-workers-0123456789"


def _stopped_entry(hours: float) -> dict:
    from pathlib import Path

    sample = Path(__file__).parent.parent / "clockify" / "samples" / "TIMER_STOPPED.2022.json"
    body = json.loads(sample.read_text(encoding="utf-8"))
    start = datetime(2025, 6, 16, 7, 0, tzinfo=UTC)
    body["id"] = "70000000000000000000aa01"
    body["timeInterval"].update(start=start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                end=(start + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                                duration=f"PT{int(hours)}H{int(hours * 60) % 60}M")
    body["currentlyRunning"] = False
    return body


def test_serve_turns_a_webhook_into_an_overtime_notice_sent_by_smtp(
        ctx, env, admin_actor, smtp_server):
    add_webhook(ctx.db, admin_actor, "TIMER_STOPPED", TOKEN)
    env.update({"TIMEDESK_LISTENER_PORT": "0", "TIMEDESK_MAIL_ENABLED": "true",
                "TIMEDESK_MAIL_COORDINATION": "coordinacion@oficina.example",
                "TIMEDESK_SMTP_HOST": "127.0.0.1", "TIMEDESK_SMTP_PORT": str(smtp_server.port),
                "TIMEDESK_SMTP_SECURITY": "none",
                "TIMEDESK_SMTP_FROM_ADDRESS": "timedesk@oficina.example"})
    child = subprocess.Popen([sys.executable, "-m", "timedesk", "serve"], env=env,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in child.stdout],
                     daemon=True).start()
    try:
        match = LISTENING.match(lines.get(timeout=30).strip())
        assert match, "serve did not print its address"
        answer = requests.post(f"{match[1]}/webhooks/clockify", timeout=10,
                               data=json.dumps(_stopped_entry(hours=6)),
                               headers={"Content-Type": "application/json",
                                        "Clockify-Signature": TOKEN,
                                        "Clockify-Webhook-Event-Type": "TIMER_STOPPED"})
        assert answer.status_code == 200, answer.text
        assert smtp_server.wait_for(1, timeout=30), "no notice reached the SMTP server"
        to = [address for _, rcpts in smtp_server.mailbox.envelopes for address in rcpts]
        assert "coordinacion@oficina.example" in to
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=15) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        for stream in (child.stdout, child.stderr):
            stream.close()
