"""A data problem explained in one sentence, with the file (and line) it is in."""


class DataError(Exception):
    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message
