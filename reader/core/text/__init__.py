"""Text tools used across the library: folding for find and search, word segmentation
and keywords, genre, named entities, highlights and word lists."""
