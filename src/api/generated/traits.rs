// generated from openapi/music-hub.yaml — do not edit.
// Regenerate with `cargo run -p codegen -- generate`; `-- check` fails when this is stale.
//!
//! One trait per tag, one method per operation: what `src/handlers/` implements.

#[allow(unused_imports)]
use super::*;
use std::future::Future;

/// The `system` operations. Implement this in `src/handlers/`.
///
/// Liveness, hub information and database recovery.
pub trait SystemApi: Send + Sync + 'static {
    /// `ping`: Check that the hub is up
    fn ping(
        &self,
        caller: crate::api::access::Caller,
        request: PingRequest,
    ) -> impl Future<Output = Result<PingResponse, crate::api::error::HandlerError>> + Send;

    /// `getInfo`: Describe the hub and the health of its database
    fn get_info(
        &self,
        caller: crate::api::access::Caller,
        request: GetInfoRequest,
    ) -> impl Future<Output = Result<GetInfoResponse, crate::api::error::HandlerError>> + Send;

    /// `rebuildDatabase`: Archive the database and start a fresh one
    fn rebuild_database(
        &self,
        caller: crate::api::access::Caller,
        request: RebuildDatabaseRequest,
    ) -> impl Future<Output = Result<RebuildDatabaseResponse, crate::api::error::HandlerError>> + Send;
}

/// The `auth` operations. Implement this in `src/handlers/`.
///
/// Pairing, tokens, devices and the QR codes that start pairing.
pub trait AuthApi: Send + Sync + 'static {
    /// `getAuthStatus`: Show whether pairing is armed, and the paired devices
    fn get_auth_status(
        &self,
        caller: crate::api::access::Caller,
        request: GetAuthStatusRequest,
    ) -> impl Future<Output = Result<GetAuthStatusResponse, crate::api::error::HandlerError>> + Send;

    /// `armPairing`: Arm pairing and get a pairing code
    fn arm_pairing(
        &self,
        caller: crate::api::access::Caller,
        request: ArmPairingRequest,
    ) -> impl Future<Output = Result<ArmPairingResponse, crate::api::error::HandlerError>> + Send;

    /// `disarmPairing`: End the pairing window
    fn disarm_pairing(
        &self,
        caller: crate::api::access::Caller,
        request: DisarmPairingRequest,
    ) -> impl Future<Output = Result<DisarmPairingResponse, crate::api::error::HandlerError>> + Send;

    /// `listDevices`: List paired devices
    fn list_devices(
        &self,
        caller: crate::api::access::Caller,
        request: ListDevicesRequest,
    ) -> impl Future<Output = Result<ListDevicesResponse, crate::api::error::HandlerError>> + Send;

    /// `revokeDevice`: Revoke a paired device
    fn revoke_device(
        &self,
        caller: crate::api::access::Caller,
        request: RevokeDeviceRequest,
    ) -> impl Future<Output = Result<RevokeDeviceResponse, crate::api::error::HandlerError>> + Send;

    /// `pairDevice`: Exchange a pairing code for access and refresh tokens
    fn pair_device(
        &self,
        caller: crate::api::access::Caller,
        request: PairDeviceRequest,
    ) -> impl Future<Output = Result<PairDeviceResponse, crate::api::error::HandlerError>> + Send;

    /// `refreshTokens`: Rotate a refresh token for a new token pair
    fn refresh_tokens(
        &self,
        caller: crate::api::access::Caller,
        request: RefreshTokensRequest,
    ) -> impl Future<Output = Result<RefreshTokensResponse, crate::api::error::HandlerError>> + Send;

    /// `logout`: Revoke the calling device
    fn logout(
        &self,
        caller: crate::api::access::Caller,
        request: LogoutRequest,
    ) -> impl Future<Output = Result<LogoutResponse, crate::api::error::HandlerError>> + Send;

    /// `getConnectQr`: Render the QR code a phone scans to pair over the LAN
    fn get_connect_qr(
        &self,
        caller: crate::api::access::Caller,
        request: GetConnectQrRequest,
    ) -> impl Future<Output = Result<GetConnectQrResponse, crate::api::error::HandlerError>> + Send;

    /// `getTunnelQr`: Render the QR code for the hub's public tunnel URL
    fn get_tunnel_qr(
        &self,
        caller: crate::api::access::Caller,
        request: GetTunnelQrRequest,
    ) -> impl Future<Output = Result<GetTunnelQrResponse, crate::api::error::HandlerError>> + Send;
}

/// The `library` operations. Implement this in `src/handlers/`.
///
/// The catalogue read API and its change feed.
pub trait LibraryApi: Send + Sync + 'static {
    /// `listTracks`: List tracks with filters, sorting and pagination
    fn list_tracks(
        &self,
        caller: crate::api::access::Caller,
        request: ListTracksRequest,
    ) -> impl Future<Output = Result<ListTracksResponse, crate::api::error::HandlerError>> + Send;

    /// `getTrack`: Get one track
    fn get_track(
        &self,
        caller: crate::api::access::Caller,
        request: GetTrackRequest,
    ) -> impl Future<Output = Result<GetTrackResponse, crate::api::error::HandlerError>> + Send;

    /// `listAlbums`: List albums with filters, sorting and pagination
    fn list_albums(
        &self,
        caller: crate::api::access::Caller,
        request: ListAlbumsRequest,
    ) -> impl Future<Output = Result<ListAlbumsResponse, crate::api::error::HandlerError>> + Send;

    /// `getAlbum`: Get one album with its tracks
    fn get_album(
        &self,
        caller: crate::api::access::Caller,
        request: GetAlbumRequest,
    ) -> impl Future<Output = Result<GetAlbumResponse, crate::api::error::HandlerError>> + Send;

    /// `listArtists`: List artists with filters, sorting and pagination
    fn list_artists(
        &self,
        caller: crate::api::access::Caller,
        request: ListArtistsRequest,
    ) -> impl Future<Output = Result<ListArtistsResponse, crate::api::error::HandlerError>> + Send;

    /// `getArtist`: Get one artist with albums, appearances and top tracks
    fn get_artist(
        &self,
        caller: crate::api::access::Caller,
        request: GetArtistRequest,
    ) -> impl Future<Output = Result<GetArtistResponse, crate::api::error::HandlerError>> + Send;

    /// `getLibraryStats`: Count what the catalogue holds
    fn get_library_stats(
        &self,
        caller: crate::api::access::Caller,
        request: GetLibraryStatsRequest,
    ) -> impl Future<Output = Result<GetLibraryStatsResponse, crate::api::error::HandlerError>> + Send;

    /// `getLibraryFilters`: List the facets to filter the catalogue by, with counts
    fn get_library_filters(
        &self,
        caller: crate::api::access::Caller,
        request: GetLibraryFiltersRequest,
    ) -> impl Future<Output = Result<GetLibraryFiltersResponse, crate::api::error::HandlerError>> + Send;

    /// `streamLibraryEvents`: Follow every change to the library (Server-Sent Events)
    fn stream_library_events(
        &self,
        caller: crate::api::access::Caller,
        request: StreamLibraryEventsRequest,
    ) -> impl Future<Output = Result<StreamLibraryEventsResponse, crate::api::error::HandlerError>> + Send;

    /// `browseLibrary`: Browse the library's folders, or the home sections
    fn browse_library(
        &self,
        caller: crate::api::access::Caller,
        request: BrowseLibraryRequest,
    ) -> impl Future<Output = Result<BrowseLibraryResponse, crate::api::error::HandlerError>> + Send;
}

/// The `scan` operations. Implement this in `src/handlers/`.
///
/// Scanning the music folders into the catalogue.
pub trait ScanApi: Send + Sync + 'static {
    /// `startScan`: Start a scan of the music folders
    fn start_scan(
        &self,
        caller: crate::api::access::Caller,
        request: StartScanRequest,
    ) -> impl Future<Output = Result<StartScanResponse, crate::api::error::HandlerError>> + Send;

    /// `getScanStatus`: Report the current or last scan
    fn get_scan_status(
        &self,
        caller: crate::api::access::Caller,
        request: GetScanStatusRequest,
    ) -> impl Future<Output = Result<GetScanStatusResponse, crate::api::error::HandlerError>> + Send;

    /// `cancelScan`: Cancel the running scan
    fn cancel_scan(
        &self,
        caller: crate::api::access::Caller,
        request: CancelScanRequest,
    ) -> impl Future<Output = Result<CancelScanResponse, crate::api::error::HandlerError>> + Send;

    /// `streamScanProgress`: Follow scan progress (Server-Sent Events)
    fn stream_scan_progress(
        &self,
        caller: crate::api::access::Caller,
        request: StreamScanProgressRequest,
    ) -> impl Future<Output = Result<StreamScanProgressResponse, crate::api::error::HandlerError>> + Send;
}

/// The `search` operations. Implement this in `src/handlers/`.
///
/// Full-text search over the catalogue and the search history.
pub trait SearchApi: Send + Sync + 'static {
    /// `searchLibrary`: Search tracks, albums, artists and playlists
    fn search_library(
        &self,
        caller: crate::api::access::Caller,
        request: SearchLibraryRequest,
    ) -> impl Future<Output = Result<SearchLibraryResponse, crate::api::error::HandlerError>> + Send;

    /// `listSearchHistory`: List the caller's recent searches
    fn list_search_history(
        &self,
        caller: crate::api::access::Caller,
        request: ListSearchHistoryRequest,
    ) -> impl Future<Output = Result<ListSearchHistoryResponse, crate::api::error::HandlerError>> + Send;

    /// `clearSearchHistory`: Clear the caller's search history
    fn clear_search_history(
        &self,
        caller: crate::api::access::Caller,
        request: ClearSearchHistoryRequest,
    ) -> impl Future<Output = Result<ClearSearchHistoryResponse, crate::api::error::HandlerError>> + Send;
}

/// The `playlists` operations. Implement this in `src/handlers/`.
///
/// Playlists and their entries.
pub trait PlaylistsApi: Send + Sync + 'static {
    /// `listPlaylists`: List playlists
    fn list_playlists(
        &self,
        caller: crate::api::access::Caller,
        request: ListPlaylistsRequest,
    ) -> impl Future<Output = Result<ListPlaylistsResponse, crate::api::error::HandlerError>> + Send;

    /// `createPlaylist`: Create a playlist
    fn create_playlist(
        &self,
        caller: crate::api::access::Caller,
        request: CreatePlaylistRequest,
    ) -> impl Future<Output = Result<CreatePlaylistResponse, crate::api::error::HandlerError>> + Send;

    /// `getPlaylist`: Get one playlist with its entries
    fn get_playlist(
        &self,
        caller: crate::api::access::Caller,
        request: GetPlaylistRequest,
    ) -> impl Future<Output = Result<GetPlaylistResponse, crate::api::error::HandlerError>> + Send;

    /// `updatePlaylist`: Rename a playlist or change its description
    fn update_playlist(
        &self,
        caller: crate::api::access::Caller,
        request: UpdatePlaylistRequest,
    ) -> impl Future<Output = Result<UpdatePlaylistResponse, crate::api::error::HandlerError>> + Send;

    /// `deletePlaylist`: Delete a playlist
    fn delete_playlist(
        &self,
        caller: crate::api::access::Caller,
        request: DeletePlaylistRequest,
    ) -> impl Future<Output = Result<DeletePlaylistResponse, crate::api::error::HandlerError>> + Send;

    /// `exportPlaylistM3u8`: Export a playlist as an extended M3U file
    fn export_playlist_m3u8(
        &self,
        caller: crate::api::access::Caller,
        request: ExportPlaylistM3u8Request,
    ) -> impl Future<Output = Result<ExportPlaylistM3u8Response, crate::api::error::HandlerError>> + Send;

    /// `importPlaylist`: Import an M3U or M3U8 playlist
    fn import_playlist(
        &self,
        caller: crate::api::access::Caller,
        request: ImportPlaylistRequest,
    ) -> impl Future<Output = Result<ImportPlaylistResponse, crate::api::error::HandlerError>> + Send;

    /// `addPlaylistTracks`: Add tracks to a playlist
    fn add_playlist_tracks(
        &self,
        caller: crate::api::access::Caller,
        request: AddPlaylistTracksRequest,
    ) -> impl Future<Output = Result<AddPlaylistTracksResponse, crate::api::error::HandlerError>> + Send;

    /// `removePlaylistTrack`: Remove one entry from a playlist
    fn remove_playlist_track(
        &self,
        caller: crate::api::access::Caller,
        request: RemovePlaylistTrackRequest,
    ) -> impl Future<Output = Result<RemovePlaylistTrackResponse, crate::api::error::HandlerError>> + Send;

    /// `reorderPlaylist`: Reorder a playlist's entries
    fn reorder_playlist(
        &self,
        caller: crate::api::access::Caller,
        request: ReorderPlaylistRequest,
    ) -> impl Future<Output = Result<ReorderPlaylistResponse, crate::api::error::HandlerError>> + Send;
}

/// The `playback` operations. Implement this in `src/handlers/`.
///
/// The playback session shared between devices, and playback history.
pub trait PlaybackApi: Send + Sync + 'static {
    /// `getPlaybackSession`: Get the shared playback session
    fn get_playback_session(
        &self,
        caller: crate::api::access::Caller,
        request: GetPlaybackSessionRequest,
    ) -> impl Future<Output = Result<GetPlaybackSessionResponse, crate::api::error::HandlerError>> + Send;

    /// `updatePlaybackSession`: Update the shared playback session
    fn update_playback_session(
        &self,
        caller: crate::api::access::Caller,
        request: UpdatePlaybackSessionRequest,
    ) -> impl Future<Output = Result<UpdatePlaybackSessionResponse, crate::api::error::HandlerError>>
           + Send;

    /// `listPlaybackHistory`: List recently played tracks
    fn list_playback_history(
        &self,
        caller: crate::api::access::Caller,
        request: ListPlaybackHistoryRequest,
    ) -> impl Future<Output = Result<ListPlaybackHistoryResponse, crate::api::error::HandlerError>> + Send;

    /// `playbackHistoryBack`: Go back to the previously played track
    fn playback_history_back(
        &self,
        caller: crate::api::access::Caller,
        request: PlaybackHistoryBackRequest,
    ) -> impl Future<Output = Result<PlaybackHistoryBackResponse, crate::api::error::HandlerError>> + Send;
}

/// The `media` operations. Implement this in `src/handlers/`.
///
/// Audio streams and artwork, for players that cannot send headers.
pub trait MediaApi: Send + Sync + 'static {
    /// `createMediaSession`: Get a short-lived media token for audio and image elements
    fn create_media_session(
        &self,
        caller: crate::api::access::Caller,
        request: CreateMediaSessionRequest,
    ) -> impl Future<Output = Result<CreateMediaSessionResponse, crate::api::error::HandlerError>> + Send;

    /// `streamMedia`: Stream a track's audio file (HTTP Range)
    fn stream_media(
        &self,
        caller: crate::api::access::Caller,
        request: StreamMediaRequest,
    ) -> impl Future<Output = Result<StreamMediaResponse, crate::api::error::HandlerError>> + Send;

    /// `getArtwork`: Get an artwork image
    fn get_artwork(
        &self,
        caller: crate::api::access::Caller,
        request: GetArtworkRequest,
    ) -> impl Future<Output = Result<GetArtworkResponse, crate::api::error::HandlerError>> + Send;
}

/// The `saved` operations. Implement this in `src/handlers/`.
///
/// Saved (liked) tracks, albums, artists and playlists.
pub trait SavedApi: Send + Sync + 'static {
    /// `listSaved`: List saved (liked) items
    fn list_saved(
        &self,
        caller: crate::api::access::Caller,
        request: ListSavedRequest,
    ) -> impl Future<Output = Result<ListSavedResponse, crate::api::error::HandlerError>> + Send;

    /// `saveItem`: Save (like) a track, album, artist or playlist
    fn save_item(
        &self,
        caller: crate::api::access::Caller,
        request: SaveItemRequest,
    ) -> impl Future<Output = Result<SaveItemResponse, crate::api::error::HandlerError>> + Send;

    /// `unsaveItem`: Unsave (unlike) an item
    fn unsave_item(
        &self,
        caller: crate::api::access::Caller,
        request: UnsaveItemRequest,
    ) -> impl Future<Output = Result<UnsaveItemResponse, crate::api::error::HandlerError>> + Send;
}

/// The `metadata` operations. Implement this in `src/handlers/`.
///
/// Tag metadata, user overrides and enrichment suggestions.
pub trait MetadataApi: Send + Sync + 'static {
    /// `setMetadataOverridesBatch`: Set the same overrides on many tracks
    fn set_metadata_overrides_batch(
        &self,
        caller: crate::api::access::Caller,
        request: SetMetadataOverridesBatchRequest,
    ) -> impl Future<
        Output = Result<SetMetadataOverridesBatchResponse, crate::api::error::HandlerError>,
    > + Send;

    /// `getTrackMetadata`: Get a track's tags, overrides and effective metadata
    fn get_track_metadata(
        &self,
        caller: crate::api::access::Caller,
        request: GetTrackMetadataRequest,
    ) -> impl Future<Output = Result<GetTrackMetadataResponse, crate::api::error::HandlerError>> + Send;

    /// `setTrackMetadataOverrides`: Set a track's metadata overrides
    fn set_track_metadata_overrides(
        &self,
        caller: crate::api::access::Caller,
        request: SetTrackMetadataOverridesRequest,
    ) -> impl Future<
        Output = Result<SetTrackMetadataOverridesResponse, crate::api::error::HandlerError>,
    > + Send;

    /// `clearTrackMetadataOverrides`: Remove all of a track's metadata overrides
    fn clear_track_metadata_overrides(
        &self,
        caller: crate::api::access::Caller,
        request: ClearTrackMetadataOverridesRequest,
    ) -> impl Future<
        Output = Result<ClearTrackMetadataOverridesResponse, crate::api::error::HandlerError>,
    > + Send;

    /// `getTrackEnrichment`: List metadata suggestions for a track
    fn get_track_enrichment(
        &self,
        caller: crate::api::access::Caller,
        request: GetTrackEnrichmentRequest,
    ) -> impl Future<Output = Result<GetTrackEnrichmentResponse, crate::api::error::HandlerError>> + Send;

    /// `applyTrackEnrichment`: Apply a metadata suggestion to a track
    fn apply_track_enrichment(
        &self,
        caller: crate::api::access::Caller,
        request: ApplyTrackEnrichmentRequest,
    ) -> impl Future<Output = Result<ApplyTrackEnrichmentResponse, crate::api::error::HandlerError>> + Send;
}

/// The `shares` operations. Implement this in `src/handlers/`.
///
/// Public share links and the share pages' bootstrap routes.
pub trait SharesApi: Send + Sync + 'static {
    /// `listShares`: List share links
    fn list_shares(
        &self,
        caller: crate::api::access::Caller,
        request: ListSharesRequest,
    ) -> impl Future<Output = Result<ListSharesResponse, crate::api::error::HandlerError>> + Send;

    /// `createShare`: Create a public share link for a playlist, album, artist or track
    fn create_share(
        &self,
        caller: crate::api::access::Caller,
        request: CreateShareRequest,
    ) -> impl Future<Output = Result<CreateShareResponse, crate::api::error::HandlerError>> + Send;

    /// `updateShare`: Change a share link's expiry, password or limits
    fn update_share(
        &self,
        caller: crate::api::access::Caller,
        request: UpdateShareRequest,
    ) -> impl Future<Output = Result<UpdateShareResponse, crate::api::error::HandlerError>> + Send;

    /// `deleteShare`: Delete a share link
    fn delete_share(
        &self,
        caller: crate::api::access::Caller,
        request: DeleteShareRequest,
    ) -> impl Future<Output = Result<DeleteShareResponse, crate::api::error::HandlerError>> + Send;

    /// `bootstrapPlaylistShare`: Open a shared playlist (public share page bootstrap)
    fn bootstrap_playlist_share(
        &self,
        caller: crate::api::access::Caller,
        request: BootstrapPlaylistShareRequest,
    ) -> impl Future<Output = Result<BootstrapPlaylistShareResponse, crate::api::error::HandlerError>>
           + Send;

    /// `bootstrapAlbumShare`: Open a shared album (public share page bootstrap)
    fn bootstrap_album_share(
        &self,
        caller: crate::api::access::Caller,
        request: BootstrapAlbumShareRequest,
    ) -> impl Future<Output = Result<BootstrapAlbumShareResponse, crate::api::error::HandlerError>> + Send;

    /// `bootstrapArtistShare`: Open a shared artist (public share page bootstrap)
    fn bootstrap_artist_share(
        &self,
        caller: crate::api::access::Caller,
        request: BootstrapArtistShareRequest,
    ) -> impl Future<Output = Result<BootstrapArtistShareResponse, crate::api::error::HandlerError>> + Send;

    /// `bootstrapTrackShare`: Open a shared track (public share page bootstrap)
    fn bootstrap_track_share(
        &self,
        caller: crate::api::access::Caller,
        request: BootstrapTrackShareRequest,
    ) -> impl Future<Output = Result<BootstrapTrackShareResponse, crate::api::error::HandlerError>> + Send;

    /// `heartbeatShareSession`: Keep a share session alive
    fn heartbeat_share_session(
        &self,
        caller: crate::api::access::Caller,
        request: HeartbeatShareSessionRequest,
    ) -> impl Future<Output = Result<HeartbeatShareSessionResponse, crate::api::error::HandlerError>>
           + Send;
}
