"""The Clockify settings in the Settings dialog's Clockify section (issue 17): saved to the
user's settings file and in force at once; a bad value is refused whole; a value fixed by the
environment is read-only; without settings.manage everything is read-only."""

from __future__ import annotations

import pytest

from timedesk.auth.permissions import Actor, Role
from timedesk.settings import Settings
from timedesk.ui.connection.clockify_section import ClockifySection

ADMIN = Actor("user", "ana", Role.ADMIN, 1)


@pytest.fixture
def section(ctx, services, keep):
    def make(actor=ADMIN):
        return keep(ClockifySection.build(ctx, actor, services)).settings_form

    return make


async def test_the_rules_and_reports_are_saved_and_in_force(ctx, section, eventually):
    form = section()
    form.fields["clockify.overtime_hours"].setValue(7.5)
    form.fields["clockify.edit_tolerance_minutes"].setValue(10)
    form.fields["clockify.report_monthly_enabled"].setChecked(False)
    form.fields["clockify.report_recipients"].setText("jefa@oficina.example")
    form.save_button.click()
    await eventually(lambda: form.status.text() == "Saved; in force from now on.")
    assert (ctx.settings["clockify.overtime_hours"], ctx.settings["clockify.edit_tolerance_minutes"],
            ctx.settings["clockify.report_monthly_enabled"]) == (7.5, 10.0, False)
    stored = Settings.load(ctx.paths)  # the next start reads them from the user's file
    assert stored["clockify.report_recipients"] == "jefa@oficina.example"
    assert stored["clockify.overtime_hours"] == 7.5


async def test_a_bad_value_saves_nothing_and_says_which(ctx, section, eventually):
    form = section()
    form.fields["clockify.overtime_hours"].setValue(6)
    form.fields["clockify.workspace_id"].setText("not-a-workspace")
    form.save_button.click()
    await eventually(lambda: form.status.text().startswith("Not saved:"))
    assert "clockify.workspace_id" in form.status.text()
    assert ctx.settings["clockify.overtime_hours"] == 5.0


async def test_values_fixed_elsewhere_and_viewers_are_read_only(ctx, section, viewer):
    ctx.settings._sources["clockify.overtime_hours"] = "env TIMEDESK_CLOCKIFY_OVERTIME_HOURS"
    form = section()
    fixed = form.fields["clockify.overtime_hours"]
    assert not fixed.isEnabled() and "TIMEDESK_CLOCKIFY_OVERTIME_HOURS" in fixed.toolTip()
    assert form.fields["clockify.edit_tolerance_minutes"].isEnabled()
    read_only = section(viewer)
    assert not any(field.isEnabled() for field in read_only.fields.values())
    assert not read_only.save_button.isVisible()
