"""`timedesk config list | get KEY | set KEY VALUE | template`."""

from __future__ import annotations

import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("config", help="show and change settings")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    verbs.add_parser("list", help="every setting with its value, source and variable") \
        .set_defaults(func=run_list)
    get = verbs.add_parser("get", help="print one setting's value")
    get.add_argument("key")
    get.set_defaults(func=run_get)
    set_ = verbs.add_parser("set", help="store a setting in the user's settings file")
    set_.add_argument("key")
    set_.add_argument("value")
    set_.set_defaults(func=run_set)
    verbs.add_parser("template", help="print a commented template of every setting (the "
                                      "machine-wide file IT deploys)").set_defaults(func=run_template)


def _load():
    from timedesk.app import load_settings

    return load_settings()[1]


def _show(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _without_password(url: str) -> str:
    """A database URL as `config list` shows it: a password in it is printed as ***."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # not a URL: nothing to hide; db commands say what is wrong
        return url
    return parsed.render_as_string(hide_password=True) if parsed.password else url


def run_list(args) -> int:
    settings = _load()
    for setting, value, source in settings.items():
        shown = _without_password(value) if setting.key == "database.url" else _show(value)
        print(f"{setting.key} = {shown}    [{source}; {setting.env_var}]")
        print(f"    {setting.description}")
    for note in settings.notes:  # renamed keys still set somewhere
        print(f"note: {note}")
    return 0


def run_get(args) -> int:
    print(_show(_load()[args.key]))
    return 0


def run_set(args) -> int:
    if args.key == "database.url":
        return _set_database_url(args.value)
    from timedesk.app import load_settings
    from timedesk.secret_endpoints import cleared_message, save_setting
    from timedesk.secrets import SecretStore

    paths, settings = load_settings()
    saved = save_setting(settings, SecretStore(settings, paths), args.key, args.value)
    print(f"{args.key} = {_show(saved.value)}  (saved in {settings.user_file})")
    source = settings.source(args.key)
    if source.startswith("env "):
        print(f"note: {source[4:]} is set in this environment and wins over the file.")
    if saved.cleared:
        print(f"note: {cleared_message(saved.cleared)}")
    return 0


def run_template(args) -> int:
    from timedesk.settings_template import render_template

    sys.stdout.write(render_template())
    return 0


def _set_database_url(text: str) -> int:
    """database.url is saved without its password; the password goes to the secret store."""
    from timedesk.app import load_settings
    from timedesk.db.credentials import PASSWORD_SECRET, save_database_url
    from timedesk.db.engine import resolve_url
    from timedesk.secrets import SecretStore

    paths, settings = load_settings()
    resolve_url(text, paths.sqlite_file)  # refuse what no command could open (names no password)
    where = save_database_url(settings, SecretStore(settings, paths), text)
    print(f"database.url = {_without_password(settings['database.url'])}  "
          f"(saved in {settings.user_file})")
    if where:
        print(f"The password was stored as secret {PASSWORD_SECRET} ({where}), not in the file.")
    source = settings.source("database.url")
    if source.startswith("env "):
        print(f"note: {source[4:]} is set in this environment and wins over the file.")
    return 0
