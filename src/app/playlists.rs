//! The playlists service: creating playlists and adding tracks to them, each in one write
//! transaction that checks every track first, and the events that follow. It answers with
//! the playlist as stored (`PlaylistDetail`); the handlers make the API's view of it.

use std::collections::HashMap;
use std::sync::Arc;

use diesel::SqliteConnection;

use crate::clock::SharedClock;
use crate::db::catalog::{self, PlaylistRow, TrackExtras, TrackRow};
use crate::db::playlists::{self as store, EntryRow};
use crate::db::{new_id, Database, DbError};
use crate::events::{Change, EventBus, PlaylistChange};

/// Why the playlists service did not do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum PlaylistError {
    #[error("The playlist needs a name that is not only spaces.")]
    BlankName,
    #[error("No playlist has this id.")]
    NoSuchPlaylist,
    #[error("No track has the id `{track_id}`; nothing was changed.")]
    UnknownTrack { track_id: String },
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

/// A playlist with its entries in order, and the entries' tracks that are in the library
/// (an entry whose track left stays, shown as unavailable).
pub struct PlaylistDetail {
    pub playlist: PlaylistRow,
    pub entries: Vec<EntryRow>,
    pub tracks: HashMap<String, TrackRow>,
    pub extras: TrackExtras,
}

/// What a new playlist starts with.
pub struct NewPlaylist {
    pub name: String,
    pub description: Option<String>,
    pub track_ids: Vec<String>,
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
            detail(conn, &playlist_id)?.ok_or_else(|| {
                PlaylistError::Db(DbError::Task(
                    "the new playlist was not found after its insert".into(),
                ))
            })
        })
        .await?;
        self.events.publish(Change::PlaylistCreated(PlaylistChange {
            playlist_id: id.clone(),
        }));
        Ok(created)
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
            if !store::playlist_exists(conn, &playlist_id)? {
                return Err(PlaylistError::NoSuchPlaylist);
            }
            refuse_unknown_tracks(conn, &track_ids)?;
            store::entries_insert(conn, &playlist_id, &track_ids, position, now)?;
            detail(conn, &playlist_id)?.ok_or_else(|| {
                PlaylistError::Db(DbError::Task(
                    "the playlist was not found after adding to it".into(),
                ))
            })
        })
        .await?;
        self.events.publish(Change::PlaylistUpdated(PlaylistChange {
            playlist_id: id.clone(),
        }));
        Ok(updated)
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

/// The playlist with its entries and their tracks; `None` when there is no such playlist.
fn detail(conn: &mut SqliteConnection, id: &str) -> Result<Option<PlaylistDetail>, PlaylistError> {
    let Some(playlist) = catalog::playlist_list_by_ids(conn, &[id.to_owned()])?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let entries = store::entries(conn, id)?;
    let track_ids: Vec<String> = entries.iter().map(|e| e.track_id.clone()).collect();
    let (tracks, extras) = catalog::track_map_with_extras(conn, &track_ids)?;
    Ok(Some(PlaylistDetail {
        playlist,
        entries,
        tracks,
        extras,
    }))
}
