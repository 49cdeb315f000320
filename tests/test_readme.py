"""The README is the operator's manual: it must name every setting and its variable."""

from pathlib import Path

from timedesk.settings import REGISTRY, load_module_settings

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_setting_with_its_environment_variable():
    load_module_settings()
    missing = [s.key for s in REGISTRY.values()
               if f"`{s.key}`" not in README or f"`{s.env_var}`" not in README]
    assert missing == []


def test_readme_quick_start_has_exactly_two_commands():
    quick = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in quick.splitlines() if line.strip()]
    assert len(commands) == 2
    assert commands[0].startswith("sh packaging/run-demo.sh")
    assert commands[1].startswith("sh packaging/test.sh")


def test_readme_names_every_exit_code_the_commands_use():
    import timedesk.clockify.rest  # noqa: F401 (the errors with their own exit codes)
    import timedesk.export.files  # noqa: F401
    import timedesk.mail.errors  # noqa: F401
    import timedesk.sesame.errors  # noqa: F401
    from timedesk.errors import TimedeskError

    def codes(cls) -> set[int]:
        return {cls.exit_code}.union(*(codes(sub) for sub in cls.__subclasses__()))

    listed = README.split("with a non-zero exit code", 1)[1].split("log file)", 1)[0]
    assert {5, 6} <= codes(TimedeskError)
    assert [code for code in sorted(codes(TimedeskError)) if f"{code}: " not in listed] == []
