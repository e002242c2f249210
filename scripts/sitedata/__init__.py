"""Loaders for the project's data files (data/): one source of truth each,
shared by the MkDocs hook, the checked build, the .docx export and tests."""
