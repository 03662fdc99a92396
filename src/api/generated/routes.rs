// generated from openapi/music-hub.yaml — do not edit.
// Regenerate with `cargo run -p codegen -- generate`; `-- check` fails when this is stale.
//!
//! The poem-openapi routes: each checks the caller's access, parses the inputs into the
//! operation's request struct and calls the tag's trait. Also the table of every operation.

#[allow(unused_imports)]
use super::*;
use std::sync::Arc;

use poem_openapi::param::{Header, Path, Query};
use poem_openapi::OpenApi;

/// The `system` routes: they check access, parse inputs and call a `SystemApi`.
pub struct SystemRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: SystemApi> SystemRoutes<T> {
    /// Check that the hub is up
    ///
    /// Answers at once with `{"ok": true}` and the hub's version, whatever the state of the
    /// database. Use it as a liveness probe before anything else.
    #[oai(
        path = "/api/ping",
        method = "get",
        operation_id = "ping",
        tag = "ApiTags::System"
    )]
    async fn ping(&self, access: crate::api::access::Public<false>) -> poem::Result<PingResponse> {
        let request = PingRequest {};
        Ok(self.0.ping(access.into_caller(), request).await?)
    }

    /// Describe the hub and the health of its database
    ///
    /// Returns the hub's identity, version, port and the health of its database. When
    /// `databaseHealth.status` is not `healthy`, most routes answer
    /// `503 database_unavailable`; a local agent may then call
    /// `POST /api/database/rebuild`.
    #[oai(
        path = "/api/info",
        method = "get",
        operation_id = "getInfo",
        tag = "ApiTags::System"
    )]
    async fn get_info(
        &self,
        access: crate::api::access::Public<false>,
    ) -> poem::Result<GetInfoResponse> {
        let request = GetInfoRequest {};
        Ok(self.0.get_info(access.into_caller(), request).await?)
    }

    /// Archive the database and start a fresh one
    ///
    /// Moves the database file and its `-wal`/`-shm` companions, byte for byte, into
    /// `<data-dir>/archive/<UTC timestamp>/`, creates and migrates a fresh database, copies
    /// the person's own data (playlists, saved items, playback session and history, paired
    /// devices and their tokens, search history, metadata overrides, shares) from the archive
    /// into it, and answers where the archive is and what was carried over (`carriedOver`).
    /// Nothing is ever deleted. On a healthy database it is
    /// refused with `409 database_healthy` unless the body is `{"force": true}`. A running
    /// scan is cancelled first; afterwards a full scan of the library folders starts by
    /// itself (trigger `rebuild`) and fills the fresh database with the same ids as before.
    #[oai(
        path = "/api/database/rebuild",
        method = "post",
        operation_id = "rebuildDatabase",
        tag = "ApiTags::System"
    )]
    async fn rebuild_database(
        &self,
        access: crate::api::access::LocalOnly<false>,
        body: crate::api::payload::OptionalJson<RebuildRequest>,
    ) -> poem::Result<RebuildDatabaseResponse> {
        let request = RebuildDatabaseRequest { body: body.0 };
        Ok(self
            .0
            .rebuild_database(access.into_caller(), request)
            .await?)
    }
}

/// The `auth` routes: they check access, parse inputs and call a `AuthApi`.
pub struct AuthRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: AuthApi> AuthRoutes<T> {
    /// Show whether pairing is armed, and the paired devices
    ///
    /// Local-only. Shows whether pairing is armed and until when (with the current code),
    /// the URLs a phone can reach the hub on, whether a static API token is configured,
    /// and the paired devices. Remote calls answer `403 local_only` whatever token they
    /// carry.
    #[oai(
        path = "/api/auth/status",
        method = "get",
        operation_id = "getAuthStatus",
        tag = "ApiTags::Auth"
    )]
    async fn get_auth_status(
        &self,
        access: crate::api::access::LocalOnly<true>,
    ) -> poem::Result<GetAuthStatusResponse> {
        let request = GetAuthStatusRequest {};
        Ok(self
            .0
            .get_auth_status(access.into_caller(), request)
            .await?)
    }

    /// Arm pairing and get a pairing code
    ///
    /// Local-only. Opens a pairing window of `minutes` (1 to 60, default 10) and answers a
    /// fresh pairing code with its expiry; arming again replaces the code. A device then
    /// calls `POST /api/auth/pair` with the code (or scans `GET /api/connect/qr`). The
    /// code is single-use and dies with the window. Remote calls, and local calls from a
    /// foreign web page (`Origin`), answer `403`.
    #[oai(
        path = "/api/auth/arm",
        method = "post",
        operation_id = "armPairing",
        tag = "ApiTags::Auth"
    )]
    async fn arm_pairing(
        &self,
        access: crate::api::access::LocalOnly<true>,
        body: crate::api::payload::OptionalJson<ArmRequest>,
    ) -> poem::Result<ArmPairingResponse> {
        let request = ArmPairingRequest { body: body.0 };
        Ok(self.0.arm_pairing(access.into_caller(), request).await?)
    }

    /// End the pairing window
    ///
    /// Local-only. Closes the pairing window: the current code stops working at once.
    /// Answers `204` also when pairing was not armed. Devices already paired are not
    /// affected.
    #[oai(
        path = "/api/auth/disarm",
        method = "post",
        operation_id = "disarmPairing",
        tag = "ApiTags::Auth"
    )]
    async fn disarm_pairing(
        &self,
        access: crate::api::access::LocalOnly<true>,
    ) -> poem::Result<DisarmPairingResponse> {
        let request = DisarmPairingRequest {};
        Ok(self.0.disarm_pairing(access.into_caller(), request).await?)
    }

    /// List paired devices
    ///
    /// Local-only. Lists the devices that paired, with when they paired and were last
    /// seen, and whether they are revoked. Sort with `sort` (default `pairedAt`) and
    /// `order`; page with `limit` and `cursor`. Revoke one with
    /// `DELETE /api/auth/devices/{deviceId}`.
    #[oai(
        path = "/api/auth/devices",
        method = "get",
        operation_id = "listDevices",
        tag = "ApiTags::Auth"
    )]
    async fn list_devices(
        &self,
        access: crate::api::access::LocalOnly<true>,
        #[oai(
            name = "limit",
            default = "defaults::default_i32_50",
            validator(minimum(value = "1"), maximum(value = "500"))
        )]
        param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<DeviceSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "includeRevoked", default = "defaults::default_bool_false")]
        param_include_revoked: Query<bool>,
    ) -> poem::Result<ListDevicesResponse> {
        let request = ListDevicesRequest {
            limit: param_limit.0,
            cursor: param_cursor.0,
            sort: param_sort.0,
            order: param_order.0,
            include_revoked: param_include_revoked.0,
        };
        Ok(self.0.list_devices(access.into_caller(), request).await?)
    }

    /// Revoke a paired device
    ///
    /// Local-only. Revokes the device and all of its tokens: its next call answers
    /// `401 device_revoked`, even with an access token that has not expired, and its media
    /// tokens stop working. The device must pair again to come back. An unknown device
    /// answers `404 not_found`.
    #[oai(
        path = "/api/auth/devices/:deviceId",
        method = "delete",
        operation_id = "revokeDevice",
        tag = "ApiTags::Auth"
    )]
    async fn revoke_device(
        &self,
        access: crate::api::access::LocalOnly<true>,
        #[oai(name = "deviceId")] param_device_id: Path<String>,
    ) -> poem::Result<RevokeDeviceResponse> {
        let request = RevokeDeviceRequest {
            device_id: param_device_id.0,
        };
        Ok(self.0.revoke_device(access.into_caller(), request).await?)
    }

    /// Exchange a pairing code for access and refresh tokens
    ///
    /// Public. Exchanges the pairing code shown by the hub (`POST /api/auth/arm`, the QR
    /// code, or `music-hub pair`) for an access token (minutes) and a refresh token
    /// (weeks) bound to `deviceId`. Send the access token as `Authorization: Bearer`;
    /// renew it with `POST /api/auth/refresh` before `accessExpiresAt`. The code is
    /// single-use. A wrong, used or expired code, or no armed pairing, answers
    /// `401 invalid_pairing_code`; after too many wrong codes the window closes and calls
    /// answer `429 too_many_attempts` with `Retry-After`. Pairing again with a known
    /// `deviceId` replaces that device's tokens.
    #[oai(
        path = "/api/auth/pair",
        method = "post",
        operation_id = "pairDevice",
        tag = "ApiTags::Auth"
    )]
    async fn pair_device(
        &self,
        access: crate::api::access::Public<true>,
        body: crate::api::payload::JsonBody<PairRequest>,
    ) -> poem::Result<PairDeviceResponse> {
        let request = PairDeviceRequest { body: body.0 };
        Ok(self.0.pair_device(access.into_caller(), request).await?)
    }

    /// Rotate a refresh token for a new token pair
    ///
    /// Public. Exchanges the device's refresh token for a new access and refresh token and
    /// retires the old refresh token: store the new pair and never reuse the old one.
    /// Presenting a retired refresh token again is treated as theft: the device's whole
    /// token family is revoked and the call answers `401 refresh_token_reused` (pair
    /// again). Other refusals are `401 token_expired` (pair again), `401 invalid_token`
    /// (forged, malformed, or for another `deviceId`) and `401 device_revoked`.
    #[oai(
        path = "/api/auth/refresh",
        method = "post",
        operation_id = "refreshTokens",
        tag = "ApiTags::Auth"
    )]
    async fn refresh_tokens(
        &self,
        access: crate::api::access::Public<true>,
        body: crate::api::payload::JsonBody<RefreshRequest>,
    ) -> poem::Result<RefreshTokensResponse> {
        let request = RefreshTokensRequest { body: body.0 };
        Ok(self.0.refresh_tokens(access.into_caller(), request).await?)
    }

    /// Revoke the calling device
    ///
    /// Revokes the device whose access token authenticates the call, with all of its
    /// tokens; it must pair again to come back. A call not made with a device's access
    /// token (a loopback call without a token, or the static `MUSIC_HUB_API_TOKEN`) has no
    /// device to log out and answers `403 not_a_device`.
    #[oai(
        path = "/api/auth/logout",
        method = "post",
        operation_id = "logout",
        tag = "ApiTags::Auth"
    )]
    async fn logout(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<LogoutResponse> {
        let request = LogoutRequest {};
        Ok(self.0.logout(access.into_caller(), request).await?)
    }

    /// Render the QR code a phone scans to pair over the LAN
    ///
    /// Local-only. Renders a QR code holding the hub's LAN URL (its non-loopback addresses
    /// and port), its hub id and the current pairing code, as SVG (default) or PNG
    /// (`format=png`). Pairing must be armed first (`POST /api/auth/arm`); otherwise it
    /// answers `409 pairing_not_armed`.
    #[oai(
        path = "/api/connect/qr",
        method = "get",
        operation_id = "getConnectQr",
        tag = "ApiTags::Auth"
    )]
    async fn get_connect_qr(
        &self,
        access: crate::api::access::LocalOnly<true>,
        #[oai(name = "format")] param_format: Query<Option<QrFormat>>,
    ) -> poem::Result<GetConnectQrResponse> {
        let request = GetConnectQrRequest {
            format: param_format.0,
        };
        Ok(self.0.get_connect_qr(access.into_caller(), request).await?)
    }

    /// Render the QR code for the hub's public tunnel URL
    ///
    /// Local-only. Renders the same QR code as `GET /api/connect/qr` but for the
    /// configured public tunnel URL (`--tunnel-url` / `MUSIC_HUB_TUNNEL_URL`), with the
    /// pairing code when pairing is armed, as SVG (default) or PNG (`format=png`). When no
    /// tunnel is configured it answers `404 tunnel_not_configured`.
    #[oai(
        path = "/api/tunnel/qr",
        method = "get",
        operation_id = "getTunnelQr",
        tag = "ApiTags::Auth"
    )]
    async fn get_tunnel_qr(
        &self,
        access: crate::api::access::LocalOnly<true>,
        #[oai(name = "format")] param_format: Query<Option<QrFormat>>,
    ) -> poem::Result<GetTunnelQrResponse> {
        let request = GetTunnelQrRequest {
            format: param_format.0,
        };
        Ok(self.0.get_tunnel_qr(access.into_caller(), request).await?)
    }
}

/// The `library` routes: they check access, parse inputs and call a `LibraryApi`.
pub struct LibraryRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: LibraryApi> LibraryRoutes<T> {
    /// List tracks with filters, sorting and pagination
    ///
    /// Lists the catalogue's tracks. Filter by genre, year range, artist, album, format or
    /// saved state; sort by `sort` and `order`; page with `limit` and `cursor`.
    #[oai(
        path = "/api/tracks",
        method = "get",
        operation_id = "listTracks",
        tag = "ApiTags::Library"
    )]
    async fn list_tracks(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(
            name = "limit",
            default = "defaults::default_i32_50",
            validator(minimum(value = "1"), maximum(value = "500"))
        )]
        param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<TrackSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "genre", validator(max_length = 256))] param_genre: Query<Option<String>>,
        #[oai(
            name = "yearFrom",
            validator(minimum(value = "0"), maximum(value = "9999"))
        )]
        param_year_from: Query<Option<i32>>,
        #[oai(
            name = "yearTo",
            validator(minimum(value = "0"), maximum(value = "9999"))
        )]
        param_year_to: Query<Option<i32>>,
        #[oai(name = "artistId", validator(max_length = 128))] param_artist_id: Query<
            Option<String>,
        >,
        #[oai(name = "albumId", validator(max_length = 128))] param_album_id: Query<Option<String>>,
        #[oai(name = "format", validator(max_length = 32))] param_format: Query<Option<String>>,
        #[oai(name = "saved")] param_saved: Query<Option<bool>>,
    ) -> poem::Result<ListTracksResponse> {
        let request = ListTracksRequest {
            limit: param_limit.0,
            cursor: param_cursor.0,
            sort: param_sort.0,
            order: param_order.0,
            genre: param_genre.0,
            year_from: param_year_from.0,
            year_to: param_year_to.0,
            artist_id: param_artist_id.0,
            album_id: param_album_id.0,
            format: param_format.0,
            saved: param_saved.0,
        };
        Ok(self.0.list_tracks(access.into_caller(), request).await?)
    }

    /// Get one track
    ///
    /// Returns the track with this id: its artists, album, tags, audio properties, play
    /// count and saved state. Track ids are stable across rescans and database rebuilds,
    /// so an id kept in a playlist or a share stays valid. Stream it with
    /// `GET /api/media/stream/{trackId}` and show its artwork, when `artworkId` is set,
    /// with `GET /api/media/artwork/{id}`. An unknown id answers `404 not_found`.
    #[oai(
        path = "/api/track/:id",
        method = "get",
        operation_id = "getTrack",
        tag = "ApiTags::Library"
    )]
    async fn get_track(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<GetTrackResponse> {
        let request = GetTrackRequest { id: param_id.0 };
        Ok(self.0.get_track(access.into_caller(), request).await?)
    }

    /// List albums with filters, sorting and pagination
    ///
    /// Lists the catalogue's albums, grouped the way a listener expects: by album artist,
    /// with compilations under "Various Artists" and multi-disc albums as one album. Filter
    /// by artist, genre, year range, compilation or saved state; sort with `sort` and
    /// `order`; page with `limit` and `cursor` until `nextCursor` is absent. Get an album's
    /// tracks with `GET /api/album/{id}`.
    #[oai(
        path = "/api/albums",
        method = "get",
        operation_id = "listAlbums",
        tag = "ApiTags::Library"
    )]
    async fn list_albums(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(
            name = "limit",
            default = "defaults::default_i32_50",
            validator(minimum(value = "1"), maximum(value = "500"))
        )]
        param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<AlbumSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "artistId", validator(max_length = 128))] param_artist_id: Query<
            Option<String>,
        >,
        #[oai(name = "genre", validator(max_length = 256))] param_genre: Query<Option<String>>,
        #[oai(
            name = "yearFrom",
            validator(minimum(value = "0"), maximum(value = "9999"))
        )]
        param_year_from: Query<Option<i32>>,
        #[oai(
            name = "yearTo",
            validator(minimum(value = "0"), maximum(value = "9999"))
        )]
        param_year_to: Query<Option<i32>>,
        #[oai(name = "compilation")] param_compilation: Query<Option<bool>>,
        #[oai(name = "saved")] param_saved: Query<Option<bool>>,
    ) -> poem::Result<ListAlbumsResponse> {
        let request = ListAlbumsRequest {
            limit: param_limit.0,
            cursor: param_cursor.0,
            sort: param_sort.0,
            order: param_order.0,
            artist_id: param_artist_id.0,
            genre: param_genre.0,
            year_from: param_year_from.0,
            year_to: param_year_to.0,
            compilation: param_compilation.0,
            saved: param_saved.0,
        };
        Ok(self.0.list_albums(access.into_caller(), request).await?)
    }

    /// Get one album with its tracks
    ///
    /// Returns the album and all of its tracks in disc and track order (`discNumber`, then
    /// `trackNumber`; tracks without numbers last, by title). An unknown id answers
    /// `404 not_found`.
    #[oai(
        path = "/api/album/:id",
        method = "get",
        operation_id = "getAlbum",
        tag = "ApiTags::Library"
    )]
    async fn get_album(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<GetAlbumResponse> {
        let request = GetAlbumRequest { id: param_id.0 };
        Ok(self.0.get_album(access.into_caller(), request).await?)
    }

    /// List artists with filters, sorting and pagination
    ///
    /// Lists the catalogue's artists (album artists and track artists; a multi-valued
    /// artist tag gives one artist per value). Filter by genre, saved state, or only
    /// artists with albums of their own; sort with `sort` and `order`; page with `limit`
    /// and `cursor`. Get an artist's albums and top tracks with `GET /api/artist/{id}`.
    #[oai(
        path = "/api/artists",
        method = "get",
        operation_id = "listArtists",
        tag = "ApiTags::Library"
    )]
    async fn list_artists(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(
            name = "limit",
            default = "defaults::default_i32_50",
            validator(minimum(value = "1"), maximum(value = "500"))
        )]
        param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<ArtistSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "genre", validator(max_length = 256))] param_genre: Query<Option<String>>,
        #[oai(name = "saved")] param_saved: Query<Option<bool>>,
        #[oai(name = "albumArtistsOnly", default = "defaults::default_bool_false")]
        param_album_artists_only: Query<bool>,
    ) -> poem::Result<ListArtistsResponse> {
        let request = ListArtistsRequest {
            limit: param_limit.0,
            cursor: param_cursor.0,
            sort: param_sort.0,
            order: param_order.0,
            genre: param_genre.0,
            saved: param_saved.0,
            album_artists_only: param_album_artists_only.0,
        };
        Ok(self.0.list_artists(access.into_caller(), request).await?)
    }

    /// Get one artist with albums, appearances and top tracks
    ///
    /// Returns the artist, their own albums (where they are the album artist, newest
    /// first), their appearances (albums of others, compilations included, on which they
    /// play at least one track) and their top tracks (by play count, at most 20). An
    /// unknown id answers `404 not_found`.
    #[oai(
        path = "/api/artist/:id",
        method = "get",
        operation_id = "getArtist",
        tag = "ApiTags::Library"
    )]
    async fn get_artist(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<GetArtistResponse> {
        let request = GetArtistRequest { id: param_id.0 };
        Ok(self.0.get_artist(access.into_caller(), request).await?)
    }

    /// Count what the catalogue holds
    ///
    /// Returns the number of tracks, albums, artists and playlists, the total duration and
    /// size of the audio files, the tracks per format, and the state of the last (or
    /// current) scan. Cheap enough to poll, but prefer `GET /api/library/events` to learn
    /// about changes.
    #[oai(
        path = "/api/library/stats",
        method = "get",
        operation_id = "getLibraryStats",
        tag = "ApiTags::Library"
    )]
    async fn get_library_stats(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<GetLibraryStatsResponse> {
        let request = GetLibraryStatsRequest {};
        Ok(self
            .0
            .get_library_stats(access.into_caller(), request)
            .await?)
    }

    /// List the facets to filter the catalogue by, with counts
    ///
    /// Returns the values the catalogue can be filtered by, each with its number of
    /// tracks: genres, years, decades, formats and artists (most tracks first). Pass a
    /// value back as the matching filter of `GET /api/tracks` (`genre`, `yearFrom`/`yearTo`,
    /// `format`, `artistId`).
    #[oai(
        path = "/api/library/filters",
        method = "get",
        operation_id = "getLibraryFilters",
        tag = "ApiTags::Library"
    )]
    async fn get_library_filters(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<GetLibraryFiltersResponse> {
        let request = GetLibraryFiltersRequest {};
        Ok(self
            .0
            .get_library_filters(access.into_caller(), request)
            .await?)
    }

    /// Follow every change to the library (Server-Sent Events)
    ///
    /// A Server-Sent Events stream of every change as it happens: tracks, albums and
    /// artists added, updated or removed; playlists, saved items, the playback session,
    /// metadata, shares, database health, scans started and completed. Each message has
    /// `id:` (the event's increasing `id`), `event:` (its `type`) and `data:` (the
    /// `LibraryEvent` as JSON). After a disconnect, reconnect with `Last-Event-ID` set to
    /// the last id received: the events missed are replayed from a bounded buffer; when
    /// the gap is older than the buffer, the first event is `resync`, which means "refetch
    /// what you show". Lines starting with `:` are keep-alive comments; ignore them.
    #[oai(
        path = "/api/library/events",
        method = "get",
        operation_id = "streamLibraryEvents",
        tag = "ApiTags::Library"
    )]
    async fn stream_library_events(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(
            name = "Last-Event-ID",
            validator(max_length = 20, pattern = "^[0-9]+$")
        )]
        param_last_event_id: Header<Option<String>>,
    ) -> poem::Result<StreamLibraryEventsResponse> {
        let request = StreamLibraryEventsRequest {
            last_event_id: param_last_event_id.0,
        };
        Ok(self
            .0
            .stream_library_events(access.into_caller(), request)
            .await?)
    }

    /// Browse the library's folders, or the home sections
    ///
    /// Without `path`: the library roots and the home sections (recently added albums,
    /// recently played and most played tracks). With `path`: the sub-folders and the
    /// tracks of that folder. A path is relative: its first segment is a root's `id` (as
    /// listed in `roots`), the rest is the folder inside that root, separated by `/`, e.g.
    /// `music/Radiohead/OK Computer`. A path that leaves the roots (`..`, an absolute path)
    /// or names no root answers `400 invalid_path`; a folder that does not exist
    /// `404 not_found`. Absolute file paths are only shown to local calls.
    #[oai(
        path = "/api/browse",
        method = "get",
        operation_id = "browseLibrary",
        tag = "ApiTags::Library"
    )]
    async fn browse_library(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "path", validator(max_length = 4096))] param_path: Query<Option<String>>,
    ) -> poem::Result<BrowseLibraryResponse> {
        let request = BrowseLibraryRequest { path: param_path.0 };
        Ok(self.0.browse_library(access.into_caller(), request).await?)
    }
}

/// The `scan` routes: they check access, parse inputs and call a `ScanApi`.
pub struct ScanRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: ScanApi> ScanRoutes<T> {
    /// Start a scan of the music folders
    ///
    /// Starts scanning the library roots in the background and answers at once with the
    /// new scan's status. An incremental scan (the default) skips files whose size and
    /// modification time did not change and picks up added, changed, moved and deleted
    /// files; `{"full": true}` re-reads every file. Files that cannot be read are counted
    /// as errors and never stop the scan. Follow it with `GET /api/scan/progress`. While a
    /// scan runs, another start answers `409 scan_in_progress`.
    #[oai(
        path = "/api/scan",
        method = "post",
        operation_id = "startScan",
        tag = "ApiTags::Scan"
    )]
    async fn start_scan(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::OptionalJson<ScanRequest>,
    ) -> poem::Result<StartScanResponse> {
        let request = StartScanRequest { body: body.0 };
        Ok(self.0.start_scan(access.into_caller(), request).await?)
    }

    /// Report the current or last scan
    ///
    /// Returns the running scan, or the last one when none runs (`state` is `idle` when the
    /// hub has never scanned). While running, `filesTotal` is the honest total counted
    /// before reading (absent during the `counting` phase), with `percent`, `rate` and
    /// `etaSeconds`. `errors` lists the first files that could not be read.
    #[oai(
        path = "/api/scan/status",
        method = "get",
        operation_id = "getScanStatus",
        tag = "ApiTags::Scan"
    )]
    async fn get_scan_status(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<GetScanStatusResponse> {
        let request = GetScanStatusRequest {};
        Ok(self
            .0
            .get_scan_status(access.into_caller(), request)
            .await?)
    }

    /// Cancel the running scan
    ///
    /// Asks the running scan to stop. What it already committed stays in the catalogue;
    /// the scan ends with state `cancelled` (its final progress event has phase
    /// `cancelled`). Answers the scan's status, in state `cancelling` or already
    /// `cancelled`. When no scan runs it answers `409 scan_not_running`.
    #[oai(
        path = "/api/scan/cancel",
        method = "post",
        operation_id = "cancelScan",
        tag = "ApiTags::Scan"
    )]
    async fn cancel_scan(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<CancelScanResponse> {
        let request = CancelScanRequest {};
        Ok(self.0.cancel_scan(access.into_caller(), request).await?)
    }

    /// Follow scan progress (Server-Sent Events)
    ///
    /// A Server-Sent Events stream of scan progress. On connect it sends the current state
    /// (phase `idle` when no scan runs), then events as the scan goes, at most a few per
    /// second: phase, files seen and processed out of the total, added/updated/removed,
    /// errors, rate, ETA and the file being read (relative to its root). Each message has
    /// `event: progress`, and the last one of a scan `event: completed` with phase
    /// `completed`, `cancelled` or `failed`; the stream then stays open for the next scan.
    /// Lines starting with `:` are keep-alive comments; ignore them.
    #[oai(
        path = "/api/scan/progress",
        method = "get",
        operation_id = "streamScanProgress",
        tag = "ApiTags::Scan"
    )]
    async fn stream_scan_progress(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<StreamScanProgressResponse> {
        let request = StreamScanProgressRequest {};
        Ok(self
            .0
            .stream_scan_progress(access.into_caller(), request)
            .await?)
    }
}

/// The `search` routes: they check access, parse inputs and call a `SearchApi`.
pub struct SearchRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: SearchApi> SearchRoutes<T> {
    /// Search tracks, albums, artists and playlists
    ///
    /// Full-text search as the user types: prefix matching, case- and
    /// diacritics-insensitive ("beyonce" finds "Beyoncé"), ranked with exact title matches
    /// first. A single word of up to three letters matches the start of names (when fewer
    /// than three names start with it, words anywhere). When the exact search finds little, near misses are added ("metalica" finds
    /// "Metallica"), ranked below exact hits, and `approximate` is true. `q` is always
    /// plain text: quotes, operators and `*` are searched for, never interpreted. Results
    /// are grouped by type, at most `limit` per type. The query is recorded in the
    /// caller's search history unless `record` is false (pass false while the user is
    /// still typing).
    #[oai(
        path = "/api/search",
        method = "get",
        operation_id = "searchLibrary",
        tag = "ApiTags::Search"
    )]
    async fn search_library(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "q", validator(min_length = 1, max_length = 256))] param_q: Query<String>,
        #[oai(name = "types", validator(max_items = 4))] param_types: Query<
            Option<Vec<SearchType>>,
        >,
        #[oai(
            name = "limit",
            default = "defaults::default_i32_10",
            validator(minimum(value = "1"), maximum(value = "100"))
        )]
        param_limit: Query<i32>,
        #[oai(name = "record", default = "defaults::default_bool_true")] param_record: Query<bool>,
    ) -> poem::Result<SearchLibraryResponse> {
        let request = SearchLibraryRequest {
            q: param_q.0,
            types: param_types.0,
            limit: param_limit.0,
            record: param_record.0,
        };
        Ok(self.0.search_library(access.into_caller(), request).await?)
    }

    /// List the caller's recent searches
    ///
    /// Lists the queries recorded by `GET /api/search` for the caller (a paired device, or
    /// the local user), deduplicated and newest first (`order=asc` for oldest first). The
    /// history is bounded: the oldest entries are dropped.
    #[oai(
        path = "/api/search/history",
        method = "get",
        operation_id = "listSearchHistory",
        tag = "ApiTags::Search"
    )]
    async fn list_search_history(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(
            name = "limit",
            default = "defaults::default_i32_50",
            validator(minimum(value = "1"), maximum(value = "500"))
        )]
        param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
    ) -> poem::Result<ListSearchHistoryResponse> {
        let request = ListSearchHistoryRequest {
            limit: param_limit.0,
            cursor: param_cursor.0,
            order: param_order.0,
        };
        Ok(self
            .0
            .list_search_history(access.into_caller(), request)
            .await?)
    }

    /// Clear the caller's search history
    ///
    /// Deletes every recorded search of the caller. Answers `204` even when the history
    /// was already empty.
    #[oai(
        path = "/api/search/history",
        method = "delete",
        operation_id = "clearSearchHistory",
        tag = "ApiTags::Search"
    )]
    async fn clear_search_history(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<ClearSearchHistoryResponse> {
        let request = ClearSearchHistoryRequest {};
        Ok(self
            .0
            .clear_search_history(access.into_caller(), request)
            .await?)
    }
}

/// The `playlists` routes: they check access, parse inputs and call a `PlaylistsApi`.
pub struct PlaylistsRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: PlaylistsApi> PlaylistsRoutes<T> {
    /// List playlists
    ///
    /// Lists the playlists (without their entries; get those with
    /// `GET /api/playlists/{id}`). Sort with `sort` and `order`; page with `limit` and
    /// `cursor`; filter by name with `q` or by saved state.
    #[oai(
        path = "/api/playlists",
        method = "get",
        operation_id = "listPlaylists",
        tag = "ApiTags::Playlists"
    )]
    async fn list_playlists(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(
            name = "limit",
            default = "defaults::default_i32_50",
            validator(minimum(value = "1"), maximum(value = "500"))
        )]
        param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<PlaylistSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "q", validator(max_length = 256))] param_q: Query<Option<String>>,
        #[oai(name = "saved")] param_saved: Query<Option<bool>>,
    ) -> poem::Result<ListPlaylistsResponse> {
        let request = ListPlaylistsRequest {
            limit: param_limit.0,
            cursor: param_cursor.0,
            sort: param_sort.0,
            order: param_order.0,
            q: param_q.0,
            saved: param_saved.0,
        };
        Ok(self.0.list_playlists(access.into_caller(), request).await?)
    }

    /// Create a playlist
    ///
    /// Creates a playlist with a name, an optional description and optional first tracks
    /// (in the order given; a track may appear more than once). Answers the new playlist
    /// with the first page of its entries (50; `nextCursor` and `GET /api/playlists/{id}`
    /// give the rest). A track id that does not exist answers `422 unknown_track` with
    /// `details.trackId`, and nothing is created. A name of only spaces answers
    /// `400 invalid_body`; spaces around the name are dropped, and an empty description
    /// is no description. `GET /api/library/events` sends `playlistCreated`.
    #[oai(
        path = "/api/playlists",
        method = "post",
        operation_id = "createPlaylist",
        tag = "ApiTags::Playlists"
    )]
    async fn create_playlist(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::JsonBody<PlaylistCreate>,
    ) -> poem::Result<CreatePlaylistResponse> {
        let request = CreatePlaylistRequest { body: body.0 };
        Ok(self
            .0
            .create_playlist(access.into_caller(), request)
            .await?)
    }

    /// Get one playlist with its entries
    ///
    /// Returns the playlist and one page of its entries in order (`limit` entries, 50 by
    /// default, 500 at most; `nextCursor` fetches the next page, so a long playlist never
    /// goes out in one answer; `playlist.trackCount` is the number of entries). Each entry
    /// has its own `entryId` (a track may be in a playlist more than once); use it to
    /// remove or reorder entries. An entry whose track left the library keeps its place
    /// with `available: false` and no `track`. Pages follow entry positions: when the
    /// playlist changes while you page (its `updatedAt` moves), start again. An unknown id
    /// answers `404 not_found`.
    #[oai(
        path = "/api/playlists/:id",
        method = "get",
        operation_id = "getPlaylist",
        tag = "ApiTags::Playlists"
    )]
    async fn get_playlist(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        #[oai(
            name = "limit",
            default = "defaults::default_i32_50",
            validator(minimum(value = "1"), maximum(value = "500"))
        )]
        param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
    ) -> poem::Result<GetPlaylistResponse> {
        let request = GetPlaylistRequest {
            id: param_id.0,
            limit: param_limit.0,
            cursor: param_cursor.0,
        };
        Ok(self.0.get_playlist(access.into_caller(), request).await?)
    }

    /// Rename a playlist or change its description
    ///
    /// Changes the fields present in the body and leaves the others as they are (an empty
    /// `description` clears it; spaces around the name are dropped, and a name of only
    /// spaces answers `400 invalid_body`). Answers the playlist. An unknown id answers
    /// `404 not_found`. Change the entries with the `/tracks` and `/order` routes.
    /// `GET /api/library/events` sends `playlistUpdated` (a body with neither field changes
    /// nothing and sends nothing).
    /// A playlist that follows a playlist file in the library folders (`readOnly`)
    /// answers `409 playlist_read_only` and nothing changes.
    #[oai(
        path = "/api/playlists/:id",
        method = "patch",
        operation_id = "updatePlaylist",
        tag = "ApiTags::Playlists"
    )]
    async fn update_playlist(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        body: crate::api::payload::JsonBody<PlaylistUpdate>,
    ) -> poem::Result<UpdatePlaylistResponse> {
        let request = UpdatePlaylistRequest {
            id: param_id.0,
            body: body.0,
        };
        Ok(self
            .0
            .update_playlist(access.into_caller(), request)
            .await?)
    }

    /// Delete a playlist
    ///
    /// Deletes the playlist and its entries (never the tracks), and its saved mark. Shares
    /// of the playlist stop working. An unknown id answers `404 not_found`.
    /// `GET /api/library/events` sends `playlistDeleted`.
    /// A playlist that follows a playlist file in the library folders (`readOnly`)
    /// answers `409 playlist_read_only` and nothing changes.
    #[oai(
        path = "/api/playlists/:id",
        method = "delete",
        operation_id = "deletePlaylist",
        tag = "ApiTags::Playlists"
    )]
    async fn delete_playlist(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<DeletePlaylistResponse> {
        let request = DeletePlaylistRequest { id: param_id.0 };
        Ok(self
            .0
            .delete_playlist(access.into_caller(), request)
            .await?)
    }

    /// Export a playlist as an extended M3U file
    ///
    /// Answers the playlist as an extended M3U file in UTF-8 (`audio/mpegurl`): `#EXTM3U`,
    /// `#PLAYLIST` with its name, then for each entry in order `#EXTINF` with the duration
    /// in seconds and "artist - title", and the file's path. A local call gets the paths of
    /// the hub's machine (absolute); any other caller gets each path relative to its
    /// library folder, since the hub never shows its absolute paths to another machine
    /// (`POST /api/playlists/import` matches both). An entry whose track left the library
    /// is written as a comment (`# unavailable: artist - title`). `Content-Disposition`
    /// names the file after the playlist. An unknown id answers `404 not_found`.
    #[oai(
        path = "/api/playlists/:id/m3u8",
        method = "get",
        operation_id = "exportPlaylistM3u8",
        tag = "ApiTags::Playlists"
    )]
    async fn export_playlist_m3u8(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<ExportPlaylistM3u8Response> {
        let request = ExportPlaylistM3u8Request { id: param_id.0 };
        Ok(self
            .0
            .export_playlist_m3u8(access.into_caller(), request)
            .await?)
    }

    /// Import an M3U or M3U8 playlist
    ///
    /// Creates a playlist from the text of an M3U or M3U8 file (sent as `m3u` in a JSON
    /// body). Each path line is matched to a track of the library, in this order: as an
    /// absolute path under a library folder (a `file://` URL too; for calls from the hub's
    /// own machine only, since a match would confirm where the folders are), as a path
    /// relative to a
    /// library folder (`/` or `\` separators), then by "artist - title" from the line's
    /// `#EXTINF` (case and diacritics aside). Lines that match nothing are answered in
    /// `unmatched` with their line number, and left out of the playlist; comments and
    /// blank lines are skipped. The name is `name`, else the file's `#PLAYLIST`, else
    /// "Imported playlist". Answers the new playlist with the first page of its entries
    /// (50). A body of more than 1 MiB answers `413`. `GET /api/library/events` sends
    /// `playlistCreated`.
    #[oai(
        path = "/api/playlists/import",
        method = "post",
        operation_id = "importPlaylist",
        tag = "ApiTags::Playlists"
    )]
    async fn import_playlist(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::JsonBody<PlaylistImport>,
    ) -> poem::Result<ImportPlaylistResponse> {
        let request = ImportPlaylistRequest { body: body.0 };
        Ok(self
            .0
            .import_playlist(access.into_caller(), request)
            .await?)
    }

    /// Add tracks to a playlist
    ///
    /// Inserts the tracks, in the order given, at `position` (0 is the top; absent or past
    /// the end appends). Each gets a new `entryId`. Answers the playlist with the first
    /// page of its entries (50; `nextCursor` gives the rest).
    /// An unknown playlist answers `404 not_found`; a track id that does not exist answers
    /// `422 unknown_track`, named in `details.trackId`. Either way nothing is added.
    /// `GET /api/library/events` sends `playlistUpdated`.
    /// A playlist that follows a playlist file in the library folders (`readOnly`)
    /// answers `409 playlist_read_only` and nothing changes.
    #[oai(
        path = "/api/playlists/:id/tracks",
        method = "post",
        operation_id = "addPlaylistTracks",
        tag = "ApiTags::Playlists"
    )]
    async fn add_playlist_tracks(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        body: crate::api::payload::JsonBody<PlaylistTracksAdd>,
    ) -> poem::Result<AddPlaylistTracksResponse> {
        let request = AddPlaylistTracksRequest {
            id: param_id.0,
            body: body.0,
        };
        Ok(self
            .0
            .add_playlist_tracks(access.into_caller(), request)
            .await?)
    }

    /// Remove one entry from a playlist
    ///
    /// Removes the entry `entryId` (not every occurrence of its track) and closes the gap.
    /// An unknown playlist or entry answers `404 not_found`, and nothing changes.
    /// `GET /api/library/events` sends `playlistUpdated`.
    /// A playlist that follows a playlist file in the library folders (`readOnly`)
    /// answers `409 playlist_read_only` and nothing changes.
    #[oai(
        path = "/api/playlists/:id/tracks/:entryId",
        method = "delete",
        operation_id = "removePlaylistTrack",
        tag = "ApiTags::Playlists"
    )]
    async fn remove_playlist_track(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        #[oai(name = "entryId")] param_entry_id: Path<String>,
    ) -> poem::Result<RemovePlaylistTrackResponse> {
        let request = RemovePlaylistTrackRequest {
            id: param_id.0,
            entry_id: param_entry_id.0,
        };
        Ok(self
            .0
            .remove_playlist_track(access.into_caller(), request)
            .await?)
    }

    /// Reorder a playlist's entries
    ///
    /// Sets the order of the entries: `entryIds` must list every current entry of the
    /// playlist exactly once, in the new order. When it does not (an entry was added or
    /// removed meanwhile, or an id is repeated or unknown), the call answers
    /// `409 order_mismatch` and changes nothing: `details.missing` lists the entries it left
    /// out, `details.extra` the ids that are not entries of the playlist, and
    /// `details.duplicated` the ids it names more than once (each list present only when
    /// not empty); fetch the playlist and try again. So two devices reordering at once can
    /// never drop an entry. Answers the reordered playlist with the first page of its
    /// entries (50; `nextCursor` gives the rest). `GET /api/library/events` sends
    /// `playlistUpdated`.
    /// A playlist that follows a playlist file in the library folders (`readOnly`)
    /// answers `409 playlist_read_only` and nothing changes.
    #[oai(
        path = "/api/playlists/:id/order",
        method = "put",
        operation_id = "reorderPlaylist",
        tag = "ApiTags::Playlists"
    )]
    async fn reorder_playlist(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        body: crate::api::payload::JsonBody<PlaylistOrder>,
    ) -> poem::Result<ReorderPlaylistResponse> {
        let request = ReorderPlaylistRequest {
            id: param_id.0,
            body: body.0,
        };
        Ok(self
            .0
            .reorder_playlist(access.into_caller(), request)
            .await?)
    }
}

/// The `playback` routes: they check access, parse inputs and call a `PlaybackApi`.
pub struct PlaybackRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: PlaybackApi> PlaybackRoutes<T> {
    /// Get the shared playback session
    ///
    /// Returns the playback session that all devices share: the queue, the current track
    /// and position, state, shuffle, repeat, volume and which device plays it. Its
    /// `revision` grows with every change; `GET /api/library/events` sends
    /// `playbackSessionUpdated` when it changes. Queued tracks that leave the library
    /// leave `queue` (`currentIndex` counts without them; when the current track left,
    /// the next one is current, from its start); that is a change of its own, with a new
    /// `revision`. A hub that never played anything answers an empty, stopped session at
    /// revision 0.
    #[oai(
        path = "/api/playback/session",
        method = "get",
        operation_id = "getPlaybackSession",
        tag = "ApiTags::Playback"
    )]
    async fn get_playback_session(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<GetPlaybackSessionResponse> {
        let request = GetPlaybackSessionRequest {};
        Ok(self
            .0
            .get_playback_session(access.into_caller(), request)
            .await?)
    }

    /// Update the shared playback session
    ///
    /// Sets the fields present in the body and keeps the others, and answers the new
    /// session. The caller becomes the active device, and `revision` grows by one.
    ///
    /// - `queueTrackIds` replaces the queue, given in its natural order. The current track
    ///   stays current (with its position) when it is in the new queue and `currentIndex`
    ///   is absent; otherwise the first track, or `currentIndex`, becomes current.
    /// - `currentIndex` counts in `queueTrackIds` when that is sent (past its end answers
    ///   `400 invalid_body`), otherwise in `queue` (past its end answers
    ///   `409 index_out_of_range` with `details.queueLength`: the queue changed since it
    ///   was read).
    /// - A new current track starts at `positionMs`, or 0. While `playing`, the position
    ///   moves on with time: a change that does not send `positionMs` keeps the position
    ///   reached. Positions past the track's end are taken as its end.
    /// - Turning `shuffle` on shuffles the tracks after the current one (with a new queue:
    ///   the current track first, then the others shuffled); turning it off puts the queue
    ///   back in its natural order. Sending the value it already has changes nothing.
    ///   `queue` is always in play order.
    /// - With an empty queue the session is `stopped`; asking it to play or pause answers
    ///   `409 queue_empty` (`400 invalid_body` when the change itself empties the queue).
    ///
    /// When the current track changes, the previous one, if it played for at least half
    /// its length or four minutes (30 seconds when its length is unknown; time spent
    /// playing, not the position reached), is recorded in playback history with how long
    /// it played and the device that played it, and its `playCount` grows by one;
    /// `GET /api/library/events` sends `playbackHistoryAdded` and `playbackSessionUpdated`.
    /// To avoid overwriting another device's change, send the `revision` you last read as
    /// `baseRevision`: when the session changed since, the call answers
    /// `409 session_conflict` and changes nothing. A track id that does not exist answers
    /// `422 unknown_track` with `details.trackId`, and nothing changes.
    #[oai(
        path = "/api/playback/session",
        method = "put",
        operation_id = "updatePlaybackSession",
        tag = "ApiTags::Playback"
    )]
    async fn update_playback_session(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::JsonBody<PlaybackSessionUpdate>,
    ) -> poem::Result<UpdatePlaybackSessionResponse> {
        let request = UpdatePlaybackSessionRequest { body: body.0 };
        Ok(self
            .0
            .update_playback_session(access.into_caller(), request)
            .await?)
    }

    /// List recently played tracks
    ///
    /// Lists the tracks played, newest first (`order=asc` for oldest first), with when,
    /// for how long and on which device. Page with `limit` and `cursor`. Plays of tracks
    /// that left the library are kept but not listed (nor counted in `total`) until the
    /// track comes back.
    #[oai(
        path = "/api/playback/history",
        method = "get",
        operation_id = "listPlaybackHistory",
        tag = "ApiTags::Playback"
    )]
    async fn list_playback_history(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(
            name = "limit",
            default = "defaults::default_i32_50",
            validator(minimum(value = "1"), maximum(value = "500"))
        )]
        param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
    ) -> poem::Result<ListPlaybackHistoryResponse> {
        let request = ListPlaybackHistoryRequest {
            limit: param_limit.0,
            cursor: param_cursor.0,
            order: param_order.0,
        };
        Ok(self
            .0
            .list_playback_history(access.into_caller(), request)
            .await?)
    }

    /// Go back to the previously played track
    ///
    /// Makes the most recent track of playback history the current track of the session
    /// again (position 0, inserted before the current track when it is not in the queue)
    /// and answers the new session: the "previous" button. When the track is queued more
    /// than once, the nearest place at or before the current one is taken (else the
    /// nearest after it). The state (playing, paused) is kept; the caller becomes the
    /// active device and `revision` grows by one. Pressing it again steps further back:
    /// while the current track is the one a previous call went back to, the call takes the
    /// play before that one (the play the step itself may have recorded does not count).
    /// Plays of tracks that left the library are skipped. The track that was current is
    /// recorded in history when it played long enough, as with `PUT /api/playback/session`.
    /// With nothing (further) back in the history it answers `409 history_empty` and
    /// nothing changes. `GET /api/library/events` sends `playbackSessionUpdated` (and
    /// `playbackHistoryAdded` when a play was recorded).
    #[oai(
        path = "/api/playback/history/back",
        method = "post",
        operation_id = "playbackHistoryBack",
        tag = "ApiTags::Playback"
    )]
    async fn playback_history_back(
        &self,
        access: crate::api::access::Authenticated<true>,
    ) -> poem::Result<PlaybackHistoryBackResponse> {
        let request = PlaybackHistoryBackRequest {};
        Ok(self
            .0
            .playback_history_back(access.into_caller(), request)
            .await?)
    }
}

/// The `media` routes: they check access, parse inputs and call a `MediaApi`.
pub struct MediaRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: MediaApi> MediaRoutes<T> {
    /// Get a short-lived media token for audio and image elements
    ///
    /// Issues a `mediaToken` for `<audio>` and `<img>` elements, which cannot send an
    /// `Authorization` header: append `?mediaToken=<token>` to
    /// `GET /api/media/stream/{trackId}` and `GET /api/media/artwork/{id}`. The token is
    /// only good for those two routes (on any other route `?mediaToken=` is ignored, and a
    /// media token is never accepted as a bearer token), is bound to this hub and to the
    /// calling device (or to the hub's own machine for a loopback call), and dies at
    /// `expiresAt` or when the device is revoked; ask for a new one before then. A media
    /// token that has expired answers `401 media_token_expired`; one that is not valid
    /// (altered, for another hub, or an access token) `401 unauthorized`; one of a revoked
    /// device `401 device_revoked`. `ttlSeconds` defaults to 3600 (one hour), from 60 to
    /// 86400.
    ///
    /// `profile` (`mobile`, `cellular`, `web`, `legacy`) makes every stream with this token
    /// a transcode of that profile, unless the stream asks for another (or for
    /// `format=original`): a phone sets it once for the device. The answer repeats it.
    #[oai(
        path = "/api/media/session",
        method = "post",
        operation_id = "createMediaSession",
        tag = "ApiTags::Media"
    )]
    async fn create_media_session(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::OptionalJson<MediaSessionRequest>,
    ) -> poem::Result<CreateMediaSessionResponse> {
        let request = CreateMediaSessionRequest { body: body.0 };
        Ok(self
            .0
            .create_media_session(access.into_caller(), request)
            .await?)
    }

    /// Stream a track's audio file (HTTP Range)
    ///
    /// Sends the track's audio file as it is on disk now (read in chunks, never whole),
    /// with its real `Content-Type` (for example `audio/flac`, `audio/mpeg`, `audio/mp4`,
    /// `audio/ogg; codecs=opus`), `Content-Length`, `Accept-Ranges: bytes`, a strong `ETag`
    /// and `Last-Modified` taken from the file as it is now (a file changed since the last
    /// scan is served as it is, with a new `ETag`), `Cache-Control: private` and
    /// `Content-Disposition: inline` with the file name (RFC 6266). With a share's media
    /// token the name is made from the track's title and extension instead
    /// (`Hoppípolla.flac`): a share shows nothing of the files on disk.
    ///
    /// `HEAD` on the same URL answers the same status and headers with no body.
    ///
    /// **Ranges.** `Range: bytes=a-b`, `bytes=a-` and `bytes=-n` answer `206` with
    /// `Content-Range`; an end past the file is clipped to it. A start past the end answers
    /// `416 range_not_satisfiable` with `Content-Range: bytes */<size>`. A request for
    /// several ranges gets only the first one (a single `206`, never `multipart/byteranges`);
    /// a `Range` header that is not a valid byte range is ignored (the whole file, `200`).
    /// With `If-Range` (an `ETag` or a date), a file that changed since answers the whole
    /// file with `200`.
    ///
    /// **Caching.** `If-None-Match` (matching the `ETag`, or `*`) and, without it,
    /// `If-Modified-Since` (not older than `Last-Modified`) answer `304` with no body.
    ///
    /// **Transcoding.** For a phone on mobile data or a tunnel, ask for a smaller stream:
    /// `profile=mobile` (Opus 96 kbit/s), `cellular` (Opus 64), `web` (Opus 128) or `legacy`
    /// (MP3 192, constant bit rate, for old players); or `format=opus|mp3` with
    /// `maxBitrateKbps` (defaults 128 for Opus, 192 for MP3); `format` and `maxBitrateKbps`
    /// override a profile's parts. `maxBitrateKbps` alone caps the bit rate: a file within
    /// it is sent as it is, any other becomes Opus at it. A file already in the asked codec
    /// and within the bit rate is sent as it is (no transcode, no `X-Transcode` header).
    /// A media token made with a `profile` (`POST /api/media/session`) applies it to every
    /// stream that asks for none; `format=original` sends the file as it is whatever the
    /// token says; beside `profile`, `maxBitrateKbps`, `timeOffsetMs` or `replayGain`
    /// (which need a transcode) it answers `400 invalid_parameter` naming that parameter. Share tokens may ask for transcodes too.
    ///
    /// The hub encodes Opus (in Ogg, 48 kHz, gapless) and MP3 (with a LAME/Xing header)
    /// itself; formats it cannot decode itself (Opus, APE, WMA, DSD, ...) go through
    /// `ffmpeg` when it is on the hub's PATH (`GET /api/info` lists the engines), and
    /// answer `415 transcode_unavailable` when it is not (or when that ffmpeg was built
    /// without the encoder asked for). A file that cannot be decoded answers
    /// `422 undecodable`. One encode per file and profile is shared by every request for
    /// it, and kept in a bounded cache (`--transcode-cache-mb`), so a second play is as
    /// fast as a file. At most one encode per core runs at once; beyond that,
    /// `429 too_many_transcodes` with `Retry-After`. A transcode that cannot start within
    /// 15 s (its source is slow to read, or the hub is overloaded) answers
    /// `503 transcode_stalled` with `Retry-After`; an ffmpeg that produces nothing for 30 s
    /// is stopped (and answers the same).
    ///
    /// A transcode can be played and seeked **while it is being made**: the answer carries
    /// its exact final `Content-Length` (and `Content-Range` total) from the first byte,
    /// ranges already written are sent at once, and a range beyond them waits for the
    /// encoder (up to 15 s) before any header is sent; one it has not reached by then
    /// answers `503 transcode_stalled` with `Retry-After`, the encode going on meanwhile
    /// (or ask with `timeOffsetMs`). Only a source that does not declare its length (or a
    /// transcode made by ffmpeg) is sent without `Content-Length` until its transcode is
    /// complete, with `X-Estimated-Content-Length` instead. `timeOffsetMs` starts a
    /// transcode at that time in the track (for players that seek by asking again);
    /// `replayGain=track|album` applies the track's (or album's) ReplayGain in the
    /// transcode, never raising the peak above full scale (for Opus as the header's output
    /// gain). A transcode's `ETag` names the transcode, `Content-Disposition` its name with
    /// `.opus` or `.mp3`, and `X-Transcode` what was made (`opus; bitrate=96`,
    /// `mp3; bitrate=192; gain=-6.20`).
    ///
    /// **Access.** Authenticate with a bearer token, or with `?mediaToken=` from
    /// `POST /api/media/session` or a share bootstrap (a share's token only streams the
    /// shared tracks; others answer `403 forbidden`). An expired media token answers
    /// `401 media_token_expired`; a share's token whose share was deleted or expired, or whose
    /// share session ended, answers `401 media_token_expired` too. Only files of the catalogue inside a configured library
    /// folder (after following symbolic links) are ever sent. An unknown track answers
    /// `404 not_found`; a track whose file is gone (or now lies outside the library
    /// folders) answers `404 not_found` with `details.reason: "file_missing"`.
    #[oai(
        path = "/api/media/stream/:trackId",
        method = "get",
        operation_id = "streamMedia",
        tag = "ApiTags::Media"
    )]
    async fn stream_media(
        &self,
        access: crate::api::access::Media<true>,
        #[oai(name = "trackId")] param_track_id: Path<String>,
        #[oai(name = "Range", validator(max_length = 256))] param_range: Header<Option<String>>,
        #[oai(name = "If-Range", validator(max_length = 256))] param_if_range: Header<
            Option<String>,
        >,
        #[oai(name = "If-None-Match", validator(max_length = 1024))] param_if_none_match: Header<
            Option<String>,
        >,
        #[oai(name = "If-Modified-Since", validator(max_length = 64))]
        param_if_modified_since: Header<Option<String>>,
        #[oai(
            name = "download",
            validator(minimum(value = "0"), maximum(value = "1"))
        )]
        param_download: Query<Option<i32>>,
        #[oai(name = "profile")] param_profile: Query<Option<TranscodeProfile>>,
        #[oai(name = "format")] param_format: Query<Option<StreamFormat>>,
        #[oai(
            name = "maxBitrateKbps",
            validator(minimum(value = "32"), maximum(value = "320"))
        )]
        param_max_bitrate_kbps: Query<Option<i32>>,
        #[oai(name = "timeOffsetMs", validator(minimum(value = "0")))] param_time_offset_ms: Query<
            Option<i64>,
        >,
        #[oai(name = "replayGain")] param_replay_gain: Query<Option<ReplayGainMode>>,
    ) -> poem::Result<StreamMediaResponse> {
        let request = StreamMediaRequest {
            track_id: param_track_id.0,
            range: param_range.0,
            if_range: param_if_range.0,
            if_none_match: param_if_none_match.0,
            if_modified_since: param_if_modified_since.0,
            download: param_download.0,
            profile: param_profile.0,
            format: param_format.0,
            max_bitrate_kbps: param_max_bitrate_kbps.0,
            time_offset_ms: param_time_offset_ms.0,
            replay_gain: param_replay_gain.0,
        };
        Ok(self.0.stream_media(access.into_caller(), request).await?)
    }

    /// Get an artwork image
    ///
    /// Sends the image with this id (the `artworkId` of a track, album, artist or
    /// playlist), embedded or from the folder (`cover.jpg`, `folder.jpg`...), with its real
    /// `Content-Type` (usually `image/jpeg` or `image/png`). With `size`, the image is
    /// scaled down to fit a `size`×`size` square (never up); without it, the original is
    /// sent. Authenticate with a bearer token or `?mediaToken=`. An unknown id answers
    /// `404 not_found`, and so does an embedded picture that cannot be decoded (it is
    /// treated as absent). Ids are derived from the image's content, so a changed cover
    /// gets a new id: answers carry `ETag` and `Cache-Control: private, max-age=31536000,
    /// immutable`, and `If-None-Match` answers `304`.
    #[oai(
        path = "/api/media/artwork/:id",
        method = "get",
        operation_id = "getArtwork",
        tag = "ApiTags::Media"
    )]
    async fn get_artwork(
        &self,
        access: crate::api::access::Media<true>,
        #[oai(name = "id")] param_id: Path<String>,
        #[oai(
            name = "size",
            validator(minimum(value = "32"), maximum(value = "2048"))
        )]
        param_size: Query<Option<i32>>,
        #[oai(name = "If-None-Match", validator(max_length = 1024))] param_if_none_match: Header<
            Option<String>,
        >,
    ) -> poem::Result<GetArtworkResponse> {
        let request = GetArtworkRequest {
            id: param_id.0,
            size: param_size.0,
            if_none_match: param_if_none_match.0,
        };
        Ok(self.0.get_artwork(access.into_caller(), request).await?)
    }
}

/// The `saved` routes: they check access, parse inputs and call a `SavedApi`.
pub struct SavedRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: SavedApi> SavedRoutes<T> {
    /// List saved (liked) items
    ///
    /// Lists what the user saved: tracks, albums, artists and playlists, or only one
    /// `kind`. Each item carries the saved object under the property named by its `kind`.
    /// Sort with `sort` (default `savedAt`, newest first; `name` sorts A to Z) and `order`;
    /// page with `limit` and `cursor`. A saved track, album or artist that left the library
    /// stays saved but is not listed (nor counted in `total`) until it comes back.
    #[oai(
        path = "/api/saved",
        method = "get",
        operation_id = "listSaved",
        tag = "ApiTags::Saved"
    )]
    async fn list_saved(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(
            name = "limit",
            default = "defaults::default_i32_50",
            validator(minimum(value = "1"), maximum(value = "500"))
        )]
        param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<SavedSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "kind")] param_kind: Query<Option<SavedKind>>,
    ) -> poem::Result<ListSavedResponse> {
        let request = ListSavedRequest {
            limit: param_limit.0,
            cursor: param_cursor.0,
            sort: param_sort.0,
            order: param_order.0,
            kind: param_kind.0,
        };
        Ok(self.0.list_saved(access.into_caller(), request).await?)
    }

    /// Save (like) a track, album, artist or playlist
    ///
    /// Saves the item; saving it again changes nothing (idempotent) and keeps the first
    /// `savedAt`. `kind` is one of `track`, `album`, `artist`, `playlist`; another value
    /// answers `400 invalid_parameter`. An item that does not exist answers
    /// `404 not_found`. Answers the saved item. The item's `saved` flag, and the `saved`
    /// filters of the lists, follow. A saved item survives rescans and database rebuilds.
    /// `GET /api/library/events` sends `savedAdded` when the item was not saved before.
    #[oai(
        path = "/api/saved/:kind/:id",
        method = "put",
        operation_id = "saveItem",
        tag = "ApiTags::Saved"
    )]
    async fn save_item(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "kind")] param_kind: Path<String>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<SaveItemResponse> {
        let request = SaveItemRequest {
            kind: param_kind.0,
            id: param_id.0,
        };
        Ok(self.0.save_item(access.into_caller(), request).await?)
    }

    /// Unsave (unlike) an item
    ///
    /// Removes the item from the saved items; answers `204` also when it was not saved.
    /// `kind` is one of `track`, `album`, `artist`, `playlist`; another value answers
    /// `400 invalid_parameter`. An item that does not exist and is not saved answers
    /// `404 not_found` (a saved track whose file is gone can still be unsaved).
    /// `GET /api/library/events` sends `savedRemoved` when the item was saved.
    #[oai(
        path = "/api/saved/:kind/:id",
        method = "delete",
        operation_id = "unsaveItem",
        tag = "ApiTags::Saved"
    )]
    async fn unsave_item(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "kind")] param_kind: Path<String>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<UnsaveItemResponse> {
        let request = UnsaveItemRequest {
            kind: param_kind.0,
            id: param_id.0,
        };
        Ok(self.0.unsave_item(access.into_caller(), request).await?)
    }
}

/// The `metadata` routes: they check access, parse inputs and call a `MetadataApi`.
pub struct MetadataRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: MetadataApi> MetadataRoutes<T> {
    /// Set the same overrides on many tracks
    ///
    /// Sets the fields present in `set` as overrides on every track of `trackIds` (up
    /// to 5,000, for example all the tracks of an album), keeping their other overrides,
    /// in one transaction: all or nothing. The values are validated as for
    /// `PUT /api/tracks/{id}/metadata/overrides` (`400 invalid_body`, naming the field
    /// in `details.parameter`, and the track in the message for a rule that depends on
    /// a track's other values), and so does a `set` without any field; a track id not
    /// in the library answers `422 unknown_track`; either way nothing changes. One
    /// `metadataUpdated` event names every track.
    #[oai(
        path = "/api/metadata/overrides",
        method = "put",
        operation_id = "setMetadataOverridesBatch",
        tag = "ApiTags::Metadata"
    )]
    async fn set_metadata_overrides_batch(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::JsonBody<MetadataBatchRequest>,
    ) -> poem::Result<SetMetadataOverridesBatchResponse> {
        let request = SetMetadataOverridesBatchRequest { body: body.0 };
        Ok(self
            .0
            .set_metadata_overrides_batch(access.into_caller(), request)
            .await?)
    }

    /// Get a track's tags, overrides and effective metadata
    ///
    /// Returns the tags read from the file (`fileTags`), the user's overrides
    /// (`overrides`, only the fields overridden) and what the catalogue shows
    /// (`effective`: each override wins over the file's tag), plus file facts. An unknown
    /// id answers `404 not_found`.
    #[oai(
        path = "/api/tracks/:id/metadata",
        method = "get",
        operation_id = "getTrackMetadata",
        tag = "ApiTags::Metadata"
    )]
    async fn get_track_metadata(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<GetTrackMetadataResponse> {
        let request = GetTrackMetadataRequest { id: param_id.0 };
        Ok(self
            .0
            .get_track_metadata(access.into_caller(), request)
            .await?)
    }

    /// Set a track's metadata overrides
    ///
    /// Replaces the track's overrides with the fields present in the body: each one wins
    /// over the file's tag (an empty list or string overrides with "empty"); fields absent
    /// are not overridden. Overrides are kept in the hub's database and survive rescans;
    /// the audio file is never written. The track's album and artist grouping follows the
    /// effective values (the track moves to another album when its album or album artist
    /// changes). Strings are stored trimmed; a value with a control character, an empty
    /// name in a list, or a track (disc) number above the total when both are set in the
    /// effective values answers `400 invalid_body` with `details.parameter` naming the
    /// field, and so do unknown fields. Answers the track's metadata once the catalogue
    /// shows the change (the hub reads the track's file again, after any scan running
    /// now; that re-read is a scan of that one file, trigger `api`). When a scan that is
    /// running does not end within 5 seconds, the call answers without waiting for it: the
    /// override is stored and shown here at once, and the catalogue follows right after
    /// that scan. An unknown id answers `404 not_found`. Each change publishes `metadataUpdated`, `trackUpdated`,
    /// and the album and artist events of the groups whose contents changed.
    #[oai(
        path = "/api/tracks/:id/metadata/overrides",
        method = "put",
        operation_id = "setTrackMetadataOverrides",
        tag = "ApiTags::Metadata"
    )]
    async fn set_track_metadata_overrides(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        body: crate::api::payload::JsonBody<TagValues>,
    ) -> poem::Result<SetTrackMetadataOverridesResponse> {
        let request = SetTrackMetadataOverridesRequest {
            id: param_id.0,
            body: body.0,
        };
        Ok(self
            .0
            .set_track_metadata_overrides(access.into_caller(), request)
            .await?)
    }

    /// Remove all of a track's metadata overrides
    ///
    /// Deletes every override of the track, so the file's tags apply again. Answers `204`
    /// also when there were none. An unknown id answers `404 not_found`.
    #[oai(
        path = "/api/tracks/:id/metadata/overrides",
        method = "delete",
        operation_id = "clearTrackMetadataOverrides",
        tag = "ApiTags::Metadata"
    )]
    async fn clear_track_metadata_overrides(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<ClearTrackMetadataOverridesResponse> {
        let request = ClearTrackMetadataOverridesRequest { id: param_id.0 };
        Ok(self
            .0
            .clear_track_metadata_overrides(access.into_caller(), request)
            .await?)
    }

    /// List metadata suggestions for a track
    ///
    /// Returns the enrichment suggestions found for the track (for example from
    /// MusicBrainz ids in its tags), best first, each with the values it proposes, the
    /// fields where they differ from the effective metadata and a confidence. Apply one
    /// with `POST /api/tracks/{id}/enrichment/apply`. An unknown id answers
    /// `404 not_found`; a track without suggestions answers an empty list.
    #[oai(
        path = "/api/tracks/:id/enrichment",
        method = "get",
        operation_id = "getTrackEnrichment",
        tag = "ApiTags::Metadata"
    )]
    async fn get_track_enrichment(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<GetTrackEnrichmentResponse> {
        let request = GetTrackEnrichmentRequest { id: param_id.0 };
        Ok(self
            .0
            .get_track_enrichment(access.into_caller(), request)
            .await?)
    }

    /// Apply a metadata suggestion to a track
    ///
    /// Copies the suggestion's values into the track's overrides: all of its
    /// `changedFields`, or only those listed in `fields`, recording the suggestion's
    /// source on each override. Other overrides are kept. The file is never written.
    /// Answers the track's metadata. An unknown track or suggestion answers
    /// `404 not_found`; a suggestion made before the track last changed (its file's tags
    /// or its overrides) answers `409 suggestion_stale`: list the suggestions again. A
    /// field in `fields` that the suggestion does not carry answers `400 invalid_body`.
    #[oai(
        path = "/api/tracks/:id/enrichment/apply",
        method = "post",
        operation_id = "applyTrackEnrichment",
        tag = "ApiTags::Metadata"
    )]
    async fn apply_track_enrichment(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        body: crate::api::payload::JsonBody<EnrichmentApplyRequest>,
    ) -> poem::Result<ApplyTrackEnrichmentResponse> {
        let request = ApplyTrackEnrichmentRequest {
            id: param_id.0,
            body: body.0,
        };
        Ok(self
            .0
            .apply_track_enrichment(access.into_caller(), request)
            .await?)
    }
}

/// The `shares` routes: they check access, parse inputs and call a `SharesApi`.
pub struct SharesRoutes<T>(pub Arc<T>);

#[OpenApi]
impl<T: SharesApi> SharesRoutes<T> {
    /// List share links
    ///
    /// Lists the share links that exist, optionally only one `kind`, with how often they
    /// were opened. Sort with `sort` (default `createdAt`) and `order`; page with `limit`
    /// and `cursor`. Expired shares are listed until deleted (`expiresAt` in the past).
    #[oai(
        path = "/api/shares",
        method = "get",
        operation_id = "listShares",
        tag = "ApiTags::Shares"
    )]
    async fn list_shares(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(
            name = "limit",
            default = "defaults::default_i32_50",
            validator(minimum(value = "1"), maximum(value = "500"))
        )]
        param_limit: Query<i32>,
        #[oai(name = "cursor", validator(max_length = 512))] param_cursor: Query<Option<String>>,
        #[oai(name = "sort")] param_sort: Query<Option<ShareSort>>,
        #[oai(name = "order")] param_order: Query<Option<SortOrder>>,
        #[oai(name = "kind")] param_kind: Query<Option<ShareKind>>,
    ) -> poem::Result<ListSharesResponse> {
        let request = ListSharesRequest {
            limit: param_limit.0,
            cursor: param_cursor.0,
            sort: param_sort.0,
            order: param_order.0,
            kind: param_kind.0,
        };
        Ok(self.0.list_shares(access.into_caller(), request).await?)
    }

    /// Create a public share link for a playlist, album, artist or track
    ///
    /// Creates a share: anyone with its id can open the shared item through
    /// `GET /api/share/{kind}/{id}/bootstrap` (the share's `bootstrapPath`) and play it,
    /// and nothing else, without pairing. Without `expiresInHours` the share lasts until
    /// deleted. With `password`, opening it needs the password in `X-Share-Password` (it is
    /// kept only as an Argon2id hash and never shown again); `allowDownload` lets its
    /// visitors save files (`?download=1`); `maxSessions` bounds how many times it can be
    /// opened. The answer's `pageUrl` is the share page to send to people. An item that
    /// does not exist answers `404 not_found`.
    #[oai(
        path = "/api/shares",
        method = "post",
        operation_id = "createShare",
        tag = "ApiTags::Shares"
    )]
    async fn create_share(
        &self,
        access: crate::api::access::Authenticated<true>,
        body: crate::api::payload::JsonBody<ShareCreate>,
    ) -> poem::Result<CreateShareResponse> {
        let request = CreateShareRequest { body: body.0 };
        Ok(self.0.create_share(access.into_caller(), request).await?)
    }

    /// Change a share link's expiry, password or limits
    ///
    /// Changes what the body names and keeps the rest: `expiresInHours` sets a new expiry
    /// counted from now (`0`: never expires), `password` a new password (`""`: none),
    /// `allowDownload` and `maxSessions` (`0`: unlimited). A share that expired can be
    /// given a new expiry. Open share sessions are judged by the new settings at their
    /// next heartbeat. An unknown id answers `404 not_found`.
    #[oai(
        path = "/api/shares/:id",
        method = "patch",
        operation_id = "updateShare",
        tag = "ApiTags::Shares"
    )]
    async fn update_share(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
        body: crate::api::payload::JsonBody<SharePatch>,
    ) -> poem::Result<UpdateShareResponse> {
        let request = UpdateShareRequest {
            id: param_id.0,
            body: body.0,
        };
        Ok(self.0.update_share(access.into_caller(), request).await?)
    }

    /// Delete a share link
    ///
    /// Deletes the share: its bootstrap answers `404 not_found` from now on and its open
    /// share sessions and media tokens stop working at once. An unknown id answers
    /// `404 not_found`.
    #[oai(
        path = "/api/shares/:id",
        method = "delete",
        operation_id = "deleteShare",
        tag = "ApiTags::Shares"
    )]
    async fn delete_share(
        &self,
        access: crate::api::access::Authenticated<true>,
        #[oai(name = "id")] param_id: Path<String>,
    ) -> poem::Result<DeleteShareResponse> {
        let request = DeleteShareRequest { id: param_id.0 };
        Ok(self.0.delete_share(access.into_caller(), request).await?)
    }

    /// Open a shared playlist (public share page bootstrap)
    ///
    /// The entry point of a share page for a playlist: answers the playlist with its entries, a
    /// `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    /// `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    /// `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    /// short-lived: call `POST /api/share/session/heartbeat` every
    /// `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    /// share's id (not the playlist's); an unknown, deleted or expired share, or one that is
    /// not a playlist share, answers `404 not_found`. Never exposes file paths, library
    /// folders, play counts or anything outside the share. A share with a password answers
    /// `401 share_password_required` until `X-Share-Password` carries it. Rate-limited per
    /// client address (`429 too_many_requests` with `Retry-After`).
    #[oai(
        path = "/api/share/playlist/:id/bootstrap",
        method = "get",
        operation_id = "bootstrapPlaylistShare",
        tag = "ApiTags::Shares"
    )]
    async fn bootstrap_playlist_share(
        &self,
        access: crate::api::access::Public<true>,
        #[oai(name = "id")] param_id: Path<String>,
        #[oai(name = "X-Share-Password", validator(max_length = 256))]
        param_x_share_password: Header<Option<String>>,
    ) -> poem::Result<BootstrapPlaylistShareResponse> {
        let request = BootstrapPlaylistShareRequest {
            id: param_id.0,
            x_share_password: param_x_share_password.0,
        };
        Ok(self
            .0
            .bootstrap_playlist_share(access.into_caller(), request)
            .await?)
    }

    /// Open a shared album (public share page bootstrap)
    ///
    /// The entry point of a share page for a album: answers the album with its tracks, a
    /// `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    /// `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    /// `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    /// short-lived: call `POST /api/share/session/heartbeat` every
    /// `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    /// share's id (not the album's); an unknown, deleted or expired share, or one that is
    /// not a album share, answers `404 not_found`. Never exposes file paths, library
    /// folders, play counts or anything outside the share. A share with a password answers
    /// `401 share_password_required` until `X-Share-Password` carries it. Rate-limited per
    /// client address (`429 too_many_requests` with `Retry-After`).
    #[oai(
        path = "/api/share/album/:id/bootstrap",
        method = "get",
        operation_id = "bootstrapAlbumShare",
        tag = "ApiTags::Shares"
    )]
    async fn bootstrap_album_share(
        &self,
        access: crate::api::access::Public<true>,
        #[oai(name = "id")] param_id: Path<String>,
        #[oai(name = "X-Share-Password", validator(max_length = 256))]
        param_x_share_password: Header<Option<String>>,
    ) -> poem::Result<BootstrapAlbumShareResponse> {
        let request = BootstrapAlbumShareRequest {
            id: param_id.0,
            x_share_password: param_x_share_password.0,
        };
        Ok(self
            .0
            .bootstrap_album_share(access.into_caller(), request)
            .await?)
    }

    /// Open a shared artist (public share page bootstrap)
    ///
    /// The entry point of a share page for a artist: answers the artist with their albums, appearances and top tracks, a
    /// `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    /// `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    /// `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    /// short-lived: call `POST /api/share/session/heartbeat` every
    /// `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    /// share's id (not the artist's); an unknown, deleted or expired share, or one that is
    /// not a artist share, answers `404 not_found`. Never exposes file paths, library
    /// folders, play counts or anything outside the share. A share with a password answers
    /// `401 share_password_required` until `X-Share-Password` carries it. Rate-limited per
    /// client address (`429 too_many_requests` with `Retry-After`).
    #[oai(
        path = "/api/share/artist/:id/bootstrap",
        method = "get",
        operation_id = "bootstrapArtistShare",
        tag = "ApiTags::Shares"
    )]
    async fn bootstrap_artist_share(
        &self,
        access: crate::api::access::Public<true>,
        #[oai(name = "id")] param_id: Path<String>,
        #[oai(name = "X-Share-Password", validator(max_length = 256))]
        param_x_share_password: Header<Option<String>>,
    ) -> poem::Result<BootstrapArtistShareResponse> {
        let request = BootstrapArtistShareRequest {
            id: param_id.0,
            x_share_password: param_x_share_password.0,
        };
        Ok(self
            .0
            .bootstrap_artist_share(access.into_caller(), request)
            .await?)
    }

    /// Open a shared track (public share page bootstrap)
    ///
    /// The entry point of a share page for a track: answers the track, a
    /// `shareSessionId` and a `mediaToken`, each with its expiry. Use the token as
    /// `?mediaToken=` on `GET /api/media/stream/{trackId}` and
    /// `GET /api/media/artwork/{id}`; it only reaches the shared items. Both are
    /// short-lived: call `POST /api/share/session/heartbeat` every
    /// `heartbeatIntervalSeconds` while the page is open to extend them. `{id}` is the
    /// share's id (not the track's); an unknown, deleted or expired share, or one that is
    /// not a track share, answers `404 not_found`. Never exposes file paths, library
    /// folders, play counts or anything outside the share. A share with a password answers
    /// `401 share_password_required` until `X-Share-Password` carries it. Rate-limited per
    /// client address (`429 too_many_requests` with `Retry-After`).
    #[oai(
        path = "/api/share/track/:id/bootstrap",
        method = "get",
        operation_id = "bootstrapTrackShare",
        tag = "ApiTags::Shares"
    )]
    async fn bootstrap_track_share(
        &self,
        access: crate::api::access::Public<true>,
        #[oai(name = "id")] param_id: Path<String>,
        #[oai(name = "X-Share-Password", validator(max_length = 256))]
        param_x_share_password: Header<Option<String>>,
    ) -> poem::Result<BootstrapTrackShareResponse> {
        let request = BootstrapTrackShareRequest {
            id: param_id.0,
            x_share_password: param_x_share_password.0,
        };
        Ok(self
            .0
            .bootstrap_track_share(access.into_caller(), request)
            .await?)
    }

    /// Keep a share session alive
    ///
    /// Extends the share session and its media token while a share page is open; call it
    /// every `heartbeatIntervalSeconds` of the bootstrap. Answers the new expiries and a
    /// `mediaToken` to use from now on (it may be the same one). A session that expired
    /// or whose share was deleted or expired answers `404 share_session_expired`: open the
    /// share's bootstrap again. Rate-limited per client address (`429 too_many_requests`
    /// with `Retry-After`).
    #[oai(
        path = "/api/share/session/heartbeat",
        method = "post",
        operation_id = "heartbeatShareSession",
        tag = "ApiTags::Shares"
    )]
    async fn heartbeat_share_session(
        &self,
        access: crate::api::access::Public<true>,
        body: crate::api::payload::JsonBody<ShareHeartbeatRequest>,
    ) -> poem::Result<HeartbeatShareSessionResponse> {
        let request = HeartbeatShareSessionRequest { body: body.0 };
        Ok(self
            .0
            .heartbeat_share_session(access.into_caller(), request)
            .await?)
    }
}

/// Every operation of the document, for tests and middleware that must cover them all.
pub const OPERATIONS: &[crate::api::access::OperationInfo] = &[
    crate::api::access::OperationInfo {
        operation_id: "ping",
        method: "GET",
        path: "/api/ping",
        tag: "system",
        access: crate::api::access::AccessLevel::Public,
        requires_healthy_database: false,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getInfo",
        method: "GET",
        path: "/api/info",
        tag: "system",
        access: crate::api::access::AccessLevel::Public,
        requires_healthy_database: false,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "rebuildDatabase",
        method: "POST",
        path: "/api/database/rebuild",
        tag: "system",
        access: crate::api::access::AccessLevel::LocalOnly,
        requires_healthy_database: false,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "listTracks",
        method: "GET",
        path: "/api/tracks",
        tag: "library",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getTrack",
        method: "GET",
        path: "/api/track/{id}",
        tag: "library",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "listAlbums",
        method: "GET",
        path: "/api/albums",
        tag: "library",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getAlbum",
        method: "GET",
        path: "/api/album/{id}",
        tag: "library",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "listArtists",
        method: "GET",
        path: "/api/artists",
        tag: "library",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getArtist",
        method: "GET",
        path: "/api/artist/{id}",
        tag: "library",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getLibraryStats",
        method: "GET",
        path: "/api/library/stats",
        tag: "library",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getLibraryFilters",
        method: "GET",
        path: "/api/library/filters",
        tag: "library",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "streamLibraryEvents",
        method: "GET",
        path: "/api/library/events",
        tag: "library",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "browseLibrary",
        method: "GET",
        path: "/api/browse",
        tag: "library",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "startScan",
        method: "POST",
        path: "/api/scan",
        tag: "scan",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getScanStatus",
        method: "GET",
        path: "/api/scan/status",
        tag: "scan",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "cancelScan",
        method: "POST",
        path: "/api/scan/cancel",
        tag: "scan",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "streamScanProgress",
        method: "GET",
        path: "/api/scan/progress",
        tag: "scan",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "searchLibrary",
        method: "GET",
        path: "/api/search",
        tag: "search",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "listSearchHistory",
        method: "GET",
        path: "/api/search/history",
        tag: "search",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "clearSearchHistory",
        method: "DELETE",
        path: "/api/search/history",
        tag: "search",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "listPlaylists",
        method: "GET",
        path: "/api/playlists",
        tag: "playlists",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "createPlaylist",
        method: "POST",
        path: "/api/playlists",
        tag: "playlists",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getPlaylist",
        method: "GET",
        path: "/api/playlists/{id}",
        tag: "playlists",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "updatePlaylist",
        method: "PATCH",
        path: "/api/playlists/{id}",
        tag: "playlists",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "deletePlaylist",
        method: "DELETE",
        path: "/api/playlists/{id}",
        tag: "playlists",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "exportPlaylistM3u8",
        method: "GET",
        path: "/api/playlists/{id}/m3u8",
        tag: "playlists",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "importPlaylist",
        method: "POST",
        path: "/api/playlists/import",
        tag: "playlists",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "addPlaylistTracks",
        method: "POST",
        path: "/api/playlists/{id}/tracks",
        tag: "playlists",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "removePlaylistTrack",
        method: "DELETE",
        path: "/api/playlists/{id}/tracks/{entryId}",
        tag: "playlists",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "reorderPlaylist",
        method: "PUT",
        path: "/api/playlists/{id}/order",
        tag: "playlists",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getPlaybackSession",
        method: "GET",
        path: "/api/playback/session",
        tag: "playback",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "updatePlaybackSession",
        method: "PUT",
        path: "/api/playback/session",
        tag: "playback",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "listPlaybackHistory",
        method: "GET",
        path: "/api/playback/history",
        tag: "playback",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "playbackHistoryBack",
        method: "POST",
        path: "/api/playback/history/back",
        tag: "playback",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "createMediaSession",
        method: "POST",
        path: "/api/media/session",
        tag: "media",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "streamMedia",
        method: "GET",
        path: "/api/media/stream/{trackId}",
        tag: "media",
        access: crate::api::access::AccessLevel::Media,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getArtwork",
        method: "GET",
        path: "/api/media/artwork/{id}",
        tag: "media",
        access: crate::api::access::AccessLevel::Media,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "listSaved",
        method: "GET",
        path: "/api/saved",
        tag: "saved",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "saveItem",
        method: "PUT",
        path: "/api/saved/{kind}/{id}",
        tag: "saved",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "unsaveItem",
        method: "DELETE",
        path: "/api/saved/{kind}/{id}",
        tag: "saved",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "setMetadataOverridesBatch",
        method: "PUT",
        path: "/api/metadata/overrides",
        tag: "metadata",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getTrackMetadata",
        method: "GET",
        path: "/api/tracks/{id}/metadata",
        tag: "metadata",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "setTrackMetadataOverrides",
        method: "PUT",
        path: "/api/tracks/{id}/metadata/overrides",
        tag: "metadata",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "clearTrackMetadataOverrides",
        method: "DELETE",
        path: "/api/tracks/{id}/metadata/overrides",
        tag: "metadata",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getTrackEnrichment",
        method: "GET",
        path: "/api/tracks/{id}/enrichment",
        tag: "metadata",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "applyTrackEnrichment",
        method: "POST",
        path: "/api/tracks/{id}/enrichment/apply",
        tag: "metadata",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "listShares",
        method: "GET",
        path: "/api/shares",
        tag: "shares",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "createShare",
        method: "POST",
        path: "/api/shares",
        tag: "shares",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "updateShare",
        method: "PATCH",
        path: "/api/shares/{id}",
        tag: "shares",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "deleteShare",
        method: "DELETE",
        path: "/api/shares/{id}",
        tag: "shares",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "bootstrapPlaylistShare",
        method: "GET",
        path: "/api/share/playlist/{id}/bootstrap",
        tag: "shares",
        access: crate::api::access::AccessLevel::Public,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "bootstrapAlbumShare",
        method: "GET",
        path: "/api/share/album/{id}/bootstrap",
        tag: "shares",
        access: crate::api::access::AccessLevel::Public,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "bootstrapArtistShare",
        method: "GET",
        path: "/api/share/artist/{id}/bootstrap",
        tag: "shares",
        access: crate::api::access::AccessLevel::Public,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "bootstrapTrackShare",
        method: "GET",
        path: "/api/share/track/{id}/bootstrap",
        tag: "shares",
        access: crate::api::access::AccessLevel::Public,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "heartbeatShareSession",
        method: "POST",
        path: "/api/share/session/heartbeat",
        tag: "shares",
        access: crate::api::access::AccessLevel::Public,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getAuthStatus",
        method: "GET",
        path: "/api/auth/status",
        tag: "auth",
        access: crate::api::access::AccessLevel::LocalOnly,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "armPairing",
        method: "POST",
        path: "/api/auth/arm",
        tag: "auth",
        access: crate::api::access::AccessLevel::LocalOnly,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "disarmPairing",
        method: "POST",
        path: "/api/auth/disarm",
        tag: "auth",
        access: crate::api::access::AccessLevel::LocalOnly,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "listDevices",
        method: "GET",
        path: "/api/auth/devices",
        tag: "auth",
        access: crate::api::access::AccessLevel::LocalOnly,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "revokeDevice",
        method: "DELETE",
        path: "/api/auth/devices/{deviceId}",
        tag: "auth",
        access: crate::api::access::AccessLevel::LocalOnly,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "pairDevice",
        method: "POST",
        path: "/api/auth/pair",
        tag: "auth",
        access: crate::api::access::AccessLevel::Public,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "refreshTokens",
        method: "POST",
        path: "/api/auth/refresh",
        tag: "auth",
        access: crate::api::access::AccessLevel::Public,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "logout",
        method: "POST",
        path: "/api/auth/logout",
        tag: "auth",
        access: crate::api::access::AccessLevel::Authenticated,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getConnectQr",
        method: "GET",
        path: "/api/connect/qr",
        tag: "auth",
        access: crate::api::access::AccessLevel::LocalOnly,
        requires_healthy_database: true,
        implemented: true,
    },
    crate::api::access::OperationInfo {
        operation_id: "getTunnelQr",
        method: "GET",
        path: "/api/tunnel/qr",
        tag: "auth",
        access: crate::api::access::AccessLevel::LocalOnly,
        requires_healthy_database: true,
        implemented: true,
    },
];

/// All routes of the document, served by one implementation of every trait.
pub fn api<
    T: SystemApi
        + AuthApi
        + LibraryApi
        + ScanApi
        + SearchApi
        + PlaylistsApi
        + PlaybackApi
        + MediaApi
        + SavedApi
        + MetadataApi
        + SharesApi,
>(
    implementation: Arc<T>,
) -> impl OpenApi {
    (
        SystemRoutes(implementation.clone()),
        AuthRoutes(implementation.clone()),
        LibraryRoutes(implementation.clone()),
        ScanRoutes(implementation.clone()),
        SearchRoutes(implementation.clone()),
        PlaylistsRoutes(implementation.clone()),
        PlaybackRoutes(implementation.clone()),
        MediaRoutes(implementation.clone()),
        SavedRoutes(implementation.clone()),
        MetadataRoutes(implementation.clone()),
        SharesRoutes(implementation.clone()),
    )
}
