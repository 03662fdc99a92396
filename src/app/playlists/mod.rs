//! The playlists service: listing, reading, creating, renaming and deleting playlists, and
//! adding, removing and reordering their entries. Each change runs in one write transaction
//! that checks everything it needs first (so a refusal changes nothing), and publishes its
//! event after the commit. It answers with the playlist as stored (`PlaylistDetail`, with
//! one page of entries); the handlers make the API's view of it.

pub mod command;
pub mod files;
pub mod order;

/// Playlist files as text, shared with the scanner's library playlists.
pub use crate::library::m3u;

use std::collections::HashMap;
use std::sync::Arc;

use diesel::SqliteConnection;

use crate::app::saved::SavedKind;
use crate::clock::SharedClock;
/// The orders the playlist lists take, as the service answers them.
pub use crate::db::catalog::PlaylistOrder;
use crate::db::catalog::{
    self, Keyset, Page, PageSpec, PlaylistFilter, PlaylistRow, TrackExtras, TrackRow,
};
pub use crate::db::playlists::EntryOrder;
use crate::db::playlists::{self as store, EntryRow};
use crate::db::{new_id, Database, DbError};
use crate::events::{Change, EventBus, PlaylistChange, SavedChange};
pub use order::OrderMismatch;

/// Why the playlists service did not do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum PlaylistError {
    #[error("The playlist needs a name that is not only spaces.")]
    BlankName,
    #[error("No playlist has this id.")]
    NoSuchPlaylist,
    #[error(
        "This playlist follows a playlist file in the library folders and cannot be edited; \
         nothing was changed. Change the file, or import it as a playlist of your own."
    )]
    ReadOnly,
    #[error("The playlist has no entry with this id.")]
    NoSuchEntry,
    #[error("No track has the id `{track_id}`; nothing was changed.")]
    UnknownTrack { track_id: String },
    #[error(
        "entryIds must list every entry of the playlist exactly once; nothing was changed. \
         Fetch the playlist and try again."
    )]
    OrderMismatch(OrderMismatch),
    #[error(transparent)]
    Db(#[from] DbError),
}

impl PlaylistError {
    pub fn unknown_track(track_id: &str) -> Self {
        PlaylistError::UnknownTrack {
            track_id: track_id.to_owned(),
        }
    }
}

impl super::ServiceError for PlaylistError {
    fn into_db(self) -> Result<DbError, Self> {
        match self {
            PlaylistError::Db(err) => Ok(err),
            other => Err(other),
        }
    }
}

impl From<diesel::result::Error> for PlaylistError {
    fn from(err: diesel::result::Error) -> Self {
        PlaylistError::Db(DbError::Query(err))
    }
}

/// A playlist with one page of its entries in order, and the entries' tracks that are in
/// the library (an entry whose track left stays, shown as unavailable).
pub struct PlaylistDetail {
    pub playlist: PlaylistRow,
    pub entries: Vec<EntryRow>,
    /// Where the next page of entries starts, when there is one.
    pub next: Option<Keyset>,
    pub tracks: HashMap<String, TrackRow>,
    pub extras: TrackExtras,
}

/// What a new playlist starts with.
pub struct NewPlaylist {
    pub name: String,
    pub description: Option<String>,
    pub track_ids: Vec<String>,
}

/// The fields of a playlist to change; `None` keeps one.
pub struct PlaylistEdit {
    pub name: Option<String>,
    /// An empty description clears it.
    pub description: Option<String>,
}

/// Which playlists to list: `q` matches names without regard to case or diacritics.
#[derive(Debug, Clone, Default)]
pub struct PlaylistQuery {
    pub q: Option<String>,
    pub saved: Option<bool>,
}

/// The first page of entries, which the changes answer with (the contract's default limit).
pub fn first_entries() -> PageSpec<EntryOrder> {
    PageSpec {
        order: EntryOrder,
        descending: false,
        after: None,
        limit: 50,
    }
}

pub struct PlaylistService {
    db: Arc<Database>,
    events: Arc<EventBus>,
    clock: SharedClock,
}

impl PlaylistService {
    pub fn new(db: Arc<Database>, events: Arc<EventBus>, clock: SharedClock) -> Self {
        PlaylistService { db, events, clock }
    }

    fn changed(&self, change: fn(PlaylistChange) -> Change, id: &str) {
        self.events.publish(change(PlaylistChange {
            playlist_id: id.to_owned(),
        }));
    }

    /// One page of playlists.
    pub async fn list(
        &self,
        query: PlaylistQuery,
        spec: PageSpec<PlaylistOrder>,
    ) -> Result<Page<PlaylistRow>, PlaylistError> {
        super::read(&self.db, move |conn| {
            let ids = match query.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
                Some(q) => Some(names_matching(conn, q)?),
                None => None,
            };
            let filter = PlaylistFilter {
                ids,
                saved: query.saved,
            };
            Ok(catalog::playlist_list(conn, &filter, &spec)?)
        })
        .await
    }

    /// The playlist with the page of its entries `spec` asks for.
    pub async fn get(
        &self,
        id: String,
        spec: PageSpec<EntryOrder>,
    ) -> Result<PlaylistDetail, PlaylistError> {
        super::read(&self.db, move |conn| {
            detail(conn, &id, &spec)?.ok_or(PlaylistError::NoSuchPlaylist)
        })
        .await
    }

    /// Creates a playlist holding `track_ids` in order. Its name is trimmed and must not be
    /// blank; a blank description is none.
    #[tracing::instrument(skip_all)]
    pub async fn create(&self, new: NewPlaylist) -> Result<PlaylistDetail, PlaylistError> {
        let name = new.name.trim().to_owned();
        if name.is_empty() {
            return Err(PlaylistError::BlankName);
        }
        let description = new.description.filter(|d| !d.trim().is_empty());
        let now = self.clock.now().timestamp_millis();
        let id = new_id("pl");
        let playlist_id = id.clone();
        let created = super::write(&self.db, move |conn| {
            refuse_unknown_tracks(conn, &new.track_ids)?;
            store::playlist_insert(conn, &playlist_id, &name, description.as_deref(), now)?;
            store::entries_insert(conn, &playlist_id, &new.track_ids, None, now)?;
            detail_after_change(conn, &playlist_id)
        })
        .await?;
        self.changed(Change::PlaylistCreated, &id);
        Ok(created)
    }

    /// Renames the playlist or changes its description.
    #[tracing::instrument(skip_all, fields(playlist = %id))]
    pub async fn update(
        &self,
        id: String,
        edit: PlaylistEdit,
    ) -> Result<PlaylistRow, PlaylistError> {
        let name = match edit.name {
            Some(name) => match name.trim() {
                "" => return Err(PlaylistError::BlankName),
                trimmed => Some(trimmed.to_owned()),
            },
            None => None,
        };
        let description = edit
            .description
            .map(|d| Some(d).filter(|d| !d.trim().is_empty()));
        if name.is_none() && description.is_none() {
            // An empty edit changes nothing: no new `updatedAt`, no event.
            let playlist_id = id.clone();
            return super::read(&self.db, move |conn| {
                match catalog::playlist_get(conn, &playlist_id)? {
                    Some(row) if row.read_only => Err(PlaylistError::ReadOnly),
                    Some(row) => Ok(row),
                    None => Err(PlaylistError::NoSuchPlaylist),
                }
            })
            .await;
        }
        let now = self.clock.now().timestamp_millis();
        let playlist_id = id.clone();
        let updated = super::write(&self.db, move |conn| {
            let description = description.as_ref().map(|d| d.as_deref());
            editable(conn, &playlist_id)?;
            if !store::playlist_update(conn, &playlist_id, name.as_deref(), description, now)? {
                return Err(PlaylistError::NoSuchPlaylist);
            }
            catalog::playlist_get(conn, &playlist_id)?.ok_or(PlaylistError::NoSuchPlaylist)
        })
        .await?;
        self.changed(Change::PlaylistUpdated, &id);
        Ok(updated)
    }

    /// Deletes the playlist with its entries and its saved mark.
    #[tracing::instrument(skip_all, fields(playlist = %id))]
    pub async fn delete(&self, id: String) -> Result<(), PlaylistError> {
        let playlist_id = id.clone();
        let (_, was_saved) = super::write(&self.db, move |conn| {
            editable(conn, &playlist_id)?;
            match store::playlist_delete(conn, &playlist_id)? {
                (false, _) => Err(PlaylistError::NoSuchPlaylist),
                deleted => Ok(deleted),
            }
        })
        .await?;
        if was_saved {
            self.events.publish(Change::SavedRemoved(SavedChange {
                kind: SavedKind::Playlist,
                id: id.clone(),
            }));
        }
        self.changed(Change::PlaylistDeleted, &id);
        Ok(())
    }

    /// Adds `track_ids` at `position` (at the end when it is absent or past the end).
    #[tracing::instrument(skip_all, fields(playlist = %id))]
    pub async fn add_tracks(
        &self,
        id: String,
        track_ids: Vec<String>,
        position: Option<i32>,
    ) -> Result<PlaylistDetail, PlaylistError> {
        let now = self.clock.now().timestamp_millis();
        let playlist_id = id.clone();
        let updated = super::write(&self.db, move |conn| {
            editable(conn, &playlist_id)?;
            refuse_unknown_tracks(conn, &track_ids)?;
            store::entries_insert(conn, &playlist_id, &track_ids, position, now)?;
            detail_after_change(conn, &playlist_id)
        })
        .await?;
        self.changed(Change::PlaylistUpdated, &id);
        Ok(updated)
    }

    /// Removes one entry (one occurrence of its track) and closes the gap.
    #[tracing::instrument(skip_all, fields(playlist = %id))]
    pub async fn remove_entry(&self, id: String, entry_id: String) -> Result<(), PlaylistError> {
        let now = self.clock.now().timestamp_millis();
        let playlist_id = id.clone();
        super::write(&self.db, move |conn| {
            editable(conn, &playlist_id)?;
            if !store::entry_remove(conn, &playlist_id, &entry_id, now)? {
                return Err(PlaylistError::NoSuchEntry);
            }
            Ok(())
        })
        .await?;
        self.changed(Change::PlaylistUpdated, &id);
        Ok(())
    }

    /// Puts the entries in the order of `entry_ids`, which must name each of them exactly
    /// once. The check and the writes share one write transaction, so an entry added by
    /// another device in between is either seen by the check or comes after the reorder.
    #[tracing::instrument(skip_all, fields(playlist = %id))]
    pub async fn reorder(
        &self,
        id: String,
        entry_ids: Vec<String>,
    ) -> Result<PlaylistDetail, PlaylistError> {
        let now = self.clock.now().timestamp_millis();
        let playlist_id = id.clone();
        let reordered = super::write(&self.db, move |conn| {
            editable(conn, &playlist_id)?;
            let current = store::entry_ids(conn, &playlist_id)?;
            order::check(&current, &entry_ids).map_err(PlaylistError::OrderMismatch)?;
            store::entries_reorder(conn, &playlist_id, &current, &entry_ids, now)?;
            detail_after_change(conn, &playlist_id)
        })
        .await?;
        self.changed(Change::PlaylistUpdated, &id);
        Ok(reordered)
    }
}

/// The ids of the playlists whose name contains `q`, both folded (lower case, no
/// diacritics), which SQLite's `LIKE` cannot do. People keep tens or hundreds of playlists,
/// so reading every name is cheap.
fn names_matching(conn: &mut SqliteConnection, q: &str) -> Result<Vec<String>, PlaylistError> {
    let wanted = super::search::fold(q);
    Ok(catalog::playlist_names(conn)?
        .into_iter()
        .filter(|(_, name)| super::search::fold(name).contains(&wanted))
        .map(|(id, _)| id)
        .collect())
}

/// Refuses a change to a playlist that is not there, or that follows a library file (the
/// next scan would undo the change, so it is refused rather than lost).
fn editable(conn: &mut SqliteConnection, id: &str) -> Result<(), PlaylistError> {
    match store::playlist_read_only(conn, id)? {
        None => Err(PlaylistError::NoSuchPlaylist),
        Some(true) => Err(PlaylistError::ReadOnly),
        Some(false) => Ok(()),
    }
}

fn refuse_unknown_tracks(
    conn: &mut SqliteConnection,
    track_ids: &[String],
) -> Result<(), PlaylistError> {
    match catalog::track_first_unknown(conn, track_ids)? {
        Some(missing) => Err(PlaylistError::unknown_track(&missing)),
        None => Ok(()),
    }
}

/// The playlist a change just wrote, with its first page of entries.
fn detail_after_change(
    conn: &mut SqliteConnection,
    id: &str,
) -> Result<PlaylistDetail, PlaylistError> {
    detail(conn, id, &first_entries())?.ok_or_else(|| {
        PlaylistError::Db(DbError::Task(
            "the playlist was not found after a change to it".into(),
        ))
    })
}

/// The playlist with a page of its entries and their tracks; `None` when there is no such
/// playlist.
fn detail(
    conn: &mut SqliteConnection,
    id: &str,
    spec: &PageSpec<EntryOrder>,
) -> Result<Option<PlaylistDetail>, PlaylistError> {
    let Some(playlist) = catalog::playlist_get(conn, id)? else {
        return Ok(None);
    };
    let page = store::entries_page(conn, id, spec)?;
    let track_ids: Vec<String> = page.rows.iter().map(|e| e.track_id.clone()).collect();
    let (tracks, extras) = catalog::track_map_with_extras(conn, &track_ids)?;
    Ok(Some(PlaylistDetail {
        playlist,
        entries: page.rows,
        next: page.next,
        tracks,
        extras,
    }))
}
