"""Panels and views the main window docks or shows (one widget per module)."""
