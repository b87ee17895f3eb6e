"""Screens of the Connector Program: suggested connectors, referrals waiting, the targets."""
