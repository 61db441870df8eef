"""The Qt layer: a thin shell over reader.core."""
