"""Placeholder while the foundation is being built; replaced by the real command module."""


def register(subparsers) -> None:
    pass
