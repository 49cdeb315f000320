"""`timedesk employee add|set|list|disable`: in-process for the details, and every verb once as
a real `python -m timedesk` process."""

import json
import subprocess
import sys

from timedesk.cli import main
from timedesk.people import service as people


def test_add_reads_the_pin_from_stdin_and_list_shows_the_employee(env, ctx, stdin, capsys):
    stdin("4821\n")
    assert main(["employee", "add", "Ana Pérez", "--email", "Ana@Example.com", "--code", "B-1",
                 "--department", "Ventas", "--pin-stdin"]) == 0
    assert main(["employee", "list"]) == 0
    out = capsys.readouterr().out
    assert "added (with a PIN)" in out and "4821" not in out
    assert "\tAna Pérez\tB-1\tVentas\tana@example.com\toffice hours\tactive, PIN" in out
    info = people.search_employees(ctx.db, _admin())[0]
    assert people.check_pin(ctx.db, info.id, "4821").id == info.id


def test_set_changes_fields_by_code_or_email_and_replaces_or_removes_the_pin(env, ctx, stdin,
                                                                            capsys):
    assert main(["employee", "add", "Ana", "--code", "B-1", "--email", "ana@example.com"]) == 0
    from timedesk.office.service import add_schedule

    add_schedule(ctx.db, ctx.bus, _admin(), "tarde", week={0: ((900, 1140),)})
    stdin("1234\n")
    assert main(["employee", "set", "B-1", "--department", "Taller", "--schedule", "tarde",
                 "--pin-stdin"]) == 0
    info = people.search_employees(ctx.db, _admin())[0]
    assert (info.department, info.schedule, info.has_pin) == ("Taller", "tarde", True)
    assert main(["employee", "set", "ANA@example.com", "--department", "", "--no-pin",
                 "--active", "no"]) == 0
    info = people.get_employee(ctx.db, _admin(), info.id)
    assert (info.department, info.has_pin, info.active) == (None, False, False)
    assert "changed" in capsys.readouterr().out


def test_list_filters_and_prints_json_without_the_pin(env, stdin, capsys):
    stdin("4821\n")
    main(["employee", "add", "Ana", "--department", "Ventas", "--pin-stdin"])
    main(["employee", "add", "Bea", "--department", "Taller"])
    main(["employee", "disable", "2"])
    capsys.readouterr()
    assert main(["employee", "list", "--json", "--all"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["active"], r["has_pin"]) for r in rows] == [
        ("Ana", True, True), ("Bea", False, False)]
    assert all("pin_hash" not in r and "pin" not in r for r in rows)
    assert main(["employee", "list", "--json"]) == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["Ana"]
    assert main(["employee", "list", "--department", "ventas"]) == 0
    assert "\tAna\t" in capsys.readouterr().out


def test_bad_input_is_one_line_and_stores_nothing(env, ctx, stdin, capsys):
    stdin("12ab\n")
    assert main(["employee", "add", "Ana", "--pin-stdin"]) == 2
    assert main(["employee", "set", "nobody@example.com", "--name", "X"]) == 3
    assert main(["employee", "add", "Ana", "--user", "ghost"]) == 3
    assert main(["employee", "add", "Ana", "--schedule", "nights"]) == 3
    main(["employee", "add", "Bea", "--code", "B-1"])
    assert main(["employee", "add", "Carla", "--code", "B-1"]) == 3
    err = capsys.readouterr().err
    assert "4 to 8 digits" in err and "no employee 'nobody@example.com'" in err
    assert "no user account 'ghost'" in err and "badge code 'B-1'" in err
    assert "no schedule 'nights'" in err
    assert [e.name for e in people.search_employees(ctx.db, _admin())] == ["Bea"]


def _admin():
    from timedesk.auth.permissions import Actor

    return Actor.system("test")


def _timedesk(env, *args, stdin=""):
    return subprocess.run([sys.executable, "-m", "timedesk", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_every_employee_verb_runs_as_a_process(env):
    steps = [(("employee", "add", "Ana", "--code", "E-9", "--pin-stdin"), "4821\n",
              "employee #1 Ana added (with a PIN)"),
             (("employee", "set", "E-9", "--department", "Ventas"), "", "employee #1 Ana changed"),
             (("employee", "list", "--json"), "", '"department": "Ventas"'),
             (("employee", "disable", "E-9"), "", "employee #1 Ana disabled")]
    for argv, stdin, says in steps:
        done = _timedesk(env, *argv, stdin=stdin)
        assert done.returncode == 0 and says in done.stdout, (argv, done.stdout, done.stderr)
        assert "4821" not in done.stdout + done.stderr
