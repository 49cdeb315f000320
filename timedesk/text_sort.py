"""One order for names (people, activities, offices) on every computer, whatever its locale:
accents and case do not count, so "Óscar" sorts with the O's instead of after every Z (the
order of raw character codes); the raw text breaks ties, so the order is total and stable.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65_536)  # reports sort many rows that share few names
def folded(text: str) -> str:
    """`text` without accents (NFKD, combining marks dropped) and case-folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_key(text: str | None) -> tuple[str, str]:
    """The sort key of a name: folded first, then the name as it is (None sorts as "")."""
    text = text or ""
    return folded(text), text
