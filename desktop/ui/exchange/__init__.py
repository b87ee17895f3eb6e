"""The Exchange screen: USB drives, export with progress, import with a preview then Apply,
past exports and imports, keys and laptops, and the conflict and duplicate reviews."""

from desktop.ui.exchange.page import ExchangePage

__all__ = ["ExchangePage"]
