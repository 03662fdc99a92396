from enum import StrEnum


class TunnelNotConfiguredCode(StrEnum):
    TUNNEL_NOT_CONFIGURED = "tunnel_not_configured"

    def __str__(self) -> str:
        return str(self.value)
