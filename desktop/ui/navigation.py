"""What the main window shows, as data: each owner adds one line for a screen that works.

PAGES: (key, "module:Class", navigation label). A page class is built as Class(store, parent)
and may define refresh() (called when it is shown) and retranslate() (on a language change).

PARTICIPANT_ACTIONS / LAB_ACTIONS: (key, "module:function", button label). The participant
page and the lab page show one button each; the function is called as
function(parent_widget, store, record_id). ACTION_ALLOWED names, for an action not everyone may
take, the function(store) that says whether its button is shown.
"""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP

PAGES: list[tuple[str, str, str]] = [
    (
        "participants",
        "desktop.ui.participants.page:ParticipantsPage",
        QT_TRANSLATE_NOOP("Navigation", "Participants"),
    ),
    ("agenda", "desktop.ui.agenda:AgendaPage", QT_TRANSLATE_NOOP("Navigation", "Agenda")),
    (
        "followups",
        "desktop.ui.followups:FollowUpsPage",
        QT_TRANSLATE_NOOP("Navigation", "Follow-ups due"),
    ),
    ("labs", "desktop.ui.pages.labs:LabsPage", QT_TRANSLATE_NOOP("Navigation", "Labs")),
    (
        "connectors",
        "desktop.ui.pages.connectors:ConnectorsPage",
        QT_TRANSLATE_NOOP("Navigation", "Connectors"),
    ),
    (
        "referrals_waiting",
        "desktop.ui.connectors.waiting:WaitingReferralsPage",
        QT_TRANSLATE_NOOP("Navigation", "Referrals waiting"),
    ),
    (
        "connector_program",
        "desktop.ui.connectors.targets:ConnectorTargetsPage",
        QT_TRANSLATE_NOOP("Navigation", "Connector Program"),
    ),
    (
        "companies",
        "desktop.ui.pages.companies:CompaniesPage",
        QT_TRANSLATE_NOOP("Navigation", "Companies"),
    ),
    (
        "associations",
        "desktop.ui.pages.associations:AssociationsPage",
        QT_TRANSLATE_NOOP("Navigation", "Associations"),
    ),
    (
        "indicators",
        "desktop.ui.indicators:IndicatorsPage",
        QT_TRANSLATE_NOOP("Navigation", "Indicators"),
    ),
    (
        "exchange",
        "desktop.ui.exchange:ExchangePage",
        QT_TRANSLATE_NOOP("Navigation", "USB exchange"),
    ),
]

PARTICIPANT_ACTIONS: list[tuple[str, str, str]] = [
    (
        "itinerary",
        "desktop.ui.itinerary:print_participant_itinerary",
        QT_TRANSLATE_NOOP("Navigation", "Print itinerary…"),
    ),
    (
        "subject_access",
        "desktop.ui.subject_access:export_subject_access",
        QT_TRANSLATE_NOOP("Navigation", "Everything we hold…"),
    ),
    ("erase", "desktop.ui.erasure:erase_participant", QT_TRANSLATE_NOOP("Navigation", "Erase…")),
]
# an action shown only where "module:function"(store) says it is allowed
ACTION_ALLOWED: dict[str, str] = {"erase": "desktop.services.erasure:allowed"}

LAB_ACTIONS: list[tuple[str, str, str]] = [
    (
        "itineraries",
        "desktop.ui.itinerary:print_lab_itineraries",
        QT_TRANSLATE_NOOP("Navigation", "Print itineraries…"),
    ),
]

__all__ = [
    "PAGES",
    "PARTICIPANT_ACTIONS",
    "LAB_ACTIONS",
    "ACTION_ALLOWED",
    "QT_TRANSLATE_NOOP",
    "resolve",
]


def resolve(target: str):
    """Import "package.module:Name" and return Name."""
    import importlib

    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)
