"""A separate timedesk process that publishes events when told to (tests/events/conftest.py).

Reads commands on stdin, one per line, answers on stdout:
  publish <count> <topic> <pace_ms> <pad_bytes>  ->  published <first_id> <last_id>
  quit
Each event is its own transaction; its payload carries `seq` and `sent` (time.time() at publish).
"""

import os
import sys
import time

from timedesk.app import build_context

MAX_COMMANDS = 1000  # a test never needs more; a runaway parent cannot keep us alive forever


def publish(context, count: int, topic: str, pace_ms: int, pad: int) -> tuple[int, int]:
    ids = []
    start = time.monotonic()
    for seq in range(count):
        if pace_ms:  # paced against a schedule, not by sleeping after each write, to avoid drift
            wait = start + seq * pace_ms / 1000 - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        with context.db.unit_of_work() as session:
            payload = {"seq": seq, "sent": time.time()}
            if pad:
                payload["pad"] = "x" * pad
            ids.append(context.bus.publish(session, topic, payload).id)
    return ids[0], ids[-1]


def main() -> int:
    context = build_context(dict(os.environ), migrate=False)
    try:
        print("ready", context.bus.origin, flush=True)
        for _ in range(MAX_COMMANDS):
            line = sys.stdin.readline()
            words = line.split()
            if not words or words[0] == "quit":
                return 0
            if words[0] == "publish":
                count, topic, pace_ms, pad = int(words[1]), words[2], int(words[3]), int(words[4])
                first, last = publish(context, count, topic, pace_ms, pad)
                print("published", first, last, flush=True)
            else:
                print("error unknown command", words[0], flush=True)
        return 0
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
