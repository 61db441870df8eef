"""The library index: scanning a folder for reports, and the cached index of their
texts, terms and listings."""
