from enum import StrEnum


class MetadataUpdatedEventType(StrEnum):
    METADATAUPDATED = "metadataUpdated"

    def __str__(self) -> str:
        return str(self.value)
