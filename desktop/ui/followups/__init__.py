"""The Follow-ups due screen (desktop.ui.navigation.PAGES: "followups")."""

from desktop.ui.followups.page import FollowUpsPage

__all__ = ["FollowUpsPage"]
