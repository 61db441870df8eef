"""Text reuse: passages shared between reports (at least 50 characters, small edits
allowed), the reports most like one report, and two reports aligned side by side.

    library = ReuseLibrary()
    library.add(key, report.document.text, report.info.date)
    library.passages()        # [SharedPassage(occurrences=[earliest, ...], text=...)]
    library.similar(key)      # [SimilarReport(report, shared_chars, share, passages)]
    align(text_a, text_b)     # Alignment: passages aligned, differences marked
"""

from reader.core.analysis.reuse.align import AlignedPassage, Alignment, align
from reader.core.analysis.reuse.library import Occurrence, ReuseLibrary, SharedPassage, SimilarReport
from reader.core.analysis.reuse.shingles import ReuseSignature, signature

__all__ = [
    "AlignedPassage",
    "Alignment",
    "Occurrence",
    "ReuseLibrary",
    "ReuseSignature",
    "SharedPassage",
    "SimilarReport",
    "align",
    "signature",
]
