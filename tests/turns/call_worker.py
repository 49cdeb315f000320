"""A desk in its own process for the concurrency test: `python call_worker.py DESK N OUT`
calls next N times (at most 60 s) and writes the called turn ids, one per line, to OUT."""

import sys
import time

from timedesk.app import build_context
from timedesk.auth.permissions import Actor
from timedesk.turns.queue import TurnQueue


def main() -> int:
    desk, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    ctx = build_context(migrate=False)
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    actor = Actor.system(f"desk-{desk}")
    called = []
    deadline = time.monotonic() + 60
    while len(called) < count and time.monotonic() < deadline:
        result = queue.call_next(actor, desk)
        if result is None:
            break
        called.append(result.turn.id)
    with open(out, "w") as f:
        f.write("\n".join(map(str, called)))
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
