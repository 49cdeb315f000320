from timedesk.cli import main


def test_services_and_desks_are_set_up_from_the_command_line(env, capsys):
    assert main(["turns", "service", "add", "--code", "a", "--name", "Registry",
                 "--hours", "08:00-15:00"]) == 0
    assert main(["turns", "service", "add", "--code", "B", "--name", "Payments"]) == 0
    assert main(["turns", "desk", "add", "--name", "1", "--services", "A,B"]) == 0
    assert main(["turns", "service", "list"]) == 0
    assert main(["turns", "desk", "list"]) == 0
    out = capsys.readouterr().out
    assert "service A (Registry) added" in out
    assert "A\tRegistry\tactive\t08:00-15:00" in out and "B\tPayments\tactive\talways open" in out
    assert "1\tA,B\t-\topen" in out


def test_issue_and_call_next_from_the_command_line(env, capsys):
    main(["turns", "service", "add", "--code", "B", "--name", "Payments"])
    main(["turns", "desk", "add", "--name", "2", "--services", "B"])
    assert main(["turns", "issue", "B"]) == 0
    assert main(["turns", "call-next", "2"]) == 0
    assert main(["turns", "call-next", "2"]) == 0
    out = capsys.readouterr().out
    assert "B001\t0 ahead" in out and "B001\tdesk 2" in out and "nobody waits for desk 2" in out


def test_bad_input_says_what_was_wrong(env, capsys):
    assert main(["turns", "desk", "add", "--name", "1", "--services", "Z"]) == 3
    assert main(["turns", "service", "add", "--code", "A1", "--name", "x"]) == 2
    assert main(["turns", "service", "add", "--code", "A", "--name", "x", "--hours", "9-5"]) == 2
    assert main(["turns", "issue", "Q"]) == 3
    err = capsys.readouterr().err
    assert "there is no service 'Z'" in err and "timedesk turns service add" in err
    assert "not 1 to 3 letters" in err and "not HH:MM-HH:MM" in err
    assert main(["turns", "desk", "list"]) == 0
    assert capsys.readouterr().out == ""  # nothing half-written


def _timedesk(env, *args):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "timedesk", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_after_a_transfer_into_a_service_the_cli_still_issues_its_turns(ctx, env, admin_actor):
    """Issue 20 #1: `timedesk turns issue U` printed a traceback for the rest of the day."""
    from timedesk.turns import setup
    from timedesk.turns.queue import TurnQueue

    setup.add_service(ctx.db, ctx.bus, admin_actor, code="T", name="Registry")
    setup.add_service(ctx.db, ctx.bus, admin_actor, code="U", name="Payments")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="T1", services=["T"])
    queue = TurnQueue(ctx.db, ctx.bus, ctx.settings)
    for code in ("T", "T", "T", "U", "U"):
        queue.issue_turn(admin_actor, code)
    queue.call_turn(admin_actor, "T1", "T003")
    queue.transfer(admin_actor, "T1", to_service="U")
    done = _timedesk(env, "turns", "issue", "U")
    assert (done.returncode, done.stdout.split("\t")[0]) == (0, "U003"), done.stderr


def test_call_next_leaves_a_desk_a_live_panel_holds_unless_taken_over(ctx, env, admin_actor):
    """Security review MEDIUM-2: the command line is not the panel that holds the desk."""
    from cli_support import one_line_error

    from timedesk.turns import desks, setup
    from timedesk.turns.queue import TurnQueue

    setup.add_service(ctx.db, ctx.bus, admin_actor, code="A", name="Registry")
    setup.add_desk(ctx.db, ctx.bus, admin_actor, name="1", services=["A"])
    TurnQueue(ctx.db, ctx.bus, ctx.settings).issue_turn(admin_actor, "A")
    desks.open_desk(ctx.db, admin_actor, "1", "PC-RECEPTION-1", ctx.settings)
    refused = _timedesk(env, "turns", "call-next", "1")
    assert refused.returncode == 3
    assert "open on another computer (PC-RECEPTION-1)" in one_line_error(refused.stderr)
    taken = _timedesk(env, "turns", "call-next", "1", "--take-over")
    assert (taken.returncode, taken.stdout) == (0, "A001\tdesk 1\n"), taken.stderr


def test_a_desk_is_changed_from_the_command_line(env, capsys):
    main(["turns", "service", "add", "--code", "A", "--name", "Registry"])
    main(["turns", "service", "add", "--code", "B", "--name", "Payments"])
    main(["turns", "desk", "add", "--name", "1", "--services", "A"])
    capsys.readouterr()
    assert main(["turns", "desk", "set", "1", "--services", "A,B", "--active", "no"]) == 0
    assert main(["turns", "desk", "list"]) == 0
    assert main(["turns", "desk", "set", "1", "--active", "yes"]) == 0
    assert main(["turns", "desk", "list"]) == 0
    assert main(["turns", "desk", "set", "9", "--active", "no"]) == 3
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == "desk 1 changed (services A,B)" and lines[1] == "1\tA,B\t-\tinactive"
    assert lines[3] == "1\tA,B\t-\topen"  # --services left out: kept
    assert "there is no desk '9'" in captured.err


def test_every_field_of_services_and_desks_changes_from_the_command_line(ctx, env, capsys,
                                                                         admin_actor):
    """Issue 17: `turns service set --priority` and `turns desk set --services --staff`."""
    from timedesk.auth.service import create_user
    from timedesk.turns import setup

    create_user(ctx.db, admin_actor, "ana", "Long-enough-pw-1", "staff")
    main(["turns", "service", "add", "--code", "A", "--name", "Registry"])
    main(["turns", "service", "add", "--code", "B", "--name", "Payments"])
    main(["turns", "desk", "add", "--name", "1", "--services", "A"])
    assert main(["turns", "service", "set", "A", "--priority", "no", "--hours", "08:00-14:00",
                 "--colour", "#2e7d32", "--name", "Civil registry"]) == 0
    assert main(["turns", "desk", "set", "1", "--services", "A,B", "--staff", "ana"]) == 0
    service = setup.list_services(ctx.db)[0]
    assert (service.name, service.priority_allowed, service.colour, service.hours_text()) == (
        "Civil registry", False, "#2e7d32", "08:00-14:00")
    desk = setup.list_desks(ctx.db)[0]
    assert (desk.service_codes, desk.staff) == (("A", "B"), ("ana",))
    assert main(["turns", "desk", "set", "1", "--staff", ""]) == 0
    assert setup.list_desks(ctx.db)[0].staff == ()
    assert main(["turns", "service", "delete", "A"]) == 3
    assert "desk 1 serves service A" in capsys.readouterr().err
    assert main(["turns", "desk", "delete", "1"]) == 0
    assert main(["turns", "service", "delete", "A"]) == 0
    assert [s.code for s in setup.list_services(ctx.db)] == ["B"]

