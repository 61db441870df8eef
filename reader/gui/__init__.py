"""The Qt layer: the window, its widgets and dialogs, over `reader.core.library.Library`."""
