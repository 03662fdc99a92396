"""Contains all the data models used in inputs/outputs"""

from .album import Album
from .album_detail import AlbumDetail
from .album_page import AlbumPage
from .album_ref import AlbumRef
from .album_share_bootstrap import AlbumShareBootstrap
from .album_sort import AlbumSort
from .api_error import ApiError
from .api_error_details import ApiErrorDetails
from .arm_request import ArmRequest
from .artist import Artist
from .artist_detail import ArtistDetail
from .artist_facet import ArtistFacet
from .artist_page import ArtistPage
from .artist_ref import ArtistRef
from .artist_share_bootstrap import ArtistShareBootstrap
from .artist_sort import ArtistSort
from .auth_status import AuthStatus
from .browse_folder import BrowseFolder
from .browse_result import BrowseResult
from .database_health import DatabaseHealth
from .database_health_status import DatabaseHealthStatus
from .decade_facet import DecadeFacet
from .device import Device
from .device_page import DevicePage
from .device_sort import DeviceSort
from .enrichment_apply_request import EnrichmentApplyRequest
from .enrichment_suggestion import EnrichmentSuggestion
from .facet_value import FacetValue
from .format_stat import FormatStat
from .hub_info import HubInfo
from .library_event import LibraryEvent
from .library_event_payload import LibraryEventPayload
from .library_event_type import LibraryEventType
from .library_filters import LibraryFilters
from .library_root import LibraryRoot
from .library_stats import LibraryStats
from .media_session import MediaSession
from .media_session_request import MediaSessionRequest
from .pair_request import PairRequest
from .pairing_armed import PairingArmed
from .ping import Ping
from .playback_history_entry import PlaybackHistoryEntry
from .playback_history_page import PlaybackHistoryPage
from .playback_session import PlaybackSession
from .playback_session_update import PlaybackSessionUpdate
from .playback_state import PlaybackState
from .playlist import Playlist
from .playlist_create import PlaylistCreate
from .playlist_detail import PlaylistDetail
from .playlist_entry import PlaylistEntry
from .playlist_order import PlaylistOrder
from .playlist_page import PlaylistPage
from .playlist_share_bootstrap import PlaylistShareBootstrap
from .playlist_sort import PlaylistSort
from .playlist_tracks_add import PlaylistTracksAdd
from .playlist_update import PlaylistUpdate
from .qr_format import QrFormat
from .rebuild_request import RebuildRequest
from .rebuild_result import RebuildResult
from .refresh_request import RefreshRequest
from .repeat_mode import RepeatMode
from .salvaged_table import SalvagedTable
from .saved_item import SavedItem
from .saved_item_page import SavedItemPage
from .saved_kind import SavedKind
from .saved_sort import SavedSort
from .scan_file_error import ScanFileError
from .scan_phase import ScanPhase
from .scan_progress_event import ScanProgressEvent
from .scan_request import ScanRequest
from .scan_state import ScanState
from .scan_status import ScanStatus
from .scan_trigger import ScanTrigger
from .search_history_entry import SearchHistoryEntry
from .search_history_page import SearchHistoryPage
from .search_results import SearchResults
from .search_type import SearchType
from .share import Share
from .share_create import ShareCreate
from .share_heartbeat import ShareHeartbeat
from .share_heartbeat_request import ShareHeartbeatRequest
from .share_kind import ShareKind
from .share_page import SharePage
from .share_sort import ShareSort
from .share_summary import ShareSummary
from .sort_order import SortOrder
from .tag_field import TagField
from .tag_values import TagValues
from .token_pair import TokenPair
from .track import Track
from .track_enrichment import TrackEnrichment
from .track_metadata import TrackMetadata
from .track_page import TrackPage
from .track_share_bootstrap import TrackShareBootstrap
from .track_sort import TrackSort
from .year_facet import YearFacet

__all__ = (
    "Album",
    "AlbumDetail",
    "AlbumPage",
    "AlbumRef",
    "AlbumShareBootstrap",
    "AlbumSort",
    "ApiError",
    "ApiErrorDetails",
    "ArmRequest",
    "Artist",
    "ArtistDetail",
    "ArtistFacet",
    "ArtistPage",
    "ArtistRef",
    "ArtistShareBootstrap",
    "ArtistSort",
    "AuthStatus",
    "BrowseFolder",
    "BrowseResult",
    "DatabaseHealth",
    "DatabaseHealthStatus",
    "DecadeFacet",
    "Device",
    "DevicePage",
    "DeviceSort",
    "EnrichmentApplyRequest",
    "EnrichmentSuggestion",
    "FacetValue",
    "FormatStat",
    "HubInfo",
    "LibraryEvent",
    "LibraryEventPayload",
    "LibraryEventType",
    "LibraryFilters",
    "LibraryRoot",
    "LibraryStats",
    "MediaSession",
    "MediaSessionRequest",
    "PairRequest",
    "PairingArmed",
    "Ping",
    "PlaybackHistoryEntry",
    "PlaybackHistoryPage",
    "PlaybackSession",
    "PlaybackSessionUpdate",
    "PlaybackState",
    "Playlist",
    "PlaylistCreate",
    "PlaylistDetail",
    "PlaylistEntry",
    "PlaylistOrder",
    "PlaylistPage",
    "PlaylistShareBootstrap",
    "PlaylistSort",
    "PlaylistTracksAdd",
    "PlaylistUpdate",
    "QrFormat",
    "RebuildRequest",
    "RebuildResult",
    "RefreshRequest",
    "RepeatMode",
    "SalvagedTable",
    "SavedItem",
    "SavedItemPage",
    "SavedKind",
    "SavedSort",
    "ScanFileError",
    "ScanPhase",
    "ScanProgressEvent",
    "ScanRequest",
    "ScanState",
    "ScanStatus",
    "ScanTrigger",
    "SearchHistoryEntry",
    "SearchHistoryPage",
    "SearchResults",
    "SearchType",
    "Share",
    "ShareCreate",
    "ShareHeartbeat",
    "ShareHeartbeatRequest",
    "ShareKind",
    "SharePage",
    "ShareSort",
    "ShareSummary",
    "SortOrder",
    "TagField",
    "TagValues",
    "TokenPair",
    "Track",
    "TrackEnrichment",
    "TrackMetadata",
    "TrackPage",
    "TrackShareBootstrap",
    "TrackSort",
    "YearFacet",
)
