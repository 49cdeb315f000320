"""Named e-mail templates in Spanish and English, and `render()` that fills them.

Templates use `string.Template` (${name}): substitution is one pass, so a value that contains
"$" or "{" (a session description) is printed as given, never expanded again. A missing value
is an error rather than a mail showing "${project}"; None prints as a dash (no project).
"""

from __future__ import annotations

import html
import re
import string
from dataclasses import dataclass

from timedesk.errors import ValidationError
from timedesk.outputs import LANGUAGES

DEFAULT_LANGUAGE = "es"  # the office's language, used when a person's is unknown
EMPTY_VALUE = "—"
_SIGNATURE = {"es": "Mensaje automático de timedesk.", "en": "Automatic message from timedesk."}


@dataclass(frozen=True)
class RenderedMail:
    subject: str
    text: str
    html: str
    language: str


_SESSION_ES = ("Descripción: ${description}\nProyecto: ${project}\n"
               "Inicio: ${start}\nFin: ${end}\nDuración: ${duration}")
_SESSION_EN = ("Description: ${description}\nProject: ${project}\n"
               "Start: ${start}\nEnd: ${end}\nDuration: ${duration}")

# name -> language -> (subject, body)
TEMPLATES: dict[str, dict[str, tuple[str, str]]] = {
    "session_started": {
        "es": ("Sesión iniciada: ${description}",
               "Hola ${user}:\n\nSe ha iniciado una sesión de trabajo.\n\n"
               "Descripción: ${description}\nProyecto: ${project}\nInicio: ${start}"),
        "en": ("Session started: ${description}",
               "Hello ${user},\n\nA work session has started.\n\n"
               "Description: ${description}\nProject: ${project}\nStart: ${start}"),
    },
    "session_stopped": {
        "es": ("Sesión finalizada: ${description} (${duration})",
               "Hola ${user}:\n\nHa finalizado una sesión de trabajo.\n\n" + _SESSION_ES),
        "en": ("Session stopped: ${description} (${duration})",
               "Hello ${user},\n\nA work session has stopped.\n\n" + _SESSION_EN),
    },
    "session_created_manually": {
        "es": ("Sesión creada manualmente: ${description}",
               "Hola ${user}:\n\nSe ha creado manualmente una sesión de trabajo; queda pendiente "
               "de revisión.\n\n" + _SESSION_ES),
        "en": ("Session created manually: ${description}",
               "Hello ${user},\n\nA work session was created manually; it awaits review.\n\n"
               + _SESSION_EN),
    },
    "session_edited": {
        "es": ("Sesión modificada: ${description}",
               "Hola ${user}:\n\nSe ha modificado una sesión de trabajo.\n\n"
               "Cambios: ${changes}\n\n"
               + _SESSION_ES),
        "en": ("Session edited: ${description}",
               "Hello ${user},\n\nA work session was edited.\n\nChanges: ${changes}\n\n"
               + _SESSION_EN),
    },
    "session_under_review": {
        "es": ("Revisión necesaria: sesión de ${user}",
               "Coordinación:\n\nUna sesión de ${user} necesita revisión.\n\n"
               "Motivo: ${reason}\n\n"
               + _SESSION_ES + "\n\nApruébela o recházela en timedesk."),
        "en": ("Review needed: session of ${user}",
               "Coordination,\n\nA session of ${user} needs review.\n\nReason: ${reason}\n\n"
               + _SESSION_EN + "\n\nApprove or reject it in timedesk."),
    },
    "session_decided": {
        "es": ("Sesión ${decision}: ${description}",
               "Hola ${user}:\n\nCoordinación ha revisado una sesión de trabajo: "
               "${decision}.\n\nNota: ${note}\n\n" + _SESSION_ES),
        "en": ("Session ${decision}: ${description}",
               "Hello ${user},\n\nCoordination reviewed a work session: ${decision}.\n\n"
               "Note: ${note}\n\n" + _SESSION_EN),
    },
    "session_deleted": {
        "es": ("Sesión eliminada: ${description}",
               "Hola ${user}:\n\nSe ha eliminado una sesión de trabajo.\n\n" + _SESSION_ES),
        "en": ("Session deleted: ${description}",
               "Hello ${user},\n\nA work session was deleted.\n\n" + _SESSION_EN),
    },
    "overtime": {
        "es": ("Horas extra: ${user}, ${duration}",
               "Hola ${user}:\n\nUna sesión de trabajo supera el límite de ${threshold}.\n\n"
               "Descripción: ${description}\nProyecto: ${project}\nInicio: ${start}\n"
               "Duración: ${duration}"),
        "en": ("Overtime: ${user}, ${duration}",
               "Hello ${user},\n\nA work session is longer than the limit of ${threshold}.\n\n"
               "Description: ${description}\nProject: ${project}\nStart: ${start}\n"
               "Duration: ${duration}"),
    },
    "report_attached": {
        "es": ("${report}: ${period}",
               "Hola:\n\nAdjuntamos el ${report} del periodo ${period} (${file_name})."),
        "en": ("${report}: ${period}",
               "Hello,\n\nAttached is the ${report} for ${period} (${file_name})."),
    },
    # -- the help desk (timedesk.tickets.notify); mailed as plain text only ----------------
    "ticket_new": {
        "es": ("Nuevo ticket #${id}: ${subject}",
               "Hola:\n\n${requester} ha abierto el ticket #${id} (prioridad ${priority}, "
               "categoría ${category}).\n\nAsunto: ${subject}\n\n${description}"),
        "en": ("New ticket #${id}: ${subject}",
               "Hello,\n\n${requester} opened ticket #${id} (priority ${priority}, "
               "category ${category}).\n\nSubject: ${subject}\n\n${description}"),
    },
    "ticket_assigned": {
        "es": ("Ticket #${id} asignado: ${subject}",
               "Hola ${assignee}:\n\n${actor} le ha asignado el ticket #${id} de ${requester} "
               "(prioridad ${priority}).\n\nAsunto: ${subject}"),
        "en": ("Ticket #${id} assigned: ${subject}",
               "Hello ${assignee},\n\n${actor} assigned you ticket #${id} from ${requester} "
               "(priority ${priority}).\n\nSubject: ${subject}"),
    },
    "ticket_comment": {
        "es": ("Ticket #${id}: nuevo comentario de ${author}",
               "Hola:\n\n${author} ha comentado el ticket #${id} (${subject}):\n\n${body}"),
        "en": ("Ticket #${id}: new comment from ${author}",
               "Hello,\n\n${author} commented on ticket #${id} (${subject}):\n\n${body}"),
    },
    "ticket_resolved": {
        "es": ("Ticket #${id} resuelto: ${subject}",
               "Hola ${requester}:\n\n${actor} ha resuelto su ticket #${id}.\n\n"
               "Asunto: ${subject}\n\nSi el problema sigue, reábralo en timedesk; si no, se "
               "cerrará solo en ${days} días."),
        "en": ("Ticket #${id} resolved: ${subject}",
               "Hello ${requester},\n\n${actor} resolved your ticket #${id}.\n\n"
               "Subject: ${subject}\n\nIf the problem persists, reopen it in timedesk; "
               "otherwise it closes by itself in ${days} days."),
    },
    "ticket_breached": {
        "es": ("SLA incumplido: ticket #${id}, ${subject}",
               "Coordinación:\n\nEl ticket #${id} de ${requester} (prioridad ${priority}, "
               "asignado a ${assignee}) ha incumplido: ${breached}.\n\nAsunto: ${subject}\n"
               "Primera respuesta antes de: ${first_response_due}\n"
               "Resolución antes de: ${resolution_due}"),
        "en": ("SLA breached: ticket #${id}, ${subject}",
               "Coordination,\n\nTicket #${id} from ${requester} (priority ${priority}, "
               "assigned to ${assignee}) has breached: ${breached}.\n\nSubject: ${subject}\n"
               "First response due: ${first_response_due}\n"
               "Resolution due: ${resolution_due}"),
    },
    "test_email": {
        "es": ("Prueba de correo de timedesk",
               "Este es un correo de prueba enviado por timedesk a través de ${server} "
               "el ${sent_at}.\n\nSi lo recibe, la configuración SMTP funciona."),
        "en": ("timedesk test e-mail",
               "This is a test e-mail sent by timedesk through ${server} on ${sent_at}.\n\n"
               "If you received it, the SMTP settings work."),
    },
}


def language_of(lang: str | None) -> str:
    """'es' or 'en' from a language tag such as 'es-ES' or 'en_GB'; the office's otherwise."""
    base = re.split(r"[-_]", (lang or "").strip().lower(), maxsplit=1)[0]
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


def placeholders(name: str) -> set[str]:
    """The values `render(name, ...)` needs (the same in every language)."""
    found: set[str] = set()
    for subject, body in _template(name).values():
        for text in (subject, body):
            found |= {m.group("named") or m.group("braced")
                      for m in string.Template.pattern.finditer(text)
                      if m.group("named") or m.group("braced")}
    return found


def render(name: str, lang: str | None, **values: object) -> RenderedMail:
    """Fill template `name` in `lang` (falls back to Spanish). Every placeholder must be given."""
    missing = sorted(placeholders(name) - set(values))
    if missing:
        raise ValidationError("mail template '{name}' needs a value for: {missing}.",
                              "Pass every placeholder; use None for an unknown value.",
                              name=name, missing=', '.join(missing))
    language = language_of(lang)
    subject, body = _template(name)[language]
    text_values = {k: EMPTY_VALUE if v is None else str(v) for k, v in values.items()}
    # a line break in a header value would end the header: the subject gets one line
    subject_values = {k: " ".join(v.split()) for k, v in text_values.items()}
    html_values = {k: html.escape(v) for k, v in text_values.items()}
    signature = _SIGNATURE[language]
    text = string.Template(body).substitute(text_values) + f"\n\n-- \n{signature}\n"
    html_body = string.Template(html.escape(body, quote=False)).substitute(html_values)
    paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in html_body.split("\n\n"))
    page = (f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"></head>'
            f'<body style="font-family: sans-serif">{paragraphs}'
            f'<p style="color: #777; font-size: small">{html.escape(signature)}</p></body></html>')
    return RenderedMail(string.Template(subject).substitute(subject_values)[:500], text, page,
                        language)


def _template(name: str) -> dict[str, tuple[str, str]]:
    try:
        return TEMPLATES[name]
    except KeyError:
        raise ValidationError("there is no mail template '{name}'.",
                              "Known templates: {templates}.",
                              name=name, templates=', '.join(sorted(TEMPLATES))) from None
