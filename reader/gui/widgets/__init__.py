"""The window's widgets: reader pane, report tree, panels, find bar, charts."""
