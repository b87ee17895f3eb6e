"""Screens of the main window (see desktop.ui.navigation.PAGES)."""
