"""Working-time rules as data: each rule is a kind, its limits in seconds and the sentence shown
beside the flag `rule:<name>` in the sessions table and the reports. A manager edits them (they
are stored; see timedesk.punches.rules_store); the default pack is Spain's Estatuto de los
Trabajadores, art. 34. Pure: no database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timedesk.errors import ValidationError

# break_after: a day worked beyond `after_s` needs one pause (a break, or a gap between an out
#              and the next in) of at least `limit_s`;
# max_worked:  at most `limit_s` worked in a day;
# min_rest:    at least `limit_s` between the end of one working day and the start of the next.
KINDS = ("break_after", "max_worked", "min_rest")


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    limit_s: int
    text: str
    after_s: int = 0
    enabled: bool = True

    def __post_init__(self) -> None:
        check_rule(self)

    @property
    def flag(self) -> str:
        return f"rule:{self.name}"


@dataclass(frozen=True)
class DayFacts:
    """What a rule looks at in one work session: time worked, the longest pause within it
    (breaks and gaps between cycles) and the rest since the previous working day ended (None
    when that day is unknown)."""

    worked_s: int
    longest_pause_s: int
    rest_before_s: int | None


def check_rule(rule: Rule) -> None:
    """ValidationError naming what is wrong with a rule a manager typed."""
    if not rule.name or not rule.name.replace("_", "").replace("-", "").isalnum() \
            or len(rule.name) > 40:
        raise ValidationError("'{rule}' is not a rule name.",
                              "Use up to 40 letters, digits, '_' or '-', such as max_9h.",
                              rule=rule.name[:40])
    if rule.kind not in KINDS:
        raise ValidationError("'{kind}' is not a kind of rule.",
                              "Use one of: {kinds}.", kind=rule.kind[:40], kinds=', '.join(KINDS))
    if not 0 < rule.limit_s <= 7 * 86400 or not 0 <= rule.after_s <= 86400:
        raise ValidationError("The limits of rule '{rule}' are out of range.",
                              "Give a limit between 1 second and 7 days, and a threshold "
                              "between 0 and 24 hours.", rule=rule.name)
    if not rule.text.strip():
        raise ValidationError("Rule '{rule}' has no text.",
                              "Write the sentence people see beside the flag.", rule=rule.name)


def broken(rule: Rule, facts: DayFacts) -> bool:
    """Whether a session's facts break the rule."""
    if rule.kind == "break_after":
        return facts.worked_s > rule.after_s and facts.longest_pause_s < rule.limit_s
    if rule.kind == "max_worked":
        return facts.worked_s > rule.limit_s
    return facts.rest_before_s is not None and facts.rest_before_s < rule.limit_s


def broken_flags(rules: Sequence[Rule], facts: DayFacts) -> list[str]:
    return [rule.flag for rule in rules if rule.enabled and broken(rule, facts)]


SPANISH_PACK = (
    Rule("break_15min", "break_after", 15 * 60,
         "Descanso de al menos 15 minutos cuando la jornada continuada supera las 6 horas "
         "(Estatuto de los Trabajadores, art. 34.4)", after_s=6 * 3600),
    Rule("max_9h", "max_worked", 9 * 3600,
         "Como máximo 9 horas ordinarias de trabajo efectivo al día "
         "(Estatuto de los Trabajadores, art. 34.3)"),
    Rule("rest_12h", "min_rest", 12 * 3600,
         "Al menos 12 horas de descanso entre el final de una jornada y el comienzo de la "
         "siguiente (Estatuto de los Trabajadores, art. 34.3)"),
)
