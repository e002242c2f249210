"""A data problem explained in one sentence, with the file and line it is in."""


class DataError(Exception):
    """Raised for any problem in data/: `data/x.yml:LINE: RULE message`."""

    def __init__(self, path: str, line: int, message: str, rule: str = "DATA-FILE"):
        super().__init__(f"{path}:{line}: {rule} {message}")
        self.path = path
        self.line = line
        self.message = message
        self.rule = rule
