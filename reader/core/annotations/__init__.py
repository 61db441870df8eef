"""Annotations: the model, codebook rules, anchoring, merging, the file format and its store."""
