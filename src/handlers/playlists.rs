//! `playlists`: listing, reading and changing playlists and their entries, through the
//! playlists service (`app::playlists`).

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::{
    AddPlaylistTracksRequest, AddPlaylistTracksResponse, CreatePlaylistRequest,
    CreatePlaylistResponse, DeletePlaylistRequest, DeletePlaylistResponse,
    ExportPlaylistM3u8Request, ExportPlaylistM3u8Response, GetPlaylistRequest, GetPlaylistResponse,
    ImportPlaylistRequest, ImportPlaylistResponse, ListPlaylistsRequest, ListPlaylistsResponse,
    PlaylistEntry, PlaylistImportResult, PlaylistImportUnmatched, PlaylistPage, PlaylistSort,
    PlaylistsApi, RemovePlaylistTrackRequest, RemovePlaylistTrackResponse, ReorderPlaylistRequest,
    ReorderPlaylistResponse, UpdatePlaylistRequest, UpdatePlaylistResponse,
};
use crate::api::payload::AudioBody;
use crate::api::payload::Json;
use crate::app::playlists::files::{PathStyle, Unmatched};
use crate::app::playlists::{
    first_entries, NewPlaylist, PlaylistDetail, PlaylistEdit, PlaylistQuery,
};
use crate::app::playlists::{EntryOrder, PlaylistOrder};
use crate::app::PageSpec;
use crate::auth::Identity;
use crate::clock::from_ms;
use crate::handlers::{cursor, views};
use crate::hub::Hub;

/// The playlist with its page of entries, each with its track when the track is in the
/// library, and the cursor of the next page.
fn detail(
    detail: PlaylistDetail,
    spec: &PageSpec<EntryOrder>,
) -> crate::api::generated::PlaylistDetail {
    let PlaylistDetail {
        playlist,
        entries,
        next,
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
        next_cursor: cursor::next(spec, next),
    }
}

fn order(sort: Option<PlaylistSort>) -> PlaylistOrder {
    match sort.unwrap_or(PlaylistSort::Name) {
        PlaylistSort::Name => PlaylistOrder::Name,
        PlaylistSort::CreatedAt => PlaylistOrder::CreatedAt,
        PlaylistSort::UpdatedAt => PlaylistOrder::UpdatedAt,
        PlaylistSort::TrackCount => PlaylistOrder::TrackCount,
    }
}

/// `Content-Disposition` for a file named after the playlist (RFC 6266): an ASCII
/// `filename` for old clients, and the real name in `filename*`.
fn attachment(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' | ' ' | '-' | '_' | '.' | '(' | ')' => c,
            _ => '_',
        })
        .collect();
    let encoded: String = format!("{name}.m3u8")
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'!'
            | b'#'
            | b'$'
            | b'&'
            | b'+'
            | b'-'
            | b'.'
            | b'^'
            | b'_'
            | b'`'
            | b'|'
            | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    format!(
        "attachment; filename=\"{}.m3u8\"; filename*=UTF-8''{encoded}",
        ascii.trim()
    )
}

fn unmatched(line: Unmatched) -> PlaylistImportUnmatched {
    PlaylistImportUnmatched {
        line: i32::try_from(line.line).unwrap_or(i32::MAX),
        path: line.path,
        title: line.display,
    }
}

impl PlaylistsApi for Hub {
    async fn list_playlists(
        &self,
        _caller: Caller,
        request: ListPlaylistsRequest,
    ) -> Result<ListPlaylistsResponse, HandlerError> {
        let spec = cursor::page_spec(
            order(request.sort),
            request.order,
            request.cursor.as_deref(),
            request.limit,
        )?;
        let query = PlaylistQuery {
            q: request.q,
            saved: request.saved,
        };
        let page = self.playlists.list(query, spec.clone()).await?;
        Ok(ListPlaylistsResponse::Ok(Json(PlaylistPage {
            items: page.rows.into_iter().map(views::playlist).collect(),
            next_cursor: cursor::next(&spec, page.next),
            total: page.total,
        })))
    }

    #[tracing::instrument(skip_all, fields(playlist = %request.id))]
    async fn get_playlist(
        &self,
        _caller: Caller,
        request: GetPlaylistRequest,
    ) -> Result<GetPlaylistResponse, HandlerError> {
        let spec = cursor::page_spec(EntryOrder, None, request.cursor.as_deref(), request.limit)?;
        let found = self.playlists.get(request.id, spec.clone()).await?;
        Ok(GetPlaylistResponse::Ok(Json(detail(found, &spec))))
    }

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
            Json(detail(created, &first_entries())),
            Some(location),
        ))
    }

    #[tracing::instrument(skip_all, fields(playlist = %request.id))]
    async fn update_playlist(
        &self,
        _caller: Caller,
        request: UpdatePlaylistRequest,
    ) -> Result<UpdatePlaylistResponse, HandlerError> {
        let edit = PlaylistEdit {
            name: request.body.name,
            description: request.body.description,
        };
        let updated = self.playlists.update(request.id, edit).await?;
        Ok(UpdatePlaylistResponse::Ok(Json(views::playlist(updated))))
    }

    #[tracing::instrument(skip_all, fields(playlist = %request.id))]
    async fn delete_playlist(
        &self,
        _caller: Caller,
        request: DeletePlaylistRequest,
    ) -> Result<DeletePlaylistResponse, HandlerError> {
        self.playlists.delete(request.id).await?;
        Ok(DeletePlaylistResponse::NoContent)
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
        Ok(AddPlaylistTracksResponse::Ok(Json(detail(
            updated,
            &first_entries(),
        ))))
    }

    #[tracing::instrument(skip_all, fields(playlist = %request.id))]
    async fn remove_playlist_track(
        &self,
        _caller: Caller,
        request: RemovePlaylistTrackRequest,
    ) -> Result<RemovePlaylistTrackResponse, HandlerError> {
        self.playlists
            .remove_entry(request.id, request.entry_id)
            .await?;
        Ok(RemovePlaylistTrackResponse::NoContent)
    }

    #[tracing::instrument(skip_all, fields(playlist = %request.id))]
    async fn reorder_playlist(
        &self,
        _caller: Caller,
        request: ReorderPlaylistRequest,
    ) -> Result<ReorderPlaylistResponse, HandlerError> {
        let reordered = self
            .playlists
            .reorder(request.id, request.body.entry_ids)
            .await?;
        Ok(ReorderPlaylistResponse::Ok(Json(detail(
            reordered,
            &first_entries(),
        ))))
    }

    #[tracing::instrument(skip_all, fields(playlist = %request.id))]
    async fn export_playlist_m3u8(
        &self,
        caller: Caller,
        request: ExportPlaylistM3u8Request,
    ) -> Result<ExportPlaylistM3u8Response, HandlerError> {
        // The hub's absolute paths are for its own machine only.
        let style = match caller.identity {
            Identity::Local => PathStyle::Absolute,
            Identity::Device { .. } | Identity::ApiToken | Identity::Anonymous => {
                PathStyle::RelativeToRoot
            }
        };
        let file = self.playlists.export(request.id, style).await?;
        Ok(ExportPlaylistM3u8Response::Ok(
            AudioBody {
                content_type: "audio/mpegurl; charset=utf-8".into(),
                body: file.text.into(),
            },
            Some(attachment(&file.name)),
        ))
    }

    #[tracing::instrument(skip_all)]
    async fn import_playlist(
        &self,
        caller: Caller,
        request: ImportPlaylistRequest,
    ) -> Result<ImportPlaylistResponse, HandlerError> {
        let body = request.body;
        let (created, lines) = self
            .playlists
            .import(body.name, body.m3u, caller.is_local(), None)
            .await?;
        let location = format!("/api/playlists/{}", created.playlist.id);
        Ok(ImportPlaylistResponse::Created(
            Json(PlaylistImportResult {
                playlist: detail(created, &first_entries()),
                unmatched: lines.into_iter().map(unmatched).collect(),
            }),
            Some(location),
        ))
    }
}
