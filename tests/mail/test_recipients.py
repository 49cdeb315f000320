"""Who gets a notice: the user when known and not opted out, plus coordination when asked."""

from timedesk.mail import recipients, split_addresses


def test_the_user_and_coordination_are_lower_cased_and_deduplicated():
    assert recipients("Ana@Oficina.example", True, "coord@oficina.example, ANA@oficina.example",
                      True) == ["ana@oficina.example", "coord@oficina.example"]


def test_an_opted_out_user_gets_nothing_but_coordination_still_does():
    assert recipients("ana@oficina.example", False, "coord@oficina.example", True) == [
        "coord@oficina.example"]
    assert recipients("ana@oficina.example", False, "coord@oficina.example", False) == []


def test_an_unknown_user_address_is_never_invented():
    assert recipients(None, True, "", False) == []
    assert recipients("", True, "coord@oficina.example", True) == ["coord@oficina.example"]
    assert recipients("ana", True, None, True) == []  # a user name is not an address


def test_coordination_is_left_out_unless_asked_for():
    assert recipients("ana@oficina.example", True, "coord@oficina.example", False) == [
        "ana@oficina.example"]


def test_the_coordination_setting_accepts_commas_semicolons_and_spaces_and_drops_junk():
    assert split_addresses(" a@x.example; b@x.example ,, c@x.example  not-an-address <d@x>") == [
        "a@x.example", "b@x.example", "c@x.example"]
    assert split_addresses(["A@x.example", "a@x.example"]) == ["a@x.example"]
