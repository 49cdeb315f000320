"""The column spec of a tabular export, and how one value of each kind is turned into an XLSX
cell value or a CSV text. Pure functions: no files, no database.

Kinds: text, date, datetime, time, duration, number, bool. Datetimes are written as the wall time
they carry: the caller converts to the zone the reader expects (an aware value keeps its wall
time and drops its zone; Excel has no zones). Durations are seconds or timedeltas.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from timedesk.durations import hms
from timedesk.outputs import LANGUAGES

TEXT, DATE, DATETIME, TIME, DURATION, NUMBER, BOOL = (
    "text", "date", "datetime", "time", "duration", "number", "bool")
KINDS = (TEXT, DATE, DATETIME, TIME, DURATION, NUMBER, BOOL)

# Excel number formats: real dates and durations, so a sheet can be filtered and summed.
XLSX_FORMATS = {DATE: "dd/mm/yyyy", DATETIME: "dd/mm/yyyy hh:mm:ss", TIME: "hh:mm:ss",
                DURATION: "[h]:mm:ss"}
_YES_NO = {"es": ("Sí", "No"), "en": ("Yes", "No")}
# A text cell starting with one of these is a formula to Excel (CSV injection): it gets a quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
XLSX_MAX_TEXT = 32_767  # Excel's limit for one cell


@dataclass(frozen=True)
class Column:
    """One column: `key` in the row mappings, its header in each language, its kind, its width
    in characters (None: Excel's default) and, for numbers, the decimals shown (None: as is)."""

    key: str
    header_es: str
    header_en: str
    kind: str = TEXT
    width: float | None = None
    decimals: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}; use one of {KINDS}")

    def header(self, lang: str) -> str:
        return self.header_en if lang == "en" else self.header_es


@dataclass(frozen=True)
class TotalRow:
    """Marks a row of totals: written in bold (XLSX) after, or among, the plain rows."""

    values: Mapping[str, Any] | Sequence[Any]


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown export language {lang!r}; use one of {LANGUAGES}")
    return lang


def row_values(columns: Sequence[Column], row: Mapping[str, Any] | Sequence[Any]) -> list[Any]:
    """The row's values in column order: a mapping by column key (missing keys are empty) or a
    sequence exactly as long as the columns."""
    if isinstance(row, Mapping):
        return [row.get(column.key) for column in columns]
    values = list(row)
    if len(values) != len(columns):
        raise ValueError(f"a row has {len(values)} values for {len(columns)} columns")
    return values


def duration_seconds(value: Any) -> int | None:
    """Whole seconds of a duration given as seconds or a timedelta; None for anything else
    (written as text then: an export never fails on one odd value)."""
    if isinstance(value, timedelta):
        return round(value.total_seconds())
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return round(value) if math.isfinite(value) else None
    return None


def duration_text(value: Any) -> str:
    """H:MM:SS with hours past 24 (26:03:00), as the [h]:mm:ss cells show; '-' before negatives."""
    seconds = duration_seconds(value)
    if seconds is None:
        return "" if value is None else str(value)
    return hms(seconds)


def _wall(value: datetime) -> datetime:
    return value.replace(tzinfo=None)


def xlsx_value(column: Column, value: Any) -> Any:
    """The Python value openpyxl writes for this column (None for an empty cell)."""
    if value is None or value == "":
        return None
    kind = column.kind
    if kind == DATETIME and isinstance(value, datetime):
        return _wall(value).replace(microsecond=0)
    if kind == DATE and isinstance(value, (date, datetime)):
        return value.date() if isinstance(value, datetime) else value
    if kind == TIME and isinstance(value, (time, datetime)):
        return (value.time() if isinstance(value, datetime) else value).replace(
            microsecond=0, tzinfo=None)
    if kind == DURATION and (seconds := duration_seconds(value)) is not None:
        try:
            return timedelta(seconds=seconds)
        except OverflowError:
            pass  # beyond what a timedelta (and Excel) holds: shown as text
    if kind == NUMBER and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return round(float(value), column.decimals) if column.decimals is not None else value
    if kind == BOOL and isinstance(value, bool):
        return value
    text = _ILLEGAL_XML.sub("", str(value))
    return text[:XLSX_MAX_TEXT]


def xlsx_number_format(column: Column) -> str | None:
    if column.kind == NUMBER and column.decimals is not None:
        return "0" if column.decimals == 0 else "0." + "0" * column.decimals
    return XLSX_FORMATS.get(column.kind)


def csv_formatter(column: Column, *, lang: str, decimal_comma: bool) -> Callable[[Any], str]:
    """The function that gives the text of one CSV field of `column`: dates as dd/mm/yyyy (the
    XLSX formats), durations H:MM:SS, numbers with a decimal comma when the delimiter is ';',
    booleans as Sí/No or Yes/No; a value of another type is written as text. Made once per
    column of an export (the kind is looked at once, not for each of a million fields); dates
    and times of day, which repeat, are formatted once each."""
    kind = column.kind
    if kind == DATETIME:
        return _typed(datetime, lambda value: _wall(value).strftime("%d/%m/%Y %H:%M:%S"))
    if kind == DATE:
        return _typed(date, _memo(lambda value: value.strftime("%d/%m/%Y")))
    if kind == TIME:
        clock = _memo(lambda hms: "{:02d}:{:02d}:{:02d}".format(*hms))
        return _typed((time, datetime),
                      lambda value: clock((value.hour, value.minute, value.second)))
    if kind == DURATION:
        return _typed((int, float, Decimal, timedelta), duration_text,
                      accept=lambda value: duration_seconds(value) is not None)
    if kind == NUMBER:
        def number(value: Any) -> str:
            text = (f"{float(value):.{column.decimals}f}" if column.decimals is not None
                    else str(value))
            return text.replace(".", ",") if decimal_comma else text
        return _typed((int, float, Decimal), number)
    if kind == BOOL:
        yes, no = _YES_NO[lang]
        return _typed(bool, lambda value: yes if value else no)
    return _text


def _text(value: Any) -> str:
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _typed(types: type | tuple[type, ...], format_value: Callable[[Any], str], *,
           accept: Callable[[Any], bool] | None = None) -> Callable[[Any], str]:
    """`format_value` for values of `types` (a bool is not a number), `_text` for the rest."""
    def formatted(value: Any) -> str:
        if isinstance(value, types) and (type(value) is not bool or types is bool) \
                and (accept is None or accept(value)):
            return format_value(value)
        return _text(value)
    return formatted


def _memo(format_value: Callable[[Any], str]) -> Callable[[Any], str]:
    """`format_value` remembered per value, bounded (an export of many distinct values does
    not grow it without end)."""
    return lru_cache(maxsize=100_000)(format_value)


def parameter_text(value: Any, lang: str) -> str:
    """A parameter's value as text: ISO-8601 dates and instants (unambiguous), lists joined."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _YES_NO[lang][0 if value else 1]
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return duration_text(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(parameter_text(v, lang) for v in value)
    return str(value)
