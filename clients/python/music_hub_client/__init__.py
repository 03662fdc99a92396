"""A client library for accessing Music Hub API"""

from .client import AuthenticatedClient, Client
from .hub import HubClient, HubError, Tokens
from .sse import SseMessage

__all__ = (
    "AuthenticatedClient",
    "Client",
    "HubClient",
    "HubError",
    "SseMessage",
    "Tokens",
)
