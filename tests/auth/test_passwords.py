from timedesk.auth.passwords import hash_password, needs_rehash, verify_password


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
    assert scheme == "scrypt" and int(n) >= 2**14
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
