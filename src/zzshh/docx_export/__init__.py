"""Template downloads: one Word file in official-document layout (GB/T 9704)
and one plain-text file per template, written into the built site."""
