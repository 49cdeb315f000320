"""Demo data: users and employees for a small office, then each module's own demo loader.

Idempotent: running it twice changes nothing the second time (rows are looked up by their
natural key first). Demo passwords are public: never load the demo on a production database.
"""

from __future__ import annotations

from sqlalchemy import select

from timedesk.app import AppContext
from timedesk.auth import service as auth
from timedesk.auth.models import User
from timedesk.auth.permissions import Actor, Role
from timedesk.chat.demo import load_chat
from timedesk.clockify.demo import load_clockify
from timedesk.clockify.rest import SECRET_NAME as CLOCKIFY_API_KEY
from timedesk.errors import TimedeskError
from timedesk.office.demo import load_office
from timedesk.people import service as people
from timedesk.people.models import Employee
from timedesk.punches.demo import load_punches
from timedesk.sesame.errors import TOKEN_SECRET
from timedesk.tickets.demo import load_tickets
from timedesk.turns.demo import load_turns

DEMO_PASSWORD = "demo-pass-2026"
DEMO_USERS = [
    ("admin", "Ana Administradora", Role.ADMIN),
    ("gerente", "Marta Gerente", Role.MANAGER),
    ("recepcion", "Rosa Recepción", Role.RECEPTIONIST),
    ("mostrador1", "Diego Mostrador", Role.STAFF),
    ("tecnico", "Tomás Técnico", Role.TECHNICIAN),
    ("usuario", "Lucía Usuaria", Role.REQUESTER),
]
DEMO_PIN = "1234"  # every demo employee's kiosk PIN
DEMO_EMPLOYEES = [  # name, e-mail, badge code, department
    ("Marta Gerente", "marta.gerente@example.com", "E001", "Dirección"),
    ("Rosa Recepción", "rosa.recepcion@example.com", "E002", "Recepción"),
    ("Diego Mostrador", "diego.mostrador@example.com", "E003", "Atención al público"),
    ("Tomás Técnico", "tomas.tecnico@example.com", "E004", "Soporte técnico"),
    ("Lucía Usuaria", "lucia.usuaria@example.com", "E005", "Administración"),
    ("Jürgen Müller-Núñez", "jurgen.muller@example.com", "E006", "Soporte técnico"),
]

def load_people(ctx: AppContext, actor: Actor) -> list[str]:
    """Employees with a department, a badge code and the PIN DEMO_PIN, and the accounts, each
    the account of the employee of the same name (their "my punches")."""
    done: list[str] = []
    with ctx.db.session_factory() as session:
        existing_users = set(session.scalars(select(User.username)))
        existing_codes = set(session.scalars(select(Employee.code)))
    employee_ids: dict[str, int] = {}
    for name, email, code, department in DEMO_EMPLOYEES:
        if code not in existing_codes:
            employee_ids[name] = people.create_employee(ctx.db, ctx.bus, actor, name, email=email,
                                                        code=code, department=department,
                                                        pin=DEMO_PIN).id
            done.append(f"employee {name}")
    for username, display, role in DEMO_USERS:
        if username not in existing_users:
            user = auth.create_user(ctx.db, actor, username, DEMO_PASSWORD, role, display)
            if display in employee_ids:
                people.update_employee(ctx.db, ctx.bus, actor, employee_ids[display],
                                       user_id=user.id)
            done.append(f"user {username} ({role.value})")
    return done


def load_demo(ctx: AppContext, actor: Actor | None = None) -> list[str]:
    """Load every module's demo data; returns what was added (empty when already loaded)."""
    actor = actor or Actor.system("demo")
    added: list[str] = []
    for loader in (load_people, load_office, load_clockify, load_turns, load_punches,
                   load_tickets, load_chat):
        added.extend(loader(ctx, actor))
    return added


def use_demo_company(ctx: AppContext) -> bool:
    """Turn on `sesame.demo` (the recorded demo company, so that the Reports tab works) unless a
    Sesame token is stored or the setting was chosen already; True when it turned it on."""
    return _turn_on_unless_connected(ctx, "sesame.demo", TOKEN_SECRET)


def use_live_clockify_demo(ctx: AppContext) -> bool:
    """Turn on `clockify.demo_live` (the listener plays a live Clockify session, so that the
    Clockify tab shows one arriving) unless Clockify is connected (an API key is stored) or the
    setting was chosen already; True when it turned it on."""
    return _turn_on_unless_connected(ctx, "clockify.demo_live", CLOCKIFY_API_KEY)


def _turn_on_unless_connected(ctx: AppContext, setting: str, secret: str) -> bool:
    """Set the demo switch `setting` on unless it was chosen already or the real account's
    `secret` is stored; True when it turned it on."""
    if ctx.settings.source(setting) != "default":
        return False
    try:
        if ctx.secrets.get(secret):
            return False
    except TimedeskError:  # no secret store here: no secret either
        pass
    ctx.settings.set(setting, True)
    return True
