"""Placeholder while the foundation is being built; replaced by the real command module."""


def register(subparsers) -> None:
    pass


def run_gui_command(args) -> int:
    raise SystemExit("the window is not built yet")
