"""Issue 20 #5: every declared setting says what its value must look like, and a bad value is
refused by Settings.set (what `config set` and the GUI's settings forms call) naming the key."""

from __future__ import annotations

import pytest

from timedesk.app import load_settings
from timedesk.errors import ConfigError
from timedesk.settings import REGISTRY, load_module_settings

# key: (a good value, a bad one)
EXAMPLES = {
    "punches.company_tax_id": ("B-12345678", "B12345678; DROP"),
    "punches.company_name": ("Oficina Central S.L.", "x" * 201),
    "listener.host": ("0.0.0.0", "http://127.0.0.1:8765"),
    "listener.allowed_hosts": ("desk.example.org, 10.0.0.5", "desk.example.org:8765"),
    "listener.public_url": ("https://desk.example.org/timedesk/", "desk.example.org"),
    "smtp.host": ("smtp.oficina.example", "smtp oficina"),
    "smtp.from_address": ("timedesk@oficina.example", "timedesk"),
    "mail.coordination": ("ana@oficina.example; luis@oficina.example", "luis"),
    "tickets.coordination": ("soporte@oficina.example, jefa@oficina.example", "soporte@"),
    "sesame.region": ("eu3", "eu-1"),
    "sesame.base_url": ("http://127.0.0.1:9000", "ftp://sesame"),
    "clockify.workspace_id": ("625cf4a6a7d9d34012f70de2", "my workspace"),
    "clockify.report_recipients": ("jefa@oficina.example", "jefa@"),
    "clockify.api_base_url": ("https://api.clockify.me/api/v1", ""),
    "office.timezone": ("Europe/Madrid", "Europe/Madird"),
    "turns.reset_time": ("05:30", "25:00"),
    "turns.display_message": ("Bienvenidos. " * 30, "x" * 501),
}
FREE_TEXT = {"smtp.user", "smtp.ca_file", "turns.ticket_printer",  # any text is a valid value
             "listener.tls_cert", "listener.tls_key"}  # file paths, checked when read, like smtp.ca_file
# checked where it is read (timedesk.db.engine.resolve_url,
# timedesk.events.postgres_feed.listen_url), which names the setting and never repeats the
# password a URL may hold; `config set` and the GUI test a URL before saving it
CHECKED_ON_USE = {"database.url", "database.listen_url"}


def test_every_text_setting_says_what_its_value_must_look_like():
    load_module_settings()
    unchecked = {key for key, s in REGISTRY.items()
                 if s.type is str and not s.choices and s.validate is None}
    assert unchecked == FREE_TEXT | CHECKED_ON_USE


@pytest.mark.parametrize("key", sorted(EXAMPLES))
def test_a_setting_takes_its_good_example_and_refuses_its_bad_one(key):
    _, settings = load_settings()
    good, bad = EXAMPLES[key]
    assert settings.set(key, good) == good
    with pytest.raises(ConfigError, match=f"setting '{key}': ") as refused:
        settings.set(key, bad)
    assert settings[key] == good  # the bad value was not applied
    said = {"turns.display_message": "501 characters",
            "punches.company_name": "201 characters"}.get(key, repr(bad))
    assert said in str(refused.value)  # it says what it refused


def test_a_long_bad_value_comes_back_cut():
    _, settings = load_settings()
    with pytest.raises(ConfigError) as refused:
        settings.set("office.timezone", "Z" * 5000)
    assert len(str(refused.value)) < 300
