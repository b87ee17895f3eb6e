"""Reusable widgets: forms built from the record schema, dialogs, drafts."""
