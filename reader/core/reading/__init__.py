"""Reading one report file: safe reads, encodings, the title line, cleaning, dates,
the document model, images and the loader that puts them together."""
