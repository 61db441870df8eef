"""Controllers: QObjects without widgets that hold the window's state and work, and tell
the widgets what changed by signals."""
