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
