"""Tabular exports shared by every module: rows + a column spec -> XLSX or CSV, all or nothing.

- `Column(key, header_es, header_en, kind, width, decimals)`; kinds TEXT, DATE, DATETIME, TIME,
  DURATION, NUMBER, BOOL; `TotalRow(values)` marks a row of totals (bold in XLSX).
- `write_xlsx(path, columns, rows, *, lang, sheet, parameters, total, progress, cancel)`: the
  table on the first sheet, the parameters on the second.
- `write_csv(path, columns, rows, *, lang, delimiter, parameters, ...)`: the table only;
  parameters in the sidecar `parameters_path(path)`.
Both write a temporary file and rename it when complete; `cancel()` raises
timedesk.jobs.JobCancelled and leaves nothing behind; `progress(done, total)` reports rows.
Domain only: no Qt. Long exports run off the GUI thread (timedesk.jobs).
"""

from timedesk.export.columns import (
                                     BOOL,
                                     DATE,
                                     DATETIME,
                                     DURATION,
                                     KINDS,
                                     NUMBER,
                                     TEXT,
                                     TIME,
                                     Column,
                                     TotalRow,
                                     duration_text,
)
from timedesk.export.csvfile import DELIMITERS, parameters_path, write_csv
from timedesk.export.files import ExportFailed, atomic_output
from timedesk.export.xlsx import write_xlsx

__all__ = [
    "BOOL", "DATE", "DATETIME", "DELIMITERS", "DURATION", "KINDS", "NUMBER", "TEXT", "TIME",
    "Column", "ExportFailed", "TotalRow", "atomic_output", "duration_text", "parameters_path",
    "write_csv", "write_xlsx",
]
