"""Dialogs and secondary windows: problems, word lists, export, statistics, choosing a folder."""
