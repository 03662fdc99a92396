from enum import StrEnum


class LogoutForbiddenCode(StrEnum):
    FORBIDDEN_ORIGIN = "forbidden_origin"
    NOT_A_DEVICE = "not_a_device"

    def __str__(self) -> str:
        return str(self.value)
