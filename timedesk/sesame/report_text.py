"""The report's words in Spanish and English: headers, labels, parameters, incidences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timedesk.export import duration_text
from timedesk.sesame import report_rules
from timedesk.sesame.report_rules import (
    BREAK_ALONE,
    DELETED,
    EXCLUDE,
    INVALID,
    LONG,
    OPEN,
    OPEN_TODAY,
    OVERLAP,
    UNKNOWN_EMPLOYEE,
)

if TYPE_CHECKING:
    from timedesk.sesame.report import Report
    from timedesk.sesame.report_rows import Incidence

SHEETS = {"es": ("Reporte Fichajes", "Incidencias"), "en": ("Attendance report", "Incidences")}
REGULAR = {"es": "Registro normal", "en": "Regular entry"}
NO_GROUP = {"es": "Sin grupo", "en": "No group"}
TOTAL = "TOTAL"

_GROUPINGS = {"es": {"employee": "Por empleado", "group": "Por grupo (colección de tipos de "
                     "fichaje)", "activity": "Por actividad (tipo de fichaje)"},
              "en": {"employee": "By employee", "group": "By group (check-type collection)",
                     "activity": "By activity (check type)"}}
_POLICIES = {"es": {"absorb": "Absorber: el tiempo de pausa cuenta como trabajo",
                    "exclude": "Excluir: el tiempo de pausa no cuenta y se muestra en Pausas"},
             "en": {"absorb": "Absorb: break time counts as work",
                    "exclude": "Exclude: break time is not counted and shows under Breaks"}}
_NAMES = {
    "es": ("Periodo", "Agrupación", "Pausas", "Unión de registros", "Solapamientos",
           "Turnos que cruzan medianoche", "Zona horaria", "Fichajes abiertos",
           "Fichajes leídos", "Empleados", "Filas", "Tiempo total", "Pausas por tipo",
           "Incidencias"),
    "en": ("Period", "Grouping", "Breaks", "Record merging", "Overlaps",
           "Shifts across midnight", "Time zone", "Open entries", "Entries read", "Employees",
           "Rows", "Total time", "Breaks by kind", "Incidences"),
}
_OVERLAPS = {"es": "El tiempo en que se solapan fichajes de un empleado cuenta una vez; por "
                   "grupo o actividad va a la pausa, si la hay; si no, al fichaje con tipo de "
                   "fichaje antes que a uno sin tipo, y entre iguales al que empezó antes",
             "en": "Time when an employee's entries overlap is counted once; by group or "
                   "activity it goes to the break, if any; else to the entry with a check type "
                   "before one without, and between equals to the one that started first"}
_MERGE = {"es": "Bloques del mismo empleado y día que se solapan o están a {gap} s o menos "
                "forman una fila (el hueco no cuenta)",
          "en": "Blocks of one employee and day that overlap or are {gap} s or less apart make "
                "one row (the gap is not counted)"}
_MIDNIGHT = {"es": ("Se quedan en el día de entrada", "Se parten a medianoche (hora local)"),
             "en": ("Stay on their start day", "Split at local midnight")}
_ZONE = {"es": "Hora local de cada momento (entrada y salida), con el desfase horario que envió "
               "Sesame para ese momento (también en los cambios de hora); el día es la fecha "
               "local de la entrada",
         "en": "The local time of each moment (clock-in and clock-out), in the offset Sesame "
               "sent for that moment (daylight-saving changes included); the day is the local "
               "date of the clock-in"}
_OPEN = {"es": ("Cuentan 0", "Cuentan 0, salvo los de hoy ({today}), contados hasta {now}"),
         "en": ("Counted as 0", "Counted as 0, except today's ({today}), counted up to {now}")}

INCIDENCE_HEADERS = {
    "es": ("Tipo", "Empleado", "Nº ID", "ID Sesame", "Fecha", "Entrada", "Salida",
           "ID fichaje", "Detalle"),
    "en": ("Kind", "Employee", "ID number", "Sesame ID", "Date", "Clock-in", "Clock-out",
           "Entry ID", "Detail")}
_KINDS = {
    "es": {OPEN: ("Sin salida", "Cuenta 0"), OPEN_TODAY: ("Sin salida (hoy)",
           "Contado hasta ahora"), OVERLAP: ("Solapamiento", "Se solapa con el fichaje {other}"),
           LONG: ("Más de {hours} h", "Dura {length}"), DELETED: ("Borrado", "Omitido"),
           BREAK_ALONE: ("Pausa fuera del trabajo", "{name}: no toca ningún bloque de "
                         "trabajo; no cuenta"),
           INVALID: ("Salida antes de la entrada", "Omitido"),
           UNKNOWN_EMPLOYEE: ("Empleado desconocido", "No está en el catálogo de Sesame; se "
                              "muestra su id")},
    "en": {OPEN: ("No clock-out", "Counted as 0"), OPEN_TODAY: ("No clock-out (today)",
           "Counted up to now"), OVERLAP: ("Overlap", "Overlaps the entry {other}"),
           LONG: ("Over {hours} h", "Lasts {length}"), DELETED: ("Deleted", "Skipped"),
           BREAK_ALONE: ("Break outside work", "{name}: touches no work block; not counted"),
           INVALID: ("Clock-out before clock-in", "Skipped"),
           UNKNOWN_EMPLOYEE: ("Unknown employee", "Not in Sesame's employee list; shown by "
                              "its id")},
}


def label_text(labels: tuple[str | None, ...], missing: str) -> str:
    return ", ".join(missing if label is None else label for label in labels)


def incidence_texts(incidence: Incidence, lang: str) -> tuple[str, str]:
    """(kind, detail) of one incidence in `lang`."""
    kind, detail = _KINDS[lang][incidence.kind]
    kind = kind.format(hours=f"{report_rules.LONG_ENTRY.total_seconds() / 3600:g}")
    length = ""
    if incidence.start is not None and incidence.end is not None:
        length = duration_text(incidence.end - incidence.start)
    name = incidence.break_name or ("Pausa" if lang == "es" else "Break")
    return kind, detail.format(other=incidence.other_id or "", length=length, name=name)


def report_parameters(report: Report, lang: str) -> list[tuple[str, str]]:
    options = report.options
    open_text = _OPEN[lang][0]
    if options.today is not None:
        open_text = _OPEN[lang][1].format(
            today=options.today.isoformat(),
            now=report.now.isoformat(sep=" ", timespec="seconds"))
    values = (
        f"{options.date_from.isoformat()} – {options.date_to.isoformat()}",
        _GROUPINGS[lang][options.group_by], _POLICIES[lang][options.breaks],
        _MERGE[lang].format(gap=options.merge_gap_seconds), _OVERLAPS[lang],
        _MIDNIGHT[lang][1 if options.split_at_midnight else 0], _ZONE[lang], open_text,
        str(report.entries_count), str(report.employees_count), str(report.data_rows),
        duration_text(report.total_seconds),
        ", ".join(f"{name} {duration_text(seconds)}" for name, seconds in report.break_kinds)
        or "—", str(len(report.incidences)))
    return list(zip(_NAMES[lang], values, strict=False))


def column_headers(breaks: str) -> list[tuple[str, str]]:
    """(Spanish, English) headers of the report's columns."""
    headers = [("Empleado", "Employee"), ("Tipo ID", "ID type"), ("Nº ID", "ID number"),
               ("Fecha", "Date"), ("Actividad", "Activity"), ("Grupo", "Group"),
               ("Entrada", "Clock-in"), ("Salida", "Clock-out"),
               ("Tiempo Registrado", "Time recorded")]
    if breaks == EXCLUDE:
        headers.append(("Pausas", "Breaks"))
    return headers
