"""Offscreen screenshots of every screen, in English and Spanish, to look at after a UI change.

    python -m tests.screenshots DIR     # writes DIR/en/*.png and DIR/es/*.png
    python -m tests.screenshots DIR es  # one language (each runs in a process of its own)
    python -m tests.screenshots DIR --theme dark  # every screen in a theme: DIR/en-dark/ ...

Uses a throw-away TIMEDESK_HOME with SQLite; the listener and the event feed are stand-ins
that report fixed states, and one job is shown running so the status bar can be checked.
A second throw-away home holds the demo office (timedesk.demo) with six services and a long
lobby message (tests/lobby_support.six_services_demo, as the fit tests have it): its screens
are the demo_*.png, the main window at 1280x680 for each kind of account (every tab and page),
the kiosk, a Clockify session's detail, reception at 1024 wide and the lobby display at 720p
and 1080p. Every text that a saved screen shows clipped (tests/qt_clipping.py) is printed, and
the run then exits 1.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from datetime import UTC
from functools import partial
from pathlib import Path
from types import SimpleNamespace

os.environ["QT_QPA_PLATFORM"] = "offscreen"
TESTS = str(Path(__file__).resolve().parent)  # qt_clipping, lobby_support (as pytest has them)
if TESTS not in sys.path:
    sys.path.insert(0, TESTS)
THEME = "light"  # of the whole run (--theme); screens shown in another theme come back to it


def _job_runner():
    """A job runner whose listeners (the status bar's jobs) hear on the GUI thread, as in the
    app; without a dispatcher they would touch widgets from the worker threads."""
    from timedesk.jobs import JobRunner
    from timedesk.ui.tasks import gui_dispatcher

    return JobRunner(dispatcher=gui_dispatcher())


def _fake_listener() -> SimpleNamespace:
    url = "http://127.0.0.1:8765"
    return SimpleNamespace(state="listening", url=url, error=None, public_url=url, host="127.0.0.1",
                           port=8765, on_state_change=[])


def _fake_feed() -> SimpleNamespace:
    return SimpleNamespace(state="connected")


def _settle(app, widget, seconds: float = 10.0) -> None:
    """Show `widget` and process events until its background calls have handed over their
    results (timedesk.ui.tasks: they come back through the event loop)."""
    from timedesk.ui.tasks import BackgroundTask

    _settle_for(app, widget, lambda: not any(
        not task.finished for task in widget.findChildren(BackgroundTask)), seconds)
    for _ in range(5):
        app.processEvents()


WINDOW = (1280, 680)  # the client area every page must work in (a 1366x768 laptop's)
CLIPPED: list[str] = []  # what the saved screens show cut (main() exits 1 when any)
ENGLISH: list[str] = []  # what the saved Spanish screens show in English (exits 1 too)


def _save(app, widget, path: Path) -> None:
    from PySide6.QtWidgets import QTableView
    from qt_clipping import clipped_cells, clipped_texts

    _settle(app, widget)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)
    if "_full" not in path.name:  # the tall renders are for looking at, not a real window
        found = clipped_texts(widget) + [  # tables whose every cell must read whole
            line for table in widget.findChildren(QTableView, "dashboardTable")
            if table.isVisibleTo(widget) for line in clipped_cells(table)]
        CLIPPED.extend(f"{path}: {line}" for line in found)
        for line in found:
            print(f"    clipped: {line}", file=sys.stderr)
    if path.parent.name == "es":
        from qt_untranslated import untranslated_texts

        english = untranslated_texts(widget)
        ENGLISH.extend(f"{path}: {line}" for line in english)
        for line in english:
            print(f"    English: {line}", file=sys.stderr)


def _dispose(app, widget) -> None:
    """Close and delete `widget` now: a closed window left alive keeps its timers (the chat's
    heartbeat) calling the database until the end of the run."""
    from PySide6.QtCore import QEvent

    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _dialogs(app, ctx, out: Path) -> None:
    from timedesk.ui.auth.first_run_dialog import FirstRunDialog
    from timedesk.ui.auth.login_dialog import LoginDialog

    def never(*_args):
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


def _main_window(app, ctx, out: Path, actor, suffix: str = "", prefix: str = "",
                 full: bool = True) -> None:
    """The window at 1280x680 with each tab and page in front (and, when `full`, 1500 px tall
    to see all that scrolls); the admin's with a job running in the status bar."""
    from PySide6.QtCore import QCoreApplication
    from qt_clipping import each_page

    from timedesk.jobs import PROGRESS, Job
    from timedesk.ui.main_window import MainWindow
    from timedesk.ui.services import UiServices

    runner = _job_runner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    window = MainWindow(ctx, actor, services)
    window.resize(*WINDOW)
    if not suffix and not prefix:
        job = Job(QCoreApplication.translate("ReportsTab", "Sesame report"),  # as the tab names it
                  lambda progress: None)
        job.progress.update(42, 100, "03/2026")
        window.status.jobs.on_job_event(PROGRESS, job)
    _save(app, window, out / f"{prefix}main_window{suffix}.png")
    for key in each_page(window):
        _save(app, window, out / f"{prefix}tab_{key}{suffix}.png")
        if full:
            window.resize(WINDOW[0], 1500)  # the whole scrollable content, to look at
            _save(app, window, out / f"{prefix}tab_{key}{suffix}_full.png")
            window.resize(*WINDOW)
    dialog = window.show_settings()  # File > Settings, each of its pages
    for page in dialog.pages:
        dialog.show_page(page.key)
        _save(app, dialog, out / f"{prefix}settings_{page.key}{suffix}.png")
    dialog.close()
    _dispose(app, window)
    runner.shutdown()


def _dark(app, ctx, out: Path) -> None:
    """The main window and each of its tabs in the dark theme: chosen (ui.theme dark), and
    followed (ui.theme system) when the system's colour scheme turns dark."""
    from PySide6.QtCore import Qt

    from timedesk.auth.permissions import Actor, Role
    from timedesk.ui.appearance import ThemeFollower, apply_appearance
    from timedesk.ui.main_window import MainWindow
    from timedesk.ui.services import UiServices

    follower = ThemeFollower(app, "dark")
    try:
        for theme in ("dark", "system"):
            follower.set_theme(theme)
            if theme == "system":  # the system turns dark while the app runs
                app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
            runner = _job_runner()
            services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
            window = MainWindow(ctx, Actor("user", "ana", Role.ADMIN, 1), services)
            window.resize(*WINDOW)
            _save(app, window, out / f"dark_main_window_{theme}.png")
            for index, key in enumerate(window.tab_keys):
                window.tabs.setCurrentIndex(index)
                _save(app, window, out / f"dark_tab_{key}_{theme}.png")
                tab = window.tabs.widget(index)
                if key == "turns":  # the desk and the dashboard paint themselves
                    for page in range(1, tab.pages.count()):
                        tab.pages.setCurrentIndex(page)
                        _save(app, window, out / f"dark_turns_page{page}_{theme}.png")
            _dispose(app, window)
            runner.shutdown()
    finally:
        app.styleHints().colorSchemeChanged.disconnect(follower.scheme_changed)
        follower.setParent(None)
        apply_appearance(app)


def _sesame(app, ctx, out: Path) -> None:
    """The Sesame connection section (token saved, a test that worked) and the Reports tab
    idle, running and finished, with stand-in lists and history (no Sesame server here)."""
    from datetime import date, datetime, timedelta

    from timedesk.auth.permissions import Actor, Role
    from timedesk.sesame.service import GeneratedReport, ReportPhase
    from timedesk.ui.connection.sesame_section import SesameSection
    from timedesk.ui.services import UiServices
    from timedesk.ui.sesame.report_history import HistoryRow
    from timedesk.ui.sesame.reports_tab import ReportsTab
    from timedesk.ui.widgets import show_message

    runner = _job_runner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    admin = Actor("user", "ana", Role.ADMIN, 1)
    section = SesameSection.build(ctx, admin, services)
    section.resize(820, 10)
    _settle(app, section)  # its own look at the secret store first, then the stand-ins
    section.secret.show("keyring")
    show_message(section.result, section.tr("Connected to Sesame: {company}").format(
        company="Oficina Central S.L."), "success")
    section.resize(820, section.sizeHint().height())
    _save(app, section, out / "sesame_section.png")
    section.close()
    tab = ReportsTab.build(ctx, admin, services)
    tab.resize(1100, 720)
    _settle(app, tab)  # its own loads (no Sesame here) first, then the stand-ins
    names = ["Ana García López", "Luis Martín Ruiz", "Marta Sánchez Gil", "Pedro Gómez Vidal",
             "Rosa Díaz Romero", "Javier Torres Moreno"]
    tab.form.set_lists([(str(n), name) for n, name in enumerate(names)],
                       [("o1", "Madrid"), ("o2", "Valencia")],
                       [("d1", "Administración"), ("d2", "Atención al público"),
                        ("d3", "Almacén")])
    tab.form.employees.select(["1", "2"])
    now = datetime.now(UTC)
    reports = [GeneratedReport(n, Path(ctx.paths.reports_dir) / name, fmt, rows, people, seconds,
                               now - timedelta(days=n), None, first, last)
               for n, (name, fmt, rows, people, seconds, first, last) in enumerate([
                   ("sesame_2026-03-01_2026-03-31_20260401-083012.xlsx", "xlsx", 1184, 24,
                    590_400, date(2026, 3, 1), date(2026, 3, 31)),
                   ("sesame_2026-02-23_2026-03-01_20260302-091544.csv", "csv", 312, 24,
                    146_700, date(2026, 2, 23), date(2026, 3, 1))], start=1)]
    tab.history.show_rows([HistoryRow(r, True) for r in reports])
    _save(app, tab, out / "reports_idle.png")
    tab.form.set_busy(True)
    tab.generate_button.setEnabled(False)
    tab.run.show_running()
    tab.run.show_progress(5, 12, ReportPhase.PAGES)
    _save(app, tab, out / "reports_running.png")
    tab.form.set_busy(False)
    tab.generate_button.setEnabled(True)
    tab.run.show_done(reports[0])
    _save(app, tab, out / "reports_finished.png")
    tab.close()
    runner.shutdown()


def _seed_turns(ctx) -> None:
    """Four services, four desks, a morning of turns: some served, some called, most waiting."""
    from datetime import timedelta

    from timedesk.auth.permissions import Actor
    from timedesk.db.base import utcnow
    from timedesk.turns import setup
    from timedesk.turns.queue import TurnQueue

    system = Actor.system("screens")
    for code, name, colour in (("A", "Registro", "#1565c0"), ("B", "Pagos", "#2e7d32"),
                               ("C", "Información", "#c62828"), ("D", "Certificados", "#f9a825")):
        setup.add_service(ctx.db, ctx.bus, system, code=code, name=name, colour=colour)
    for desk, services in (("1", ["A", "B"]), ("2", ["A"]), ("3", ["C", "D"]), ("4", ["B", "D"])):
        setup.add_desk(ctx.db, ctx.bus, system, name=desk, services=services)
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    start = utcnow() - timedelta(hours=3)
    for index in range(48):
        now = start + timedelta(minutes=index * 3.5)
        queue.issue_turn(system, "AABCAD"[index % 6], priority=index % 11 == 0, now=now)
        if index % 2:
            desk = "1234"[(index // 2) % 4]
            queue.call_next(system, desk, now=now + timedelta(minutes=2))
    queue.issue_turn(system, "A", customer_name="María López", note="Trae el certificado")
    ctx.settings.set("turns.display_message", "Bienvenidos. Tengan su documento a mano.")
    setup.add_service(ctx.db, ctx.bus, system, code="E", name="Cita previa", colour="#6a1b9a",
                      hours="09:00-13:00", priority_allowed=False)  # one with hours, unused


def _turns(app, ctx, out: Path) -> None:
    """The desk panel after a call, the dashboard, and the lobby display at 1920x1080."""
    from timedesk.auth.permissions import Actor, Role
    from timedesk.ui.services import UiServices
    from timedesk.ui.turns.dashboard import TurnsDashboard
    from timedesk.ui.turns.desk_panel import DeskPanel
    from timedesk.ui.turns.display_window import DisplayWindow

    runner = _job_runner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    admin = Actor("user", "ana", Role.ADMIN, 1)
    panel = DeskPanel(ctx, admin, services)
    panel.resize(1100, 720)
    _settle_for(app, panel, lambda: panel.desk_choice.findData("2") >= 0)
    panel.desk_choice.setCurrentIndex(panel.desk_choice.findData("2"))
    panel.open_button.click()
    _settle_for(app, panel, lambda: panel.desk == "2" and not panel._busy)
    panel.call_button.click()
    _settle_for(app, panel, lambda: panel.ack_state is not None)
    _save(app, panel, out / "turns_desk_panel.png")
    panel.close_desk()
    panel.close()
    dashboard = TurnsDashboard(ctx, admin, services)
    dashboard.resize(1400, 900)
    _settle_for(app, dashboard, lambda: False, seconds=3.0)
    _save(app, dashboard, out / "turns_dashboard.png")
    dashboard.close()
    display = DisplayWindow(ctx, name="screens")
    display.resize(1920, 1080)
    _settle_for(app, display, lambda: display.board.current is not None and bool(display.waiting_labels))
    display.flash.stop()
    display.call_panel._set_flash(0.0)
    _save(app, display, out / "turns_display.png")
    display.board.last_update -= 3600  # an hour without news from the database
    display._tick()
    _save(app, display, out / "turns_display_stale.png")
    display.board.mark_updated()
    display.close()
    _turns_setup(app, ctx, out, services)
    runner.shutdown()


def _demo(app, ctx, out: Path) -> None:
    """The demo office with six services (the states the UX review of issue 18 rendered by
    hand): the main window for each kind of account, then the screens opened from it."""
    from lobby_support import DEMO_ACCOUNTS, demo_actor

    for username, account in DEMO_ACCOUNTS.items():
        _main_window(app, ctx, out, demo_actor(ctx, username), suffix=f"_{account}",
                     prefix="demo_", full=False)
    _demo_opened(app, ctx, out, demo_actor(ctx, "admin"))
    _demo_lobby(app, ctx, out)


def _demo_opened(app, ctx, out: Path, admin) -> None:
    """Reception at 1024 wide, the kiosk at 720p and 1080p, a Clockify session's detail."""
    from timedesk.clockify.queries import list_sessions
    from timedesk.ui.clockify.sessions_view import ClockifySessionsView
    from timedesk.ui.services import UiServices
    from timedesk.ui.turns.reception import ReceptionPanel

    runner = _job_runner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    panel = ReceptionPanel(ctx, admin, services)
    panel.resize(1024, 680)
    _settle_for(app, panel, lambda: len(panel.grid.buttons) >= 12)
    _save(app, panel, out / "demo_reception_1024.png")
    kiosk = panel.open_kiosk()
    kiosk.showNormal()  # full screen is the platform's screen (800x600 offscreen)
    for width, height in ((1024, 768), (1280, 720), (1920, 1080)):
        kiosk.resize(width, height)
        _settle(app, kiosk)
        _save(app, kiosk, out / f"demo_kiosk_{width}x{height}.png")
    kiosk.leave()
    _dispose(app, panel)
    sessions = ClockifySessionsView.build(ctx, admin, services)
    detail = sessions.open_detail(list_sessions(ctx.db, admin).items[0].id)
    _settle_for(app, detail, lambda: detail.info is not None)
    _save(app, detail, out / "demo_session_detail.png")
    _dispose(app, detail)
    _dispose(app, sessions)
    runner.shutdown()


def _demo_lobby(app, ctx, out: Path) -> None:
    """The lobby display with six services, a long message and a desk called, at 720p and
    1080p."""
    from lobby_support import SYSTEM

    from timedesk.turns.queue import TurnQueue
    from timedesk.ui.turns.display_window import DisplayWindow

    TurnQueue(ctx.db, ctx.bus, ctx.settings).call_next(SYSTEM, "1")
    for width, height in ((1280, 720), (1920, 1080)):
        display = DisplayWindow(ctx, name="screens")
        display.resize(width, height)
        _settle_for(app, display, lambda d=display: d.board.current is not None
                    and len(d.waiting_labels) >= 6)
        display.flash.stop()
        display.call_panel._set_flash(0.0)
        _save(app, display, out / f"demo_lobby_display_{height}p.png")
        _dispose(app, display)


def _turns_setup(app, ctx, out: Path, services) -> None:
    """The Turns tab's Set-up page, a service's dialog and a desk's dialog."""
    from timedesk.auth.permissions import Actor, Role
    from timedesk.ui.turns.setup_page import TurnsSetupPage

    page = TurnsSetupPage.build(ctx, Actor("user", "ana", Role.ADMIN, 1), services)
    page.resize(1100, 720)
    _settle_for(app, page, lambda: bool(page.data.desks))
    page.select_service("E")
    _save(app, page, out / "turns_setup.png")
    service = page.edit_service(page.data.services[0])
    _save(app, service, out / "turns_setup_service_dialog.png")
    service.reject()
    desk = page.edit_desk(page.data.desks[0])
    _save(app, desk, out / "turns_setup_desk_dialog.png")
    desk.reject()
    page.close()


def _clockify(app, ctx, out: Path) -> None:
    """The new Clockify screens: reports, the session dialogs, the settings."""
    from timedesk.ui.services import UiServices

    runner = _job_runner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    _clockify_reports(app, ctx, out, services)
    _clockify_session_forms(app, ctx, out)
    _clockify_settings(app, ctx, out, services)
    runner.shutdown()


def _clockify_reports(app, ctx, out: Path, services) -> None:
    """The Clockify tab's Reports page: a report written, "send now" refused (mail is off)."""
    from timedesk.auth.permissions import Actor, Role
    from timedesk.ui.clockify.reports_page import ClockifyReportsPage

    page = ClockifyReportsPage.build(ctx, Actor("user", "ana", Role.ADMIN, 1), services)
    page.resize(1100, 720)
    page.write_to(Path(os.environ["TIMEDESK_HOME"]) / "clockify-report.xlsx")
    _settle_for(app, page, lambda: not page.writing)
    page.send_button.click()
    _settle_for(app, page, lambda: page.send_button.isEnabled())
    _save(app, page, out / "clockify_reports.png")
    page.close()


def _clockify_settings(app, ctx, out: Path, services) -> None:
    """The Settings dialog's Clockify section with its settings form."""
    from timedesk.auth.permissions import Actor, Role
    from timedesk.ui.connection.clockify_section import ClockifySection

    section = ClockifySection.build(ctx, Actor("user", "ana", Role.ADMIN, 1), services)
    section.resize(1100, 1000)
    _save(app, section, out / "connection_clockify.png")
    section.close()


def _clockify_session_forms(app, ctx, out: Path) -> None:
    """The dialogs that create a session by hand (a reason missing) and delete one."""
    from datetime import timedelta

    from timedesk.auth.permissions import Actor, Role
    from timedesk.clockify import backfill, manual
    from timedesk.clockify.users import list_users
    from timedesk.db.base import utcnow
    from timedesk.ui.clockify.session_edit import DeleteSessionDialog, SessionFormDialog

    admin = Actor("user", "ana", Role.ADMIN, 1)
    backfill.import_members(ctx.db, ctx.bus, [{"id": "625cf4a6a7d9d34012f70a01",
                                               "name": "Ana García López",
                                               "email": "ana@oficina.example"}])
    users = list_users(ctx.db, admin).items
    form = SessionFormDialog(None, users)
    form.description.setText("Visita a un cliente")
    form.project.setText("Atención al público")
    form.submit()  # no reason: the dialog says it is required
    _save(app, form, out / "clockify_session_new.png")
    form.close()
    made = manual.create_manual_session(
        ctx.db, ctx.bus, admin, user_id=users[0].id, description="Visita a un cliente",
        start=utcnow() - timedelta(hours=3), end=utcnow() - timedelta(hours=1))
    delete = DeleteSessionDialog(made)
    delete.reason.setText("Registrada dos veces")
    _save(app, delete, out / "clockify_session_delete.png")
    delete.close()


def _seed_punches(ctx) -> None:
    """Employees with PINs; the signed-in administrator is Ana's account; a morning of
    punches: some in, one on a break, one gone home, the others not in yet."""
    from timedesk.auth.permissions import Actor, Role
    from timedesk.auth.service import create_user
    from timedesk.people.service import create_employee
    from timedesk.punches.service import PunchClock

    system = Actor.system("screens")
    clock = PunchClock(ctx.db, ctx.bus, ctx.settings)
    user = create_user(ctx.db, system, "ana", "capturas-de-pantalla-2026", Role.ADMIN)
    people = [("Ana García López", "A01", "Administración", ()),
              ("Luis Martín Ruiz", "L02", "Almacén", ("in",)),
              ("Marta Sánchez Gil", "M03", "Atención al público", ("in", "break_start")),
              ("Pedro Gómez Vidal", "P04", "Almacén", ("in", "out")),
              ("Rosa Díaz Romero", "R05", "Atención al público", ("in",)),
              ("Javier Torres Moreno", "J06", "Administración", ())]
    for name, code, department, actions in people:
        employee = create_employee(ctx.db, ctx.bus, system, name, code=code, pin="1234",
                                   department=department,
                                   user_id=user.id if code == "A01" else None)
        for action in actions:
            clock.punch(system, employee.id, action)


def _punches(app, ctx, out: Path) -> None:
    """The Punches tab's Today page (my card after punching in, who is in) and the kiosk at
    1920x1080: idle, a person's buttons, the confirmation."""
    from timedesk.auth.permissions import Actor, Role
    from timedesk.jobs import JobRunner
    from timedesk.ui.punches.kiosk import PunchKiosk
    from timedesk.ui.punches.tab import PunchesTab
    from timedesk.ui.services import UiServices
    from timedesk.ui.tasks import BackgroundTask

    runner = JobRunner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    # 1280x720, and 1280x620: what a 1366x768 laptop leaves the tab inside the window
    for size, suffix in (((1280, 720), ""), ((1280, 620), "_laptop")):
        tab = PunchesTab.build(ctx, Actor("user", "ana", Role.ADMIN, 1), services)
        tab.resize(*size)
        tab.show()
        today = tab.page_widgets["today"]
        _settle_for(app, tab,
                    lambda today=today: today.card.card is not None and bool(today.board.model.rows))
        _save(app, tab, out / f"punches_today{suffix}.png")
        for index, key in enumerate(tab.page_widgets):
            if key != "today":
                tab.pages.setCurrentIndex(index)
                page = tab.page_widgets[key]
                _settle_for(app, tab, lambda page=page: not page.findChildren(BackgroundTask),
                            seconds=3.0)
                _save(app, tab, out / f"punches_{key}{suffix}.png")
        tab.close()
        tab.deleteLater()
    kiosk = PunchKiosk(ctx, runner)
    kiosk.go_idle()
    kiosk.resize(1920, 1080)
    _save(app, kiosk, out / "punch_kiosk_idle.png")
    kiosk.code.setText("R05")
    kiosk.pin.setText("1234")
    kiosk.submit()
    _settle_for(app, kiosk, lambda: kiosk.person is not None)
    _save(app, kiosk, out / "punch_kiosk_choice.png")
    kiosk.buttons["break"].click()
    _settle_for(app, kiosk, lambda: kiosk.person is None and not kiosk.busy)
    _save(app, kiosk, out / "punch_kiosk_confirmed.png")
    kiosk.go_idle()
    kiosk.code.setText("R05")
    kiosk.pin.setText("9999")
    kiosk.submit()
    _settle_for(app, kiosk, lambda: kiosk.idle_error.isVisible())
    kiosk.request_leave()
    _save(app, kiosk, out / "punch_kiosk_wrong_pin_and_leave.png")
    kiosk.leave()
    runner.shutdown()


def _seed_chat(ctx) -> None:
    """Ana chats with Luis (online) about a ticket; Marta (offline) wrote twice, unread."""
    from timedesk.auth.permissions import Actor, Role
    from timedesk.auth.service import create_user
    from timedesk.chat.service import Chat

    system = Actor.system("screens")
    chat = Chat(ctx.db, ctx.bus, ctx.settings)
    people = {}
    for username, name in (("luis", "Luis Martín Ruiz"), ("marta", "Marta Sánchez Gil"),
                           ("javier", "Javier Torres Moreno")):
        info = create_user(ctx.db, system, username, "capturas-de-pantalla-2026", Role.STAFF,
                           display_name=name)
        people[username] = Actor("user", username, Role.STAFF, info.id)
    ana = Actor("user", "ana", Role.ADMIN, 1)
    luis = people["luis"]
    chat.send(luis, "ana", "Hola Ana, la impresora de la segunda planta vuelve a atascarse.")
    chat.send(ana, "luis", "¿Sale algún código en la pantalla?", ticket_id=42)
    chat.send(luis, "ana", "Pone «E-204». Y el informe sale como <b>informe_mensual</b>.xlsx, "
                           "con las etiquetas a la vista.")
    chat.send(ana, "luis", "Gracias: subo en diez minutos con una bandeja de repuesto.\n"
                           "Si vuelve a pasar, apágala y enciéndela.")
    chat.send(people["marta"], "ana", "¿Tienes un momento para revisar los turnos de mañana?")
    chat.send(people["marta"], "ana", "Es para cuadrar las vacaciones de Pedro.")
    chat.heartbeat(luis)


def _chat(app, ctx, out: Path) -> None:
    """The chat panel on a conversation about a ticket, light and dark; the main window with
    the chat dock shown."""
    from timedesk.auth.permissions import Actor, Role
    from timedesk.ui.chat.panel import ChatPanel
    from timedesk.ui.main_window import MainWindow
    from timedesk.ui.services import UiServices

    runner = _job_runner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    ana = Actor("user", "ana", Role.ADMIN, 1)
    from timedesk.ui.appearance import apply_appearance

    for theme in ("light", "dark"):
        apply_appearance(app, theme)
        panel = ChatPanel.build(ctx, ana, services)
        panel.resize(400, 680)
        _settle_for(app, panel, lambda panel=panel: panel.people_list.count() == 3)
        panel.open_conversation("luis", ticket_id=42)
        panel.send_box.setPlainText("¿Te va bien a las 12?")
        _settle_for(app, panel, lambda panel=panel: len(panel.conversation.bubbles) == 4)
        _save(app, panel, out / f"chat_panel_{theme}.png")
        _dispose(app, panel)
    apply_appearance(app, THEME)
    window = MainWindow(ctx, ana, services)
    window.chat.action.trigger()
    window.chat.panel.open_conversation("luis")
    _settle_for(app, window, lambda: len(window.chat.panel.conversation.bubbles) == 4)
    _save(app, window, out / "main_window_chat.png")
    _dispose(app, window)


def _desktop(app, ctx, out: Path) -> None:
    """The desktop habits of the main window: the lock screen (and a wrong password), the
    keyboard shortcuts, the About box and the tray's menu."""
    from timedesk.auth.permissions import Actor, Role
    from timedesk.ui.main_window import MainWindow
    from timedesk.ui.services import UiServices

    runner = _job_runner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    window = MainWindow(ctx, Actor("user", "ana", Role.ADMIN, 1), services)
    _settle(app, window)
    shortcuts = window.show_shortcuts()
    _save(app, shortcuts, out / "shortcuts.png")
    shortcuts.close()
    about = window.show_about()
    _save(app, about, out / "about.png")
    about.close()
    window.tray.menu.adjustSize()
    _save(app, window.tray.menu, out / "tray_menu.png")
    window.tray.menu.hide()
    window.lock()
    lock = window.lock_screen
    _save(app, lock, out / "lock_screen.png")
    lock.password.setText("not the password")
    lock.submit()
    _save(app, lock, out / "lock_screen_error.png")
    lock.hide()
    _dispose(app, window)
    runner.shutdown()


def _seed_admin(ctx) -> None:
    """More accounts (one locked by failed sign-ins, one disabled) and API tokens (one
    revoked, one expiring) for the Administration tab."""
    from datetime import timedelta

    from timedesk.auth.permissions import Actor, Role
    from timedesk.auth.service import (
        MAX_FAILED_LOGINS,
        authenticate,
        create_api_token,
        create_user,
        revoke_api_token,
        set_active,
    )
    from timedesk.db.base import utcnow
    from timedesk.errors import AuthenticationFailed, Conflict

    system = Actor.system("screens")
    password = "capturas-de-pantalla-2026"
    for name, display, role in (("marta.gil", "Marta Sánchez Gil", Role.MANAGER),
                                ("rosa", "Rosa Díaz Romero", Role.RECEPTIONIST),
                                ("luis", "Luis Martín Ruiz", Role.STAFF),
                                ("pedro", "Pedro Gómez Vidal", Role.STAFF),
                                ("javier.torres", "Javier Torres Moreno", Role.TECHNICIAN)):
        try:
            create_user(ctx.db, system, name, password, role, display)
        except Conflict:  # made for another screen (the chat's people)
            pass
    authenticate(ctx.db, "marta.gil", password)
    authenticate(ctx.db, "ana", password)
    for _ in range(MAX_FAILED_LOGINS):
        try:
            authenticate(ctx.db, "luis", "wrong-password")
        except AuthenticationFailed:
            pass
    set_active(ctx.db, system, "pedro", False)
    create_api_token(ctx.db, system, "lobby-kiosk", Role.RECEPTIONIST)
    create_api_token(ctx.db, system, "intranet-report", Role.MANAGER,
                     utcnow() + timedelta(days=90))
    create_api_token(ctx.db, system, "old-display", Role.STAFF)
    revoke_api_token(ctx.db, system, "old-display")


def _admin(app, ctx, out: Path) -> None:
    """The Administration tab's pages (also at a laptop's 1280x620), a new user refused for a
    short password, and a new token's secret shown once."""
    from timedesk.auth.permissions import Actor, Role
    from timedesk.ui.admin.tab import AdminTab
    from timedesk.ui.services import UiServices
    from timedesk.ui.tasks import BackgroundTask

    runner = _job_runner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    for size, suffix in (((1280, 720), ""), ((1280, 620), "_laptop")):
        tab = AdminTab.build(ctx, Actor("user", "ana", Role.ADMIN, 1), services)
        tab.resize(*size)
        tab.show()
        for index, (key, page) in enumerate(tab.page_widgets.items()):
            tab.pages.setCurrentIndex(index)
            _settle_for(app, tab, lambda page=page: not page.findChildren(BackgroundTask),
                        seconds=3.0)
            _save(app, tab, out / f"admin_{key}{suffix}.png")
        if not suffix:
            users = tab.page_widgets["users"]
            dialog = users.open_dialog(None)
            dialog.username.setText("maria.lopez")
            dialog.display_name.setText("María López")
            dialog.passwords.first.setText("corta")
            dialog.passwords.second.setText("corta")
            dialog.submit()
            _save(app, dialog, out / "admin_user_dialog_error.png")
            dialog.reject()
            tokens = tab.page_widgets["tokens"]
            tokens.created(("lobby-kiosk", "tdk_0a1b2c3d_" + "x" * 43))
            shown = tokens.secret_dialog
            _save(app, shown, out / "admin_token_secret.png")
            shown.reject()
        tab.close()
        tab.deleteLater()


def _seed_tickets(ctx) -> None:
    """The help desk's demo (timedesk.tickets.demo) with its people as users, and a screenshot
    attached to the printer's ticket."""
    from PySide6.QtGui import QColor, QImage

    from timedesk.auth.permissions import Actor, Role
    from timedesk.auth.service import create_user
    from timedesk.tickets.demo import TECHNICIAN, load_tickets
    from timedesk.tickets.service import HelpDesk, TicketFilter
    from timedesk.ui.tickets.ticket_page import screenshot_png

    system = Actor.system("screens")
    for username, role in (("recepcion", Role.RECEPTIONIST), ("usuario", Role.REQUESTER),
                           ("mostrador1", Role.STAFF), ("gerente", Role.MANAGER),
                           (TECHNICIAN, Role.TECHNICIAN)):
        create_user(ctx.db, system, username, "capturas-de-pantalla-2026", role)
    load_tickets(ctx, system)
    desk = HelpDesk(ctx.db, ctx.bus, ctx.settings)
    printer = desk.list_tickets(system, TicketFilter(q="impresora")).items[0]
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe8fa"))
    desk.add_attachment(system, printer.id, "error-bandeja-2.png", screenshot_png(image))


def _tickets(app, ctx, out: Path, suffix: str = "") -> None:
    """The Tickets tab at 1280x720: the list, the printer's ticket, the new-ticket dialog (and
    its refusal) and the dashboard."""
    from timedesk.auth.permissions import Actor, Role
    from timedesk.tickets.service import HelpDesk, TicketFilter
    from timedesk.ui.services import UiServices
    from timedesk.ui.tickets.tab import TicketsTab

    runner = _job_runner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    admin = Actor("user", "ana", Role.ADMIN, 1)
    tab = TicketsTab.build(ctx, admin, services)
    tab.resize(1280, 720)
    tab.show()
    listing = tab.page_widgets["list"]
    _settle_for(app, tab, lambda: bool(listing.model.rows))
    listing.table.selectRow(1)
    _save(app, tab, out / f"tickets_list{suffix}.png")
    printer = HelpDesk(ctx.db, ctx.bus, ctx.settings).list_tickets(
        admin, TicketFilter(q="impresora")).items[0]
    tab.open_ticket(printer.id)
    ticket = tab.page_widgets["ticket"]
    _settle_for(app, tab, lambda: ticket.loaded is not None)
    _save(app, tab, out / f"tickets_ticket{suffix}.png")
    tab.pages.setCurrentWidget(listing)
    dialog = tab.new_ticket()
    dialog.subject.setText("")
    dialog.description.setPlainText("La pantalla se queda en negro al volver de la pausa.")
    _save(app, dialog, out / f"tickets_new{suffix}.png")
    dialog.buttons.accepted.emit()
    _settle_for(app, dialog, lambda: dialog.error.isVisible())
    _save(app, dialog, out / f"tickets_new_error{suffix}.png")
    dialog.reject()
    dashboard = tab.page_widgets["dashboard"]
    tab.pages.setCurrentWidget(dashboard)
    _settle_for(app, tab, lambda: dashboard.figures is not None)
    _save(app, tab, out / f"tickets_dashboard{suffix}.png")
    tab.close()
    runner.shutdown()


def _settle_for(app, widget, condition, seconds: float = 10.0) -> None:
    """Show `widget` and process events until `condition()` holds (background reads)."""
    import time

    widget.show()
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str]) -> int:
    global THEME
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tests.screenshots", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("target", type=Path, help="folder to write the PNGs in")
    parser.add_argument("language", nargs="?", choices=("en", "es"),
                        help="one language (default: each in a process of its own)")
    parser.add_argument("--theme", default="light", help="the appearance of every screen")
    args = parser.parse_args(argv)
    if args.language is None:  # each language in a process of its own, from a fresh database
        import subprocess

        codes = [subprocess.call([sys.executable, "-m", "tests.screenshots", str(args.target),
                                  language, "--theme", args.theme]) for language in ("en", "es")]
        return max(codes)
    THEME = args.theme
    from PySide6.QtWidgets import QApplication

    from timedesk.auth.permissions import Actor, Role
    from timedesk.ui.appearance import THEMES, apply_appearance
    from timedesk.ui.application import create_application
    from timedesk.ui.i18n import install_translators, remove_translators
    from timedesk.ui.qt_log import route_qt_messages

    if THEME not in THEMES:
        parser.error(f"--theme must be one of {', '.join(THEMES)}")
    app = create_application()
    route_qt_messages()
    apply_appearance(app, THEME)
    demo = _context(_seed_demo)
    ctx = _context(_seed_turns, _seed_punches, _seed_chat, _seed_admin, _seed_tickets)
    # As in the app (timedesk.ui.gc_guard): garbage collected on this thread only. A collection
    # started by a worker thread that frees a window of a finished screen stops its timers from
    # that thread, and Qt crashes.
    gc.disable()
    try:
        translators = install_translators(app, args.language)
        out = args.target / (args.language if THEME == "light" else f"{args.language}-{THEME}")
        for screens in (_dialogs,
                        partial(_main_window, actor=Actor("user", "ana", Role.ADMIN, 1)),
                        partial(_main_window, actor=Actor("user", "rosa", Role.RECEPTIONIST,
                                                          2), suffix="_readonly"),
                        _dark, _sesame, _turns, _punches, _chat, _admin, _clockify,
                        _desktop):
            screens(app, ctx, out)
            gc.collect()
        os.environ["TIMEDESK_HOME"] = str(demo.paths.config_dir)  # what reads it reads the demo's
        _demo(app, demo, out)
        gc.collect()
        os.environ["TIMEDESK_HOME"] = str(ctx.paths.config_dir)
        _tickets(app, ctx, out)
        if THEME != "dark":
            apply_appearance(app, "dark")
            _tickets(app, ctx, out, "_dark")
            apply_appearance(app, THEME)
        remove_translators(app, translators)
    finally:
        ctx.close()
        demo.close()
        gc.enable()
    QApplication.processEvents()
    if CLIPPED:
        print(f"{len(CLIPPED)} texts are clipped (see above)", file=sys.stderr)
    if ENGLISH:
        print(f"{len(ENGLISH)} texts are English in Spanish screens (see above)",
              file=sys.stderr)
    return 1 if CLIPPED or ENGLISH else 0


def _context(*seeds):
    """A context on a throw-away TIMEDESK_HOME of its own, its bus heard on the GUI thread (as
    in the app), filled by `seeds`."""
    from timedesk.app import build_context
    from timedesk.ui.tasks import gui_dispatcher

    os.environ["TIMEDESK_HOME"] = tempfile.mkdtemp(prefix="timedesk-screens-")
    ctx = build_context()
    ctx.bus.set_dispatcher(gui_dispatcher())
    for seed in seeds:
        seed(ctx)
    return ctx


def _seed_demo(ctx) -> None:
    from lobby_support import six_services_demo

    six_services_demo(ctx)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
