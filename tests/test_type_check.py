"""The type check packaging/test.sh runs after ruff: `[tool.mypy]` in pyproject.toml."""

import tomllib
from pathlib import Path

import pytest

mypy_main = pytest.importorskip("mypy.main")

ROOT = Path(__file__).resolve().parents[1]
CORE = ["timedesk.db.*", "timedesk.events.*", "timedesk.auth.*", "timedesk.turns.*",
        "timedesk.clockify.*", "timedesk.sesame.*", "timedesk.mail.*", "timedesk.settings"]
FACES = ["timedesk.ui", "timedesk.server", "timedesk.cli"]


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]


def _strict_flags(tmp_path: Path) -> set[str]:
    """The options this mypy's `--strict` turns on, by their names in a config file."""
    empty = tmp_path / "mypy.ini"
    empty.write_text("[mypy]\n")
    _, strict = mypy_main.process_options(["--strict", "--config-file", str(empty), "-c", "0"])
    _, plain = mypy_main.process_options(["--config-file", str(empty), "-c", "0"])
    names = [n for n in dir(plain) if not n.startswith("_") and not callable(getattr(plain, n))]
    changed = {n for n in names if getattr(strict, n) != getattr(plain, n)}
    assert changed, "--strict changed no option: this test no longer reads mypy's options"
    return {"no_implicit_reexport" if n == "implicit_reexport" else n for n in changed}


def test_the_core_packages_get_every_flag_of_strict(tmp_path):
    config = _config()
    strict_sections = [o for o in config["overrides"] if o.get("disallow_untyped_defs")]
    assert len(strict_sections) == 1
    section = strict_sections[0]
    assert set(CORE) <= set(section["module"])
    # `strict = true` in an override would make every module strict (mypy applies it globally)
    assert "strict" not in section and "strict" not in config
    enabled = {k for k, v in section.items() if v is True} | {
        k for k, v in config.items() if v is True}
    missing = _strict_flags(tmp_path) - enabled
    assert not missing, f"--strict also enables {sorted(missing)}: add them to the override"


def test_the_faces_are_checked_with_the_defaults():
    config = _config()
    assert config["files"] == ["timedesk"]
    strict_modules = [m for o in config["overrides"] if o.get("disallow_untyped_defs")
                      for m in o["module"]]
    assert not [m for m in strict_modules if m.startswith(tuple(FACES))]
