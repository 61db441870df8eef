"""What the document-reading views and commands show over a whole library: shared
passages, similar reports, numbered formulations and stock phrases (computed once
from the index's texts and cached), and their plain-text and JSON forms."""
