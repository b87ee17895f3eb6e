"""The Indicators screen (see page.py)."""

from desktop.ui.indicators.page import IndicatorsPage

__all__ = ["IndicatorsPage"]
