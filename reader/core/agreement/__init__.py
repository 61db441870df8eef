"""Agreement between coders: percentage agreement, Cohen's κ, Krippendorff's α on
characters and the uα family for unitized text (Krippendorff, Mathet, Bouvry and
Widlöcher 2016). `stats` holds the coefficients on counts of characters and units."""
