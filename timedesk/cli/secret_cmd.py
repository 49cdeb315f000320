"""`timedesk secret set NAME | delete NAME | list` (values never printed)."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def register(subparsers) -> None:
    parser = subparsers.add_parser("secret", help="store tokens and passwords in the OS keyring")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    set_ = verbs.add_parser("set", help="store a secret; the value is read from standard input")
    set_.add_argument("name")
    set_.set_defaults(func=run_set)
    delete = verbs.add_parser("delete", help="forget a secret")
    delete.add_argument("name")
    delete.set_defaults(func=run_delete)
    verbs.add_parser("list", help="names of the secrets set (never values)").set_defaults(func=run_list)


def _store(args):
    from timedesk.app import load_settings
    from timedesk.cli.common import start_logging
    from timedesk.secrets import SecretStore

    paths, settings = load_settings()
    start_logging(args, paths, settings)
    return SecretStore(settings, paths)


def run_set(args) -> int:
    from timedesk.cli.common import read_secret_input
    from timedesk.secrets import normalize_name

    store = _store(args)
    name = normalize_name(args.name)
    where = store.set(name, read_secret_input(f"Value for {name}: "))
    log.info("secret %s stored (%s)", name, where)
    print(f"{name} stored in {store.backend_label() if where != 'session' else 'this session'}")
    return 0


def run_delete(args) -> int:
    from timedesk.cli import fail
    from timedesk.secrets import normalize_name

    name = normalize_name(args.name)
    store = _store(args)
    if store.delete(name):
        log.info("secret %s deleted", name)
        print(f"{name} deleted")
        return 0
    if store.source(name) == "environment":
        return fail(f"{name} comes from the variable TIMEDESK_SECRET_{name}; unset it there.", 3)
    return fail(f"no secret named {name}; nothing was deleted.", 3)


def run_list(args) -> int:
    store = _store(args)
    names = store.names()
    if not store.keyring_available:
        print(f"note: no OS keyring on this machine; secrets come from {store.backend_label()} "
              "and TIMEDESK_SECRET_<NAME> variables.")
    for name in names:
        print(f"{name}\t{store.source(name)}")
    return 0
