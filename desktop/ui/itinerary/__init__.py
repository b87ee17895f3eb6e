"""Printed itineraries in the GUI: the participant page's "Print itinerary…" and the lab
page's "Print itineraries…" (registered in desktop.ui.navigation)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def print_participant_itinerary(parent: QWidget | None, store, participant_id: str):
    """Open the preview of the participant's itinerary (non-blocking); returns the dialog."""
    from desktop.ui.itinerary.preview import ItineraryPreview

    dialog = ItineraryPreview(store, participant_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def print_lab_itineraries(parent: QWidget | None, store, lab_id: str):
    """Open the dialog that prints every itinerary of a lab (non-blocking); returns it."""
    from desktop.ui.itinerary.batch import LabItinerariesDialog

    dialog = LabItinerariesDialog(store, lab_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
