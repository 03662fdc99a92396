from enum import StrEnum


class ForbiddenCode(StrEnum):
    FORBIDDEN = "forbidden"
    FORBIDDEN_ORIGIN = "forbidden_origin"
    LOCAL_ONLY = "local_only"

    def __str__(self) -> str:
        return str(self.value)
