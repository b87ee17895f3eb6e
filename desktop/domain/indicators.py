"""The programme's indicators: their names, groups and counts, their definitions (texts marked
for translation, in the words of the programme's reports) and the calendar arithmetic they use.

Pure Python: the computation over the store is desktop.services.indicators.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, UserError

CONTEXT = "Indicators"


@dataclass(frozen=True)
class Term:
    """A named indicator, group or count: its stable name (the JSON key), its label and its
    definition (source texts of the "Indicators" context)."""

    name: str
    label: str
    definition: str


INDICATORS: tuple[Term, ...] = (
    Term(
        "participants",
        QT_TRANSLATE_NOOP("Indicators", "Participants"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "The cohort: every participant with at least one lab enrolment in a lab that starts "
            "within the period.",
        ),
    ),
    Term(
        "completed",
        QT_TRANSLATE_NOOP("Indicators", "Completed"),
        QT_TRANSLATE_NOOP("Indicators", "Has such an enrolment with status completed."),
    ),
    Term(
        "employed",
        QT_TRANSLATE_NOOP("Indicators", "Employed"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Has an employment outcome starting on or after the start of one of their labs.",
        ),
    ),
    Term(
        "employed_within_3_months",
        QT_TRANSLATE_NOOP("Indicators", "Employed within 3 months"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Has a completed enrolment in one of their labs and an employment starting between that"
            " lab's start and 3 calendar months after that lab's end, both days included (a job"
            " found during the lab counts).",
        ),
    ),
    Term(
        "employed_within_6_months",
        QT_TRANSLATE_NOOP("Indicators", "Employed within 6 months"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Has a completed enrolment in one of their labs and an employment starting between that"
            " lab's start and 6 calendar months after that lab's end, both days included (a job"
            " found during the lab counts).",
        ),
    ),
    Term(
        "improved_opportunities",
        QT_TRANSLATE_NOOP("Indicators", "Improved job opportunities"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            'Answered yes to "the programme improved my job opportunities" in an end or follow-up '
            "survey.",
        ),
    ),
)

GROUPS: tuple[Term, ...] = (
    Term(
        "total",
        QT_TRANSLATE_NOOP("Indicators", "Total"),
        QT_TRANSLATE_NOOP("Indicators", "Everyone in the cohort."),
    ),
    Term(
        "women",
        QT_TRANSLATE_NOOP("Indicators", "Women"),
        QT_TRANSLATE_NOOP("Indicators", "Participants whose gender is woman."),
    ),
    Term(
        "men",
        QT_TRANSLATE_NOOP("Indicators", "Men"),
        QT_TRANSLATE_NOOP("Indicators", "Participants whose gender is man."),
    ),
    Term(
        "locals",
        QT_TRANSLATE_NOOP("Indicators", "Locals"),
        QT_TRANSLATE_NOOP("Indicators", "Local residents."),
    ),
    Term(
        "migrants",
        QT_TRANSLATE_NOOP("Indicators", "Migrants"),
        QT_TRANSLATE_NOOP("Indicators", "Migrant, refugee or asylum seeker."),
    ),
    Term(
        "long_term_unemployed",
        QT_TRANSLATE_NOOP("Indicators", "Long-term unemployed"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Unemployed since a date at least 12 calendar months before the start of their earliest"
            " lab in the period; an unknown date is not long-term.",
        ),
    ),
)

COUNTS: tuple[Term, ...] = (
    Term(
        "labs",
        QT_TRANSLATE_NOOP("Indicators", "Labs"),
        QT_TRANSLATE_NOOP("Indicators", "Labs starting within the period."),
    ),
    Term(
        "companies",
        QT_TRANSLATE_NOOP("Indicators", "Companies"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Distinct companies that are partners of those labs, host a placement of a cohort"
            " member, or employ a cohort member with an employment that counts as employed above.",
        ),
    ),
)

PERIOD = Term(
    "period",
    QT_TRANSLATE_NOOP("Indicators", "Period"),
    QT_TRANSLATE_NOOP(
        "Indicators",
        "From and to (both days included) select labs by their start date; no period means all"
        " time.",
    ),
)
COHORT_LABS = QT_TRANSLATE_NOOP(
    "Indicators", '"Their labs" means the labs of those enrolments only.'
)
CALENDAR_MONTHS = QT_TRANSLATE_NOOP(
    "Indicators",
    "Calendar months: the same day number that many months later, or that month's last day when "
    "it is shorter (31 May + 3 months = 31 August; 30 November + 3 months = 28 or 29 February).",
)
RATES = QT_TRANSLATE_NOOP(
    "Indicators",
    "Rates are shown beside counts: an indicator's count in a group divided by the group's "
    "participants (employed within 3 months of migrants / migrants, and so on).",
)

INDICATOR_NAMES = tuple(t.name for t in INDICATORS)
GROUP_NAMES = tuple(t.name for t in GROUPS)
COUNT_NAMES = tuple(t.name for t in COUNTS)
MIGRANT_STATUSES = ("migrant", "refugee", "asylum_seeker")
LONG_TERM_MONTHS = 12
WITHIN_MONTHS = {"employed_within_3_months": 3, "employed_within_6_months": 6}


def groups_of(
    gender: str | None, migrant_status: str | None, long_term_unemployed: bool
) -> list[str]:
    """The groups a cohort member counts in (always "total")."""
    groups = ["total"]
    if gender == "female":
        groups.append("women")
    elif gender == "male":
        groups.append("men")
    if migrant_status == "local":
        groups.append("locals")
    elif migrant_status in MIGRANT_STATUSES:
        groups.append("migrants")
    if long_term_unemployed:
        groups.append("long_term_unemployed")
    return groups


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months (negative: back): the same day number, or the
    month's last day when it is shorter (31 May + 3 = 31 August, 30 November + 3 = 28 or 29
    February, 29 February - 12 = 28 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class PeriodError(UserError):
    pass


@dataclass(frozen=True)
class Period:
    """Labs starting between ``start`` and ``end``, both included; None on a side: unbounded."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self):
        if self.start and self.end and self.start > self.end:
            raise PeriodError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Indicators",
                        "The period starts after it ends: choose a start date on or before the end"
                        " date.",
                    ),
                )
            )

    def contains(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def as_json(self) -> dict:
        return {
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
        }


@dataclass
class Indicators:
    """The figures: ``values[indicator][group]`` counts, and ``counts`` (labs, companies)."""

    period: Period
    values: dict[str, dict[str, int]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, indicator: str, group: str) -> int:
        return self.values.get(indicator, {}).get(group, 0)

    def rate(self, indicator: str, group: str) -> float | None:
        """The indicator's count in the group over the group's participants (for participants
        themselves: the group's share of the total); None for an empty group."""
        base = self.count("participants", "total" if indicator == "participants" else group)
        return self.count(indicator, group) / base if base else None

    def as_json(self) -> dict:
        """The stable shape for scripts: period, indicators by group, counts."""
        return {
            "period": self.period.as_json(),
            "indicators": {i: {g: self.count(i, g) for g in GROUP_NAMES} for i in INDICATOR_NAMES},
            "counts": {c: self.counts.get(c, 0) for c in COUNT_NAMES},
        }
