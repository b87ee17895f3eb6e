"""Errors of the USB exchange."""

from __future__ import annotations

from desktop.domain.messages import UserError


class BundleRejected(UserError):
    """A bundle (or its content) is refused whole: nothing of it is applied."""
