"""Several senders on one database (threads here; processes or PCs in the office) never send
one mail twice and leave none behind."""

from __future__ import annotations

import threading
import time
from collections import Counter

from sqlalchemy import func, select

from timedesk.db.database import Database
from timedesk.db.engine import make_engine
from timedesk.mail import enqueue, send_due
from timedesk.mail.models import OutboxMail

MAILS = 30


def test_two_senders_running_at_once_deliver_each_of_30_mails_exactly_once(
        ctx, smtp_servers, mail_settings):
    server = smtp_servers(delay_s=0.01)  # a slow server keeps both senders busy at once
    mail_settings(server)
    with ctx.db.unit_of_work() as session:
        for n in range(MAILS):
            enqueue(session, f"concurrent:{n}", ["ana@oficina.example"], f"Aviso {n}", "Hola")

    # two "workstations": each with its own engine and connection pool on the same database
    senders = [Database(make_engine(ctx.db.engine.url)) for _ in range(2)]
    start = threading.Barrier(len(senders))
    sent: list[int] = [0] * len(senders)
    errors: list[BaseException] = []

    def work(index: int) -> None:
        try:
            start.wait(timeout=10)
            deadline = time.monotonic() + 60
            for _ in range(MAILS):  # never more passes than mails
                report = send_due(senders[index], ctx.settings, ctx.secrets, limit=2)
                sent[index] += report.sent
                if report.claimed == 0 or time.monotonic() > deadline:
                    break
        except BaseException as exc:  # surfaced in the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(senders))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    for db in senders:
        db.dispose()
    assert not errors, errors
    assert not any(t.is_alive() for t in threads)

    assert sum(sent) == MAILS
    assert server.wait_for(MAILS)
    subjects = Counter(str(m["Subject"]) for m in server.messages)
    assert subjects == Counter({f"Aviso {n}": 1 for n in range(MAILS)})
    with ctx.db.unit_of_work() as session:
        assert session.scalar(select(func.count()).where(OutboxMail.status == "sent")) == MAILS
