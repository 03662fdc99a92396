//! `shares`: share links for their owner, and the public routes a share page calls
//! (bootstraps and heartbeats), through the shares service (`app::shares`). The public
//! routes pass the per-address limits first, and report misses to them.

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::ErrorCode;
use crate::api::generated::{
    AlbumShareBootstrap, ArtistShareBootstrap, BootstrapAlbumShareRequest,
    BootstrapAlbumShareResponse, BootstrapArtistShareRequest, BootstrapArtistShareResponse,
    BootstrapPlaylistShareRequest, BootstrapPlaylistShareResponse, BootstrapTrackShareRequest,
    BootstrapTrackShareResponse, CreateShareRequest, CreateShareResponse, DeleteShareRequest,
    DeleteShareResponse, HeartbeatShareSessionRequest, HeartbeatShareSessionResponse,
    ListSharesRequest, ListSharesResponse, PlaylistShareBootstrap, ShareHeartbeat, SharePage,
    ShareSort, SharesApi, TrackShareBootstrap, UpdateShareRequest, UpdateShareResponse,
};
use crate::api::payload::Json;
use crate::app::shares::limits::{RetryAfter, ShareRoute};
use crate::app::shares::public::PublicItem;
use crate::app::shares::{OpenedShare, ShareEdit, ShareKind, ShareOrder, ShareRequest};
use crate::auth::Identity;
use crate::clock::from_ms;
use crate::handlers::cursor;
use crate::handlers::views::share as view;
use crate::hub::Hub;

fn limited(RetryAfter(secs): RetryAfter) -> HandlerError {
    HandlerError::TooManyRequests {
        code: ErrorCode::TooManyRequests,
        message: "Too many share requests from this address; try again later.".into(),
        retry_after_secs: secs,
    }
}

impl Hub {
    /// A bootstrap of any kind: the limits, the service, and misses counted.
    async fn open_share(
        &self,
        caller: &Caller,
        kind: ShareKind,
        id: String,
        password: Option<String>,
    ) -> Result<OpenedShare, HandlerError> {
        let limits = &self.shares.limits;
        limits
            .admit(caller.peer, ShareRoute::Bootstrap)
            .map_err(limited)?;
        self.shares.open(kind, id, password).await.map_err(|err| {
            limits.refused(caller.peer, &err);
            err.into()
        })
    }
}

/// A bootstrap's answer: `$body` (one generated struct per kind) with its item in
/// `$field`, and the session fields every kind shares, from the opened share.
macro_rules! bootstrap_answer {
    ($body:ident { $field:ident: $item:expr }, $opened:expr, $heartbeat_secs:expr) => {{
        let opened: &OpenedShare = $opened;
        $body {
            $field: $item,
            share_session_id: opened.session_id.clone(),
            share_session_expires_at: from_ms(opened.session_expires_at),
            media_token: opened.media_token.token.clone(),
            media_token_expires_at: opened.media_token.expires_at,
            heartbeat_interval_seconds: $heartbeat_secs,
            share: view::summary(&opened.share, opened.item.title()),
        }
    }};
}

fn wrong_item() -> HandlerError {
    HandlerError::Internal("a share opened as one kind answered another".into())
}

impl SharesApi for Hub {
    async fn list_shares(
        &self,
        _caller: Caller,
        request: ListSharesRequest,
    ) -> Result<ListSharesResponse, HandlerError> {
        let order = match request.sort.unwrap_or(ShareSort::CreatedAt) {
            ShareSort::CreatedAt => ShareOrder::CreatedAt,
            ShareSort::ExpiresAt => ShareOrder::ExpiresAt,
            ShareSort::LastAccessedAt => ShareOrder::LastAccessedAt,
            ShareSort::AccessCount => ShareOrder::AccessCount,
        };
        let spec = cursor::page_spec(
            order,
            request.order,
            request.cursor.as_deref(),
            request.limit,
        )?;
        let kind = request.kind.map(view::domain_kind);
        let page = self.shares.list(kind, spec.clone()).await?;
        let public_url = self.public_url();
        Ok(ListSharesResponse::Ok(Json(SharePage {
            items: page
                .rows
                .into_iter()
                .map(|listed| view::share(listed, public_url))
                .collect(),
            next_cursor: cursor::next(&spec, page.next),
            total: page.total,
        })))
    }

    #[tracing::instrument(skip_all)]
    async fn create_share(
        &self,
        caller: Caller,
        request: CreateShareRequest,
    ) -> Result<CreateShareResponse, HandlerError> {
        let body = request.body;
        let device_id = match &caller.identity {
            Identity::Device { device_id, .. } => Some(device_id.clone()),
            _ => None,
        };
        let created = self
            .shares
            .create(ShareRequest {
                kind: view::domain_kind(body.kind),
                item_id: body.item_id,
                expires_in_hours: body.expires_in_hours.map(i64::from),
                password: body.password,
                allow_download: body.allow_download.unwrap_or(false),
                max_sessions: body.max_sessions,
                device_id,
            })
            .await?;
        Ok(CreateShareResponse::Created(Json(view::share(
            created,
            self.public_url(),
        ))))
    }

    #[tracing::instrument(skip_all)]
    async fn update_share(
        &self,
        _caller: Caller,
        request: UpdateShareRequest,
    ) -> Result<UpdateShareResponse, HandlerError> {
        let body = request.body;
        let updated = self
            .shares
            .update(
                request.id,
                ShareEdit {
                    expires_in_hours: body.expires_in_hours.map(i64::from),
                    password: body.password,
                    allow_download: body.allow_download,
                    max_sessions: body.max_sessions,
                },
            )
            .await?;
        Ok(UpdateShareResponse::Ok(Json(view::share(
            updated,
            self.public_url(),
        ))))
    }

    #[tracing::instrument(skip_all)]
    async fn delete_share(
        &self,
        _caller: Caller,
        request: DeleteShareRequest,
    ) -> Result<DeleteShareResponse, HandlerError> {
        self.shares.delete(request.id).await?;
        Ok(DeleteShareResponse::NoContent)
    }

    async fn bootstrap_playlist_share(
        &self,
        caller: Caller,
        request: BootstrapPlaylistShareRequest,
    ) -> Result<BootstrapPlaylistShareResponse, HandlerError> {
        let opened = self
            .open_share(
                &caller,
                ShareKind::Playlist,
                request.id,
                request.x_share_password,
            )
            .await?;
        let PublicItem::Playlist(item) = &opened.item else {
            return Err(wrong_item());
        };
        Ok(BootstrapPlaylistShareResponse::Ok(Json(bootstrap_answer!(
            PlaylistShareBootstrap {
                playlist: view::playlist(item)
            },
            &opened,
            self.shares.heartbeat_interval_secs
        ))))
    }

    async fn bootstrap_album_share(
        &self,
        caller: Caller,
        request: BootstrapAlbumShareRequest,
    ) -> Result<BootstrapAlbumShareResponse, HandlerError> {
        let opened = self
            .open_share(
                &caller,
                ShareKind::Album,
                request.id,
                request.x_share_password,
            )
            .await?;
        let PublicItem::Album(item) = &opened.item else {
            return Err(wrong_item());
        };
        Ok(BootstrapAlbumShareResponse::Ok(Json(bootstrap_answer!(
            AlbumShareBootstrap {
                album: view::album(item)
            },
            &opened,
            self.shares.heartbeat_interval_secs
        ))))
    }

    async fn bootstrap_artist_share(
        &self,
        caller: Caller,
        request: BootstrapArtistShareRequest,
    ) -> Result<BootstrapArtistShareResponse, HandlerError> {
        let opened = self
            .open_share(
                &caller,
                ShareKind::Artist,
                request.id,
                request.x_share_password,
            )
            .await?;
        let PublicItem::Artist(item) = &opened.item else {
            return Err(wrong_item());
        };
        Ok(BootstrapArtistShareResponse::Ok(Json(bootstrap_answer!(
            ArtistShareBootstrap {
                artist: view::artist(item)
            },
            &opened,
            self.shares.heartbeat_interval_secs
        ))))
    }

    async fn bootstrap_track_share(
        &self,
        caller: Caller,
        request: BootstrapTrackShareRequest,
    ) -> Result<BootstrapTrackShareResponse, HandlerError> {
        let opened = self
            .open_share(
                &caller,
                ShareKind::Track,
                request.id,
                request.x_share_password,
            )
            .await?;
        let PublicItem::Track(item) = &opened.item else {
            return Err(wrong_item());
        };
        Ok(BootstrapTrackShareResponse::Ok(Json(bootstrap_answer!(
            TrackShareBootstrap {
                track: view::track(item)
            },
            &opened,
            self.shares.heartbeat_interval_secs
        ))))
    }

    async fn heartbeat_share_session(
        &self,
        caller: Caller,
        request: HeartbeatShareSessionRequest,
    ) -> Result<HeartbeatShareSessionResponse, HandlerError> {
        self.shares
            .limits
            .admit(caller.peer, ShareRoute::Heartbeat)
            .map_err(limited)?;
        let beat = self.shares.heartbeat(request.body.share_session_id).await?;
        Ok(HeartbeatShareSessionResponse::Ok(Json(ShareHeartbeat {
            share_session_id: beat.session_id,
            share_session_expires_at: from_ms(beat.session_expires_at),
            media_token: beat.media_token.token,
            media_token_expires_at: beat.media_token.expires_at,
        })))
    }
}
