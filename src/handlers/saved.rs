//! `saved`: the saved (liked) items, through the saved service (`app::saved`).

use crate::api::access::Caller;
use crate::api::error::HandlerError;
use crate::api::generated::ErrorCode;
use crate::api::generated::{
    ListSavedRequest, ListSavedResponse, SaveItemRequest, SaveItemResponse, SavedApi, SavedItem,
    SavedItemPage, SavedSort, UnsaveItemRequest, UnsaveItemResponse,
};
use crate::api::payload::Json;
use crate::app::saved::SavedOrder;
use crate::app::saved::{SavedEntries, SavedKind, SavedObject};
use crate::clock::from_ms;
use crate::handlers::{cursor, views};
use crate::hub::Hub;

/// The `kind` path segment; the contract leaves it a string so that a wrong one is a 400
/// that names it, not a 404 of no route.
fn kind(name: &str) -> Result<SavedKind, HandlerError> {
    SavedKind::parse(name).ok_or_else(|| HandlerError::BadRequest {
        code: ErrorCode::InvalidParameter,
        message: "The parameter `kind` must be one of track, album, artist and playlist.".into(),
        parameter: Some("kind".into()),
    })
}

fn api_kind(kind: SavedKind) -> crate::api::generated::SavedKind {
    use crate::api::generated::SavedKind as Api;
    match kind {
        SavedKind::Track => Api::Track,
        SavedKind::Album => Api::Album,
        SavedKind::Artist => Api::Artist,
        SavedKind::Playlist => Api::Playlist,
    }
}

fn items(saved: SavedEntries) -> Vec<SavedItem> {
    let SavedEntries {
        entries,
        track_extras,
        mut album_genres,
    } = saved;
    entries
        .into_iter()
        .map(|entry| {
            let mut item = SavedItem {
                kind: api_kind(entry.kind),
                id: entry.id,
                name: String::new(),
                saved_at: from_ms(entry.saved_at),
                track: None,
                album: None,
                artist: None,
                playlist: None,
            };
            match entry.object {
                SavedObject::Track(row) => {
                    item.name = row.title.clone();
                    item.track = Some(views::track(*row, &track_extras));
                }
                SavedObject::Album(row) => {
                    item.name = row.title.clone();
                    let genres = album_genres.remove(&row.id).unwrap_or_default();
                    item.album = Some(views::album(*row, genres));
                }
                SavedObject::Artist(row) => {
                    item.name = row.name.clone();
                    item.artist = Some(views::artist(*row));
                }
                SavedObject::Playlist(row) => {
                    item.name = row.name.clone();
                    item.playlist = Some(views::playlist(*row));
                }
            }
            item
        })
        .collect()
}

impl SavedApi for Hub {
    async fn list_saved(
        &self,
        _caller: Caller,
        request: ListSavedRequest,
    ) -> Result<ListSavedResponse, HandlerError> {
        let order = match request.sort.unwrap_or(SavedSort::SavedAt) {
            SavedSort::SavedAt => SavedOrder::SavedAt,
            SavedSort::Name => SavedOrder::Name,
        };
        let spec = cursor::page_spec(
            order,
            request.order,
            request.cursor.as_deref(),
            request.limit,
        )?;
        let kind = request.kind.map(|kind| {
            use crate::api::generated::SavedKind as Api;
            match kind {
                Api::Track => SavedKind::Track,
                Api::Album => SavedKind::Album,
                Api::Artist => SavedKind::Artist,
                Api::Playlist => SavedKind::Playlist,
            }
        });
        let page = self.saved.list(kind, spec.clone()).await?;
        Ok(ListSavedResponse::Ok(Json(SavedItemPage {
            items: items(page.items),
            next_cursor: cursor::next(&spec, page.next),
            total: page.total,
        })))
    }

    #[tracing::instrument(skip_all)]
    async fn save_item(
        &self,
        _caller: Caller,
        request: SaveItemRequest,
    ) -> Result<SaveItemResponse, HandlerError> {
        let kind = kind(&request.kind)?;
        let saved = self.saved.save(kind, request.id).await?;
        let item = items(saved).pop().ok_or_else(|| {
            HandlerError::Internal("the saved item could not be read back".into())
        })?;
        Ok(SaveItemResponse::Ok(Json(item)))
    }

    #[tracing::instrument(skip_all)]
    async fn unsave_item(
        &self,
        _caller: Caller,
        request: UnsaveItemRequest,
    ) -> Result<UnsaveItemResponse, HandlerError> {
        let kind = kind(&request.kind)?;
        self.saved.unsave(kind, request.id).await?;
        Ok(UnsaveItemResponse::NoContent)
    }
}
