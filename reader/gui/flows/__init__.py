"""User flows that go dialog → core → message: the codebook, word lists, files in and out."""
