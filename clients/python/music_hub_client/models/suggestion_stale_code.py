from enum import StrEnum


class SuggestionStaleCode(StrEnum):
    SUGGESTION_STALE = "suggestion_stale"

    def __str__(self) -> str:
        return str(self.value)
