"""The commented template of every setting, for the machine-wide file IT deploys
(`timedesk config template`; the Debian package ships it as /etc/timedesk/timedesk.toml).

Generated from the registry (settings.declare and the modules' settings, load_module_settings),
so it names every key with its description, limits, environment variable and default. Every value
line is commented out: the template as shipped sets nothing, and a line uncommented as it is sets
the default. Section headers stay uncommented (an empty table sets nothing), so that enabling a
setting is removing one `#`.
"""

from __future__ import annotations

import textwrap
from itertools import groupby
from typing import Any

from timedesk.paths import system_config_file
from timedesk.settings import REGISTRY, Setting, load_module_settings

WIDTH = 100


def toml_value(value: Any) -> str:
    """`value` (a setting's bool, int, float or str) written as TOML."""
    import tomlkit

    text: str = tomlkit.item(value).as_string()
    return text


def _limits(setting: Setting) -> str:
    parts = []
    if setting.choices:
        parts.append("one of " + ", ".join(toml_value(c) for c in setting.choices))
    if setting.minimum is not None:
        parts.append(f"at least {setting.minimum:g}")
    if setting.maximum is not None:
        parts.append(f"at most {setting.maximum:g}")
    return "; ".join(parts)


def _comment(text: str) -> list[str]:
    return textwrap.wrap(text, WIDTH - 2, initial_indent="# ", subsequent_indent="# ",
                         break_long_words=False, break_on_hyphens=False)


def _header() -> list[str]:
    lines = _comment(
        f"timedesk machine-wide settings ({system_config_file()}), read by every timedesk on "
        "this machine: the app, the lobby display, the kiosk and `timedesk serve`.")
    lines += _comment(
        "Each setting is listed with its default, commented out: remove the '#' in front of "
        "`name = value` (under its [section]) and change the value. A person's own settings "
        "file and TIMEDESK_<SECTION>_<NAME> environment variables win over this file; "
        "`timedesk config list` shows each value in effect and where it comes from.")
    lines += _comment(
        "Secrets (database password, SMTP password, API tokens) never go here: use `timedesk "
        "secret set NAME`, or TIMEDESK_SECRET_<NAME> in the environment of a service.")
    return lines


def render_template() -> str:
    """The template: a header, then each section's settings in key order, a blank line apart."""
    load_module_settings()
    lines = _header()
    settings = sorted(REGISTRY.values(), key=lambda s: s.key)
    for section, members in groupby(settings, key=lambda s: s.section):
        lines += ["", f"[{section}]"]
        for setting in members:
            lines += ["", *_comment(f"{setting.name}: {setting.description.rstrip('.')}.")]
            limits = _limits(setting)
            lines += _comment(f"({setting.type.__name__}{'; ' + limits if limits else ''}; "
                              f"variable {setting.env_var})")
            lines.append(f"# {setting.name} = {toml_value(setting.default)}")
    return "\n".join(lines) + "\n"
