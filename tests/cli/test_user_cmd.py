import io

import pytest

from timedesk.cli import main


@pytest.fixture
def stdin(monkeypatch):
    def feed(text: str) -> None:
        monkeypatch.setattr("sys.stdin", io.StringIO(text))

    return feed


def test_user_add_reads_the_password_from_stdin_and_list_shows_it(env, stdin, capsys):
    stdin("a-long-password\n")
    assert main(["user", "add", "Maria", "--role", "receptionist", "--display-name", "María"]) == 0
    assert main(["user", "list"]) == 0
    out = capsys.readouterr().out
    assert "user maria created (receptionist)" in out
    assert "maria\treceptionist\tactive\tMaría" in out
    assert "a-long-password" not in out


def test_user_add_with_a_bad_role_fails_before_asking_for_a_password(env, stdin, capsys):
    stdin("")  # would fail with 'nothing on stdin' if it were read
    assert main(["user", "add", "x", "--role", "king"]) == 2
    assert "unknown role 'king'" in capsys.readouterr().err


def test_user_add_without_a_password_explains_how_to_give_one(env, stdin, capsys):
    stdin("")
    assert main(["user", "add", "x", "--role", "staff"]) == 2
    assert "standard input" in capsys.readouterr().err


def test_user_passwd_changes_the_password(env, ctx, stdin, capsys):
    from timedesk.auth.service import authenticate

    stdin("first-password\n")
    main(["user", "add", "bob", "--role", "staff"])
    stdin("second-password\n")
    assert main(["user", "passwd", "bob"]) == 0
    assert authenticate(ctx.db, "bob", "second-password").name == "bob"


def test_user_disable_and_unknown_user_messages(env, stdin, capsys):
    stdin("first-password\n")
    main(["user", "add", "bob", "--role", "staff"])
    assert main(["user", "disable", "bob"]) == 0
    assert main(["user", "disable", "ghost"]) == 3
    captured = capsys.readouterr()
    assert "user bob disabled" in captured.out
    assert "there is no user 'ghost'" in captured.err


def test_api_token_create_prints_a_working_token_once(env, ctx, capsys):
    from timedesk.auth.service import verify_api_token

    assert main(["api-token", "create", "--name", "kiosk", "--role", "receptionist"]) == 0
    captured = capsys.readouterr()
    token = captured.out.strip()
    assert verify_api_token(ctx.db, token).name == "kiosk"
    assert "only once" in captured.err
    assert main(["api-token", "list"]) == 0
    listing = capsys.readouterr().out
    assert "kiosk\treceptionist" in listing and token.split("_", 2)[2] not in listing
    assert main(["api-token", "revoke", "--name", "kiosk"]) == 0
