"""Report Reader's core, in pipeline order: reading a file, text tools, the library index,
annotations, analysis and export, with `reader.core.library.Library` as the one door.
Imports no Qt."""
