"""The checked build: source checks, a strict MkDocs build and checks of the
built HTML. Every problem becomes a Finding with file, line and rule ID."""
