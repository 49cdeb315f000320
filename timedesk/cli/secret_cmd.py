"""`timedesk secret set NAME | delete NAME | list` (values never printed)."""

from __future__ import annotations


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


def _store():
    from timedesk.app import load_settings
    from timedesk.secrets import SecretStore

    paths, settings = load_settings()
    return SecretStore(settings, paths)


def run_set(args) -> int:
    from timedesk.cli.common import read_secret_input
    from timedesk.secrets import normalize_name

    store = _store()
    name = normalize_name(args.name)
    where = store.set(name, read_secret_input(f"Value for {name}: "))
    print(f"{name} stored in {store.backend_label() if where != 'session' else 'this session'}")
    return 0


def run_delete(args) -> int:
    from timedesk.secrets import normalize_name

    name = normalize_name(args.name)
    if _store().delete(name):
        print(f"{name} deleted")
        return 0
    print(f"timedesk: no secret named {name}; nothing was deleted.")
    return 3


def run_list(args) -> int:
    store = _store()
    names = store.names()
    if not store.keyring_available:
        print(f"note: no OS keyring on this machine; secrets come from {store.backend_label()} "
              "and TIMEDESK_SECRET_<NAME> variables.")
    for name in names:
        print(f"{name}\t{store.source(name)}")
    return 0
