"""A client library for accessing Music Hub API"""

from .client import AuthenticatedClient, Client
from .events import LibraryEvent, UnknownEvent, decode_library_event
from .hub import HubClient, HubError, Tokens
from .sse import SseMessage

__all__ = (
    "AuthenticatedClient",
    "Client",
    "HubClient",
    "HubError",
    "LibraryEvent",
    "SseMessage",
    "Tokens",
    "UnknownEvent",
    "decode_library_event",
)
