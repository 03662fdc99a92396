from enum import StrEnum


class InvalidPairingCodeCode(StrEnum):
    INVALID_PAIRING_CODE = "invalid_pairing_code"

    def __str__(self) -> str:
        return str(self.value)
