from enum import StrEnum


class ScanTrigger(StrEnum):
    CLI = "cli"
    MANUAL = "manual"
    REBUILD = "rebuild"
    STARTUP = "startup"
    WATCHER = "watcher"

    def __str__(self) -> str:
        return str(self.value)
