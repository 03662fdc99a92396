from enum import StrEnum


class BadRequestCode(StrEnum):
    BAD_REQUEST = "bad_request"
    INVALID_BODY = "invalid_body"
    INVALID_PARAMETER = "invalid_parameter"

    def __str__(self) -> str:
        return str(self.value)
