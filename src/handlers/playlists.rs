//! `playlists`: creating playlists and adding tracks to them. The other playlist routes
//! still list `501` in the document and answer it until an issue builds them.

use diesel::SqliteConnection;
use poem_openapi::payload::Json;
use serde_json::{Map, Value};

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    AddPlaylistTracksRequest, AddPlaylistTracksResponse, CreatePlaylistRequest,
    CreatePlaylistResponse, PlaylistDetail, PlaylistEntry, PlaylistsApi,
};
use crate::clock::from_ms;
use crate::db::{catalog, new_id, playlists, DbError};
use crate::events::EventKind;
use crate::handlers::library::tracks;
use crate::handlers::views;
use crate::hub::Hub;

/// The playlist with its entries, each with its track when the track is in the library.
pub(crate) fn detail(
    conn: &mut SqliteConnection,
    id: &str,
) -> Result<Option<PlaylistDetail>, DbError> {
    let Some(header) = catalog::playlists_by_ids(conn, &[id.to_owned()])?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let entries = playlists::entries(conn, id)?;
    let track_ids: Vec<String> = entries.iter().map(|e| e.track_id.clone()).collect();
    let (rows, extras) = catalog::tracks_with_extras(conn, &track_ids)?;
    let entries = entries
        .into_iter()
        .map(|entry| {
            let track = rows
                .get(&entry.track_id)
                .map(|row| tracks::track(row.clone(), &extras));
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
    Ok(Some(PlaylistDetail {
        playlist: views::playlist(header),
        entries,
    }))
}

/// A track id that is not in the library, named in `details.trackId`.
pub(crate) fn unknown_track(track_id: &str) -> HandlerError {
    HandlerError::not_found_naming(
        format!("No track has the id `{track_id}`; nothing was changed."),
        "trackId",
        track_id,
    )
}

/// What playlist events carry (the contract's `LibraryEvent`).
fn playlist_payload(playlist_id: &str) -> Map<String, Value> {
    Map::from_iter([("playlistId".to_owned(), Value::from(playlist_id))])
}

impl PlaylistsApi for Hub {
    #[tracing::instrument(skip_all)]
    async fn create_playlist(
        &self,
        _caller: Caller,
        request: CreatePlaylistRequest,
    ) -> Result<CreatePlaylistResponse, HandlerError> {
        let body = request.body;
        let name = body.name.trim().to_owned();
        if name.is_empty() {
            return Err(HandlerError::invalid_body(
                "name",
                "The playlist needs a name that is not only spaces.",
            ));
        }
        let description = body.description.filter(|d| !d.trim().is_empty());
        let track_ids = body.track_ids.unwrap_or_default();
        let now = self.clock.now().timestamp_millis();
        let id = new_id("pl");
        let playlist_id = id.clone();
        let detail = self
            .db
            .run(move |conn| {
                conn.immediate_transaction(|conn| {
                    if let Some(missing) = catalog::first_unknown_track(conn, &track_ids)? {
                        return Ok(Err(unknown_track(&missing)));
                    }
                    playlists::playlist_insert(
                        conn,
                        &playlist_id,
                        &name,
                        description.as_deref(),
                        now,
                    )?;
                    playlists::entries_insert(conn, &playlist_id, &track_ids, None, now)?;
                    let created = detail(conn, &playlist_id)?.ok_or_else(|| {
                        DbError::Task("the new playlist was not found after its insert".into())
                    })?;
                    Ok(Ok(created))
                })
            })
            .await??;
        self.events
            .publish(EventKind::PlaylistCreated, playlist_payload(&id));
        Ok(CreatePlaylistResponse::Created(
            Json(detail),
            Some(format!("/api/playlists/{id}")),
        ))
    }

    #[tracing::instrument(skip_all, fields(playlist = %request.id))]
    async fn add_playlist_tracks(
        &self,
        _caller: Caller,
        request: AddPlaylistTracksRequest,
    ) -> Result<AddPlaylistTracksResponse, HandlerError> {
        let id = request.id;
        let body = request.body;
        let now = self.clock.now().timestamp_millis();
        let playlist_id = id.clone();
        let detail = self
            .db
            .run(move |conn| {
                conn.immediate_transaction(|conn| {
                    if !playlists::playlist_exists(conn, &playlist_id)? {
                        return Ok(Err(HandlerError::not_found("No playlist has this id.")));
                    }
                    if let Some(missing) = catalog::first_unknown_track(conn, &body.track_ids)? {
                        return Ok(Err(unknown_track(&missing)));
                    }
                    playlists::entries_insert(
                        conn,
                        &playlist_id,
                        &body.track_ids,
                        body.position,
                        now,
                    )?;
                    let updated = detail(conn, &playlist_id)?.ok_or_else(|| {
                        DbError::Task("the playlist was not found after adding to it".into())
                    })?;
                    Ok(Ok(updated))
                })
            })
            .await??;
        self.events
            .publish(EventKind::PlaylistUpdated, playlist_payload(&id));
        Ok(AddPlaylistTracksResponse::Ok(Json(detail)))
    }
}
