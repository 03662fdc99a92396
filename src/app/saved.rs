//! The saved-items service: the tracks, albums, artists and playlists a person keeps.
//! Saving is idempotent (the first `savedAt` stays), each real change publishes
//! `savedAdded`/`savedRemoved`, and the catalogue's `saved` flags and filters read the same
//! rows. Saved items are the person's data: no foreign key ties them to the catalogue, so a
//! rescan or a rebuild (which carries `saved_items` over, see `db::salvage`) never loses one.

use std::collections::HashMap;
use std::sync::Arc;

use diesel::SqliteConnection;

use crate::clock::SharedClock;
use crate::db::catalog::{
    self, AlbumRow, ArtistRow, Keyset, PageSpec, PlaylistRow, TrackExtras, TrackRow,
};
/// The orders the saved list takes.
pub use crate::db::saved::SavedOrder;
use crate::db::saved::{self as store, SavedRow};
use crate::db::{Database, DbError};
use crate::events::{Change, EventBus, SavedChange};

/// What can be saved (stored by name, so it lives with the rows).
pub use crate::db::saved::SavedKind;

/// Why the saved service did not do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum SavedError {
    #[error("No {kind} has this id.")]
    NoSuchItem { kind: SavedKind },
    #[error(transparent)]
    Db(#[from] DbError),
}

impl super::ServiceError for SavedError {
    fn into_db(self) -> Result<DbError, Self> {
        match self {
            SavedError::Db(err) => Ok(err),
            other => Err(other),
        }
    }
}

impl From<diesel::result::Error> for SavedError {
    fn from(err: diesel::result::Error) -> Self {
        SavedError::Db(DbError::Query(err))
    }
}

/// The saved thing itself, as the catalogue has it now.
pub enum SavedObject {
    Track(Box<TrackRow>),
    Album(Box<AlbumRow>),
    Artist(Box<ArtistRow>),
    Playlist(Box<PlaylistRow>),
}

pub struct SavedEntry {
    pub kind: SavedKind,
    pub id: String,
    pub saved_at: i64,
    pub object: SavedObject,
}

/// Saved entries with what their views need: the tracks' artists and genres, the albums'
/// genres.
pub struct SavedEntries {
    pub entries: Vec<SavedEntry>,
    pub track_extras: TrackExtras,
    /// By album id; an album without genres is absent.
    pub album_genres: HashMap<String, Vec<String>>,
}

/// One page of saved items.
pub struct SavedPage {
    pub items: SavedEntries,
    pub next: Option<Keyset>,
    pub total: i64,
}

pub struct SavedService {
    db: Arc<Database>,
    events: Arc<EventBus>,
    clock: SharedClock,
}

impl SavedService {
    pub fn new(db: Arc<Database>, events: Arc<EventBus>, clock: SharedClock) -> Self {
        SavedService { db, events, clock }
    }

    /// One page of the saved items that are in the library, of `kind` or of all kinds.
    pub async fn list(
        &self,
        kind: Option<SavedKind>,
        spec: PageSpec<SavedOrder>,
    ) -> Result<SavedPage, SavedError> {
        super::read(&self.db, move |conn| {
            let page = store::saved_list(conn, kind.map(SavedKind::as_str), &spec)?;
            Ok(SavedPage {
                items: read_entries(conn, page.rows)?,
                next: page.next,
                total: page.total,
            })
        })
        .await
    }

    /// Saves the item, which must exist; saving it again changes nothing.
    #[tracing::instrument(skip_all, fields(%kind, item = %id))]
    pub async fn save(&self, kind: SavedKind, id: String) -> Result<SavedEntries, SavedError> {
        let now = self.clock.now().timestamp_millis();
        let item_id = id.clone();
        let (saved, added) = super::write(&self.db, move |conn| {
            if !exists(conn, kind, &item_id)? {
                return Err(SavedError::NoSuchItem { kind });
            }
            let added = store::saved_insert(conn, kind.as_str(), &item_id, now)?;
            let row = store::saved_get(conn, kind.as_str(), &item_id)?.ok_or_else(|| {
                SavedError::Db(DbError::Task(
                    "the saved item was not found after its insert".into(),
                ))
            })?;
            Ok((read_entries(conn, vec![row])?, added))
        })
        .await?;
        if added {
            self.events
                .publish(Change::SavedAdded(SavedChange { kind, id }));
        }
        Ok(saved)
    }

    /// Unsaves the item. One that is saved can always be unsaved, even when it left the
    /// library; one that is neither saved nor in the library is refused as unknown.
    #[tracing::instrument(skip_all, fields(%kind, item = %id))]
    pub async fn unsave(&self, kind: SavedKind, id: String) -> Result<(), SavedError> {
        let item_id = id.clone();
        let removed = super::write(&self.db, move |conn| {
            if store::saved_delete(conn, kind.as_str(), &item_id)? {
                return Ok(true);
            }
            if exists(conn, kind, &item_id)? {
                Ok(false)
            } else {
                Err(SavedError::NoSuchItem { kind })
            }
        })
        .await?;
        if removed {
            self.events
                .publish(Change::SavedRemoved(SavedChange { kind, id }));
        }
        Ok(())
    }
}

fn exists(conn: &mut SqliteConnection, kind: SavedKind, id: &str) -> Result<bool, SavedError> {
    let ids = [id.to_owned()];
    Ok(match kind {
        SavedKind::Track => catalog::track_first_unknown(conn, &ids)?.is_none(),
        SavedKind::Album => !catalog::album_list_by_ids(conn, &ids)?.is_empty(),
        SavedKind::Artist => catalog::artist_get(conn, id)?.is_some(),
        SavedKind::Playlist => catalog::playlist_get(conn, id)?.is_some(),
    })
}

/// The saved rows with their items as the catalogue has them now, read a kind at a time;
/// rows whose item is not in the library are left out.
fn read_entries(
    conn: &mut SqliteConnection,
    rows: Vec<SavedRow>,
) -> Result<SavedEntries, SavedError> {
    let ids_of = |kind: &str| -> Vec<String> {
        rows.iter()
            .filter(|r| r.kind == kind)
            .map(|r| r.item_id.clone())
            .collect()
    };
    let track_rows = catalog::track_list_by_ids(conn, &ids_of("track"))?;
    let album_rows = catalog::album_list_by_ids(conn, &ids_of("album"))?;
    let mut artists: HashMap<String, ArtistRow> =
        by_id(catalog::artist_list_by_ids(conn, &ids_of("artist"))?, |r| {
            &r.id
        });
    let mut playlists: HashMap<String, PlaylistRow> = by_id(
        catalog::playlist_list_by_ids(conn, &ids_of("playlist"))?,
        |r| &r.id,
    );
    let track_ids: Vec<String> = track_rows.iter().map(|r| r.id.clone()).collect();
    let track_extras = catalog::track_extras(conn, &track_ids)?;
    let album_ids: Vec<String> = album_rows.iter().map(|r| r.id.clone()).collect();
    let album_genres = catalog::album_genres(conn, &album_ids)?;
    let mut track_rows: HashMap<String, TrackRow> = by_id(track_rows, |r| &r.id);
    let mut album_rows: HashMap<String, AlbumRow> = by_id(album_rows, |r| &r.id);
    let entries = rows
        .into_iter()
        .filter_map(|row| {
            let kind = SavedKind::parse(&row.kind)?;
            let object = match kind {
                SavedKind::Track => SavedObject::Track(Box::new(track_rows.remove(&row.item_id)?)),
                SavedKind::Album => SavedObject::Album(Box::new(album_rows.remove(&row.item_id)?)),
                SavedKind::Artist => SavedObject::Artist(Box::new(artists.remove(&row.item_id)?)),
                SavedKind::Playlist => {
                    SavedObject::Playlist(Box::new(playlists.remove(&row.item_id)?))
                }
            };
            Some(SavedEntry {
                kind,
                id: row.item_id,
                saved_at: row.saved_at,
                object,
            })
        })
        .collect();
    Ok(SavedEntries {
        entries,
        track_extras,
        album_genres,
    })
}

fn by_id<T>(rows: Vec<T>, id: impl Fn(&T) -> &String) -> HashMap<String, T> {
    rows.into_iter().map(|r| (id(&r).clone(), r)).collect()
}
