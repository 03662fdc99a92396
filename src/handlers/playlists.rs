//! `playlists`: creating playlists and adding tracks to them, through the playlists service
//! (`app::playlists`). The other playlist routes still list `501` in the document and answer
//! it until an issue builds them.

use poem_openapi::payload::Json;

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    AddPlaylistTracksRequest, AddPlaylistTracksResponse, CreatePlaylistRequest,
    CreatePlaylistResponse, PlaylistEntry, PlaylistsApi,
};
use crate::app::playlists::{NewPlaylist, PlaylistDetail};
use crate::clock::from_ms;
use crate::handlers::views;
use crate::hub::Hub;

/// The playlist with its entries, each with its track when the track is in the library.
fn detail(detail: PlaylistDetail) -> crate::api::generated::PlaylistDetail {
    let PlaylistDetail {
        playlist,
        entries,
        tracks,
        extras,
    } = detail;
    let entries = entries
        .into_iter()
        .map(|entry| {
            let track = tracks
                .get(&entry.track_id)
                .map(|row| views::track(row.clone(), &extras));
            PlaylistEntry {
                entry_id: entry.id,
                position: entry.position,
                available: track.is_some(),
                track,
                track_id: entry.track_id,
                added_at: from_ms(entry.added_at),
            }
        })
        .collect();
    crate::api::generated::PlaylistDetail {
        playlist: views::playlist(playlist),
        entries,
    }
}

impl PlaylistsApi for Hub {
    #[tracing::instrument(skip_all)]
    async fn create_playlist(
        &self,
        _caller: Caller,
        request: CreatePlaylistRequest,
    ) -> Result<CreatePlaylistResponse, HandlerError> {
        let body = request.body;
        let created = self
            .playlists
            .create(NewPlaylist {
                name: body.name,
                description: body.description,
                track_ids: body.track_ids.unwrap_or_default(),
            })
            .await?;
        let location = format!("/api/playlists/{}", created.playlist.id);
        Ok(CreatePlaylistResponse::Created(
            Json(detail(created)),
            Some(location),
        ))
    }

    #[tracing::instrument(skip_all, fields(playlist = %request.id))]
    async fn add_playlist_tracks(
        &self,
        _caller: Caller,
        request: AddPlaylistTracksRequest,
    ) -> Result<AddPlaylistTracksResponse, HandlerError> {
        let body = request.body;
        let updated = self
            .playlists
            .add_tracks(request.id, body.track_ids, body.position)
            .await?;
        Ok(AddPlaylistTracksResponse::Ok(Json(detail(updated))))
    }
}
