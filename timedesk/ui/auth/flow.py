"""Who is using the app: create the first administrator, or sign in. Awaited, never exec()."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from timedesk.auth import service as auth
from timedesk.auth.permissions import Actor
from timedesk.db.database import Database
from timedesk.jobs import Job
from timedesk.ui.async_tools import open_dialog
from timedesk.ui.auth.first_run_dialog import FirstRunDialog
from timedesk.ui.auth.login_dialog import LoginDialog
from timedesk.ui.tasks import default_runner

log = logging.getLogger(__name__)


def build_sign_in_dialog(db: Database, has_users: bool,
                         on_first_run: Callable[[Actor], object] | None = None
                         ) -> tuple[Any, Any]:
    """The dialog to show and the signal carrying its Actor; `on_first_run(actor)` once the
    first administrator is created (the set-up wizard is then owed)."""
    if not has_users:
        first_run = FirstRunDialog(functools.partial(auth.create_first_admin, db))
        if on_first_run is not None:
            first_run.adminCreated.connect(on_first_run)
        return first_run, first_run.adminCreated
    login = LoginDialog(functools.partial(auth.authenticate, db), db.description)
    return login, login.signedIn


async def sign_in(db: Database,
                  on_first_run: Callable[[Actor], object] | None = None) -> Actor | None:
    """The signed-in Actor, or None when the person closed the dialog (then the app quits)."""
    # off the GUI thread (the database may be slow to answer), on the process's runner: the main
    # window, and its services, do not exist yet
    has_users = await default_runner().run(Job("looking for accounts",
                                               lambda progress: auth.has_users(db)))
    dialog, signal = build_sign_in_dialog(db, has_users, on_first_run)
    try:
        result = open_dialog(dialog, signal)
        log.info("sign-in dialog shown (%s)", "login" if has_users else "first run")
        return await result
    finally:
        dialog.close()
        dialog.deleteLater()
