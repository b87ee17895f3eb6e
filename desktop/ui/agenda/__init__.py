"""The Agenda screen (desktop.ui.navigation.PAGES: "agenda")."""

from desktop.ui.agenda.page import AgendaPage

__all__ = ["AgendaPage"]
