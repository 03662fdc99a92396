from enum import StrEnum


class NotImplementedCode(StrEnum):
    NOT_IMPLEMENTED = "not_implemented"

    def __str__(self) -> str:
        return str(self.value)
