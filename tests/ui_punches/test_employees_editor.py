"""The employees editor: list, add (with a PIN and a user link), edit, disable; the service's
refusals (a duplicate badge code, a PIN that is not digits) show in the dialog, nothing stored."""

from __future__ import annotations

from punch_support import person
from PySide6.QtWidgets import QDialogButtonBox
from shiboken6 import Shiboken

from timedesk.auth.permissions import Actor, Role
from timedesk.auth.service import create_user
from timedesk.people.service import check_pin, get_employee, search_employees
from timedesk.ui.punches.employees_editor import EmployeesEditor

SYSTEM = Actor.system("test")
ADMIN = Actor("user", "ana", Role.ADMIN, 1)


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


async def editor_for(ctx, services, keep, eventually, rows: int, actor=ADMIN):
    editor = keep(EmployeesEditor.build(ctx, actor, services))
    await eventually(lambda: len(editor.model.rows) == rows
                     and editor.status.text().endswith("employees"))
    return editor


async def test_adding_an_employee_with_pin_department_and_user(ctx, services, keep, eventually):
    user = create_user(ctx.db, SYSTEM, "luis", "contraseña-larga-1", Role.STAFF)
    editor = await editor_for(ctx, services, keep, eventually, 0)
    dialog = editor.open_dialog(None)
    for key, text in (("name", "Luis Martín"), ("email", "Luis@Example.com"), ("code", "L2"),
                      ("department", "Almacén"), ("user_id", "luis")):
        dialog.fields[key].setText(text)
    dialog.pin.setText("4821")
    save(dialog)
    await eventually(lambda: not Shiboken.isValid(dialog))
    [stored] = search_employees(ctx.db, SYSTEM)
    assert (stored.name, stored.email, stored.code, stored.department, stored.user_id,
            stored.has_pin) == ("Luis Martín", "luis@example.com", "L2", "Almacén", user.id,
                                True)
    assert check_pin(ctx.db, stored.id, "4821").id == stored.id
    await eventually(lambda: editor.status.text() == "Saved Luis Martín.")
    assert [row.name for row in editor.model.rows] == ["Luis Martín"]


async def test_editing_changes_only_what_was_changed_and_a_refusal_stays_in_the_dialog(
        ctx, services, keep, eventually):
    luis = person(ctx, "Luis Martín", code="L2")
    person(ctx, "Marta Gil", code="M1")
    editor = await editor_for(ctx, services, keep, eventually, 2)
    assert editor.select_employee(luis.employee_id)
    dialog = editor.edit_selected()
    assert dialog.fields["code"].text() == "L2"
    dialog.fields["code"].setText("M1")  # Marta's
    save(dialog)
    await eventually(lambda: dialog.error.isVisible())
    assert get_employee(ctx.db, SYSTEM, luis.employee_id).code == "L2"
    dialog.fields["code"].setText("L3")
    dialog.pin.setText("12ab")
    save(dialog)
    await eventually(lambda: dialog.buttons.isEnabled() and "digits" in dialog.error.text())
    dialog.pin.clear()
    dialog.fields["department"].setText("Ventas")
    save(dialog)
    await eventually(lambda: not Shiboken.isValid(dialog))
    stored = get_employee(ctx.db, SYSTEM, luis.employee_id)
    assert (stored.code, stored.department, stored.name) == ("L3", "Ventas", "Luis Martín")


async def test_disabling_an_employee(ctx, services, keep, eventually):
    luis = person(ctx, "Luis Martín", code="L2")
    editor = await editor_for(ctx, services, keep, eventually, 1)
    assert editor.select_employee(luis.employee_id)
    editor.disable_button.click()
    await eventually(lambda: editor.status.text().startswith("Luis Martín is disabled"))
    assert not get_employee(ctx.db, SYSTEM, luis.employee_id).active
    assert editor.select_employee(luis.employee_id) and not editor.disable_button.isEnabled()


async def test_without_employees_manage_nothing_can_be_changed(ctx, services, keep, eventually):
    person(ctx, "Luis Martín", code="L2")
    receptionist = Actor("user", "rosa", Role.RECEPTIONIST, 2)  # employees.view only
    editor = await editor_for(ctx, services, keep, eventually, 1, receptionist)
    assert not editor.add_button.isVisibleTo(editor) and editor.open_dialog(None) is None
