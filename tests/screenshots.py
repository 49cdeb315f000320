"""Offscreen screenshots of every screen, in English and Spanish, to look at after a UI change.

    python -m tests.screenshots DIR     # writes DIR/en/*.png and DIR/es/*.png

Uses a throw-away TIMEDESK_HOME with SQLite; the listener and the event feed are stand-ins
that report fixed states, and one job is shown running so the status bar can be checked.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _fake_listener() -> SimpleNamespace:
    url = "http://127.0.0.1:8765"
    return SimpleNamespace(state="listening", url=url, error=None, public_url=url, host="127.0.0.1",
                           port=8765, on_state_change=[])


def _fake_feed() -> SimpleNamespace:
    return SimpleNamespace(state="connected")


def _settle(app, widget) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()


def _save(app, widget, path: Path) -> None:
    _settle(app, widget)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def _dialogs(app, ctx, out: Path) -> None:
    from timedesk.ui.auth.first_run_dialog import FirstRunDialog
    from timedesk.ui.auth.login_dialog import LoginDialog

    async def never(*_args):
        raise AssertionError("screenshots do not sign in")

    login = LoginDialog(never, ctx.db.description)
    login.username.setText("gerente")
    _save(app, login, out / "login_dialog.png")
    login.password.setText("x")
    login.ui.say(login.wrong_credentials_message())
    _save(app, login, out / "login_dialog_error.png")
    login.close()
    first = FirstRunDialog(never)
    _save(app, first, out / "first_run_dialog.png")
    first.password.setText("short")
    first.submit()
    _save(app, first, out / "first_run_dialog_error.png")
    first.close()


def _main_window(app, ctx, out: Path, actor, suffix: str = "") -> None:
    from timedesk.jobs import PROGRESS, Job, JobRunner
    from timedesk.ui.main_window import MainWindow
    from timedesk.ui.services import UiServices

    runner = JobRunner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    window = MainWindow(ctx, actor, services)
    if not suffix:
        job = Job("Sesame report", lambda progress: None)
        job.progress.update(42, 100, "March 2026")
        window.status.jobs.on_job_event(PROGRESS, job)
    _save(app, window, out / f"main_window{suffix}.png")
    for index, key in enumerate(window.tab_keys):
        window.tabs.setCurrentIndex(index)
        _save(app, window, out / f"tab_{key}{suffix}.png")
        window.resize(1100, 1500)  # the whole scrollable content, to check nothing is clipped
        _save(app, window, out / f"tab_{key}{suffix}_full.png")
        window.resize(1100, 720)
    window.close()
    runner.shutdown()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    target = Path(argv[0])
    os.environ["TIMEDESK_HOME"] = tempfile.mkdtemp(prefix="timedesk-screens-")
    from PySide6.QtWidgets import QApplication

    from timedesk.app import build_context
    from timedesk.auth.permissions import Actor, Role
    from timedesk.ui.application import create_application
    from timedesk.ui.appearance import apply_appearance
    from timedesk.ui.i18n import install_translators, remove_translators
    from timedesk.ui.qt_log import route_qt_messages

    app = create_application()
    route_qt_messages()
    apply_appearance(app)
    ctx = build_context()
    try:
        for language in ("en", "es"):
            translators = install_translators(app, language)
            out = target / language
            _dialogs(app, ctx, out)
            _main_window(app, ctx, out, Actor("user", "ana", Role.ADMIN, 1))
            _main_window(app, ctx, out, Actor("user", "rosa", Role.RECEPTIONIST, 2), "_readonly")
            remove_translators(app, translators)
    finally:
        ctx.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
