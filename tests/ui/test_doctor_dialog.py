"""Help › Check this PC: the checklist names each check and its fix in the interface's language
(what a check found is shown as the check says it)."""

from __future__ import annotations

from qt_untranslated import english_texts

from timedesk import doctor
from timedesk.doctor import FAIL, OK, SKIP, WARN, Check
from timedesk.ui import doctor_dialog
from timedesk.ui.doctor_dialog import DoctorDialog, check_name, report_lines
from timedesk.ui.i18n import install_translators, remove_translators

CHECKS = [Check("Version", OK, "timedesk 1.0 (source, linux)"),
          Check("Listener port", FAIL, "127.0.0.1:8765 is in use by another program",
                "Stop the other program."),
          Check("Secret store", WARN, "no keyring", "Install one."),
          Check("PostgreSQL LISTEN", SKIP, "SQLite: live updates use data_version")]


def test_the_spanish_checklist_names_every_check_in_spanish(qapp):
    translators = install_translators(qapp, "es")
    try:
        english = english_texts()
        names = [check_name(name) for name in ("Version", "Program files", "Qt libraries",
                                               "Settings", "Database", "PostgreSQL LISTEN",
                                               "Listener port", "Secret store", "Mail server",
                                               "Credentials", "Disk space", "Sound", "Printers",
                                               "Sound and printers")]
        assert [name for name in names if english.is_english(name)] == []
        lines = report_lines(CHECKS)
        assert lines[1] == "✓ Versión: timedesk 1.0 (source, linux)"
        assert lines[2].startswith("✗ Puerto para webhooks y la pantalla de sala: 127.0.0.1")
        assert lines[3] == "    Qué hacer: Stop the other program."
        assert lines[-1] == "Comprobaciones fallidas: 1."
        assert "Listener" not in "\n".join(lines) and "fix:" not in "\n".join(lines)
    finally:
        remove_translators(qapp, translators)


def test_the_dialog_shows_that_checklist(qapp, qtbot, monkeypatch):
    monkeypatch.setattr(doctor, "run_checks", lambda machine: CHECKS[:2])
    monkeypatch.setattr(doctor, "machine_of", lambda: None)
    monkeypatch.setattr(doctor_dialog, "qt_checks", lambda: CHECKS[2:])
    dialog = DoctorDialog(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.task.finished, timeout=5_000)
    assert dialog.report.toPlainText().splitlines() == report_lines(CHECKS)
    assert dialog.summary.text() == "Checks failed: 1. The fix is under each one."
