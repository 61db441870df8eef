"""Agreement between coders: percentage agreement, Cohen's κ, Krippendorff's α on
characters and the uα family for unitized text (Krippendorff, Mathet, Bouvry and
Widlöcher 2016), per tag and over all tags, with bootstrap confidence intervals.

`stats` holds the coefficients on counts of characters and units, `table` builds the
table from coded reports, `resample` adds the intervals, `model` holds the data types,
labels and reasons. A command line or a window only chooses the scope, calls
`agreement_table` (fast) and then `bootstrap` (slow, with progress and cancel)."""

from reader.core.analysis.agreement.model import (
    ALL_COEFFICIENTS,
    LABELS,
    REASONS,
    TAG_COEFFICIENTS,
    THRESHOLDS,
    AgreementTable,
    CodedReport,
    Coding,
    Estimate,
    Interval,
    PairTable,
    Row,
    reason_text,
    verdict,
)
from reader.core.lazy import lazy_attributes

# The table and the intervals need numpy: imported when first asked for, so that what
# only names coders (the window's Coders menu at start) does not load it.
_LATER = {"bootstrap": "resample", "agreement_table": "table", "reports_from_export": "table"}


__getattr__ = lazy_attributes(__name__, globals(), _LATER)


__all__ = [
    "ALL_COEFFICIENTS",
    "LABELS",
    "REASONS",
    "TAG_COEFFICIENTS",
    "THRESHOLDS",
    "AgreementTable",
    "CodedReport",
    "Coding",
    "Estimate",
    "Interval",
    "PairTable",
    "Row",
    "agreement_table",
    "bootstrap",
    "reason_text",
    "reports_from_export",
    "verdict",
]
