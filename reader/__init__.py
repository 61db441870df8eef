"""Report Reader: close reading and qualitative coding of Chinese news and policy reports."""

__version__ = "0.1.0"
