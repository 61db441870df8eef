"""Widgets of the main window that stand on their own: panels and views."""
