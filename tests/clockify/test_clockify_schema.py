"""The clockify migration is its own Alembic branch and builds exactly the tables the models
describe; the settings are declared once and reach the rules."""

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from timedesk.clockify.config import ClockifyRules
from timedesk.db.base import Base
from timedesk.db.migrate import MIGRATIONS, downgrade, upgrade
from timedesk.settings import REGISTRY, Settings, load_module_settings

TABLES = {"clockify_webhooks", "clockify_deliveries", "clockify_error_log", "clockify_users",
          "clockify_sessions"}


def _touches_clockify(diff) -> bool:
    text = repr(diff)
    return any(table in text for table in TABLES)


def test_the_migration_builds_the_tables_the_models_describe(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = [d for d in compare_metadata(context, Base.metadata) if _touches_clockify(d)]
    assert diffs == []


def test_the_clockify_branch_starts_at_the_foundation_and_can_be_removed_alone(db):
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(config).get_revision("c001")
    assert (script.down_revision, script.branch_labels) == ("0001", {"clockify"})
    before = set(inspect(db.engine).get_table_names())
    downgrade(db.engine, "clockify@-2")  # the whole branch: c002, then c001
    assert set(inspect(db.engine).get_table_names()) == before - TABLES  # other modules stay
    upgrade(db.engine)
    assert TABLES <= set(inspect(db.engine).get_table_names())


def test_every_clockify_setting_is_declared_with_a_description_and_reaches_the_rules(
        timedesk_home, monkeypatch):
    load_module_settings()
    keys = {k for k in REGISTRY if k.startswith("clockify.")}
    assert {"clockify.overtime_hours", "clockify.edit_tolerance_minutes",
            "clockify.manual_entries_need_review",
            "clockify.workspace_id"} <= keys
    assert all(REGISTRY[k].description for k in keys)
    assert ClockifyRules.from_settings({k: REGISTRY[k].default for k in keys}) == ClockifyRules()
    monkeypatch.setenv("TIMEDESK_CLOCKIFY_OVERTIME_HOURS", "8.5")
    monkeypatch.setenv("TIMEDESK_CLOCKIFY_MANUAL_ENTRIES_NEED_REVIEW", "false")
    from timedesk.paths import Paths

    rules = ClockifyRules.from_settings(Settings.load(Paths.from_environment()))
    assert (rules.overtime_hours, rules.manual_entries_need_review) == (8.5, False)
    assert rules.edit_tolerance.total_seconds() == 300
