from timedesk.auth.passwords import hash_password, needs_rehash, verify_password, work_factor


def test_hash_is_salted_so_the_same_password_hashes_differently():
    assert hash_password("correct horse") != hash_password("correct horse")


def test_verify_accepts_the_password_and_rejects_others():
    stored = hash_password("correct horse")
    assert verify_password("correct horse", stored)
    assert not verify_password("correct hors", stored)
    assert not verify_password("", stored)


def test_hash_uses_scrypt_with_work_factor_and_never_contains_the_password():
    stored = hash_password("correct horse")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert scheme == "scrypt" and int(n) == work_factor() >= 2**10
    assert "correct horse" not in stored
    assert not needs_rehash(stored)


def test_malformed_or_foreign_hashes_never_verify():
    assert not verify_password("x", "not-a-hash")
    assert not verify_password("x", "bcrypt$1$2$3$4$5")
    assert not verify_password("x", "scrypt$a$b$c$d$e")


def test_old_parameters_still_verify_but_ask_for_a_rehash():
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"pw-old-params", salt=salt, n=2**10, r=8, p=1, dklen=32)
    stored = f"scrypt${2**10}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    assert verify_password("pw-old-params", stored)
    assert needs_rehash(stored)


def test_new_hashes_use_owasps_scrypt_cost_when_no_test_cost_is_set(monkeypatch):
    from timedesk.auth import passwords

    monkeypatch.delenv(passwords.TEST_COST_VARIABLE, raising=False)
    assert passwords.work_factor() == 2**17
    scheme, n, r, p, _salt, _digest = hash_password("correct horse").split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**17, 8, 1)


def test_a_hash_of_the_old_cost_2_15_asks_for_a_rehash_at_the_production_cost(monkeypatch):
    from timedesk.auth import passwords

    monkeypatch.setenv(passwords.TEST_COST_VARIABLE, "15")
    old = hash_password("correct horse")
    monkeypatch.delenv(passwords.TEST_COST_VARIABLE)
    assert verify_password("correct horse", old) and needs_rehash(old)


def test_the_test_cost_is_bounded_so_it_cannot_weaken_hashes_below_2_10(monkeypatch):
    from timedesk.auth import passwords

    for value in ("3", "40", "abc", ""):
        monkeypatch.setenv(passwords.TEST_COST_VARIABLE, value)
        assert passwords.work_factor() == 2**17
