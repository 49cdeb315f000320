"""The two judgements of the session log, as pure functions: is an edit a first small correction
(accepted without review), and is a duration overtime."""

from __future__ import annotations

from datetime import datetime, timedelta


def is_first_small_correction(old_start: datetime, old_end: datetime | None,
                              new_start: datetime, new_end: datetime | None, *,
                              earlier_edits: int, decided: bool, tolerance: timedelta) -> bool:
    """True when this change of times may go straight into the valid times.

    Only the first edit of a session no person has decided on qualifies, and only when start,
    end and duration each move by strictly less than `tolerance` (the legacy service compared
    only the duration, so an entry shifted as a whole went unnoticed). A running session has no
    end yet: only its start is compared."""
    if earlier_edits > 0 or decided:
        return False
    moves = [abs(new_start - old_start)]
    if old_end is not None and new_end is not None:
        moves.append(abs(new_end - old_end))
        moves.append(abs((new_end - new_start) - (old_end - old_start)))
    return all(move < tolerance for move in moves)


def is_overtime(duration_seconds: int | None, threshold: timedelta) -> bool:
    """Strictly longer than the threshold: exactly 5 h is not overtime, 5 h 0 min 1 s is."""
    return duration_seconds is not None and duration_seconds > threshold.total_seconds()


def seconds_between(start: datetime | None, end: datetime | None) -> int | None:
    """Whole seconds from start to end; never negative (a valid start kept under review may lie
    after a newly received end until a person decides)."""
    if start is None or end is None:
        return None
    return max(0, int((end - start).total_seconds()))
