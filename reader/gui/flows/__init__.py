"""User flows: what the window does when the user asks, between widgets, the
controllers and the library (opening a library, reading, annotating, the codebook,
word lists, files in and out, memos, variables, comparing, auto-coding, the view)."""
