"""Contains all the data models used in inputs/outputs"""

from .album import Album
from .album_added_event import AlbumAddedEvent
from .album_added_event_type import AlbumAddedEventType
from .album_detail import AlbumDetail
from .album_page import AlbumPage
from .album_ref import AlbumRef
from .album_removed_event import AlbumRemovedEvent
from .album_removed_event_type import AlbumRemovedEventType
from .album_share_bootstrap import AlbumShareBootstrap
from .album_sort import AlbumSort
from .album_updated_event import AlbumUpdatedEvent
from .album_updated_event_type import AlbumUpdatedEventType
from .analysis_state import AnalysisState
from .api_error import ApiError
from .api_error_details import ApiErrorDetails
from .arm_request import ArmRequest
from .artist import Artist
from .artist_added_event import ArtistAddedEvent
from .artist_added_event_type import ArtistAddedEventType
from .artist_detail import ArtistDetail
from .artist_facet import ArtistFacet
from .artist_page import ArtistPage
from .artist_ref import ArtistRef
from .artist_removed_event import ArtistRemovedEvent
from .artist_removed_event_type import ArtistRemovedEventType
from .artist_share_bootstrap import ArtistShareBootstrap
from .artist_sort import ArtistSort
from .artist_updated_event import ArtistUpdatedEvent
from .artist_updated_event_type import ArtistUpdatedEventType
from .auth_status import AuthStatus
from .bad_request_code import BadRequestCode
from .bad_request_error import BadRequestError
from .bad_request_error_details import BadRequestErrorDetails
from .browse_bad_request_code import BrowseBadRequestCode
from .browse_bad_request_error import BrowseBadRequestError
from .browse_bad_request_error_details import BrowseBadRequestErrorDetails
from .browse_folder import BrowseFolder
from .browse_result import BrowseResult
from .changed_ids import ChangedIds
from .database_health import DatabaseHealth
from .database_health_change import DatabaseHealthChange
from .database_health_changed_event import DatabaseHealthChangedEvent
from .database_health_changed_event_type import DatabaseHealthChangedEventType
from .database_health_status import DatabaseHealthStatus
from .database_healthy_code import DatabaseHealthyCode
from .database_healthy_error import DatabaseHealthyError
from .database_healthy_error_details import DatabaseHealthyErrorDetails
from .database_unavailable_code import DatabaseUnavailableCode
from .database_unavailable_error import DatabaseUnavailableError
from .database_unavailable_error_details import DatabaseUnavailableErrorDetails
from .decade_facet import DecadeFacet
from .device import Device
from .device_page import DevicePage
from .device_sort import DeviceSort
from .enrichment_apply_request import EnrichmentApplyRequest
from .enrichment_suggestion import EnrichmentSuggestion
from .error_code import ErrorCode
from .facet_value import FacetValue
from .feed_end_reason import FeedEndReason
from .feed_ended import FeedEnded
from .feed_ended_event import FeedEndedEvent
from .feed_ended_event_type import FeedEndedEventType
from .forbidden_code import ForbiddenCode
from .forbidden_error import ForbiddenError
from .forbidden_error_details import ForbiddenErrorDetails
from .format_stat import FormatStat
from .history_empty_code import HistoryEmptyCode
from .history_empty_error import HistoryEmptyError
from .history_empty_error_details import HistoryEmptyErrorDetails
from .hub_info import HubInfo
from .internal_error_code import InternalErrorCode
from .internal_error_error import InternalErrorError
from .internal_error_error_details import InternalErrorErrorDetails
from .invalid_pairing_code_code import InvalidPairingCodeCode
from .invalid_pairing_code_error import InvalidPairingCodeError
from .invalid_pairing_code_error_details import InvalidPairingCodeErrorDetails
from .library_filters import LibraryFilters
from .library_folder import LibraryFolder
from .library_folder_state import LibraryFolderState
from .library_root import LibraryRoot
from .library_stats import LibraryStats
from .logout_forbidden_code import LogoutForbiddenCode
from .logout_forbidden_error import LogoutForbiddenError
from .logout_forbidden_error_details import LogoutForbiddenErrorDetails
from .loudness_analysis_change import LoudnessAnalysisChange
from .loudness_analysis_event import LoudnessAnalysisEvent
from .loudness_analysis_event_type import LoudnessAnalysisEventType
from .media_session import MediaSession
from .media_session_request import MediaSessionRequest
from .metadata_batch_request import MetadataBatchRequest
from .metadata_batch_result import MetadataBatchResult
from .metadata_change import MetadataChange
from .metadata_updated_event import MetadataUpdatedEvent
from .metadata_updated_event_type import MetadataUpdatedEventType
from .no_details import NoDetails
from .not_found_code import NotFoundCode
from .not_found_error import NotFoundError
from .not_found_error_details import NotFoundErrorDetails
from .not_implemented_code import NotImplementedCode
from .not_implemented_error import NotImplementedError_
from .not_implemented_error_details import NotImplementedErrorDetails
from .pair_request import PairRequest
from .pairing_armed import PairingArmed
from .pairing_not_armed_code import PairingNotArmedCode
from .pairing_not_armed_error import PairingNotArmedError
from .pairing_not_armed_error_details import PairingNotArmedErrorDetails
from .payload_too_large_code import PayloadTooLargeCode
from .payload_too_large_error import PayloadTooLargeError
from .payload_too_large_error_details import PayloadTooLargeErrorDetails
from .ping import Ping
from .playback_history_added_event import PlaybackHistoryAddedEvent
from .playback_history_added_event_type import PlaybackHistoryAddedEventType
from .playback_history_change import PlaybackHistoryChange
from .playback_history_entry import PlaybackHistoryEntry
from .playback_history_page import PlaybackHistoryPage
from .playback_session import PlaybackSession
from .playback_session_change import PlaybackSessionChange
from .playback_session_update import PlaybackSessionUpdate
from .playback_session_updated_event import PlaybackSessionUpdatedEvent
from .playback_session_updated_event_type import PlaybackSessionUpdatedEventType
from .playback_state import PlaybackState
from .playlist import Playlist
from .playlist_change import PlaylistChange
from .playlist_create import PlaylistCreate
from .playlist_created_event import PlaylistCreatedEvent
from .playlist_created_event_type import PlaylistCreatedEventType
from .playlist_deleted_event import PlaylistDeletedEvent
from .playlist_deleted_event_type import PlaylistDeletedEventType
from .playlist_detail import PlaylistDetail
from .playlist_entry import PlaylistEntry
from .playlist_import import PlaylistImport
from .playlist_import_result import PlaylistImportResult
from .playlist_import_unmatched import PlaylistImportUnmatched
from .playlist_order import PlaylistOrder
from .playlist_page import PlaylistPage
from .playlist_read_only_code import PlaylistReadOnlyCode
from .playlist_read_only_error import PlaylistReadOnlyError
from .playlist_read_only_error_details import PlaylistReadOnlyErrorDetails
from .playlist_share_bootstrap import PlaylistShareBootstrap
from .playlist_sort import PlaylistSort
from .playlist_tracks_add import PlaylistTracksAdd
from .playlist_update import PlaylistUpdate
from .playlist_updated_event import PlaylistUpdatedEvent
from .playlist_updated_event_type import PlaylistUpdatedEventType
from .qr_format import QrFormat
from .range_not_satisfiable_code import RangeNotSatisfiableCode
from .range_not_satisfiable_error import RangeNotSatisfiableError
from .range_not_satisfiable_error_details import RangeNotSatisfiableErrorDetails
from .rebuild_request import RebuildRequest
from .rebuild_result import RebuildResult
from .refresh_refused_code import RefreshRefusedCode
from .refresh_refused_error import RefreshRefusedError
from .refresh_refused_error_details import RefreshRefusedErrorDetails
from .refresh_request import RefreshRequest
from .reorder_conflict_code import ReorderConflictCode
from .reorder_conflict_error import ReorderConflictError
from .reorder_conflict_error_details import ReorderConflictErrorDetails
from .repeat_mode import RepeatMode
from .replay_gain_mode import ReplayGainMode
from .resync_event import ResyncEvent
from .resync_event_type import ResyncEventType
from .salvaged_table import SalvagedTable
from .saved_added_event import SavedAddedEvent
from .saved_added_event_type import SavedAddedEventType
from .saved_change import SavedChange
from .saved_item import SavedItem
from .saved_item_page import SavedItemPage
from .saved_kind import SavedKind
from .saved_removed_event import SavedRemovedEvent
from .saved_removed_event_type import SavedRemovedEventType
from .saved_sort import SavedSort
from .scan_completed_change import ScanCompletedChange
from .scan_completed_event import ScanCompletedEvent
from .scan_completed_event_type import ScanCompletedEventType
from .scan_file_error import ScanFileError
from .scan_in_progress_code import ScanInProgressCode
from .scan_in_progress_error import ScanInProgressError
from .scan_in_progress_error_details import ScanInProgressErrorDetails
from .scan_not_running_code import ScanNotRunningCode
from .scan_not_running_error import ScanNotRunningError
from .scan_not_running_error_details import ScanNotRunningErrorDetails
from .scan_outcome import ScanOutcome
from .scan_phase import ScanPhase
from .scan_progress_event import ScanProgressEvent
from .scan_request import ScanRequest
from .scan_started_change import ScanStartedChange
from .scan_started_event import ScanStartedEvent
from .scan_started_event_type import ScanStartedEventType
from .scan_state import ScanState
from .scan_status import ScanStatus
from .scan_trigger import ScanTrigger
from .search_history_entry import SearchHistoryEntry
from .search_history_page import SearchHistoryPage
from .search_results import SearchResults
from .search_type import SearchType
from .session_conflict_code import SessionConflictCode
from .session_conflict_error import SessionConflictError
from .session_conflict_error_details import SessionConflictErrorDetails
from .share import Share
from .share_change import ShareChange
from .share_create import ShareCreate
from .share_created_event import ShareCreatedEvent
from .share_created_event_type import ShareCreatedEventType
from .share_deleted_event import ShareDeletedEvent
from .share_deleted_event_type import ShareDeletedEventType
from .share_heartbeat import ShareHeartbeat
from .share_heartbeat_request import ShareHeartbeatRequest
from .share_kind import ShareKind
from .share_page import SharePage
from .share_password_required_code import SharePasswordRequiredCode
from .share_password_required_error import SharePasswordRequiredError
from .share_password_required_error_details import SharePasswordRequiredErrorDetails
from .share_patch import SharePatch
from .share_rate_limited_code import ShareRateLimitedCode
from .share_rate_limited_error import ShareRateLimitedError
from .share_rate_limited_error_details import ShareRateLimitedErrorDetails
from .share_session_expired_code import ShareSessionExpiredCode
from .share_session_expired_error import ShareSessionExpiredError
from .share_session_expired_error_details import ShareSessionExpiredErrorDetails
from .share_sort import ShareSort
from .share_summary import ShareSummary
from .shared_album import SharedAlbum
from .shared_album_summary import SharedAlbumSummary
from .shared_artist import SharedArtist
from .shared_playlist import SharedPlaylist
from .shared_track import SharedTrack
from .sort_order import SortOrder
from .stream_format import StreamFormat
from .stream_unavailable_code import StreamUnavailableCode
from .stream_unavailable_error import StreamUnavailableError
from .stream_unavailable_error_details import StreamUnavailableErrorDetails
from .suggestion_stale_code import SuggestionStaleCode
from .suggestion_stale_error import SuggestionStaleError
from .suggestion_stale_error_details import SuggestionStaleErrorDetails
from .tag_field import TagField
from .tag_override import TagOverride
from .tag_values import TagValues
from .token_pair import TokenPair
from .too_many_requests_code import TooManyRequestsCode
from .too_many_requests_error import TooManyRequestsError
from .too_many_requests_error_details import TooManyRequestsErrorDetails
from .too_many_transcodes_code import TooManyTranscodesCode
from .too_many_transcodes_error import TooManyTranscodesError
from .too_many_transcodes_error_details import TooManyTranscodesErrorDetails
from .track import Track
from .track_added_event import TrackAddedEvent
from .track_added_event_type import TrackAddedEventType
from .track_enrichment import TrackEnrichment
from .track_metadata import TrackMetadata
from .track_page import TrackPage
from .track_removed_event import TrackRemovedEvent
from .track_removed_event_type import TrackRemovedEventType
from .track_share_bootstrap import TrackShareBootstrap
from .track_sort import TrackSort
from .track_updated_event import TrackUpdatedEvent
from .track_updated_event_type import TrackUpdatedEventType
from .transcode_engine import TranscodeEngine
from .transcode_engine_name import TranscodeEngineName
from .transcode_profile import TranscodeProfile
from .transcode_profile_info import TranscodeProfileInfo
from .transcode_unavailable_code import TranscodeUnavailableCode
from .transcode_unavailable_error import TranscodeUnavailableError
from .transcode_unavailable_error_details import TranscodeUnavailableErrorDetails
from .transcoding_info import TranscodingInfo
from .tunnel_not_configured_code import TunnelNotConfiguredCode
from .tunnel_not_configured_error import TunnelNotConfiguredError
from .tunnel_not_configured_error_details import TunnelNotConfiguredErrorDetails
from .unauthorized_code import UnauthorizedCode
from .unauthorized_error import UnauthorizedError
from .unauthorized_error_details import UnauthorizedErrorDetails
from .undecodable_code import UndecodableCode
from .undecodable_error import UndecodableError
from .undecodable_error_details import UndecodableErrorDetails
from .unknown_track_code import UnknownTrackCode
from .unknown_track_error import UnknownTrackError
from .unknown_track_error_details import UnknownTrackErrorDetails
from .unsupported_media_type_code import UnsupportedMediaTypeCode
from .unsupported_media_type_error import UnsupportedMediaTypeError
from .unsupported_media_type_error_details import UnsupportedMediaTypeErrorDetails
from .year_facet import YearFacet

__all__ = (
    "Album",
    "AlbumAddedEvent",
    "AlbumAddedEventType",
    "AlbumDetail",
    "AlbumPage",
    "AlbumRef",
    "AlbumRemovedEvent",
    "AlbumRemovedEventType",
    "AlbumShareBootstrap",
    "AlbumSort",
    "AlbumUpdatedEvent",
    "AlbumUpdatedEventType",
    "AnalysisState",
    "ApiError",
    "ApiErrorDetails",
    "ArmRequest",
    "Artist",
    "ArtistAddedEvent",
    "ArtistAddedEventType",
    "ArtistDetail",
    "ArtistFacet",
    "ArtistPage",
    "ArtistRef",
    "ArtistRemovedEvent",
    "ArtistRemovedEventType",
    "ArtistShareBootstrap",
    "ArtistSort",
    "ArtistUpdatedEvent",
    "ArtistUpdatedEventType",
    "AuthStatus",
    "BadRequestCode",
    "BadRequestError",
    "BadRequestErrorDetails",
    "BrowseBadRequestCode",
    "BrowseBadRequestError",
    "BrowseBadRequestErrorDetails",
    "BrowseFolder",
    "BrowseResult",
    "ChangedIds",
    "DatabaseHealth",
    "DatabaseHealthChange",
    "DatabaseHealthChangedEvent",
    "DatabaseHealthChangedEventType",
    "DatabaseHealthStatus",
    "DatabaseHealthyCode",
    "DatabaseHealthyError",
    "DatabaseHealthyErrorDetails",
    "DatabaseUnavailableCode",
    "DatabaseUnavailableError",
    "DatabaseUnavailableErrorDetails",
    "DecadeFacet",
    "Device",
    "DevicePage",
    "DeviceSort",
    "EnrichmentApplyRequest",
    "EnrichmentSuggestion",
    "ErrorCode",
    "FacetValue",
    "FeedEndReason",
    "FeedEnded",
    "FeedEndedEvent",
    "FeedEndedEventType",
    "ForbiddenCode",
    "ForbiddenError",
    "ForbiddenErrorDetails",
    "FormatStat",
    "HistoryEmptyCode",
    "HistoryEmptyError",
    "HistoryEmptyErrorDetails",
    "HubInfo",
    "InternalErrorCode",
    "InternalErrorError",
    "InternalErrorErrorDetails",
    "InvalidPairingCodeCode",
    "InvalidPairingCodeError",
    "InvalidPairingCodeErrorDetails",
    "LibraryFilters",
    "LibraryFolder",
    "LibraryFolderState",
    "LibraryRoot",
    "LibraryStats",
    "LogoutForbiddenCode",
    "LogoutForbiddenError",
    "LogoutForbiddenErrorDetails",
    "LoudnessAnalysisChange",
    "LoudnessAnalysisEvent",
    "LoudnessAnalysisEventType",
    "MediaSession",
    "MediaSessionRequest",
    "MetadataBatchRequest",
    "MetadataBatchResult",
    "MetadataChange",
    "MetadataUpdatedEvent",
    "MetadataUpdatedEventType",
    "NoDetails",
    "NotFoundCode",
    "NotFoundError",
    "NotFoundErrorDetails",
    "NotImplementedCode",
    "NotImplementedErrorDetails",
    "NotImplementedError_",
    "PairRequest",
    "PairingArmed",
    "PairingNotArmedCode",
    "PairingNotArmedError",
    "PairingNotArmedErrorDetails",
    "PayloadTooLargeCode",
    "PayloadTooLargeError",
    "PayloadTooLargeErrorDetails",
    "Ping",
    "PlaybackHistoryAddedEvent",
    "PlaybackHistoryAddedEventType",
    "PlaybackHistoryChange",
    "PlaybackHistoryEntry",
    "PlaybackHistoryPage",
    "PlaybackSession",
    "PlaybackSessionChange",
    "PlaybackSessionUpdate",
    "PlaybackSessionUpdatedEvent",
    "PlaybackSessionUpdatedEventType",
    "PlaybackState",
    "Playlist",
    "PlaylistChange",
    "PlaylistCreate",
    "PlaylistCreatedEvent",
    "PlaylistCreatedEventType",
    "PlaylistDeletedEvent",
    "PlaylistDeletedEventType",
    "PlaylistDetail",
    "PlaylistEntry",
    "PlaylistImport",
    "PlaylistImportResult",
    "PlaylistImportUnmatched",
    "PlaylistOrder",
    "PlaylistPage",
    "PlaylistReadOnlyCode",
    "PlaylistReadOnlyError",
    "PlaylistReadOnlyErrorDetails",
    "PlaylistShareBootstrap",
    "PlaylistSort",
    "PlaylistTracksAdd",
    "PlaylistUpdate",
    "PlaylistUpdatedEvent",
    "PlaylistUpdatedEventType",
    "QrFormat",
    "RangeNotSatisfiableCode",
    "RangeNotSatisfiableError",
    "RangeNotSatisfiableErrorDetails",
    "RebuildRequest",
    "RebuildResult",
    "RefreshRefusedCode",
    "RefreshRefusedError",
    "RefreshRefusedErrorDetails",
    "RefreshRequest",
    "ReorderConflictCode",
    "ReorderConflictError",
    "ReorderConflictErrorDetails",
    "RepeatMode",
    "ReplayGainMode",
    "ResyncEvent",
    "ResyncEventType",
    "SalvagedTable",
    "SavedAddedEvent",
    "SavedAddedEventType",
    "SavedChange",
    "SavedItem",
    "SavedItemPage",
    "SavedKind",
    "SavedRemovedEvent",
    "SavedRemovedEventType",
    "SavedSort",
    "ScanCompletedChange",
    "ScanCompletedEvent",
    "ScanCompletedEventType",
    "ScanFileError",
    "ScanInProgressCode",
    "ScanInProgressError",
    "ScanInProgressErrorDetails",
    "ScanNotRunningCode",
    "ScanNotRunningError",
    "ScanNotRunningErrorDetails",
    "ScanOutcome",
    "ScanPhase",
    "ScanProgressEvent",
    "ScanRequest",
    "ScanStartedChange",
    "ScanStartedEvent",
    "ScanStartedEventType",
    "ScanState",
    "ScanStatus",
    "ScanTrigger",
    "SearchHistoryEntry",
    "SearchHistoryPage",
    "SearchResults",
    "SearchType",
    "SessionConflictCode",
    "SessionConflictError",
    "SessionConflictErrorDetails",
    "Share",
    "ShareChange",
    "ShareCreate",
    "ShareCreatedEvent",
    "ShareCreatedEventType",
    "ShareDeletedEvent",
    "ShareDeletedEventType",
    "ShareHeartbeat",
    "ShareHeartbeatRequest",
    "ShareKind",
    "SharePage",
    "SharePasswordRequiredCode",
    "SharePasswordRequiredError",
    "SharePasswordRequiredErrorDetails",
    "SharePatch",
    "ShareRateLimitedCode",
    "ShareRateLimitedError",
    "ShareRateLimitedErrorDetails",
    "ShareSessionExpiredCode",
    "ShareSessionExpiredError",
    "ShareSessionExpiredErrorDetails",
    "ShareSort",
    "ShareSummary",
    "SharedAlbum",
    "SharedAlbumSummary",
    "SharedArtist",
    "SharedPlaylist",
    "SharedTrack",
    "SortOrder",
    "StreamFormat",
    "StreamUnavailableCode",
    "StreamUnavailableError",
    "StreamUnavailableErrorDetails",
    "SuggestionStaleCode",
    "SuggestionStaleError",
    "SuggestionStaleErrorDetails",
    "TagField",
    "TagOverride",
    "TagValues",
    "TokenPair",
    "TooManyRequestsCode",
    "TooManyRequestsError",
    "TooManyRequestsErrorDetails",
    "TooManyTranscodesCode",
    "TooManyTranscodesError",
    "TooManyTranscodesErrorDetails",
    "Track",
    "TrackAddedEvent",
    "TrackAddedEventType",
    "TrackEnrichment",
    "TrackMetadata",
    "TrackPage",
    "TrackRemovedEvent",
    "TrackRemovedEventType",
    "TrackShareBootstrap",
    "TrackSort",
    "TrackUpdatedEvent",
    "TrackUpdatedEventType",
    "TranscodeEngine",
    "TranscodeEngineName",
    "TranscodeProfile",
    "TranscodeProfileInfo",
    "TranscodeUnavailableCode",
    "TranscodeUnavailableError",
    "TranscodeUnavailableErrorDetails",
    "TranscodingInfo",
    "TunnelNotConfiguredCode",
    "TunnelNotConfiguredError",
    "TunnelNotConfiguredErrorDetails",
    "UnauthorizedCode",
    "UnauthorizedError",
    "UnauthorizedErrorDetails",
    "UndecodableCode",
    "UndecodableError",
    "UndecodableErrorDetails",
    "UnknownTrackCode",
    "UnknownTrackError",
    "UnknownTrackErrorDetails",
    "UnsupportedMediaTypeCode",
    "UnsupportedMediaTypeError",
    "UnsupportedMediaTypeErrorDetails",
    "YearFacet",
)
