"""Accounts: create, log in (with lockout), change passwords, disable; API tokens.

Rules that are not obvious:
- 5 failed sign-ins in a row lock that user name at that place (a PC's window, a PC's kiosk)
  for 5 minutes (timedesk.auth.lockout); unknown names lock the same way. The lock is stored in
  the database, so restarting the app does not lift it; `users.locked_until` keeps the latest
  lock for the administrator's list.
- A wrong username and a wrong password give the same message and take the same time.
- API tokens are shown once; only a SHA-256 of their secret part is stored, compared in
  constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from timedesk.audit.service import record
from timedesk.auth import lockout
from timedesk.auth.lockout import LOCKOUT, MAX_FAILED_LOGINS  # noqa: F401 (part of this API)
from timedesk.auth.models import ApiToken, User
from timedesk.auth.passwords import (
    MIN_LENGTH,
    dummy_hash,
    hash_password,
    needs_rehash,
    verify_password,
)
from timedesk.auth.permissions import Actor, Permission, Role, parse_role, require
from timedesk.auth.token_use import note_token_use
from timedesk.db.base import utcnow
from timedesk.db.database import Database
from timedesk.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from timedesk.outputs import LANGUAGES

TOKEN_PREFIX = "tdk"
_USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,79}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    language: str | None = None  # their own interface language; None: the PC's

    @classmethod
    def of(cls, user: User) -> UserInfo:
        return cls(user.id, user.username, user.display_name, Role(user.role), user.active,
                   user.locked_until, user.last_login_at, user.language)


def normalize_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not _USERNAME_RE.match(name):
        raise ValidationError("'{username}' is not a valid user name.",
                              "Use 1-80 letters, digits, dots, dashes, @ or underscores.",
                              username=username)
    return name


def check_password_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError("the password is too short (at least {min_length} characters).",
                              "Choose a longer password.", min_length=MIN_LENGTH)


def _user_by_name(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == normalize_username(username)))
    if user is None:
        raise NotFound("there is no user '{username}'.",
                       "Check the name with `timedesk user list`.",
                       username=username)
    return user


def _snapshot(user: User) -> dict[str, Any]:
    return {"username": user.username, "display_name": user.display_name, "role": user.role,
            "active": user.active}


def has_users(db: Database) -> bool:
    with db.session_factory() as session:
        return bool(session.scalar(select(func.count(User.id))))


def create_user(db: Database, actor: Actor, username: str, password: str, role: Role | str,
                display_name: str = "") -> UserInfo:
    """Create a login account (needs users.manage)."""
    require(actor, Permission.USERS_MANAGE)
    name = normalize_username(username)
    role = role if isinstance(role, Role) else parse_role(role)
    check_password_strength(password)
    with db.unit_of_work() as session:
        if session.scalar(select(User.id).where(User.username == name)) is not None:
            raise Conflict("user '{name}' already exists.", "Choose another name.", name=name)
        user = User(username=name, display_name=display_name.strip() or name, role=role.value,
                    password_hash=hash_password(password), active=True, failed_logins=0,
                    created_at=utcnow(), updated_at=utcnow())
        session.add(user)
        session.flush()
        record(session, actor, "user.created", "user", user.id, after=_snapshot(user))
        return UserInfo.of(user)


def create_first_admin(db: Database, username: str, password: str) -> Actor:
    """The first account of a new database; refused once any user exists."""
    if has_users(db):
        raise Conflict("an administrator already exists.", "Log in with that account instead.")
    info = create_user(db, Actor.system("first-run"), username, password, Role.ADMIN)
    return Actor("user", info.username, info.role, info.id)


def authenticate(db: Database, username: str, password: str,
                 source: str | None = None) -> Actor:
    """Check a user name and password from `source` (default: this PC's sign-in window).
    Five failures in a row lock the name at that source for five minutes (timedesk.auth.lockout);
    unknown names, wrong passwords and locked names all cost one KDF run."""
    failed = AuthenticationFailed("wrong user name or password.",
                                  "Check both and try again; signing in locks for a few minutes "
                                  "after {max_failed_logins} failed attempts.",
                                  max_failed_logins=MAX_FAILED_LOGINS)
    try:
        name = normalize_username(username)
    except ValidationError:
        verify_password(password, dummy_hash())
        raise failed from None
    source = (source or lockout.this_pc())[:120]
    now = utcnow()
    with db.session_factory() as session:
        user = session.scalar(select(User).where(User.username == name))
        locked_until = lockout.lock_of(session, name, source, now)
        stored = user.password_hash if user is not None and user.active else None
    # The KDF runs in every case (also when locked), outside any transaction.
    correct = verify_password(password, stored or dummy_hash()) and stored is not None
    if locked_until is not None:
        raise lockout.locked_error(locked_until, now)
    if not correct:
        raise _count_failure(db, user, name, source, now) or failed
    assert user is not None and stored is not None  # a correct password is an active user's
    with db.unit_of_work() as session:
        lockout.clear(session, name, source)
        values = {"last_login_at": now, "failed_logins": 0}
        if needs_rehash(stored):
            values["password_hash"] = hash_password(password)
        session.execute(update(User).where(User.id == user.id).values(**values))
        return Actor("user", user.username, Role(user.role), user.id)


def _count_failure(db: Database, user: User | None, name: str, source: str,
                   now: datetime) -> AccountLocked | None:
    """Count a failed sign-in; the AccountLocked it starts, if it does."""
    with db.unit_of_work() as session:
        until = lockout.count_failure(session, name, source, now)
        if until is None:
            return None
        if user is not None:
            session.execute(update(User).where(User.id == user.id).values(locked_until=until))
            record(session, Actor.system("login"), "user.locked", "user", user.id,
                   after={"locked_until": until.isoformat(), "source": source})
        return lockout.locked_error(until, now)


def change_password(db: Database, actor: Actor, username: str, new_password: str) -> None:
    """Set a new password (users may change their own; users.manage may change anyone's).
    Also lifts a lockout."""
    name = normalize_username(username)
    if not (actor.kind == "user" and actor.name == name):
        require(actor, Permission.USERS_MANAGE)
    check_password_strength(new_password)
    with db.unit_of_work() as session:
        user = _user_by_name(session, name)
        user.password_hash = hash_password(new_password)
        user.failed_logins = 0
        user.locked_until = None
        lockout.clear(session, name)
        record(session, actor, "user.password_changed", "user", user.id)


def _keep_an_admin(session: Session, user: User, change: str) -> None:
    """Refuse `change` (disabling, another role) of `user` when it is the last active
    administrator: nobody could manage accounts afterwards. The active administrators are
    locked first (PostgreSQL), so two such changes at once cannot both pass."""
    if user.role != Role.ADMIN.value or not user.active:
        return
    admins = session.scalars(select(User.id).where(
        User.role == Role.ADMIN.value, User.active.is_(True)).with_for_update()).all()
    if len(admins) <= 1:
        raise Conflict("'{username}' is the last active administrator: {change} would "
                       "leave nobody who can manage users.",
                       "Make another user an administrator first.",
                       username=user.username, change=change)


def set_active(db: Database, actor: Actor, username: str, active: bool) -> UserInfo:
    """Disable (or enable again) an account; the last active administrator stays enabled."""
    require(actor, Permission.USERS_MANAGE)
    with db.unit_of_work() as session:
        user = _user_by_name(session, username)
        if not active:
            _keep_an_admin(session, user, "disabling it")
        before = _snapshot(user)
        user.active = active
        record(session, actor, "user.enabled" if active else "user.disabled", "user", user.id,
               before=before, after=_snapshot(user))
        return UserInfo.of(user)


def update_user(db: Database, actor: Actor, username: str, *, role: Role | str | None = None,
                display_name: str | None = None) -> UserInfo:
    """Change an account's role and/or display name (needs users.manage); the last active
    administrator keeps its role. An empty display name falls back to the user name."""
    require(actor, Permission.USERS_MANAGE)
    new_role = None if role is None else role if isinstance(role, Role) else parse_role(role)
    if display_name is not None and len(display_name.strip()) > 200:
        raise ValidationError("the display name is longer than 200 characters.",
                              "Shorten it.")
    with db.unit_of_work() as session:
        user = _user_by_name(session, username)
        before = _snapshot(user)
        if new_role is not None and new_role.value != user.role:
            _keep_an_admin(session, user, f"making it {new_role.value}")
            user.role = new_role.value
        if display_name is not None:
            user.display_name = display_name.strip() or user.username
        after = _snapshot(user)
        if after != before:
            user.updated_at = utcnow()
            record(session, actor, "user.updated", "user", user.id, before=before, after=after)
        return UserInfo.of(user)


def set_language(db: Database, actor: Actor, username: str, language: str | None) -> UserInfo:
    """Set the interface language of `username` (es, en; None or "default": the PC's
    ui.language, else the system's). Anyone may choose their own, whatever their role;
    users.manage may change anyone's."""
    name = normalize_username(username)
    if not (actor.kind == "user" and actor.name == name):
        require(actor, Permission.USERS_MANAGE)
    wanted = (language or "").strip().lower()
    if wanted not in (*LANGUAGES, "", "default"):
        raise ValidationError("unknown language '{language}'.",
                              "Use one of: {choices} (default: this computer's language).",
                              language=language, choices=", ".join((*LANGUAGES, "default")))
    new = wanted if wanted in LANGUAGES else None
    with db.unit_of_work() as session:
        user = _user_by_name(session, name)
        if user.language != new:
            before = {"language": user.language}
            user.language = new
            record(session, actor, "user.language_changed", "user", user.id, before=before,
                   after={"language": new})
        return UserInfo.of(user)


def own_account(db: Database, actor: Actor) -> UserInfo:
    """The account `actor` signed in as (a token acting as a user counts as that user)."""
    if actor.kind != "user":
        raise PermissionDenied("'{name}' is not a person's account: it has no preferences.",
                               "Use a token that acts as a user (`timedesk api-token create "
                               "--user NAME`).", name=actor.name)
    with db.session_factory() as session:
        return UserInfo.of(_user_by_name(session, actor.name))


def user_language(db: Database, user_id: int) -> str | None:
    """The interface language a user chose (es, en), or None when they follow the PC's."""
    with db.session_factory() as session:
        return session.scalar(select(User.language).where(User.id == user_id))


def unlock(db: Database, actor: Actor, username: str) -> UserInfo:
    """Lift a sign-in lockout of `username` on every PC and kiosk (needs users.manage); the
    password stays as it is."""
    require(actor, Permission.USERS_MANAGE)
    with db.unit_of_work() as session:
        user = _user_by_name(session, username)
        locked_until = user.locked_until
        lockout.clear(session, user.username)
        user.failed_logins = 0
        user.locked_until = None
        record(session, actor, "user.unlocked", "user", user.id,
               before={"locked_until": locked_until.isoformat() if locked_until else None})
        return UserInfo.of(user)


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    require(actor, Permission.USERS_MANAGE)
    with db.session_factory() as session:
        return [UserInfo.of(u) for u in session.scalars(select(User).order_by(User.username))]


# ---- API tokens --------------------------------------------------------------------------
def _token_hash(secret_part: str) -> str:
    return hashlib.sha256(secret_part.encode("utf-8")).hexdigest()


def end_of_day(day: date) -> datetime:
    """The expiry of a token that works through `day` (UTC): midnight after it."""
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC)


def create_api_token(db: Database, actor: Actor, name: str, role: Role | str | None = None,
                     expires_at: datetime | None = None, *, user: str | None = None) -> str:
    """Create a bearer token for the HTTP API; the returned text is the only copy.
    Either a `role` (the token acts as itself) or a `user` (it acts as that user, with the
    user's role at each request). `expires_at` (UTC, in the future) ends it by itself; None:
    until revoked."""
    require(actor, Permission.API_TOKENS_MANAGE)
    if (role is None) == (user is None):
        raise ValidationError("a token needs either a role or a user, not both.",
                              "Give --user USERNAME (it acts as that user) or --role ROLE.")
    parsed_role = None if role is None else role if isinstance(role, Role) else parse_role(role)
    name = name.strip()
    if not name or len(name) > 80:
        raise ValidationError("a token needs a name of 1-80 characters.",
                              "Name it after what uses it, e.g. 'lobby-kiosk'.")
    if expires_at is not None and expires_at <= utcnow():
        raise ValidationError("the expiry {expires_at:%Y-%m-%d %H:%M} UTC is in the past.",
                              "Choose a day after today.", expires_at=expires_at)
    prefix = secrets.token_hex(4)
    secret_part = secrets.token_urlsafe(32)
    with db.unit_of_work() as session:
        owner = None if user is None else _user_by_name(session, user)
        if owner is not None and not owner.active:
            raise Conflict("the user '{username}' is disabled.",
                           "Enable it first (`timedesk user enable {username}`).",
                           username=owner.username)
        if session.scalar(select(ApiToken.id).where(ApiToken.name == name)) is not None:
            raise Conflict("a token named '{name}' already exists.", "Choose another name.",
                           name=name)
        role_value = owner.role if owner is not None else str(parsed_role)
        token = ApiToken(name=name, role=role_value, prefix=prefix, expires_at=expires_at,
                         user_id=owner.id if owner is not None else None,
                         token_hash=_token_hash(secret_part), created_at=utcnow())
        session.add(token)
        session.flush()
        record(session, actor, "api_token.created", "api_token", token.id,
               after={"name": name, "role": role_value, "prefix": prefix,
                      "user": owner.username if owner is not None else None,
                      "expires_at": expires_at.isoformat() if expires_at else None})
    return f"{TOKEN_PREFIX}_{prefix}_{secret_part}"


def verify_api_token(db: Database, token: str) -> Actor:
    """The actor a bearer token stands for; AuthenticationFailed when unknown, revoked or
    expired, or when the user it acts as is disabled. A token of a user is that user with
    their current role: Actor("user", username, role, user id). Its last use is written at
    most once a minute (see note_token_use)."""
    failed = AuthenticationFailed("the API token is missing, unknown or revoked.",
                                  "Create one with `timedesk api-token create`.")
    parts = (token or "").strip().split("_", 2)
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
        raise failed
    _, prefix, secret_part = parts
    with db.session_factory() as session:
        row = session.scalar(select(ApiToken).where(ApiToken.prefix == prefix))
        if row is None or row.revoked_at is not None:
            hmac.compare_digest(_token_hash(secret_part), "0" * 64)
            raise failed
        if not hmac.compare_digest(_token_hash(secret_part), row.token_hash):
            raise failed
        now = utcnow()
        if row.expires_at is not None and row.expires_at <= now:
            raise AuthenticationFailed("token expired — create a new one.",
                                       "`timedesk api-token create` (an administrator).")
        actor = Actor("token", row.name, Role(row.role), row.id)
        if row.user_id is not None:
            actor = _token_user(session, row.user_id)
        token_id, last_used = row.id, row.last_used_at
    note_token_use(db, token_id, last_used, now)
    return actor


def _token_user(session: Session, user_id: int) -> Actor:
    owner = session.get(User, user_id)
    if owner is None or not owner.active:
        name = owner.username if owner is not None else f"#{user_id}"
        raise AuthenticationFailed("the user '{name}' this token acts as is disabled.",
                                   "An administrator enables the account again "
                                   "(`timedesk user enable`).", name=name)
    return Actor("user", owner.username, Role(owner.role), owner.id)


def revoke_api_token(db: Database, actor: Actor, name: str) -> None:
    require(actor, Permission.API_TOKENS_MANAGE)
    with db.unit_of_work() as session:
        row = session.scalar(select(ApiToken).where(ApiToken.name == name))
        if row is None or row.revoked_at is not None:
            raise NotFound("there is no active token named '{name}'.",
                           "See `timedesk api-token list`.", name=name)
        row.revoked_at = utcnow()
        record(session, actor, "api_token.revoked", "api_token", row.id, after={"name": name})


def list_api_tokens(db: Database, actor: Actor) -> list[dict[str, Any]]:
    """Every token (never its secret): role, the user it acts as (None: itself), state, when
    created, last used and expiring. A user's token shows the user's current role."""
    require(actor, Permission.API_TOKENS_MANAGE)
    now = utcnow()
    with db.session_factory() as session:
        rows = session.execute(select(ApiToken, User).outerjoin(User, ApiToken.user_id == User.id)
                               .order_by(ApiToken.name))
        return [{"name": t.name, "role": u.role if u is not None else t.role,
                 "user": u.username if u is not None else None,
                 "prefix": t.prefix, "created_at": t.created_at,
                 "revoked": t.revoked_at is not None, "expires_at": t.expires_at,
                 "expired": t.expires_at is not None and t.expires_at <= now,
                 "last_used_at": t.last_used_at}
                for t, u in rows]
