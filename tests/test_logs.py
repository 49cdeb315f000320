"""The log: a rotating file in the log folder (size from log.max_bytes), stderr with --verbose,
and no secret value in either."""

from __future__ import annotations

import logging
from argparse import Namespace

import pytest

from timedesk.app import load_settings
from timedesk.cli import main
from timedesk.cli.common import start_logging
from timedesk.logs import LOG_FILE_NAME, setup_logging
from timedesk.paths import Paths
from timedesk.secrets import SecretStore
from timedesk.settings import Settings

log = logging.getLogger("timedesk.tests.logs")


@pytest.fixture(autouse=True)
def restore_logging():
    """setup_logging() changes the root logger of this process: undo it after each test."""
    root, security = logging.getLogger(), logging.getLogger("timedesk.security")
    handlers, level = list(root.handlers) + list(security.handlers), root.level
    yield
    for logger in (root, security):
        for handler in list(logger.handlers):
            if handler not in handlers:
                logger.removeHandler(handler)
                handler.close()
    root.setLevel(level)


def secret_store() -> SecretStore:
    paths = Paths.from_environment()
    return SecretStore(Settings.load(paths, {}), paths, {})


def test_a_secret_set_and_read_again_is_masked_in_the_rotating_log_file(tmp_path):
    secret_store().set("SESAME_TOKEN", "tok-logged-by-mistake-2718")
    value = secret_store().get("SESAME_TOKEN")  # another store, as the next start reads it
    path = setup_logging(tmp_path / "logs")
    log.warning("calling Sesame with Authorization: Bearer %s", value)
    log.info(f"retrying with {value}")
    try:
        raise RuntimeError(f"401 for token {value}")
    except RuntimeError:
        log.exception("request failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert path == tmp_path / "logs" / LOG_FILE_NAME
    assert "tok-logged-by-mistake-2718" not in text
    assert "Authorization: Bearer ***" in text and "retrying with ***" in text
    assert "RuntimeError: 401 for token ***" in text and "Traceback" in text


def test_a_value_only_read_from_the_keyring_is_masked_too(tmp_path, memory_keyring):
    memory_keyring.store[("timedesk", "CLOCKIFY_KEY")] = "ck-from-an-earlier-run-1618"
    path = setup_logging(tmp_path / "logs")
    log.warning("not yet read: %s", "ck-from-an-earlier-run-1618")
    secret_store().get("clockify_key")
    log.warning("read: %s", "ck-from-an-earlier-run-1618")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].endswith("not yet read: ck-from-an-earlier-run-1618")  # proves the test
    assert lines[1].endswith("read: ***")


def test_the_log_file_rotates_at_log_max_bytes_keeping_log_backups(monkeypatch, timedesk_home):
    monkeypatch.setenv("TIMEDESK_LOG_MAX_BYTES", "10000")
    monkeypatch.setenv("TIMEDESK_LOG_BACKUPS", "2")
    paths, settings = load_settings()
    start_logging(Namespace(verbose=False), paths, settings)
    for number in range(100):
        log.info("line %03d %s", number, "x" * 400)
    files = sorted(p.name for p in (timedesk_home / "logs").glob("timedesk.log*"))
    assert files == ["timedesk.log", "timedesk.log.1", "timedesk.log.2"]
    assert all((timedesk_home / "logs" / f).stat().st_size <= 10000 for f in files)
    assert "line 099" in (timedesk_home / "logs" / "timedesk.log").read_text()


def test_log_level_keeps_lower_levels_out_of_the_file(monkeypatch, timedesk_home):
    monkeypatch.setenv("TIMEDESK_LOG_LEVEL", "WARNING")
    paths, settings = load_settings()
    start_logging(Namespace(verbose=False), paths, settings)
    log.info("routine detail")
    log.warning("something to look at")
    text = (timedesk_home / "logs" / "timedesk.log").read_text()
    assert "something to look at" in text and "routine detail" not in text


def test_setting_up_logging_again_replaces_the_handlers_instead_of_doubling_lines(tmp_path):
    setup_logging(tmp_path / "first")
    path = setup_logging(tmp_path / "second")
    log.warning("once")
    assert path.read_text().count("once") == 1
    assert (tmp_path / "first" / LOG_FILE_NAME).read_text() == ""


def test_verbose_shows_debug_details_on_stderr_and_the_file_still_gets_them(env, capsys,
                                                                              timedesk_home):
    assert main(["--verbose", "db", "upgrade"]) == 0
    err = capsys.readouterr().err
    assert "DEBUG alembic.runtime.migration" in err and "Running upgrade  -> 0001" in err
    assert "Running upgrade  -> 0001" in (timedesk_home / "logs" / "timedesk.log").read_text()


def test_without_verbose_stderr_stays_quiet_and_the_log_file_records_the_command(env, capsys,
                                                                                 timedesk_home):
    assert main(["db", "upgrade"]) == 0
    assert capsys.readouterr().err == ""
    text = (timedesk_home / "logs" / "timedesk.log").read_text()
    assert "Running upgrade  -> 0001" in text and "DEBUG" not in text


def test_verbose_stderr_masks_secret_values_too(capsys, memory_keyring):
    memory_keyring.store[("timedesk", "SMTP_PASSWORD")] = "smtp-pass-for-stderr-1414"
    assert main(["--verbose", "secret", "list"]) == 0
    secret_store().get("SMTP_PASSWORD")
    log.debug("login with %s", "smtp-pass-for-stderr-1414")
    err = capsys.readouterr().err
    assert "login with ***" in err and "smtp-pass-for-stderr-1414" not in err


def test_masking_leaves_other_handlers_the_record_and_its_traceback(tmp_path):
    secret_store().set("WEBHOOK_KEY", "whk-shared-record-1732")
    path = setup_logging(tmp_path / "logs")
    seen: list[logging.LogRecord] = []
    collector = logging.Handler()
    collector.emit = seen.append  # type: ignore[method-assign]
    logging.getLogger().addHandler(collector)  # after timedesk's handler, as caplog or a GUI view
    try:
        raise ValueError("bad key whk-shared-record-1732")
    except ValueError:
        log.exception("webhook %s refused", "whk-shared-record-1732")
    assert seen[0].exc_info is not None and seen[0].exc_info[0] is ValueError
    assert seen[0].getMessage() == "webhook whk-shared-record-1732 refused"
    text = path.read_text()
    assert "webhook *** refused" in text and "ValueError: bad key ***" in text
    assert "whk-shared-record-1732" not in text


def test_control_characters_in_a_message_cannot_start_a_forged_line(tmp_path):
    path = setup_logging(tmp_path / "logs")
    log.warning("GET %s -> 404", "/x\n2026-12-07 03:00:00,000 WARNING forged\r\x1b[2J\u2028y")
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") == 1 and "\r" not in text and "\x1b" not in text
    assert "/x\\n2026-12-07 03:00:00,000 WARNING forged\\r\\x1b[2J\\u2028y -> 404" in text


def test_a_traceback_keeps_its_lines(tmp_path):
    path = setup_logging(tmp_path / "logs")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        log.exception("failed")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1] == "Traceback (most recent call last):"
    assert lines[-1] == "RuntimeError: boom"


def test_security_lines_have_their_own_file_that_a_flood_of_other_lines_cannot_rotate_away(
        tmp_path):
    from timedesk.logs import SECURITY_LOG_FILE_NAME

    folder = tmp_path / "logs"
    setup_logging(folder, max_bytes=10_000, backups=1)
    logging.getLogger("timedesk.security").warning("webhook refused from 203.0.113.9")
    for number in range(300):  # about 40 times the size the general log may keep
        logging.getLogger("aiohttp.access").info("GET /health %03d %s", number, "x" * 100)
    assert "refused from 203.0.113.9" not in "".join(
        p.read_text() for p in folder.glob(f"{LOG_FILE_NAME}*"))  # proves the flood
    security = (folder / SECURITY_LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "WARNING timedesk.security" in security and "refused from 203.0.113.9" in security
    assert "GET /health" not in security
