"""Problems found in files, gathered as data rather than raised one by one."""

from __future__ import annotations

from collections.abc import Iterable

from .record import Record


class Problem(Record):
    """One thing wrong with a file.

    ``where`` is a key path such as ``blocks[2].hold_seconds`` or a position
    such as ``line 3, column 7``; empty when the problem concerns the file as a whole.
    """

    file: str
    where: str
    message: str

    def __str__(self) -> str:
        if self.where:
            return f"{self.file}: {self.where}: {self.message}"
        return f"{self.file}: {self.message}"


class ValidationError(Exception):
    """Raised with every problem a file has, never only the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
