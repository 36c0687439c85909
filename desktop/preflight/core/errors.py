"""The one error type importers and loaders raise for input a user gave us."""


class InputError(Exception):
    """Input that cannot be read, with a message and a hint a user can act on."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message
