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

from datetime import UTC

from PySide6.QtCore import QObject, Signal  # noqa: E402 (after the platform is chosen)


class GuiThreadCalls(QObject):
    """`call.emit(fn)` from any thread runs fn() on the GUI thread."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(lambda fn: fn())


_calls: list[GuiThreadCalls] = []


def _job_runner():
    """A job runner whose listeners (the status bar's jobs) hear on the GUI thread, as in the
    app; without a dispatcher they would touch widgets from the worker threads."""
    from timedesk.jobs import JobRunner

    if not _calls:
        _calls.append(GuiThreadCalls())
    return JobRunner(dispatcher=_calls[0].call.emit)


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


def _save(app, widget, path: Path) -> None:
    _settle(app, widget)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


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


def _main_window(app, ctx, out: Path, actor, suffix: str = "") -> None:
    from PySide6.QtCore import QCoreApplication

    from timedesk.jobs import PROGRESS, Job
    from timedesk.ui.main_window import MainWindow
    from timedesk.ui.services import UiServices

    runner = _job_runner()
    services = UiServices(jobs=runner, listener=_fake_listener(), feed=_fake_feed())
    window = MainWindow(ctx, actor, services)
    if not suffix:
        job = Job(QCoreApplication.translate("ReportsTab", "Sesame report"),  # as the tab names it
                  lambda progress: None)
        job.progress.update(42, 100, "03/2026")
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
    runner.shutdown()


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
    tab = PunchesTab.build(ctx, Actor("user", "ana", Role.ADMIN, 1), services)
    tab.resize(1280, 720)
    tab.show()
    today = tab.page_widgets["today"]
    _settle_for(app, tab, lambda: today.card.card is not None and bool(today.board.model.rows))
    _save(app, tab, out / "punches_today.png")
    for index, key in enumerate(tab.page_widgets):
        if key != "today":
            tab.pages.setCurrentIndex(index)
            page = tab.page_widgets[key]
            _settle_for(app, tab, lambda page=page: not page.findChildren(BackgroundTask),
                        seconds=3.0)
            _save(app, tab, out / f"punches_{key}.png")
    tab.close()
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
    if len(argv) != 1 or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    target = Path(argv[0])
    os.environ["TIMEDESK_HOME"] = tempfile.mkdtemp(prefix="timedesk-screens-")
    from PySide6.QtWidgets import QApplication

    from timedesk.app import build_context
    from timedesk.auth.permissions import Actor, Role
    from timedesk.ui.appearance import apply_appearance
    from timedesk.ui.application import create_application
    from timedesk.ui.i18n import install_translators, remove_translators
    from timedesk.ui.qt_log import route_qt_messages

    app = create_application()
    route_qt_messages()
    apply_appearance(app)
    ctx = build_context()
    invoker = GuiThreadCalls()  # as in the app: bus subscribers run on the GUI thread
    ctx.bus.set_dispatcher(invoker.call.emit)
    _seed_turns(ctx)
    _seed_punches(ctx)
    _seed_tickets(ctx)
    try:
        for language in ("en", "es"):
            translators = install_translators(app, language)
            out = target / language
            _dialogs(app, ctx, out)
            _main_window(app, ctx, out, Actor("user", "ana", Role.ADMIN, 1))
            _main_window(app, ctx, out, Actor("user", "rosa", Role.RECEPTIONIST, 2), "_readonly")
            _sesame(app, ctx, out)
            _turns(app, ctx, out)
            _punches(app, ctx, out)
            _tickets(app, ctx, out)
            apply_appearance(app, "dark")
            _tickets(app, ctx, out, "_dark")
            apply_appearance(app)
            remove_translators(app, translators)
    finally:
        ctx.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
