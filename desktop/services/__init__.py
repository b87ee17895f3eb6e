"""Use cases: the only API of the GUI and the CLI. One transaction per user action."""
