"""CSV: UTF-8 with a BOM (so Excel reads the accents), `;` or `,` between fields, CRLF lines.

A CSV file stays one plain table (the header, then every row with exactly as many fields, totals
included) so that any program imports it. Its parameters go to a sidecar file next to it,
`<name>.parameters.csv`, a two-column table in the same dialect. With `;` numbers get a decimal
comma (the convention of the locales that use `;`); with `,` a decimal point. Text that Excel
would run as a formula (=, +, -, @) is prefixed with a quote.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from timedesk.errors import ValidationError
from timedesk.export.columns import (
    Column,
    TotalRow,
    check_language,
    csv_formatter,
    parameter_text,
    row_values,
)
from timedesk.export.files import (
    CancelCheck,
    ProgressCallback,
    atomic_output,
    counted,
    parameter_rows,
)

DELIMITERS = (";", ",")
ENCODING = "utf-8-sig"  # writes the BOM
_PARAMETER_HEADERS = {"es": ("Parámetro", "Valor"), "en": ("Parameter", "Value")}


def parameters_path(path: Path) -> Path:
    """Where the parameters of the CSV file `path` are written."""
    path = Path(path)
    return path.with_name(f"{path.stem}.parameters{path.suffix or '.csv'}")


def write_csv(path: Path, columns: Sequence[Column],
              rows: Iterable[Mapping[str, Any] | Sequence[Any] | TotalRow], *,
              lang: str = "es", delimiter: str = ",",
              parameters: Mapping[str, Any] | None = None, total: int | None = None,
              progress: ProgressCallback | None = None,
              cancel: CancelCheck | None = None) -> Path:
    """Write `rows` to `path` and the parameters to `parameters_path(path)`, all or nothing
    (see write_xlsx for progress and cancel)."""
    check_language(lang)
    if delimiter not in DELIMITERS:
        raise ValidationError("'{delimiter}' cannot separate CSV fields.",
                              "Use ';' or ','.", delimiter=delimiter)
    path = Path(path)
    decimal_comma = delimiter == ";"
    with atomic_output(path) as table_file, \
            atomic_output(parameters_path(path)) as parameters_file:
        with open(table_file, "w", encoding=ENCODING, newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow([column.header(lang) for column in columns])
            formats = [csv_formatter(column, lang=lang, decimal_comma=decimal_comma)
                       for column in columns]
            for row in counted(rows, total=total, progress=progress, cancel=cancel):
                values = row_values(columns, row.values if isinstance(row, TotalRow) else row)
                writer.writerow([text(value) for text, value in zip(formats, values, strict=False)])
        with open(parameters_file, "w", encoding=ENCODING, newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow(_PARAMETER_HEADERS[lang])
            for label, value in parameter_rows(parameters, lang):
                writer.writerow([str(label), parameter_text(value, lang)])
    return path
