from enum import StrEnum


class PairingNotArmedCode(StrEnum):
    PAIRING_NOT_ARMED = "pairing_not_armed"

    def __str__(self) -> str:
        return str(self.value)
