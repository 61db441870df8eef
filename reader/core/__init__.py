"""Report Reader's core: reading, cleaning and scanning reports. Imports no Qt."""
