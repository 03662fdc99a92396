from enum import StrEnum


class BrowseBadRequestCode(StrEnum):
    BAD_REQUEST = "bad_request"
    INVALID_PARAMETER = "invalid_parameter"
    INVALID_PATH = "invalid_path"

    def __str__(self) -> str:
        return str(self.value)
