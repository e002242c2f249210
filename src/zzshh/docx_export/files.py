"""Where a template's downloads live in the built site. The build hook writes
them there and the template block links to them, so both use these names."""

DIRECTORY = "downloads"
WORD = ".docx"
TEXT = ".txt"


def site_path(name: str, suffix: str) -> str:
    """A download's path from the site root, e.g. downloads/last-year.docx."""
    return f"{DIRECTORY}/{name}{suffix}"
